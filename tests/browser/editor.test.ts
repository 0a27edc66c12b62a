import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import axe from 'axe-core';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite, FIXTURE_NOW, ROOT } from '../support/build-site.ts';
import { browserTestsCanRun, launchChromium } from '../support/chromium.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

/**
 * The editor as a board member uses it: the fixture site's `xa-mau/quan-tri/`, logged in to
 * decap-server (Decap's local backend, in git mode: the draft → review → publish workflow on
 * branches) in a temporary git copy of the fixture content. Nothing leaves the machine.
 */
const run = promisify(execFile);
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const NEWS = 'content/xa-mau/tin-tuc';
const EXISTING = `${NEWS}/2026/hoi-nghi-trien-khai.md`;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

const git = async (repo: string, ...args: string[]) =>
  (await run('git', ['-C', repo, ...args], { maxBuffer: 16 * 1024 * 1024 })).stdout;

async function axeRun(target: Page | Frame): Promise<axe.Result[]> {
  await target.addScriptTag({ content: axe.source });
  const results = await target.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    WCAG_TAGS,
  );
  return results.violations;
}

describe.skipIf(!browserTestsCanRun('tests/browser/editor.test.ts'))(
  'the web editor (quan-tri/) with a local git backend',
  () => {
    const dist = inject('fixtureDist');
    let repo: string;
    let backend: ChildProcess;
    let backendUrl: string;
    let server: StaticServer;
    let browser: Browser;
    let page: Page;
    const external: string[] = [];

    beforeAll(async () => {
      repo = await mkdtemp(join(tmpdir(), 'trangxa-quan-tri-'));
      await cp(join(ROOT, 'tests/fixtures/content'), join(repo, 'content'), { recursive: true });
      await git(repo, 'init', '-q', '-b', 'main');
      await git(repo, 'add', '-A');
      await git(
        repo,
        '-c',
        'user.name=Fixture',
        '-c',
        'user.email=fixture@example.vn',
        'commit',
        '-qm',
        'Nội dung mẫu',
      );
      const port = await freePort();
      backendUrl = `http://127.0.0.1:${port}/api/v1`;
      backend = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
        env: {
          ...process.env,
          MODE: 'git',
          GIT_REPO_DIRECTORY: repo,
          PORT: String(port),
          BIND_HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
        },
        stdio: 'inherit',
      });
      for (let tries = 0; ; tries++) {
        const up = await fetch(backendUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"action":"info"}',
        }).then(
          (r) => r.ok,
          () => false,
        );
        if (up) break;
        if (tries > 100) throw new Error('decap-server did not start');
        await new Promise((done) => setTimeout(done, 100));
      }
      server = await serveFolder(dist, '/');
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('request', (request) => {
        if (!request.url().startsWith('http://127.0.0.1') && !/^(data|blob):/.test(request.url()))
          external.push(request.url());
      });
      page.on('dialog', (dialog) => void dialog.accept());
      // The page is the built one; only the local backend's port differs from Decap's default.
      await page.route('**/quan-tri/config.yml', async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          body: (await response.text()).replace(
            'local_backend: true',
            `local_backend:\n  url: ${backendUrl}`,
          ),
        });
      });
      await mkdir(SCREENSHOTS, { recursive: true });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      backend?.kill();
      if (repo) await rm(repo, { recursive: true, force: true });
    });

    /** Picks an option of a react-select (relation and select widgets) by its visible label. */
    async function choose(field: string, nth: number, label: string): Promise<void> {
      const input = page.locator(`input[id^="${field}-field"]`).nth(nth);
      await input.click();
      await input.fill(label);
      await page.getByRole('option', { name: label, exact: true }).click();
    }

    /** Saves, marks ready and publishes the open entry (editorial workflow). */
    async function saveAndPublish(): Promise<void> {
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      const status = page.getByRole('button', { name: /^Trạng thái:/ });
      await status.click();
      await page.getByRole('menuitem', { name: 'Sẵn sàng' }).click();
      // "Công bố ngay" does nothing until the backend has recorded the new status.
      await expect.poll(() => status.textContent(), { timeout: 60_000 }).toContain('Sẵn sàng');
      await page.getByRole('button', { name: 'Công bố', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
      await page.getByRole('button', { name: 'Xoá mục đã được công bố này' }).waitFor({ timeout: 60_000 });
    }

    test('a board member logs in; the editor is in Vietnamese, noindex, and calls nothing outside the machine', async () => {
      const response = await page.goto(`${server.url}xa-mau/quan-tri/`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('link', { name: /Hội nghị triển khai nhiệm vụ năm 2026/ }).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, 'quan-tri-danh-sach.png') });
      const violations = await axeRun(page);
      // Decap's own interface is third-party: reported, not gated.
      console.log(
        `axe on Decap CMS's own page (reported, not gated): ${violations.length} rules violated${violations.length ? `: ${violations.map((v) => `${v.id} (${v.nodes.length})`).join(', ')}` : ''}`,
      );
      expect(external).toEqual([]);
    });

    test('creates a news item with a Vietnamese title, a date, a photo and two credits; publishing writes the contract shape on main', async () => {
      await page.goto(`${server.url}xa-mau/quan-tri/#/collections/tin-tuc/new`);
      await page.getByLabel('Tiêu đề', { exact: true }).fill('Lễ hội đâm trâu ở buôn Đức');
      await page.getByLabel('Ngày đăng').fill('2026-11-20');
      await page
        .getByLabel('Tóm tắt (không bắt buộc)')
        .fill('Buôn Đức tổ chức lễ hội truyền thống: "đâm trâu" mừng lúa mới.');
      for (const [nth, person, role] of [
        [0, 'Nguyễn Văn An', 'Tác giả'],
        [1, 'Lê Văn Bình', 'Ảnh'],
      ] as const) {
        await page.getByRole('button', { name: 'Thêm người thực hiện' }).click();
        await choose('person', nth, person);
        await choose('role', nth, role);
      }
      const photo = join(await mkdtemp(join(tmpdir(), 'trangxa-anh-')), 'le-hoi.jpg');
      await writeFile(
        photo,
        await readFile(join(ROOT, 'tests/fixtures/content/xa-mau/tin-tuc/2026/hoi-nghi.jpg')),
      );
      await page.getByRole('button', { name: 'Chọn một hình' }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByText('Tải lên', { exact: true }).click();
      await (await chooser).setFiles(photo);
      await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
      await page.getByLabel('Mô tả ảnh (không bắt buộc)').fill('Người dân buôn Đức trong lễ hội');
      await page.locator('[data-slate-editor="true"]').first().click();
      await page.keyboard.type('Sáng 20/11, buôn Đức tổ chức lễ hội.');

      // Our preview: the site's stylesheet, the item as its page shows it, and axe-clean.
      const preview = page.frames().find((frame) => frame !== page.mainFrame())!;
      await expect.poll(() => preview.locator('h1').textContent()).toBe('Lễ hội đâm trâu ở buôn Đức');
      expect(await preview.locator('time').textContent()).toBe('20/11/2026');
      // The site's own rules (its <style> blocks, copied to preview.css by the build) are applied.
      expect(await preview.locator('link[rel="stylesheet"][href$="preview.css"]').count()).toBe(1);
      expect(
        await preview.evaluate(() =>
          [...document.styleSheets].some(
            (sheet) => sheet.href?.endsWith('preview.css') && sheet.cssRules.length > 20,
          ),
        ),
      ).toBe(true);
      const previewViolations = await axeRun(preview);
      expect(
        previewViolations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'quan-tri-viet-tin.png') });

      await saveAndPublish();
      await page.screenshot({ path: join(SCREENSHOTS, 'quan-tri-da-cong-bo.png') });
      await rm(join(photo, '..'), { recursive: true });

      // On main, in a folder of the year it was written, named by the ASCII slug of its title.
      const added = (await git(repo, 'diff', '--name-only', 'HEAD~1', 'main')).trim().split('\n').toSorted();
      expect(added).toHaveLength(2);
      const item = added.find((file) => file.endsWith('.md'))!;
      const image = added.find((file) => file.endsWith('.jpg'));
      expect(item).toMatch(/^content\/xa-mau\/tin-tuc\/\d{4}\/le-hoi-dam-trau-o-buon-duc\.md$/);
      expect(image).toBe(item.replace('le-hoi-dam-trau-o-buon-duc.md', 'le-hoi.jpg'));
      expect(await git(repo, 'show', `main:${item}`)).toBe(`---
title: Lễ hội đâm trâu ở buôn Đức
date: 2026-11-20
summary: 'Buôn Đức tổ chức lễ hội truyền thống: "đâm trâu" mừng lúa mới.'
draft: false
credits:
  - person: nguyen-van-an
    role: tac-gia
  - person: le-van-binh
    role: anh
image: ./le-hoi.jpg
imageAlt: Người dân buôn Đức trong lễ hội
---
Sáng 20/11, buôn Đức tổ chức lễ hội.
`);
      expect(await git(repo, 'status', '--porcelain')).toBe('');

      // `npm run check` accepts it, and the next build publishes it.
      const check = await run(
        process.execPath,
        ['src/cli/check.ts', '--content', join(repo, 'content'), '--commune', 'xa-mau'],
        { cwd: ROOT },
      );
      expect(check.stdout).toContain('Nội dung hợp lệ');
      const built = await buildSite('editor-e2e', [
        '--content',
        join(repo, 'content'),
        '--commune',
        'xa-mau',
        '--now',
        FIXTURE_NOW,
      ]);
      expect(built.code, built.stderr).toBe(0);
      const pagePath = join(
        built.outDir,
        'xa-mau',
        item.replace(/^content\/xa-mau\//, '').replace(/\.md$/, ''),
        'index.html',
      );
      const html = await readFile(pagePath, 'utf8');
      expect(html).toContain('<h1>Lễ hội đâm trâu ở buôn Đức</h1>');
      expect(html).toContain('alt="Người dân buôn Đức trong lễ hội"');
    });

    test('editing the summary of an existing item changes that line only: other fields and the body keep their bytes', async () => {
      const before = await readFile(join(repo, EXISTING), 'utf8');
      await page.goto(`${server.url}xa-mau/quan-tri/#/collections/tin-tuc`);
      await page.getByRole('link', { name: /Hội nghị triển khai nhiệm vụ năm 2026/ }).click();
      const summary = page.getByLabel('Tóm tắt (không bắt buộc)');
      await expect.poll(() => summary.inputValue()).toContain('UBND xã tổ chức hội nghị');
      await summary.fill('Hội nghị giao chỉ tiêu năm 2026 cho các thôn, buôn.');
      await saveAndPublish();
      const after = await git(repo, 'show', `main:${EXISTING}`);
      expect(after).toBe(
        before.replace(/^summary: .*$/m, 'summary: Hội nghị giao chỉ tiêu năm 2026 cho các thôn, buôn.'),
      );
      expect(after).not.toBe(before);
    });
  },
);
