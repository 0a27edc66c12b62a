/**
 * The district report as its readers use it: axe-core WCAG 2.1 A and AA on the overview and on
 * one commune's page (the one with the most tables: late documents, a consultation, royalties).
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, TEST_OUT } from '../support/build-site.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { browserTestsCanRun, launchChromium } from '../support/chromium.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

const OUT = join(TEST_OUT, 'oversight-report-browser');

describe.skipIf(!browserTestsCanRun('tests/browser/oversight-report.test.ts'))(
  'district report accessibility (axe-core, WCAG 2.1 AA)',
  () => {
    let browser: Browser;
    let server: StaticServer;

    beforeAll(async () => {
      await rm(OUT, { recursive: true, force: true });
      await promisify(execFile)(
        process.execPath,
        [
          'src/cli/report.ts',
          '--content',
          'tests/fixtures/oversight',
          '--now',
          '2026-11-26T12:00:00+07:00',
          '--out',
          OUT,
        ],
        { cwd: ROOT },
      );
      browser = await launchChromium();
      server = await serveFolder(OUT, '/');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test.each([
      ['the overview', 'index.html'],
      ['a commune page', 'xa/xa-cham-dang.html'],
    ])(
      '%s (%s) has no WCAG 2.1 AA violation at 360 px, and the page never scrolls sideways',
      async (_, path) => {
        const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
        try {
          expect((await page.goto(`${server.url}${path}`))?.status()).toBe(200);
          const violations = await axeViolations(page);
          expect(violations, describeViolations(violations)).toEqual([]);
          // Wide tables scroll inside their own labelled region, not the page (WCAG 1.4.10 reflow).
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        } finally {
          await page.close();
        }
      },
    );
  },
);
