import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { localFile } from '../content/local-file.ts';
import type { Commune } from '../content/types.ts';
import { isPublished } from '../content/to-item.ts';
import { attachedFile } from '../sections/items.ts';

/**
 * Makes one commune's staged pages a self-contained folder, still in the staging area: its
 * pages, the `/_astro/` files they use, its attachments, and `404.html` at its root where static
 * hosts look for it. Returns the folder; `src/cli/build.ts` moves it into `dist/` once the
 * commune's search index is in it too.
 *
 * An attachment is copied only if it is a plain file inside the commune folder, reached through
 * no symbolic link (`localFile`): `check` refuses links already, this is the second line.
 */
export async function packageCommune(options: {
  commune: Commune;
  contentDir: string;
  stagingDir: string;
  assets: ReadonlySet<string>;
  now: Date;
}): Promise<string> {
  const { commune, contentDir, stagingDir, assets, now } = options;
  const target = join(stagingDir, commune.slug);
  await rename(join(target, '404', 'index.html'), join(target, '404.html')).then(
    () => rm(join(target, '404'), { recursive: true }),
    () => undefined,
  );
  await Promise.all(
    [...assets].map(async (asset) => {
      await mkdir(dirname(join(target, asset)), { recursive: true });
      await copyFile(join(stagingDir, asset), join(target, asset));
    }),
  );
  const communeDir = join(contentDir, commune.slug);
  await Promise.all(
    commune.items
      .filter((item) => isPublished(item, now) && attachedFile(item) !== undefined)
      .map(async (item) => {
        const name = attachedFile(item)!.replace(/^\.\//, '');
        const found = localFile(communeDir, join(contentDir, dirname(item.file)), name);
        if (found.kind !== 'file')
          throw new Error(
            `Không chép tệp đính kèm ${item.file} → ${name}: không phải một tệp thật trong thư mục xã (${found.kind}).`,
          );
        await mkdir(join(target, item.path), { recursive: true });
        await copyFile(found.path, join(target, item.path, name));
      }),
  );
  return target;
}
