/**
 * One commune's payment list for one period, from loaded content to the four files.
 * Pure: the command reads the files and writes the result.
 */
import type { Commune, SharedData } from '../content/types.ts';
import type { Problem } from '../problems.ts';
import { calculateRoyalties } from '../royalty/calculate.ts';
import { publishedInPeriod, royaltyInput } from '../royalty/input.ts';
import type { PayeeDetails } from '../royalty/payees.ts';
import type { Period } from '../royalty/period.ts';
import { summarize } from '../royalty/summary.ts';
import { validateRoyalties } from '../royalty/validate.ts';
import { vnDay } from '../vn-date.ts';
import type { OutputFile } from './write-atomic.ts';
import { renderCsv } from './write-csv.ts';
import { renderHtml } from './write-html.ts';
import { renderJson, renderSummaryJson } from './write-json.ts';
import { renderXlsx } from './write-xlsx.ts';
import type { ReportDocument } from './report-document.ts';

export type PreparedReport =
  | { kind: 'report'; doc: ReportDocument; problems: Problem[] }
  | { kind: 'no-scheme' }
  | { kind: 'invalid'; problems: Problem[] };

export function prepareReport(
  commune: Commune,
  shared: SharedData,
  period: Period,
  now: Date,
  payeeDetails: ReadonlyMap<string, PayeeDetails>,
): PreparedReport {
  const published = publishedInPeriod(commune.items, period, now);
  const input = royaltyInput(commune, shared, period, now, published);
  const problems = validateRoyalties(input);
  if (problems.some((p) => p.severity === 'error')) return { kind: 'invalid', problems };
  const scheme = input.scheme;
  if (!scheme) return { kind: 'no-scheme' };
  const { report, baseSalaries, taxRule } = calculateRoyalties(input);
  const head = commune.board?.members.find((member) => member.role === 'truong-ban');
  const people = new Map(commune.people.map((person) => [person.id, person]));
  const doc: ReportDocument = {
    report,
    summary: summarize(report, published, scheme),
    period,
    site: commune.site,
    scheme,
    baseSalaries,
    taxRule,
    boardHead: head ? people.get(head.person)?.name : undefined,
    people,
    payeeDetails,
    madeOn: vnDay(now),
  };
  return { kind: 'report', doc, problems };
}

/**
 * The files of one report under `<outDir>/<commune>/`. The workbook is made first: its sheets
 * here, then its zip on libuv's threads, which compress it while this thread makes the other
 * files, a line at a time, as `writeFilesAtomically` writes them.
 */
export function reportFiles(doc: ReportDocument, outDir: string): (OutputFile | Promise<OutputFile>)[] {
  const base = `${outDir}/${doc.report.commune}/nhuan-but-${doc.period.label}`;
  const workbook = renderXlsx(doc).then((data) => ({ path: `${base}.xlsx`, data }));
  return [
    { path: `${base}.json`, data: renderJson(doc.report) },
    { path: `${base}.csv`, data: renderCsv(doc) },
    workbook,
    { path: `${base}.html`, data: renderHtml(doc) },
    { path: `${outDir}/${doc.report.commune}/tong-hop-${doc.period.label}.json`, data: renderSummaryJson(doc.report, doc.summary) },
  ];
}
