/**
 * The payment list as an accountant prints it: Chromium prints the HTML to an A4 PDF, and the
 * PDF's own text says what each printed page holds. A list long enough to need two pages keeps
 * its last payees with the totals, the amounts in words and the signatures; every page is
 * numbered "Trang x/y" and says "DỰ THẢO" while the list is a draft.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pdfPages } from '../../src/lib/pdf/pdf-text.ts';
import type { PayeeTotal } from '../../src/lib/royalty/report.ts';
import { renderHtml } from '../../src/lib/reports/write-html.ts';
import { browserTestsCanRun, launchChromium } from '../support/chromium.ts';
import { documentFor } from '../unit/royalty/sample-document.ts';

describe.skipIf(!browserTestsCanRun('tests/browser/payment-list-print.test.ts'))(
  'the printed payment list (A4, Chromium)',
  () => {
    let browser: Browser;
    let pages: string[];

    beforeAll(async () => {
      const doc = documentFor();
      // 20 payees: without the closing block kept whole, the signatures would fall alone on the next
      // page. The figures are not summed here, only printed.
      const payees: PayeeTotal[] = Array.from({ length: 20 }, (_, i) => ({
        person: `nguoi-${i + 1}`,
        name: `Người Nhận Số ${i + 1}`,
        gross: 100_000,
        tax: 0,
        net: 100_000,
      }));
      const html = [...renderHtml({ ...doc, report: { ...doc.report, payees } })].join('');
      browser = await launchChromium();
      const page = await browser.newPage();
      await page.setContent(html);
      pages = await pdfPages(await page.pdf({ preferCSSPageSize: true }));
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('prints on several pages, each numbered "Trang x/y" and marked DỰ THẢO', () => {
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((text, i) => {
        expect(text, `page ${i + 1}`).toContain(`Trang ${i + 1}/${pages.length}`);
        expect(text, `page ${i + 1}`).toContain('DỰ THẢO');
      });
    });

    test('the last payees, the totals, the words and every signature block share one page', () => {
      const closing = pages.find((text) => text.includes('Tổng số tiền bằng chữ'));
      expect(closing).toBeDefined();
      for (const part of [
        'Người Nhận Số 18',
        'Người Nhận Số 20',
        'Tổng cộng',
        'Thực nhận bằng chữ',
        'NGƯỜI LẬP BIỂU',
        'KẾ TOÁN',
        'THỦ TRƯỞNG ĐƠN VỊ',
        'Ksor Y Phun',
      ]) {
        expect(closing, part).toContain(part);
      }
    });

    test('the first page states the unit of money and the legal basis', () => {
      const listStart = pages.find((text) => text.includes('Danh sách chi trả'))!;
      expect(listStart).toContain('Đơn vị tính: đồng');
      expect(pages[0]).toContain('Căn cứ Nghị định 18/2014/NĐ-CP');
    });
  },
);
