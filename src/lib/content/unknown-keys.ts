import type { z } from 'astro/zod';
import { closest, editDistance } from '../closest.ts';
import { problem, type Problem } from '../problems.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Warns about keys a schema does not know, which zod would silently drop: a typo such as
 * `sumary` must not lose an editor's summary without a word. In an object that keeps unknown
 * keys (a section whose fields are still open), only a near-certain typo is reported: one
 * letter off a known key, or the same key in other letter case.
 */
export function unknownKeyProblems(
  schema: z.ZodType,
  value: unknown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  ignore: (key: string) => boolean = () => false,
): Problem[] {
  const problems: Problem[] = [];
  // One path, grown and shrunk as the walk goes: it runs for every item of every commune.
  const path: PropertyKey[] = [];
  const walk = (s: z.ZodType, v: unknown): void => {
    const def = defOf(s);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (inner) return walk(inner, v);
    if (def.type === 'array' && def.element && Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(def.element, v[i]);
        path.pop();
      }
      return;
    }
    if (def.type !== 'object' || !def.shape || v === null || typeof v !== 'object' || Array.isArray(v)) return;
    const shape = def.shape;
    for (const key in v) {
      if (!Object.hasOwn(v, key)) continue;
      const schemaOfKey = Object.hasOwn(shape, key) ? shape[key] : undefined;
      path.push(key);
      if (schemaOfKey) walk(schemaOfKey, (v as Record<string, unknown>)[key]);
      else if (!ignore(key)) {
        const problem = unknownKey(def, key, path, file, lineOf);
        if (problem) problems.push(problem);
      }
      path.pop();
    }
  };
  walk(schema, value);
  return problems;
}

/**
 * Keys that decide whether and when an item is published. A misspelt one is an error, not a
 * warning: `Draft: true` or `darft: true` would otherwise publish a draft, and `dat: 2027-01-01`
 * a scheduled item, without a word.
 */
export const PUBLISHING_KEYS: ReadonlySet<string> = new Set(['draft', 'date', 'published', 'issued']);

/** A publishing key of the schema that `key` is a near miss of: other case, a letter or two off, letters swapped. */
function publishingKeyNear(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const letters = (s: string) => [...s.toLowerCase()].toSorted().join('');
  return known
    .filter((k) => PUBLISHING_KEYS.has(k))
    .map((k) => ({ k, d: letters(k) === letters(key) ? 0 : editDistance(k, lower) }))
    .filter(({ d }) => d <= 2)
    .toSorted((a, b) => a.d - b.d)[0]?.k;
}

function unknownKey(def: Def, key: string, path: readonly PropertyKey[], file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined): Problem | undefined {
  const known = Object.keys(def.shape ?? {});
  const publishing = publishingKeyNear(key, known);
  if (publishing) {
    return problem(file, `Trường "${key}" viết sai tên của "${publishing}", trường quyết định bài có được đăng hay không và khi nào; để nguyên thì trang không hiểu nó.`, {
      line: lineOf([...path]),
      field: path.map(String).join('.'),
      fix: `Đổi "${key}" thành "${publishing}" (chữ thường, đúng chính tả).`,
    });
  }
  const open = def.catchall !== undefined && defOf(def.catchall).type !== 'never';
  const near = open ? known.filter((k) => editDistance(k, key) <= 1 || k.toLowerCase() === key.toLowerCase()).slice(0, 1) : closest(key, known, 1);
  if (open && near.length === 0) return undefined;
  return problem(file, `Trường "${key}" không được dùng ở đây nên sẽ bị bỏ qua.${near.length ? ` Có phải ý bạn là "${near[0]}"?` : ''}`, {
    line: lineOf([...path]),
    field: path.map(String).join('.'),
    severity: 'warning',
    fix: near.length ? `Đổi "${key}" thành "${near[0]}".` : `Xóa trường này, hoặc dùng một trong: ${known.join(', ')}.`,
  });
}
