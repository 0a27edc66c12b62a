/**
 * A problem found in editors' content: what is wrong, where, and how to fix it, in Vietnamese.
 * Every validator returns a list of these instead of throwing, so that a board sees every
 * problem of a run at once (STYLE.md: "Collect all errors, then report them all").
 */
export interface Problem {
  /** Path of the file, relative to the content folder, with forward slashes (`ea-trol/site.yaml`). */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The field, as a dotted path (`credits.0.person`), when the problem is about one field. */
  field?: string;
  /** What is wrong, in Vietnamese. */
  message: string;
  /** How to fix it, in Vietnamese. */
  fix?: string;
  /** Warnings are shown but do not stop a build. */
  severity: 'error' | 'warning';
}

export function problem(
  file: string,
  message: string,
  details: {
    line?: number | undefined;
    field?: string | undefined;
    fix?: string | undefined;
    severity?: Problem['severity'];
  } = {},
): Problem {
  const result: Problem = { file, message, severity: details.severity ?? 'error' };
  if (details.line !== undefined) result.line = details.line;
  if (details.field !== undefined) result.field = details.field;
  if (details.fix !== undefined) result.fix = details.fix;
  return result;
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');

/** One line per problem, grouped by file, in a stable order. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = Map.groupBy(
    problems.toSorted((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)),
    (p) => p.file,
  );
  const blocks: string[] = [];
  for (const [file, list] of byFile) {
    const lines = list.map((p) => {
      const where = p.line === undefined ? file : `${file}:${p.line}`;
      const kind = p.severity === 'error' ? 'Lỗi' : 'Cảnh báo';
      const field = p.field ? ` [${p.field}]` : '';
      const fix = p.fix ? `\n      → Cách sửa: ${p.fix}` : '';
      return `  ${kind}${field} ${where}: ${p.message}${fix}`;
    });
    blocks.push(`${file}\n${lines.join('\n')}`);
  }
  return blocks.join('\n\n');
}
