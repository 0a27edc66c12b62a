import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { buildSite, FIXTURE_NOW } from '../support/build-site.ts';
import { browserTestsCanRun, launchChromium } from '../support/chromium.ts';
import { registerFixture } from '../support/register-fixture.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

/**
 * The document register as a citizen filters it, on a phone and on a desktop: the fixture with
 * documents that each differ in one facet (register-fixture.ts), built once and served at a
 * deployment path. Four filters picked in the register's form are sent to the search page,
 * which lists exactly the documents matching all four, newest issue first; its chips remove
 * filters; the address can be shared; without JavaScript the static filter pages still work.
 */
const SCREENS = [
  ['phone', { width: 360, height: 740 }],
  ['desktop', { width: 1280, height: 900 }],
] as const;

/** The document numbers the search page lists, once its status line says how many. */
async function listed(page: Page): Promise<{ status: string; numbers: string[] }> {
  await page.waitForSelector('#tim-kiem-form[data-ready]');
  await page.waitForFunction(() => document.getElementById('trang-thai')!.textContent !== '');
  return {
    status: (await page.textContent('#trang-thai'))!,
    numbers: await page.$$eval('#so-van-ban:not([hidden]) tbody th', (ths) =>
      ths.map((th) => th.textContent!),
    ),
  };
}

const chips = (page: Page) =>
  page.$$eval('#dang-loc li button', (bs) => bs.map((b) => b.textContent!.replace(/\s+/g, ' ').trim()));

describe.skipIf(!browserTestsCanRun('tests/browser/document-register.test.ts'))(
  'the document register, its filters combined',
  () => {
    let browser: Browser;
    let server: StaticServer;
    let register: string;

    beforeAll(async () => {
      const build = await buildSite('register-browser', [
        '--content',
        await registerFixture(),
        '--now',
        FIXTURE_NOW,
      ]);
      if (build.code !== 0) throw new Error(build.stderr);
      browser = await launchChromium();
      server = await serveFolder(build.outDir, '/tinh/');
      register = `${server.url}xa-mau/van-ban/`;
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test.each(SCREENS)(
      'on a %s: type + year + issuer + field list exactly the documents with all four, newest first',
      async (_, viewport) => {
        const page = await browser.newPage({ viewport, bypassCSP: true });
        try {
          await page.goto(register);
          if (viewport.width < 600) await page.getByText('Lọc văn bản', { exact: true }).click();
          await page.getByLabel('Loại văn bản').selectOption({ label: 'Quyết định (6)' });
          await page.getByLabel('Năm ban hành').selectOption({ label: '2025 (5)' });
          await page.getByLabel('Cơ quan ban hành').selectOption({ label: 'UBND xã Mẫu (6)' });
          await page.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai (5)' });
          await page.getByRole('button', { name: 'Lọc', exact: true }).click();
          await page.waitForURL(/\/tim-kiem\//);
          expect(await listed(page)).toEqual({ status: '2 văn bản', numbers: ['20/QĐ-UBND', '12/QĐ-UBND'] });
          expect(new URL(page.url()).search).toBe(
            '?loai=quyet-dinh&nam=2025&co-quan=ubnd-xa-mau&linh-vuc=dat-dai&q=',
          );
          expect(await chips(page)).toEqual([
            'Bỏ lọc Loại văn bản: Quyết định ×',
            'Bỏ lọc Năm: 2025 ×',
            'Bỏ lọc Cơ quan ban hành: UBND xã Mẫu ×',
            'Bỏ lọc Lĩnh vực: Đất đai ×',
          ]);
          // Each row: number, issue date, title linking to the document, its status.
          const row = await page.$eval('#so-van-ban tbody tr', (tr) => ({
            cells: [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent!.trim()),
            href: new URL(tr.querySelector('a')!.href).pathname,
          }));
          expect(row).toEqual({
            cells: ['20/QĐ-UBND', '14/07/2025', 'Quyết định thu hồi đất làm đường thôn Hai', 'Còn hiệu lực'],
            href: '/tinh/xa-mau/van-ban/2025/20-qd-ubnd/',
          });
          const violations = await axeViolations(page);
          expect(violations, describeViolations(violations)).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
            viewport.width,
          );
        } finally {
          await page.close();
        }
      },
    );

    test('each chip removes its filter, the address follows, and the address alone lists the same', async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      try {
        await page.goto(
          `${server.url}xa-mau/tim-kiem/?loai=quyet-dinh&nam=2025&co-quan=ubnd-xa-mau&linh-vuc=dat-dai`,
        );
        await listed(page);
        await page.getByRole('button', { name: 'Bỏ lọc Lĩnh vực: Đất đai' }).click();
        await page.waitForFunction(() => document.getElementById('trang-thai')!.textContent === '3 văn bản');
        expect((await listed(page)).numbers).toEqual(['30/QĐ-UBND', '20/QĐ-UBND', '12/QĐ-UBND']);
        // The focus goes back to the emptied filter, not lost at the top of the page.
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('loc-linh-vuc');
        await page.getByRole('button', { name: 'Bỏ lọc Năm: 2025' }).click();
        await page.waitForFunction(() => document.getElementById('trang-thai')!.textContent === '5 văn bản');
        expect((await listed(page)).numbers).toEqual([
          '45/QĐ-UBND',
          '30/QĐ-UBND',
          '20/QĐ-UBND',
          '12/QĐ-UBND',
          '05/QĐ-UBND',
        ]);
        expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Cơ quan ban hành');
        const shared = page.url();
        expect(Object.fromEntries(new URL(shared).searchParams)).toEqual({
          q: '',
          loai: 'quyet-dinh',
          'co-quan': 'ubnd-xa-mau',
        });
        await page.goto(shared);
        expect((await listed(page)).numbers).toHaveLength(5);
        expect(await chips(page)).toEqual([
          'Bỏ lọc Loại văn bản: Quyết định ×',
          'Bỏ lọc Cơ quan ban hành: UBND xã Mẫu ×',
        ]);
      } finally {
        await page.close();
      }
    });

    test.each(
      SCREENS.flatMap(
        ([screen, viewport]) =>
          [
            [screen, 'xa-mau/van-ban/', viewport],
            [screen, 'xa-mau/van-ban/loai/quyet-dinh/', viewport],
          ] as const,
      ),
    )('on a %s, %s: no WCAG 2.1 AA violation, no sideways scrolling', async (_, path, viewport) => {
      const page = await browser.newPage({ viewport, bypassCSP: true });
      try {
        await page.goto(`${server.url}${path}`);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          viewport.width,
        );
      } finally {
        await page.close();
      }
    });

    test('an address asking for a value no document has says so and lists nothing', async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.url}xa-mau/tim-kiem/?loai=quyet-dinh&co-quan=ubnd-xa-khac`);
        expect(await listed(page)).toEqual({
          status: 'Không có văn bản nào có Cơ quan ban hành: ubnd-xa-khac.',
          numbers: [],
        });
      } finally {
        await page.close();
      }
    });

    test('on a desktop the filters are open at the left of the table; on a phone one line above it', async () => {
      const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
      try {
        await desktop.goto(register);
        const form = (await desktop.locator('.register-form').boundingBox())!;
        const table = (await desktop.locator('.register-list table').boundingBox())!;
        expect(await desktop.getByLabel('Loại văn bản').isVisible()).toBe(true);
        expect(form.x + form.width).toBeLessThan(table.x);
        expect(form.y).toBeLessThan(table.y + 50);
        await phone.goto(register);
        expect(await phone.getByLabel('Loại văn bản').isVisible()).toBe(false);
        const summary = (await phone.getByText('Lọc văn bản', { exact: true }).boundingBox())!;
        const firstRow = (await phone.locator('.register-list tbody tr').first().boundingBox())!;
        expect(summary.y).toBeLessThan(firstRow.y);
        // The first document is on the first screen.
        expect(firstRow.y).toBeLessThan(740 - 100);
      } finally {
        await desktop.close();
        await phone.close();
      }
    });

    test('without JavaScript: the static filter page says which filter is on, and the search page points to it', async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 360, height: 740 },
      });
      const page = await context.newPage();
      try {
        await page.goto(register);
        await page.getByText('Lọc văn bản', { exact: true }).click();
        await page
          .getByRole('navigation', { name: 'Xem theo một tiêu chí' })
          .getByRole('link', { name: 'Đất đai' })
          .click();
        await page.waitForURL(`${register}linh-vuc/dat-dai/`);
        expect(await page.textContent('h1')).toBe('Văn bản — Lĩnh vực: Đất đai');
        expect(
          await page.$$eval('.register-list tbody th', (ths) => ths.map((th) => th.textContent)),
        ).toEqual(['20/QĐ-UBND', '15/KH-UBND', '08/QĐ-UBND', '12/QĐ-UBND', '05/QĐ-UBND']);
        const current = page.locator('nav.filters a[aria-current="page"]');
        expect(await current.allTextContents()).toEqual(['Đất đai']);
        // The combined form starts from this page's filter.
        expect(await page.locator('#loc-linh-vuc').inputValue()).toBe('dat-dai');
        await page.getByRole('link', { name: 'Bỏ lọc, xem tất cả văn bản' }).click();
        await page.waitForURL(register);
        await page.goto(`${server.url}xa-mau/tim-kiem/?loai=quyet-dinh`);
        // Read from the DOM: Playwright's text locators skip <noscript>.
        const noScript = await page.$eval('noscript p:last-child', (p) => ({
          visible: p.checkVisibility(),
          text: p.textContent,
          href: p.querySelector('a')!.href,
        }));
        expect(noScript).toEqual({
          visible: true,
          text: expect.stringContaining('Lọc văn bản theo nhiều tiêu chí cùng lúc cũng cần JavaScript'),
          href: register,
        });
        // Nothing of the script's list shows without it (an empty table's headings did).
        expect(await page.locator('#so-van-ban').isVisible()).toBe(false);
      } finally {
        await context.close();
      }
    });
  },
);
