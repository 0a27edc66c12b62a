import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { IMAGE_FILE, imageSizeProblem, MAX_IMAGE_BYTES } from '../images/image-limit.ts';
import { mdxProblems } from '../markdown/mdx-problems.ts';
import { problem, type Problem } from '../problems.ts';
import { parseMarkdown } from './frontmatter.ts';
import { itemPath, readItemSource, type ItemSource } from './item-source.ts';
import { localReferences } from './local-references.ts';
import type { LineIndex } from './read-yaml.ts';
import { SECTIONS, type DataOf } from '../sections/registry.ts';
import { toItem } from './to-item.ts';
import { listItemFiles, type ItemFile } from './item-files.ts';
import type { Item } from './types.ts';
import { unknownKeyProblems } from './unknown-keys.ts';
import { zodProblems } from './zod-problems.ts';

/** A person id written in an item, where it was written (the line is looked up only if needed). */
export interface PersonRef {
  file: string;
  field: string;
  id: string;
}

/** What reading some item files gives: valid items, every problem, every person id named. */
export interface ItemsRead {
  items: Item[];
  problems: Problem[];
  refs: PersonRef[];
}

/**
 * Reads every section's Markdown of a commune. Invalid items are left out, their problems kept.
 * A large commune is read by several threads (`read-items-parallel.ts`); the result is the same,
 * in the same order.
 */
export async function readItems(contentDir: string, slug: string, problems: Problem[], lines: LineIndex): Promise<{ items: Item[]; refs: PersonRef[] }> {
  const files = listItemFiles(contentDir, slug);
  const read = files.length >= PARALLEL_FROM && availableParallelism() > 1
    ? await (await import('./read-items-parallel.ts')).readItemFilesInParallel(contentDir, slug, files, lines)
    : await readItemFiles(contentDir, slug, files, lines);
  problems.push(...read.problems);
  for (const [path, same] of Map.groupBy(read.items, (item) => item.path)) {
    if (same.length > 1) {
      problems.push(problem(same[1]!.file, `Trùng đường dẫn "${path}" với tệp ${same[0]!.file}: hai bài sẽ có cùng địa chỉ trên trang.`, { fix: 'Đổi tên một trong hai tệp.' }));
    }
  }
  return { items: read.items, refs: read.refs };
}

/**
 * From this many files, a commune's items are read by several threads. Below it, starting a
 * thread (a few hundredths of a second, and memory) costs more than it saves.
 */
export const PARALLEL_FROM = 2000;

/**
 * Reads and validates the given item files, one after another with synchronous calls: for
 * thousands of small files from the page cache that is several times faster than thousands of
 * concurrent promises, whose buffers and file handles kept the garbage collector busy for almost
 * half of the run (profiled at 100 communes × 100 items). The line lookup of each file read goes
 * to `lines`.
 */
export async function readItemFiles(contentDir: string, slug: string, files: readonly ItemFile[], lines: LineIndex): Promise<ItemsRead> {
  const sink: Sink = { problems: [], lines, refs: [] };
  const items: Item[] = [];
  for (const file of files) {
    const item = await checkItemSource(contentDir, slug, readItemSource(contentDir, slug, file), sink);
    if (item) items.push(item);
  }
  return { items, problems: sink.problems, refs: sink.refs };
}

/** The line lookup of an item file already read: the file is read again only if asked. */
export function lineOfFileOnDisk(contentDir: string, file: string): (path: readonly PropertyKey[]) => number | undefined {
  let lineOf: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
  return (path) => {
    if (!lineOf) {
      const parsed = parseMarkdown(readFileSync(join(contentDir, file), 'utf8'), file);
      lineOf = 'frontmatter' in parsed ? parsed.frontmatter.lineOf : () => undefined;
    }
    return lineOf(path);
  };
}

export interface Sink {
  problems: Problem[];
  lines: LineIndex;
  refs: PersonRef[];
}

/**
 * The second half of reading an item file (the first is `readItemSource`): its frontmatter
 * against its section's schema, the files it names, its MDX code. Problems go to the sink.
 */
export async function checkItemSource(contentDir: string, slug: string, read: ItemSource, sink: Sink): Promise<Item | undefined> {
  sink.problems.push(...read.problems);
  if (read.raw === undefined) return undefined;
  const { section, raw } = read;
  const file = `${slug}/${section}/${read.rel}`;
  // Read again only for a problem's line: keeping each file's YAML text and positions instead
  // held 10 MB more for 10,000 items, which cost more to collect than the rare second reading.
  const lineOf = lineOfFileOnDisk(contentDir, file);
  sink.lines.set(file, lineOf);
  sink.refs.push(...personRefs(raw, file));
  const schema = SECTIONS[section].schema;
  sink.problems.push(...unknownKeyProblems(schema, raw, file, lineOf));
  const folder = dirname(join(contentDir, file));
  if (read.body !== undefined) sink.problems.push(...bodyFileProblems(folder, file, read.body, read.bodyLine ?? 0));
  if (read.source !== undefined) sink.problems.push(...(await mdxProblems(read.source, file)));
  const result = schema.safeParse(raw);
  if (!result.success) {
    sink.problems.push(...zodProblems(result.error, file, lineOf, raw));
    return undefined;
  }
  const data = result.data as DataOf<typeof section>;
  sink.problems.push(...attachmentProblems(folder, file, data, lineOf));
  return toItem(slug, section, itemPath(read), file, data);
}

/** Person ids in the raw frontmatter, read even when the item fails its schema. */
function personRefs(raw: unknown, file: string): PersonRef[] {
  const data = raw as { credits?: unknown; royalty?: { approvedBy?: unknown } };
  const refs: PersonRef[] = [];
  if (Array.isArray(data.credits)) {
    data.credits.forEach((credit: { person?: unknown } | null, i) => {
      if (typeof credit?.person === 'string') refs.push({ file, field: `credits.${i}.person`, id: credit.person });
    });
  }
  const approver = data.royalty?.approvedBy;
  if (typeof approver === 'string') refs.push({ file, field: 'royalty.approvedBy', id: approver });
  return refs;
}

/** A missing or oversized file beside an item; its line is looked up only when there is a problem. */
function fileProblem(folder: string, file: string, target: string, at: { line: () => number | undefined; field?: string }): Problem | undefined {
  const size = statSync(join(folder, target), { throwIfNoEntry: false })?.size;
  const where = { line: size === undefined || size > MAX_IMAGE_BYTES ? at.line() : undefined, field: at.field };
  if (size === undefined) {
    return problem(file, `Không tìm thấy tệp "${target}" cạnh bài viết.`, { ...where, fix: 'Đặt tệp vào cùng thư mục với tệp .md, hoặc sửa lại tên tệp cho đúng (phân biệt chữ hoa, chữ thường).' });
  }
  return IMAGE_FILE.test(target) ? imageSizeProblem(file, target, size, where) : undefined;
}

function attachmentProblems(folder: string, file: string, data: { image?: unknown; file?: unknown }, lineOf: (path: readonly PropertyKey[]) => number | undefined): Problem[] {
  return (['image', 'file'] as const)
    .map((field) => {
      const value = data[field];
      return typeof value === 'string' ? fileProblem(folder, file, value, { line: () => lineOf([field]), field }) : undefined;
    })
    .filter((p): p is Problem => p !== undefined);
}

/** Files named in the body; `bodyLine` is the number of lines before it. */
function bodyFileProblems(folder: string, file: string, body: string, bodyLine: number): Problem[] {
  return localReferences(body)
    .map(({ target, line }) => fileProblem(folder, file, target, { line: () => bodyLine + line }))
    .filter((p): p is Problem => p !== undefined);
}
