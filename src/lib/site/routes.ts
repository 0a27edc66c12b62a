import type { Commune, Item, Section } from '../content/types.ts';
import { communeHref } from '../urls.ts';
import { authorsOf, type Author } from './credits.ts';
import { categoriesOf, inCategory, type Category } from './categories.ts';
import { paginate, type ListPage } from './paginate.ts';
import { documentsOf, itemsOf, newsOf } from '../sections/items.ts';
import { SECTIONS } from '../sections/registry.ts';
import { byIssueDate, documentFilters } from '../sections/document-filters.ts';
import { hasSection } from './menu.ts';

/**
 * The `getStaticPaths()` of every route, computed here so the route files stay shells. Each
 * returns Astro's `{ params, props }` entries.
 */
export const NEWS_PER_PAGE = SECTIONS['tin-tuc'].perPage ?? Number.POSITIVE_INFINITY;
export const DOCUMENTS_PER_PAGE = SECTIONS['van-ban'].perPage ?? Number.POSITIVE_INFINITY;

export const communeRoutes = (communes: readonly Commune[]) =>
  communes.map((commune) => ({ params: { commune: commune.slug }, props: { commune } }));

/** Items of a section at `/<c>/<item.path>/`; `path` is the part after the section folder. */
export const itemRoutes = <S extends Section>(communes: readonly Commune[], section: S) =>
  communes.flatMap((commune) =>
    itemsOf(commune, section).map((item) => ({
      params: { commune: commune.slug, path: item.path.slice(section.length + 1) },
      props: { commune, item },
    })),
  );

const listPages = <T extends Item>(commune: Commune, items: T[], perPage: number, path: string) =>
  paginate(items, perPage, communeHref(commune.slug, path));

/** Page 1 of a list lives at the list's address, pages 2+ under `trang/<n>/`. */
function listRoutes<T extends Item>(
  communes: readonly Commune[],
  pagesOf: (c: Commune) => ListPage<T>[],
  first: boolean,
) {
  return communes.flatMap((commune) =>
    pagesOf(commune)
      .filter((page) => (page.number === 1) === first)
      .map((page) => ({
        params: { commune: commune.slug, page: String(page.number) },
        props: { commune, page },
      })),
  );
}

export const newsPages = (commune: Commune) => listPages(commune, newsOf(commune), NEWS_PER_PAGE, 'tin-tuc');
export const newsListRoutes = (communes: readonly Commune[], first: boolean) =>
  listRoutes(communes, newsPages, first);

/** The register is sorted by issue date (số ký hiệu for the same day), as registers are kept. */
export const documentPages = (commune: Commune) =>
  listPages(commune, byIssueDate(documentsOf(commune)), DOCUMENTS_PER_PAGE, 'van-ban');
export const documentListRoutes = (communes: readonly Commune[], first: boolean) =>
  listRoutes(communes, documentPages, first);

/** `/<c>/tin-tuc/chuyen-muc/<code>/` and its `trang/<n>/` pages (a rest parameter). */
export const categoryRoutes = (communes: readonly Commune[]) =>
  communes.flatMap((commune) =>
    categoriesOf(commune.slug, newsOf(commune)).flatMap((category: Category) =>
      listPages(
        commune,
        inCategory(newsOf(commune), category.code),
        NEWS_PER_PAGE,
        `tin-tuc/chuyen-muc/${category.code}`,
      ).map((page) => ({
        params: {
          commune: commune.slug,
          category: category.code,
          page: page.number === 1 ? undefined : `trang/${page.number}`,
        },
        props: { commune, category, page },
      })),
    ),
  );

export const authorRoutes = (communes: readonly Commune[]) =>
  communes.flatMap((commune) =>
    authorsOf(commune).map((author: Author) => ({
      params: { commune: commune.slug, person: author.person.id },
      props: { commune, author },
    })),
  );

/** The board page, for communes that have published their board. */
export const boardRoutes = (communes: readonly Commune[]) =>
  communeRoutes(communes.filter((commune) => commune.board !== undefined));

/** A section's list page (the introduction index too), only for communes that have items in it. */
export const sectionIndexRoutes = (communes: readonly Commune[], section: Section) =>
  communeRoutes(communes.filter(hasSection(section)));

/**
 * `/<c>/van-ban/<facet>/<value>/`: the register filtered by one type, year, issuer or field;
 * only the filters the register links to (a facet with a single value filters nothing).
 */
export const documentFilterRoutes = (communes: readonly Commune[]) =>
  communes.flatMap((commune) =>
    documentFilters(commune).flatMap(({ values }) =>
      values.map((value) => ({
        params: { commune: commune.slug, facet: value.facet, value: value.slug },
        props: { commune, filter: value },
      })),
    ),
  );

/** Feeds and the XML sitemap need absolute URLs: only communes with `url` in site.yaml get them. */
export const communesWithUrl = (communes: readonly Commune[]) =>
  communes.filter((commune) => commune.site.url !== undefined);
