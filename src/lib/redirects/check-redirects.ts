/**
 * `check`'s rules on `redirects.yaml`: every `to` is a page of the commune, no `from` is a real
 * page (it would hide it), no `from` twice, and no chain or loop (a `to` that is another
 * entry's `from`, or its own).
 * @see content contract, "`<commune>/redirects.yaml`"
 */
import { suggestion } from '../closest.ts';
import type { Commune } from '../content/types.ts';
import { problem, type Problem } from '../problems.ts';
import type { Redirect } from '../schemas/redirects.ts';
import { pageOfTo, pagesOf, splitFrom } from './paths.ts';

export const redirectsFile = (slug: string): string => `${slug}/redirects.yaml`;

export function redirectProblems(commune: Commune, redirects: readonly Redirect[]): Problem[] {
  const file = redirectsFile(commune.slug);
  const pages = pagesOf(commune);
  const froms = new Map<string, number>();
  const problems: Problem[] = [];
  redirects.forEach((r, i) => {
    const { path, query } = splitFrom(r.from);
    const key = query === undefined ? path : `${path}?${query}`;
    if (froms.has(key)) {
      problems.push(
        problem(file, `Địa chỉ cũ "${r.from}" đã có ở dòng ${froms.get(key)! + 1} của danh sách.`, {
          field: `${i}.from`,
          fix: 'Mỗi địa chỉ cũ chỉ ghi một lần; xóa dòng thừa.',
        }),
      );
    }
    froms.set(key, i);
    if (query === undefined && pages.has(path)) {
      problems.push(
        problem(
          file,
          `Địa chỉ cũ "${r.from}" là một trang đang có của xã: chuyển hướng sẽ che mất trang này.`,
          { field: `${i}.from`, fix: 'Xóa dòng này, hoặc sửa lại địa chỉ cũ cho đúng.' },
        ),
      );
    }
  });
  redirects.forEach((r, i) => {
    const to = pageOfTo(r.to);
    const own = splitFrom(r.from);
    if (own.query === undefined && own.path === to) {
      problems.push(
        problem(file, `"${r.from}" chuyển về chính nó: vòng lặp.`, {
          field: `${i}.to`,
          fix: 'Ghi trang mới của nội dung này.',
        }),
      );
    } else if (pages.has(to)) {
      // A page of the commune: the redirect is right.
    } else if (froms.has(to)) {
      const next = redirects[froms.get(to)!]!;
      problems.push(
        problem(
          file,
          `"${r.from}" chuyển đến "${r.to}", mà địa chỉ này lại chuyển tiếp đến "${next.to}": chuỗi chuyển hướng.`,
          { field: `${i}.to`, fix: `Ghi thẳng trang đích: to: ${pageOfTo(next.to)}.` },
        ),
      );
    } else {
      problems.push(
        problem(file, `Không có trang "${r.to}" trong xã ${commune.slug}.${suggestion(to, pages)}`, {
          field: `${i}.to`,
          fix: 'Ghi đường dẫn của một tin, bài (ví dụ tin-tuc/2026/ra-mat-xa-moi, không có .md) hoặc của một chuyên mục (ví dụ van-ban).',
        }),
      );
    }
  });
  return problems;
}
