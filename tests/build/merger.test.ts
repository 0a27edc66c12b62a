/**
 * A deployment after the 2025 merger (tests/fixtures/merger), built once: xa-cu and xa-ngoai
 * were dissolved on 1/7/2025, into xa-moi (same output) and into a unit built elsewhere
 * (intoName, intoUrl); xa-moi was formed that day; phuong-moi is a ward. Asserts the archive
 * banner on every archive page, the predecessors page, and the portal's groups.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, FIXTURE_NOW, type BuildResult } from '../support/build-site.ts';
import { JSDOMLike } from '../support/html-text.ts';
import { NGINX, serveWithNginx } from '../support/nginx.ts';

let build: BuildResult;
const page = async (path: string) => new JSDOMLike(await readFile(join(build.outDir, path), 'utf8'));

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The file a relative link from `file` leads to. */
const target = (file: string, href: string) => {
  const path = join(dirname(file), href.split(/[?#]/)[0]!);
  return href.endsWith('/') ? join(path, 'index.html') : path;
};

beforeAll(async () => {
  build = await buildSite('merger', ['--content', 'tests/fixtures/merger', '--now', FIXTURE_NOW]);
  expect(build.code, build.stderr).toBe(0);
});

describe('the archive of a merged commune', () => {
  test('every page of xa-cu says since when and into which unit it was merged, and its link to xa-moi works', async () => {
    // Every page a citizen reads; quan-tri/ is the editors' own tool, not a page of the site.
    const files = (await htmlFiles(join(build.outDir, 'xa-cu'))).filter(
      (f) => !f.includes('/pagefind/') && !f.includes('/quan-tri/'),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const doc = new JSDOMLike(await readFile(file, 'utf8'));
      const where = relative(build.outDir, file);
      expect(doc.text('.archive-banner'), where).toBe(
        'Trang lưu trữ. Xã Cũ đã sáp nhập vào xã Mới từ ngày 01/07/2025 (Nghị quyết 1660/NQ-UBTVQH15, Điều 1 khoản 77). Trang không còn được cập nhật; tin, bài mới đăng trên trang của đơn vị kế thừa.',
      );
      const [href] = doc.attrs('.archive-banner a', 'href');
      // 404.html is served at any address of the commune: its <base> makes the link work there.
      const from = file.endsWith('/404.html') ? join(build.outDir, 'xa-cu', 'index.html') : file;
      expect(relative(build.outDir, target(from, href!)), where).toBe('xa-moi/index.html');
      expect(existsSync(target(from, href!)), where).toBe(true);
    }
  });

  test('a successor built elsewhere is linked by its intoUrl', async () => {
    expect((await page('xa-ngoai/index.html')).attrs('.archive-banner a', 'href')).toEqual([
      'https://benkia.example.gov.vn/',
    ]);
  });

  test('the archive keeps its pages, search and no banner appears on the living units', async () => {
    expect(existsSync(join(build.outDir, 'xa-cu/tin-tuc/2025/trao-qua-tet/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'xa-cu/pagefind/pagefind.js'))).toBe(true);
    for (const path of ['xa-moi/index.html', 'phuong-moi/index.html', 'index.html'])
      expect((await page(path)).$$('.archive-banner'), path).toEqual([]);
  });
});

describe('the successor', () => {
  test('its predecessors page gives the legal basis and links to the archives', async () => {
    const doc = await page('xa-moi/don-vi-cu/index.html');
    expect(doc.text('h1')).toBe('Các đơn vị hành chính cũ');
    expect(doc.text('tbody')).toBe('Xã Cũ 22213 01/07/2025 Nghị quyết 1660/NQ-UBTVQH15, Điều 1 khoản 77');
    const file = join(build.outDir, 'xa-moi/don-vi-cu/index.html');
    expect(doc.attrs('tbody a', 'href').map((href) => relative(build.outDir, target(file, href)))).toEqual([
      'xa-cu/index.html',
    ]);
  });

  test('its home page says when it was formed and links to the predecessors page', async () => {
    const doc = await page('xa-moi/index.html');
    expect(doc.text('.formed-note')).toBe(
      'Xã Mới được thành lập từ ngày 01/07/2025 theo Nghị quyết 1660/NQ-UBTVQH15, Điều 1 khoản 77. Trang lưu trữ của các đơn vị cũ: Các đơn vị hành chính cũ.',
    );
    expect(doc.attrs('.formed-note a', 'href')).toEqual(['don-vi-cu/']);
    expect(existsSync(join(build.outDir, 'phuong-moi/don-vi-cu'))).toBe(false);
  });
});

describe('the portal', () => {
  test('lists the units in existence by kind, then the archives with their successor', async () => {
    const doc = await page('index.html');
    expect(doc.$$('main h2').map((h) => String(h.attributes['id']))).toEqual([
      'don-vi-xa',
      'don-vi-phuong',
      'luu-tru',
      'tim-kiem-cac-xa',
    ]);
    expect(doc.text('section[aria-labelledby="don-vi-xa"] ul')).toBe('Xã Mới (Tỉnh Mẫu; mã 22207)');
    expect(doc.text('section[aria-labelledby="don-vi-phuong"] ul')).toBe('Phường Mới (Tỉnh Mẫu; mã 24100)');
    expect(doc.text('section[aria-labelledby="luu-tru"] ul')).toBe(
      'Xã Cũ (Huyện Mẫu, Tỉnh Cũ) – sáp nhập vào xã Mới từ ngày 01/07/2025 Xã Ngoài – sáp nhập vào xã Bên Kia từ ngày 01/07/2025',
    );
  });

  test('has the owner, title and footer of portal.yaml, its title shown once', async () => {
    const doc = await page('index.html');
    expect(doc.text('header')).toBe('Ủy ban nhân dân tỉnh Mẫu');
    expect(doc.text('h1')).toBe('Trang thông tin điện tử các xã, phường tỉnh Mẫu');
    expect(doc.text('title')).toBe('Trang thông tin điện tử các xã, phường tỉnh Mẫu');
    expect(doc.text('body').split('Trang thông tin điện tử các xã, phường tỉnh Mẫu')).toHaveLength(2);
    expect(doc.text('footer')).toContain(
      'Chịu trách nhiệm chính: Trần Văn Ký, Giám đốc Sở Văn hóa, Thể thao và Du lịch Địa chỉ: Số 1 Đường Mẫu, tỉnh Mẫu Điện thoại: 0262 3800 000 · Thư điện tử: portal@example.gov.vn Sở Văn hóa, Thể thao và Du lịch tỉnh Mẫu quản lý.',
    );
  });
});

describe('redirects of old addresses (xa-moi/redirects.yaml)', () => {
  test.each([
    ['tin-tuc/ra-mat-xa-moi.html', 'xa-moi/tin-tuc/2025/ra-mat-xa-moi/index.html'],
    ['gioi-thieu-chung/index.html', 'xa-moi/gioi-thieu/tong-quan/index.html'],
    ['trang-chu/index.html', 'xa-moi/index.html'],
  ])('a static page at %s sends the browser to %s, says so in words and is not indexed', async (path, to) => {
    const file = join(build.outDir, 'xa-moi', path);
    const doc = new JSDOMLike(await readFile(file, 'utf8'));
    const [delay, refresh = ''] = doc.attr('meta[http-equiv="refresh"]', 'content')!.split('; url=');
    expect(delay).toBe('0');
    expect(relative(build.outDir, target(file, refresh))).toBe(to);
    expect(existsSync(target(file, refresh))).toBe(true);
    expect(doc.attrs('main a', 'href')).toEqual([refresh]);
    expect(doc.attrs('meta[name="robots"]', 'content')).toEqual(['noindex']);
    expect(doc.attrs('link[rel="canonical"]', 'href')).toEqual([refresh]);
  });

  test('an address with a query or a server extension gets no static page, only server maps', () => {
    expect(existsSync(join(build.outDir, 'xa-moi/Default.aspx'))).toBe(false);
    expect(existsSync(join(build.outDir, 'xa-moi/Portal'))).toBe(false);
  });

  test('_redirects and .htaccess carry every entry, queries included', async () => {
    const netlify = await readFile(join(build.outDir, 'xa-moi/_redirects'), 'utf8');
    expect(netlify.split('\n').filter((l) => l.endsWith(' 301'))).toEqual([
      '/tin-tuc/ra-mat-xa-moi.html /tin-tuc/2025/ra-mat-xa-moi/ 301',
      '/gioi-thieu-chung/ /gioi-thieu/tong-quan/ 301',
      '/trang-chu / 301',
      '/Default.aspx tabid=75 /tin-tuc/ 301',
      '/Portal/Pages/lien-he.aspx /lien-he/ 301',
    ]);
    const apache = await readFile(join(build.outDir, 'xa-moi/.htaccess'), 'utf8');
    expect(apache).toContain(
      'RewriteCond %{QUERY_STRING} ^tabid=75$\nRewriteRule ^Default\\.aspx$ /tin-tuc/ [R=301,L,QSD]',
    );
    expect(apache.match(/^RewriteRule /gm)).toHaveLength(5);
  });

  // A real nginx, as on a province's server: .ci/run installs it (apt-get install nginx).
  describe.skipIf(!NGINX && !process.env['CI'])('the nginx map, served by nginx', () => {
    test.each([
      ['/tin-tuc/ra-mat-xa-moi.html', '/tin-tuc/2025/ra-mat-xa-moi/'],
      ['/gioi-thieu-chung/', '/gioi-thieu/tong-quan/'],
      ['/trang-chu', '/'],
      ['/Default.aspx?tabid=75', '/tin-tuc/'],
      ['/Portal/Pages/lien-he.aspx', '/lien-he/'],
    ])('%s answers 301 to %s, which answers 200', async (from, to) => {
      const server = await serveWithNginx(
        join(build.outDir, 'xa-moi'),
        join(build.outDir, 'xa-moi/nginx-redirects.conf'),
      );
      try {
        const response = await fetch(`${server.url}${from}`, { redirect: 'manual' });
        expect([response.status, response.headers.get('location')]).toEqual([301, to]);
        expect((await fetch(`${server.url}${to}`)).status).toBe(200);
        // Another query on the same address is not an old address: the static site answers.
        if (from.includes('?'))
          expect((await fetch(`${server.url}${from}9`, { redirect: 'manual' })).status).toBe(404);
      } finally {
        await server.close();
      }
    });
  });
});
