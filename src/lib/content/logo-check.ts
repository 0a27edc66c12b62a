import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { problem, type Problem } from '../problems.ts';

/**
 * The header logo is on every page: small, sharp and harmless. 50 KB keeps a page light on a
 * rural connection (an emblem PNG at 128 px is 10-25 KB); a PNG under 128 px high blurs at 64
 * CSS px on a phone's 2× screen; an SVG is published as a file a visitor can open, so it may not
 * carry script.
 * @see TT 32/2017/TT-BTTTT Điều 16 (the header shows the national emblem or the agency's logo)
 */
export const MAX_LOGO_BYTES = 50 * 1024;
export const MIN_LOGO_PNG_HEIGHT = 128;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** What makes an SVG run code when a visitor opens the file itself (item images share the rule). */
export const SVG_ACTIVE = /<script|<foreignObject|\son[a-z]+\s*=|javascript:/i;

/** What is wrong with the logo's bytes, as messages; empty when it is fine. */
export function logoByteProblems(name: string, bytes: Buffer): string[] {
  const found: string[] = [];
  if (bytes.length > MAX_LOGO_BYTES) found.push(`Biểu trưng "${name}" nặng ${Math.ceil(bytes.length / 1024)} KB, quá giới hạn ${MAX_LOGO_BYTES / 1024} KB.`);
  if (name.endsWith('.png')) {
    if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.length < 24) return [...found, `Tệp "${name}" không phải là ảnh PNG.`];
    const height = bytes.readUInt32BE(20);
    if (height < MIN_LOGO_PNG_HEIGHT) found.push(`Biểu trưng "${name}" chỉ cao ${height} điểm ảnh, sẽ bị mờ trên điện thoại (cần ít nhất ${MIN_LOGO_PNG_HEIGHT}).`);
  } else {
    const text = bytes.toString('utf8');
    if (!/<svg[\s>]/i.test(text)) found.push(`Tệp "${name}" không phải là ảnh SVG.`);
    else if (SVG_ACTIVE.test(text)) found.push(`Biểu trưng "${name}" có mã chạy được (script, sự kiện on…, javascript:), không được đăng.`);
  }
  return found;
}

/** Problems of `site.yaml`'s `logo`, all at once: a missing file, size, format, resolution. */
export async function logoProblems(contentDir: string, slug: string, logo: { file: string }): Promise<Problem[]> {
  const siteFile = `${slug}/site.yaml`;
  const name = logo.file.replace(/^\.\//, '');
  const bytes = await readFile(join(contentDir, slug, name)).catch(() => undefined);
  if (!bytes) return [problem(siteFile, `Không có tệp biểu trưng "${name}" cạnh site.yaml.`, { field: 'logo.file', fix: `Đặt tệp ${name} vào thư mục ${slug}/, hoặc sửa logo.file cho đúng tên tệp.` })];
  const fix = `Dùng một tệp SVG gọn (xuất từ phần mềm vẽ, không có script) hoặc PNG cao ${MIN_LOGO_PNG_HEIGHT}-256 điểm ảnh, dưới ${MAX_LOGO_BYTES / 1024} KB; hoặc bỏ "logo" để dùng biểu trưng chung.`;
  return logoByteProblems(name, bytes).map((message) => problem(siteFile, message, { field: 'logo.file', fix }));
}
