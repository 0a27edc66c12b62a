import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { browserTestsCanRun, launchChromium } from '../support/chromium.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';
import { PAGE_TYPES, resolvePagePath } from './page-types.ts';

/** A small Android phone, the screen most citizens read the commune site on. */
const PHONE = { width: 360, height: 740 };
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
/** A blank 720 px wide PNG is a few kB; a page with a header, text and a footer is far more. */
const MIN_PNG_BYTES = 20_000;
/**
 * A block of text this long squeezed into a column this narrow reads a word or two per line and
 * breaks words mid-syllable ("chứn g"): what the procedure pages did before issue #19.
 */
const MIN_TEXT_CHARS = 25;
const MIN_TEXT_WIDTH = 100;

interface LayoutProblems {
  pageWidth: number;
  /** Elements whose own text is long and whose box is narrow: "p.lead 63 px: «Thời hạn giải…»". */
  narrow: string[];
  /** Boxes that scroll sideways without being a focusable, labelled region. */
  unlabelledScroll: string[];
  /** Document numbers ("98/BC-UBND") laid out on more than one line. */
  brokenNumbers: string[];
}

/**
 * What a reader on a 360 px screen would see wrong, measured in the page. Runs in the browser,
 * so it is self-contained. Visually hidden text (`.sr`, a 1 × 1 px clip) and hidden elements
 * are skipped: nobody reads them on screen.
 */
function measureLayout([minChars, minWidth]: readonly [number, number]): LayoutProblems {
  const describe = (el: Element, width: number, text: string) =>
    `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''} ${Math.round(width)} px: «${text.slice(0, 40)}»`;
  const narrow: string[] = [];
  const unlabelledScroll: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 1 && rect.height <= 1) continue;
    const own = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (own.length >= minChars && rect.width < minWidth) narrow.push(describe(el, rect.width, own));
    const style = getComputedStyle(el);
    const scrolls =
      (style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
    const labelled =
      el.getAttribute('tabindex') === '0' &&
      el.getAttribute('role') === 'region' &&
      (el.getAttribute('aria-label') ?? '') !== '';
    if (scrolls && !labelled) unlabelledScroll.push(describe(el, rect.width, el.textContent?.trim() ?? ''));
  }
  const brokenNumbers = [...document.querySelectorAll('.doc-number')]
    .filter((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size > 1)
    .map((el) => el.textContent ?? '');
  return { pageWidth: document.scrollingElement?.scrollWidth ?? 0, narrow, unlabelledScroll, brokenNumbers };
}

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

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

  test.each(PAGE_TYPES)(
    '%s (%s): no sideways scroll, no squeezed text, tables scroll inside a labelled region',
    async (label, pattern) => {
      const path = await resolvePagePath(dist, pattern);
      const page = await phonePage(browser);
      try {
        expect((await page.goto(server.url + path))?.status()).toBe(200);
        const file = join(SCREENSHOTS, `${label.replace(/[^\p{L}\p{N}]+/gu, '-')}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const found = await page.evaluate(measureLayout, [MIN_TEXT_CHARS, MIN_TEXT_WIDTH] as const);
        expect(found.pageWidth, `${path} is wider than the screen`).toBeLessThanOrEqual(PHONE.width);
        expect(found.narrow, `${path}: text in a column under ${MIN_TEXT_WIDTH} px`).toEqual([]);
        expect(
          found.unlabelledScroll,
          `${path}: a box scrolls sideways without tabindex="0", role="region" and aria-label`,
        ).toEqual([]);
        expect(found.brokenNumbers, `${path}: a document number breaks across lines`).toEqual([]);
        expect((await stat(file)).size).toBeGreaterThan(MIN_PNG_BYTES);
      } finally {
        await page.context().close();
      }
    },
  );

  test.each([
    [
      'a two-column key-value list with a 63 px value column',
      '<dl style="display:grid;grid-template-columns:auto 63px"><dt>Thời hạn giải quyết hồ sơ theo quy định</dt><dd>Ngay trong ngày làm việc, trường hợp nhận hồ sơ sau 15 giờ</dd></dl>',
      'narrow',
    ],
    [
      'a table wider than the screen',
      '<table><tr><td style="min-width:600px">Số ký hiệu</td></tr></table>',
      'pageWidth',
    ],
    [
      'a table scrolling in a box that is not a labelled region',
      '<div style="overflow-x:auto"><table><tr><td style="min-width:600px">Số ký hiệu</td></tr></table></div>',
      'unlabelledScroll',
    ],
    [
      'a document number broken at its hyphen',
      '<p style="width:90px"><span class="doc-number" style="white-space:normal">98/BC-UBND 98/BC-UBND</span></p>',
      'brokenNumbers',
    ],
  ] as const)('the check can fail: %s', async (_, html, key) => {
    const page = await phonePage(browser);
    try {
      await page.setContent(
        `<!doctype html><html lang="vi"><meta name="viewport" content="width=device-width"><title>t</title><body style="margin:0">${html}</body></html>`,
      );
      const found = await page.evaluate(measureLayout, [MIN_TEXT_CHARS, MIN_TEXT_WIDTH] as const);
      if (key === 'pageWidth') expect(found.pageWidth).toBeGreaterThan(PHONE.width);
      else expect(found[key]).not.toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
