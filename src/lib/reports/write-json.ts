/**
 * `nhuan-but-<period>.json`: the report exactly as the contract shapes it. Deterministic:
 * the same content and clock give the same bytes.
 * @see content-format.md "Machine-readable output"
 */
import type { RoyaltyReport } from '../royalty/report.ts';
import type { RoyaltySummary } from '../royalty/summary.ts';

export const renderJson = (report: RoyaltyReport): string => `${JSON.stringify(report, null, 2)}\n`;

/** `tong-hop-<period>.json`: the author summary and the counts, for the board's yearly report. */
export const renderSummaryJson = (report: RoyaltyReport, summary: RoyaltySummary): string =>
  `${JSON.stringify({ commune: report.commune, period: report.period, ...summary }, null, 2)}\n`;
