import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * `<commune>/redirects.yaml` (optional): old addresses of this site and the page each went to.
 * `from` is a path of the old site, as a browser asked for it (percent-encoded, query included);
 * `to` is a page of this commune: an item's path (`tin-tuc/2026/ra-mat-xa-moi`) or a section.
 */
export const redirectsSchema = z.array(
  z.object({
    from: text()
      .refine((s) => /^\/[\x21-\x7e]*$/.test(s) && !s.includes('#'), {
        error:
          'Địa chỉ cũ bắt đầu bằng "/", không có dấu cách, chữ có dấu hay "#": chữ có dấu viết dạng mã hóa như trình duyệt gửi, ví dụ /tin-tuc/l%E1%BB%85-h%E1%BB%99i.html.',
      })
      .describe('The old address, from the site root: "/Default.aspx?tabid=75"'),
    to: text().describe(
      'A page of this commune: "tin-tuc/2026/ra-mat-xa-moi", "van-ban", or "/" for the home page',
    ),
  }),
  {
    error:
      'redirects.yaml là một danh sách, mỗi dòng dạng "- { from: /dia-chi-cu.html, to: tin-tuc/2026/bai-moi }".',
  },
);

export type Redirect = z.infer<typeof redirectsSchema>[number];
