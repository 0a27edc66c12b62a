/**
 * The first half of reading an item file: its name, its text and its YAML, without the schemas.
 * Plain data that a reader thread can send (`read-items-worker.ts`); `read-items.ts` checks it.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { problem, type Problem } from '../problems.ts';
import { frontmatterEnd, parseMarkdown } from './frontmatter.ts';
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

/** A folder or file name that is part of a page's address: lowercase ASCII, hyphens between words. */
export const ASCII_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

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
  const bytes = readBytes(join(contentDir, file));
  // Only the frontmatter is made text; the body, most of the file, only when it is needed.
  const end = frontmatterEnd(bytes);
  const head = bytes.toString('utf8', 0, end ?? bytes.length);
  const parsed = parseMarkdown(head, file);
  if (!('frontmatter' in parsed)) return { section, rel, problems: [parsed] };
  const { frontmatter } = parsed;
  if (frontmatter.problems.length) return { section, rel, problems: frontmatter.problems };
  const read: ItemSource = { section, rel, problems: [], raw: frontmatter.value ?? {} };
  // Every local reference starts with "./" or "../": most bodies have none and are not kept.
  if (end !== undefined && bytes.indexOf('./', end) >= 0) {
    read.body = bytes.toString('utf8', end);
    read.bodyLine = head.split('\n').length - 1;
  }
  if (rel.endsWith('.mdx')) read.source = bytes.toString('utf8');
  return read;
}

/**
 * A file's bytes, in a buffer each thread reuses (valid until its next call): three system calls
 * a file, where `readFileSync` makes four and a new buffer.
 */
let buffer = Buffer.allocUnsafe(64 * 1024);
function readBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    let size = 0;
    for (;;) {
      size += readSync(fd, buffer, size, buffer.length - size, null);
      // A short read of a regular file is its end.
      if (size < buffer.length) return buffer.subarray(0, size);
      const larger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(larger);
      buffer = larger;
    }
  } finally {
    closeSync(fd);
  }
}
