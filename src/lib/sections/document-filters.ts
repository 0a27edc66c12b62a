import { vi } from '../../i18n/vi.ts';
import type { Commune, Item } from '../content/types.ts';
import { slugify } from '../search/fold.ts';
import { documentTypeLabel } from './fields.ts';
import { documentsOf } from './items.ts';

/**
 * The document register's filters as static pages (no JavaScript): one page per type, year of
 * issue, issuer and field, at `/<c>/van-ban/<facet>/<value>/`, each sorted by issue date.
 */
export const FACETS = ['loai', 'nam', 'co-quan', 'linh-vuc'] as const;
export type Facet = (typeof FACETS)[number];

export interface FilterValue {
  facet: Facet;
  /** URL segment: `quyet-dinh`, `2026`, `ubnd-xa-mau`. */
  slug: string;
  label: string;
  items: Document[];
}

type Document = Item<'van-ban'>;

const issued = (item: Document) => item.data.issued.instant.getTime();

/** Newest issue date first; same day by number. */
export const byIssueDate = (items: readonly Document[]): Document[] =>
  items.toSorted((a, b) => issued(b) - issued(a) || a.data.number.localeCompare(b.data.number));

const FACET_VALUE: Record<Facet, (item: Document) => string | undefined> = {
  loai: (item) => documentTypeLabel(item.data.type),
  nam: (item) => item.data.issued.day.slice(0, 4),
  'co-quan': (item) => item.data.issuer,
  'linh-vuc': (item) => item.data.field,
};

export const FACET_HEADINGS: Record<Facet, string> = {
  loai: vi.documentFilters.byType,
  nam: vi.documentFilters.byYear,
  'co-quan': vi.documentFilters.byIssuer,
  'linh-vuc': vi.documentFilters.byField,
};

/** The name of each filter, as a label of the register's form and in a filtered page's title. */
export const FACET_LABELS: Record<Facet, string> = {
  loai: vi.documentFilters.type,
  nam: vi.documentFilters.year,
  'co-quan': vi.documentFilters.issuer,
  'linh-vuc': vi.documentFilters.field,
};

/** The title of a filtered page, saying which filter is on: "Văn bản — Loại văn bản: Quyết định". */
export const filteredTitle = (filter: Pick<FilterValue, 'facet' | 'label'>): string =>
  `${vi.documentFilters.filteredTitle} — ${FACET_LABELS[filter.facet]}: ${filter.label}`;

/** Whether `value` is the filter a page shows (its link is marked `aria-current`). */
export const isCurrent = (
  value: Pick<FilterValue, 'facet' | 'slug'>,
  current: Pick<FilterValue, 'facet' | 'slug'> | undefined,
): boolean => current !== undefined && current.facet === value.facet && current.slug === value.slug;

const collator = new Intl.Collator('vi');

/** Every value of one facet that some document has, with its documents sorted by issue date. */
export function facetValues(commune: Commune, facet: Facet): FilterValue[] {
  const documents = documentsOf(commune);
  const groups = Map.groupBy(
    documents.filter((d) => FACET_VALUE[facet](d) !== undefined),
    (d) => FACET_VALUE[facet](d)!,
  );
  const values = [...groups.entries()].map(([label, items]) => ({
    facet,
    slug: slugify(label),
    label,
    items: byIssueDate(items),
  }));
  return facet === 'nam'
    ? values.toSorted((a, b) => b.label.localeCompare(a.label))
    : values.toSorted((a, b) => collator.compare(a.label, b.label));
}

export interface FacetFilter {
  facet: Facet;
  heading: string;
  values: FilterValue[];
}

const filtersOf = new WeakMap<Commune, FacetFilter[]>();

/**
 * The filter navigation of the register: each facet with its values (facets with one value or
 * none are left out). Worked out once per commune: every page of the register shows it.
 */
export function documentFilters(commune: Commune): FacetFilter[] {
  let filters = filtersOf.get(commune);
  if (!filters) {
    filters = FACETS.map((facet) => ({
      facet,
      heading: FACET_HEADINGS[facet],
      values: facetValues(commune, facet),
    })).filter((f) => f.values.length > 1);
    filtersOf.set(commune, filters);
  }
  return filters;
}
