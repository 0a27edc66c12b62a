import type { ImageMetadata } from 'astro';
import type { Commune, Item } from '../content/types.ts';
import { categoryLabel } from '../sections/category-label.ts';
import { categoryHref, categoryOf } from './categories.ts';
import { creditLines, type CreditLine } from './credits.ts';
import { newsOf, relatedNews, type Related } from '../sections/items.ts';
import { siteImage } from './site-image.ts';

/** What a news article shows besides its body: category, photo, byline, source, related news. */
export type Source = NonNullable<Item<'tin-tuc'>['data']['source']>;

export interface Article {
  category?: { code: string; label: string; href: string };
  /** The photo as the content collection resolved it (`image: ./anh.jpg` beside the file). */
  image?: { src: ImageMetadata; alt: string; caption?: string };
  credits: CreditLine[];
  source?: Source;
  related: Related;
}

export const RELATED_COUNT = 5;

export function article(commune: Commune, item: Item<'tin-tuc'>): Article {
  const view: Article = {
    credits: creditLines(commune, item),
    related: relatedNews(newsOf(commune), item, RELATED_COUNT),
  };
  const code = categoryOf(item);
  if (code) view.category = { code, label: categoryLabel(code), href: categoryHref(commune.slug, code) };
  const image = siteImage(item.data.image);
  if (image)
    view.image = {
      src: image,
      alt: String(item.data.imageAlt),
      ...(item.data.imageCaption ? { caption: item.data.imageCaption } : {}),
    };
  if (item.data.source) view.source = item.data.source;
  return view;
}
