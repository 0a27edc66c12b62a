import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { browserTestsCanRun, launchChromium } from '../support/chromium.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';
import { resolvePagePath } from './page-types.ts';

/** A small Android phone, the screen most citizens read the commune site on. */
const PHONE = { width: 360, height: 740 };
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
/** A blank 720 px wide PNG is a few kB; a page with a header, text and a footer is far more. */
const MIN_PNG_BYTES = 20_000;

describe.skipIf(!browserTestsCanRun('tests/browser/screenshots.test.ts'))('on a 360 px phone screen', () => {
  const dist = inject('fixtureDist');
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveFolder(dist, '/');
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each([
    ['trang-chu', 'xa-mau/'],
    ['bai-viet', 'xa-mau/tin-tuc/2026/hoi-nghi-trien-khai/'],
  ])('%s (%s) fits the width without scrolling sideways and is saved as a screenshot', async (name, pattern) => {
    const path = await resolvePagePath(dist, pattern);
    const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      expect((await page.goto(server.url + path))?.status()).toBe(200);
      const file = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });

      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expect((await stat(file)).size).toBeGreaterThan(MIN_PNG_BYTES);
    } finally {
      await context.close();
    }
  });
});
