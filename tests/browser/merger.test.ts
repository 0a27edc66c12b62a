/**
 * The archive of a merged commune as a citizen meets it on a phone: tests/fixtures/merger built
 * once, served over HTTP, read at 360 px. The banner is on the page, readable without scrolling
 * sideways, axe-clean, and its link leads to the successor's home page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, FIXTURE_NOW } from '../support/build-site.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { browserTestsCanRun, launchChromium } from '../support/chromium.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

describe.skipIf(!browserTestsCanRun('tests/browser/merger.test.ts'))(
  'an archive at 360 px (axe-core, WCAG 2.1 AA)',
  () => {
    let browser: Browser;
    let server: StaticServer;

    beforeAll(async () => {
      const build = await buildSite('merger-browser', [
        '--content',
        'tests/fixtures/merger',
        '--now',
        FIXTURE_NOW,
      ]);
      if (build.code !== 0) throw new Error(build.stderr);
      browser = await launchChromium();
      server = await serveFolder(build.outDir, '/');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test.each([
      ['the archive home page', 'xa-cu/'],
      ['an archived article', 'xa-cu/tin-tuc/2025/trao-qua-tet/'],
      ["the successor's predecessors page", 'xa-moi/don-vi-cu/'],
      ['the portal', ''],
    ])('%s (%s): no WCAG 2.1 AA violation, no sideways scrolling', async (_, path) => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
      try {
        expect((await page.goto(`${server.url}${path}`))?.status()).toBe(200);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      } finally {
        await page.close();
      }
    });

    test('the banner is in the first screen of an archived article, and its link opens the successor', async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      try {
        await page.goto(`${server.url}xa-cu/tin-tuc/2025/trao-qua-tet/`);
        const banner = page.getByRole('note', { name: 'Trang lưu trữ' });
        await expect(banner.textContent()).resolves.toContain(
          'Xã Cũ đã sáp nhập vào xã Mới từ ngày 01/07/2025',
        );
        const box = (await banner.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(740);
        await banner.getByRole('link', { name: 'xã Mới' }).click();
        await page.waitForURL(`${server.url}xa-moi/`);
        expect(await page.title()).toContain('xã Mới');
      } finally {
        await page.close();
      }
    });

    test("the successor's search finds its predecessor's archive only when the box is ticked", async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      const links = async () => {
        await page.waitForSelector('#tim-kiem-form[data-ready]');
        await page.waitForFunction(() => document.getElementById('trang-thai')!.textContent !== '');
        return page.$$eval('#ket-qua li a', (as) =>
          as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
        );
      };
      try {
        await page.goto(`${server.url}xa-moi/tim-kiem/?q=trao+qua+tet`);
        const box = page.getByLabel('Tìm cả trong trang lưu trữ của các đơn vị cũ: Xã Cũ');
        await expect(box.isChecked()).resolves.toBe(false);
        expect(await links()).not.toContain('/xa-cu/tin-tuc/2025/trao-qua-tet/');
        await box.check();
        await page.waitForURL(/luu-tru=1/);
        await expect(box.isChecked()).resolves.toBe(true);
        expect(await links()).toContain('/xa-cu/tin-tuc/2025/trao-qua-tet/');
      } finally {
        await page.close();
      }
    });
  },
);
