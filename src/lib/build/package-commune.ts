import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Commune } from '../content/types.ts';
import { isPublished } from '../content/to-item.ts';
import { attachedFile } from '../sections/items.ts';

/**
 * Makes one commune's staged pages a self-contained folder: its pages, the `/_astro/` files they
 * use, its attachments, and `404.html` at its root where static hosts look for it.
 */
export async function packageCommune(options: {
  commune: Commune;
  contentDir: string;
  stagingDir: string;
  outDir: string;
  assets: ReadonlySet<string>;
  now: Date;
}): Promise<void> {
  const { commune, contentDir, stagingDir, outDir, assets, now } = options;
  const target = join(outDir, commune.slug);
  await rm(target, { recursive: true, force: true });
  await mkdir(dirname(target), { recursive: true });
  await rename(join(stagingDir, commune.slug), target);
  await rename(join(target, '404', 'index.html'), join(target, '404.html')).then(
    () => rm(join(target, '404'), { recursive: true }),
    () => undefined,
  );
  await Promise.all(
    [...assets].map((asset) => cp(join(stagingDir, asset), join(target, asset), { force: true })),
  );
  await Promise.all(
    commune.items
      .filter((item) => isPublished(item, now) && attachedFile(item) !== undefined)
      .map((item) => {
        const file = attachedFile(item)!.replace(/^\.\//, '');
        const source = join(contentDir, dirname(item.file), file);
        return cp(source, join(target, item.path, file));
      }),
  );
}
