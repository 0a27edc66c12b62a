import { vi } from '../../i18n/vi.ts';
import type { BoardRole, Commune } from '../content/types.ts';
import { personById } from './credits.ts';

/**
 * The editorial board (Ban biên tập) as its page and the home page show it: head first, then
 * deputies, members and the secretary, each keeping the order of editorial-board.yaml.
 * @see NĐ 43/2011/NĐ-CP Điều 21 (head, deputies, members)
 */
export interface BoardRow {
  role: BoardRole;
  roleLabel: string;
  name: string;
  title?: string;
  duty?: string;
}

const ROLE_ORDER: readonly BoardRole[] = ['truong-ban', 'pho-truong-ban', 'thanh-vien', 'thu-ky'];

export function boardRows(commune: Commune): BoardRow[] {
  return (commune.board?.members ?? [])
    .toSorted((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
    .map((member) => {
      const person = personById(commune, member.person);
      const row: BoardRow = { role: member.role, roleLabel: vi.boardRoles[member.role], name: person.name };
      if (person.title) row.title = person.title;
      if (member.duty) row.duty = member.duty;
      return row;
    });
}

export interface Leader {
  name: string;
  title?: string;
}

/**
 * The leaders on the home page: the person responsible for the site (usually the chairman),
 * then the board's head and deputies who are someone else.
 */
export function leadersOf(commune: Commune): Leader[] {
  const responsible: Leader = { name: commune.site.responsible.name };
  if (commune.site.responsible.title) responsible.title = commune.site.responsible.title;
  const heads = boardRows(commune)
    .filter((row) => (row.role === 'truong-ban' || row.role === 'pho-truong-ban') && row.name !== responsible.name)
    .map(({ name, title }): Leader => (title ? { name, title } : { name }));
  return [responsible, ...heads];
}
