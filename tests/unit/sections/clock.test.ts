import { describe, expect, test } from 'vitest';
import {
  bannerShown,
  consultationStatus,
  documentStatus,
  noticeEnded,
} from '../../../src/lib/sections/clock.ts';
import { parseVnDate, type VnDate } from '../../../src/lib/vn-date.ts';

const d = (day: string) => parseVnDate(day)!;
/** An item's dates, written as days. */
const dates = (data: Record<string, string>) =>
  Object.fromEntries(Object.entries(data).map(([k, v]) => [k, d(v)])) as {
    effective?: VnDate;
    expires?: VnDate;
    endDate?: VnDate;
    opens: VnDate;
    closes: VnDate;
  };
// 23:30 on 26/11 in Vietnam is still 26/11 there, though it is 16:30 UTC.
const now = new Date('2026-11-26T23:30:00+07:00');

describe('statuses from the clock, by calendar day in Vietnam', () => {
  test.each([
    [{}, 'in-force'],
    [{ expires: '2026-11-26' }, 'in-force'],
    [{ expires: '2026-11-25' }, 'expired'],
    [{ effective: '2026-11-27' }, 'not-yet-effective'],
    [{ effective: '2026-11-26', expires: '2027-01-01' }, 'in-force'],
  ])('a document with %o is %s', (data, status) => {
    expect(documentStatus(dates(data), now)).toBe(status);
  });

  test.each([
    [{}, false],
    [{ endDate: '2026-11-26' }, false],
    [{ endDate: '2026-11-25' }, true],
  ])('a notice with %o has ended: %s', (data, ended) => {
    expect(noticeEnded(dates(data), now)).toBe(ended);
  });

  test.each([
    [{ opens: '2026-11-27', closes: '2026-12-10' }, 'upcoming'],
    [{ opens: '2026-11-26', closes: '2026-12-10' }, 'open'],
    [{ opens: '2026-11-01', closes: '2026-11-26' }, 'open'],
    [{ opens: '2026-11-01', closes: '2026-11-25' }, 'closed'],
  ])('a consultation %o is %s', (data, status) => {
    expect(consultationStatus(dates(data), now)).toBe(status);
  });

  test.each([
    [undefined, false],
    [{}, true],
    [{ from: d('2026-11-27') }, false],
    [{ from: d('2026-11-20'), until: d('2026-11-26') }, true],
    [{ until: d('2026-11-25') }, false],
  ])('a banner %o is shown: %s', (banner, shown) => {
    expect(bannerShown(banner, now)).toBe(shown);
  });
});
