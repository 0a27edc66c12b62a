import { describe, expect, test } from 'vitest';
import type { Item } from '../../../src/lib/content/types.ts';
import { addTwins, addTwinsToHtml } from '../../../src/lib/search/d-twins.ts';
import { indexableHtml, searchRecord } from '../../../src/lib/search/search-record.ts';
import { parseVnDate } from '../../../src/lib/vn-date.ts';
import { partial } from '../site/fixtures.ts';

/** A document issued in late 2025 and put online in 2026: the register dates it by its issue. */
const doc: Item<'van-ban'> = {
  commune: 'xa-mau',
  section: 'van-ban',
  path: 'van-ban/2025/99-qd-ubnd',
  file: 'xa-mau/van-ban/2025/99-qd-ubnd.md',
  title: 'Quyết định giao đất',
  date: parseVnDate('2026-01-05')!,
  draft: false,
  credits: [],
  data: partial<'van-ban'>({
    type: 'quyet-dinh',
    number: '99/QĐ-UBND',
    issuer: 'UBND xã Mẫu',
    issued: parseVnDate('2025-12-30')!,
    field: 'Đất đai',
  }),
};
const options = { contentDir: '/srv/content', now: new Date('2026-11-26T00:00:00+07:00') };

describe("the register's filters in the search index", () => {
  test('a document is filtered by issue year, type, issuer and field, and sorted by issue day', () => {
    const record = searchRecord(doc, options);
    expect(record.filters).toMatchObject({
      Năm: '2025',
      'Loại văn bản': 'Quyết định',
      'Cơ quan ban hành': 'UBND xã Mẫu',
      'Lĩnh vực': 'Đất đai',
    });
    expect(record.meta['date']).toBe('30/12/2025');
    expect(record.sort).toEqual({ ngay: '2025-12-30' });
  });

  test('a document without a field has no field filter', () => {
    const record = searchRecord({ ...doc, data: { ...doc.data, field: undefined } }, options);
    expect(record.filters).not.toHaveProperty('Lĩnh vực');
  });

  test('a news item has no sort key (a register lists documents only)', () => {
    const news = {
      ...doc,
      section: 'tin-tuc',
      path: 'tin-tuc/2026/a',
      data: partial<'tin-tuc'>({}),
    } as unknown as Item;
    expect(searchRecord(news, options).sort).toBeUndefined();
  });

  test('the sort key reaches the indexed page as a data-pagefind-sort meta tag', () => {
    const html = indexableHtml('<main data-pagefind-body><h1>X</h1></main>', searchRecord(doc, options), {
      html: addTwinsToHtml,
      text: addTwins,
    });
    expect(html).toContain('<meta data-pagefind-sort="ngay[content]" content="2025-12-30">');
    expect(html).toContain('<meta data-pagefind-filter="Cơ quan ban hành[content]" content="UBND xã Mẫu">');
  });
});
