/**
 * `check`'s rules on a commune's lifecycle: an archive publishes nothing dated on or after its
 * dissolution, and names a successor that exists (in the content folder, or by name and URL).
 * @see content contract, "Administrative changes (2025 reform and later)"
 */
import { formatDay } from '../format-date.ts';
import { suggestion } from '../closest.ts';
import { problem, type Problem } from '../problems.ts';
import type { Commune } from '../content/types.ts';

/** `communes`: every commune folder of the content folder (its slug). */
export function lifecycleProblems(commune: Commune, communes: readonly string[]): Problem[] {
  const { dissolved, formed } = commune.site;
  const siteFile = `${commune.slug}/site.yaml`;
  const problems: Problem[] = [];
  if (!dissolved) return problems;
  const day = dissolved.date.day;
  if (dissolved.into === commune.slug) {
    problems.push(
      problem(siteFile, 'Một xã không thể sáp nhập vào chính nó.', {
        field: 'dissolved.into',
        fix: 'Ghi mã (tên thư mục) của đơn vị kế thừa.',
      }),
    );
  } else if (
    !communes.includes(dissolved.into) &&
    (dissolved.intoName === undefined || dissolved.intoUrl === undefined)
  ) {
    problems.push(
      problem(
        siteFile,
        `Không có xã "${dissolved.into}" trong thư mục nội dung.${suggestion(dissolved.into, communes)}`,
        {
          field: 'dissolved.into',
          fix: 'Sửa lại mã cho đúng tên thư mục của đơn vị kế thừa; nếu đơn vị kế thừa ở nơi khác, ghi thêm intoName (tên đơn vị) và intoUrl (địa chỉ trang của đơn vị).',
        },
      ),
    );
  }
  if (formed && formed.date.day >= day) {
    problems.push(
      problem(
        siteFile,
        `Ngày sáp nhập (${formatDay(day)}) phải sau ngày thành lập (${formatDay(formed.date.day)}).`,
        { field: 'dissolved.date', fix: 'Kiểm tra lại hai ngày theo nghị quyết.' },
      ),
    );
  }
  for (const item of commune.items) {
    if (item.date && item.date.day >= day) {
      problems.push(
        problem(
          item.file,
          `Xã đã sáp nhập vào đơn vị khác từ ngày ${formatDay(day)}: trang lưu trữ không đăng tin, bài ngày ${formatDay(item.date.day)}.`,
          {
            field:
              item.section !== 'van-ban'
                ? 'date'
                : item.data.published !== undefined
                  ? 'published'
                  : 'issued',
            fix: 'Đăng tin, bài này trên trang của đơn vị kế thừa, hoặc sửa ngày nếu ghi nhầm.',
          },
        ),
      );
    }
  }
  return problems;
}
