import { describe, expect, test } from 'vitest';
import type { Item } from '../../../src/lib/content/types.ts';
import { documentList, documentListCaption, documentListQuery } from '../../../src/lib/site/document-list.ts';
import { parseVnDate } from '../../../src/lib/vn-date.ts';
import type { DOCUMENT_TYPES } from '../../../src/lib/schemas/document.ts';
import { commune, news, partial } from './fixtures.ts';

const doc = (
  path: string,
  number: string,
  type: (typeof DOCUMENT_TYPES)[number],
  issued: string,
): Item<'van-ban'> => ({
  commune: 'xa-mau',
  section: 'van-ban',
  path: `van-ban/${path}`,
  file: `xa-mau/van-ban/${path}.md`,
  title: `Văn bản ${number}`,
  date: parseVnDate(issued)!,
  draft: false,
  credits: [],
  data: partial<'van-ban'>({ number, type, issued: parseVnDate(issued)!, issuer: 'UBND xã Mẫu' }),
});

const xa = commune([
  doc('2025/12-qd', '12/QĐ-UBND', 'quyet-dinh', '2025-12-30'),
  doc('2026/45-qd', '45/QĐ-UBND', 'quyet-dinh', '2026-02-10'),
  doc('2026/79-ubnd', '79/UBND', 'cong-van', '2026-01-18'),
  doc('2026/80-ubnd', '80/UBND', 'cong-van', '2026-01-01'),
  news('2026/hoi-nghi', '2026-03-01'),
]);
const numbers = (items: Item<'van-ban'>[]) => items.map((item) => item.data.number);

describe('documentList', () => {
  test.each([
    [
      'no attribute: every document, newest issue first',
      {},
      ['45/QĐ-UBND', '79/UBND', '80/UBND', '12/QĐ-UBND'],
    ],
    ['type: only that type', { type: 'quyet-dinh' }, ['45/QĐ-UBND', '12/QĐ-UBND']],
    [
      'year: only documents issued that year (Vietnam time)',
      { year: '2026' },
      ['45/QĐ-UBND', '79/UBND', '80/UBND'],
    ],
    ['type and year together', { type: 'cong-van', year: '2026' }, ['79/UBND', '80/UBND']],
    ['limit: the newest N', { limit: '2' }, ['45/QĐ-UBND', '79/UBND']],
    ['a year without documents: none', { year: '2024' }, []],
  ])('%s', (_, attributes, expected) => {
    expect(numbers(documentList(xa, documentListQuery(attributes)))).toEqual(expected);
  });

  test('never lists a news item, even one whose frontmatter has a type', () => {
    expect(documentList(xa, {}).every((item) => item.section === 'van-ban')).toBe(true);
  });
});

describe('documentListQuery', () => {
  test.each([
    [{ type: 'nghi-dinh' }, 'không có loại văn bản này'],
    [{ year: '26' }, 'năm phải có 4 chữ số'],
    [{ limit: '0' }, 'từ 1 đến 999'],
    [{ limit: 'năm' }, 'từ 1 đến 999'],
  ])('rejects %o with check’s message', (attributes, message) => {
    expect(() => documentListQuery(attributes)).toThrow(message);
  });
});

describe('documentListCaption', () => {
  test.each([
    [{}, 'Văn bản'],
    [{ type: 'quyet-dinh' as const }, 'Văn bản: Quyết định'],
    [{ year: '2026' }, 'Văn bản: năm 2026'],
    [{ type: 'cong-van' as const, year: '2026', limit: 5 }, 'Văn bản: Công văn, năm 2026'],
  ])('%o reads "%s"', (query, caption) => {
    expect(documentListCaption(query)).toBe(caption);
  });
});
