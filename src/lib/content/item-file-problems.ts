import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { IMAGE_FILE, imageExtensionProblem, imagePixelProblem, imageSizeProblem } from '../images/image-limit.ts';
import { problem, type Problem } from '../problems.ts';
import { bodyFileRefusal } from './body-files.ts';
import { localFile } from './local-file.ts';
import { SVG_ACTIVE, SVG_EXTERNAL } from './logo-check.ts';

/** A file an item names: in a field (`image`, `file`) or in its body, and where. */
export interface FileRef {
  target: string;
  /** Looked up only when there is a problem. */
  line: () => number | undefined;
  field?: string;
  /** A page shows it as a picture (a body's `![]()`, `<img>`, `<Map>`, `<Gallery>`). */
  image?: boolean;
}

const BESIDE = 'Đặt tệp vào cùng thư mục với tệp .md, hoặc sửa lại tên tệp cho đúng (phân biệt chữ hoa, chữ thường).';

/**
 * What is wrong with the files an item names: missing, a link, a folder, outside the commune,
 * an image too heavy, too large in pixels or unreadable. Messages name the files, never their
 * contents: a file that is not the editor's own text never reaches a message.
 */
export async function itemFileProblems(communeDir: string, folder: string, file: string, refs: readonly FileRef[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const ref of refs) {
    const found = await fileProblem(communeDir, folder, file, ref);
    if (found) problems.push(found);
  }
  return problems;
}

async function fileProblem(communeDir: string, folder: string, file: string, { target, line, field, image }: FileRef): Promise<Problem | undefined> {
  const where = () => ({ line: line(), field });
  if (target.startsWith('/')) {
    return problem(file, `"${target}" là đường dẫn tính từ gốc trang web, sẽ hỏng khi trang của xã được đặt ở địa chỉ khác.`, { ...where(), fix: `Đặt tệp cạnh bài viết và ghi "./${basename(target)}".` });
  }
  // A file a body links to is published by the build on the same terms (package-commune.ts).
  const refused = field === undefined && !image ? bodyFileRefusal(target) : undefined;
  if (refused) return problem(file, refused.message, { ...where(), fix: refused.fix });
  const found = localFile(communeDir, folder, target);
  switch (found.kind) {
    case 'missing':
      return problem(file, `Không tìm thấy tệp "${target}" cạnh bài viết.`, { ...where(), fix: BESIDE });
    case 'link':
      return problem(file, `"${found.at}" là một liên kết (symlink), không phải tệp thật; trang không bao giờ đăng tệp qua liên kết.`, { ...where(), fix: 'Chép chính tệp vào thư mục của bài thay cho liên kết.' });
    case 'not-file':
      return problem(file, `"${target}" là một thư mục, không phải tệp.`, { ...where(), fix: BESIDE });
    case 'outside':
      return problem(file, `Tệp "${target}" nằm ngoài thư mục của xã.`, { ...where(), fix: BESIDE });
    case 'file':
      if (SVG_FILE.test(target)) return svgProblem(file, target, found.path, found.size, where());
      if (!IMAGE_FILE.test(target)) return image || field === 'image' ? imageExtensionProblem(file, target, where()) : undefined;
      if (basename(found.path) !== basename(target)) {
        return problem(file, `Tên ảnh "${basename(target)}" trên đĩa được lưu ở dạng Unicode khác (dấu tách rời), nên bước dựng trang không tìm thấy nó.`, {
          ...where(),
          fix: 'Đổi tên tệp ảnh: gõ lại tên, hoặc tốt hơn đặt tên không dấu, ví dụ "anh-hoi-nghi.jpg", và sửa tên trong bài.',
        });
      }
      return imageSizeProblem(file, target, found.size, where()) ?? (await imagePixelProblem(file, target, found.path, where()));
  }
}

const SVG_FILE = /\.svg$/i;

/**
 * An SVG image (a drawn map) is published as the editor's file: one that carries script would
 * run it for a visitor who opens the file. Only introduction pages show an SVG as drawn; the
 * other sections resize their images into photo formats, which Astro cannot do from an SVG.
 */
function svgProblem(file: string, target: string, path: string, size: number, where: { line?: number | undefined; field?: string | undefined }): Problem | undefined {
  const tooLarge = imageSizeProblem(file, target, size, where);
  if (tooLarge) return tooLarge;
  if (where.field === 'image' && file.split('/')[1] !== 'gioi-thieu') {
    return problem(file, `Ảnh "${target}" là ảnh vẽ SVG; tin, bài ở mục này cần ảnh chụp dạng JPG, PNG hoặc WebP để trang thu nhỏ cho điện thoại.`, { ...where, fix: 'Xuất ảnh ra PNG (hoặc JPG) rồi ghi tên tệp đó; ảnh SVG chỉ dùng cho trang Giới thiệu, ví dụ bản đồ hành chính.' });
  }
  const text = readFileSync(path, 'utf8');
  if (!/<svg[\s>]/i.test(text)) return problem(file, `Tệp "${target}" không phải là ảnh SVG.`, { ...where, fix: 'Xuất lại ảnh từ phần mềm vẽ dưới dạng SVG, hoặc dùng ảnh PNG.' });
  if (SVG_ACTIVE.test(text)) {
    return problem(file, `Ảnh "${target}" có mã chạy được (script, sự kiện on…, javascript:), không được đăng.`, { ...where, fix: 'Xuất lại ảnh từ phần mềm vẽ dưới dạng SVG thường (không có script), hoặc dùng ảnh PNG.' });
  }
  if (SVG_EXTERNAL.test(text)) {
    return problem(file, `Ảnh "${target}" tải tệp từ địa chỉ khác (href, url(), @import: phông chữ, ảnh nền), không được đăng.`, { ...where, fix: 'Xuất lại ảnh SVG với phông chữ chuyển thành nét vẽ và ảnh nhúng sẵn (không liên kết ra ngoài), hoặc dùng ảnh PNG.' });
  }
  return undefined;
}
