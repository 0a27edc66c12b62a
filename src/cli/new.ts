/**
 * `npm run new -- <commune> <section> "<title>" [--content <folder>]`: creates a correctly named
 * item with a filled-in frontmatter template, as a draft, and prints where it is.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { suggestion } from '../lib/closest.ts';
import { newItemPath, newItemTemplate } from '../lib/content/new-item.ts';
import { readCommuneData } from '../lib/content/read-commune.ts';
import { SECTIONS, type Section } from '../lib/content/types.ts';
import { formatProblems, type Problem } from '../lib/problems.ts';
import { vnDay } from '../lib/vn-date.ts';

const USAGE = 'Cách dùng: npm run new -- <mã xã> <mục> "<tiêu đề>"   ví dụ: npm run new -- ea-trol tin-tuc "Hội nghị triển khai nhiệm vụ năm 2026"';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ options: { content: { type: 'string', default: 'content' } }, allowPositionals: true });
  } catch (error) {
    return fail(`Tham số không hợp lệ: ${(error as Error).message}`);
  }
})();
const [slug, section, title] = positionals;
if (!slug || !section || !title?.trim()) fail('Cần đủ ba tham số: mã xã, mục và tiêu đề.');
if (!(SECTIONS as readonly string[]).includes(section)) fail(`Không có mục "${section}".${suggestion(section, SECTIONS)} Các mục: ${SECTIONS.join(', ')}.`);

const problems: Problem[] = [];
const commune = await readCommuneData(values.content, slug, problems);
if (!commune) fail(problems.length ? formatProblems(problems) : `Không đọc được xã "${slug}" trong ${values.content}/.`);

const today = vnDay(new Date());
const path = newItemPath(section as Section, title, today);
const target = join(values.content, slug, path);
if (existsSync(target)) fail(`Đã có tệp ${target}. Đặt tiêu đề khác, hoặc sửa tệp đó.`);
await mkdir(dirname(target), { recursive: true });
await writeFile(target, newItemTemplate(commune, section as Section, title, today), { flag: 'wx' });
console.log(`Đã tạo ${target} (bản nháp). Viết nội dung, đổi "draft: false" khi đã duyệt, rồi chạy "npm run check".`);
