import type { Commune, Section } from '../content/types.ts';
import { communeRoutes } from '../site/routes.ts';
import { documentFilters } from './document-filters.ts';

/**
 * `getStaticPaths()` data of the section pages this feature adds; route files stay shells.
 * A section's list page exists only for communes that have items in it.
 */
export const sectionIndexRoutes = (communes: readonly Commune[], section: Section) =>
  communeRoutes(communes.filter((commune) => commune.items.some((item) => item.section === section)));

/**
 * `/<c>/van-ban/<facet>/<value>/`: the register filtered by one type, year, issuer or field;
 * only the filters the register links to (a facet with a single value filters nothing).
 */
export const documentFilterRoutes = (communes: readonly Commune[]) =>
  communes.flatMap((commune) =>
    documentFilters(commune).flatMap(({ values }) =>
      values.map((value) => ({ params: { commune: commune.slug, facet: value.facet, value: value.slug }, props: { commune, filter: value } })),
    ),
  );

/** Feeds and the XML sitemap need absolute URLs: only communes with `url` in site.yaml get them. */
export const communesWithUrl = (communes: readonly Commune[]) => communes.filter((commune) => commune.site.url !== undefined);
