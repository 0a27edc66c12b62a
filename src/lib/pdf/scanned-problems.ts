import { dirname, join } from 'node:path';
import type { Item } from '../content/types.ts';
import { attachedFile } from '../sections/items.ts';
import { problem, type Problem } from '../problems.ts';
import { isScannedPdf } from './attachment-text.ts';
import { limit } from './limit.ts';
import { OCR_INSTALL } from './ocr.ts';

/**
 * A warning for each attached PDF without a text layer (a scan): citizens cannot find what it
 * says unless the build reads it with OCR. Most PDFs communes publish are signed and stamped
 * scans, so this says how to do better, not that the file is wrong.
 */
export async function scannedPdfProblems(
  contentDir: string,
  items: readonly Item[],
  cacheDir: string,
): Promise<Problem[]> {
  const reading = limit(4);
  const checks = items.map(async (item) => {
    const file = attachedFile(item);
    if (file === undefined || !/\.pdf$/i.test(file)) return undefined;
    const name = file.replace(/^\.\//, '');
    const scanned = await reading(() =>
      isScannedPdf(join(contentDir, dirname(item.file), name), cacheDir).catch(() => false),
    );
    if (!scanned) return undefined;
    return problem(
      item.file,
      `Tệp ${name} là bản quét, không có lớp chữ: tệp quét, người dân không tìm được nội dung.`,
      {
        field: 'file',
        severity: 'warning',
        fix: `Đăng kèm bản PDF xuất từ phần mềm soạn thảo, hoặc cài Tesseract tiếng Việt trên máy xây dựng (${OCR_INSTALL}) để bản dựng đọc chữ trong bản quét.`,
      },
    );
  });
  return (await Promise.all(checks)).filter((p) => p !== undefined);
}
