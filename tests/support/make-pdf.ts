import type { Browser } from 'playwright-core';

/**
 * PDFs made at test time, as communes make theirs: printed from a word processor (text with an
 * embedded font) or scanned (an image of the page, no text at all). Chromium prints both: its
 * PDFs embed a subset of the font with its Unicode map, as LibreOffice and Word do.
 */
const PAGE_STYLE =
  'body{font-family:"DejaVu Sans";font-size:16px;line-height:1.5;margin:0;padding:24px;width:640px;color:#000;background:#fff}';
const html = (paragraphs: readonly string[]) =>
  `<!doctype html><html lang="vi"><meta charset="utf-8"><style>${PAGE_STYLE}</style><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`;

/** A text PDF in DejaVu Sans (Debian's fonts-dejavu-core), one paragraph per entry. */
export async function textPdf(browser: Browser, paragraphs: readonly string[]): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html(paragraphs));
    return await page.pdf({ format: 'A4' });
  } finally {
    await page.close();
  }
}

/** A scanned page: the paragraphs photographed at three times screen resolution, then put alone in a PDF. */
export async function scannedPdf(browser: Browser, paragraphs: readonly string[]): Promise<Buffer> {
  const context = await browser.newContext({ deviceScaleFactor: 3, viewport: { width: 688, height: 400 } });
  try {
    const page = await context.newPage();
    await page.setContent(html(paragraphs));
    const image = await page.screenshot({ fullPage: true, type: 'png' });
    await page.setContent(
      `<!doctype html><style>body{margin:0}img{width:100%}</style><img alt="" src="data:image/png;base64,${image.toString('base64')}">`,
    );
    return await page.pdf({ format: 'A4' });
  } finally {
    await context.close();
  }
}
