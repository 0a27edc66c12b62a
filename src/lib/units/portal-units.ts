/**
 * The portal page's lists: the units in existence, grouped by kind (xã, phường, thị trấn, đặc
 * khu), and, apart, the archives of merged units with their successor.
 */
import { vi } from '../../i18n/vi.ts';
import type { Site } from '../content/types.ts';
import { formatDay } from '../format-date.ts';
import { communeHref } from '../urls.ts';
import { inSentence, KINDS } from './kinds.ts';
import { isArchived, successorOf, type Successor, type Unit } from './units.ts';

export interface PortalUnit {
  name: string;
  href: string;
  /** Parent units as written, then the unit's code: "Tỉnh Đắk Lắk; mã 22207". */
  note: string;
}

export interface PortalArchive {
  name: string;
  /** Its parent units as they were ("Huyện Sông Hinh, Tỉnh Phú Yên"): tells apart two units of one name. */
  note: string;
  href: string;
  successor: Successor;
  since: string;
}

export interface PortalUnits {
  groups: { heading: string; id: string; units: PortalUnit[] }[];
  archives: PortalArchive[];
}

/** `listed`: the communes the portal lists (built into the output); `day`: the build's day. */
export function portalUnits(
  listed: readonly { slug: string; site: Site }[],
  units: ReadonlyMap<string, Unit>,
  day: string,
): PortalUnits {
  const byName = (a: { site: Site }, b: { site: Site }) => a.site.name.localeCompare(b.site.name, 'vi');
  const current = listed.filter((c) => !isArchived(c.site, day)).toSorted(byName);
  const groups = KINDS.map(({ kind, plural }) => ({
    heading: plural,
    id: `don-vi-${kind}`,
    units: current
      .filter((c) => (c.site.kind ?? 'xa') === kind)
      .map((c) => ({ name: c.site.name, href: communeHref(c.slug), note: noteOf(c.site) })),
  })).filter((g) => g.units.length > 0);
  const archives = listed
    .filter((c) => isArchived(c.site, day))
    .toSorted(byName)
    .map((c) => ({
      name: c.site.name,
      note: c.site.parents.join(', '),
      href: communeHref(c.slug),
      successor: inSentenceSuccessor(successorOf(c.site, units)!),
      since: formatDay(c.site.dissolved!.date.day),
    }));
  return { groups, archives };
}

const inSentenceSuccessor = (s: Successor): Successor => ({ ...s, name: inSentence(s.name) });

const noteOf = (site: Site): string =>
  [site.parents.join(', '), site.code ? `${vi.units.code} ${site.code}` : ''].filter(Boolean).join('; ');
