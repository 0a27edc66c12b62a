/**
 * What the editorial board did over the report's window: items per person credited, per news
 * category and per section, and the share of items whose royalty coefficient was approved.
 */
import type { Commune, Item, Section } from '../content/types.ts';
import { categoryLabel } from '../sections/category-label.ts';
import { type ReportWindow, inWindow } from './window.ts';

export interface Activity {
  /** Published items dated in the window, all sections. */
  items: number;
  /** Items in which each person is credited (any role), most first. */
  byAuthor: { person: string; name: string; items: number }[];
  /** News items per category, most first; `category` absent → "chưa phân chuyên mục". */
  byCategory: { category: string; label: string; items: number }[];
  bySection: Partial<Record<Section, number>>;
  /** Items carrying a `royalty` block, whose coefficient a board head or deputy approved. */
  royaltyApproved: number;
  /** royaltyApproved / items × 100, one decimal; 0 when there is no item. */
  royaltyApprovedPercent: number;
}

const VI = new Intl.Collator('vi');

export const NO_CATEGORY = 'chua-phan-chuyen-muc';

const byCountThenLabel =
  <T extends { items: number }>(label: (row: T) => string) =>
  (a: T, b: T) =>
    b.items - a.items || VI.compare(label(a), label(b));

export function activity(commune: Commune, published: readonly Item[], window: ReportWindow): Activity {
  const items = published.filter((item) => item.date !== undefined && inWindow(window, item.date.day));
  const names = new Map(commune.people.map((person) => [person.id, person.name]));
  const authors = new Map<string, number>();
  const categories = new Map<string, number>();
  const bySection: Partial<Record<Section, number>> = {};
  let royaltyApproved = 0;
  for (const item of items) {
    for (const person of new Set(item.credits.map((credit) => credit.person)))
      authors.set(person, (authors.get(person) ?? 0) + 1);
    if (item.section === 'tin-tuc') {
      const category = item.data.category ?? NO_CATEGORY;
      categories.set(category, (categories.get(category) ?? 0) + 1);
    }
    bySection[item.section] = (bySection[item.section] ?? 0) + 1;
    if (item.royalty?.approvedBy) royaltyApproved++;
  }
  return {
    items: items.length,
    byAuthor: [...authors]
      .map(([person, count]) => ({ person, name: names.get(person) ?? person, items: count }))
      .toSorted(byCountThenLabel((row) => row.name)),
    byCategory: [...categories]
      .map(([category, count]) => ({
        category,
        label: category === NO_CATEGORY ? 'Chưa phân chuyên mục' : categoryLabel(category),
        items: count,
      }))
      .toSorted(byCountThenLabel((row) => row.label)),
    bySection,
    royaltyApproved,
    royaltyApprovedPercent: items.length === 0 ? 0 : Math.round((royaltyApproved * 1000) / items.length) / 10,
  };
}
