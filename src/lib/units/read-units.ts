import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listCommunes } from '../content/list-communes.ts';
import { parseYaml } from '../content/read-yaml.ts';
import { siteSchema } from '../schemas/site.ts';
import type { Site } from '../content/types.ts';
import { unitOf, type Unit } from './units.ts';

/**
 * Every commune of the content folder as a `Unit`, from its `site.yaml` alone. A folder whose
 * site.yaml is missing or invalid is left out: `check` reports it, and no page links to it.
 */
export async function readUnits(contentDir: string): Promise<Map<string, Unit>> {
  const slugs = await listCommunes(contentDir);
  const units = await Promise.all(
    slugs.map(async (slug) => {
      const source = await readFile(join(contentDir, slug, 'site.yaml'), 'utf8').catch(() => undefined);
      if (source === undefined) return undefined;
      const parsed = parseYaml(source, `${slug}/site.yaml`);
      if (parsed.problems.length) return undefined;
      const result = siteSchema.safeParse(parsed.value);
      return result.success ? unitOf(slug, result.data as Site) : undefined;
    }),
  );
  return new Map(units.filter((u): u is Unit => u !== undefined).map((u) => [u.slug, u]));
}
