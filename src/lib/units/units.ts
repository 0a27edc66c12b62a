/**
 * The administrative units of a deployment as the pages need them to link to each other: every
 * commune folder's name, kind, code and lifecycle (merged into whom, formed when). Plain data
 * from every `site.yaml`, whichever communes a build renders: an archive names its successor and
 * a successor lists its predecessors even when they are built in another batch.
 */
import type { Site, UnitKind } from '../content/types.ts';
import { communeHref } from '../urls.ts';

export interface Unit {
  slug: string;
  name: string;
  kind: UnitKind;
  code?: string | undefined;
  parents: string[];
  dissolved?: Site['dissolved'];
  formed?: Site['formed'];
}

export const unitOf = (slug: string, site: Site): Unit => ({
  slug,
  name: site.name,
  kind: site.kind ?? 'xa',
  code: site.code,
  parents: site.parents,
  dissolved: site.dissolved,
  formed: site.formed,
});

/** The successor of a dissolved unit: its name and where its site is. */
export interface Successor {
  name: string;
  /** Root-relative (`/song-hinh/`, made relative by the build) when in the same output; else `intoUrl`. */
  href?: string | undefined;
}

export function successorOf(site: Site, units: ReadonlyMap<string, Unit>): Successor | undefined {
  const dissolved = site.dissolved;
  if (!dissolved) return undefined;
  const unit = units.get(dissolved.into);
  if (unit) return { name: unit.name, href: communeHref(unit.slug) };
  return { name: dissolved.intoName ?? dissolved.into, href: dissolved.intoUrl };
}

/** The units dissolved into `slug`, by dissolution day then name. */
export const predecessorsOf = (slug: string, units: Iterable<Unit>): Unit[] =>
  [...units]
    .filter((u) => u.dissolved?.into === slug)
    .toSorted(
      (a, b) =>
        a.dissolved!.date.day.localeCompare(b.dissolved!.date.day) || a.name.localeCompare(b.name, 'vi'),
    );

/** Archived on `day` (`YYYY-MM-DD`): dissolved on or before it. */
export const isArchived = (site: Pick<Site, 'dissolved'>, day: string): boolean =>
  site.dissolved !== undefined && site.dissolved.date.day <= day;
