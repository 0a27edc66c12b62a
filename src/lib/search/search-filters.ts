import { vi } from '../../i18n/vi.ts';
import type { UrlFilter } from './url-filters.ts';

/**
 * The filters of a commune's search page, in the order it shows them, each with its address
 * parameter. The register's four (`loai`, `nam`, `co-quan`, `linh-vuc`) are the facets of its
 * static pages (document-filters.ts), so `?loai=quyet-dinh` and `van-ban/loai/quyet-dinh/` are
 * the same list.
 */
export const SECTION_FILTER: UrlFilter = { param: 'muc', filter: vi.search.filterSection };

export const DOCUMENT_FILTERS: readonly UrlFilter[] = [
  { param: 'loai', filter: vi.search.filterType },
  { param: 'nam', filter: vi.search.filterYear },
  { param: 'co-quan', filter: vi.search.filterIssuer },
  { param: 'linh-vuc', filter: vi.search.filterField },
];

/** The commune filter of the portal and of a search that adds predecessors' archives. */
export const COMMUNE_FILTER: UrlFilter = { param: 'xa', filter: vi.search.commune };

export const searchFilters = (withCommune: boolean): UrlFilter[] => [
  ...(withCommune ? [COMMUNE_FILTER] : []),
  SECTION_FILTER,
  ...DOCUMENT_FILTERS,
];
