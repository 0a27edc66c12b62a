/**
 * `npm run new -- <commune> <section> "<title>" [--content <folder>]`: creates a correctly named
 * item with a filled-in frontmatter template, as a draft, and prints where it is.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseFlags } from '../lib/cli/parse-flags.ts';
import { parseOrExit } from '../lib/cli/parse-or-exit.ts';
import { suggestion } from '../lib/closest.ts';
import { newItemPath, newItemTemplate } from '../lib/content/new-item.ts';
import { readCommuneData } from '../lib/content/read-commune.ts';
import { isSection, SECTION_FOLDERS } from '../lib/sections/registry.ts';
import { formatProblems, type Problem } from '../lib/problems.ts';
import { vnDay } from '../lib/vn-date.ts';

const USAGE =
  'Cách dùng: npm run new -- <mã xã> <mục> "<tiêu đề>"   ví dụ: npm run new -- ea-trol tin-tuc "Hội nghị triển khai nhiệm vụ năm 2026"';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = parseOrExit(
  (argv) => parseFlags(argv, { content: { type: 'string', default: 'content' } }, true),
  USAGE,
);
const [slug, section, title] = positionals;
if (!slug || !section || !title?.trim()) fail('Cần đủ ba tham số: mã xã, mục và tiêu đề.');
if (!isSection(section))
  fail(
    `Không có mục "${section}".${suggestion(section, SECTION_FOLDERS)} Các mục: ${SECTION_FOLDERS.join(', ')}.`,
  );

const problems: Problem[] = [];
const commune = await readCommuneData(values.content, slug, problems);
if (!commune)
  fail(problems.length ? formatProblems(problems) : `Không đọc được xã "${slug}" trong ${values.content}/.`);

const today = vnDay(new Date());
const path = newItemPath(section, title, today);
const target = join(values.content, slug, path);
if (existsSync(target)) fail(`Đã có tệp ${target}. Đặt tiêu đề khác, hoặc sửa tệp đó.`);
await mkdir(dirname(target), { recursive: true });
await writeFile(target, newItemTemplate(commune, section, title, today), { flag: 'wx' });
console.log(
  `Đã tạo ${target} (bản nháp). Viết nội dung, đổi "draft: false" khi đã duyệt, rồi chạy "npm run check".`,
);
