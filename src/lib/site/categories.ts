import type { Item } from '../content/types.ts';
import { categoryLabel } from '../sections/category-label.ts';
import { communeHref } from '../urls.ts';

/** News categories (chuyên mục) used by a commune's news, with their pages (labels: category-label.ts). */
export interface Category {
  code: string;
  label: string;
  href: string;
  count: number;
}

const collator = new Intl.Collator('vi');

/** A news item's category; items of other sections have none. */
export const categoryOf = (item: Item): string | undefined =>
  item.section === 'tin-tuc' ? item.data.category : undefined;

export const categoryHref = (commune: string, code: string): string =>
  communeHref(commune, `tin-tuc/chuyen-muc/${code}`);

/** Every category used by the news items, sorted by label. */
export function categoriesOf(commune: string, news: readonly Item<'tin-tuc'>[]): Category[] {
  const groups = Map.groupBy(
    news.filter((item) => categoryOf(item) !== undefined),
    (item) => categoryOf(item)!,
  );
  return [...groups]
    .map(([code, items]) => ({
      code,
      label: categoryLabel(code),
      href: categoryHref(commune, code),
      count: items.length,
    }))
    .toSorted((a, b) => collator.compare(a.label, b.label));
}

export const inCategory = (news: readonly Item<'tin-tuc'>[], code: string): Item<'tin-tuc'>[] =>
  news.filter((item) => categoryOf(item) === code);
