import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { foldVietnamese } from '../../src/lib/search/fold.ts';
import { browserTestsCanRun, launchChromium } from '../support/chromium.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

/**
 * Search as a citizen uses it, in Chromium, on the fixture built at a deployment path. Each pair
 * is the same query typed with and without diacritics, from real Vietnamese text; the
 * unaccented query must find everything the accented one finds, with an accented match first.
 */
const PAIRS: readonly (readonly [accented: string, plain: string])[] = [
  ['Đức Bình', 'duc binh'],
  ['đường', 'duong'],
  ['đất đai', 'dat dai'],
  ['điện lực', 'dien luc'],
  ['đăng ký khai sinh', 'dang ky khai sinh'],
  ['đồng bào dân tộc', 'dong bao dan toc'],
  ['Đắk Lắk', 'dak lak'],
  ['Đoàn Thanh niên', 'doan thanh nien'],
  ['đầu tư công', 'dau tu cong'],
  ['điện tử', 'dien tu'],
  ['quyết định', 'quyet dinh'],
  ['Sông Hinh', 'song hinh'],
  ['nông thôn mới', 'nong thon moi'],
  ['tiêm chủng', 'tiem chung'],
  ['hộ tịch', 'ho tich'],
  ['dự thảo hương ước', 'du thao huong uoc'],
  ['ngân sách', 'ngan sach'],
];

interface Shown {
  status: string;
  results: { href: string; title: string; meta: string; excerpt: string }[];
}

/** Searches and shows every result, pressing "Xem thêm" until the list is complete. */
async function searchFor(page: Page, url: string, query: string): Promise<Shown> {
  await page.goto(`${url}?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#tim-kiem-form[data-ready]');
  await page.waitForFunction(() => document.getElementById('trang-thai')!.textContent !== '');
  while (await page.isVisible('#xem-them')) {
    const before = await page.locator('#ket-qua li').count();
    await page.click('#xem-them');
    await page.waitForFunction((n) => document.querySelectorAll('#ket-qua li').length > n, before);
  }
  return page.evaluate(() => ({
    status: document.getElementById('trang-thai')!.textContent!,
    results: [...document.querySelectorAll('#ket-qua li')].map((li) => ({
      href: (li.querySelector('a') as HTMLAnchorElement).href,
      title: li.querySelector('a')!.textContent!,
      meta: li.querySelector('.meta')!.textContent!,
      excerpt: li.querySelector('.excerpt')!.innerHTML,
    })),
  }));
}

/** Every result, not only the first page: the count in the status line. */
const count = (shown: Shown) => Number(shown.status.split(' ')[0]);

describe.skipIf(!browserTestsCanRun('tests/browser/search.test.ts'))(
  'search (Pagefind, typed with or without diacritics)',
  () => {
    const dist = inject('fixtureDist');
    let browser: Browser;
    let server: StaticServer;
    let page: Page;
    let searchUrl: string;

    beforeAll(async () => {
      browser = await launchChromium();
      server = await serveFolder(dist, '/a/b/');
      page = await browser.newPage();
      searchUrl = `${server.url}xa-mau/tim-kiem/`;
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test.each(PAIRS)(
      '"%s" typed as "%s": finds as much, an accented match first',
      async (accented, plain) => {
        const withMarks = await searchFor(page, searchUrl, accented);
        const without = await searchFor(page, searchUrl, plain);
        expect(withMarks.results.length, `"${accented}" finds something in the fixture`).toBeGreaterThan(0);
        expect(count(without)).toBeGreaterThanOrEqual(count(withMarks));
        const found = new Set(without.results.map((r) => r.href));
        for (const r of withMarks.results) expect(found, `"${plain}" also finds ${r.href}`).toContain(r.href);
        expect(
          withMarks.results.map((r) => r.href),
          `"${plain}" ranks first a page that "${accented}" finds`,
        ).toContain(without.results[0]!.href);
      },
    );

    test('results show title, section, date and an excerpt without the index-only twins', async () => {
      const shown = await searchFor(page, searchUrl, 'duong buon ken');
      const first = shown.results[0]!;
      expect(first.title).toBe('Đường vào buôn Ken đã được bê tông hóa');
      expect(first.meta).toBe('Tin tức · 05/03/2026');
      expect(first.excerpt).toContain('<mark>');
      expect(first.excerpt).not.toMatch(/Duong|Duc\b/);
      expect(first.href).toBe(`${server.url}xa-mau/tin-tuc/2026/duong-buon-ken/`);
    });

    test('the first page shows 5 results and "Xem thêm" the next ones, each fetched only when shown', async () => {
      const fragments: string[] = [];
      const onRequest = (request: { url: () => string }) =>
        void (request.url().includes('/fragment/') && fragments.push(request.url()));
      page.on('request', onRequest);
      await page.goto(`${searchUrl}?q=thon`);
      await page.waitForFunction(() => document.getElementById('trang-thai')!.textContent !== '');
      const total = Number((await page.textContent('#trang-thai'))!.split(' ')[0]);
      expect(total, 'the fixture has more than one page of results for "thon"').toBeGreaterThan(5);
      expect(await page.locator('#ket-qua li').count()).toBe(5);
      expect(fragments).toHaveLength(5);
      await page.click('#xem-them');
      await page.waitForFunction(() => document.querySelectorAll('#ket-qua li').length > 5);
      expect(await page.locator('#ket-qua li').count()).toBe(Math.min(total, 10));
      expect(fragments).toHaveLength(Math.min(total, 10));
      page.off('request', onRequest);
    });

    test('typed key by key, the list ends with the results of the whole query, the same as pasted', async () => {
      const pasted = await searchFor(page, searchUrl, 'duc binh');
      await page.fill('#tu-khoa', '');
      await page.type('#tu-khoa', 'duc binh', { delay: 100 });
      await page.waitForFunction(() => document.getElementById('ket-qua')!.dataset['query'] === 'duc binh');
      expect(await page.textContent('#trang-thai')).toBe(pasted.status);
      expect(
        await page.$$eval('#ket-qua li a', (links) => links.map((a) => (a as HTMLAnchorElement).href)),
      ).toEqual(pasted.results.slice(0, 5).map((r) => r.href));
    });

    test('a category finds its items, and excerpts begin with the text, not the category or date lines', async () => {
      const shown = await searchFor(page, searchUrl, 'nong thon moi');
      const ken = shown.results.find((r) => r.href.endsWith('/tin-tuc/2026/duong-buon-ken/'));
      expect(ken, 'the item of category "Nông thôn mới" is found').toBeDefined();
      for (const r of shown.results) {
        const excerpt = r.excerpt.replace(/<\/?mark>/g, '');
        expect(excerpt).not.toMatch(/^(Nông thôn mới|Kinh tế|\d\d\/\d\d\/\d{4})/);
        expect(excerpt, 'no index-only twin, not even one whose word the excerpt cut off').not.toMatch(
          /\b(Duc|Duong|Dat)\b/,
        );
      }
    });

    test('a document is found by a field of its register entry, and the excerpt keeps the fields apart', async () => {
      const shown = await searchFor(page, searchUrl, 'ksor y phun');
      const doc = shown.results.find((r) => r.href.endsWith('/van-ban/2026/79-ubnd/'));
      expect(doc, 'the signer (Người ký) of 79/UBND finds it').toBeDefined();
      expect(doc!.excerpt.replace(/<\/?mark>/g, '')).toContain('Người ký Ksor Y Phun');
    });

    test('the section filter narrows the results', async () => {
      const all = await searchFor(page, searchUrl, 'duong');
      expect(new Set(all.results.map((r) => r.meta.split(' · ')[0])).size).toBeGreaterThan(1);
      await page.selectOption('select[data-filter="Mục"]', 'Thông báo');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('#ket-qua .meta')].every((n) => n.textContent!.startsWith('Thông báo')),
      );
      const metas = await page.$$eval('#ket-qua .meta', (nodes) => nodes.map((n) => n.textContent));
      expect(metas.length).toBeGreaterThan(0);
      expect(metas.length).toBeLessThan(all.results.length);
    });

    test('the header search box leads to the search page with the query', async () => {
      await page.goto(`${server.url}xa-mau/tin-tuc/`);
      await page.fill('header input[name="q"]', 'tiem chung');
      await page.press('header input[name="q"]', 'Enter');
      await page.waitForSelector('#ket-qua li');
      expect(page.url()).toContain('/a/b/xa-mau/tim-kiem/?q=tiem');
    });

    test('the search page with results shown has no WCAG 2.1 AA violation', async () => {
      await searchFor(page, searchUrl, 'duc binh');
      // Evaluated, not added as a script tag, which the page's Content-Security-Policy refuses.
      await page.evaluate(axe.source);
      const results = await page.evaluate(() =>
        (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }),
      );
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    });

    test('the portal searches every commune at once, on its own search page', async () => {
      await page.goto(server.url);
      await page.fill('#tu-khoa-cong', 'duc binh');
      await Promise.all([
        page.waitForURL(/\/tim-kiem\/\?q=duc\+binh$/),
        page.press('#tu-khoa-cong', 'Enter'),
      ]);
      const shown = await searchFor(page, `${server.url}tim-kiem/`, 'duc binh');
      const communes = new Set(shown.results.map((r) => new URL(r.href).pathname.split('/')[3]));
      expect(communes).toContain('xa-mau');
      expect(shown.results[0]!.meta).toMatch(/^Xã /);
    });

    describe('documents: the text of their PDF, their numbers, phrases first (360 px wide)', () => {
      let narrow: Page;
      beforeAll(async () => {
        narrow = await browser.newPage({ viewport: { width: 360, height: 740 } });
      });
      afterAll(async () => {
        await narrow?.close();
      });

      // "lăng quăng" (mosquito larvae) is only in the PDF attached to plan 45/QĐ-UBND and to a notice.
      test.each(['lăng quăng', 'lang quang'])(
        '"%s", only inside an attached PDF, finds the pages it is attached to, excerpt marked as from the PDF',
        async (query) => {
          const shown = await searchFor(narrow, searchUrl, query);
          expect(shown.results.map((r) => new URL(r.href).pathname).toSorted()).toEqual([
            '/a/b/xa-mau/thong-bao/2026/tiem-chung-thang-12/',
            '/a/b/xa-mau/van-ban/2026/45-qd-ubnd/',
          ]);
          for (const result of shown.results) {
            expect(result.excerpt).toMatch(
              /^<strong class="from">Trong tệp đính kèm (45-qd-ubnd|lich-tiem-chung)\.pdf:<\/strong> .*<mark>lăng<\/mark> <mark>quăng<\/mark>/,
            );
          }
          const doc = shown.results.find((r) => r.href.endsWith('/van-ban/2026/45-qd-ubnd/'))!;
          expect(doc.meta).toMatch(
            /^Số 45\/QĐ-UBND · Quyết định · \d\d\/\d\d\/\d{4} · (Còn hiệu lực|Hết hiệu lực|Chưa có hiệu lực)$/,
          );
        },
      );

      test.each(['79/UBND', '79 ubnd', '79 UBND', 'số 79', 'so 79'])(
        'the document number typed as "%s" finds 79/UBND first',
        async (query) => {
          const shown = await searchFor(narrow, searchUrl, query);
          expect(shown.results[0]!.href).toBe(`${server.url}xa-mau/van-ban/2026/79-ubnd/`);
          expect(shown.results[0]!.meta).toMatch(/^Số 79\/UBND · Công văn · /);
        },
      );

      /** Whether each result's page holds the query's words side by side (folded, as the index does). */
      async function adjacency(shown: Shown, query: string): Promise<boolean[]> {
        const phrase = foldVietnamese(query).toLowerCase();
        return Promise.all(
          shown.results.map(async (r) => {
            const html = await (await narrow.request.get(r.href)).text();
            const text = foldVietnamese(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toLowerCase();
            return text.includes(phrase);
          }),
        );
      }

      test.each([
        ['xa-mau/tim-kiem/', 'duc binh'],
        ['xa-mau/tim-kiem/', 'Đức Bình'],
        ['xa-mau/tim-kiem/', 'y te'],
        ['tim-kiem/', 'duc binh'],
        ['tim-kiem/', 'Đức Bình'],
      ])(
        'on %s, "%s": every page with the words side by side comes before any page where they are apart',
        async (where, query) => {
          const shown = await searchFor(narrow, `${server.url}${where}`, query);
          const adjacent = await adjacency(shown, query);
          expect(adjacent[0], 'the first result holds the phrase').toBe(true);
          expect(adjacent, 'no phrase after a result without it').toEqual(
            adjacent.toSorted((a, b) => Number(b) - Number(a)),
          );
        },
      );

      test('the results with a document, a PDF excerpt and a narrowed section have no WCAG 2.1 AA violation at 360 px', async () => {
        await searchFor(narrow, searchUrl, 'lang quang');
        await narrow.selectOption('select[data-filter="Mục"]', 'Văn bản');
        await narrow.waitForFunction(() => document.querySelectorAll('#ket-qua li').length === 1);
        expect(narrow.url(), 'narrowed on the same page').toContain('/xa-mau/tim-kiem/?q=lang');
        await narrow.evaluate(axe.source);
        const results = await narrow.evaluate(() =>
          (window as unknown as { axe: typeof axe }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          }),
        );
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
        expect(
          await narrow.evaluate(() => document.documentElement.scrollWidth),
          'no sideways scrolling at 360 px',
        ).toBeLessThanOrEqual(360);
      });
    });
  },
);
