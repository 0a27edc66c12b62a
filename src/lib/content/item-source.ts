/**
 * The first half of reading an item file: its name, its text and its YAML, without the schemas.
 * Plain data that a reader thread can send (`read-items-worker.ts`); `read-items.ts` checks it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problem, type Problem } from '../problems.ts';
import { parseMarkdown } from './frontmatter.ts';
import type { ItemFile } from './item-files.ts';

export interface ItemSource extends ItemFile {
  /** Why the file cannot be checked further: a bad name, no frontmatter, YAML that does not parse. */
  problems: Problem[];
  /** The frontmatter's value, when it parsed. */
  raw?: unknown;
  /** The body, only when it may name a file beside the item (it holds "./"). */
  body?: string;
  /** Lines before the body, with `body`. */
  bodyLine?: number;
  /** The whole file, for an `.mdx` item: its code is checked. */
  source?: string;
}

const ASCII_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The path of an item file's page below the commune: its section and name without extension. */
export const itemPath = ({ section, rel }: ItemFile): string => `${section}/${rel.replace(/\.mdx?$/, '')}`;

export function readItemSource(contentDir: string, slug: string, { section, rel }: ItemFile): ItemSource {
  const file = `${slug}/${section}/${rel}`;
  const badSegment = itemPath({ section, rel }).split('/').find((s) => !ASCII_NAME.test(s));
  if (badSegment !== undefined) {
    return {
      section,
      rel,
      problems: [problem(file, `Tên tệp hoặc thư mục "${badSegment}" phải viết thường, không dấu, nối bằng gạch ngang (nó là một phần địa chỉ trang).`, { fix: 'Ví dụ: "hoi-nghi-trien-khai-nhiem-vu-2022.md". Lệnh "npm run new" đặt tên đúng tự động.' })],
    };
  }
  const source = readFileSync(join(contentDir, file), 'utf8');
  const parsed = parseMarkdown(source, file);
  if (!('frontmatter' in parsed)) return { section, rel, problems: [parsed] };
  const { frontmatter, body } = parsed;
  if (frontmatter.problems.length) return { section, rel, problems: frontmatter.problems };
  const read: ItemSource = { section, rel, problems: [], raw: frontmatter.value ?? {} };
  // Every local reference starts with "./" or "../": most bodies have none and are not kept.
  if (body.includes('./')) {
    read.body = body;
    read.bodyLine = source.slice(0, source.length - body.length).split('\n').length - 1;
  }
  if (rel.endsWith('.mdx')) read.source = source;
  return read;
}
