import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { buildSite, FIXTURE_NOW, type BuildResult } from '../support/build-site.ts';
import { JSDOMLike } from '../support/html-text.ts';
import { checkHtml, describeMessages } from '../support/vnu.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const overlays = (folder: string) =>
  readdirSync(join(FIXTURES, folder), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(FIXTURES, folder, e.name));

/**
 * `check` is the build's gate: everything the build would fail on must be a check error. So
 * every fixture that check accepts (the accepted overlays, and any overlay of invalid/ that
 * holds warnings only) is laid over the valid fixture, with an attachment whose name is written
 * with decomposed accents, and the result is built once.
 */
const accepted: string[] = [];
let build: BuildResult;
beforeAll(async () => {
  const candidates = [...overlays('accepted'), ...overlays('invalid')];
  for (const overlay of candidates) {
    const alone = await mkdtemp(join(tmpdir(), 'trangxa-gate-one-'));
    await cp(join(FIXTURES, 'content'), alone, { recursive: true });
    await cp(overlay, alone, { recursive: true });
    if ((await checkContent({ contentDir: alone })).exitCode === 0) accepted.push(overlay);
  }
  const content = await mkdtemp(join(tmpdir(), 'trangxa-gate-'));
  await cp(join(FIXTURES, 'content'), content, { recursive: true });
  for (const overlay of accepted) await cp(overlay, content, { recursive: true });
  // A file name with spaces, written on disk with decomposed accents as some systems do.
  const news = join(content, 'xa-ben/tin-tuc/2026');
  await rename(join(news, 'mẫu đơn xin việc.pdf'), join(news, 'mẫu đơn xin việc.pdf'.normalize('NFD')));
  const folder = join(content, 'xa-ben/van-ban/2026');
  await mkdir(folder, { recursive: true });
  await writeFile(
    join(folder, 'quyet-dinh-nfd.md'),
    '---\nnumber: 81/QĐ-UBND\ntype: quyet-dinh\ntitle: Quyết định có tệp tên dấu tách rời\nissuer: UBND xã\nissued: 2026-01-20\nsigner: A\nfield: Văn hóa\nfile: ./quyết-định-81.pdf\n---\nNội dung.\n',
  );
  await writeFile(join(folder, 'quyết-định-81.pdf'.normalize('NFD')), '%PDF-1.4\n%%EOF\n');
  const report = await checkContent({ contentDir: content });
  expect(report.exitCode, report.text).toBe(0);
  build = await buildSite('check-gate', ['--content', content, '--now', FIXTURE_NOW]);
});

test('every fixture check accepts is among those built', () => {
  expect(accepted.map((o) => o.slice(FIXTURES.length + 1))).toEqual(
    expect.arrayContaining(['accepted/edge-cases', 'accepted/body-html', 'invalid/unknown-key']),
  );
});

test('what check accepts, the build builds, with no program error', () => {
  expect(build.code, build.stderr).toBe(0);
  expect(build.stderr).not.toContain('lỗi của chương trình');
});

test('the edge cases are published as an editor expects', async () => {
  const page = new JSDOMLike(
    await readFile(join(build.outDir, 'xa-ben/tin-tuc/2026/bien-the/index.html'), 'utf8'),
  );
  expect(page.attrs('main img', 'alt')).toContain('Ảnh nhỏ');
  // The Markdown image and the raw HTML one, both named without "./", are published.
  const sources = page.attrs('main img', 'src');
  expect(sources.length).toBeGreaterThanOrEqual(2);
  for (const src of sources)
    expect(existsSync(join(build.outDir, 'xa-ben/tin-tuc/2026/bien-the', src)), src).toBe(true);
  expect(page.texts('main a[href="#cuoi-bai"]')).toEqual(['mục trong bài']);
  expect(existsSync(join(build.outDir, 'xa-ben/tin-tuc/2026/bo-anh/index.html'))).toBe(true);
  expect(existsSync(join(build.outDir, 'xa-ben/_nhap'))).toBe(false);
  // The attachment is published under the name the item gives it, and the page links to that.
  expect(existsSync(join(build.outDir, 'xa-ben/van-ban/2026/quyet-dinh-nfd/quyết-định-81.pdf'))).toBe(true);
});

test.each(['ban-do-xa', 'ban-do-mdx'])(
  'images in the body of %s are published beside the page: an SVG drawing, and raw HTML <img> alone',
  async (name) => {
    const folder = join(build.outDir, 'xa-ben/tin-tuc/2026', name);
    const page = new JSDOMLike(await readFile(join(folder, 'index.html'), 'utf8'));
    const sources = page.attrs('main img', 'src');
    expect(sources).toHaveLength(3);
    for (const src of sources) expect(existsSync(join(folder, src)), src).toBe(true);
    // The drawing is a file the page points to, never SVG markup inside the page.
    expect(sources.filter((src) => src.endsWith('.svg'))).toHaveLength(2);
    expect(page.attrs('main svg', 'xmlns')).toEqual([]);
  },
);

test('images without a description and hand-nested HTML that check warned about are published as valid HTML', async () => {
  const pages = ['anh-va-html', 'anh-va-html-mdx'].map((name) =>
    join(build.outDir, 'xa-ben/tin-tuc/2026', name, 'index.html'),
  );
  for (const file of pages) {
    const page = new JSDOMLike(await readFile(file, 'utf8'));
    // Every picture of the body has an alt (empty: the editor gave no description).
    expect(page.attrs('main img', 'alt').length, file).toBeGreaterThanOrEqual(2);
    expect(page.attrs('main img:not([alt])', 'src'), file).toEqual([]);
    expect(page.texts('main ul > li'), file).toContain('Mục viết ngoài danh sách');
  }
  const { errors } = await checkHtml(pages);
  expect(errors, describeMessages(errors)).toEqual([]);
});

/** Every link of a page that leads to this site (no scheme, not `//`, not `#` alone). */
const localHrefs = (page: JSDOMLike): string[] =>
  page.attrs('a[href]', 'href').filter((href) => !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href));

test.each(['tai-bieu-mau', 'tai-bieu-mau-mdx'])(
  'every local link of %s, files of its body included, resolves to a file in dist/',
  async (name) => {
    const folder = join(build.outDir, 'xa-ben/tin-tuc/2026', name);
    const page = new JSDOMLike(await readFile(join(folder, 'index.html'), 'utf8'));
    const hrefs = localHrefs(page);
    for (const href of hrefs) {
      const path = join(folder, decodeURIComponent(href.replace(/[?#].*$/, '')));
      const file =
        href.replace(/[?#].*$/, '').endsWith('/') || href === '.' ? join(path, 'index.html') : path;
      expect(existsSync(file), `${href} → ${file}`).toBe(true);
    }
    // The body's own file links are among them: the same biểu mẫu from both items, a name with
    // accents (decomposed on disk) and spaces, a file in a sub-folder linked in raw HTML.
    const files = page.attrs('main a[href^="./"]', 'href').map(decodeURIComponent);
    expect(files).toEqual(
      name === 'tai-bieu-mau'
        ? ['./bieu-mau.pdf', './mẫu đơn xin việc.pdf', './huong-dan/cach-dien.txt']
        : ['./bieu-mau.pdf', './bieu-mau.pdf'],
    );
  },
);

test('a file linked only from a draft or a future item is not published', () => {
  const published = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).map((p) =>
    p.split('/').at(-1),
  );
  expect(published).toContain('bieu-mau.pdf');
  expect(published).not.toContain('chi-ban-nhap.pdf');
  expect(published).not.toContain('chi-sap-dang.pdf');
  expect(existsSync(join(build.outDir, 'xa-ben/tin-tuc/2026/nhap-co-tep'))).toBe(false);
  expect(existsSync(join(build.outDir, 'xa-ben/tin-tuc/2026/sap-dang-co-tep'))).toBe(false);
});
