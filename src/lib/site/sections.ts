import type { Commune, Item, Section } from '../content/types.ts';

/** A commune's items of one section, newest first (the order the loader gives them). */
export const itemsOf = (commune: Commune, section: Section): Item[] => commune.items.filter((item) => item.section === section);

export const newsOf = (commune: Commune): Item[] => itemsOf(commune, 'tin-tuc');

export const documentsOf = (commune: Commune): Item[] => itemsOf(commune, 'van-ban');

/** Items to read after one article: the newest of its category, or else the newest of all. */
export interface Related {
  kind: 'category' | 'latest';
  items: Item[];
}

export function relatedNews(news: readonly Item[], item: Item, count: number): Related {
  const others = news.filter((other) => other.path !== item.path);
  const category = item.data['category'];
  const same = category === undefined ? [] : others.filter((other) => other.data['category'] === category);
  return same.length > 0 ? { kind: 'category', items: same.slice(0, count) } : { kind: 'latest', items: others.slice(0, count) };
}

const collator = new Intl.Collator('vi');

/** Introduction pages in the order editors set with `order`, then by title; unordered pages last. */
export function introPages(commune: Commune): Item[] {
  const order = (item: Item) => (typeof item.data['order'] === 'number' ? item.data['order'] : Number.POSITIVE_INFINITY);
  return itemsOf(commune, 'gioi-thieu').toSorted((a, b) => order(a) - order(b) || collator.compare(a.title, b.title));
}
