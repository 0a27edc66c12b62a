/**
 * Everything the royalty engine needs for one commune and one period, as plain data,
 * so that validation and calculation are tested without files or Astro.
 */
import type { BaseSalaryEntry, Commune, EditorialBoard, Item, Person, RoyaltyScheme, SharedData, TaxRule, VnDate } from '../content/types.ts';
import { inPeriod, type Period } from './period.ts';
import { isPublished } from '../content/to-item.ts';
import { schemeIdOn } from './in-force.ts';

/** An item with a date: only dated items fall in a period. */
export type DatedItem = Item & { date: VnDate };

export interface RoyaltyInput {
  commune: string;
  period: Period;
  /** `royaltyScheme` of the commune's site.yaml, when set. */
  schemeId: string | undefined;
  /** The scheme it names, when it exists. */
  scheme: RoyaltyScheme | undefined;
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
    .filter((item): item is DatedItem => item.date !== undefined && inPeriod(period, item.date.day) && isPublished(item, now))
    .toSorted((a, b) => a.date.instant.getTime() - b.date.instant.getTime() || byCodeUnits(a.path, b.path));

/** @see content-format.md "Royalty calculation", step 1 */
export const royaltyItems = (items: readonly Item[], period: Period, now: Date): DatedItem[] =>
  publishedInPeriod(items, period, now).filter(earnsRoyalty);

const earnsRoyalty = (item: DatedItem): boolean => item.royalty !== undefined;

/** @param published the commune's `publishedInPeriod`, when the caller has it already */
export function royaltyInput(commune: Commune, shared: SharedData, period: Period, now: Date, published = publishedInPeriod(commune.items, period, now)): RoyaltyInput {
  const schemeId = schemeIdOn(commune.site.royaltyScheme, period.to);
  return {
    commune: commune.slug,
    period,
    schemeId,
    scheme: schemeId === undefined ? undefined : shared.schemes.get(schemeId),
    items: published.filter(earnsRoyalty),
    people: commune.people,
    board: commune.board,
    baseSalary: shared.baseSalary,
    tax: shared.tax,
  };
}
