/**
 * Valid HTML: the W3C Nu Html Checker (vnu-jar) finds no error in one page of every page type of
 * the fixture build, the editor's page shell, the payment list and the oversight report (one test
 * row each), nor in any other page of the fixture build (one row for them all, so a new kind of
 * page is checked before it is added to the list). All files go to one checker run (one Java
 * start, a few seconds); an error is listed with file, line, column and the quoted source.
 * Warnings are printed, never failed on.
 */
import { execFile } from 'node:child_process';
import { glob, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { assert, beforeAll, describe, expect, inject, test } from 'vitest';
import { PAGE_TYPES, resolvePagePath } from '../browser/page-types.ts';
import { FIXTURE_NOW, ROOT, TEST_OUT } from '../support/build-site.ts';
import { checkHtml, describeMessages, type VnuResult } from '../support/vnu.ts';

const run = promisify(execFile);
const dist = inject('fixtureDist');
const OUT = join(TEST_OUT, 'html-validity');

/** Where a checked file comes from: the fixture site, or a report written by its command below. */
type Source = 'site' | 'royalties' | 'report';
const ROWS: readonly (readonly [label: string, source: Source, path: string])[] = [
  ...PAGE_TYPES.map(([label, path]) => [label, 'site', path] as const),
  // Our page shell around Decap CMS (the editor itself is third-party and builds its DOM in script).
  ['trình soạn thảo của xã (trang vỏ)', 'site', 'xa-mau/quan-tri/'],
  ['trình soạn thảo của tỉnh (trang vỏ)', 'site', 'quan-tri/'],
  ['bảng kê chi trả nhuận bút (HTML để in A4)', 'royalties', 'xa-mau/nhuan-but-2026-Q1.html'],
  ['báo cáo theo dõi: trang tổng hợp', 'report', 'index.html'],
  ['báo cáo theo dõi: một xã (nhiều bảng nhất)', 'report', 'xa/xa-cham-dang.html'],
];

/**
 * A page with two errors and two warnings (and the note on the first id) the checker must report,
 * checked in the same run: if it ever comes back clean, the checker is not looking at the files and
 * every green row above means nothing. Its own image (line 7), blocked only because it is read
 * from disk, must not be reported.
 */
const BROKEN = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>Trang lỗi</title></head>
<body>
<span><div>khối trong dòng</div></span>
<p id="trung">một</p><p id="trung">hai</p>
<img src="anh.png" alt="Ảnh của trang">
<img src="https://example.org/anh.png" alt="Ảnh nơi khác">
<section><p>Mục không có tiêu đề</p></section>
</body>
</html>
`;

let result: VnuResult;
const files = new Map<string, string>();
/** Every other page of the fixture build, so a page type missing from the rows is checked too. */
let others: string[];

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const cli = (script: string, args: readonly string[]) =>
    run(process.execPath, [script, ...args], { cwd: ROOT });
  // The two reports are written by their commands as an accountant and the Sở run them (about a second each).
  await Promise.all([
    cli('src/cli/royalties.ts', [
      '--content',
      'tests/fixtures/content',
      '--commune',
      'xa-mau',
      '--period',
      '2026-Q1',
      '--now',
      FIXTURE_NOW,
      '--out',
      join(OUT, 'royalties'),
      '--private',
      join(OUT, 'private'),
    ]),
    cli('src/cli/report.ts', [
      '--content',
      'tests/fixtures/oversight',
      '--now',
      FIXTURE_NOW,
      '--out',
      join(OUT, 'report'),
    ]),
    writeFile(join(OUT, 'broken.html'), BROKEN),
  ]);
  const roots: Record<Source, string> = {
    site: dist,
    royalties: join(OUT, 'royalties'),
    report: join(OUT, 'report'),
  };
  for (const [label, source, pattern] of ROWS) {
    const path = source === 'site' ? await resolvePagePath(dist, pattern) : pattern;
    files.set(label, join(roots[source], path.endsWith('/') ? `${path}index.html` : path));
  }
  const named = new Set(files.values());
  others = (await Array.fromAsync(glob('**/*.html', { cwd: dist })))
    .map((path) => join(dist, path))
    .filter((file) => !named.has(file))
    .toSorted();
  const started = performance.now();
  result = await checkHtml([...named, ...others, join(OUT, 'broken.html')]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const warnings = result.warnings.filter((w) => !w.file.endsWith('broken.html'));
  console.info(
    `Nu Html Checker: ${named.size + others.length} pages in ${seconds} s, ${warnings.length} warning(s) (printed, not failed on)` +
      (warnings.length ? `:\n${describeMessages(warnings, ROOT)}` : '.'),
  );
});

describe('valid HTML (W3C Nu Html Checker)', () => {
  test.each(ROWS)('%s (%s: %s) has no error', (label) => {
    const file = files.get(label)!;
    const errors = result.errors.filter((e) => e.file === file);
    // Built pages are one line long (Astro compresses them): the column and the quoted source say where.
    if (errors.length)
      assert.fail(`${errors.length} Nu Html Checker error(s):\n${describeMessages(errors, ROOT)}`);
  });

  test('every other page of the fixture build (other items and filters, the second commune) has no error', () => {
    expect(others.length).toBeGreaterThan(20);
    const errors = result.errors.filter((e) => others.includes(e.file));
    if (errors.length)
      assert.fail(`${errors.length} Nu Html Checker error(s):\n${describeMessages(errors, ROOT)}`);
  });

  test('the check can fail: a block inside a span and a duplicate id are reported, with their lines', () => {
    const errors = result.errors.filter((e) => e.file === join(OUT, 'broken.html'));
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [5, expect.stringContaining('Element “div” not allowed as child of element “span”')],
      [6, 'Duplicate ID “trung”.'],
    ]);
  });

  test("warnings are collected, except a page's own files blocked only because they are read from disk", () => {
    const warnings = result.warnings
      .filter((w) => w.file === join(OUT, 'broken.html'))
      .toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0));
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [6, 'The first occurrence of ID “trung” was here.'],
      [
        8,
        expect.stringMatching(
          /^Resource violates Content Security Policy .*“https:\/\/example\.org\/anh\.png”/,
        ),
      ],
      [9, expect.stringContaining('Section lacks heading.')],
    ]);
  });
});
