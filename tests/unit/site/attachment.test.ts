import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attachmentOf, fileType, formatFileSize } from '../../../src/lib/site/attachment.ts';
import type { Item } from '../../../src/lib/content/types.ts';
import type { DataOf } from '../../../src/lib/sections/registry.ts';
import { partial } from './fixtures.ts';

describe('formatFileSize', () => {
  test.each([
    [0, '0 byte'],
    [950, '950 byte'],
    [1024, '1 KB'],
    [24 * 1024 + 100, '24 KB'],
    [44254, '43 KB'],
    [1.2 * 1024 * 1024, '1,2 MB'],
    [15 * 1024 * 1024, '15 MB'],
  ])('%i bytes read "%s"', (bytes, label) => {
    expect(formatFileSize(bytes)).toBe(label);
  });
});

describe('fileType', () => {
  test.each([
    ['79-ubnd.pdf', 'PDF'],
    ['bao-cao.docx', 'DOCX'],
    ['bang-ke.xlsx', 'XLSX'],
  ])('%s is a %s file', (name, type) => {
    expect(fileType(name)).toBe(type);
  });
});

describe('attachmentOf', () => {
  const contentDir = resolve(import.meta.dirname, '../../fixtures/content');
  const document = (data: Partial<DataOf<'van-ban'>>): Item<'van-ban'> => ({
    commune: 'xa-mau',
    section: 'van-ban',
    path: 'van-ban/2026/79-ubnd',
    file: 'xa-mau/van-ban/2026/79-ubnd.md',
    title: 'V/v thanh toán kinh phí',
    draft: false,
    credits: [],
    data: partial<'van-ban'>(data),
  });

  test('reads the size of the file beside the Markdown file and links it beside the page', () => {
    expect(attachmentOf(contentDir, document({ file: './79-ubnd.pdf' }))).toEqual({
      name: '79-ubnd.pdf',
      href: '/xa-mau/van-ban/2026/79-ubnd/79-ubnd.pdf',
      type: 'PDF',
      bytes: 44254,
      size: '43 KB',
    });
  });

  test('an item without a file has no attachment', () => {
    expect(attachmentOf(contentDir, document({}))).toBeUndefined();
  });
});
