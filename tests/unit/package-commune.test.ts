import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { packageCommune } from '../../src/lib/build/package-commune.ts';
import { localFile } from '../../src/lib/content/local-file.ts';
import type { Commune, Item } from '../../src/lib/content/types.ts';

/**
 * A staged commune with one document whose attachment (and whatever its `body` links to) is
 * `make`d by the test.
 */
async function staged(
  make: (folder: string, root: string) => Promise<unknown>,
  { body = 'Nội dung.', draft = false } = {},
) {
  const root = await mkdtemp(join(tmpdir(), 'trangxa-package-'));
  const contentDir = join(root, 'content');
  const stagingDir = join(root, 'staging');
  const folder = join(contentDir, 'xa/van-ban/2026');
  await mkdir(folder, { recursive: true });
  await mkdir(join(stagingDir, 'xa/van-ban/2026/80'), { recursive: true });
  await writeFile(join(stagingDir, 'xa/index.html'), '<p>xa</p>');
  await writeFile(join(folder, '80.md'), `---\ntitle: T\n---\n${body}\n`);
  await make(folder, root);
  const item = {
    commune: 'xa',
    section: 'van-ban',
    path: 'van-ban/2026/80',
    file: 'xa/van-ban/2026/80.md',
    title: 'T',
    draft,
    credits: [],
    data: { file: './80.pdf' },
  } as unknown as Item;
  const commune = { slug: 'xa', items: [item] } as unknown as Commune;
  return {
    root,
    run: () =>
      packageCommune({ commune, contentDir, stagingDir, assets: new Set(), now: new Date('2026-12-01') }),
    published: join(stagingDir, 'xa/van-ban/2026/80/80.pdf'),
    pageFolder: join(stagingDir, 'xa/van-ban/2026/80'),
  };
}

test('a plain attachment is copied into the commune folder', async () => {
  const { run, published } = await staged((folder) => writeFile(join(folder, '80.pdf'), '%PDF-1.4'));
  await run();
  expect(existsSync(published)).toBe(true);
});

// check refuses links first; packaging refuses them again, should anything ever get past it.
test('an attachment that is a link is never copied, even if check was skipped', async () => {
  const { run, published } = await staged(async (folder, root) => {
    await writeFile(join(root, 'payees.yaml'), 'bankAccount: "SECRET"');
    await symlink(join(root, 'payees.yaml'), join(folder, '80.pdf'));
  });
  await expect(run()).rejects.toThrow('không phải một tệp thật');
  expect(existsSync(published)).toBe(false);
});

test('a file the body links to is copied into the page folder, at the path its link names', async () => {
  const { run, pageFolder } = await staged(
    async (folder) => {
      await writeFile(join(folder, '80.pdf'), '%PDF-1.4');
      await mkdir(join(folder, 'mau'));
      await writeFile(join(folder, 'mau', 'mẫu đơn.docx'.normalize('NFD')), 'PK');
    },
    { body: '[Biểu mẫu](<./mau/mẫu đơn.docx>) và <a href="./80.pdf">văn bản</a>' },
  );
  await run();
  expect(existsSync(join(pageFolder, 'mau', 'mẫu đơn.docx'))).toBe(true);
  expect(existsSync(join(pageFolder, '80.pdf'))).toBe(true);
});

test('a file linked only from a draft is not copied', async () => {
  const { run, pageFolder } = await staged((folder) => writeFile(join(folder, 'nhap.pdf'), '%PDF-1.4'), {
    body: '[nháp](./nhap.pdf)',
    draft: true,
  });
  await run();
  expect(existsSync(join(pageFolder, 'nhap.pdf'))).toBe(false);
});

test.each([
  ['a link', './lien-ket.pdf', 'không phải một tệp thật'],
  ['a file under private/', './private/bang-ke.pdf', 'private/'],
  ['a source file', './80.md', 'tệp nguồn'],
])('a body link to %s is never copied, even if check was skipped', async (_, target, message) => {
  const { run, pageFolder } = await staged(
    async (folder, root) => {
      await writeFile(join(folder, '80.pdf'), '%PDF-1.4');
      await writeFile(join(root, 'payees.yaml'), 'bankAccount: "SECRET"');
      await symlink(join(root, 'payees.yaml'), join(folder, 'lien-ket.pdf'));
      await mkdir(join(folder, 'private'));
      await writeFile(join(folder, 'private', 'bang-ke.pdf'), 'SECRET');
    },
    { body: `[tệp](${target})` },
  );
  await expect(run()).rejects.toThrow(message);
  expect(existsSync(join(pageFolder, target))).toBe(false);
});

test.each([
  ['a plain file beside the item', './80.pdf', 'file'],
  ['a file through a linked folder', './tep/80.pdf', 'link'],
  ['a file outside the commune', '../../../outside.pdf', 'outside'],
  ['a folder', './tep-that', 'not-file'],
  ['a missing file', './khong-co.pdf', 'missing'],
])('localFile: %s is "%s"', async (_, target, kind) => {
  const root = await mkdtemp(join(tmpdir(), 'trangxa-local-'));
  const folder = join(root, 'xa/van-ban/2026');
  await mkdir(join(folder, 'tep-that'), { recursive: true });
  await mkdir(join(root, 'elsewhere'), { recursive: true });
  await writeFile(join(root, 'elsewhere/80.pdf'), 'SECRET');
  await writeFile(join(root, 'outside.pdf'), 'SECRET');
  await writeFile(join(folder, '80.pdf'), '%PDF-1.4');
  await symlink(join(root, 'elsewhere'), join(folder, 'tep'));
  expect(localFile(join(root, 'xa'), folder, target).kind).toBe(kind);
});
