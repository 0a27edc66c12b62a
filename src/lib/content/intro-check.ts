import { problem, type Problem } from '../problems.ts';
import type { IntroKind } from '../schemas/intro.ts';

/**
 * A map says in its picture what a text must say for a reader who cannot see it, or who reads
 * on a small screen: the short `imageAlt` names what the picture shows; the page's text gives
 * the boundaries (which units it borders on each side) and the area. WCAG 2.1 1.1.1 asks a
 * complex image for such a long description; an empty page is warned about, not refused, so
 * that a site which published a map before this check still builds.
 * @see Nghị định 224/2026/NĐ-CP, Điều 9 khoản 1 (bản đồ địa giới hành chính); Điều 10 khoản 3 (người khuyết tật)
 */
export function introPageProblems(file: string, kind: IntroKind | undefined, body: string): Problem[] {
  if (kind !== 'ban-do' || body.trim() !== '') return [];
  return [
    problem(file, 'Trang bản đồ hành chính chưa có phần mô tả bằng chữ dưới bản đồ.', {
      severity: 'warning',
      fix: 'Viết dưới phần khai báo (sau dòng ---) ranh giới của xã: phía bắc, nam, đông, tây giáp đơn vị nào, và diện tích tự nhiên, để người khiếm thị và người đọc trên điện thoại hiểu bản đồ.',
    }),
  ];
}
