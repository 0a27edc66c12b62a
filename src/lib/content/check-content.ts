import { formatProblems, type Problem } from '../problems.ts';
import { scannedPdfProblems } from '../pdf/scanned-problems.ts';
import { DEFAULT_PDF_CACHE } from '../pdf/text-cache.ts';
import { loadContent } from './load-content.ts';

export interface CheckReport {
  /** What `npm run check` prints: every problem grouped by file, then a one-line summary. */
  text: string;
  /** 1 when there is at least one error, 0 with warnings only or none. */
  exitCode: 0 | 1;
  problems: Problem[];
}

/**
 * `npm run check` without the process: validates every commune (or `communes`) of a content
 * folder exactly as the build does, without building. Time this for the check benchmark.
 */
export async function checkContent(options: { contentDir: string; communes?: readonly string[] }): Promise<CheckReport> {
  const loaded = await loadContent(options);
  // Scanned attachments are only warned about: their pages are still published and indexed.
  const scanned = await scannedPdfProblems(options.contentDir, loaded.communes.flatMap((c) => c.items), DEFAULT_PDF_CACHE);
  const content = { ...loaded, problems: [...loaded.problems, ...scanned] };
  const errors = content.problems.filter((p) => p.severity === 'error').length;
  const warnings = content.problems.length - errors;
  const items = content.communes.reduce((sum, c) => sum + c.items.length, 0);
  const scope = `${content.communes.length} xã, ${items} tin bài hợp lệ`;
  const summary =
    content.problems.length === 0
      ? `Nội dung hợp lệ (${scope}).`
      : `Có ${errors} lỗi và ${warnings} cảnh báo (${scope}).${errors ? ` ${notBuilt(content.invalidCommunes)}` : ''}`;
  const text = content.problems.length ? `${formatProblems(content.problems)}\n\n${summary}` : summary;
  return { text, exitCode: errors ? 1 : 0, problems: content.problems };
}

/** Which communes an error keeps from being built, said whatever their number. */
function notBuilt(invalid: ReadonlySet<string>): string {
  if (invalid.size === 0) return 'Sửa các lỗi trên trước khi xây dựng trang.';
  return `Các xã có lỗi sẽ không được xây dựng: ${[...invalid].join(', ')}.`;
}
