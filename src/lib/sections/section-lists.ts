import type { Commune, Item } from '../content/types.ts';
import { weekOfDay } from './iso-week.ts';
import { consultationStatus, noticeEnded } from './clock.ts';
import { groupByYear, type YearGroup } from './groupings.ts';
import { vnDay } from '../vn-date.ts';
import { DISCLOSURE_KINDS } from '../schemas/disclosure.ts';
import { itemsOf } from './items.ts';
import { budgetDues, type BudgetDue } from './budget-dues.ts';

// What each section's list page shows, computed from the commune and the build clock.
const collator = new Intl.Collator('vi');

/** Notices still in force first; ended notices stay in the archive. Newest first in each. */
export function noticeLists(
  commune: Commune,
  now: Date,
): { current: Item<'thong-bao'>[]; archive: Item<'thong-bao'>[] } {
  const notices = itemsOf(commune, 'thong-bao');
  return {
    current: notices.filter((n) => !noticeEnded(n.data, now)),
    archive: notices.filter((n) => noticeEnded(n.data, now)),
  };
}

/** Procedures grouped by `field` (lĩnh vực) in Vietnamese order, titles in order within a field. */
export function proceduresByField(
  commune: Commune,
): { field: string | undefined; items: Item<'thu-tuc'>[] }[] {
  const byField = Map.groupBy(itemsOf(commune, 'thu-tuc'), (item) => item.data.field);
  return [...byField.entries()]
    .toSorted(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : collator.compare(a, b)))
    .map(([field, items]) => ({
      field,
      items: items.toSorted((x, y) => collator.compare(x.title, y.title)),
    }));
}

/** The calendar of the clock's week, then every other week, latest week first. */
export function calendarWeeks(
  commune: Commune,
  now: Date,
): { current: Item<'lich-cong-tac'> | undefined; others: Item<'lich-cong-tac'>[] } {
  const thisWeek = weekOfDay(vnDay(now)).key;
  const weeks = itemsOf(commune, 'lich-cong-tac').toSorted((a, b) => b.data.week.localeCompare(a.data.week));
  return {
    current: weeks.find((w) => w.data.week === thisWeek),
    others: weeks.filter((w) => w.data.week !== thisWeek),
  };
}

/** Consultations open now (and upcoming) first, closed ones after, each newest first. */
export function consultationLists(
  commune: Commune,
  now: Date,
): { open: Item<'lay-y-kien'>[]; closed: Item<'lay-y-kien'>[] } {
  const all = itemsOf(commune, 'lay-y-kien');
  return {
    open: all.filter((c) => consultationStatus(c.data, now) !== 'closed'),
    closed: all.filter((c) => consultationStatus(c.data, now) === 'closed'),
  };
}

const kindRank = (item: Item<'cong-khai'>) => DISCLOSURE_KINDS.indexOf(item.data.kind);

/** Disclosures by budget year, newest year first; in a year: estimate, execution, accounts, contributions. */
export function disclosuresByYear(commune: Commune): YearGroup<Item<'cong-khai'>>[] {
  const sorted = itemsOf(commune, 'cong-khai').toSorted((a, b) => kindRank(a) - kindRank(b));
  return groupByYear(sorted, (item) => item.data.year);
}

/** The budget disclosures legally due on the build day, and whether each is published (budget-dues.ts). */
export const budgetDuesOf = (commune: Commune, now: Date): BudgetDue[] =>
  budgetDues(itemsOf(commune, 'cong-khai'), vnDay(now));

export const HOME_NOTICES = 5;

/** The home page's notices: the newest ones still in force (ended notices leave it). */
export const homeNotices = (commune: Commune, now: Date): Item<'thong-bao'>[] =>
  noticeLists(commune, now).current.slice(0, HOME_NOTICES);
