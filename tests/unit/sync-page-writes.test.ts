import { mkdtemp, readFile } from 'node:fs/promises';
import { promises } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { withSyncPageWrites } from '../../src/lib/build/sync-page-writes.ts';

const original = { mkdir: promises.mkdir, writeFile: promises.writeFile };

// Each call goes either to a synchronous write or to the fs function that was there before
// (here a recorder in front of the real one); either way the file ends with the same content.
test.each([
  {
    name: 'a page in the folder, by path',
    at: (folder: string) => join(folder, 'xa/tin-tuc/a/index.html'),
    data: '<p>tin</p>',
    sync: true,
  },
  {
    name: 'a page in the folder, by file URL (as Astro gives it)',
    at: (folder: string) => pathToFileURL(join(folder, 'xa/index.html')),
    data: new TextEncoder().encode('<p>trang chủ</p>'),
    sync: true,
  },
  {
    name: 'a file outside the folder',
    at: (folder: string) => join(`${folder}-other`, 'x.html'),
    data: 'x',
    sync: false,
  },
  {
    name: 'a folder that only starts with the same name',
    at: (folder: string) => join(`${folder}2`, 'x.html'),
    data: 'x',
    sync: false,
  },
])('$name: written synchronously = $sync, with the same content', async ({ at, data, sync }) => {
  const folder = await mkdtemp(join(tmpdir(), 'trangxa-sync-'));
  const target = at(folder);
  const path = typeof target === 'string' ? target : fileURLToPath(target);
  const delegated: string[] = [];
  promises.mkdir = ((...args: Parameters<typeof original.mkdir>) => (
    delegated.push('mkdir'),
    original.mkdir(...args)
  )) as typeof original.mkdir;
  promises.writeFile = (...args) => (delegated.push('writeFile'), original.writeFile(...args));
  try {
    await withSyncPageWrites(folder, async () => {
      await promises.mkdir(dirname(path), { recursive: true });
      await promises.writeFile(target, data);
    });
  } finally {
    Object.assign(promises, original);
  }
  expect(delegated).toEqual(sync ? [] : ['mkdir', 'writeFile']);
  expect(await readFile(path, 'utf8')).toBe(typeof data === 'string' ? data : new TextDecoder().decode(data));
});

test('errors are still rejections, and the fs functions are given back even when the build fails', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'trangxa-sync-'));
  const run = withSyncPageWrites(folder, async () => {
    await expect(promises.writeFile(join(folder, 'missing-folder/index.html'), 'x')).rejects.toThrow(
      /ENOENT/,
    );
    throw new Error('Astro failed');
  });
  await expect(run).rejects.toThrow('Astro failed');
  expect(promises.mkdir).toBe(original.mkdir);
  expect(promises.writeFile).toBe(original.writeFile);
});
