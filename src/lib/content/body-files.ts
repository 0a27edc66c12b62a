import { posix } from 'node:path';
import { localReferences } from './local-references.ts';

/**
 * Files that a body links to (`[biểu mẫu](./bieu-mau.pdf)`, `<a href="./bieu-mau.pdf">`, a
 * `<video src>`), as opposed to pictures, which Astro's image pipeline publishes itself. The
 * build copies each one into the item's own page folder, at the path written, so the link the
 * page keeps (`./bieu-mau.pdf`, relative to `tin-tuc/2026/<bài>/`) finds it from any host and
 * any sub-folder, with no rewriting: the same rule as a `file:` attachment.
 */
export function bodyFileLinks(body: string): { target: string; line: number }[] {
  return localReferences(body)
    .filter(({ image }) => !image)
    .map(({ target, line }) => ({ target, line }));
}

/** Where a linked file is published, relative to its item's page folder: `./mau/a.pdf` → `mau/a.pdf`. */
export const publishedBodyFile = (target: string): string => posix.normalize(target).replace(/^\.\//, '');

/** Sources and settings of the site, never published, whatever links them. */
const SOURCE_FILE = /\.(md|mdx|ya?ml|json)$/i;
/** Pages and code that would run under the site's own address, outside the sanitiser. */
const ACTIVE_FILE = /\.(html?|xhtml|xht|shtml|js|mjs|php)$/i;

/**
 * Why the build would refuse to publish a file a body links to, or `undefined`: the link must
 * stay in the item's folder (a page is one folder deeper than its `.md`, so `../` would point
 * elsewhere on the site), never reach `private/` or a hidden file (`.htaccess` configures some
 * hosts), and never publish a source file or a page or script that would bypass the sanitiser.
 * `check` names the same reasons to the editor, so what check accepts the build publishes.
 */
export function bodyFileRefusal(target: string): { message: string; fix: string } | undefined {
  const path = publishedBodyFile(target);
  const name = posix.basename(path);
  const beside = `Chép tệp vào cùng thư mục với tệp .md và ghi "./${name}".`;
  if (path === '..' || path.startsWith('../') || path.startsWith('/')) {
    return { message: `Liên kết tới tệp "${target}" nằm ngoài thư mục của bài: trang chỉ đăng tệp cạnh bài viết.`, fix: beside };
  }
  const segments = path.split('/');
  if (segments.some((s) => s.toLowerCase() === 'private')) {
    return { message: `Tệp "${target}" nằm trong thư mục private/, không bao giờ được đăng lên trang.`, fix: 'Bỏ liên kết này; tệp công khai thì chép ra cạnh bài viết, ngoài thư mục private/.' };
  }
  if (segments.some((s) => s.startsWith('.'))) {
    return { message: `Tệp "${target}" là tệp ẩn (tên bắt đầu bằng dấu chấm), không được đăng lên trang.`, fix: 'Đổi tên tệp, bỏ dấu chấm ở đầu, và sửa tên trong bài.' };
  }
  if (SOURCE_FILE.test(name)) {
    return { message: `"${target}" là tệp nguồn của trang (.md, .mdx, .yaml, .json), không được đăng như một tệp tải về.`, fix: 'Liên kết tới bài đó bằng địa chỉ trang của nó, hoặc xuất nội dung ra PDF và đặt cạnh bài viết.' };
  }
  if (ACTIVE_FILE.test(name)) {
    return { message: `Tệp "${target}" là trang web hoặc mã chạy được (.html, .js…), không được đăng: nó sẽ chạy dưới địa chỉ của trang xã.`, fix: 'Xuất nội dung ra PDF (hoặc DOCX) rồi đặt cạnh bài viết và liên kết tới tệp đó.' };
  }
  return undefined;
}
