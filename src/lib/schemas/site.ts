import { z } from 'astro/zod';
import { absoluteUrl, id, text } from './common.ts';

const contact = z.object({
  name: text().describe('Họ và tên'),
  title: text().optional().describe('Chức vụ'),
  phone: text().optional(),
  email: z.email({ error: 'Địa chỉ email không hợp lệ.' }).optional(),
});

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
  royaltyScheme: id().optional().describe('File name (without .yaml) under _shared/royalty-schemes/'),
  logo: z.string().optional().describe('Optional logo image beside site.yaml, e.g. ./logo.png'),
});
