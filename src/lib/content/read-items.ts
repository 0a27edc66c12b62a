import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mdxProblems } from '../markdown/mdx-problems.ts';
import { calendarWeekProblems } from './calendar-check.ts';
import { introPageProblems } from './intro-check.ts';
import { unsafeAddresses } from '../markdown/safe-urls.ts';
import { problem, type Problem } from '../problems.ts';
import { parseMarkdown } from './frontmatter.ts';
import { readText } from './read-text.ts';
import { itemFileProblems, type FileRef } from './item-file-problems.ts';
import { localReferences } from './local-references.ts';
import { bodyHtmlProblems } from './body-html-problems.ts';
import type { LineIndex } from './read-yaml.ts';
import { SECTIONS, type DataOf } from '../sections/registry.ts';
import { toItem } from './to-item.ts';
import { ASCII_NAME, itemPath, scanCommune, type ItemFile } from './item-files.ts';
import type { Item } from './types.ts';
import { unknownKeyProblems } from './unknown-keys.ts';
import { zodProblems } from './zod-problems.ts';

/** A person id written in an item, where it was written (the line is looked up only if needed). */
export interface PersonRef {
  file: string;
  field: string;
  id: string;
}

/**
 * Reads every section's Markdown of a commune, one file after another with synchronous calls:
 * for thousands of small files from the page cache that is several times faster than thousands
 * of concurrent promises, whose buffers and file handles kept the garbage collector busy for
 * almost half of the run (profiled at 100 communes × 100 items). Invalid items are left out,
 * their problems kept; the line lookup of each file read goes to `lines`.
 */
export async function readItems(contentDir: string, slug: string, problems: Problem[], lines: LineIndex): Promise<{ items: Item[]; refs: PersonRef[] }> {
  const sink: Sink = { problems, lines, refs: [] };
  const items: Item[] = [];
  const scanned = scanCommune(contentDir, slug);
  problems.push(...scanned.problems);
  for (const file of scanned.items) {
    const item = await readItem(contentDir, slug, file, sink);
    if (item) items.push(item);
  }
  for (const [path, same] of Map.groupBy(items, (item) => item.path)) {
    if (same.length > 1) {
      problems.push(problem(same[1]!.file, `Trùng đường dẫn "${path}" với tệp ${same[0]!.file}: hai bài sẽ có cùng địa chỉ trên trang.`, { fix: 'Đổi tên một trong hai tệp.' }));
    }
  }
  return { items, refs: sink.refs };
}

interface Sink {
  problems: Problem[];
  lines: LineIndex;
  refs: PersonRef[];
}

/**
 * One item file: its name, its frontmatter against its section's schema, the files it names,
 * its MDX code. Problems go to the sink; the item when it is valid.
 */
async function readItem(contentDir: string, slug: string, { section, rel }: ItemFile, sink: Sink): Promise<Item | undefined> {
  const file = `${slug}/${section}/${rel}`;
  const path = itemPath({ section, rel });
  const badSegment = path.split('/').find((s) => !ASCII_NAME.test(s));
  if (badSegment !== undefined) {
    sink.problems.push(
      problem(file, `Tên tệp hoặc thư mục "${badSegment}" phải viết thường, không dấu, nối bằng gạch ngang (nó là một phần địa chỉ trang).`, {
        fix: 'Ví dụ: "hoi-nghi-trien-khai-nhiem-vu-2022.md". Lệnh "npm run new" đặt tên đúng tự động.',
      }),
    );
    return undefined;
  }
  const source = readText(readFileSync(join(contentDir, file)), file);
  if (typeof source !== 'string') {
    sink.problems.push(source);
    return undefined;
  }
  const parsed = parseMarkdown(source, file);
  if (!('frontmatter' in parsed)) {
    sink.problems.push(parsed);
    return undefined;
  }
  const { frontmatter, body } = parsed;
  const { lineOf } = frontmatter;
  sink.lines.set(file, lineOf);
  if (frontmatter.problems.length) {
    sink.problems.push(...frontmatter.problems);
    return undefined;
  }
  const raw = frontmatter.value ?? {};
  sink.refs.push(...personRefs(raw, file));
  const schema = SECTIONS[section].schema;
  sink.problems.push(...unknownKeyProblems(schema, raw, file, lineOf));
  // The line before the body's first line: body lines are counted from it.
  const bodyLine = source.slice(0, source.length - body.length).split('\n').length - 1;
  if (rel.endsWith('.mdx')) sink.problems.push(...(await mdxProblems(source, file)));
  else sink.problems.push(...bodyHtmlProblems(body, file, bodyLine));
  sink.problems.push(...unsafeAddressProblems(body, file, bodyLine));
  const result = schema.safeParse(raw);
  if (!result.success) sink.problems.push(...zodProblems(result.error, file, lineOf, raw));
  // Files are checked even when the schema failed: one run tells the editor every problem.
  const refs: FileRef[] = [
    ...(['image', 'file'] as const).flatMap((field) => {
      const value = (raw as Record<string, unknown>)[field];
      return typeof value === 'string' && /^\.\/[^/\\]+$/.test(value) ? [{ target: value, line: () => lineOf([field]), field }] : [];
    }),
    ...localReferences(body).map(({ target, line, image }) => ({ target, line: () => bodyLine + line, image })),
  ];
  sink.problems.push(...(await itemFileProblems(join(contentDir, slug), dirname(join(contentDir, file)), file, refs)));
  if (!result.success) return undefined;
  const data = result.data as DataOf<typeof section>;
  if (section === 'lich-cong-tac') {
    const calendar = data as DataOf<'lich-cong-tac'>;
    sink.problems.push(...calendarWeekProblems({ file, title: calendar.title, week: calendar.week, body, titleLine: lineOf(['title']), bodyLine }));
  }
  if (section === 'gioi-thieu') sink.problems.push(...introPageProblems(file, (data as DataOf<'gioi-thieu'>).kind, body));
  return toItem(slug, section, path, file, data);
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

/** Links and images whose address the build removes (`javascript:`, `data:`, `//host`…). */
function unsafeAddressProblems(body: string, file: string, bodyLine: number): Problem[] {
  return unsafeAddresses(body).map(({ url, line }) =>
    problem(file, `Địa chỉ "${url.length > 60 ? `${url.slice(0, 60)}…` : url}" không được phép trên trang nên liên kết hoặc ảnh này sẽ bị bỏ.`, {
      line: bodyLine + line,
      severity: 'warning',
      fix: 'Chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc tel:, hoặc một tệp cạnh bài ("./ten-tep.pdf").',
    }),
  );
}
