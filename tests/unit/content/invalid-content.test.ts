import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { formatProblems } from '../../../src/lib/problems.ts';
import { withOverlay } from './with-overlay.ts';

/**
 * The problems `npm run check` prints for the valid fixture with one mistake laid over it, and
 * its exit code. (Not the summary line: it counts the shared fixture's items, which grow.)
 */
async function check(name: string): Promise<string> {
  const report = await checkContent({ contentDir: await withOverlay(name) });
  return `${formatProblems(report.problems)}\nexit ${report.exitCode}`;
}

describe('each mistake of an editorial board gets a Vietnamese message with the file, line and fix', () => {
  test('the valid fixture has no problem', async () => {
    expect((await checkContent({ contentDir: 'tests/fixtures/content' })).problems).toEqual([]);
  });

  test('malformed YAML frontmatter is reported with its line (invalid/yaml-malformed)', async () => {
    expect(await check('yaml-malformed')).toMatchInlineSnapshot(`
      "xa-ben/tin-tuc/2026/ra-quan.md
        Lỗi xa-ben/tin-tuc/2026/ra-quan.md:6: YAML không đọc được: thiếu ký tự (dấu nháy hoặc ngoặc chưa đóng, hoặc dấu "-" đầu một mục của danh sách)
            → Cách sửa: Kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu hai chấm sau tên trường và dấu nháy đóng mở.
      exit 1"
    `);
  });

  test('an impossible date is reported (invalid/impossible-date)', async () => {
    expect(await check('impossible-date')).toMatchInlineSnapshot(`
      "xa-ben/tin-tuc/2026/ra-quan.md
        Lỗi [date] xa-ben/tin-tuc/2026/ra-quan.md:3: Ngày không hợp lệ: viết theo dạng năm-tháng-ngày, ví dụ 2022-01-18 (hoặc 2022-01-18T08:00:00+07:00).
      exit 1"
    `);
  });

  test('an unknown person id comes with the closest known ids (invalid/unknown-person)', async () => {
    expect(await check('unknown-person')).toMatchInlineSnapshot(`
      "xa-ben/tin-tuc/2026/ra-quan.md
        Lỗi [credits.0.person] xa-ben/tin-tuc/2026/ra-quan.md:5: Không có người mã "pham-van-tuu" trong xa-ben/people.yaml. Có phải ý bạn là: "pham-van-tu"?
            → Cách sửa: Sửa lại mã cho đúng, hoặc thêm người này vào xa-ben/people.yaml.
      exit 1"
    `);
  });

  test('a bad date does not hide an unknown person in the same file (invalid/bad-date-and-unknown-person)', async () => {
    expect(await check('bad-date-and-unknown-person')).toMatchInlineSnapshot(`
      "xa-ben/tin-tuc/2026/ra-quan.md
        Lỗi [date] xa-ben/tin-tuc/2026/ra-quan.md:3: Ngày không hợp lệ: viết theo dạng năm-tháng-ngày, ví dụ 2022-01-18 (hoặc 2022-01-18T08:00:00+07:00).
        Lỗi [credits.0.person] xa-ben/tin-tuc/2026/ra-quan.md:5: Không có người mã "pham-tu" trong xa-ben/people.yaml.
            → Cách sửa: Sửa lại mã cho đúng, hoặc thêm người này vào xa-ben/people.yaml.
      exit 1"
    `);
  });

  test('an archive publishes nothing dated on or after its dissolution (invalid/archive-item-after-dissolution)', async () => {
    expect(await check('archive-item-after-dissolution')).toMatchInlineSnapshot(`
      "xa-ben/tin-tuc/2026/ra-quan.md
        Lỗi [date] xa-ben/tin-tuc/2026/ra-quan.md:3: Xã đã sáp nhập vào đơn vị khác từ ngày 01/07/2025: trang lưu trữ không đăng tin, bài ngày 02/04/2026.
            → Cách sửa: Đăng tin, bài này trên trang của đơn vị kế thừa, hoặc sửa ngày nếu ghi nhầm.
      exit 1"
    `);
  });

  test('a successor that is not in the content folder needs its name and address (invalid/successor-unknown)', async () => {
    expect(await check('successor-unknown')).toMatchInlineSnapshot(`
      "xa-ben/site.yaml
        Lỗi [dissolved.into] xa-ben/site.yaml:8: Không có xã "xa-mauu" trong thư mục nội dung. Có phải ý bạn là: "xa-mau"?
            → Cách sửa: Sửa lại mã cho đúng tên thư mục của đơn vị kế thừa; nếu đơn vị kế thừa ở nơi khác, ghi thêm intoName (tên đơn vị) và intoUrl (địa chỉ trang của đơn vị).
      exit 1"
    `);
  });

  test('an unquoted unit code and an unknown kind of unit (invalid/unit-code-and-kind)', async () => {
    expect(await check('unit-code-and-kind')).toMatchInlineSnapshot(`
      "xa-ben/site.yaml
        Lỗi [code] xa-ben/site.yaml:8: Mã đơn vị hành chính viết trong dấu nháy, ví dụ code: "22207" (số 0 ở đầu phải giữ nguyên).
        Lỗi [kind] xa-ben/site.yaml:9: Loại đơn vị phải là một trong: xa, phuong, thi-tran, dac-khu.
      exit 1"
    `);
  });

  test('redirects: a missing page, a real page hidden, a chain, a loop, a repeat (invalid/redirect-mistakes)', async () => {
    expect(await check('redirect-mistakes')).toMatchInlineSnapshot(`
      "xa-mau/redirects.yaml
        Lỗi [1.to] xa-mau/redirects.yaml:2: Không có trang "tin-tuc/2026/khong-co-bai-nay" trong xã xa-mau.
            → Cách sửa: Ghi đường dẫn của một tin, bài (ví dụ tin-tuc/2026/ra-mat-xa-moi, không có .md) hoặc của một chuyên mục (ví dụ van-ban).
        Lỗi [2.from] xa-mau/redirects.yaml:3: Địa chỉ cũ "/tin-tuc/2026/hoi-nghi-trien-khai/" là một trang đang có của xã: chuyển hướng sẽ che mất trang này.
            → Cách sửa: Xóa dòng này, hoặc sửa lại địa chỉ cũ cho đúng.
        Lỗi [3.to] xa-mau/redirects.yaml:4: "/bai-a.html" chuyển đến "bai-b.html", mà địa chỉ này lại chuyển tiếp đến "tin-tuc": chuỗi chuyển hướng.
            → Cách sửa: Ghi thẳng trang đích: to: tin-tuc.
        Lỗi [5.to] xa-mau/redirects.yaml:6: "/vong-lap" chuyển về chính nó: vòng lặp.
            → Cách sửa: Ghi trang mới của nội dung này.
        Lỗi [6.from] xa-mau/redirects.yaml:7: Địa chỉ cũ "/tin-tuc/hoi-nghi.html" đã có ở dòng 1 của danh sách.
            → Cách sửa: Mỗi địa chỉ cũ chỉ ghi một lần; xóa dòng thừa.
      exit 1"
    `);
  });

  test('a redirect from an address with a space and accents (invalid/redirect-bad-address)', async () => {
    expect(await check('redirect-bad-address')).toMatchInlineSnapshot(`
      "xa-mau/redirects.yaml
        Lỗi [0.from] xa-mau/redirects.yaml:1: Địa chỉ cũ bắt đầu bằng "/", không có dấu cách, chữ có dấu hay "#": chữ có dấu viết dạng mã hóa như trình duyệt gửi, ví dụ /tin-tuc/l%E1%BB%85-h%E1%BB%99i.html.
      exit 1"
    `);
  });

  test('a mistyped key is a warning naming the right key (invalid/unknown-key)', async () => {
    expect(await check('unknown-key')).toMatchInlineSnapshot(`
      "xa-ben/tin-tuc/2026/ra-quan.md
        Cảnh báo [sumary] xa-ben/tin-tuc/2026/ra-quan.md:4: Trường "sumary" không được dùng ở đây nên sẽ bị bỏ qua. Có phải ý bạn là "summary"?
            → Cách sửa: Đổi "sumary" thành "summary".
      exit 0"
    `);
  });

  test('a coefficient outside its genre range gives the range (invalid/coefficient-out-of-range)', async () => {
    expect(await check('coefficient-out-of-range')).toMatchInlineSnapshot(`
      "xa-mau/tin-tuc/2026/hoi-nghi-trien-khai.md
        Lỗi [royalty.coefficient] xa-mau/tin-tuc/2026/hoi-nghi-trien-khai.md:15: Hệ số 3 nằm ngoài khung của thể loại "Tin kèm ảnh" (từ 1 đến 2.5).
            → Cách sửa: Ghi hệ số từ 1 đến 2.5, hoặc chọn thể loại khác; khoản cộng thêm (tiếng dân tộc, cho thiếu nhi…) ghi trong "bonuses".
      exit 1"
    `);
  });

  test('shares that do not add up to 100 (invalid/shares-not-100)', async () => {
    expect(await check('shares-not-100')).toMatchInlineSnapshot(`
      "xa-mau/tin-tuc/2026/hoi-nghi-trien-khai.md
        Lỗi [credits] xa-mau/tin-tuc/2026/hoi-nghi-trien-khai.md:7: Tổng tỷ lệ "share" là 90, phải bằng 100.
            → Cách sửa: Sửa các tỷ lệ để cộng lại đúng 100.
      exit 1"
    `);
  });

  test('approvedBy who is not head or deputy of the board (invalid/approver-not-head)', async () => {
    expect(await check('approver-not-head')).toMatchInlineSnapshot(`
      "xa-mau/tin-tuc/2026/hoi-nghi-trien-khai.md
        Lỗi [royalty.approvedBy] xa-mau/tin-tuc/2026/hoi-nghi-trien-khai.md:16: Người duyệt "nguyen-van-an" cũng có tên trong "credits" của tin, bài này: không ai được tự duyệt tác phẩm của mình.
            → Cách sửa: Để Trưởng ban hoặc một Phó trưởng ban khác duyệt hệ số.
        Lỗi [royalty.approvedBy] xa-mau/tin-tuc/2026/hoi-nghi-trien-khai.md:16: Người duyệt "nguyen-van-an" không phải Trưởng ban hoặc Phó trưởng ban của Ban biên tập tại ngày 18/01/2026 (Quyết định 112/QĐ-UBND).
            → Cách sửa: Ghi mã người của Trưởng ban hoặc một Phó trưởng ban đương nhiệm ngày đăng tin, bài (editorial-board.yaml).
      exit 1"
    `);
  });

  test('two heads of the board (invalid/two-heads)', async () => {
    expect(await check('two-heads')).toMatchInlineSnapshot(`
      "xa-mau/editorial-board.yaml
        Lỗi [members] xa-mau/editorial-board.yaml:3: Ban biên tập có 2 Trưởng ban (nguyen-van-hung, tran-thi-lan); chỉ được có một.
            → Cách sửa: Ghi đúng một thành viên có "role: truong-ban"; các lãnh đạo khác ghi "pho-truong-ban". Khi thay Trưởng ban giữa nhiệm kỳ, ghi "until" cho người cũ và "from" cho người mới.
      exit 1"
    `);
  });

  test('an image without imageAlt (invalid/image-without-alt)', async () => {
    expect(await check('image-without-alt')).toMatchInlineSnapshot(`
      "xa-ben/tin-tuc/2026/ra-quan.md
        Lỗi [imageAlt] xa-ben/tin-tuc/2026/ra-quan.md:2: Thiếu trường bắt buộc "imageAlt".
            → Cách sửa: Có ảnh (image) thì phải có mô tả ảnh (imageAlt) cho người khiếm thị. Thêm dòng "imageAlt: ..." vào tệp.
      exit 1"
    `);
  });

  test('a missing attachment file (invalid/missing-attachment)', async () => {
    expect(await check('missing-attachment')).toMatchInlineSnapshot(`
      "xa-ben/van-ban/2026/12-tb.md
        Lỗi [file] xa-ben/van-ban/2026/12-tb.md:7: Không tìm thấy tệp "./12-tb-ubnd.pdf" cạnh bài viết.
            → Cách sửa: Đặt tệp vào cùng thư mục với tệp .md, hoặc sửa lại tên tệp cho đúng (phân biệt chữ hoa, chữ thường).
      exit 1"
    `);
  });

  test('an image in the body that is not beside the file (invalid/missing-body-image)', async () => {
    expect(await check('missing-body-image')).toMatchInlineSnapshot(`
      "xa-ben/tin-tuc/2026/ra-quan.md
        Lỗi xa-ben/tin-tuc/2026/ra-quan.md:10: Không tìm thấy tệp "./don-rac.jpg" cạnh bài viết.
            → Cách sửa: Đặt tệp vào cùng thư mục với tệp .md, hoặc sửa lại tên tệp cho đúng (phân biệt chữ hoa, chữ thường).
      exit 1"
    `);
  });

  test('a private field in people.yaml (invalid/private-field)', async () => {
    expect(await check('private-field')).toMatchInlineSnapshot(`
      "xa-ben/people.yaml
        Lỗi [0.bankAccount] xa-ben/people.yaml:4: Trường "bankAccount" là thông tin riêng tư (tài khoản, mã số thuế, số giấy tờ) và không được để ở đây vì people.yaml được đăng công khai.
            → Cách sửa: Xóa trường này khỏi people.yaml và ghi vào private/xa-ben/payees.yaml (thư mục private/ không bao giờ được đưa lên trang).
      exit 1"
    `);
  });

  test('two files with the same address (invalid/duplicate-slug)', async () => {
    expect(await check('duplicate-slug')).toMatchInlineSnapshot(`
      "xa-ben/tin-tuc/2026/ra-quan.mdx
        Lỗi xa-ben/tin-tuc/2026/ra-quan.mdx: Trùng đường dẫn "tin-tuc/2026/ra-quan" với tệp xa-ben/tin-tuc/2026/ra-quan.md: hai bài sẽ có cùng địa chỉ trên trang.
            → Cách sửa: Đổi tên một trong hai tệp.
      exit 1"
    `);
  });

  test('a folder without site.yaml (invalid/no-site-yaml)', async () => {
    expect(await check('no-site-yaml')).toMatchInlineSnapshot(`
      "xa-moi/site.yaml
        Lỗi xa-moi/site.yaml: Thư mục "xa-moi" không có tệp site.yaml nên không biết đây là xã nào.
            → Cách sửa: Tạo tệp xa-moi/site.yaml (tên xã, cơ quan chủ quản, người chịu trách nhiệm, địa chỉ, điện thoại, email, đầu mối thông tin), hoặc đổi tên thư mục bắt đầu bằng "_" nếu đây không phải là một xã.
      exit 1"
    `);
  });

  test('an .mdx item with an import, an unknown callout type, an expression and an unknown component (invalid/mdx-import)', async () => {
    expect(await check('mdx-import')).toMatchInlineSnapshot(`
      "xa-ben/tin-tuc/2026/bai-mdx.mdx
        Lỗi xa-ben/tin-tuc/2026/bai-mdx.mdx:8: Không được nhập (import) hay xuất (export) mã trong bài: "import fs from 'node:fs'".
            → Cách sửa: Chỉ dùng các thành phần có sẵn: Callout, DocumentList, Gallery, Map, không cần import. Xóa dòng này.
        Lỗi xa-ben/tin-tuc/2026/bai-mdx.mdx:10: <Callout type="info"> không có.
            → Cách sửa: Dùng type="note", "warning", "important", hoặc bỏ type (mặc định "note").
        Lỗi xa-ben/tin-tuc/2026/bai-mdx.mdx:10: Không được dùng biểu thức {new Date().getFullYear()} trong bài: đó là mã chương trình.
            → Cách sửa: Xóa dấu { } và phần bên trong; muốn ghi chú cho người biên tập thì ghi ngoài tệp. Nếu bài không cần thành phần đặc biệt (Callout, Gallery, DocumentList, Map), đổi đuôi tệp thành .md.
        Lỗi xa-ben/tin-tuc/2026/bai-mdx.mdx:12: Không có thành phần <Banner>.
            → Cách sửa: Chỉ dùng: Callout, DocumentList, Gallery, Map.
      exit 1"
    `);
  });
});
