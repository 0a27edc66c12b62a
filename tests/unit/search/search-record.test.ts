import { describe, expect, test } from 'vitest';
import type { Item } from '../../../src/lib/content/types.ts';
import { partial } from '../site/fixtures.ts';
import { addTwins, addTwinsToHtml } from '../../../src/lib/search/d-twins.ts';
import { limitWords } from '../../../src/lib/search/attachment-section.ts';
import {
  ignoreNotText,
  indexableHtml,
  searchRecord,
  separateCells,
} from '../../../src/lib/search/search-record.ts';
import { parseVnDate } from '../../../src/lib/vn-date.ts';

const doc: Item<'van-ban'> = {
  commune: 'xa-mau',
  section: 'van-ban',
  path: 'van-ban/2026/45-qd-ubnd',
  file: 'xa-mau/van-ban/2026/45-qd-ubnd.md',
  title: 'Quyết định kiện toàn Ban biên tập',
  date: parseVnDate('2026-02-10')!,
  draft: false,
  credits: [],
  data: partial<'van-ban'>({
    type: 'quyet-dinh',
    number: '45/QĐ-UBND',
    issuer: 'UBND xã Mẫu',
    issued: parseVnDate('2026-02-10')!,
    expires: parseVnDate('2026-06-30')!,
    file: './45-qd-ubnd.pdf',
  }),
};
const options = { contentDir: '/srv/content', now: new Date('2026-11-26T00:00:00+07:00') };
const twins = { html: addTwinsToHtml, text: addTwins };

describe('what the search index gets for a page', () => {
  test('a document is filtered by section, year, type and number, shows its number, type, date and status, and names its PDF', () => {
    expect(searchRecord(doc, options)).toEqual({
      meta: {
        title: 'Quyết định kiện toàn Ban biên tập',
        section: 'Văn bản',
        date: '10/02/2026',
        number: '45/QĐ-UBND',
        type: 'Quyết định',
        status: 'Hết hiệu lực',
      },
      filters: {
        Mục: 'Văn bản',
        Năm: '2026',
        'Loại văn bản': 'Quyết định',
        'Số ký hiệu': '45/QĐ-UBND',
        'Cơ quan ban hành': 'UBND xã Mẫu',
      },
      sort: { ngay: '2026-02-10' },
      attachment: {
        path: '/srv/content/xa-mau/van-ban/2026/45-qd-ubnd.pdf',
        file: 'xa-mau/van-ban/2026/45-qd-ubnd.pdf',
        name: '45-qd-ubnd.pdf',
      },
    });
  });

  test('an attachment that is not a PDF is not read', () => {
    expect(
      searchRecord({ ...doc, data: { ...doc.data, file: './bang-ke.xlsx' } }, options).attachment,
    ).toBeUndefined();
  });

  test("a PDF's text follows the page's own, under its own heading, in one paragraph, with d-twins and escaped", () => {
    const page = '<main data-pagefind-body><h1>Kế hoạch</h1></main>';
    const html = indexableHtml(page, undefined, twins, {
      name: '12-kh.pdf',
      text: 'Đội <xung kích>\nrẫy cà phê',
    });
    expect(html).toBe(
      '<html lang="vi"><body><main data-pagefind-body><h1>Kế hoạch</h1><section><h2 id="tep-dinh-kem">Tệp đính dinh kèm 12-kh.pdf</h2><p>Đội Doi &lt;xung kích&gt; rẫy cà phê</p></section></main></body></html>',
    );
  });

  test('a news item also carries its category, searched as meta (not as text that would begin its excerpt)', () => {
    const news: Item<'tin-tuc'> = {
      ...doc,
      section: 'tin-tuc',
      path: 'tin-tuc/2026/duong',
      title: 'Đường vào buôn Ken',
      data: partial<'tin-tuc'>({ category: 'nong-thon-moi' }),
    };
    expect(searchRecord(news, options).meta).toEqual({
      title: 'Đường vào buôn Ken',
      section: 'Tin tức',
      date: '10/02/2026',
      category: 'Nông thôn mới',
    });
  });

  test('only the indexed element is handed over, with meta, filters and d-twins inside it', () => {
    const page =
      '<html><head><style>x</style></head><body><header>Đầu trang</header><main data-pagefind-body><h1>Đất đai</h1></main><footer>Đức</footer></body></html>';
    const html = indexableHtml(page, { meta: { title: 'Đất' }, filters: { Mục: 'Văn bản' } }, twins);
    expect(html).toBe(
      '<html lang="vi"><body><main data-pagefind-body><meta data-pagefind-meta="title[content]" content="Đất Dat"><meta data-pagefind-filter="Mục[content]" content="Văn bản"><h1>Đất Dat đai dai</h1></main></body></html>',
    );
  });

  test.each([
    [
      'the category line',
      '<p class="meta"><a href="../">Văn hóa - Xã hội</a></p>',
      '<p data-pagefind-ignore class="meta"><a href="../">Văn hóa - Xã hội</a></p>',
    ],
    [
      'the date line, among other classes',
      '<p id="d" class="small meta">10/02/2026</p>',
      '<p data-pagefind-ignore id="d" class="small meta">10/02/2026</p>',
    ],
    [
      'the related news',
      '<section class="related" aria-labelledby="doc-them">',
      '<section data-pagefind-ignore class="related" aria-labelledby="doc-them">',
    ],
    ['not a class that only starts like one', '<p class="metadata">Đức</p>', '<p class="metadata">Đức</p>'],
    ['not the text itself', '<p>meta related</p>', '<p>meta related</p>'],
  ])('%s is left out of the index, not the rest', (_, html, ignored) => {
    expect(ignoreNotText(html)).toBe(ignored);
  });

  test('an item page is indexed without its category and date lines', () => {
    const page =
      '<main data-pagefind-body><article><p class="meta"><a>Kinh tế</a></p><h1>Tiêm vắc xin</h1><p class="meta"><time>05/03/2026</time></p><p>Trẻ em</p></article></main>';
    expect(indexableHtml(page, undefined, twins)).toBe(
      '<html lang="vi"><body><main data-pagefind-body><article><p data-pagefind-ignore class="meta"><a>Kinh tế</a></p><h1>Tiêm vắc xin</h1><p data-pagefind-ignore class="meta"><time>05/03/2026</time></p><p>Trẻ em</p></article></main></body></html>',
    );
  });

  test('the fields of a document stay separate words (Pagefind joins adjacent cells)', () => {
    expect(
      separateCells(
        '<dl><dt>Số ký hiệu</dt><dd>45/QĐ-UBND</dd><dt>Loại văn bản</dt><dd>Quyết định</dd></dl>',
      ),
    ).toBe('<dl><dt>Số ký hiệu</dt> <dd>45/QĐ-UBND</dd> <dt>Loại văn bản</dt> <dd>Quyết định</dd> </dl>');
  });
});

describe('how much of a PDF is indexed', () => {
  test.each([
    ['a short text stays whole', 'một hai ba', 5, 'một hai ba'],
    ['a long text keeps its first words', 'một hai  ba\nbốn năm', 3, 'một hai  ba'],
  ])('%s', (_, text, words, expected) => {
    expect(limitWords(text, words)).toBe(expected);
  });
});
