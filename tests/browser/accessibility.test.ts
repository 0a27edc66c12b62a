import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { browserTestsCanRun, launchChromium } from '../support/chromium.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';
import { PAGE_TYPES, resolvePagePath } from './page-types.ts';

describe.skipIf(!browserTestsCanRun('tests/browser/accessibility.test.ts'))(
  'accessibility (axe-core, WCAG 2.1 A and AA)',
  () => {
    const dist = inject('fixtureDist');
    let browser: Browser;
    let server: StaticServer;

    beforeAll(async () => {
      browser = await launchChromium();
      server = await serveFolder(dist, '/');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test.each(PAGE_TYPES)('%s (%s) has no WCAG 2.1 AA violation', async (_, pattern) => {
      const path = await resolvePagePath(dist, pattern);
      // axe is injected as a script, which the pages' Content-Security-Policy rightly refuses.
      const page = await browser.newPage({ bypassCSP: true });
      try {
        const response = await page.goto(server.url + path);
        expect(response?.status(), path).toBe(200);
        const violations = await axeViolations(page);
        expect(violations.length, `axe on ${path}:\n\n${describeViolations(violations)}\n`).toBe(0);
      } finally {
        await page.close();
      }
    });

    test('the check can fail: axe reports an image without a text alternative', async () => {
      const page = await browser.newPage();
      try {
        await page.setContent(
          '<!doctype html><html lang="vi"><title>t</title><main><h1>Tin</h1><img src="data:,"></main></html>',
        );
        expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
      } finally {
        await page.close();
      }
    });
  },
);
