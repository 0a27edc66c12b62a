import { vi } from '../../i18n/vi.ts';
import type { Item, Section, VnDate } from '../content/types.ts';
import { formatDay } from '../format-date.ts';
import { consultationStatus, noticeEnded } from './clock.ts';
import { isoWeek } from './iso-week.ts';

/**
 * The metadata `<dl>` of an item page, per section, in the order a reader checks it. Optional
 * fields the editor left out are not listed.
 */
export interface Field {
  label: string;
  text?: string;
  date?: VnDate;
  list?: string[];
  href?: string;
}

type Maybe = Field | undefined | false;
const text = (label: string, value: unknown): Maybe => typeof value === 'string' && { label, text: value };
const date = (label: string, value: unknown): Maybe => value !== undefined && { label, date: value as VnDate };

const FIELDS: Partial<Record<Section, (item: Item, now: Date) => Maybe[]>> = {
  'thong-bao': (item, now) => [
    date(vi.notices.endDate, item.data['endDate']),
    noticeEnded(item, now) && { label: vi.consultations.status, text: vi.notices.ended },
  ],
  'thu-tuc': (item) => {
    const t = vi.procedures;
    const papers = item.data['papers'] as string[] | undefined;
    return [
      text(t.code, item.data['code']),
      text(t.field, item.data['field']),
      text(t.processingTime, item.data['processingTime']),
      text(t.fee, item.data['fee']),
      papers !== undefined && papers.length > 0 && { label: t.papers, list: papers },
      text(t.submitAt, item.data['submitAt']),
      typeof item.data['portalUrl'] === 'string' && { label: t.portalHome, text: t.portal, href: item.data['portalUrl'] },
    ];
  },
  'lich-cong-tac': (item) => {
    const week = isoWeek(String(item.data['week']))!;
    return [{ label: vi.calendar.week, text: `${week.week}/${week.year} (${vi.calendar.from} ${formatDay(week.start)} ${vi.calendar.to} ${formatDay(week.end)})` }];
  },
  'lay-y-kien': (item, now) => {
    const t = vi.consultations;
    return [
      { label: t.status, text: t[consultationStatus(item, now)] },
      date(t.opens, item.data['opens']),
      date(t.closes, item.data['closes']),
      text(t.sendTo, item.data['sendTo']),
      text(t.result, item.data['result']),
    ];
  },
  'cong-khai': (item) => [
    { label: vi.disclosures.year, text: String(item.data['year']) },
    { label: vi.disclosures.kind, text: vi.disclosureKinds[item.data['kind'] as keyof typeof vi.disclosureKinds] },
    typeof item.data['period'] === 'string' && { label: vi.disclosures.period, text: vi.budgetPeriods[item.data['period'] as keyof typeof vi.budgetPeriods] },
  ],
};

export function sectionFields(item: Item, now: Date): Field[] {
  return (FIELDS[item.section]?.(item, now) ?? []).filter((f): f is Field => Boolean(f));
}
