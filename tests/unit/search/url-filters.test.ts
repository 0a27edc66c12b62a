import { describe, expect, test } from 'vitest';
import { DOCUMENT_FILTERS, searchFilters } from '../../../src/lib/search/search-filters.ts';
import { FACETS } from '../../../src/lib/sections/document-filters.ts';
import {
  filtersFromParams,
  paramsWithFilters,
  registerFilters,
} from '../../../src/lib/search/url-filters.ts';

const FILTERS = searchFilters(false);
const AVAILABLE = {
  Mục: ['Tin tức', 'Văn bản'],
  'Loại văn bản': ['Quyết định', 'Công văn'],
  Năm: ['2026', '2025'],
  'Cơ quan ban hành': ['UBND xã Mẫu', 'UBND huyện Sông Hinh'],
  'Lĩnh vực': ['Đất đai', 'Văn hóa - Thông tin'],
};
const read = (query: string) => filtersFromParams(new URLSearchParams(query), FILTERS, AVAILABLE);

describe('the search page reads filters from its address', () => {
  test.each([
    [
      'the slugs the register form sends',
      'loai=quyet-dinh&nam=2025&co-quan=ubnd-xa-mau&linh-vuc=dat-dai',
      { 'Loại văn bản': 'Quyết định', Năm: '2025', 'Cơ quan ban hành': 'UBND xã Mẫu', 'Lĩnh vực': 'Đất đai' },
    ],
    ["the form's empty 'Tất cả' asks for nothing", 'loai=&nam=2026&co-quan=&linh-vuc=', { Năm: '2026' }],
    [
      'a value as the index holds it',
      'linh-vuc=V%C4%83n+h%C3%B3a+-+Th%C3%B4ng+tin',
      { 'Lĩnh vực': 'Văn hóa - Thông tin' },
    ],
    [
      'a slug typed in capitals',
      'co-quan=UBND-Huyen-Song-Hinh',
      { 'Cơ quan ban hành': 'UBND huyện Sông Hinh' },
    ],
    ['the section', 'muc=van-ban', { Mục: 'Văn bản' }],
    ['other parameters are not filters', 'q=dat+dai&luu-tru=1', {}],
  ])('%s', (_, query, chosen) => {
    expect(read(query)).toEqual({ chosen, unknown: [] });
  });

  test('a value no indexed page has is reported, not dropped (the list would show more than asked)', () => {
    expect(read('loai=quyet-dinh&co-quan=ubnd-xa-khac')).toEqual({
      chosen: { 'Loại văn bản': 'Quyết định' },
      unknown: [{ filter: 'Cơ quan ban hành', value: 'ubnd-xa-khac' }],
    });
  });
});

describe('the search page writes its filters into its address', () => {
  test('chosen filters become slugs in the form order; others are removed; q and luu-tru are kept', () => {
    const params = new URLSearchParams('q=&luu-tru=1&nam=2024&linh-vuc=y-te');
    const next = paramsWithFilters(params, FILTERS, { 'Lĩnh vực': 'Đất đai', 'Loại văn bản': 'Quyết định' });
    expect(next.toString()).toBe('q=&luu-tru=1&loai=quyet-dinh&linh-vuc=dat-dai');
  });

  test('what it writes reads back as the same filters', () => {
    const chosen = {
      'Loại văn bản': 'Công văn',
      Năm: '2026',
      'Cơ quan ban hành': 'UBND huyện Sông Hinh',
      'Lĩnh vực': 'Văn hóa - Thông tin',
    };
    expect(read(paramsWithFilters(new URLSearchParams(), FILTERS, chosen).toString()).chosen).toEqual(chosen);
  });

  test("the register's parameters are the facets of its static pages (?loai=x is van-ban/loai/x/)", () => {
    expect(DOCUMENT_FILTERS.map((f) => f.param)).toEqual([...FACETS]);
  });
});

describe('a search with no words lists documents as a register', () => {
  const section = { filter: 'Mục', documents: 'Văn bản' };
  test.each([
    ['any filter adds the documents section', { Năm: '2025' }, { Năm: '2025', Mục: 'Văn bản' }],
    ['the documents section alone lists them all', { Mục: 'Văn bản' }, { Mục: 'Văn bản' }],
    ['another section is not a register', { Mục: 'Tin tức', Năm: '2025' }, undefined],
    ['no filter, no list', {}, undefined],
  ])('%s', (_, chosen, expected) => {
    expect(registerFilters(chosen, section)).toEqual(expected);
  });
});
