/** The files of the district report under `outDir`: index.html, communes.csv, communes.json, xa/<slug>.html. */
import type { OutputFile } from '../reports/write-atomic.ts';
import { listJson } from '../reports/write-json.ts';
import type { OversightReport } from './oversight-report.ts';
import { communePageFile } from './labels.ts';
import { renderCommune } from './render-commune.ts';
import { renderCsv } from './render-csv.ts';
import { renderIndex } from './render-index.ts';

export function oversightReportFiles(report: OversightReport, outDir: string): OutputFile[] {
  return [
    { path: `${outDir}/index.html`, data: renderIndex(report) },
    { path: `${outDir}/communes.csv`, data: renderCsv(report) },
    { path: `${outDir}/communes.json`, data: listJson(report) },
    ...report.communes.map((c) => ({
      path: `${outDir}/${communePageFile(c.slug)}`,
      data: renderCommune(report, c),
    })),
  ];
}
