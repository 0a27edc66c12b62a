import { z } from 'astro/zod';
import { absoluteUrl, id, text, vnDate } from './common.ts';
import { legalDay } from './base-salary.ts';

/**
 * `royaltyScheme`: one scheme id (version 1: that scheme for the commune's whole life), or the
 * schemes it has used, oldest first, each from a day. Read as a list either way; a single id
 * has no `from`.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2"
 */
const royaltySchemes = z
  .union(
    [
      // Typed like a list entry whose `from` is left out, so both forms read alike.
      id().transform((scheme): { scheme: string; from?: string }[] => [{ scheme }]),
      z
        .array(
          z.strictObject({
            scheme: id().describe('File name (without .yaml) under _shared/royalty-schemes/'),
            from: legalDay().describe('First day this scheme prices items and thù lao, YYYY-MM-DD'),
          }),
        )
        .min(1, { error: 'Danh sách royaltyScheme cần ít nhất một mục.' })
        .superRefine((entries, ctx) => {
          entries.forEach((entry, index) => {
            const previous = entries[index - 1];
            if (previous && previous.from >= entry.from) {
              ctx.addIssue({
                code: 'custom',
                path: [index, 'from'],
                message: `Các quy định ghi theo thứ tự thời gian, cũ trước: ngày ${entry.from} phải sau ${previous.from}.`,
              });
            }
          });
        }),
    ],
    {
      error:
        'royaltyScheme là một mã quy định ("phu-yen-28-2021") hoặc danh sách "- { scheme: <mã>, from: <ngày> }", cũ trước.',
    },
  )
  .describe('The royalty schemes the commune has used: an id, or a list of { scheme, from }, oldest first');

const contact = z.object({
  name: text().describe('Họ và tên'),
  title: text().optional().describe('Chức vụ'),
  phone: text().optional(),
  email: z.email({ error: 'Địa chỉ email không hợp lệ.' }).optional(),
});

/** Kinds of commune-level unit since the 2025 reform (Luật Tổ chức chính quyền địa phương 2025). */
export const UNIT_KINDS = ['xa', 'phuong', 'thi-tran', 'dac-khu'] as const;

/**
 * The end of a unit merged into another: its site becomes an archive.
 * @see Nghị quyết 1660/NQ-UBTVQH15, Điều 1 khoản 74-77 (Sông Hinh's eleven units became four)
 */
const dissolved = z
  .object({
    date: vnDate().describe('First day the unit no longer exists: the day the resolution takes effect'),
    into: id().describe('Slug of the successor when it is in the same content folder'),
    intoName: text().optional().describe("The successor's name, when it is not in this content folder"),
    intoUrl: absoluteUrl().optional().describe("The successor's site, when it is not in this content folder"),
    basis: text().describe('Legal basis: "Nghị quyết 1660/NQ-UBTVQH15, Điều 1 khoản 77"'),
  })
  .describe('The unit was merged into another on `date`: its site is an archive');

const formed = z
  .object({
    date: vnDate().describe('First day of the new unit'),
    basis: text().describe('Legal basis of its formation'),
  })
  .describe('The unit was formed by a merger; its predecessors are the units dissolved into it');

/** `<commune>/site.yaml`: the commune and its site. */
export const siteSchema = z.object({
  name: text().describe('Tên đơn vị: "Xã Ea Trol"'),
  agency: text().describe('Cơ quan chủ quản, shown in the header and footer'),
  parents: z.array(text()).default([]).describe('Parent units shown as written; units change over time'),
  url: absoluteUrl()
    .transform((u) => (u.endsWith('/') ? u : `${u}/`))
    .optional()
    .describe('Absolute public address, for canonical links, sitemap and feeds'),
  description: text().optional(),
  responsible: z.object({ name: text(), title: text().optional() }).describe('Người chịu trách nhiệm'),
  address: text(),
  phone: text(),
  email: z.email({ error: 'Địa chỉ email không hợp lệ.' }),
  infoContact: contact.describe('Đầu mối cung cấp thông tin'),
  spokesperson: contact.optional().describe('Người phát ngôn, optional'),
  royaltyScheme: royaltySchemes.optional(),
  dissolved: dissolved.optional(),
  formed: formed.optional(),
  code: z
    .string({
      error: 'Mã đơn vị hành chính viết trong dấu nháy, ví dụ code: "22207" (số 0 ở đầu phải giữ nguyên).',
    })
    .regex(/^\d{5}$/, { error: 'Mã đơn vị hành chính cấp xã gồm 5 chữ số, ví dụ "22207".' })
    .optional()
    .describe('Mã đơn vị hành chính, quoted: leading zeros matter'),
  kind: z
    .enum(UNIT_KINDS, { error: `Loại đơn vị phải là một trong: ${UNIT_KINDS.join(', ')}.` })
    .default('xa')
    .describe('xa | phuong | thi-tran | dac-khu'),
  banner: z
    .object({
      text: text().describe('What every page says at its top, e.g. planned downtime'),
      from: vnDate().optional().describe('First day shown; default: always'),
      until: vnDate().optional().describe('Last day shown; default: always'),
    })
    .optional()
    .describe(
      'Site-wide notice banner; announce planned downtime 7 working days ahead (NĐ 224/2026 Điều 13)',
    ),
  feedback: z
    .object({
      url: absoluteUrl()
        .optional()
        .describe("The province's or the national portal's satisfaction form (https://…)"),
      email: z
        .email({ error: 'feedback.email không phải là địa chỉ thư điện tử hợp lệ.' })
        .optional()
        .describe('Where a prefilled rating e-mail goes'),
    })
    .refine((f) => f.url !== undefined || f.email !== undefined, {
      error: 'feedback cần url (biểu mẫu đánh giá của tỉnh hoặc Cổng quốc gia) hoặc email.',
    })
    .optional()
    .describe(
      'Online satisfaction rating on every page (NĐ 224/2026 Điều 10 k3): a link to the form, or a prefilled e-mail',
    ),
  logo: z
    .object({
      file: z
        .string({ error: 'logo.file là tên tệp biểu trưng đặt cạnh site.yaml, ví dụ "./logo.svg".' })
        .regex(/^\.\/[a-z0-9-]+\.(svg|png)$/, {
          error:
            'logo.file phải là một tệp .svg hoặc .png đặt cạnh site.yaml, tên viết thường không dấu: "./logo.svg".',
        })
        .describe('SVG or PNG beside site.yaml, at most 50 KB; a PNG at least 128 px high'),
      alt: text().describe('Text alternative: "Biểu trưng Ủy ban nhân dân xã Sông Hinh"'),
    })
    .optional()
    .describe('The agency logo shown in the header in place of the generic emblem (TT 32/2017 Điều 16)'),
  english: z
    .object({
      name: text().describe('The commune in English: "Song Hinh Commune People\'s Committee"'),
      functions: text().describe('Functions and duties, a short paragraph'),
      structure: text().describe('Organisation: council, committee, offices'),
    })
    .optional()
    .describe('The English page (NĐ 42/2022 Điều 7): structure, functions and contacts'),
});
