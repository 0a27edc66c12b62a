import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { attribute, JSDOMLike } from '../support/html-text.ts';

const dist = inject('fixtureDist');

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('what the build publishes', () => {
  test.each([
    ['the portal page', 'index.html'],
    ['a commune home page', 'xa-mau/index.html'],
    ['an article page', 'xa-mau/tin-tuc/2026/hoi-nghi-trien-khai/index.html'],
    ['an attachment beside its document', 'xa-mau/van-ban/2026/79-ubnd/79-ubnd.pdf'],
    ['the second commune', 'xa-ben/index.html'],
  ])('%s exists (%s)', (_, path) => {
    expect(existsSync(join(dist, path))).toBe(true);
  });

  test.each([
    ['a draft', 'xa-mau/tin-tuc/2026/ban-nhap'],
    ['an item dated after the clock', 'xa-mau/tin-tuc/2026/bai-hen-gio'],
  ])('%s has no page', (_, path) => {
    expect(existsSync(join(dist, path))).toBe(false);
  });

  // Raw bytes on purpose: a draft must not reach any byte of any file, markup, script or index.
  test.each(['FIXTURE-DRAFT-MARKER', 'FIXTURE-FUTURE-MARKER', 'Bài còn là bản nháp', 'Bài hẹn giờ đăng'])(
    'no published file contains "%s"',
    async (marker) => {
      for (const file of await allFiles(dist)) {
        if (!/\.(html|xml|json|txt|js)$/.test(file)) continue;
        expect(await readFile(file, 'utf8'), file).not.toContain(marker);
      }
    },
  );

  test('no page refers to a root-relative URL, so a commune folder works at any path', async () => {
    for (const file of await allFiles(join(dist, 'xa-mau'))) {
      if (!file.endsWith('.html') || file.endsWith('404.html')) continue;
      const doc = new JSDOMLike(await readFile(file, 'utf8'));
      const urls = doc.$$('[href], [src], [srcset], [action]').flatMap((element) => [
        ...['href', 'src', 'action'].map((name) => attribute(element, name) ?? ''),
        // "a.avif 360w, b.avif 720w": each candidate's URL.
        ...(attribute(element, 'srcset') ?? '')
          .split(',')
          .map((candidate) => candidate.trim().split(/\s+/)[0]!),
      ]);
      expect(urls.length, file).toBeGreaterThan(0);
      expect(
        urls.filter((url) => /^\/(?!\/)/.test(url)),
        file,
      ).toEqual([]);
    }
  });
});
