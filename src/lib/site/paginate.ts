/**
 * Splits a list into numbered pages: page 1 at the list's own address, page n at
 * `<list>/trang/<n>/`, so the first page keeps a short, stable URL.
 */
export interface PageLink {
  number: number;
  href: string;
  current: boolean;
}

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  total: number;
  items: T[];
  href: string;
  previous?: string;
  next?: string;
  /** Every page, for the numbered links of the pagination nav. */
  links: PageLink[];
}

/** The address of page `n` of the list at `base` (a root-relative href ending in `/`). */
export const pageHref = (base: string, n: number): string => (n === 1 ? base : `${base}trang/${n}/`);

/** Always at least one page, so an empty list still has its page saying so. */
export function paginate<T>(items: readonly T[], perPage: number, base: string): ListPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    const page: ListPage<T> = {
      number,
      total,
      items: items.slice(i * perPage, number * perPage),
      href: pageHref(base, number),
      links: Array.from({ length: total }, (_, j) => ({
        number: j + 1,
        href: pageHref(base, j + 1),
        current: j === i,
      })),
    };
    if (number > 1) page.previous = pageHref(base, number - 1);
    if (number < total) page.next = pageHref(base, number + 1);
    return page;
  });
}

/** "Tin tức - Trang 2": the first page keeps the plain heading. */
export const pageTitle = (heading: string, page: Pick<ListPage<unknown>, 'number'>, word: string): string =>
  page.number === 1 ? heading : `${heading} - ${word} ${page.number}`;
