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

describe.skipIf(!browserTestsCanRun('tests/browser/no-javascript-no-fonts.test.ts'))(
  'pages need no JavaScript and no web font',
  () => {
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

    /** Loads the page and returns the font files it requested and the @font-face rules it declares. */
    async function load(context: BrowserContext, path: string) {
      const page = await context.newPage();
      const fontRequests: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'font' || FONT_FILE.test(new URL(request.url()).pathname))
          fontRequests.push(request.url());
      });
      expect((await page.goto(server.url + path))?.status(), path).toBe(200);
      // Playwright's evaluate runs even where the page's own scripts are turned off.
      // An @font-face inlined as a data: URL makes no request but still declares a web font.
      const fontFaces = await page.evaluate(async () => (await document.fonts.ready).size);
      return { page, fontRequests, fontFaces };
    }

    test.each(PAGE_TYPES)(
      '%s (%s), with JavaScript turned off, shows its main heading and loads no web font',
      async (_, pattern) => {
        const { page, fontRequests, fontFaces } = await load(
          withoutScripts,
          await resolvePagePath(dist, pattern),
        );
        try {
          await expect.poll(() => page.locator('main h1').first().isVisible(), { timeout: 2_000 }).toBe(true);
          expect(fontRequests).toEqual([]);
          expect(fontFaces, '@font-face rules').toBe(0);
        } finally {
          await page.close();
        }
      },
    );

    test.each(PAGE_TYPES)('%s (%s), with JavaScript on, loads no web font', async (_, pattern) => {
      const { page, fontRequests, fontFaces } = await load(withScripts, await resolvePagePath(dist, pattern));
      try {
        expect(fontRequests).toEqual([]);
        expect(fontFaces, '@font-face rules').toBe(0);
      } finally {
        await page.close();
      }
    });
  },
);
