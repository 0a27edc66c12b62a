import { vi } from '../../i18n/vi.ts';
import type { Commune } from '../content/types.ts';
import { menuFor } from './menu.ts';
import { categoriesOf } from './categories.ts';
import { introPages, newsOf } from '../sections/items.ts';
import { communeHref, itemHref } from '../urls.ts';
import { documentFilters } from '../sections/document-filters.ts';

/**
 * The human-readable site map: every menu entry with the pages under it that are not items
 * (news categories, introduction pages, document filters), then the contact pages and feeds.
 * @see TT 32/2017/TT-BTTTT Điều 17 (a site map)
 */
export interface SiteMapEntry {
  label: string;
  href: string;
  children: { label: string; href: string }[];
}

export function siteMapOf(commune: Commune): SiteMapEntry[] {
  const slug = commune.slug;
  const children: Record<string, { label: string; href: string }[]> = {
    'gioi-thieu': introPages(commune).map((page) => ({ label: page.title, href: itemHref(page) })),
    'tin-tuc': categoriesOf(slug, newsOf(commune)).map((c) => ({ label: c.label, href: c.href })),
    'van-ban': documentFilters(commune).flatMap((f) =>
      f.values.map((v) => ({
        label: `${f.heading}: ${v.label}`,
        href: communeHref(slug, `van-ban/${v.facet}/${v.slug}`),
      })),
    ),
    'lien-he': [{ label: vi.english.title, href: communeHref(slug, 'english') }],
  };
  return [
    ...menuFor(commune).map((link) => ({
      label: link.label,
      href: link.href,
      children: children[link.key] ?? [],
    })),
    { label: vi.authors.title, href: communeHref(slug, 'tac-gia'), children: [] },
    { label: vi.search.title, href: communeHref(slug, 'tim-kiem'), children: [] },
  ];
}
