import type { z } from 'astro/zod';
import { vi } from '../../i18n/vi.ts';
import { formatDay } from '../format-date.ts';
import type { calendarSchema } from '../schemas/calendar.ts';
import type { consultationSchema } from '../schemas/consultation.ts';
import type { disclosureSchema } from '../schemas/disclosure.ts';
import type { documentSchema } from '../schemas/document.ts';
import type { noticeSchema } from '../schemas/notice.ts';
import type { procedureSchema } from '../schemas/procedure.ts';
import type { VnDate } from '../vn-date.ts';
import { consultationStatus, noticeEnded } from './clock.ts';
import { isoWeek } from './iso-week.ts';

/**
 * The metadata `<dl>` of an item page, per section, in the order a reader checks it. Optional
 * fields the editor left out are not listed. The registry (registry.ts) names each section's.
 */
export interface Field {
  label: string;
  text?: string;
  date?: VnDate;
  list?: string[];
  href?: string;
  /** A document number: shown unbroken, never split at its hyphen ("98/BC-" / "UBND"). */
  noBreak?: true;
}

type Maybe = Field | undefined | false;
const text = (label: string, value: string | undefined): Maybe =>
  value !== undefined && { label, text: value };
const date = (label: string, value: VnDate | undefined): Maybe =>
  value !== undefined && { label, date: value };
const present = (fields: Maybe[]): Field[] => fields.filter((f): f is Field => Boolean(f));

export const documentTypeLabel = (type: string): string =>
  vi.documentTypes[type as keyof typeof vi.documentTypes] ?? type;

export function documentFields(d: z.output<typeof documentSchema>): Field[] {
  const t = vi.documents;
  return present([
    { label: t.number, text: d.number, noBreak: true },
    { label: t.type, text: documentTypeLabel(d.type) },
    { label: t.issuer, text: d.issuer },
    date(t.issued, d.issued),
    date(t.effective, d.effective),
    date(t.expires, d.expires),
    text(t.signer, d.signer),
    text(t.field, d.field),
  ]);
}

export const noticeFields = (d: z.output<typeof noticeSchema>, now: Date): Field[] =>
  present([
    date(vi.notices.endDate, d.endDate),
    noticeEnded(d, now) && { label: vi.consultations.status, text: vi.notices.ended },
  ]);

export function procedureFields(d: z.output<typeof procedureSchema>): Field[] {
  const t = vi.procedures;
  return present([
    text(t.code, d.code),
    text(t.field, d.field),
    text(t.processingTime, d.processingTime),
    text(t.fee, d.fee),
    d.papers.length > 0 && { label: t.papers, list: d.papers },
    text(t.submitAt, d.submitAt),
    d.portalUrl !== undefined && { label: t.portalHome, text: t.portal, href: d.portalUrl },
  ]);
}

export function calendarFields(d: z.output<typeof calendarSchema>): Field[] {
  // The schema has checked the week.
  const week = isoWeek(d.week)!;
  return [
    {
      label: vi.calendar.week,
      text: `${week.week}/${week.year} (${vi.calendar.from} ${formatDay(week.start)} ${vi.calendar.to} ${formatDay(week.end)})`,
    },
  ];
}

export function consultationFields(d: z.output<typeof consultationSchema>, now: Date): Field[] {
  const t = vi.consultations;
  return present([
    { label: t.status, text: t[consultationStatus(d, now)] },
    date(t.opens, d.opens),
    date(t.closes, d.closes),
    text(t.sendTo, d.sendTo),
    text(t.result, d.result),
  ]);
}

export const disclosureFields = (d: z.output<typeof disclosureSchema>): Field[] => [
  { label: vi.disclosures.year, text: String(d.year) },
  { label: vi.disclosures.kind, text: vi.disclosureKinds[d.kind] },
  ...(d.period !== undefined ? [{ label: vi.disclosures.period, text: vi.budgetPeriods[d.period] }] : []),
];
