import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attachmentText } from '../../src/lib/pdf/attachment-text.ts';
import { ocrAvailable } from '../../src/lib/pdf/ocr.ts';
import { browserTestsCanRun, launchChromium } from '../support/chromium.ts';
import { scannedPdf, textPdf } from '../support/make-pdf.ts';

/**
 * Text read from PDFs made here, as communes make them: one printed with an embedded Vietnamese
 * font, one scanned (an image, no text). Chromium prints both (make-pdf.ts).
 */
const LINES = [
  'Quyết định hỗ trợ đồng bào dân tộc thiểu số xã Đức Bình Tây',
  'mức hỗ trợ 1.500.000 đồng mỗi hộ trồng mắc ca và cà phê trên rẫy',
];

/** .ci/run installs Tesseract; elsewhere the OCR test runs where it is installed. */
const canOcr = (await ocrAvailable()) || process.env['CI'] !== undefined;

describe.skipIf(!browserTestsCanRun('pdf-text'))('text of attached PDFs', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchChromium();
    dir = await mkdtemp(join(tmpdir(), 'trangxa-pdf-'));
  });
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('a printed PDF gives its Vietnamese text, every tone and đ, and is read once (cached by SHA-256)', async () => {
    const file = join(dir, 'in.pdf');
    await writeFile(file, await textPdf(browser, LINES));
    const cacheDir = join(dir, 'cache-text');
    expect(await attachmentText(file, { cacheDir, ocr: true })).toEqual({
      text: LINES.join('\n'),
      from: 'text',
    });
    expect(await readdir(cacheDir)).toHaveLength(1);
    // The cached text is what a second build reads: change it and the change shows.
    const [entry] = await readdir(cacheDir);
    await writeFile(
      join(cacheDir, entry!),
      JSON.stringify({ version: 1, pages: [`đã lưu sẵn ${'chữ '.repeat(40)}`] }),
    );
    expect((await attachmentText(file, { cacheDir, ocr: true })).text).toMatch(/^đã lưu sẵn/);
  });

  test('a scanned PDF has no text layer; without OCR it is not searchable', async () => {
    const file = join(dir, 'quet.pdf');
    await writeFile(file, await scannedPdf(browser, LINES));
    expect(await attachmentText(file, { cacheDir: join(dir, 'cache-no-ocr'), ocr: false })).toEqual({
      text: '',
      from: 'none',
    });
  });

  test.skipIf(!canOcr)(
    'a scanned Vietnamese page is read by Tesseract (vie), then cached',
    async () => {
      const file = join(dir, 'quet-ocr.pdf');
      await writeFile(file, await scannedPdf(browser, LINES));
      const cacheDir = join(dir, 'cache-ocr');
      const read = await attachmentText(file, { cacheDir, ocr: true });
      expect(read.from).toBe('ocr');
      expect(read.text).toBe(LINES.join('\n'));
      expect(read.ocrMsPerPage).toBeGreaterThan(0);
      const again = await attachmentText(file, { cacheDir, ocr: true });
      expect(again).toEqual({ text: read.text, from: 'ocr' });
    },
    60_000,
  );
});
