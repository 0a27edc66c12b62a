import { OCR_INSTALL } from './ocr.ts';

/** An attached PDF whose text is not in the search index: a scan with no OCR here, or a damaged file. */
export interface UnreadPdf {
  /** Its path in the content folder. */
  file: string;
  why: 'scanned' | 'damaged';
}

/**
 * What the build says, once, when attached PDFs could not be read: which ones, and how to make
 * them searchable. The build goes on: the documents' pages are still indexed.
 */
export function unreadMessage(files: readonly UnreadPdf[]): string {
  const scanned = files.filter((f) => f.why === 'scanned').map((f) => `  - ${f.file}`);
  const damaged = files.filter((f) => f.why === 'damaged').map((f) => `  - ${f.file}`);
  return [
    ...(scanned.length
      ? [
          `Cảnh báo: ${scanned.length} tệp PDF là bản quét (không có lớp chữ), người dân chưa tìm được nội dung của chúng:`,
          ...scanned,
          `Để tìm được: cài Tesseract với bộ tiếng Việt (${OCR_INSTALL}) rồi xây dựng lại; chữ đọc được lưu trong .trangxa/pdf-text/, mỗi tệp chỉ đọc một lần.`,
        ]
      : []),
    ...(damaged.length
      ? [
          `Cảnh báo: không mở được ${damaged.length} tệp PDF (tệp hỏng?), nội dung của chúng không tìm được:`,
          ...damaged,
          'Mở thử từng tệp trên máy tính; nếu hỏng, xuất lại PDF từ bản gốc.',
        ]
      : []),
  ].join('\n');
}
