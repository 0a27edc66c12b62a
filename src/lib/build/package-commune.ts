import { copyFile, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { bodyFileLinks, bodyFileRefusal, publishedBodyFile } from '../content/body-files.ts';
import { bodyOf } from '../content/frontmatter.ts';
import { localFile } from '../content/local-file.ts';
import type { Commune } from '../content/types.ts';
import { isPublished } from '../content/to-item.ts';
import { attachedFile } from '../sections/items.ts';

/**
 * Makes one commune's staged pages a self-contained folder, still in the staging area: its
 * pages, the `/_astro/` files they use, its attachments and the files its bodies link to
 * (`[biểu mẫu](./bieu-mau.pdf)`, each in the page folder of the item that links it, where its
 * relative link points), and `404.html` at its root where static
 * hosts look for it. Returns the folder; `src/cli/build.ts` moves it into `dist/` once the
 * commune's search index is in it too.
 *
 * Only published items count: a file linked from a draft or a future item alone stays out. A
 * file is copied only if it is a plain file inside the commune folder, reached through
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
  // Destination → source: an attachment also linked from its body is copied once.
  const copies = new Map<string, string>();
  for (const item of commune.items.filter((i) => isPublished(i, now))) {
    const folder = join(contentDir, dirname(item.file));
    const attached = attachedFile(item);
    const names = [
      ...(attached === undefined ? [] : [{ name: attached.replace(/^\.\//, ''), what: 'tệp đính kèm' }]),
      ...(await linkedFiles(join(contentDir, item.file))),
    ];
    for (const { name, what } of names) {
      const found = localFile(communeDir, folder, name);
      if (found.kind !== 'file')
        throw new Error(
          `Không chép ${what} ${item.file} → ${name}: không phải một tệp thật trong thư mục xã (${found.kind}).`,
        );
      copies.set(join(target, item.path, name), found.path);
    }
  }
  await Promise.all(
    [...copies].map(async ([to, from]) => {
      await mkdir(dirname(to), { recursive: true });
      await copyFile(from, to);
    }),
  );
  return target;
}

/** The files an item's body links to, each refused as `check` refuses it (body-files.ts). */
async function linkedFiles(source: string): Promise<{ name: string; what: string }[]> {
  const body = bodyOf(await readFile(source, 'utf8'));
  return bodyFileLinks(body).map(({ target }) => {
    const refused = bodyFileRefusal(target);
    if (refused) throw new Error(`Không chép tệp liên kết trong ${source}: ${refused.message}`);
    return { name: publishedBodyFile(target), what: 'tệp liên kết trong bài' };
  });
}
