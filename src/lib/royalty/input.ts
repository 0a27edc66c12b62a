/**
 * Everything the royalty engine needs for one commune and one period, as plain data,
 * so that validation and calculation are tested without files or Astro.
 */
import type {
  BaseSalaryEntry,
  Commune,
  EditorialBoard,
  Item,
  Person,
  RoyaltyScheme,
  SchemeRef,
  SharedData,
  TaxRule,
  VnDate,
} from '../content/types.ts';
import { isPublished } from '../content/to-item.ts';
import { vnDay } from '../vn-date.ts';
import { schemeIdOn } from './in-force.ts';
import { inPeriod, monthsOf, type Month, type Period } from './period.ts';

/** An item with a date: only dated items fall in a period. */
export type DatedItem = Item & { date: VnDate };

export interface RoyaltyInput {
  commune: string;
  period: Period;
  /** The clock's day in Vietnam time, `YYYY-MM-DD`. */
  today: string;
  /** The payment day, which chooses the tax rule: `--paid-on`, default the clock's day. */
  paidOn: string;
  /** The commune's last day (a dissolved commune's day before dissolution), when it has one. */
  lastDay?: string | undefined;
  /** site.yaml `royaltyScheme`, oldest first. */
  schemeRefs: readonly SchemeRef[] | undefined;
  /** Every scheme of `_shared/royalty-schemes/`, by id. */
  schemes: ReadonlyMap<string, RoyaltyScheme>;
  /** The items that earn royalty in the period (`royaltyItems`). */
  items: DatedItem[];
  people: Person[];
  board: EditorialBoard | undefined;
  baseSalary: BaseSalaryEntry[];
  tax: TaxRule[];
}

/** Locale-independent order, so that a report is byte-identical on every machine. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Published items dated in the period, in date order then path order. */
export const publishedInPeriod = (items: readonly Item[], period: Period, now: Date): DatedItem[] =>
  items
    .filter(
      (item): item is DatedItem =>
        item.date !== undefined && inPeriod(period, item.date.day) && isPublished(item, now),
    )
    .toSorted((a, b) => a.date.instant.getTime() - b.date.instant.getTime() || byCodeUnits(a.path, b.path));

/** @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", step 2 */
export const royaltyItems = (items: readonly Item[], period: Period, now: Date): DatedItem[] =>
  publishedInPeriod(items, period, now).filter(earnsRoyalty);

const earnsRoyalty = (item: DatedItem): boolean => item.royalty !== undefined;

export interface InputOptions {
  /** Default: the clock's day. */
  paidOn?: string | undefined;
  /** The commune's last day, when it has ceased to exist. */
  lastDay?: string | undefined;
  /** The commune's `publishedInPeriod`, when the caller has it already. */
  published?: DatedItem[];
}

export function royaltyInput(
  commune: Commune,
  shared: SharedData,
  period: Period,
  now: Date,
  options: InputOptions = {},
): RoyaltyInput {
  const today = vnDay(now);
  const published = options.published ?? publishedInPeriod(commune.items, period, now);
  const lastDay = options.lastDay;
  return {
    commune: commune.slug,
    period,
    today,
    paidOn: options.paidOn ?? today,
    lastDay,
    schemeRefs: commune.site.royaltyScheme,
    schemes: shared.schemes,
    items: published.filter(
      (item) => earnsRoyalty(item) && (lastDay === undefined || item.date.day <= lastDay),
    ),
    people: commune.people,
    board: commune.board,
    baseSalary: shared.baseSalary,
    tax: shared.tax,
  };
}

/** The scheme in force on a day, from the commune's list and the scheme files. */
export const schemeOnFor =
  (input: Pick<RoyaltyInput, 'schemeRefs' | 'schemes'>) =>
  (day: string): RoyaltyScheme | undefined => {
    const id = schemeIdOn(input.schemeRefs, day);
    return id === undefined ? undefined : input.schemes.get(id);
  };

/** The last day counted: the period's, the clock's or the commune's, whichever is first. */
export const lastCountedDay = (input: Pick<RoyaltyInput, 'period' | 'today' | 'lastDay'>): string =>
  [input.period.to, input.today, input.lastDay ?? input.period.to].toSorted()[0]!;

/** The items counted: those dated on or before the last day counted (a commune's last day). */
export const countedItems = (
  input: Pick<RoyaltyInput, 'items' | 'period' | 'today' | 'lastDay'>,
): DatedItem[] => {
  const last = lastCountedDay(input);
  return input.items.filter((item) => item.date.day <= last);
};

/** The months paid thù lao: those of the period whose last day is on or before the last day counted. */
export const paidMonths = (input: Pick<RoyaltyInput, 'period' | 'today' | 'lastDay'>): Month[] =>
  monthsOf(input.period).filter((month) => month.lastDay <= lastCountedDay(input));
