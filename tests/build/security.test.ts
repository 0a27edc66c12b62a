import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, FIXTURE_NOW, type BuildResult } from '../support/build-site.ts';

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
`;

/** The fixture commune xa-ben with a hostile article, a draft, a scheduled item and payee data. */
async function hostileContent(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'trangxa-security-'));
  const content = join(root, 'content');
  await cp(join(FIXTURES, '_shared'), join(content, '_shared'), { recursive: true });
  await cp(join(FIXTURES, 'xa-ben'), join(content, 'xa-ben'), { recursive: true });
  const news = join(content, 'xa-ben/tin-tuc/2026');
  await writeFile(join(news, 'bai-doc-hai.md'), HOSTILE);
  await writeFile(join(news, 'ban-nhap-bao-mat.md'), `${front('Bản nháp SECURITY-DRAFT-TITLE', 'draft: true\n')}SECURITY-DRAFT-BODY\n`);
  await writeFile(join(news, 'hen-gio-bao-mat.md'), `${front('Hẹn giờ SECURITY-FUTURE-TITLE').replace('2026-04-03', '2027-01-01')}SECURITY-FUTURE-BODY\n`);
  await mkdir(join(root, 'private/xa-ben'), { recursive: true });
  await writeFile(join(root, 'private/xa-ben/payees.yaml'), '- person: pham-van-tu\n  bankAccount: "9704-PAYEE-SECRET-0001"\n  taxCode: "TAXCODE-SECRET-8888"\n');
  // The ledger of issued payment lists is private too: the site build never reads it.
  await writeFile(join(root, 'private/xa-ben/bang-ke-da-lap.yaml'), '- number: "LEDGER-SECRET-7/2026"\n  period: "2026-Q1"\n  gross: 2493000\n');
  return content;
}

async function publishedText(dir: string): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && /\.(html|xml|json|txt|js|css|svg|yaml|md)$/.test(e.name));
  return Promise.all(files.map(async (e) => ({ file: join(e.parentPath, e.name), text: await readFile(join(e.parentPath, e.name), 'utf8') })));
}

let build: BuildResult;
beforeAll(async () => {
  build = await buildSite('security', ['--content', await hostileContent(), '--now', FIXTURE_NOW]);
});

describe('what an editor writes cannot attack citizens or leak private data', () => {
  test('the hostile article is published, with its safe text', async () => {
    expect(build.code, build.stderr).toBe(0);
    const page = await readFile(join(build.outDir, 'xa-ben/tin-tuc/2026/bai-doc-hai/index.html'), 'utf8');
    expect(page).toContain('HOSTILE-SAFE-TEXT');
    expect(page).toContain('Bấm vào đây');
  });

  test.each([
    ['a script from the article', 'HOSTILE-SCRIPT'],
    ['an event handler', 'HOSTILE-HANDLER'],
    ['an onerror handler', 'HOSTILE-ONERROR'],
    ['a javascript: link', 'HOSTILE_LINK'],
    ['a javascript: Markdown link', 'HOSTILE_MD_LINK'],
    ['an iframe to an unknown host', 'evil.example'],
    ['an HTML comment', 'HOSTILE-COMMENT-MARKER'],
    ['a data: URL', 'SE9TVElMRS1EQVRB'],
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

  test('no page of the article has a javascript: address', async () => {
    const page = await readFile(join(build.outDir, 'xa-ben/tin-tuc/2026/bai-doc-hai/index.html'), 'utf8');
    expect(page).not.toMatch(/javascript:/i);
  });

  test('the draft and the scheduled item have no page', () => {
    expect(existsSync(join(build.outDir, 'xa-ben/tin-tuc/2026/ban-nhap-bao-mat'))).toBe(false);
    expect(existsSync(join(build.outDir, 'xa-ben/tin-tuc/2026/hen-gio-bao-mat'))).toBe(false);
  });
});
