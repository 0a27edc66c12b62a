import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { attribute, JSDOMLike, visibleText } from '../support/html-text.ts';

/** The fixture is built with the clock at 2026-11-26 12:00 in Vietnam (tests/support/build-site.ts). */
const dist = inject('fixtureDist');
const file = (path: string) => join(dist, path, path.endsWith('.html') ? '' : 'index.html');
const page = async (path: string) => new JSDOMLike(await readFile(file(path), 'utf8'));
/** The titles listed in the section labelled by the heading `id`. */
const titles = (doc: JSDOMLike, id: string) => doc.texts(`section[aria-labelledby="${id}"] .title`);
/** The [term, description] of a page's field list that has `term`. */
const field = (doc: JSDOMLike, term: string) => doc.terms('dl.fields').find(([t]) => t === term);

describe('every section has list and detail pages, linked from the menu', () => {
  test.each([
    ['thong-bao', 'thong-bao/2026/tiem-chung-thang-12'],
    ['thu-tuc', 'thu-tuc/dang-ky-khai-sinh'],
    ['lich-cong-tac', 'lich-cong-tac/2026/tuan-48'],
    ['lay-y-kien', 'lay-y-kien/2026/du-thao-huong-uoc-thon-mot'],
    ['cong-khai', 'cong-khai/2026/du-toan-ngan-sach-2026'],
  ])('%s: a list page, an item page with Dublin Core, and a menu link', async (list, item) => {
    const itemPage = await page(`xa-mau/${item}/`);
    expect(itemPage.attr('meta[name="DC.title"]', 'content')).toBe(itemPage.text('h1'));
    expect((await page(`xa-mau/${list}/`)).attrs('main a', 'href')).toContain(
      `${item.slice(list.length + 1)}/`,
    );
    expect((await page('xa-mau/')).attrs('nav.menu .menu-wide a', 'href')).toContain(`${list}/`);
  });

  test.each(['lien-he', 'english', 'so-do-trang', 'tim-kiem'])('/%s/ is built for both communes', (path) => {
    expect(existsSync(join(dist, 'xa-mau', path, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'xa-ben', path, 'index.html'))).toBe(true);
  });
});

describe('rules from the clock', () => {
  test('a document past its expiry day is marked expired on its page and in the register', async () => {
    expect(field(await page('xa-mau/van-ban/2026/45-qd-ubnd/'), 'Tình trạng')).toEqual([
      'Tình trạng',
      'Hết hiệu lực',
    ]);
    const register = await page('xa-mau/van-ban/');
    const badges = register.$$('table.docs tbody tr').map((row) => {
      const cells = new JSDOMLike(row);
      return [cells.text('th'), cells.text('.badge')];
    });
    expect(badges).toEqual([
      ['45/QĐ-UBND', 'Hết hiệu lực'],
      ['79/UBND', 'Còn hiệu lực'],
    ]);
  });

  test('an ended notice leaves the home page and stays in the archive; a current one stays on both', async () => {
    const notices = await page('xa-mau/thong-bao/');
    expect(titles(notices, 'dang-ap-dung')).toEqual(['Lịch tiêm chủng mở rộng tháng 12/2026']);
    expect(titles(notices, 'luu-tru')).toEqual(['Tạm ngừng cung cấp điện thôn Một ngày 20/11/2026']);
    const home = await page('xa-mau/');
    expect(titles(home, 'thong-bao')).toEqual(['Lịch tiêm chủng mở rộng tháng 12/2026']);
    expect(home.text('main')).not.toContain('Tạm ngừng cung cấp điện thôn Một');
  });

  test('a consultation past its closing day is closed; one within its dates is open', async () => {
    const list = await page('xa-mau/lay-y-kien/');
    expect(titles(list, 'dang-lay-y-kien')).toEqual(['Lấy ý kiến Nhân dân về dự thảo hương ước thôn Một']);
    expect(titles(list, 'da-ket-thuc')).toEqual(['Lấy ý kiến về dự thảo quy chế quản lý chợ xã']);
    expect(field(await page('xa-mau/lay-y-kien/2026/du-thao-quy-che-cho/'), 'Tình trạng')).toEqual([
      'Tình trạng',
      'Đã hết hạn lấy ý kiến',
    ]);
    expect(field(await page('xa-mau/lay-y-kien/2026/du-thao-huong-uoc-thon-mot/'), 'Tình trạng')).toEqual([
      'Tình trạng',
      'Đang lấy ý kiến',
    ]);
  });

  test("the calendar page opens with the clock's week, in full", async () => {
    const calendar = await page('xa-mau/lich-cong-tac/');
    const thisWeek = calendar.within('section[aria-labelledby="tuan-nay"]');
    expect(thisWeek.text('a')).toBe('Lịch công tác tuần 48 năm 2026');
    expect(thisWeek.texts('tbody td:nth-child(3)')).toEqual([
      'Giao ban UBND xã đầu tuần',
      'Tiếp công dân định kỳ',
    ]);
    expect(titles(calendar, 'cac-tuan-khac')).toEqual(['Lịch công tác tuần 47 năm 2026']);
  });

  test.each(['xa-mau/lich-cong-tac/', 'xa-mau/lich-cong-tac/2026/tuan-48/'])(
    "%s: the calendar's Markdown table scrolls in a focusable region named by its columns",
    async (path) => {
      const region = (await page(path)).$('.table-scroll');
      expect(['tabindex', 'role', 'aria-label'].map((name) => attribute(region, name))).toEqual([
        '0',
        'region',
        'Bảng: Ngày, Thời gian, Nội dung, Lãnh đạo, Địa điểm',
      ]);
      expect(new JSDOMLike(region).texts(':scope > table > thead th')).toEqual([
        'Ngày',
        'Thời gian',
        'Nội dung',
        'Lãnh đạo',
        'Địa điểm',
      ]);
    },
  );

  test('the disclosure page says which budget disclosures are due on the build day and whether each is published', async () => {
    expect(
      (await page('xa-mau/cong-khai/')).texts('section[aria-labelledby="cong-khai-dung-han"] li'),
    ).toEqual([
      'Dự toán ngân sách năm 2026: Đã công khai',
      'Tình hình thực hiện ngân sách quý III/2026: Chưa công khai (hạn 15/10/2026)',
      'Quyết toán ngân sách năm 2025: Chưa công khai (hạn 30/07/2026)',
    ]);
  });

  test.each([
    ['xa-mau/thu-tuc/dang-ky-khai-sinh/', 'https://dichvucong.example.gov.vn/danh-gia-hai-long', null],
    [
      'xa-ben/',
      expect.stringMatching(/^mailto:xaben@example\.gov\.vn\?/),
      'Đánh giá mức độ hài lòng: Ủy ban nhân dân xã Bên',
    ],
  ])(
    '%s: the page offers an online satisfaction rating as site.yaml configures it',
    async (path, href, subject) => {
      const rate = (await page(path)).within('aside.rate[aria-label="Đánh giá mức độ hài lòng"]');
      const link = rate.attr('a', 'href')!;
      expect([rate.text('a'), link]).toEqual(['Đánh giá mức độ hài lòng', href]);
      expect(new URL(link).searchParams.get('subject')).toBe(subject);
    },
  );

  test('the site-wide banner from site.yaml shows within its dates', async () => {
    expect((await page('xa-mau/tin-tuc/')).text('.banner[role="note"]')).toBe(
      'Trang sẽ tạm ngừng để bảo trì từ 22 giờ ngày 05/12/2026 đến 6 giờ ngày 06/12/2026.',
    );
    expect((await page('xa-ben/')).$$('.banner')).toEqual([]);
  });
});

describe('section content', () => {
  test('a procedure shows its code, field, time, fee, papers, where to submit and the national portal', async () => {
    const procedure = await page('xa-mau/thu-tuc/dang-ky-khai-sinh/');
    expect(procedure.terms('dl.fields')).toEqual([
      ['Mã thủ tục', '1.001193'],
      ['Lĩnh vực', 'Hộ tịch'],
      ['Thời hạn giải quyết', 'Ngay trong ngày tiếp nhận hồ sơ'],
      ['Phí, lệ phí', 'Miễn lệ phí'],
      ['Thành phần hồ sơ', 'Tờ khai đăng ký khai sinh theo mẫu Giấy chứng sinh'],
      ['Nơi nộp hồ sơ', 'Bộ phận tiếp nhận và trả kết quả, UBND xã Mẫu'],
      ['Cổng Dịch vụ công quốc gia', 'Xem và nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia'],
    ]);
    expect(procedure.attr('dl.fields dd a', 'href')).toBe(
      'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
    );
  });

  test('a notice attachment is copied beside its page and linked with its type and size', async () => {
    expect(existsSync(join(dist, 'xa-mau/thong-bao/2026/tiem-chung-thang-12/lich-tiem-chung.pdf'))).toBe(
      true,
    );
    const link = (await page('xa-mau/thong-bao/2026/tiem-chung-thang-12/')).$('.download a');
    expect([attribute(link, 'href'), visibleText(link)]).toEqual([
      'lich-tiem-chung.pdf',
      expect.stringMatching(/^Tải về: lich-tiem-chung\.pdf \(PDF, [\d,]+ (KB|byte)\)$/),
    ]);
  });

  test('disclosures are grouped by budget year, newest first', async () => {
    const disclosures = await page('xa-mau/cong-khai/');
    expect(
      disclosures.$$('main section:not(.box)').map((section) => {
        const group = new JSDOMLike(section);
        return [group.text('h2'), ...group.texts('.title')];
      }),
    ).toEqual([
      ['Năm 2026', 'Công khai dự toán ngân sách xã Mẫu năm 2026'],
      ['Năm 2025', 'Công khai đóng góp của Nhân dân làm đường thôn Hai'],
    ]);
  });

  test('the register is filtered by type and issuer on static pages, sorted by issue date', async () => {
    expect(existsSync(join(dist, 'xa-mau/van-ban/loai/quyet-dinh/index.html'))).toBe(true);
    expect((await page('xa-mau/van-ban/co-quan/ubnd-xa-mau/')).texts('table.docs tbody th')).toEqual([
      '45/QĐ-UBND',
    ]);
  });

  test('a facet with a single value (every fixture document is from 2026) gets no filter page', () => {
    expect(existsSync(join(dist, 'xa-mau/van-ban/nam'))).toBe(false);
  });

  test('the contact page names the focal person and the spokesperson; the English page is in English', async () => {
    const contact = await page('xa-mau/lien-he/');
    expect(contact.texts('main > h2')).toEqual(['Đầu mối cung cấp thông tin', 'Người phát ngôn']);
    expect(contact.texts('main > h2 + p > strong')).toEqual(['Trần Thị Lan', 'Nguyễn Văn Hùng']);
  });

  test('the English page is English throughout: its language, menu, headings and footer; no Vietnamese page marked current', async () => {
    const english = await page('xa-mau/english/');
    expect(english.attr('html', 'lang')).toBe('en');
    expect(english.attr('meta[name="DC.language"]', 'content')).toBe('en');
    expect(english.$$('[aria-current="page"]')).toEqual([]);
    expect(english.text('nav.menu summary')).toBe('Menu');
    const menu = english.$$('nav.menu .menu-wide a');
    expect(menu.map(visibleText)).toContain('Documents');
    expect(menu.map((a) => attribute(a, 'hreflang'))).toEqual(menu.map(() => 'vi'));
    expect(english.text('a.skip')).toBe('Skip to main content');
    expect(english.text('footer h2')).toBe("Website of Mau Commune People's Committee");
    expect(english.terms('footer dl').slice(0, 2)).toEqual([
      ['Managing agency:', 'Ủy ban nhân dân xã Mẫu'],
      ['Editor-in-chief:', 'Nguyễn Văn Hùng, Chủ tịch UBND xã'],
    ]);
    // The agency's Vietnamese name is marked as Vietnamese for screen readers.
    expect(english.attr('footer dd', 'lang')).toBe('vi');
    expect(english.text('body')).not.toMatch(/Danh mục|Chịu trách nhiệm|Bỏ qua/);
  });
});

describe('search index', () => {
  test('each commune has its own Pagefind index inside its folder', () => {
    for (const commune of ['xa-mau', 'xa-ben'])
      expect(existsSync(join(dist, commune, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  // Raw bytes on purpose: a twin hidden in an attribute or a data-pagefind-* marker counts too.
  test('the served pages carry no search twins (they exist only in the index)', async () => {
    expect(await readFile(file('xa-mau/tin-tuc/2026/duong-buon-ken/'), 'utf8')).not.toMatch(
      /Đức Duc|Đường Duong/,
    );
  });
});
