/**
 * What is in force on a day: a dated legal number (base salary, tax rule), the commune's royalty
 * scheme, the editorial board and its members. Files may list dated entries in any order.
 * @see content-format.md "_shared/base-salary.yaml" and "Royalty calculation: version 2"
 */
import type { BoardMember, BoardTerm, EditorialBoard, SchemeRef } from '../content/types.ts';

/** The entry with the latest `from` on or before `day`. An entry without `from` is always in force. */
export function inForceOn<T extends { from?: string | undefined }>(
  entries: readonly T[],
  day: string,
): T | undefined {
  let found: T | undefined;
  for (const entry of entries) {
    const from = entry.from ?? '';
    if (from <= day && (found === undefined || from > (found.from ?? ''))) found = entry;
  }
  return found;
}

/** The id of the commune's royalty scheme in force on `day`, if any. */
export const schemeIdOn = (refs: readonly SchemeRef[] | undefined, day: string): string | undefined =>
  inForceOn(refs ?? [], day)?.scheme;

/** First day in office of a term: `effective`, or the decision's day. */
export const termStart = (term: BoardTerm): string => term.effective ?? term.decision.date.day;

/** Every term of the board, the current one last. */
export const boardTerms = (board: EditorialBoard | undefined): BoardTerm[] =>
  board ? [...(board.earlier ?? []), board] : [];

/** The board in office on `day`: the term whose first day..`until` holds it. */
export const termOn = (board: EditorialBoard | undefined, day: string): BoardTerm | undefined =>
  boardTerms(board).find((term) => termStart(term) <= day && (term.until === undefined || day <= term.until));

/** True when the member serves on `day` (their own `from`/`until`, else the term's). */
export const servesOn = (term: BoardTerm, member: BoardMember, day: string): boolean =>
  (member.from ?? termStart(term)) <= day && day <= (member.until ?? term.until ?? '9999-12-31');

/** The members of the board in office on `day` who serve that day. */
export function membersOn(board: EditorialBoard | undefined, day: string): BoardMember[] {
  const term = termOn(board, day);
  return term ? term.members.filter((member) => servesOn(term, member, day)) : [];
}
