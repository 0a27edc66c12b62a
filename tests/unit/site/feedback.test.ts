import { describe, expect, test } from 'vitest';
import { feedbackLink } from '../../../src/lib/site/feedback.ts';

const page = {
  title: 'Đăng ký khai sinh | Xã Mẫu',
  address: 'https://xamau.example.gov.vn/thu-tuc/dang-ky-khai-sinh/',
};

describe('the satisfaction rating link of a page', () => {
  test('opens the official form named in site.yaml when there is one (even beside an e-mail)', () => {
    expect(
      feedbackLink(
        { feedback: { url: 'https://dichvucong.example.gov.vn/danh-gia', email: 'xa@example.gov.vn' } },
        page,
      ),
    ).toEqual({
      href: 'https://dichvucong.example.gov.vn/danh-gia',
      email: false,
    });
  });

  test('else an e-mail with the page, its address and the rating scale filled in', () => {
    const link = feedbackLink({ feedback: { email: 'xa@example.gov.vn' } }, page)!;
    const url = new URL(link.href);
    expect([url.protocol, url.pathname, link.email]).toEqual(['mailto:', 'xa@example.gov.vn', true]);
    expect(url.searchParams.get('subject')).toBe('Đánh giá mức độ hài lòng: Đăng ký khai sinh | Xã Mẫu');
    expect(url.searchParams.get('body')).toBe(
      'Trang: https://xamau.example.gov.vn/thu-tuc/dang-ky-khai-sinh/\nMức độ hài lòng (Rất hài lòng / Hài lòng / Bình thường / Chưa hài lòng): \nGóp ý: \n',
    );
  });

  test('no link when site.yaml configures neither', () => {
    expect(feedbackLink({}, page)).toBeUndefined();
  });
});
