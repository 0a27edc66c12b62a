import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { attribute, JSDOMLike, visibleText } from '../support/html-text.ts';

const dist = inject('fixtureDist');
/** The file's bytes, for the checks that must see every byte (no script anywhere, no editor). */
const raw = (path: string) => readFile(join(dist, path), 'utf8');
const page = async (path: string) => new JSDOMLike(await raw(path));
/** Every address a page refers to: links, images, forms (the `<base>` itself excepted). */
const hrefs = (doc: JSDOMLike) =>
  doc
    .$$('[href]:not(base), [src], [action]')
    .flatMap((n) => ['href', 'src', 'action'].map((name) => attribute(n, name)))
    .filter((href) => href !== undefined);
/** The [text, href] of every link matching `selector`. */
const links = (doc: JSDOMLike, selector: string) =>
  doc.$$(selector).map((a) => [visibleText(a), attribute(a, 'href')]);

const ARTICLE = 'xa-mau/tin-tuc/2026/hoi-nghi-trien-khai/index.html';
const DOCUMENT = 'xa-mau/van-ban/2026/79-ubnd/index.html';

/** The file a link leads to inside dist, or undefined for links that leave the site. */
function target(fromFile: string, href: string, base?: string): string | undefined {
  if (/^(mailto|tel|data):|^#/.test(href)) return undefined;
  if (base?.startsWith('https://xamau.example.gov.vn/')) {
    const url = new URL(href, base);
    if (url.origin !== 'https://xamau.example.gov.vn') return undefined;
    return join(dist, 'xa-mau', url.pathname, url.pathname.endsWith('/') ? 'index.html' : '');
  }
  if (/^https?:/.test(href)) return undefined;
  const path = join(dirname(fromFile), href.split(/[?#]/)[0]!);
  return href.split(/[?#]/)[0]!.endsWith('/') || href === '' ? join(path, 'index.html') : path;
}

describe('article page', () => {
  test('credits everyone with their role, under the pen name when there is one, linked to their page', async () => {
    const doc = await page(ARTICLE);
    expect(doc.text('.byline')).toBe('Người thực hiện: Tác giả: Văn An · Ảnh: Lê Văn Bình');
    expect(links(doc, '.byline a')).toEqual([
      ['Văn An', '../../../tac-gia/nguyen-van-an/'],
      ['Lê Văn Bình', '../../../tac-gia/le-van-binh/'],
    ]);
  });

  test('captions the hero photo with imageCaption', async () => {
    expect((await page(ARTICLE)).text('figure.hero figcaption')).toBe(
      'Hội nghị triển khai nhiệm vụ năm 2026 tại hội trường UBND xã Mẫu. Ảnh: Lê Văn Bình',
    );
  });

  test('shows the date in Vietnamese format with a machine-readable datetime', async () => {
    const doc = await page(ARTICLE);
    expect([doc.text('article .meta time'), doc.attr('article .meta time', 'datetime')]).toEqual([
      '18/01/2026',
      '2026-01-18',
    ]);
  });

  test('serves the photo as AVIF and WebP at several widths, with its alt text and size', async () => {
    const hero = (await page(ARTICLE)).within('figure.hero picture');
    expect(hero.attrs('source', 'type')).toEqual(['image/avif', 'image/webp']);
    for (const srcset of [...hero.attrs('source', 'srcset'), hero.attr('img', 'srcset')])
      expect(srcset).toMatch(/ 360w, .* 720w/);
    expect(hero.attr('img', 'alt')).toBe('Toàn cảnh hội nghị tại hội trường UBND xã');
    expect([hero.attr('img', 'width'), hero.attr('img', 'height')]).toEqual([
      expect.stringMatching(/^\d+$/),
      expect.stringMatching(/^\d+$/),
    ]);
  });

  test('carries Dublin Core with the values of the item', async () => {
    const doc = await page(ARTICLE);
    const dc = (name: string) => doc.attr(`meta[name="DC.${name}"]`, 'content');
    expect(doc.attr('link[rel="schema.DC"]', 'href')).toBe('http://purl.org/dc/elements/1.1/');
    expect(
      Object.fromEntries(
        ['title', 'creator', 'date', 'publisher', 'identifier', 'language'].map((n) => [n, dc(n)]),
      ),
    ).toEqual({
      title: 'Hội nghị triển khai nhiệm vụ năm 2026',
      creator: 'Văn An; Lê Văn Bình',
      date: '2026-01-18',
      publisher: 'Ủy ban nhân dân xã Mẫu',
      identifier: 'https://xamau.example.gov.vn/tin-tuc/2026/hoi-nghi-trien-khai/',
      language: 'vi',
    });
    expect(dc('description')).toContain('hội nghị triển khai nhiệm vụ');
  });

  test('is marked for the site search and has a canonical link', async () => {
    const doc = await page(ARTICLE);
    expect(doc.$$('main[data-pagefind-body]')).toHaveLength(1);
    expect(doc.attrs('link[rel="canonical"]', 'href')).toEqual([
      'https://xamau.example.gov.vn/tin-tuc/2026/hoi-nghi-trien-khai/',
    ]);
  });
});

describe('the shell of every page', () => {
  test('Vietnamese, a skip link, the agency name, and the footer of TT 32/2017 Điều 16', async () => {
    const doc = await page('xa-mau/index.html');
    expect(doc.attr('html', 'lang')).toBe('vi');
    expect(links(doc, 'a.skip')).toEqual([['Bỏ qua và đến nội dung chính', '#noi-dung']]);
    expect(doc.attr('main', 'id')).toBe('noi-dung');
    expect(doc.text('footer h2')).toBe('Trang thông tin điện tử xã Mẫu');
    expect(doc.terms('footer dl')).toEqual([
      ['Cơ quan chủ quản:', 'Ủy ban nhân dân xã Mẫu'],
      ['Chịu trách nhiệm chính:', 'Nguyễn Văn Hùng, Chủ tịch UBND xã'],
      ['Địa chỉ:', 'Thôn Một, xã Mẫu, huyện Sông Hinh, tỉnh Phú Yên'],
      ['Điện thoại:', '0257 3800 001'],
      ['Thư điện tử:', 'xamau@example.gov.vn'],
    ]);
    expect(doc.text('footer .reuse')).toBe(
      'Ghi rõ nguồn Trang thông tin điện tử xã Mẫu khi phát hành lại thông tin từ trang này.',
    );
    expect(doc.text('footer .made')).toBe('Trang thông tin điện tử được xây dựng bằng trangxa');
  });

  test.each([
    ['xa-mau/index.html', 'english/'],
    [ARTICLE, '../../../english/'],
    ['xa-ben/index.html', 'english/'],
  ])('%s: the footer links the English page', async (path, href) => {
    const english = (await page(path)).$('footer a[hreflang="en"]');
    expect([visibleText(english), attribute(english, 'href'), attribute(english, 'lang')]).toEqual([
      'English',
      href,
      'en',
    ]);
  });

  test("the header shows the commune's logo from site.yaml, with its alt text, and the generic emblem without one", async () => {
    const logo = (await page(ARTICLE)).$('header .emblem');
    expect([logo.name, ...['src', 'alt', 'width', 'height'].map((name) => attribute(logo, name))]).toEqual([
      'img',
      '../../../logo.svg',
      'Biểu trưng Ủy ban nhân dân xã Mẫu',
      '48',
      '48',
    ]);
    expect(await raw('xa-mau/logo.svg')).toContain('<svg');
    const ben = await page('xa-ben/index.html');
    expect(ben.$$('header .emblem').map((n) => n.name)).toEqual(['svg']);
    expect(ben.$$('[src*="logo."], [href*="logo."]')).toEqual([]);
  });

  test('a search form sends "q" to the search page', async () => {
    const element = (await page(ARTICLE)).$('header form[role="search"]');
    const form = new JSDOMLike(element);
    expect([attribute(element, 'action'), attribute(element, 'method')]).toEqual([
      '../../../tim-kiem/',
      'get',
    ]);
    expect(form.text('label')).toBe('Tìm kiếm trên trang');
    expect(form.attr('label', 'for')).toBe(form.attr('input', 'id'));
    expect([form.attr('input', 'type'), form.attr('input', 'name')]).toEqual(['search', 'q']);
  });

  // Raw bytes on purpose: a `<script` anywhere (even inside a comment or a template) is a failure.
  test('no page runs JavaScript (the search page and the editor, which need it, excepted)', async () => {
    const files = (await readdir(dist, { recursive: true })).filter(
      (f) => f.endsWith('.html') && !f.includes('tim-kiem') && !f.split('/').includes('quan-tri'),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(await raw(file), file).not.toContain('<script');
  });

  test('the editor (Decap CMS) loads only on quan-tri/ pages, which are never indexed', async () => {
    const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
    const loading: string[] = [];
    // Raw bytes: the editor's file name anywhere in a page counts, not only in a <script src>.
    for (const file of files) if ((await raw(file)).includes('decap-cms.js')) loading.push(file);
    expect(loading.toSorted()).toEqual([
      'quan-tri/index.html',
      'xa-ben/quan-tri/index.html',
      'xa-mau/quan-tri/index.html',
    ]);
    for (const file of loading) {
      const doc = await page(file);
      expect(doc.attrs('script[src]', 'src'), file).toContain('decap-cms.js');
      expect(doc.attrs('meta[name="robots"]', 'content'), file).toEqual(['noindex, nofollow']);
    }
  });

  test('every link inside a commune leads to a file of the build (search page excepted, it comes later)', async () => {
    const files = (await readdir(join(dist, 'xa-mau'), { recursive: true })).filter(
      (f) => f.endsWith('.html') && f !== '404.html',
    );
    const broken: string[] = [];
    for (const file of files) {
      const from = join(dist, 'xa-mau', file);
      for (const href of hrefs(new JSDOMLike(await readFile(from, 'utf8')))) {
        const to = target(from, href);
        if (to && !to.includes('tim-kiem') && !existsSync(to)) broken.push(`${file}: ${href}`);
        if (to)
          expect(
            relative(join(dist, 'xa-mau'), to),
            `${file}: ${href} leaves the commune folder`,
          ).not.toMatch(/^\.\./);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('news lists', () => {
  test('the news list shows every published article, newest first, on one page when there are ten or fewer', async () => {
    const doc = await page('xa-mau/tin-tuc/index.html');
    expect(links(doc, 'ul.news .title a')).toEqual([
      ['Đường vào buôn Ken đã được bê tông hóa', '2026/duong-buon-ken/'],
      ['Hội nghị triển khai nhiệm vụ năm 2026', '2026/hoi-nghi-trien-khai/'],
      ['Ngày hội Đại đoàn kết toàn dân tộc ở thôn Một', '2026/ngay-hoi-dai-doan-ket/'],
    ]);
    expect(doc.attrs('ul.news time', 'datetime')).toEqual(['2026-03-05', '2026-01-18', '2026-01-10']);
    expect(existsSync(join(dist, 'xa-mau/tin-tuc/trang/2'))).toBe(false);
    expect(doc.$$('[aria-label="Phân trang"]')).toEqual([]);
  });

  test.each([
    ['kinh-te', 'Kinh tế', ['Hội nghị triển khai nhiệm vụ năm 2026']],
    ['nong-thon-moi', 'Nông thôn mới', ['Đường vào buôn Ken đã được bê tông hóa']],
  ])('category page %s is titled "%s" and lists only its news', async (code, label, titles) => {
    const doc = await page(`xa-mau/tin-tuc/chuyen-muc/${code}/index.html`);
    expect(doc.text('h1')).toBe(label);
    expect(doc.texts('ul.news .title')).toEqual(titles);
  });
});

describe('editorial board page', () => {
  test('states the decision, linked to its page in the register, and lists the four members with their roles, head first', async () => {
    const doc = await page('xa-mau/ban-bien-tap/index.html');
    expect(doc.text('h1 + p')).toBe(
      'Thành lập theo Quyết định số 45/QĐ-UBND ngày 10/02/2026, người ký Nguyễn Văn Hùng.',
    );
    expect(links(doc, 'h1 + p a.doc-number')).toEqual([['45/QĐ-UBND', '../van-ban/2026/45-qd-ubnd/']]);
    expect(doc.text('table caption')).toBe('Thành viên Ban biên tập');
    expect(doc.texts('thead th[scope="col"]')).toEqual(['Họ và tên', 'Vai trò', 'Chức vụ', 'Nhiệm vụ']);
    expect(
      doc.$$('tbody tr').map((row) => {
        const cells = new JSDOMLike(row);
        return `${cells.text('td[data-label="Vai trò"]')}: ${cells.text('th[scope="row"]')}`;
      }),
    ).toEqual([
      'Trưởng ban: Nguyễn Văn Hùng',
      'Phó trưởng ban: Trần Thị Lan',
      'Thành viên: Nguyễn Văn An',
      "Thư ký: Ksor H'Lan",
    ]);
  });

  test('links a member to their author page only when they have published work', async () => {
    // Nguyễn Văn Hùng heads the board but is credited on nothing: his name is not a link.
    expect(links(await page('xa-mau/ban-bien-tap/index.html'), 'tbody th a')).toEqual([
      ['Trần Thị Lan', '../tac-gia/tran-thi-lan/'],
      ['Nguyễn Văn An', '../tac-gia/nguyen-van-an/'],
      ["Ksor H'Lan", '../tac-gia/ksor-h-lan/'],
    ]);
  });
});

describe('author pages', () => {
  test("a person's page lists the items they are credited on, with their role", async () => {
    const doc = await page('xa-mau/tac-gia/nguyen-van-an/index.html');
    expect(doc.text('h1')).toBe('Nguyễn Văn An');
    expect(doc.text('h1 + .meta')).toContain('Bút danh: Văn An');
    expect(doc.texts('ul.news li')).toEqual([
      'Hội nghị triển khai nhiệm vụ năm 2026 18/01/2026 · Vai trò: Tác giả',
    ]);
  });

  test('the index lists everyone credited in Vietnamese order, and nobody else', async () => {
    expect(links(await page('xa-mau/tac-gia/index.html'), 'main li > a')).toEqual([
      ["Ksor H'Lan", 'ksor-h-lan/'],
      ['Lê Văn Bình', 'le-van-binh/'],
      ['Nguyễn Văn An', 'nguyen-van-an/'],
      ['Trần Thị Lan', 'tran-thi-lan/'],
    ]);
  });
});

describe('document page', () => {
  test('links the attachment with its type and size, and the file is beside the page', async () => {
    expect(links(await page(DOCUMENT), 'a[download]')).toEqual([
      ['Tải về: 79-ubnd.pdf (PDF, 43 KB)', '79-ubnd.pdf'],
    ]);
    expect(existsSync(join(dist, 'xa-mau/van-ban/2026/79-ubnd/79-ubnd.pdf'))).toBe(true);
  });

  test('lists its metadata and shows the body above the download link', async () => {
    const doc = await page(DOCUMENT);
    expect(doc.terms('dl.fields')).toEqual([
      ['Số ký hiệu', '79/UBND'],
      ['Loại văn bản', 'Công văn'],
      ['Cơ quan ban hành', 'UBND huyện Sông Hinh'],
      ['Ngày ban hành', '18/01/2026'],
      ['Người ký', 'Ksor Y Phun'],
      ['Lĩnh vực', 'Văn hóa - Thông tin'],
      ['Tình trạng', 'Còn hiệu lực'],
    ]);
    const words = doc.text('main');
    expect(words.indexOf('Đề nghị các xã ký hợp đồng')).toBeGreaterThan(-1);
    expect(words.indexOf('Đề nghị các xã ký hợp đồng')).toBeLessThan(words.indexOf('Tải về'));
  });

  test('the documents table lists the newest first', async () => {
    expect((await page('xa-mau/van-ban/index.html')).texts('table.docs tbody th')).toEqual([
      '45/QĐ-UBND',
      '79/UBND',
    ]);
  });
});

describe('404 page', () => {
  test('is at the commune root where static hosts look for it', () => {
    expect(existsSync(join(dist, 'xa-mau/404.html'))).toBe(true);
    expect(existsSync(join(dist, 'xa-mau/404'))).toBe(false);
  });

  test('resolves every link through its <base> to a page of the commune, wherever it is served', async () => {
    const doc = await page('xa-mau/404.html');
    const base = doc.attr('head base', 'href');
    expect(base).toBe('https://xamau.example.gov.vn/');
    const links = hrefs(doc).filter((h) => !/^(mailto|tel|data):/.test(h) && !h.startsWith('#'));
    expect(links.length).toBeGreaterThan(5);
    for (const href of links) {
      // Through the public <base>, and as plain relative links from 404.html at the commune root.
      for (const to of [
        target(join(dist, 'xa-mau/404.html'), href, base),
        target(join(dist, 'xa-mau/404.html'), href),
      ]) {
        if (to && !to.includes('tim-kiem')) expect(existsSync(to), href).toBe(true);
      }
    }
  });
});

describe('portal and introduction', () => {
  test('the portal links every commune with its parent units', async () => {
    const doc = await page('index.html');
    expect(links(doc, 'ul.units a')).toEqual([
      ['Xã Bên', 'xa-ben/'],
      ['Xã Mẫu', 'xa-mau/'],
    ]);
    expect(doc.texts('ul.units li')).toEqual(['Xã Bên', 'Xã Mẫu (Huyện Sông Hinh, Tỉnh Phú Yên)']);
  });

  test('the introduction index links its pages', async () => {
    expect(links(await page('xa-mau/gioi-thieu/index.html'), 'main .title a')).toEqual([
      ['Tổng quan về xã Mẫu', 'tong-quan/'],
      ['Lịch sử và văn hóa', 'lich-su-van-hoa/'],
      ['Bản đồ hành chính xã Mẫu', 'ban-do-hanh-chinh/'],
      ['Lịch tiếp công dân', 'lich-tiep-cong-dan/'],
      ['Hướng dẫn yêu cầu cung cấp thông tin', 'yeu-cau-thong-tin/'],
    ]);
  });

  test('a commune without documents or introduction has no menu entry for them', async () => {
    expect((await page('xa-ben/index.html')).texts('ul.menu-wide a')).toEqual([
      'Trang chủ',
      'Tin tức',
      'Ban biên tập',
      'Liên hệ',
    ]);
  });
});
