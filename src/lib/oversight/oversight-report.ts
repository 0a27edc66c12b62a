/**
 * The oversight report of the supervising body (a Sở of the province since 2025, a district
 * office before): for every commune, is its site complete, current and paid for? Requirements
 * are those of the decree in force on the report's day. Units dissolved by that day are archives:
 * listed apart, never ranked. Pure: loaded content in, plain data out; the writers only format it.
 * @see Nghị định 224/2026/NĐ-CP, Điều 12 khoản 3 (the province monitors what its units publish)
 * @see Công văn 79/UBND ngày 18/01/2022, point 3: the district culture office followed up before 2025
 */
import type { LoadedContent } from '../content/load-content.ts';
import type { Commune } from '../content/types.ts';
import { isPublished } from '../content/to-item.ts';
import type { Period } from '../royalty/period.ts';
import { vnDay } from '../vn-date.ts';
import { actions } from './actions.ts';
import { activity, type Activity } from './activity.ts';
import { completeness, maxScore, type CheckResult } from './completeness.ts';
import { currency, type Currency } from './currency.ts';
import { rank } from './ranking.ts';
import type { Oversight } from '../schemas/oversight.ts';
import type { Decree } from './decrees.ts';
import { requirementsInForce, type RequirementGroup } from './requirements.ts';
import {
  addMoney,
  communeRoyalties,
  royaltyPeriods,
  ZERO,
  type CommuneRoyalties,
  type Money,
  type PeriodRoyalties,
} from './royalties.ts';
import { reportWindow } from './window.ts';

export interface OversightReportOptions {
  /** The clock: what is published, late or due is decided at this instant. */
  now: Date;
  /** The period of the activity and royalty figures (a year, a quarter or a month). */
  period: Period;
  /** Public holidays, `YYYY-MM-DD`, skipped by working-day counts. */
  holidays: ReadonlySet<string>;
  /** The body issuing the report (`_shared/oversight.yaml`); absent: a neutral heading. */
  oversight?: Oversight | undefined;
  /** The number the registry gives the report, printed before `numberPrefix`; absent: left blank to fill in by hand. */
  number?: string | undefined;
}

/** A unit dissolved on or before the report's day: its archive, listed apart from the ranking. */
export interface ArchivedUnit {
  slug: string;
  name: string;
  /** First day it no longer existed. */
  dissolvedOn: string;
  /** The successor's name. */
  into: string;
  basis: string;
  latestDay: string | undefined;
  /** Published items dated in the report's window (before the dissolution, by the rules of check). */
  items: number;
  royalties: CommuneRoyalties;
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

export interface OversightReport {
  oversight: Oversight | undefined;
  number: string | undefined;
  /** The decree in force on `today`, whose requirements the report applies. */
  decree: Decree;
  now: string;
  today: string;
  period: { label: string; from: string; to: string };
  /** The days the activity and late-document figures cover: the period, cut at today. */
  window: { from: string; to: string };
  /** A score is out of 100 (completeness.ts). */
  maxScore: number;
  /** The points of all the requirements in force, which the score is a share of. */
  totalPoints: number;
  requirements: { id: string; group: RequirementGroup; label: string; points: number; basis: string }[];
  /** Units in existence on the report's day, ranked, best first. */
  communes: CommuneReport[];
  /** Units dissolved by the report's day, by dissolution day then name. */
  archived: ArchivedUnit[];
  /** Commune folders whose site.yaml could not be read: no figures at all. */
  unreadable: string[];
  royaltyPeriods: string[];
  total: { royalties: PeriodRoyalties[]; royaltyTotals: Money; items: number };
}

export function buildOversightReport(
  content: LoadedContent,
  options: OversightReportOptions,
): OversightReport {
  const { now, period, holidays } = options;
  const window = reportWindow(period, vnDay(now));
  const { decree, requirements } = requirementsInForce(window.today);
  const names = new Map(content.communes.map((c) => [c.slug, c.site.name]));
  const isArchived = (c: Commune) =>
    c.site.dissolved !== undefined && c.site.dissolved.date.day <= window.today;
  const periods = royaltyPeriods(period, window.today);
  const errorsBySlug = new Map<string, number>();
  for (const p of content.problems) {
    if (p.severity !== 'error') continue;
    const slug = p.file.split('/')[0]!;
    errorsBySlug.set(slug, (errorsBySlug.get(slug) ?? 0) + 1);
  }
  const archived = content.communes
    .filter(isArchived)
    .map((commune): ArchivedUnit => {
      const published = commune.items.filter((item) => isPublished(item, now));
      const dissolved = commune.site.dissolved!;
      return {
        slug: commune.slug,
        name: commune.site.name,
        dissolvedOn: dissolved.date.day,
        into: dissolved.intoName ?? names.get(dissolved.into) ?? dissolved.into,
        basis: dissolved.basis,
        latestDay: published.reduce<string | undefined>(
          (best, item) => (item.date && (!best || item.date.day > best) ? item.date.day : best),
          undefined,
        ),
        items: activity(commune, published, window).items,
        royalties: communeRoyalties(commune, content.shared, periods, now),
      };
    })
    .toSorted((a, b) => a.dissolvedOn.localeCompare(b.dissolvedOn) || a.name.localeCompare(b.name, 'vi'));
  const rows = content.communes
    .filter((c) => !isArchived(c))
    .map((commune) => {
      const published = commune.items.filter((item) => isPublished(item, now));
      const complete = completeness(commune, now, requirements);
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
  const totalPeriods = periods.map((p) => ({
    period: p.label,
    ...[...communes, ...archived].reduce<Money>(
      (sum, c) => addMoney(sum, c.royalties.periods.find((r) => r.period === p.label) ?? ZERO),
      ZERO,
    ),
  }));
  return {
    oversight: options.oversight,
    number: options.number,
    decree,
    now: now.toISOString(),
    today: window.today,
    period: { label: period.label, from: period.from, to: period.to },
    window: { from: window.from, to: window.to },
    maxScore: 100,
    totalPoints: maxScore(requirements),
    requirements: requirements.map(({ id, group, label, points, basis }) => ({
      id,
      group,
      label,
      points,
      basis,
    })),
    communes,
    archived,
    unreadable: [...content.invalidCommunes].filter((slug) => !read.has(slug)).toSorted(),
    royaltyPeriods: periods.map((p) => p.label),
    total: {
      royalties: totalPeriods,
      royaltyTotals: totalPeriods.reduce<Money>((sum, p) => addMoney(sum, p), ZERO),
      items: communes.reduce((sum, c) => sum + c.activity.items, 0),
    },
  };
}
