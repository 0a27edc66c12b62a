import { describe, expect, test } from 'vitest';
import { namedNumbers } from '../../../src/lib/search/document-number.ts';
import { phraseSearches, rankResults } from '../../../src/lib/search/phrases.ts';
import { metaLine, pickExcerpt } from '../../../src/lib/search/result-lines.ts';

const NUMBERS = ['79/UBND', '79/QĐ-UBND', '45/QĐ-UBND', '15/KH-UBND', '179/UBND', '7/TB-UBND'];

describe('a document number typed as citizens type it', () => {
  test.each([
    ['79/UBND', ['79/UBND', '79/QĐ-UBND']],
    ['79 ubnd', ['79/UBND', '79/QĐ-UBND']],
    ['số 79', ['79/UBND', '79/QĐ-UBND']],
    ['so 79', ['79/UBND', '79/QĐ-UBND']],
    ['79/QĐ-UBND', ['79/QĐ-UBND']],
    ['79 qd', ['79/QĐ-UBND']],
    ['quyết định 45', ['45/QĐ-UBND']],
    ['ke hoach so 15', ['15/KH-UBND']],
    ['văn bản số 7', ['7/TB-UBND']],
    ['79', ['79/UBND', '79/QĐ-UBND']],
  ])('"%s" names %j, best first', (query, expected) => {
    expect(namedNumbers(query, NUMBERS)).toEqual(expected);
  });

  test.each([
    ['79 năm ngày thương binh', 'words that are not in any number'],
    ['ubnd', 'no digits'],
    ['9', 'digits that only end a number (179, 79)'],
    ['45 kh', 'a type the number does not have'],
  ])('"%s" names none: %s', (query) => {
    expect(namedNumbers(query, NUMBERS)).toEqual([]);
  });
});

describe('the phrase searches of a query, as the index with d-twins holds the phrase', () => {
  test.each([
    ['duc binh', { whole: ['"duc binh"'], parts: [] }],
    ['Đức Bình', { whole: ['"duc binh"'], parts: [] }],
    ['xã Đức Bình Tây', { whole: ['"xa đuc duc binh tay"'], parts: ['"duc binh tay"'] }],
    ['xa duc binh tay', { whole: ['"xa duc binh tay"', '"xa đuc duc binh tay"'], parts: ['"duc binh tay"'] }],
    ['nông thôn mới', { whole: ['"nong thon moi"'], parts: [] }],
    ['hạt mắc ca', { whole: ['"hat mac ca"'], parts: [] }],
    // "Luật Đất đai" is indexed "luat đat dat đai dai": "dat dai" is never adjacent there.
    ['đất đai', { whole: ['"dat đai dai"'], parts: [] }],
    ['dat dai', { whole: ['"dat dai"', '"dat đai dai"'], parts: [] }],
    ['luật đất đai', { whole: ['"luat đat dat đai dai"'], parts: [] }],
    [
      'dong bao dan toc',
      { whole: ['"dong bao dan toc"', '"dong bao đan dan toc"'], parts: ['"dong bao"', '"dan toc"'] },
    ],
    ['hộ tịch', { whole: ['"ho tich"'], parts: [] }],
    ['ngân sách', { whole: ['"ngan sach"'], parts: [] }],
    ['tiêm', { whole: [], parts: [] }],
  ])('"%s" → %j', (query, expected) => {
    expect(phraseSearches(query)).toEqual(expected);
  });

  test('past eight readings, the later words starting with d are searched as typed', () => {
    expect(phraseSearches('di dau do dat dai').whole).toEqual([
      '"di dau do dat dai"',
      '"di dau do đat dat dai"',
      '"di dau đo do dat dai"',
      '"di dau đo do đat dat dai"',
      '"di đau dau do dat dai"',
      '"di đau dau do đat dat dai"',
      '"di đau dau đo do dat dai"',
      '"di đau dau đo do đat dat dai"',
    ]);
  });
});

describe('the order of results', () => {
  const r = (id: string, words: number[] = [9]) => ({ id, words });
  // Pagefind's order for "duc binh": an article with "giáo dục" and "bình quân" scattered comes second.
  const pagefind = ['quyet-toan', 'giao-duc-binh-quan', 'tong-quan', 'tet-trong-cay', 'no-phrase'].map((id) =>
    r(id),
  );

  test.each([
    [
      'whole phrase above scattered words',
      { whole: ['tong-quan', 'quyet-toan', 'tet-trong-cay'], parts: [] },
      ['quyet-toan', 'tong-quan', 'tet-trong-cay', 'giao-duc-binh-quan', 'no-phrase'],
    ],
    [
      'a part of the phrase above scattered words, below the whole',
      { whole: ['tet-trong-cay'], parts: ['no-phrase'] },
      ['tet-trong-cay', 'no-phrase', 'quyet-toan', 'giao-duc-binh-quan', 'tong-quan'],
    ],
    [
      'no phrase anywhere: Pagefind order',
      { whole: [], parts: [] },
      ['quyet-toan', 'giao-duc-binh-quan', 'tong-quan', 'tet-trong-cay', 'no-phrase'],
    ],
  ])('%s', (_, { whole, parts }, expected) => {
    const ranked = rankResults(pagefind, { byNumber: [], whole: new Set(whole), parts: new Set(parts) });
    expect(ranked.map((x) => x.id)).toEqual(expected);
  });

  test('documents named by number come first, best number first, each once, even when the text search missed them', () => {
    const results = ['bai-79-nam', 'cv-79-qd', 'other'].map((id) => r(id));
    const ranked = rankResults(results, {
      byNumber: [[r('cv-79-ubnd')], [r('cv-79-qd')]],
      whole: new Set(['bai-79-nam']),
      parts: new Set(),
    });
    expect(ranked.map((x) => x.id)).toEqual(['cv-79-ubnd', 'cv-79-qd', 'bai-79-nam', 'other']);
  });

  test('on the portal, the same document in three communes (one Pagefind id) is shown three times', () => {
    const copies = ['a', 'b', 'c'].map((commune) => ({ id: 'cv', commune, words: [3] }));
    const ranked = rankResults([{ id: 'bai', commune: 'a', words: [3] }, copies[1]!], {
      byNumber: [copies],
      whole: new Set<string>(),
      parts: new Set<string>(),
    });
    expect(ranked.map((x) => x.commune)).toEqual(['a', 'b', 'c', 'a']);
  });

  // The portal's merged order for "mắc ca": a 1,000-page commune's passing mentions outscore
  // the 5-page commune's page titled "Hạt mắc ca" (each commune's word frequencies differ).
  const merged = [
    { id: 'lon-1', words: [212] },
    { id: 'lon-2', words: [87] },
    { id: 'nho-mac-ca', words: [1, 14, 40] },
    { id: 'lon-3', words: [35] },
    { id: 'nho-scattered', words: [0, 30] },
  ];
  const phrase = {
    byNumber: [],
    whole: new Set(['lon-1', 'lon-2', 'nho-mac-ca', 'lon-3']),
    parts: new Set<string>(),
  };
  test.each([
    [
      "on the portal, within a level, the page with the query's words nearest its start (its title) first",
      { acrossIndexes: true },
      ['nho-mac-ca', 'lon-3', 'lon-2', 'lon-1', 'nho-scattered'],
    ],
    [
      "in one commune's search, Pagefind's order within a level",
      { acrossIndexes: false },
      ['lon-1', 'lon-2', 'nho-mac-ca', 'lon-3', 'nho-scattered'],
    ],
  ])('%s', (_, options, expected) => {
    expect(rankResults(merged, phrase, options).map((x) => x.id)).toEqual(expected);
  });
});

describe('what a result shows', () => {
  const texts = { number: 'Số', fromAttachment: 'Trong tệp đính kèm' };
  test.each([
    [
      'a document: number, type, issue date, status',
      {
        title: 'x',
        section: 'Văn bản',
        date: '18/01/2022',
        number: '79/UBND',
        type: 'Công văn',
        status: 'Còn hiệu lực',
      },
      undefined,
      'Số 79/UBND · Công văn · 18/01/2022 · Còn hiệu lực',
    ],
    [
      'a news item on the portal: commune, section, date',
      { title: 'x', section: 'Tin tức', date: '19/05/2026' },
      'Xã Sông Hinh',
      'Xã Sông Hinh · Tin tức · 19/05/2026',
    ],
  ])('%s', (_, meta, commune, expected) => {
    expect(metaLine(meta, texts, commune)).toBe(expected);
  });

  const page = { url: '/x/', title: 'Kế hoạch', excerpt: 'trang' };
  const pdf = {
    url: '/x/#tep-dinh-kem',
    title: 'Tệp đính dinh kèm 15-kh-ubnd.pdf',
    excerpt: 'hạt <mark>mắc</mark> <mark>ca</mark>',
  };
  test.each([
    [
      'words only in the PDF: its excerpt, the file named',
      [
        { ...page, locations: [] },
        { ...pdf, locations: [3, 4] },
      ],
      { excerpt: pdf.excerpt, from: 'Trong tệp đính kèm 15-kh-ubnd.pdf:' },
    ],
    [
      'more matches in the PDF than in the page',
      [
        { ...page, locations: [1] },
        { ...pdf, locations: [3, 4] },
      ],
      { excerpt: pdf.excerpt, from: 'Trong tệp đính kèm 15-kh-ubnd.pdf:' },
    ],
    [
      'as many in the page: the page',
      [
        { ...page, locations: [1, 2] },
        { ...pdf, locations: [3, 4] },
      ],
      { excerpt: 'trang' },
    ],
    [
      'fewer in the page, but as many as the query has words: the page',
      [
        { ...page, locations: [1, 2] },
        { ...pdf, locations: [3, 4, 5, 6, 7] },
      ],
      { excerpt: 'trang' },
    ],
  ])('%s', (_, subs, expected) => {
    expect(pickExcerpt({ excerpt: 'whole', sub_results: subs }, texts, 2)).toEqual(expected);
  });
});
