import { isMap, isScalar, parseDocument, stringify } from 'yaml';

/**
 * Writing back what the editor changed, and only that. Decap CMS re-serialises a whole file on
 * every save (editing a summary moved untouched keys and dropped a blank line of the body); the
 * content contract is written by hand and reviewed in diffs, so a field the editor did not touch
 * keeps its bytes. Runs in the browser (editor-script.ts) and is tested in Node.
 */

/** Keys of a file's top-level map whose value is empty: the editor cleared an optional field. */
const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(isEmpty));

/** YAML 1.2 core schema: `2022-01-18` stays the string the editor wrote (no timestamp). */
export function parseYamlText(text: string): unknown {
  return parseDocument(text).toJS() ?? {};
}

/**
 * `original` with the top-level keys of `next` that differ from it replaced, removed (emptied)
 * or appended in `order`; every other byte of `original` unchanged. No original: a new file.
 */
export function editYaml(
  original: string | undefined,
  next: Record<string, unknown>,
  order: readonly string[] = [],
): string {
  const entries = Object.entries(next).filter(([, value]) => !isEmpty(value));
  const sorted = entries.toSorted(([a], [b]) => rank(order, a) - rank(order, b));
  if (original === undefined || original.trim() === '')
    return sorted.length ? stringify(Object.fromEntries(sorted), { lineWidth: 0 }) : '';
  const doc = parseDocument(original);
  if (!isMap(doc.contents)) return stringify(Object.fromEntries(sorted), { lineWidth: 0 });
  const before = (doc.toJS() ?? {}) as Record<string, unknown>;
  const edits: { from: number; to: number; text: string }[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || !(key in next) || !isScalar(pair.key)) continue;
    const value = next[key];
    if (!isEmpty(value) && deepEqual(before[key], value)) continue;
    const from = lineStart(original, pair.key.range![0]);
    const to = lineEnd(
      original,
      (pair.value as { range?: [number, number, number] } | null)?.range?.[1] ?? pair.key.range![1],
    );
    edits.push({ from, to, text: isEmpty(value) ? '' : stringify({ [key]: value }, { lineWidth: 0 }) });
  }
  // A switch the file never had, still off (a default the editor fills in), is not an edit.
  const added = sorted.filter(([key, value]) => !(key in before) && value !== false);
  let text = original;
  for (const edit of edits.toSorted((a, b) => b.from - a.from))
    text = text.slice(0, edit.from) + edit.text + text.slice(edit.to);
  if (added.length)
    text = `${text}${text.endsWith('\n') ? '' : '\n'}${stringify(Object.fromEntries(added), { lineWidth: 0 })}`;
  return text;
}

/** A YAML file that is one list (people.yaml): unchanged, its bytes; changed, written anew. */
export function editYamlList(original: string | undefined, items: readonly unknown[]): string {
  if (original !== undefined && deepEqual(parseYamlText(original), items)) return original;
  return stringify(items, { lineWidth: 0 });
}

/** A Markdown file: frontmatter edited with editYaml, the body kept unless it changed. */
export function editMarkdown(
  original: string | undefined,
  next: Record<string, unknown>,
  order: readonly string[] = [],
): string {
  const { body, ...fields } = next;
  const split = original === undefined ? undefined : splitFrontmatter(original);
  const yaml = editYaml(split?.yaml, fields, order);
  const newBody = typeof body === 'string' ? body : '';
  const keptBody =
    split && split.body.trimEnd() === newBody.trimEnd() ? split.body : `${newBody.trimEnd()}\n`;
  return `---\n${yaml}${yaml.endsWith('\n') || yaml === '' ? '' : '\n'}---\n${keptBody}`;
}

/** A Markdown file's frontmatter text and body, split as the content loader does. */
export function splitFrontmatter(source: string): { yaml: string; body: string } {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(source);
  if (!open) return { yaml: '', body: source };
  const close = /\r?\n---[ \t]*(\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const found = close.exec(source);
  if (!found) return { yaml: '', body: source };
  return {
    yaml: source.slice(open[0].length, found.index + 1),
    body: source.slice(found.index + found[0].length),
  };
}

function rank(order: readonly string[], key: string): number {
  const at = order.indexOf(key);
  return at === -1 ? order.length : at;
}

/** From the start of the line holding `at`. */
function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Past the line break ending the line holding `at - 1` (a value's last character). */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', Math.max(at - 1, 0));
  return end === -1 ? text.length : end + 1;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'string') return String(a) === b;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => !isEmpty((a as Record<string, unknown>)[k]));
  const keysB = Object.keys(b).filter((k) => !isEmpty((b as Record<string, unknown>)[k]));
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
