import type { Item } from './content/types.ts';

/**
 * Every internal link is built here, root-relative under `/<commune>/`. The build turns them
 * into relative URLs (relative-urls.ts) so a commune folder works at any deployment path.
 */
export function communeHref(commune: string, path = ''): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return clean ? `/${commune}/${clean}/` : `/${commune}/`;
}

export const itemHref = (item: Pick<Item, 'commune' | 'path'>): string =>
  communeHref(item.commune, item.path);

/** The public URL of a file attached beside an item (`file: ./79-ubnd.pdf`). */
export function attachmentHref(item: Pick<Item, 'commune' | 'path'>, file: string): string {
  return `${itemHref(item)}${file.replace(/^\.\//, '')}`;
}

/** An absolute URL from `site.yaml`'s `url`, for canonical links, sitemaps and feeds. */
export function absoluteHref(siteUrl: string, commune: string, href: string): string {
  const prefix = `/${commune}/`;
  const path = href.startsWith(prefix) ? href.slice(prefix.length) : href.replace(/^\//, '');
  return new URL(path, siteUrl).href;
}
