/**
 * The page "Các đơn vị hành chính cũ" of a unit formed by a merger: its own legal basis, and
 * each predecessor with the date, the basis and a link to its archive.
 */
import type { Commune } from '../content/types.ts';
import { formatDay } from '../format-date.ts';
import { communeHref } from '../urls.ts';
import { predecessorsOf, type Unit } from './units.ts';

export interface PredecessorRow {
  name: string;
  /** The archive, root-relative: every predecessor here is a folder of the same output. */
  href: string;
  code: string | undefined;
  /** "01/07/2025" */
  since: string;
  basis: string;
}

export interface PredecessorsPage {
  /** "Xã Sông Hinh được thành lập từ ngày 01/07/2025 theo …", when `formed` is set. */
  formed: string | undefined;
  rows: PredecessorRow[];
}

export function predecessorsPage(commune: Commune, units: ReadonlyMap<string, Unit>): PredecessorsPage {
  const { formed } = commune.site;
  return {
    formed: formed
      ? `${commune.site.name} được thành lập từ ngày ${formatDay(formed.date.day)} theo ${formed.basis}.`
      : undefined,
    rows: predecessorsOf(commune.slug, units.values()).map((u) => ({
      name: u.name,
      href: communeHref(u.slug),
      code: u.code,
      since: formatDay(u.dissolved!.date.day),
      basis: u.dissolved!.basis,
    })),
  };
}

/** `/<c>/don-vi-cu/` for the communes that have predecessors in the content folder. */
export const predecessorRoutes = (communes: readonly Commune[], units: ReadonlyMap<string, Unit>) =>
  communes
    .filter((commune) => predecessorsOf(commune.slug, units.values()).length > 0)
    .map((commune) => ({ params: { commune: commune.slug }, props: { commune } }));

export const PREDECESSORS_PATH = 'don-vi-cu';

/**
 * The predecessors' search indexes, for the successor's search page (`/<c>/tim-kiem/`), where
 * a box adds them to the search (off by default: a citizen looks for today's unit first).
 * Every predecessor is a folder of the same output, so its index is at `../../<slug>/`.
 */
export const archiveSearchSources = (
  commune: Commune,
  units: ReadonlyMap<string, Unit>,
): { root: string; name: string }[] =>
  predecessorsOf(commune.slug, units.values()).map((u) => ({ root: `../../${u.slug}/`, name: u.name }));
