import type { Item, VnDate } from '../content/types.ts';
import { vnDay } from '../vn-date.ts';

/**
 * Statuses that depend on the build's clock (`--now` or the build time), compared by calendar
 * day in Vietnam time: a date in the content means that whole day (content-format.md).
 */
const dayOf = (value: unknown): string | undefined => (value as VnDate | undefined)?.day;

export type DocumentStatus = 'in-force' | 'expired' | 'not-yet-effective';

/** A document is expired after its `expires` day, and not yet in force before its `effective` day. */
export function documentStatus(item: Item, now: Date): DocumentStatus {
  const today = vnDay(now);
  const expires = dayOf(item.data['expires']);
  const effective = dayOf(item.data['effective']);
  if (expires !== undefined && expires < today) return 'expired';
  if (effective !== undefined && effective > today) return 'not-yet-effective';
  return 'in-force';
}

/** A notice has ended after its `endDate` day; one without an end date never ends. */
export function noticeEnded(item: Item, now: Date): boolean {
  const end = dayOf(item.data['endDate']);
  return end !== undefined && end < vnDay(now);
}

export type ConsultationStatus = 'upcoming' | 'open' | 'closed';

/** Open from the `opens` day through the whole `closes` day. */
export function consultationStatus(item: Item, now: Date): ConsultationStatus {
  const today = vnDay(now);
  if (today < (dayOf(item.data['opens']) ?? today)) return 'upcoming';
  return today > (dayOf(item.data['closes']) ?? today) ? 'closed' : 'open';
}

/** Whether the `site.yaml` banner shows at this clock: from its `from` day through its `until` day. */
export function bannerShown(banner: { from?: VnDate; until?: VnDate } | undefined, now: Date): boolean {
  if (banner === undefined) return false;
  const today = vnDay(now);
  return (banner.from === undefined || banner.from.day <= today) && (banner.until === undefined || banner.until.day >= today);
}
