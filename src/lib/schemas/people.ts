import { z } from 'astro/zod';
import { id, text } from './common.ts';

/**
 * Keys that look like private payment data. They belong in `private/<commune>/payees.yaml`,
 * which the site build never reads (content-format.md, people.yaml).
 */
export const PRIVATE_KEY = /^(bank.*|account.*|taxcode|idnumber|cccd|cmnd|phonepersonal)$/i;

/** One entry of `<commune>/people.yaml`: public data only. */
export const personSchema = z.object({
  id: id().describe('Stable id used in credits and the board'),
  name: text().describe('Họ và tên'),
  penName: text().optional().describe('Bút danh, shown in bylines when present'),
  title: text().optional().describe('Chức vụ'),
  unit: text().optional().describe('Đơn vị'),
  staff: z.boolean({ error: 'staff là true (cán bộ, công chức) hoặc false.' }).default(false),
  bio: text().optional().describe('Short public biography, for leaders'),
});

export const peopleSchema = z.array(personSchema, { error: 'people.yaml phải là một danh sách người (mỗi dòng bắt đầu bằng "- id: ...").' });
