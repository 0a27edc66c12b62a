/**
 * The district's oversight report: for every commune, is its site complete, current and paid
 * for? Pure: loaded content in, plain data out; the writers only format it.
 * @see Công văn 79/UBND ngày 18/01/2022, point 3: the culture office follows up on every commune
 */
import type { LoadedContent } from '../content/load-content.ts';
import { isPublished } from '../content/to-item.ts';
import type { Period } from '../royalty/period.ts';
import { vnDay } from '../vn-date.ts';
import { actions } from './actions.ts';
import { activity, type Activity } from './activity.ts';
import { completeness, MAX_SCORE, type CheckResult } from './completeness.ts';
import { currency, type Currency } from './currency.ts';
import { rank } from './ranking.ts';
import { REQUIREMENTS, type RequirementGroup } from './requirements.ts';
import { addMoney, communeRoyalties, royaltyPeriods, ZERO, type CommuneRoyalties, type Money, type PeriodRoyalties } from './royalties.ts';
import { reportWindow } from './window.ts';

export interface DistrictReportOptions {
  /** The clock: what is published, late or due is decided at this instant. */
  now: Date;
  /** The period of the activity and royalty figures (a year, a quarter or a month). */
  period: Period;
  /** Public holidays, `YYYY-MM-DD`, skipped by working-day counts. */
  holidays: ReadonlySet<string>;
}

export interface CommuneReport {
  rank: number;
  slug: string;
  name: string;
  score: number;
  checks: CheckResult[];
  currency: Currency;
  activity: Activity;
  royalties: CommuneRoyalties;
  actions: string[];
  /** Errors `npm run check` finds in the commune's content. */
  contentErrors: number;
}

export interface DistrictReport {
  now: string;
  today: string;
  period: { label: string; from: string; to: string };
  /** The days the activity and late-document figures cover: the period, cut at today. */
  window: { from: string; to: string };
  maxScore: number;
  requirements: { id: string; group: RequirementGroup; label: string; points: number; basis: string }[];
  /** Ranked, best first. */
  communes: CommuneReport[];
  /** Commune folders whose site.yaml could not be read: no figures at all. */
  unreadable: string[];
  royaltyPeriods: string[];
  district: { royalties: PeriodRoyalties[]; royaltyTotals: Money; items: number };
}

export function buildDistrictReport(content: LoadedContent, options: DistrictReportOptions): DistrictReport {
  const { now, period, holidays } = options;
  const window = reportWindow(period, vnDay(now));
  const periods = royaltyPeriods(period, window.today);
  const errorsBySlug = new Map<string, number>();
  for (const p of content.problems) {
    if (p.severity !== 'error') continue;
    const slug = p.file.split('/')[0]!;
    errorsBySlug.set(slug, (errorsBySlug.get(slug) ?? 0) + 1);
  }
  const rows = content.communes.map((commune) => {
    const published = commune.items.filter((item) => isPublished(item, now));
    const complete = completeness(commune, now);
    const current = currency(published, now, window, holidays);
    const royalties: CommuneRoyalties = communeRoyalties(commune, content.shared, periods, now);
    const contentErrors = errorsBySlug.get(commune.slug) ?? 0;
    return {
      slug: commune.slug,
      name: commune.site.name,
      score: complete.score,
      daysSinceLatest: current.daysSinceLatest,
      checks: complete.checks,
      currency: current,
      activity: activity(commune, published, window),
      royalties,
      actions: actions({ completeness: complete, currency: current, royalties, contentErrors }),
      contentErrors,
    };
  });
  const communes = rank(rows).map(({ daysSinceLatest: _, ...row }) => row);
  const read = new Set(content.communes.map((commune) => commune.slug));
  const districtPeriods = periods.map((p) => ({
    period: p.label,
    ...communes.reduce<Money>((sum, c) => addMoney(sum, c.royalties.periods.find((r) => r.period === p.label) ?? ZERO), ZERO),
  }));
  return {
    now: now.toISOString(),
    today: window.today,
    period: { label: period.label, from: period.from, to: period.to },
    window: { from: window.from, to: window.to },
    maxScore: MAX_SCORE,
    requirements: REQUIREMENTS.map(({ id, group, label, points, basis }) => ({ id, group, label, points, basis })),
    communes,
    unreadable: [...content.invalidCommunes].filter((slug) => !read.has(slug)).toSorted(),
    royaltyPeriods: periods.map((p) => p.label),
    district: {
      royalties: districtPeriods,
      royaltyTotals: districtPeriods.reduce<Money>((sum, p) => addMoney(sum, p), ZERO),
      items: communes.reduce((sum, c) => sum + c.activity.items, 0),
    },
  };
}
