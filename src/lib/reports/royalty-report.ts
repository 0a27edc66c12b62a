/**
 * One commune's payment list for one period, from loaded content to its files.
 * Pure: the command reads the files and writes the result.
 */
import type { Commune, Person, SharedData } from '../content/types.ts';
import type { Problem } from '../problems.ts';
import { calculateRoyalties } from '../royalty/calculate.ts';
import { boardTerms, membersOn, termStart } from '../royalty/in-force.ts';
import { lastCountedDay, publishedInPeriod, royaltyInput } from '../royalty/input.ts';
import type { PayeeDetails } from '../royalty/payees.ts';
import type { Period } from '../royalty/period.ts';
import type { RoyaltyReport } from '../royalty/report.ts';
import { staffIncome } from '../royalty/staff-income.ts';
import { summarize } from '../royalty/summary.ts';
import { validateRoyalties } from '../royalty/validate.ts';
import { vnDay } from '../vn-date.ts';
import type { OutputFile } from './write-atomic.ts';
import { renderCsv, renderStaffCsv } from './write-csv.ts';
import { renderHtml } from './write-html.ts';
import { renderJson, renderSummaryJson } from './write-json.ts';
import { renderXlsx } from './write-xlsx.ts';
import type { ReportDocument, Signer } from './report-document.ts';

export type PreparedReport =
  | { kind: 'report'; doc: ReportDocument; problems: Problem[] }
  /** The commune names no royalty scheme (the cross-check says so when it has royalty items). */
  | { kind: 'no-scheme' }
  | { kind: 'invalid'; problems: Problem[] };

export interface ReportOptions {
  period: Period;
  now: Date;
  /** The payment day; default the clock's day. */
  paidOn?: string | undefined;
  /** The commune's last day, when it has ceased to exist. */
  lastDay?: string | undefined;
  payeeDetails: ReadonlyMap<string, PayeeDetails>;
}

export function prepareReport(commune: Commune, shared: SharedData, options: ReportOptions): PreparedReport {
  if (commune.site.royaltyScheme === undefined) return { kind: 'no-scheme' };
  const { period, now } = options;
  const published = publishedInPeriod(commune.items, period, now);
  const input = royaltyInput(commune, shared, period, now, { paidOn: options.paidOn, lastDay: options.lastDay, published });
  const problems = validateRoyalties(input);
  if (problems.some((p) => p.severity === 'error')) return { kind: 'invalid', problems };
  const { report, schemes, baseSalaries, taxRule } = calculateRoyalties(input);
  // A list with no line used no scheme: it still names the one in force, for its legal basis.
  const used = schemes.length ? schemes : [...shared.schemes.values()].filter((scheme) => scheme.id === report.scheme);
  const people = new Map(commune.people.map((person) => [person.id, person]));
  const lastDay = lastCountedDay(input);
  const boards = boardTerms(commune.board).filter((term) => termStart(term) <= lastDay && (term.until === undefined || term.until >= period.from));
  const head = membersOn(commune.board, lastDay).find((member) => member.role === 'truong-ban');
  const signed = signers(commune, report, people, head ? people.get(head.person)?.name : undefined);
  report.warnings.push(...signed.warnings);
  const doc: ReportDocument = {
    report,
    summary: summarize(report, published, used),
    staff: staffIncome(report, people),
    period,
    site: commune.site,
    schemes: used,
    baseSalaries,
    taxRule,
    boards,
    signers: signed.blocks,
    people,
    payeeDetails: options.payeeDetails,
    madeOn: vnDay(now),
  };
  return { kind: 'report', doc, problems };
}

/**
 * The signature blocks. The head of the board signs only when someone other than the head of
 * the unit: one person does not sign the same list twice. A head of the unit who is also paid
 * on the list is a warning: the payment is then approved by a deputy, by delegation.
 */
function signers(commune: Commune, report: RoyaltyReport, people: ReadonlyMap<string, Person>, boardHead: string | undefined): { blocks: Signer[]; warnings: string[] } {
  const unitHead = commune.site.responsible;
  const blocks: Signer[] = [{ title: 'Người lập biểu', name: '' }, { title: 'Kế toán', name: '' }];
  if (boardHead !== undefined && boardHead !== unitHead.name) blocks.push({ title: 'Trưởng Ban biên tập', name: boardHead });
  blocks.push({ title: 'Thủ trưởng đơn vị', ...(unitHead.title ? { position: unitHead.title } : {}), name: unitHead.name });
  const paid = report.payees.some((payee) => people.get(payee.person)?.name === unitHead.name);
  const warnings = paid
    ? [`${unitHead.name} (Thủ trưởng đơn vị) cũng có tên trong danh sách nhận tiền: khoản chi của chính mình do cấp phó được ủy quyền ký duyệt.`]
    : [];
  return { blocks, warnings };
}


/** `<outDir>/<commune>/nhuan-but-<period>` without extension. */
export const reportBase = (doc: Pick<ReportDocument, 'report' | 'period'>, outDir: string): string =>
  `${outDir}/${doc.report.commune}/nhuan-but-${doc.period.label}`;

/**
 * The files of one report under `<outDir>/<commune>/`. The workbook is made first: its sheets
 * here, then its zip on libuv's threads, which compress it while this thread makes the other
 * files, a line at a time, as `writeFilesAtomically` writes them.
 */
export function reportFiles(doc: ReportDocument, outDir: string, json: Iterable<string> = renderJson(doc.report)): (OutputFile | Promise<OutputFile>)[] {
  const base = reportBase(doc, outDir);
  const workbook = renderXlsx(doc).then((data) => ({ path: `${base}.xlsx`, data }));
  return [
    { path: `${base}.json`, data: json },
    { path: `${base}.csv`, data: renderCsv(doc) },
    workbook,
    { path: `${base}.html`, data: renderHtml(doc) },
    { path: `${outDir}/${doc.report.commune}/tong-hop-${doc.period.label}.json`, data: renderSummaryJson(doc.report, doc.summary) },
    { path: `${outDir}/${doc.report.commune}/thu-nhap-can-bo-${doc.period.label}.csv`, data: renderStaffCsv(doc) },
  ];
}
