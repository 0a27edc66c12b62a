import { suggestion } from '../closest.ts';
import { problem, type Problem } from '../problems.ts';
import type { PersonRef } from './read-items.ts';
import type { Commune, SharedData } from './types.ts';

const BOARD_FILE = (slug: string) => `${slug}/editorial-board.yaml`;

/**
 * Rules that span files: every credited, approving or board person exists in people.yaml, the
 * board has exactly one head, and a commune whose items carry royalties names a royalty scheme
 * that exists. `refs` are the person ids of every item, including items that failed their
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
    commune.board.members.forEach((m, i) => {
      if (!known.has(m.person)) problems.push(unknownPerson(file, `members.${i}.person`, m.person));
    });
    const heads = commune.board.members.filter((m) => m.role === 'truong-ban');
    if (heads.length !== 1) {
      problems.push(
        problem(file, heads.length === 0 ? 'Ban biên tập chưa có Trưởng ban.' : `Ban biên tập có ${heads.length} Trưởng ban (${heads.map((h) => h.person).join(', ')}); chỉ được có một.`, {
          field: 'members',
          fix: 'Ghi đúng một thành viên có "role: truong-ban"; các lãnh đạo khác ghi "pho-truong-ban".',
        }),
      );
    }
  } else {
    problems.push(problem(BOARD_FILE(commune.slug), 'Chưa có tệp editorial-board.yaml (Ban biên tập).', { severity: 'warning', fix: 'Tạo tệp theo Quyết định thành lập/kiện toàn Ban biên tập của xã.' }));
  }

  for (const ref of refs) {
    if (!known.has(ref.id)) problems.push(unknownPerson(ref.file, ref.field, ref.id));
  }

  const royaltyItems = commune.items.filter((i) => i.royalty);
  const schemeId = commune.site.royaltyScheme;
  if (royaltyItems.length > 0 && schemeId === undefined) {
    problems.push(problem(`${commune.slug}/site.yaml`, `Có ${royaltyItems.length} bài mang nhuận bút (royalty) nhưng xã chưa chọn quy định nhuận bút.`, { field: 'royaltyScheme', fix: 'Thêm dòng "royaltyScheme: <mã>" với mã là tên một tệp trong _shared/royalty-schemes/.' }));
  } else if (schemeId !== undefined && !shared.schemes.has(schemeId)) {
    problems.push(problem(`${commune.slug}/site.yaml`, `Không có quy định nhuận bút "${schemeId}" trong _shared/royalty-schemes/.${suggestion(schemeId, shared.schemes.keys())}`, { field: 'royaltyScheme', fix: `Tạo tệp _shared/royalty-schemes/${schemeId}.yaml hoặc sửa lại mã.` }));
  }
  return problems;
}
