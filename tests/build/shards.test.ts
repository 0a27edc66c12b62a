import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, FIXTURE_NOW, type BuildResult } from '../support/build-site.ts';
import { JSDOMLike } from '../support/html-text.ts';

/**
 * What a CI matrix does: each job builds its shard into its own copy of dist/, the copies are
 * merged, and a last job assembles the portal page from what is there.
 */
const common = ['--content', 'tests/fixtures/content', '--now', FIXTURE_NOW];
let first: BuildResult;
let second: BuildResult;
let portal: BuildResult;

beforeAll(async () => {
  first = await buildSite('shards', [...common, '--shard', '1/2']);
  second = await buildSite('shards', [...common, '--shard', '2/2'], { fresh: false });
  portal = await buildSite('shards', [...common, '--portal-only'], { fresh: false });
});

describe('sharded builds assemble into one deployment', () => {
  test('each shard builds its own communes and exits 0', () => {
    expect([first.code, second.code, portal.code]).toEqual([0, 0, 0]);
    // xa-mau has the most items, so it goes alone to shard 1; xa-ben to shard 2.
    expect(first.stdout).toContain('Phần 1/2: 1 xã (xa-mau).');
    expect(second.stdout).toContain('Phần 2/2: 1 xã (xa-ben).');
  });

  test('both communes are complete after the two shards', () => {
    for (const page of [
      'xa-mau/index.html',
      'xa-mau/tin-tuc/2026/hoi-nghi-trien-khai/index.html',
      'xa-ben/index.html',
      'xa-mau/pagefind/pagefind.js',
    ]) {
      expect(existsSync(join(first.outDir, page)), page).toBe(true);
    }
  });

  test('--portal-only lists every built commune, and only the portal is rewritten', async () => {
    const html = await readFile(join(portal.outDir, 'index.html'), 'utf8');
    expect(new JSDOMLike(html).attrs('main ul.units a', 'href')).toEqual(['xa-ben/', 'xa-mau/']);
    expect(portal.stdout).toContain('Trang cổng: 2 xã đã có');
    expect(portal.stdout).toContain('Đã ghép trang cổng');
  });
});

describe('--portal-only without built communes', () => {
  test('says what to do first and exits 1', async () => {
    const result = await buildSite('shards-empty', [...common, '--portal-only']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Chưa có xã nào');
  });
});

describe('a build larger than --batch-items', () => {
  test('runs batch by batch and ends with every commune and a complete portal page', async () => {
    const result = await buildSite('batches', [...common, '--batch-items', '5']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Lô 1/2: 1 xã.');
    expect(result.stdout).toContain('Lô 2/2: 1 xã.');
    expect(result.stdout).toContain('Chỉ mục tìm kiếm của 2 xã');
    for (const page of [
      'xa-mau/index.html',
      'xa-ben/index.html',
      'xa-mau/pagefind/pagefind.js',
      'xa-ben/pagefind/pagefind.js',
    ]) {
      expect(existsSync(join(result.outDir, page)), page).toBe(true);
    }
    const html = await readFile(join(result.outDir, 'index.html'), 'utf8');
    expect(new JSDOMLike(html).attrs('main ul.units a', 'href')).toEqual(['xa-ben/', 'xa-mau/']);
  });
});
