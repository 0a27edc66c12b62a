/**
 * The search page's filters in its address, so a filtered list can be shared and the register's
 * form (a plain GET form on a page without script) can send four filters at once:
 * `tim-kiem/?loai=quyet-dinh&nam=2026&co-quan=ubnd-xa-mau&linh-vuc=dat-dai`. Values are the
 * slugs of the register's static filter pages (`van-ban/loai/quyet-dinh/`), so one address
 * scheme serves both. Pure, for the search page's script.
 */
import { slugify } from './fold.ts';

/** The sort key of a document's issue day in the index (search-record.ts). */
export const DATE_SORT = 'ngay';

/** One filter as the search page's `<select>` carries it: its parameter and Pagefind's name. */
export interface UrlFilter {
  /** `loai`. */
  param: string;
  /** `Loại văn bản`. */
  filter: string;
}

export interface FiltersFromParams {
  /** Pagefind filter name → value: `{ 'Loại văn bản': 'Quyết định' }`. */
  chosen: Record<string, string>;
  /** What the address asks for that no indexed page has (a mistyped or outdated link). */
  unknown: { filter: string; value: string }[];
}

/**
 * The filters an address asks for, each matched to the value the index holds whose slug it is
 * (`quyet-dinh` → `Quyết định`; the value itself matches too). Empty parameters (the form's
 * "Tất cả") ask for nothing.
 */
export function filtersFromParams(
  params: URLSearchParams,
  filters: readonly UrlFilter[],
  available: Readonly<Record<string, readonly string[]>>,
): FiltersFromParams {
  const result: FiltersFromParams = { chosen: {}, unknown: [] };
  for (const { param, filter } of filters) {
    const wanted = params.get(param)?.trim();
    if (!wanted) continue;
    const slug = slugify(wanted);
    const value = (available[filter] ?? []).find((v) => v === wanted || slugify(v) === slug);
    if (value === undefined) result.unknown.push({ filter, value: wanted });
    else result.chosen[filter] = value;
  }
  return result;
}

/**
 * The address's parameters with the chosen filters as slugs, in the filters' order, and the
 * unchosen ones removed; other parameters (`q`, `luu-tru`) are kept.
 */
export function paramsWithFilters(
  params: URLSearchParams,
  filters: readonly UrlFilter[],
  chosen: Readonly<Record<string, string>>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const { param } of filters) next.delete(param);
  for (const { param, filter } of filters) {
    const value = chosen[filter];
    if (value) next.set(param, slugify(value));
  }
  return next;
}

/**
 * What a search with no words but some filters lists: the documents those filters pick, as a
 * register (sorted by issue day, newest first). Undefined without any filter, or when the
 * section chosen is not the documents' (only documents have an issue day to sort by).
 */
export function registerFilters(
  chosen: Readonly<Record<string, string>>,
  section: { filter: string; documents: string },
): Record<string, string> | undefined {
  if (Object.keys(chosen).length === 0) return undefined;
  const picked = chosen[section.filter];
  if (picked !== undefined && picked !== section.documents) return undefined;
  return { ...chosen, [section.filter]: section.documents };
}
