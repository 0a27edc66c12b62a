import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { vi } from '../../../src/i18n/vi.ts';
import { toItem } from '../../../src/lib/content/to-item.ts';
import { SECTION_FOLDERS, SECTIONS } from '../../../src/lib/sections/registry.ts';
import { MENU } from '../../../src/lib/site/menu.ts';

const pages = resolve(import.meta.dirname, '../../../src/pages/[commune]');

describe('the section registry', () => {
  test.each(SECTION_FOLDERS)('%s has a name, a list page and an item page', (folder) => {
    expect(vi.sectionNames[folder]).toBeTruthy();
    expect(existsSync(resolve(pages, folder, 'index.astro'))).toBe(true);
    expect(existsSync(resolve(pages, folder, '[...path].astro'))).toBe(true);
  });

  test('collections and menu places are one per section', () => {
    const collections = SECTION_FOLDERS.map((folder) => SECTIONS[folder].collection);
    const places = SECTION_FOLDERS.map((folder) => SECTIONS[folder].menu.order);
    expect(new Set(collections).size).toBe(SECTION_FOLDERS.length);
    expect(new Set(places).size).toBe(SECTION_FOLDERS.length);
  });

  test('the menu lists the sections by their menu order, between the home page and the board', () => {
    expect(MENU.map((entry) => entry.key)).toEqual([
      'home',
      'gioi-thieu',
      'tin-tuc',
      'thong-bao',
      'van-ban',
      'lich-cong-tac',
      'thu-tuc',
      'cong-khai',
      'lay-y-kien',
      'ban-bien-tap',
      'lien-he',
    ]);
  });

  const document = {
    title: 'Quyết định',
    number: '45/QĐ-UBND',
    type: 'quyet-dinh',
    issuer: 'UBND xã Mẫu',
    file: './45.pdf',
  };
  test.each([
    ['a document without `published` is dated by its day of issue', { issued: '2026-02-10' }, '2026-02-10'],
    [
      'a document published later is dated by its publication',
      { issued: '2026-02-10', published: '2026-02-14' },
      '2026-02-14',
    ],
  ])('%s', (_, dates, day) => {
    const data = SECTIONS['van-ban'].schema.parse({ ...document, ...dates });
    expect(toItem('xa-mau', 'van-ban', 'van-ban/2026/45', 'xa-mau/van-ban/2026/45.md', data).date?.day).toBe(
      day,
    );
  });

  test('an introduction page has no date and is always published', () => {
    const data = SECTIONS['gioi-thieu'].schema.parse({ title: 'Tổng quan', date: '2026-01-01' });
    expect(
      toItem('xa-mau', 'gioi-thieu', 'gioi-thieu/tong-quan', 'xa-mau/gioi-thieu/tong-quan.md', data).date,
    ).toBeUndefined();
  });
});

describe('item data is read by its type', () => {
  // A string-key read (`item.data['number']`) skips the schema's type: narrow on `item.section`
  // and read `item.data.number` instead, so that tsc checks every field a page shows.
  test('no file under src/ reads a field of data by a string key', () => {
    const src = resolve(import.meta.dirname, '../../../src');
    const offenders = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|astro)$/.test(file))
      .filter((file) => /\bdata\[['"`]/.test(readFileSync(resolve(src, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
