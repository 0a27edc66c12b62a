import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { buildSite, FIXTURE_NOW, ROOT } from '../support/build-site.ts';
import { browserTestsCanRun, launchChromium } from '../support/chromium.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

/**
 * The portal's merged search over a big commune and a small one, built from content written
 * here: Xã Lớn has 150 news items, 6 of which mention "mắc ca" in passing, deep in their text;
 * Xã Nhỏ has 4, one of them about mắc ca from its title on. Pagefind scores each commune's
 * results with that commune's own word frequencies, and a word rare in a big index weighs more
 * there than the same word in a small one: the small commune's page came 20th, under every
 * passing mention. Both communes also publish the same document (one Pagefind id).
 */
const BIG = 150;
/** Every 25th item of Xã Lớn. */
const MENTIONS = 6;

const person = 'credits:\n  - person: pham-van-tu\n    role: tac-gia\n';
const FILLER =
  'Ủy ban nhân dân xã tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế, xã hội năm 2026. Các thôn, buôn rà soát hộ nghèo, hộ cận nghèo, sửa chữa đường giao thông nông thôn và kênh mương nội đồng trước mùa mưa.';
const news = (title: string, day: string, body: string) =>
  `---\ntitle: ${title}\ndate: 2026-${day}\nsummary: ${title}.\n${person}---\n${body}\n`;
/** The same document, word for word, in both communes. */
const SHARED_DOCUMENT = `---\nnumber: 12/UBND\ntype: cong-van\ntitle: V/v phòng chống sốt xuất huyết mùa mưa\nissuer: UBND tỉnh\nissued: 2026-06-02\nfile: ./12-ubnd.pdf\n---\nĐề nghị các xã diệt lăng quăng, phát quang bụi rậm quanh nhà.\n`;

async function writeCommune(root: string, slug: string, name: string, items: [string, string][]) {
  const dir = join(root, slug);
  await mkdir(join(dir, 'tin-tuc', '2026'), { recursive: true });
  await mkdir(join(dir, 'van-ban', '2026'), { recursive: true });
  const fixture = join(ROOT, 'tests/fixtures/content/xa-ben');
  await cp(join(fixture, 'people.yaml'), join(dir, 'people.yaml'));
  await cp(join(fixture, 'editorial-board.yaml'), join(dir, 'editorial-board.yaml'));
  await writeFile(
    join(dir, 'site.yaml'),
    `name: ${name}\nagency: Ủy ban nhân dân ${name.toLowerCase()}\nparents: [Tỉnh Đắk Lắk]\nresponsible: { name: Phạm Văn Tư, title: Chủ tịch UBND xã }\naddress: Thôn 1, ${name.toLowerCase()}\nphone: 0262 3800 001\nemail: ${slug}@example.gov.vn\ninfoContact: { name: Phạm Thị Năm }\nfeedback: { email: ${slug}@example.gov.vn }\n`,
  );
  await writeFile(join(dir, 'van-ban', '2026', '12-ubnd.md'), SHARED_DOCUMENT);
  await cp(
    join(ROOT, 'tests/fixtures/content/xa-mau/van-ban/2026/79-ubnd.pdf'),
    join(dir, 'van-ban', '2026', '12-ubnd.pdf'),
  );
  await Promise.all(items.map(([file, text]) => writeFile(join(dir, 'tin-tuc', '2026', `${file}.md`), text)));
}

async function writeContent(root: string) {
  await cp(join(ROOT, 'tests/fixtures/content/_shared'), join(root, '_shared'), { recursive: true });
  const day = (i: number) =>
    `${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
  const big: [string, string][] = Array.from({ length: BIG }, (_, i) => {
    const mention = i % 25 === 0 ? ' Bà con trồng thêm mắc ca xen cà phê; mắc ca cho quả sau bốn năm.' : '';
    return [`tin-${i + 1}`, news(`Hoạt động của thôn ${i + 1}`, day(i), `${FILLER} ${FILLER}${mention}`)];
  });
  big.push([
    'dat-va-duong',
    news(
      'Thôn 5 làm đường trên đất hiến',
      '03-04',
      `Bà con hiến đất làm đường. ${FILLER} Tuyến đường dài 2 km, kéo dài đến buôn Ea Ly.`,
    ),
  ]);
  big.push([
    'dieu-kien-tu-nhien',
    news('Điều kiện tự nhiên', '03-05', `Vị trí, địa hình, khí hậu, đất đai và sông suối của xã. ${FILLER}`),
  ]);
  await writeCommune(root, 'xa-lon', 'Xã Lớn', big);
  await writeCommune(root, 'xa-nho', 'Xã Nhỏ', [
    [
      'mac-ca',
      news(
        'Mắc ca giúp bà con thoát nghèo',
        '05-06',
        `Cây mắc ca hợp với đất đỏ bazan. Mỗi héc ta mắc ca cho thu nhập 200 triệu đồng. ${FILLER}`,
      ),
    ],
    ['hop-dan', news('Họp dân thôn 2', '05-07', FILLER)],
    [
      'luat-dat-dai',
      news(
        'Phổ biến Luật Đất đai năm 2024 cho bà con',
        '05-08',
        `${FILLER} Luật Đất đai năm 2024 có hiệu lực từ ngày 01/8/2024.`,
      ),
    ],
    ['ra-quan', news('Ra quân làm thủy lợi', '05-09', FILLER)],
  ]);
}

interface Result {
  path: string;
  meta: string;
}

async function searchFor(page: Page, url: string, query: string): Promise<Result[]> {
  await page.goto(`${url}?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#tim-kiem-form[data-ready]');
  await page.waitForFunction(() => document.getElementById('trang-thai')!.textContent !== '');
  while (await page.isVisible('#xem-them')) {
    const before = await page.locator('#ket-qua li').count();
    await page.click('#xem-them');
    await page.waitForFunction((n) => document.querySelectorAll('#ket-qua li').length > n, before);
  }
  return page.$$eval('#ket-qua li', (items) =>
    items.map((li) => ({
      path: new URL(li.querySelector('a')!.href).pathname,
      meta: li.querySelector('.meta')!.textContent!,
    })),
  );
}

describe.skipIf(!browserTestsCanRun('tests/browser/portal-search.test.ts'))(
  'the portal ranks a small commune’s strong match above a big commune’s passing mentions (360 px)',
  () => {
    let work: string;
    let browser: Browser;
    let server: StaticServer;
    let page: Page;

    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), 'trangxa-portal-search-'));
      await writeContent(join(work, 'content'));
      const built = await buildSite('portal-search', [
        '--content',
        join(work, 'content'),
        '--now',
        FIXTURE_NOW,
      ]);
      if (built.code !== 0) throw new Error(`Build failed:\n${built.stderr}\n${built.stdout}`);
      browser = await launchChromium();
      server = await serveFolder(built.outDir, '/');
      // bypassCSP: axe-core is injected as a script, which the page's Content-Security-Policy refuses.
      page = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (work) await rm(work, { recursive: true, force: true });
    });

    test.each(['mắc ca', 'mac ca'])(
      '"%s" on the portal: the small commune’s page about it first',
      async (query) => {
        const shown = await searchFor(page, `${server.url}tim-kiem/`, query);
        expect(
          shown.filter((r) => r.path.startsWith('/xa-lon/tin-tuc/')),
          'every passing mention is found',
        ).toHaveLength(MENTIONS);
        expect(shown[0]).toEqual({
          path: '/xa-nho/tin-tuc/2026/mac-ca/',
          meta: 'Xã Nhỏ · Tin tức · 06/05/2026',
        });
      },
    );

    test.each([
      // Side by side in a title, then in a page's opening line.
      ['đất đai', ['/xa-nho/tin-tuc/2026/luat-dat-dai/', '/xa-lon/tin-tuc/2026/dieu-kien-tu-nhien/']],
      // Typed without marks, "dai" is also "dài": the page with "đất" and "dài" apart is found, last.
      [
        'dat dai',
        [
          '/xa-nho/tin-tuc/2026/luat-dat-dai/',
          '/xa-lon/tin-tuc/2026/dieu-kien-tu-nhien/',
          '/xa-lon/tin-tuc/2026/dat-va-duong/',
        ],
      ],
    ])(
      '"%s": the page with "Đất đai" side by side first, in the commune and on the portal',
      async (query, portal) => {
        expect((await searchFor(page, `${server.url}xa-nho/tim-kiem/`, query))[0]?.path).toBe(portal[0]);
        expect((await searchFor(page, `${server.url}tim-kiem/`, query)).map((r) => r.path)).toEqual(portal);
      },
    );

    test('"dat dai" typed key by key ends with the order of the query pasted', async () => {
      const pasted = await searchFor(page, `${server.url}tim-kiem/`, 'dat dai');
      await page.fill('#tu-khoa', '');
      await page.type('#tu-khoa', 'dat dai', { delay: 100 });
      await page.waitForFunction(() => document.getElementById('ket-qua')!.dataset['query'] === 'dat dai');
      const typed = await page.$$eval('#ket-qua li a', (links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(typed).toEqual(pasted.map((r) => r.path));
    });

    test('the same document published by both communes is two results, one in each', async () => {
      const shown = await searchFor(page, `${server.url}tim-kiem/`, 'sốt xuất huyết');
      expect(shown.map((r) => r.path).toSorted()).toEqual([
        '/xa-lon/van-ban/2026/12-ubnd/',
        '/xa-nho/van-ban/2026/12-ubnd/',
      ]);
      expect(shown.map((r) => r.meta.split(' · ')[0]).toSorted()).toEqual(['Xã Lớn', 'Xã Nhỏ']);
    });

    test('the portal search page says whose sites it searches, and has no WCAG 2.1 AA violation with results', async () => {
      await searchFor(page, `${server.url}tim-kiem/`, 'mac ca');
      const title = 'Tìm kiếm trên các trang thông tin điện tử xã của tỉnh Đắk Lắk';
      expect(await page.textContent('h1')).toBe(title);
      expect(await page.title()).toMatch(new RegExp(`^${title} \\| `));
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  },
);
