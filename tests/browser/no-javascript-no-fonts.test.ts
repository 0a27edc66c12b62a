import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserTestsCanRun, launchChromium } from '../support/chromium.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';
import { PAGE_TYPES, resolvePagePath } from './page-types.ts';

/**
 * Citizens read the site on cheap phones over slow mobile data: a page must be complete as
 * HTML and CSS, and Vietnamese text is set in the system fonts, which all carry the diacritics.
 */
const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;

describe.skipIf(!browserTestsCanRun('tests/browser/no-javascript-no-fonts.test.ts'))('pages need no JavaScript and no web font', () => {
  const dist = inject('fixtureDist');
  let browser: Browser;
  let server: StaticServer;
  let withoutScripts: BrowserContext;
  let withScripts: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveFolder(dist, '/');
    withoutScripts = await browser.newContext({ javaScriptEnabled: false });
    withScripts = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(PAGE_TYPES)('%s (%s) shows its main heading with JavaScript turned off', async (_, pattern) => {
    const path = await resolvePagePath(dist, pattern);
    const page = await withoutScripts.newPage();
    try {
      expect((await page.goto(server.url + path))?.status()).toBe(200);
      await expect.poll(() => page.locator('main h1').first().isVisible(), { timeout: 2_000 }).toBe(true);
    } finally {
      await page.close();
    }
  });

  test.each(PAGE_TYPES)('%s (%s) loads no font file, with or without JavaScript', async (_, pattern) => {
    const path = await resolvePagePath(dist, pattern);
    for (const context of [withoutScripts, withScripts]) {
      const page = await context.newPage();
      const fonts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'font' || FONT_FILE.test(new URL(request.url()).pathname)) fonts.push(request.url());
      });
      try {
        await page.goto(server.url + path);
        // Playwright's evaluate runs even where the page's own scripts are turned off.
        await page.evaluate(() => document.fonts.ready);
        expect(fonts, path).toEqual([]);
        // An @font-face inlined as a data: URL makes no request but still declares a web font.
        expect(await page.evaluate(() => document.fonts.size), `@font-face rules on ${path}`).toBe(0);
      } finally {
        await page.close();
      }
    }
  });
});
