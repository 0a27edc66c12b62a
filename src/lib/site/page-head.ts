import { vi } from '../../i18n/vi.ts';
import type { Commune, Item } from '../content/types.ts';
import { absoluteHref } from '../urls.ts';
import { creditLines } from './credits.ts';

/**
 * What a page puts in `<head>`: its title, description, canonical address and Dublin Core
 * elements. Every commune page carries Dublin Core; item pages name their creators and date.
 * @see TT 32/2017/TT-BTTTT Điều 16 (Dublin Core: title, creator, date, description, publisher, identifier)
 */
export interface PageHead {
  title: string;
  description: string;
  canonical?: string;
  /** `[name, content]` pairs for `<meta name="DC.…">`. */
  dublinCore: [string, string][];
}

export interface PageHeadInput {
  commune: Commune;
  /** The page's own heading; the home page passes none. */
  title?: string;
  /** Root-relative href of the page (`/xa-mau/tin-tuc/`). */
  href: string;
  item?: Item;
  description?: string;
  /** The page's language; `en` only for the English page. */
  lang?: 'vi' | 'en';
}

export function pageHead({ commune, title, href, item, description, lang = 'vi' }: PageHeadInput): PageHead {
  const site = commune.site;
  const canonical = site.url === undefined ? undefined : absoluteHref(site.url, commune.slug, href);
  const text = item?.summary ?? description ?? site.description ?? site.agency;
  const creators = item ? creditLines(commune, item).map((c) => c.name) : [];
  const dublinCore: [string, string][] = [
    ['DC.title', title ?? site.agency],
    ['DC.creator', creators.length ? [...new Set(creators)].join('; ') : site.agency],
    ...(item?.date ? [['DC.date', item.date.day] as [string, string]] : []),
    ['DC.description', text],
    ['DC.publisher', site.agency],
    ['DC.identifier', canonical ?? href],
    ['DC.language', lang],
  ];
  const head: PageHead = {
    title: title ? `${title}${vi.shell.titleSeparator}${site.name}` : site.agency,
    description: text,
    dublinCore,
  };
  if (canonical) head.canonical = canonical;
  return head;
}
