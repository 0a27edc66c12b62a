import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Site } from '../content/types.ts';
import type { Redirect } from '../schemas/redirects.ts';
import { redirectFiles } from './render-redirects.ts';

/**
 * Writes a commune's redirect files into its folder. Never over a page: `check` refuses a `from`
 * that is a page, and `wx` makes sure of it here (a page an item's own file could have made).
 */
export async function writeRedirects(
  folder: string,
  site: Site,
  redirects: readonly Redirect[],
): Promise<void> {
  for (const file of redirectFiles(site, redirects)) {
    const path = join(folder, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.data, { flag: file.path.endsWith('.html') ? 'wx' : 'w' }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST')
          throw new Error(
            `Địa chỉ cũ trùng một trang đã có: ${file.path}. Sửa redirects.yaml rồi xây dựng lại.`,
          );
        throw error;
      },
    );
  }
}
