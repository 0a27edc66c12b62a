import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

/** The fixture is built with the clock at 2026-11-26 12:00 in Vietnam (tests/support/build-site.ts). */
const dist = inject('fixtureDist');
const html = (path: string) => readFile(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
/** The text of an HTML fragment, tags removed, spaces collapsed. */
const text = (fragment: string) => fragment.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const section = (page: string, id: string) => page.split(`id="${id}"`)[1]?.split('</section>')[0] ?? '';

describe('every section has list and detail pages, linked from the menu', () => {
  test.each([
    ['thong-bao', 'thong-bao/2026/tiem-chung-thang-12'],
    ['thu-tuc', 'thu-tuc/dang-ky-khai-sinh'],
    ['lich-cong-tac', 'lich-cong-tac/2026/tuan-48'],
    ['lay-y-kien', 'lay-y-kien/2026/du-thao-huong-uoc-thon-mot'],
    ['cong-khai', 'cong-khai/2026/du-toan-ngan-sach-2026'],
  ])('%s: a list page, an item page with Dublin Core, and a menu link', async (list, item) => {
    const page = await html(`xa-mau/${item}/`);
    expect(page).toContain('<meta name="DC.title"');
    expect(await html(`xa-mau/${list}/`)).toContain(`href="${item.slice(list.length + 1)}/"`);
    expect(await html('xa-mau/')).toContain(`href="${list}/"`);
  });

  test.each(['lien-he', 'english', 'so-do-trang', 'tim-kiem'])('/%s/ is built for both communes', (path) => {
    expect(existsSync(join(dist, 'xa-mau', path, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'xa-ben', path, 'index.html'))).toBe(true);
  });
});

describe('rules from the clock', () => {
  test('a document past its expiry day is marked expired on its page and in the register', async () => {
    expect(text(await html('xa-mau/van-ban/2026/45-qd-ubnd/'))).toContain('Tình trạng Hết hiệu lực');
    const row = text((await html('xa-mau/van-ban/')).split('45/QĐ-UBND')[1]!.split('</tr>')[0]!);
    expect(row).toContain('Hết hiệu lực');
  });

  test('an ended notice leaves the home page and stays in the archive; a current one stays on both', async () => {
    const home = await html('xa-mau/');
    const notices = await html('xa-mau/thong-bao/');
    expect(home).not.toContain('Tạm ngừng cung cấp điện thôn Một');
    expect(text(section(notices, 'luu-tru'))).toContain('Tạm ngừng cung cấp điện thôn Một');
    expect(text(section(notices, 'dang-ap-dung'))).not.toContain('Tạm ngừng cung cấp điện thôn Một');
    expect(home).toContain('Lịch tiêm chủng mở rộng tháng 12/2026');
    expect(text(section(notices, 'dang-ap-dung'))).toContain('Lịch tiêm chủng mở rộng tháng 12/2026');
  });

  test('a consultation past its closing day is closed; one within its dates is open', async () => {
    const list = await html('xa-mau/lay-y-kien/');
    expect(text(section(list, 'dang-lay-y-kien'))).toContain(
      'dự thảo hương ước thôn Một Đang lấy ý kiến'.split(' ').slice(0, 4).join(' '),
    );
    expect(text(section(list, 'da-ket-thuc'))).toContain('quy chế quản lý chợ xã');
    expect(text(await html('xa-mau/lay-y-kien/2026/du-thao-quy-che-cho/'))).toContain(
      'Tình trạng Đã hết hạn lấy ý kiến',
    );
    expect(text(await html('xa-mau/lay-y-kien/2026/du-thao-huong-uoc-thon-mot/'))).toContain(
      'Tình trạng Đang lấy ý kiến',
    );
  });

  test("the calendar page opens with the clock's week, in full", async () => {
    const page = text(section(await html('xa-mau/lich-cong-tac/'), 'tuan-nay'));
    expect(page).toContain('Lịch công tác tuần 48 năm 2026');
    expect(page).toContain('Tiếp công dân định kỳ');
    expect(text(section(await html('xa-mau/lich-cong-tac/'), 'cac-tuan-khac'))).toContain('tuần 47');
  });

  test.each(['xa-mau/lich-cong-tac/', 'xa-mau/lich-cong-tac/2026/tuan-48/'])(
    "%s: the calendar's Markdown table scrolls in a focusable region named by its columns",
    async (path) => {
      expect(await html(path)).toContain(
        '<div class="table-scroll" tabindex="0" role="region" aria-label="Bảng: Ngày, Thời gian, Nội dung, Lãnh đạo, Địa điểm"><table>',
      );
    },
  );

  test('the disclosure page says which budget disclosures are due on the build day and whether each is published', async () => {
    const box = text(section(await html('xa-mau/cong-khai/'), 'cong-khai-dung-han'));
    expect(box).toContain('Dự toán ngân sách năm 2026 : Đã công khai');
    expect(box).toContain('Tình hình thực hiện ngân sách quý III/2026: Chưa công khai (hạn 15/10/2026)');
    expect(box).toContain('Quyết toán ngân sách năm 2025: Chưa công khai (hạn 30/07/2026)');
  });

  test.each([
    ['xa-mau/thu-tuc/dang-ky-khai-sinh/', 'href="https://dichvucong.example.gov.vn/danh-gia-hai-long"'],
    [
      'xa-ben/',
      'href="mailto:xaben@example.gov.vn?subject=%C4%90%C3%A1nh%20gi%C3%A1%20m%E1%BB%A9c%20%C4%91%E1%BB%99%20h%C3%A0i%20l%C3%B2ng',
    ],
  ])('%s: the page offers an online satisfaction rating as site.yaml configures it', async (path, link) => {
    const page = await html(path);
    expect(page).toContain('<aside class="rate wrap" aria-label="Đánh giá mức độ hài lòng">');
    expect(page).toContain(link);
  });

  test('the site-wide banner from site.yaml shows within its dates', async () => {
    expect(await html('xa-mau/tin-tuc/')).toContain('Trang sẽ tạm ngừng để bảo trì');
    expect(await html('xa-ben/')).not.toContain('class="banner"');
  });
});

describe('section content', () => {
  test('a procedure shows its code, field, time, fee, papers, where to submit and the national portal', async () => {
    const page = text(await html('xa-mau/thu-tuc/dang-ky-khai-sinh/'));
    for (const part of [
      'Mã thủ tục 1.001193',
      'Lĩnh vực Hộ tịch',
      'Thời hạn giải quyết Ngay trong ngày',
      'Phí, lệ phí Miễn lệ phí',
      'Giấy chứng sinh',
      'Nơi nộp hồ sơ Bộ phận tiếp nhận',
    ]) {
      expect(page).toContain(part);
    }
    expect(await html('xa-mau/thu-tuc/dang-ky-khai-sinh/')).toContain(
      'href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193"',
    );
  });

  test('a notice attachment is copied beside its page and linked with its type and size', async () => {
    expect(existsSync(join(dist, 'xa-mau/thong-bao/2026/tiem-chung-thang-12/lich-tiem-chung.pdf'))).toBe(
      true,
    );
    expect(text(await html('xa-mau/thong-bao/2026/tiem-chung-thang-12/'))).toMatch(
      /lich-tiem-chung\.pdf \(PDF, [\d,]+ (KB|byte)\)/,
    );
  });

  test('disclosures are grouped by budget year, newest first', async () => {
    const page = text(await html('xa-mau/cong-khai/'));
    expect(page.indexOf('Năm 2026')).toBeLessThan(page.indexOf('Năm 2025'));
    expect(page.indexOf('Năm 2025')).toBeLessThan(page.indexOf('làm đường thôn Hai'));
  });

  test('the register is filtered by type and issuer on static pages, sorted by issue date', async () => {
    expect(existsSync(join(dist, 'xa-mau/van-ban/loai/quyet-dinh/index.html'))).toBe(true);
    const byIssuer = text(await html('xa-mau/van-ban/co-quan/ubnd-xa-mau/'));
    expect(byIssuer).toContain('45/QĐ-UBND');
    expect(byIssuer).not.toContain('79/UBND');
  });

  test('a facet with a single value (every fixture document is from 2026) gets no filter page', () => {
    expect(existsSync(join(dist, 'xa-mau/van-ban/nam'))).toBe(false);
  });

  test('the contact page names the focal person and the spokesperson; the English page is in English', async () => {
    const contact = text(await html('xa-mau/lien-he/'));
    expect(contact).toContain('Đầu mối cung cấp thông tin Trần Thị Lan');
    expect(contact).toContain('Người phát ngôn Nguyễn Văn Hùng');
  });

  test('the English page is English throughout: its language, menu, headings and footer; no Vietnamese page marked current', async () => {
    const english = await html('xa-mau/english/');
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<meta name="DC.language" content="en">');
    expect(english).not.toContain('aria-current="page"');
    expect(english).toContain('<summary>Menu</summary>');
    expect(english).toContain('hreflang="vi">Documents</a>');
    expect(english).toContain('<a class="skip" href="#noi-dung">Skip to main content</a>');
    const words = text(english);
    expect(words).toContain('Mau Commune People&#39;s Committee');
    expect(words).toContain('Managing agency: Ủy ban nhân dân xã Mẫu');
    expect(words).toContain('Editor-in-chief: Nguyễn Văn Hùng, Chủ tịch UBND xã');
    expect(english).toContain('<dd lang="vi">Ủy ban nhân dân xã Mẫu</dd>');
    expect(words).not.toMatch(/Danh mục|Chịu trách nhiệm|Bỏ qua/);
  });
});

describe('search index', () => {
  test('each commune has its own Pagefind index inside its folder', () => {
    for (const commune of ['xa-mau', 'xa-ben'])
      expect(existsSync(join(dist, commune, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  test('the served pages carry no search twins (they exist only in the index)', async () => {
    expect(await html('xa-mau/tin-tuc/2026/duong-buon-ken/')).not.toMatch(/Đức Duc|Đường Duong/);
  });
});
