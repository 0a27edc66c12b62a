import { vi } from '../../i18n/vi.ts';
import type { BoardMember, BoardRole, Commune, VnDate } from '../content/types.ts';
import { servesOn, termStart } from '../royalty/in-force.ts';
import { itemHref } from '../urls.ts';
import { vnDay } from '../vn-date.ts';
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
  /** A member named by the decision who takes office later: their first day, `YYYY-MM-DD`. */
  from?: string;
  /** A former member: their last day, `YYYY-MM-DD`. */
  until?: string;
}

/**
 * Who is on the board on the page's day, and who has left it. A member whose own `until` has
 * passed (replaced mid-term, moved to another post) is no longer current; a citizen who calls
 * them about an item would reach the wrong person. A member whose `from` is still ahead is
 * listed with that day.
 */
export interface BoardMembers {
  current: BoardRow[];
  former: BoardRow[];
}

const ROLE_ORDER: readonly BoardRole[] = ['truong-ban', 'pho-truong-ban', 'thanh-vien', 'thu-ky'];

/**
 * The day the page describes: the build's day, or the board's last day when it has ended (the
 * archive of a dissolved commune shows the board as it was when the commune was merged).
 */
function boardDay(commune: Commune, now: Date): string {
  const today = vnDay(now);
  const until = commune.board?.until;
  return until !== undefined && until < today ? until : today;
}

export function boardMembers(commune: Commune, now: Date): BoardMembers {
  const board = commune.board;
  if (!board) return { current: [], former: [] };
  const day = boardDay(commune, now);
  const authorPages = new Map(authorsOf(commune).map((author) => [author.person.id, author.href]));
  const row = (member: BoardMember): BoardRow => {
    const person = personById(commune, member.person);
    const result: BoardRow = { role: member.role, roleLabel: vi.boardRoles[member.role], name: person.name };
    const href = authorPages.get(member.person);
    if (href) result.href = href;
    if (person.title) result.title = person.title;
    if (member.duty) result.duty = member.duty;
    return result;
  };
  const sorted = board.members.toSorted((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  const current: BoardRow[] = [];
  const former: BoardRow[] = [];
  for (const member of sorted) {
    if (servesOn(board, member, day)) current.push(row(member));
    else if (member.until !== undefined && member.until < day)
      former.push({ ...row(member), until: member.until });
    else current.push({ ...row(member), from: member.from ?? termStart(board) });
  }
  return { current, former: former.toSorted((a, b) => b.until!.localeCompare(a.until!)) };
}

/** The members in office on the page's day (and those about to take office), in role order. */
export const boardRows = (commune: Commune, now: Date): BoardRow[] => boardMembers(commune, now).current;

export interface Leader {
  name: string;
  title?: string;
}

/**
 * The leaders on the home page: the person responsible for the site (usually the chairman),
 * then the board's head and deputies in office who are someone else.
 */
export function leadersOf(commune: Commune, now: Date): Leader[] {
  const responsible: Leader = { name: commune.site.responsible.name };
  if (commune.site.responsible.title) responsible.title = commune.site.responsible.title;
  const heads = boardRows(commune, now)
    .filter(
      (row) =>
        (row.role === 'truong-ban' || row.role === 'pho-truong-ban') &&
        row.from === undefined &&
        row.name !== responsible.name,
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
