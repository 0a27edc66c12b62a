import { vi } from '../../i18n/vi.ts';
import type { BoardRole, Commune, VnDate } from '../content/types.ts';
import { itemHref } from '../urls.ts';
import { authorsOf, personById } from './credits.ts';

/**
 * The editorial board (Ban biên tập) as its page and the home page show it: head first, then
 * deputies, members and the secretary, each keeping the order of editorial-board.yaml.
 * The roles were set by NĐ 43/2011/NĐ-CP Điều 21 (repealed on 15/8/2022); the legal basis in force
 * on a given day is dated data in oversight/requirements.ts, never cited from here.
 */
export interface BoardRow {
  role: BoardRole;
  roleLabel: string;
  name: string;
  /** The member's author page, when they have published work (only then does it exist). */
  href?: string;
  title?: string;
  duty?: string;
}

const ROLE_ORDER: readonly BoardRole[] = ['truong-ban', 'pho-truong-ban', 'thanh-vien', 'thu-ky'];

export function boardRows(commune: Commune): BoardRow[] {
  const authorPages = new Map(authorsOf(commune).map((author) => [author.person.id, author.href]));
  return (commune.board?.members ?? [])
    .toSorted((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
    .map((member) => {
      const person = personById(commune, member.person);
      const row: BoardRow = { role: member.role, roleLabel: vi.boardRoles[member.role], name: person.name };
      const href = authorPages.get(member.person);
      if (href) row.href = href;
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
    .filter(
      (row) => (row.role === 'truong-ban' || row.role === 'pho-truong-ban') && row.name !== responsible.name,
    )
    .map(({ name, title }): Leader => (title ? { name, title } : { name }));
  return [responsible, ...heads];
}

export interface BoardDecision {
  number: string;
  date: VnDate;
  signer: string;
  /** The decision's own page in the document register, when it is published there. */
  href?: string;
}

/**
 * The decision that set up the board, linked to the register entry with the same number and
 * issue day: numbers start again each year, so "45/QĐ-UBND" alone may name two decisions.
 */
export function boardDecision(commune: Commune): BoardDecision | undefined {
  const decision = commune.board?.decision;
  if (!decision) return undefined;
  const document = commune.items.find(
    (item) =>
      item.section === 'van-ban' &&
      item.data.number === decision.number &&
      item.data.issued.day === decision.date.day,
  );
  return document ? { ...decision, href: itemHref(document) } : { ...decision };
}
