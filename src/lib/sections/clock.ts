import { vnDay, type VnDate } from '../vn-date.ts';

/**
 * Statuses that depend on the build's clock (`--now` or the build time), compared by calendar
 * day in Vietnam time: a date in the content means that whole day (content-format.md). Each
 * takes the dates it reads from an item's data.
 */
export type DocumentStatus = 'in-force' | 'expired' | 'not-yet-effective';

/** A document is expired after its `expires` day, and not yet in force before its `effective` day. */
export function documentStatus(
  document: { effective?: VnDate | undefined; expires?: VnDate | undefined },
  now: Date,
): DocumentStatus {
  const today = vnDay(now);
  if (document.expires !== undefined && document.expires.day < today) return 'expired';
  if (document.effective !== undefined && document.effective.day > today) return 'not-yet-effective';
  return 'in-force';
}

/** A notice has ended after its `endDate` day; one without an end date never ends. */
export function noticeEnded(notice: { endDate?: VnDate | undefined }, now: Date): boolean {
  return notice.endDate !== undefined && notice.endDate.day < vnDay(now);
}

export type ConsultationStatus = 'upcoming' | 'open' | 'closed';

/** Open from the `opens` day through the whole `closes` day. */
export function consultationStatus(
  consultation: { opens: VnDate; closes: VnDate },
  now: Date,
): ConsultationStatus {
  const today = vnDay(now);
  if (today < consultation.opens.day) return 'upcoming';
  return today > consultation.closes.day ? 'closed' : 'open';
}

/** Whether the `site.yaml` banner shows at this clock: from its `from` day through its `until` day. */
export function bannerShown(
  banner: { from?: VnDate | undefined; until?: VnDate | undefined } | undefined,
  now: Date,
): boolean {
  if (banner === undefined) return false;
  const today = vnDay(now);
  return (
    (banner.from === undefined || banner.from.day <= today) &&
    (banner.until === undefined || banner.until.day >= today)
  );
}
