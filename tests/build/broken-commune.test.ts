import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, FIXTURE_NOW, type BuildResult } from '../support/build-site.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/content');

/** xa-ben, valid, beside xa-hong: a copy of it whose article has an impossible date. */
async function oneBrokenCommune(): Promise<string> {
  const content = await mkdtemp(join(tmpdir(), 'trangxa-broken-'));
  await cp(join(FIXTURES, '_shared'), join(content, '_shared'), { recursive: true });
  await cp(join(FIXTURES, 'xa-ben'), join(content, 'xa-ben'), { recursive: true });
  await cp(join(FIXTURES, 'xa-ben'), join(content, 'xa-hong'), { recursive: true });
  const article = join(content, 'xa-hong/tin-tuc/2026/ra-quan.md');
  await writeFile(article, (await readFile(article, 'utf8')).replace('date: 2026-04-02', 'date: 2026-02-30'));
  return content;
}

let build: BuildResult;
beforeAll(async () => {
  build = await buildSite('broken-commune', ['--content', await oneBrokenCommune(), '--now', FIXTURE_NOW]);
});

describe('a broken commune beside a valid one', () => {
  test('the command exits non-zero', () => {
    expect(build.code).not.toBe(0);
  });

  test('the valid commune is still built', () => {
    expect(existsSync(join(build.outDir, 'xa-ben/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'xa-ben/tin-tuc/2026/ra-quan/index.html'))).toBe(true);
  });

  test('the broken commune is not published', () => {
    expect(existsSync(join(build.outDir, 'xa-hong'))).toBe(false);
  });

  test('the editor gets the Vietnamese message with file and line, not a stack trace', () => {
    expect(build.stderr).toContain('xa-hong/tin-tuc/2026/ra-quan.md:3: Ngày không hợp lệ');
    expect(build.stderr).toContain('Không xây dựng 1 xã có lỗi: xa-hong');
    expect(build.stderr).not.toMatch(/\n\s+at .+\.(ts|js|mjs):\d+/);
  });
});
