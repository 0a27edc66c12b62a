import type { z } from 'astro/zod';
import { closest } from '../closest.ts';
import { problem, type Problem } from '../problems.ts';

/**
 * Turns zod issues into problems that name the file, the field and the line. A field that is
 * absent gets "missing field" whatever check failed on it (a date's custom check included).
 */
export function zodProblems(
  error: z.ZodError,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  raw: unknown,
): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const missing = issue.path.length > 0 && valueAt(raw, issue.path) === undefined;
    const message = missing ? `Thiếu trường bắt buộc "${field}".` : `${issue.message}${closestAllowed(issue, valueAt(raw, issue.path))}`;
    const add = `Thêm dòng "${String(issue.path.at(-1))}: ..." vào tệp.`;
    // A custom check explains what the field is for ("an image needs imageAlt"): keep it as the hint.
    const fix = missing ? (issue.code === 'custom' ? `${issue.message} ${add}` : add) : undefined;
    return problem(file, message, { line: lineOf(issue.path), field: field || undefined, fix });
  });
}

/** For a value outside an enumeration: " Có phải ý bạn là "quyet-dinh"?", or nothing. */
function closestAllowed(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code !== 'invalid_value' || typeof value !== 'string') return '';
  const allowed = issue.values.filter((v): v is string => typeof v === 'string');
  const near = closest(value, allowed, 1)[0] ?? allowed.find((v) => v.length > 1 && (value.includes(v) || v.includes(value)));
  return near ? ` Có phải ý bạn là "${near}"?` : '';
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
