import { z } from 'astro/zod';
import { id, text } from './common.ts';

/**
 * Keys that look like private payment data. They belong in `private/<commune>/payees.yaml`,
 * which the site build never reads (content-format.md, people.yaml).
 */
export const PRIVATE_KEY = /^(bank.*|account.*|taxcode|idnumber|cccd|cmnd|phonepersonal)$/i;

/**
 * Names such as "Ksor H'Lan" reach us with ’, ‘, ʼ, ` or ´ depending on the keyboard or the word
 * processor they were pasted from; one form (') everywhere, so the board page, bylines, author
 * pages and search spell a person the same way.
 */
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
export const normalizeApostrophes = (name: string): string => name.replace(APOSTROPHES, "'");

const personName = () => text().transform(normalizeApostrophes);

/** One entry of `<commune>/people.yaml`: public data only. */
export const personSchema = z.object({
  id: id().describe('Stable id used in credits and the board'),
  name: personName().describe("Họ và tên; typographic apostrophes become '"),
  penName: personName().optional().describe('Bút danh, shown in bylines when present'),
  title: text().optional().describe('Chức vụ'),
  unit: text().optional().describe('Đơn vị'),
  staff: z.boolean({ error: 'staff là true (cán bộ, công chức) hoặc false.' }).default(false),
  bio: text().optional().describe('Short public biography, for leaders'),
});

export const peopleSchema = z.array(personSchema, {
  error: 'people.yaml phải là một danh sách người (mỗi dòng bắt đầu bằng "- id: ...").',
});
