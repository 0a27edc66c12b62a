import { z } from 'astro/zod';
import { parseVnDate } from '../vn-date.ts';

/**
 * zod's own messages in Vietnamese, for the checks that have no custom message of ours.
 * Every schema imports this module, so the locale is set before any content is parsed.
 */
z.config(z.locales.vi());

/** Editors' text: normalised to Unicode NFC (some Vietnamese keyboards type NFD) and trimmed. */
export const text = () =>
  z
    .string({ error: 'Cần một đoạn chữ.' })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: 'Không được để trống.' }));

/** An identifier: lowercase ASCII letters, digits and hyphens (`nguyen-van-an`). */
export const id = () =>
  z
    .string({ error: 'Cần một mã viết thường không dấu, ví dụ "nguyen-van-an".' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: 'Mã chỉ gồm chữ thường không dấu a-z, số 0-9 và dấu gạch ngang, ví dụ "nguyen-van-an".',
    });

/**
 * A date as in the contract (ISO 8601; a bare day means that day in Vietnam time). Read once:
 * a check then a transform read every date of every item twice.
 */
export const vnDate = () =>
  z.unknown().transform((v, ctx) => {
    const date = parseVnDate(v);
    if (date !== undefined) return date;
    ctx.issues.push({
      code: 'custom',
      input: v,
      message:
        'Ngày không hợp lệ: viết theo dạng năm-tháng-ngày, ví dụ 2022-01-18 (hoặc 2022-01-18T08:00:00+07:00).',
    });
    return z.NEVER;
  });

/** A percentage, 0 to 100. */
export const percent = () =>
  z.number({ error: 'Cần một số từ 0 đến 100.' }).min(0, { error: 'Phần trăm không được âm.' }).max(100, {
    error: 'Phần trăm không được vượt quá 100.',
  });

/** A file beside the Markdown file, written `./name.pdf`. */
export const siblingFile = () =>
  z.string({ error: 'Cần đường dẫn tệp, ví dụ "./79-ubnd.pdf".' }).regex(/^\.\/(?!\.\.?$)[^/\\]+$/, {
    error: 'Tệp đính kèm phải nằm cạnh tệp .md, viết dạng "./ten-tep.pdf".',
  });

export const absoluteUrl = () =>
  z.url({ protocol: /^https?$/, error: 'Cần một địa chỉ web đầy đủ, bắt đầu bằng https://' });
