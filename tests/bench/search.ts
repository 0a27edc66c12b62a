/**
 * The search target of the issue: on a 1,000-item commune served locally, results shown within
 * 300 ms of typing, and at most 150 KB transferred for the first query. Measured in Chromium:
 * the time from the keystroke to the results' status line, and every byte the page fetched
 * (raw, and gzip-compressed as a static host serves it).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../support/chromium.ts';
import { serveFolder } from '../support/static-server.ts';
import { generateContent } from './generate-content.ts';

export interface SearchFigures {
  items: number;
  firstQueryMs: number;
  nextQueryMs: number;
  firstQueryKb: number;
  firstQueryGzipKb: number;
}

export async function measureSearch(root: string, work: string, items = 1000): Promise<SearchFigures> {
  const content = join(work, 'search-content');
  const dist = join(work, 'search-dist');
  await generateContent({ dir: content, communes: 1, items, documents: 0, sharedFrom: join(root, 'content') });
  execFileSync(process.execPath, ['--max-semi-space-size=64', 'src/cli/build.ts', '--content', content, '--out', dist, '--now', '2026-11-26'], { cwd: root, stdio: 'ignore' });
  const server = await serveFolder(join(dist, 'xa-0001'), '/');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let raw = 0;
    let gzip = 0;
    page.on('response', (response) => {
      void response.body().then(
        (body) => {
          raw += body.length;
          gzip += gzipSync(body).length;
        },
        () => undefined,
      );
    });
    await page.goto(`${server.url}tim-kiem/`);
    await page.waitForSelector('#tim-kiem-form[data-ready]');
    const timeQuery = async (query: string) => {
      await page.fill('#tu-khoa', '');
      await page.waitForFunction(() => document.getElementById('trang-thai')!.textContent === '');
      const started = await page.evaluate(() => performance.now());
      await page.fill('#tu-khoa', query);
      await page.waitForFunction(() => /\d/.test(document.getElementById('trang-thai')!.textContent ?? ''));
      return (await page.evaluate(() => performance.now())) - started;
    };
    const firstQueryMs = await timeQuery('duc binh');
    await page.waitForLoadState('networkidle');
    const firstQueryKb = raw / 1024;
    const firstQueryGzipKb = gzip / 1024;
    const nextQueryMs = await timeQuery('nong thon moi');
    return { items, firstQueryMs: Math.round(firstQueryMs), nextQueryMs: Math.round(nextQueryMs), firstQueryKb: Math.round(firstQueryKb), firstQueryGzipKb: Math.round(firstQueryGzipKb) };
  } finally {
    await browser.close();
    await server.close();
  }
}
