import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cacheFolder, codeFingerprint, removeOlderCaches } from '../../src/lib/build/cache-folder.ts';

let root = '';
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'trangxa-cache-'));
  write('src/lib/markdown/sanitize.ts', 'export const allow = [];');
  write('astro.config.mjs', 'export default {};');
  write('package-lock.json', '{}');
  write('README.md', '# trangxa');
  write('content/xa-a/tin-tuc/a.md', '---\ntitle: A\n---');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the code fingerprint, which names the build cache', () => {
  test.each([
    ['a fix in the Markdown pipeline', 'src/lib/markdown/sanitize.ts', 'export const allow = ["a"];', true],
    ['a new file of the program', 'src/lib/markdown/new-rule.ts', 'export {};', true],
    ['an upgraded package', 'package-lock.json', '{"v":2}', true],
    ['the Astro configuration', 'astro.config.mjs', 'export default { a: 1 };', true],
    ['the README', 'README.md', '# trangxa 2', false],
    [
      'an item of content (Astro tracks those itself)',
      'content/xa-a/tin-tuc/a.md',
      '---\ntitle: B\n---',
      false,
    ],
  ])('%s: changes it = %s', (_, path, text, changes) => {
    const before = codeFingerprint(root);
    write(path, text);
    expect(codeFingerprint(root) !== before).toBe(changes);
  });

  test('is the same for the same checkout', () => {
    expect(codeFingerprint(root)).toBe(codeFingerprint(root));
  });
});

describe('cache folders', () => {
  const options = (communes: string[]) => ({
    root,
    contentDir: join(root, 'content'),
    outDir: join(root, 'dist'),
    communes,
  });

  test('one per set of communes, and a new one when the code changes', () => {
    const a = cacheFolder(options(['xa-a']));
    expect(cacheFolder(options(['xa-b']))).not.toBe(a);
    expect(cacheFolder(options(['xa-a']))).toBe(a);
    write('src/lib/markdown/sanitize.ts', 'export const allow = ["b"];');
    expect(cacheFolder(options(['xa-a']))).not.toBe(a);
  });

  test("a build removes its own caches of older code, and no other build's", () => {
    const old = cacheFolder(options(['xa-a']));
    const other = cacheFolder(options(['xa-b']));
    write('src/lib/markdown/sanitize.ts', 'export const allow = ["c"];');
    const current = cacheFolder(options(['xa-a']));
    for (const folder of [old, other, current]) mkdirSync(folder, { recursive: true });
    removeOlderCaches(current);
    expect([old, other, current].map(existsSync)).toEqual([false, true, true]);
    expect(readdirSync(dirname(current)).sort()).toEqual([basename(current), basename(other)].sort());
  });
});
