import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listCommunes } from '../content/list-communes.ts';

/**
 * Communes of the content folder whose site is already built: in the output folder (earlier
 * builds, other shards) or in this build's stage (earlier batches, not yet moved in).
 */
export async function alreadyBuilt(contentDir: string, outDir: string, stage?: string): Promise<string[]> {
  const built = (dir: string, slug: string) => existsSync(join(dir, slug, 'index.html'));
  return (await listCommunes(contentDir)).filter(
    (slug) => built(outDir, slug) || (stage !== undefined && built(stage, slug)),
  );
}
