import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * `_shared/portal.yaml` (optional): who runs the portal page that lists every commune of the
 * deployment (a province, a Sở), shown in its header and footer.
 * @see Thông tư 32/2017/TT-BTTTT, Điều 16-18 (header: the agency; footer: agency, person responsible, contact)
 */
export const portalSchema = z.object({
  title: text()
    .optional()
    .describe('The portal\'s title, its h1 and <title>; default "Trang thông tin điện tử các xã"'),
  owner: text().describe(
    'The agency that runs the portal, shown in the header: "Ủy ban nhân dân tỉnh Đắk Lắk"',
  ),
  responsible: z
    .object({ name: text(), title: text().optional() })
    .optional()
    .describe('Người chịu trách nhiệm'),
  address: text().optional(),
  phone: text().optional(),
  email: z.email({ error: 'Địa chỉ email không hợp lệ.' }).optional(),
  footer: text().optional().describe('A line under the contact, e.g. the managing Sở or the licence'),
});

export type PortalSettings = z.infer<typeof portalSchema>;
