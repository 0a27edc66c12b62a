/**
 * Is a commune's site current? The latest item, items per month, late documents, consultations
 * closed without a result, and this week's work calendar.
 */
import type { Item } from '../content/types.ts';
import { consultationStatus } from '../sections/clock.ts';
import { weekOfDay } from '../sections/iso-week.ts';
import { type ReportWindow, inWindow, lastTwelveMonths } from './window.ts';
import { addWorkingDays, calendarDaysBetween, workingDaysBetween } from './working-days.ts';

/**
 * Information is published within 5 working days of being created.
 * @see Luật Tiếp cận thông tin 2016, Điều 18
 */
export const PUBLISH_WITHIN_WORKING_DAYS = 5;

export interface LateDocument {
  path: string;
  title: string;
  number: string | undefined;
  issued: string;
  published: string;
  /** The last day within the limit: the 5th working day after `issued`. */
  deadline: string;
  /** Working days from the day after `issued` through `published`. */
  workingDays: number;
}

export interface Currency {
  /** Day of the latest published item of any section. */
  latestDay: string | undefined;
  daysSinceLatest: number | undefined;
  latestDocumentDay: string | undefined;
  daysSinceLatestDocument: number | undefined;
  /** Published items per month, the 12 months ending with the clock's month, oldest first. */
  months: { month: string; items: number }[];
  /** Documents with a `published` day in the window, judged against the limit. */
  documentsJudged: number;
  /** Documents in the window without `published`: not judged. */
  documentsNotJudged: number;
  lateDocuments: LateDocument[];
  /** Consultations whose closing day has passed and that carry no `result`. */
  consultationsWithoutResult: { path: string; title: string; closes: string }[];
  calendar: { thisWeek: string; updated: boolean; latestWeek: string | undefined };
}

function latest(items: readonly Item[]): string | undefined {
  let best: string | undefined;
  for (const item of items)
    if (item.date && (best === undefined || item.date.day > best)) best = item.date.day;
  return best;
}

function lateDocuments(
  documents: readonly Item<'van-ban'>[],
  window: ReportWindow,
  holidays: ReadonlySet<string>,
) {
  let judged = 0;
  let notJudged = 0;
  const late: LateDocument[] = [];
  for (const item of documents) {
    const issued = item.data.issued.day;
    const published = item.data.published?.day;
    if (published === undefined) {
      if (item.date && inWindow(window, item.date.day)) notJudged++;
      continue;
    }
    if (!inWindow(window, published)) continue;
    judged++;
    const deadline = addWorkingDays(issued, PUBLISH_WITHIN_WORKING_DAYS, holidays);
    if (published <= deadline) continue;
    late.push({
      path: item.path,
      title: item.title,
      number: item.data.number,
      issued,
      published,
      deadline,
      workingDays: workingDaysBetween(issued, published, holidays),
    });
  }
  return {
    judged,
    notJudged,
    late: late.toSorted((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0)),
  };
}

/** `published`: the commune's published items at the clock (drafts and future items left out). */
export function currency(
  published: readonly Item[],
  now: Date,
  window: ReportWindow,
  holidays: ReadonlySet<string>,
): Currency {
  const { today } = window;
  const documents = published.filter((item) => item.section === 'van-ban');
  const latestDay = latest(published);
  const latestDocumentDay = latest(documents);
  const perMonth = new Map(lastTwelveMonths(today).map((month) => [month, 0]));
  for (const item of published) {
    const month = item.date?.day.slice(0, 7);
    if (month !== undefined && perMonth.has(month)) perMonth.set(month, perMonth.get(month)! + 1);
  }
  const judged = lateDocuments(documents, window, holidays);
  const thisWeek = weekOfDay(today).key;
  const weeks = published.flatMap((item) => (item.section === 'lich-cong-tac' ? [item.data.week] : []));
  return {
    latestDay,
    daysSinceLatest: latestDay === undefined ? undefined : calendarDaysBetween(latestDay, today),
    latestDocumentDay,
    daysSinceLatestDocument:
      latestDocumentDay === undefined ? undefined : calendarDaysBetween(latestDocumentDay, today),
    months: [...perMonth].map(([month, items]) => ({ month, items })),
    documentsJudged: judged.judged,
    documentsNotJudged: judged.notJudged,
    lateDocuments: judged.late,
    consultationsWithoutResult: published
      .flatMap((item) =>
        item.section === 'lay-y-kien' &&
        consultationStatus(item.data, now) === 'closed' &&
        item.data.result === undefined
          ? [item]
          : [],
      )
      .map((item) => ({ path: item.path, title: item.title, closes: item.data.closes.day }))
      .toSorted((a, b) => (a.closes < b.closes ? -1 : a.closes > b.closes ? 1 : 0)),
    calendar: { thisWeek, updated: weeks.includes(thisWeek), latestWeek: weeks.toSorted().at(-1) },
  };
}
