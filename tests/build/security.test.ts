import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, FIXTURE_NOW, type BuildResult } from '../support/build-site.ts';
import { attribute, JSDOMLike, sourceText } from '../support/html-text.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/content');

const front = (title: string, extra = '') =>
  `---\ntitle: ${title}\ndate: 2026-04-03\n${extra}credits:\n  - person: pham-van-tu\n    role: tac-gia\n---\n`;

/** A hostile article, as a careless or malicious editor could write it. */
const HOSTILE = `${front('Bài có mã độc')}Đoạn an toàn HOSTILE-SAFE-TEXT.

<script>alert("HOSTILE-SCRIPT")</script>

<p onclick="HOSTILE-HANDLER()">Bấm vào đây</p> <img src="https://example.org/x.png" onerror="HOSTILE-ONERROR()" alt="x">

<a href="javascript:HOSTILE_LINK()">liên kết</a> [liên kết Markdown](javascript:HOSTILE_MD_LINK)

<iframe src="https://evil.example/HOSTILE-FRAME"></iframe>

<!-- HOSTILE-COMMENT-MARKER: ghi chú nội bộ -->

<img src="data:image/svg+xml;base64,SE9TVElMRS1EQVRB" alt="y">

[bấm](javascript\\:HOSTILE_ESCAPED\\(1\\)) [HOA](JAVASCRIPT\\:HOSTILE_UPPER\\(1\\)) [dữ liệu](data\\:text/html,HOSTILE_DATA_PAGE)

[tham chiếu][r] ![ảnh][i]

[r]: javascript\\:HOSTILE_REFERENCE(1)
[i]: javascript\\:HOSTILE_IMAGE(1)
`;

/** The fixture commune xa-ben with a hostile article, a draft, a scheduled item and payee data. */
async function hostileContent(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'trangxa-security-'));
  const content = join(root, 'content');
  await cp(join(FIXTURES, '_shared'), join(content, '_shared'), { recursive: true });
  await cp(join(FIXTURES, 'xa-ben'), join(content, 'xa-ben'), { recursive: true });
  const news = join(content, 'xa-ben/tin-tuc/2026');
  await writeFile(join(news, 'bai-doc-hai.md'), HOSTILE);
  await writeFile(
    join(news, 'ban-nhap-bao-mat.md'),
    `${front('Bản nháp SECURITY-DRAFT-TITLE', 'draft: true\n')}SECURITY-DRAFT-BODY\n`,
  );
  await writeFile(
    join(news, 'hen-gio-bao-mat.md'),
    `${front('Hẹn giờ SECURITY-FUTURE-TITLE').replace('2026-04-03', '2027-01-01')}SECURITY-FUTURE-BODY\n`,
  );
  await mkdir(join(root, 'private/xa-ben'), { recursive: true });
  await writeFile(
    join(root, 'private/xa-ben/payees.yaml'),
    '- person: pham-van-tu\n  bankAccount: "9704-PAYEE-SECRET-0001"\n  taxCode: "TAXCODE-SECRET-8888"\n',
  );
  // The ledger of issued payment lists is private too: the site build never reads it.
  await writeFile(
    join(root, 'private/xa-ben/bang-ke-da-lap.yaml'),
    '- number: "LEDGER-SECRET-7/2026"\n  period: "2026-Q1"\n  gross: 2493000\n',
  );
  // A copy of the commune whose attachment and photo are links to the payee data.
  await cp(join(FIXTURES, 'xa-ben'), join(content, 'xa-lien-ket'), { recursive: true });
  const linked = join(content, 'xa-lien-ket/tin-tuc/2026');
  await writeFile(join(linked, 'anh-lien-ket.md'), `${front('Ảnh liên kết')}![Ảnh](./anh.jpg)\n`);
  await symlink(join(root, 'private/xa-ben/payees.yaml'), join(linked, 'anh.jpg'));
  await mkdir(join(content, 'xa-lien-ket/van-ban/2026'), { recursive: true });
  await writeFile(
    join(content, 'xa-lien-ket/van-ban/2026/80-ubnd.md'),
    '---\nnumber: 80/UBND\ntype: cong-van\ntitle: Văn bản liên kết\nissuer: UBND xã\nissued: 2026-01-18\nsigner: A\nfield: Văn hóa\nfile: ./80-ubnd.pdf\n---\nNội dung.\n',
  );
  await symlink(
    join(root, 'private/xa-ben/payees.yaml'),
    join(content, 'xa-lien-ket/van-ban/2026/80-ubnd.pdf'),
  );
  return content;
}

async function publishedText(dir: string): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && /\.(html|xml|json|txt|js|css|svg|yaml|md)$/.test(e.name));
  return Promise.all(
    files.map(async (e) => ({
      file: join(e.parentPath, e.name),
      text: await readFile(join(e.parentPath, e.name), 'utf8'),
    })),
  );
}

let build: BuildResult;
beforeAll(async () => {
  build = await buildSite('security', ['--content', await hostileContent(), '--now', FIXTURE_NOW]);
});

describe('what an editor writes cannot attack citizens or leak private data', () => {
  test('the hostile article is published, with its safe text, and nothing of it runs', async () => {
    expect(build.stderr).not.toContain('lỗi của chương trình');
    const page = new JSDOMLike(
      await readFile(join(build.outDir, 'xa-ben/tin-tuc/2026/bai-doc-hai/index.html'), 'utf8'),
    );
    const article = page.within('main article');
    expect(article.text('h1')).toBe('Bài có mã độc');
    expect(article.texts('p').slice(1, 3)).toEqual(['Đoạn an toàn HOSTILE-SAFE-TEXT.', 'Bấm vào đây']);
    // The elements and attributes that would run or embed something are gone, not escaped into view.
    expect(page.$$('script, iframe, object, embed, [onclick], [onerror]')).toEqual([]);
    // Every javascript: or data: link keeps its words and loses its address.
    expect(article.texts('a:not([href])')).toEqual([
      'liên kết',
      'liên kết Markdown',
      'bấm',
      'HOA',
      'dữ liệu',
      'tham chiếu',
    ]);
    expect(article.attrs('a[href]', 'href')).toEqual(['../../../tac-gia/pham-van-tu/']);
  });

  // Raw bytes on purpose: none of these may reach any byte of any published file, whether as
  // markup, escaped text, an attribute, a comment, the search index or a script.
  test.each([
    ['a script from the article', 'HOSTILE-SCRIPT'],
    ['an event handler', 'HOSTILE-HANDLER'],
    ['an onerror handler', 'HOSTILE-ONERROR'],
    ['a javascript: link', 'HOSTILE_LINK'],
    ['a javascript: Markdown link', 'HOSTILE_MD_LINK'],
    ['an iframe to an unknown host', 'evil.example'],
    ['an HTML comment', 'HOSTILE-COMMENT-MARKER'],
    ['a data: URL', 'SE9TVElMRS1EQVRB'],
    ['a javascript\\: link (escaped colon)', 'HOSTILE_ESCAPED'],
    ['a JAVASCRIPT\\: link', 'HOSTILE_UPPER'],
    ['a data\\: page', 'HOSTILE_DATA_PAGE'],
    ['a reference definition to javascript\\:', 'HOSTILE_REFERENCE'],
    ['an image reference to javascript\\:', 'HOSTILE_IMAGE'],
    ['a draft title', 'SECURITY-DRAFT-TITLE'],
    ['a draft body', 'SECURITY-DRAFT-BODY'],
    ['a scheduled item title', 'SECURITY-FUTURE-TITLE'],
    ['a scheduled item body', 'SECURITY-FUTURE-BODY'],
    ['a bank account from private/', '9704-PAYEE-SECRET-0001'],
    ['a tax code from private/', 'TAXCODE-SECRET-8888'],
    ['the ledger of issued payment lists from private/', 'LEDGER-SECRET-7/2026'],
  ])('no published file contains %s', async (_, marker) => {
    for (const { file, text } of await publishedText(build.outDir)) expect(text, file).not.toContain(marker);
  });

  test('every page carries a Content-Security-Policy; only the search pages may run a script, their own', async () => {
    // The citizens' pages; quan-tri/ is the editors' tool (Decap CMS), with its own rules.
    const pages = (await publishedText(build.outDir)).filter(
      ({ file }) => file.endsWith('.html') && !file.includes('/quan-tri/'),
    );
    expect(pages.length).toBeGreaterThan(20);
    for (const { file, text } of pages) {
      const page = new JSDOMLike(text);
      const policies = page.attrs('meta[http-equiv="Content-Security-Policy"]', 'content');
      expect(policies, file).toHaveLength(1);
      const policy = policies[0]!;
      const scripts = page.$$('script');
      // Every "<script" in the bytes is a script element the parser saw: none hides from this test.
      expect(text.match(/<script\b/gi) ?? [], file).toHaveLength(scripts.length);
      const inline = scripts.filter((script) => attribute(script, 'src') === undefined).map(sourceText);
      if (scripts.length === 0) expect(policy, file).toContain("script-src 'none'");
      // Only the search pages run a script (their own, from the site).
      if (scripts.length > 0) expect(file, 'a page with a script').toMatch(/\/tim-kiem\/index\.html$/);
      for (const script of inline)
        expect(policy, file).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    }
  });

  test('a commune whose files link to private data is refused, saying which link, and no byte of the data is printed', async () => {
    expect(build.code).toBe(1);
    expect(existsSync(join(build.outDir, 'xa-lien-ket'))).toBe(false);
    expect(build.stderr).toContain('xa-lien-ket/van-ban/2026/80-ubnd.pdf');
    expect(build.stderr).toContain('liên kết (symlink)');
    expect(`${build.stdout}${build.stderr}`).not.toContain('PAYEE-SECRET');
  });

  test('no published file of any type holds the payee data', async () => {
    const entries = await readdir(build.outDir, { recursive: true, withFileTypes: true });
    for (const e of entries.filter((entry) => !entry.isDirectory())) {
      expect(e.isSymbolicLink(), join(e.parentPath, e.name)).toBe(false);
      expect(
        (await readFile(join(e.parentPath, e.name))).includes('PAYEE-SECRET'),
        join(e.parentPath, e.name),
      ).toBe(false);
    }
  });

  // Raw bytes on purpose: "javascript:" anywhere (an attribute, a srcset, escaped text) fails it.
  test('no page of the article has a javascript: address', async () => {
    const page = await readFile(join(build.outDir, 'xa-ben/tin-tuc/2026/bai-doc-hai/index.html'), 'utf8');
    expect(page).not.toMatch(/javascript:/i);
  });

  test('the draft and the scheduled item have no page', () => {
    expect(existsSync(join(build.outDir, 'xa-ben/tin-tuc/2026/ban-nhap-bao-mat'))).toBe(false);
    expect(existsSync(join(build.outDir, 'xa-ben/tin-tuc/2026/hen-gio-bao-mat'))).toBe(false);
  });
});
