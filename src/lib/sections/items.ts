import type { Commune, Item, Section } from '../content/types.ts';
import type { Field } from './fields.ts';
import { SECTIONS } from './registry.ts';

/** A commune's items of one section, newest first (the order the loader gives them). */
export const itemsOf = <S extends Section>(commune: Commune, section: S): Item<S>[] =>
  // The items whose section is S are the items of S (a generic type guard is not allowed here).
  commune.items.filter((item) => item.section === section) as Item<S>[];

/** The file beside an item (`file: ./79-ubnd.pdf`), in the sections that have one. */
export const attachedFile = (item: Item): string | undefined =>
  'file' in item.data ? item.data.file : undefined;

export const newsOf = (commune: Commune): Item<'tin-tuc'>[] => itemsOf(commune, 'tin-tuc');

export const documentsOf = (commune: Commune): Item<'van-ban'>[] => itemsOf(commune, 'van-ban');

/** The metadata list of an item's page, by its section's `fields` in the registry. */
export function sectionFields<S extends Section>(item: Item<S>, now: Date): Field[] {
  // One section's rule applied to the same section's data (see toItem for why the cast).
  const fields = SECTIONS[item.section].fields as ((data: Item<S>['data'], now: Date) => Field[]) | undefined;
  return fields?.(item.data, now) ?? [];
}

/** Items to read after one article: the newest of its category, or else the newest of all. */
export interface Related {
  kind: 'category' | 'latest';
  items: Item<'tin-tuc'>[];
}

export function relatedNews(news: readonly Item<'tin-tuc'>[], item: Item<'tin-tuc'>, count: number): Related {
  const others = news.filter((other) => other.path !== item.path);
  const category = item.data.category;
  const same = category === undefined ? [] : others.filter((other) => other.data.category === category);
  return same.length > 0
    ? { kind: 'category', items: same.slice(0, count) }
    : { kind: 'latest', items: others.slice(0, count) };
}

const collator = new Intl.Collator('vi');

/** Introduction pages in the order editors set with `order`, then by title; unordered pages last. */
export function introPages(commune: Commune): Item<'gioi-thieu'>[] {
  const order = (item: Item<'gioi-thieu'>) => item.data.order ?? Number.POSITIVE_INFINITY;
  return itemsOf(commune, 'gioi-thieu').toSorted(
    (a, b) => order(a) - order(b) || collator.compare(a.title, b.title),
  );
}
