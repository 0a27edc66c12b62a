import { suggestion } from '../closest.ts';
import { problem, type Problem } from '../problems.ts';
import type { PersonRef } from './read-items.ts';
import type { BoardTerm, Commune, SharedData } from './types.ts';
import { servesOn } from '../royalty/in-force.ts';

const BOARD_FILE = (slug: string) => `${slug}/editorial-board.yaml`;

/**
 * Rules that span files, checked here and nowhere else: every credited, approving or board
 * person exists in people.yaml, each board has one head at a time, and a commune whose items
 * carry royalties names royalty schemes that exist. The royalty engine assumes these passed. `refs` are the person ids of every item, including items that failed their
 * schema, so a bad date does not hide an unknown person in the same file.
 * The royalty rules proper (genre, coefficient range, shares, approver) live in royalty/validate.ts.
 */
export function crossCheck(commune: Commune, shared: SharedData, refs: readonly PersonRef[] = []): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(commune.people.map((p) => p.id));
  const unknownPerson = (file: string, field: string, id: string) =>
    problem(file, `Không có người mã "${id}" trong ${commune.slug}/people.yaml.${suggestion(id, known)}`, {
      field,
      fix: `Sửa lại mã cho đúng, hoặc thêm người này vào ${commune.slug}/people.yaml.`,
    });

  if (commune.board) {
    const file = BOARD_FILE(commune.slug);
    const terms = [...(commune.board.earlier ?? []).map((term, i) => ({ term, path: `earlier.${i}.` })), { term: commune.board as BoardTerm, path: '' }];
    for (const { term, path } of terms) {
      term.members.forEach((m, i) => {
        if (!known.has(m.person)) problems.push(unknownPerson(file, `${path}members.${i}.person`, m.person));
      });
      problems.push(...headProblems(term, file, path));
    }
  } else {
    problems.push(problem(BOARD_FILE(commune.slug), 'Chưa có tệp editorial-board.yaml (Ban biên tập).', { severity: 'warning', fix: 'Tạo tệp theo Quyết định thành lập/kiện toàn Ban biên tập của xã.' }));
  }

  for (const ref of refs) {
    if (!known.has(ref.id)) problems.push(unknownPerson(ref.file, ref.field, ref.id));
  }

  const royaltyItems = commune.items.filter((i) => i.royalty);
  const schemes = commune.site.royaltyScheme;
  if (royaltyItems.length > 0 && schemes === undefined) {
    problems.push(problem(`${commune.slug}/site.yaml`, `Có ${royaltyItems.length} tin, bài có nhuận bút (royalty), ví dụ ${royaltyItems[0]!.file}, nhưng xã chưa chọn quy định nhuận bút.`, { field: 'royaltyScheme', fix: 'Thêm dòng "royaltyScheme: <mã>" với mã là tên một tệp trong _shared/royalty-schemes/ (không có đuôi .yaml).' }));
  }
  (schemes ?? []).forEach(({ scheme }, i) => {
    if (shared.schemes.has(scheme)) return;
    const field = commune.site.royaltyScheme!.length === 1 && commune.site.royaltyScheme![0]!.from === undefined ? 'royaltyScheme' : `royaltyScheme.${i}.scheme`;
    problems.push(problem(`${commune.slug}/site.yaml`, `Không có quy định nhuận bút "${scheme}" trong _shared/royalty-schemes/.${suggestion(scheme, shared.schemes.keys())}`, { field, fix: `Tạo tệp _shared/royalty-schemes/${scheme}.yaml hoặc sửa lại mã.` }));
  });
  return problems;
}

/**
 * A term has exactly one Trưởng ban on any day: several heads are allowed only one after the
 * other (a head replaced mid-term, with `until` and `from`).
 */
function headProblems(term: BoardTerm, file: string, path: string): Problem[] {
  const heads = term.members.filter((m) => m.role === 'truong-ban');
  const fix = 'Ghi đúng một thành viên có "role: truong-ban"; các lãnh đạo khác ghi "pho-truong-ban". Khi thay Trưởng ban giữa nhiệm kỳ, ghi "until" cho người cũ và "from" cho người mới.';
  if (heads.length === 0) return [problem(file, 'Ban biên tập chưa có Trưởng ban.', { field: `${path}members`, fix })];
  const overlapping = heads.filter((a) => heads.some((b) => a !== b && servesOn(term, b, a.from ?? term.effective ?? term.decision.date.day)));
  if (overlapping.length === 0) return [];
  return [problem(file, `Ban biên tập có ${heads.length} Trưởng ban (${heads.map((h) => h.person).join(', ')}); chỉ được có một.`, { field: `${path}members`, fix })];
}
