import { existsSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * One row per kind of page the fixture build publishes: a label and its path under the fixture
 * `dist/`. A folder path ends in `/` (its index.html is served). A `*` or `[0-9]` segment is a
 * glob matched against the built files, so a slug made by the page code (a category, an author
 * id) is read from the build instead of guessed; the first match in sort order is used.
 * Add a row when you add a kind of page; every browser check then covers it.
 */
export const PAGE_TYPES: readonly (readonly [label: string, path: string])[] = [
  ['cổng thông tin các xã', 'index.html'],
  ['tìm kiếm trên tất cả các xã', 'tim-kiem/'],
  ['trang chủ xã', 'xa-mau/'],
  ['danh sách tin tức', 'xa-mau/tin-tuc/'],
  ['tin tức, trang 2', 'xa-ben/tin-tuc/trang/2/'],
  ['chuyên mục tin', 'xa-mau/tin-tuc/chuyen-muc/*/'],
  ['bài viết có ảnh', 'xa-mau/tin-tuc/2026/hoi-nghi-trien-khai/'],
  ['ban biên tập', 'xa-mau/ban-bien-tap/'],
  ['danh sách tác giả', 'xa-mau/tac-gia/'],
  ['trang một tác giả', 'xa-mau/tac-gia/*/'],
  ['giới thiệu', 'xa-mau/gioi-thieu/'],
  ['một trang giới thiệu', 'xa-mau/gioi-thieu/*/'],
  ['danh sách văn bản', 'xa-mau/van-ban/'],
  ['một văn bản', 'xa-mau/van-ban/[0-9][0-9][0-9][0-9]/*/'],
  ['văn bản lọc theo loại', 'xa-mau/van-ban/loai/*/'],
  ['danh sách thông báo', 'xa-mau/thong-bao/'],
  ['một thông báo có tệp đính kèm', 'xa-mau/thong-bao/2026/tiem-chung-thang-12/'],
  ['danh sách thủ tục hành chính', 'xa-mau/thu-tuc/'],
  ['một thủ tục hành chính', 'xa-mau/thu-tuc/*/'],
  ['lịch công tác', 'xa-mau/lich-cong-tac/'],
  ['lịch công tác một tuần', 'xa-mau/lich-cong-tac/2026/tuan-48/'],
  ['danh sách lấy ý kiến', 'xa-mau/lay-y-kien/'],
  ['một dự thảo lấy ý kiến', 'xa-mau/lay-y-kien/2026/du-thao-huong-uoc-thon-mot/'],
  ['công khai', 'xa-mau/cong-khai/'],
  ['một nội dung công khai', 'xa-mau/cong-khai/2026/*/'],
  ['liên hệ', 'xa-mau/lien-he/'],
  ['trang tiếng Anh', 'xa-mau/english/'],
  ['sơ đồ trang', 'xa-mau/so-do-trang/'],
  ['tìm kiếm (chưa có từ khóa)', 'xa-mau/tim-kiem/'],
  ['trang không tìm thấy (404)', 'xa-mau/404.html'],
];

/**
 * The real path of a page type in `dist`, or an error naming the missing page, so a check can
 * never pass because the page it should look at was not built.
 */
export async function resolvePagePath(dist: string, path: string): Promise<string> {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  if (!/[*?[]/.test(path)) {
    if (!existsSync(join(dist, file)))
      throw new Error(
        `The fixture build has no ${file}; build the page or fix the row in tests/browser/page-types.ts.`,
      );
    return path;
  }
  const matches = (await Array.fromAsync(glob(file, { cwd: dist }))).toSorted();
  const first = matches[0];
  if (first === undefined)
    throw new Error(
      `The fixture build has no file matching ${file}; build the page or fix the row in tests/browser/page-types.ts.`,
    );
  return path.endsWith('/') ? first.slice(0, -'index.html'.length) : first;
}
