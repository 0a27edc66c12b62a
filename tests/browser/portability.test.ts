import { cp, glob, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserTestsCanRun, launchChromium } from '../support/chromium.ts';
import { crawl, type BrokenLink, type CrawlResult } from '../support/crawl.ts';
import { serveFolder } from '../support/static-server.ts';

/** Fewer pages than this means the crawl stopped early (a broken menu), not that the site is fine. */
const MIN_PAGES = 10;

/** One entry per broken URL, with the pages it was found on (a menu link is on every page). */
function describeBroken(broken: readonly BrokenLink[]): string {
  const byUrl = Map.groupBy(broken, (b) => `${b.url} (${b.problem})`);
  return [...byUrl]
    .map(([url, found]) => {
      const places = found.map((b) => `    found on ${b.foundOn} in ${b.via}`);
      const shown =
        places.length > 5 ? [...places.slice(0, 5), `    and on ${places.length - 5} more pages`] : places;
      return `${url}\n${shown.join('\n')}`;
    })
    .join('\n');
}

/** Serves one commune folder alone at `prefix` and crawls it from its home page. */
async function crawlCommune(
  browser: Browser,
  folder: string,
  prefix: string,
): Promise<CrawlResult & { base: string }> {
  const server = await serveFolder(folder, prefix);
  try {
    return { ...(await crawl(browser, server.url)), base: server.url };
  } finally {
    await server.close();
  }
}

/** Pages visited, as paths under the served folder (`''` is the home page), sorted. */
function pagePaths(result: CrawlResult & { base: string }): string[] {
  return result.pages.map((page) => page.slice(result.base.length)).toSorted();
}

const PREFIXES = ['/', '/a/b/'];

describe.skipIf(!browserTestsCanRun('tests/browser/portability.test.ts'))(
  'a commune folder works alone at any URL path',
  () => {
    const commune = join(inject('fixtureDist'), 'xa-mau');
    let browser: Browser;
    const crawls = new Map<string, CrawlResult & { base: string }>();

    beforeAll(async () => {
      browser = await launchChromium();
      for (const prefix of PREFIXES) crawls.set(prefix, await crawlCommune(browser, commune, prefix));
    });
    afterAll(async () => {
      await browser?.close();
    });

    test.each(PREFIXES)(
      'served at %s, every link and asset reachable from the home page answers 200',
      (prefix) => {
        const result = crawls.get(prefix)!;
        expect(result.broken.length, `broken at ${prefix}:\n${describeBroken(result.broken)}\n`).toBe(0);
        expect(
          result.pages.length,
          `pages visited at ${prefix}:\n${result.pages.join('\n')}`,
        ).toBeGreaterThan(MIN_PAGES);
      },
    );

    test('the same pages are reachable at / and at /a/b/', () => {
      expect(pagePaths(crawls.get('/a/b/')!)).toEqual(pagePaths(crawls.get('/')!));
    });

    test('every page the build publishes for the commune is reachable from its home page', async () => {
      // The editor (quan-tri/) is for the board and deliberately not linked from the public pages.
      const published = (await Array.fromAsync(glob('**/index.html', { cwd: commune }))).filter(
        (file) => !file.startsWith('quan-tri/'),
      );
      const reachable = new Set(pagePaths(crawls.get('/')!));
      const orphans = published
        .map((file) => file.slice(0, -'index.html'.length))
        .filter((page) => !reachable.has(page));
      expect(published.length).toBeGreaterThan(MIN_PAGES);
      expect(orphans.toSorted(), 'pages no link leads to').toEqual([]);
    });

    test('the check can fail: a page deleted from a copy is reported with the page linking to it', async () => {
      const copy = await mkdtemp(join(tmpdir(), 'trangxa-broken-'));
      try {
        await cp(commune, copy, { recursive: true });
        const [article] = (
          await Array.fromAsync(glob('tin-tuc/[0-9][0-9][0-9][0-9]/*/index.html', { cwd: copy }))
        ).toSorted();
        if (article === undefined) throw new Error(`no article page in ${commune}`);
        await rm(join(copy, article));

        const result = await crawlCommune(browser, copy, '/a/b/');
        const deleted = `${result.base}${article.slice(0, -'index.html'.length)}`;
        expect(result.broken.filter((b) => b.url === deleted).map((b) => b.problem)).toContain('404');
      } finally {
        await rm(copy, { recursive: true, force: true });
      }
    });
  },
);
