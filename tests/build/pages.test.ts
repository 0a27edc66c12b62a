import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const dist = inject('fixtureDist');
const page = (path: string) => readFile(join(dist, path), 'utf8');
const decode = (s: string) => s.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
const text = (html: string) =>
  decode(
    html
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' '),
  );
const hrefs = (html: string) =>
  [...html.replace(/<base [^>]*>/, '').matchAll(/\b(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]!);
const meta = (html: string, name: string) =>
  new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];

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
    const html = await page(ARTICLE);
    expect(html).toMatch(/Tác giả: <a href="\.\.\/\.\.\/\.\.\/tac-gia\/nguyen-van-an\/">Văn An<\/a>/);
    expect(html).toMatch(/Ảnh: <a href="\.\.\/\.\.\/\.\.\/tac-gia\/le-van-binh\/">Lê Văn Bình<\/a>/);
  });

  test('captions the hero photo with imageCaption', async () => {
    expect(await page(ARTICLE)).toContain(
      '<figcaption>Hội nghị triển khai nhiệm vụ năm 2026 tại hội trường UBND xã Mẫu. Ảnh: Lê Văn Bình</figcaption></figure>',
    );
  });

  test('shows the date in Vietnamese format with a machine-readable datetime', async () => {
    expect(await page(ARTICLE)).toContain('<time datetime="2026-01-18">18/01/2026</time>');
  });

  test('serves the photo as AVIF and WebP at several widths, with its alt text and size', async () => {
    const html = await page(ARTICLE);
    expect(html).toContain('type="image/avif"');
    expect(html).toContain('type="image/webp"');
    expect(html).toMatch(
      /<img [^>]*alt="Toàn cảnh hội nghị tại hội trường UBND xã"[^>]*width="\d+" height="\d+"/,
    );
    expect(html).toMatch(/ 360w, /);
  });

  test('carries Dublin Core with the values of the item', async () => {
    const html = await page(ARTICLE);
    expect(html).toContain('<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">');
    expect({
      title: meta(html, 'DC.title'),
      creator: meta(html, 'DC.creator'),
      date: meta(html, 'DC.date'),
      publisher: meta(html, 'DC.publisher'),
      identifier: meta(html, 'DC.identifier'),
      language: meta(html, 'DC.language'),
    }).toEqual({
      title: 'Hội nghị triển khai nhiệm vụ năm 2026',
      creator: 'Văn An; Lê Văn Bình',
      date: '2026-01-18',
      publisher: 'Ủy ban nhân dân xã Mẫu',
      identifier: 'https://xamau.example.gov.vn/tin-tuc/2026/hoi-nghi-trien-khai/',
      language: 'vi',
    });
    expect(meta(html, 'DC.description')).toContain('hội nghị triển khai nhiệm vụ');
  });

  test('is marked for the site search and has a canonical link', async () => {
    const html = await page(ARTICLE);
    expect(html).toMatch(/<main [^>]*data-pagefind-body/);
    expect(html).toContain(
      '<link rel="canonical" href="https://xamau.example.gov.vn/tin-tuc/2026/hoi-nghi-trien-khai/">',
    );
  });
});

describe('the shell of every page', () => {
  test('Vietnamese, a skip link, the agency name, and the footer of TT 32/2017 Điều 16', async () => {
    const html = await page('xa-mau/index.html');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<a class="skip" href="#noi-dung">Bỏ qua và đến nội dung chính</a>');
    const words = text(html);
    for (const expected of [
      'Trang thông tin điện tử xã Mẫu',
      'Cơ quan chủ quản: Ủy ban nhân dân xã Mẫu',
      'Chịu trách nhiệm chính: Nguyễn Văn Hùng, Chủ tịch UBND xã',
      'Địa chỉ: Thôn Một, xã Mẫu, huyện Sông Hinh, tỉnh Phú Yên',
      'Điện thoại: 0257 3800 001',
      'Thư điện tử: xamau@example.gov.vn',
      'Ghi rõ nguồn Trang thông tin điện tử xã Mẫu khi phát hành lại thông tin từ trang này.',
      'Trang thông tin điện tử được xây dựng bằng trangxa',
    ]) {
      expect(words).toContain(expected);
    }
  });

  test.each(['xa-mau/index.html', ARTICLE, 'xa-ben/index.html'])(
    '%s: the footer links the English page',
    async (path) => {
      expect(await page(path)).toMatch(/<a href="[./]*english\/" lang="en" hreflang="en">English<\/a>/);
    },
  );

  test("the header shows the commune's logo from site.yaml, with its alt text, and the generic emblem without one", async () => {
    expect(await page(ARTICLE)).toContain(
      '<img class="emblem" src="../../../logo.svg" alt="Biểu trưng Ủy ban nhân dân xã Mẫu" width="48" height="48">',
    );
    expect(await readFile(join(dist, 'xa-mau/logo.svg'), 'utf8')).toContain('<svg');
    const ben = await page('xa-ben/index.html');
    expect(ben).not.toContain('logo.');
    expect(ben).toContain('<svg class="emblem"');
  });

  test('a search form sends "q" to the search page', async () => {
    expect(await page(ARTICLE)).toContain(
      'action="../../../tim-kiem/" method="get"><label for="q-header">Tìm kiếm trên trang</label><input id="q-header" type="search" name="q"',
    );
  });

  test('no page runs JavaScript (the search page and the editor, which need it, excepted)', async () => {
    const files = (await readdir(dist, { recursive: true })).filter(
      (f) => f.endsWith('.html') && !f.includes('tim-kiem') && !f.split('/').includes('quan-tri'),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(await page(file), file).not.toContain('<script');
  });

  test('the editor (Decap CMS) loads only on quan-tri/ pages, which are never indexed', async () => {
    const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
    const loading: string[] = [];
    for (const file of files) if ((await page(file)).includes('decap-cms.js')) loading.push(file);
    expect(loading.toSorted()).toEqual([
      'quan-tri/index.html',
      'xa-ben/quan-tri/index.html',
      'xa-mau/quan-tri/index.html',
    ]);
    for (const file of loading)
      expect(await page(file)).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  test('every link inside a commune leads to a file of the build (search page excepted, it comes later)', async () => {
    const files = (await readdir(join(dist, 'xa-mau'), { recursive: true })).filter(
      (f) => f.endsWith('.html') && f !== '404.html',
    );
    const broken: string[] = [];
    for (const file of files) {
      const from = join(dist, 'xa-mau', file);
      for (const href of hrefs(await readFile(from, 'utf8'))) {
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
    const words = text(await page('xa-mau/tin-tuc/index.html'));
    expect(words.indexOf('Đường vào buôn Ken')).toBeLessThan(
      words.indexOf('Hội nghị triển khai nhiệm vụ năm 2026'),
    );
    expect(words.indexOf('Đường vào buôn Ken')).toBeGreaterThan(-1);
    expect(existsSync(join(dist, 'xa-mau/tin-tuc/trang/2'))).toBe(false);
    expect(await page('xa-mau/tin-tuc/index.html')).not.toContain('aria-label="Phân trang"');
  });

  test.each([
    ['kinh-te', 'Kinh tế', 'Hội nghị triển khai nhiệm vụ năm 2026', 'Đường vào buôn Ken'],
    ['nong-thon-moi', 'Nông thôn mới', 'Đường vào buôn Ken', 'Hội nghị triển khai'],
  ])('category page %s is titled "%s" and lists only its news', async (code, label, shown, hidden) => {
    const html = await page(`xa-mau/tin-tuc/chuyen-muc/${code}/index.html`);
    expect(html).toContain(`<h1>${label}</h1>`);
    const list = /<ul class="news">[\s\S]*?<\/ul>/.exec(html)![0];
    expect(text(list)).toContain(shown);
    expect(text(list)).not.toContain(hidden);
  });
});

describe('editorial board page', () => {
  test('states the decision, linked to its page in the register, and lists the four members with their roles, head first', async () => {
    const html = await page('xa-mau/ban-bien-tap/index.html');
    expect(text(html)).toContain(
      'Thành lập theo Quyết định số 45/QĐ-UBND ngày 10/02/2026 , người ký Nguyễn Văn Hùng.',
    );
    expect(html).toContain('<a href="../van-ban/2026/45-qd-ubnd/" class="doc-number">45/QĐ-UBND</a>');
    const rows = [
      ...html.matchAll(/<tr><th scope="row">(.*?)<\/th><td data-label="Vai trò">([^<]*)<\/td>/g),
    ].map((m) => decode(`${m[2]}: ${text(m[1]!).trim()}`));
    expect(rows).toEqual([
      'Trưởng ban: Nguyễn Văn Hùng',
      'Phó trưởng ban: Trần Thị Lan',
      'Thành viên: Nguyễn Văn An',
      "Thư ký: Ksor H'Lan",
    ]);
    expect(html).toContain('<th scope="col">Chức vụ</th>');
    expect(html).toContain('<caption>Thành viên Ban biên tập</caption>');
  });

  test('links a member to their author page only when they have published work', async () => {
    const html = await page('xa-mau/ban-bien-tap/index.html');
    expect(html).toContain('<th scope="row"><a href="../tac-gia/nguyen-van-an/">Nguyễn Văn An</a></th>');
    expect(html).not.toContain('tac-gia/nguyen-van-hung/');
  });
});

describe('author pages', () => {
  test("a person's page lists the items they are credited on, with their role", async () => {
    const words = text(await page('xa-mau/tac-gia/nguyen-van-an/index.html'));
    expect(words).toContain('Hội nghị triển khai nhiệm vụ năm 2026');
    expect(words).toContain('Vai trò: Tác giả');
    expect(words).toContain('Bút danh: Văn An');
  });

  test('the index lists everyone credited in Vietnamese order, and nobody else', async () => {
    const html = await page('xa-mau/tac-gia/index.html');
    const names = [...html.matchAll(/<a href="[^"]*tac-gia\/[^"]*|<li><a href="([a-z-]+)\/">([^<]*)<\/a>/g)]
      .map((m) => m[2])
      .filter((name) => name !== undefined)
      .map(decode);
    expect(names).toEqual(["Ksor H'Lan", 'Lê Văn Bình', 'Nguyễn Văn An', 'Trần Thị Lan']);
  });
});

describe('document page', () => {
  test('links the attachment with its type and size, and the file is beside the page', async () => {
    const html = await page(DOCUMENT);
    expect(html).toContain('<a href="79-ubnd.pdf" download>Tải về: 79-ubnd.pdf (PDF, 43 KB)</a>');
    expect(existsSync(join(dist, 'xa-mau/van-ban/2026/79-ubnd/79-ubnd.pdf'))).toBe(true);
  });

  test('lists its metadata and shows the body above the download link', async () => {
    const words = text(await page(DOCUMENT));
    for (const expected of [
      'Số ký hiệu 79/UBND',
      'Loại văn bản Công văn',
      'Cơ quan ban hành UBND huyện Sông Hinh',
      'Ngày ban hành 18/01/2026',
      'Người ký Ksor Y Phun',
      'Lĩnh vực Văn hóa - Thông tin',
    ]) {
      expect(words).toContain(expected);
    }
    expect(words.indexOf('Đề nghị các xã ký hợp đồng')).toBeLessThan(words.indexOf('Tải về'));
  });

  test('the documents table lists the newest first', async () => {
    const words = text(await page('xa-mau/van-ban/index.html'));
    expect(words.indexOf('45/QĐ-UBND')).toBeLessThan(words.indexOf('79/UBND'));
  });
});

describe('404 page', () => {
  test('is at the commune root where static hosts look for it', () => {
    expect(existsSync(join(dist, 'xa-mau/404.html'))).toBe(true);
    expect(existsSync(join(dist, 'xa-mau/404'))).toBe(false);
  });

  test('resolves every link through its <base> to a page of the commune, wherever it is served', async () => {
    const html = await page('xa-mau/404.html');
    const base = /<base href="([^"]*)">/.exec(html)?.[1];
    expect(base).toBe('https://xamau.example.gov.vn/');
    const links = hrefs(html).filter((h) => !/^(mailto|tel|data):/.test(h) && !h.startsWith('#'));
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
    const html = await page('index.html');
    expect(html).toContain('<a href="xa-mau/">Xã Mẫu</a>');
    expect(html).toContain('<a href="xa-ben/">Xã Bên</a>');
    expect(text(html)).toContain('(Huyện Sông Hinh, Tỉnh Phú Yên)');
  });

  test('the introduction index links its pages', async () => {
    expect(await page('xa-mau/gioi-thieu/index.html')).toContain(
      '<a href="tong-quan/">Tổng quan về xã Mẫu</a>',
    );
  });

  test('a commune without documents or introduction has no menu entry for them', async () => {
    const menu = /<ul class="menu-wide">[\s\S]*?<\/ul>/.exec(await page('xa-ben/index.html'))![0];
    expect(text(menu).trim()).toBe('Trang chủ Tin tức Ban biên tập Liên hệ');
  });
});
