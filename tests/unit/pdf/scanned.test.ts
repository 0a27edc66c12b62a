import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Item } from '../../../src/lib/content/types.ts';
import { partial } from '../site/fixtures.ts';
import { isScanned } from '../../../src/lib/pdf/pdf-text.ts';
import { scannedPdfProblems } from '../../../src/lib/pdf/scanned-problems.ts';
import { unreadMessage } from '../../../src/lib/pdf/unread-message.ts';

/** A valid one-page PDF with no text at all: what a scan is to a text extractor. */
const NO_TEXT = `%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj
trailer<</Root 1 0 R>>
%%EOF
`;

describe('scanned PDFs', () => {
  test.each([
    ['no page with text: scanned', ['', ''], true],
    ['only what a signing tool stamps: scanned', ['Ký bởi: UBND xã Sông Hinh 20.01.2026'], true],
    [
      'one page of text among scans: not scanned',
      [
        '',
        'Ủy ban nhân dân xã đề nghị các thôn, buôn đẩy mạnh tuyên truyền đến từng hộ dân về chính sách hỗ trợ đồng bào dân tộc thiểu số.',
      ],
      false,
    ],
  ])('%s', (_, pages, expected) => {
    expect(isScanned(pages)).toBe(expected);
  });

  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trangxa-scan-'));
    await writeFile(join(dir, 'quet.pdf'), NO_TEXT);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const item = (file: string): Item<'van-ban'> => ({
    commune: 'xa-mau',
    section: 'van-ban',
    path: 'van-ban/x',
    file: `xa-mau/van-ban/${file.replace('.pdf', '.md')}`,
    title: 't',
    draft: false,
    credits: [],
    data: partial<'van-ban'>({ file: `./${file}` }),
  });

  test('check warns about each scanned PDF, naming its item, field and file, and how to make it searchable; not about text PDFs', async () => {
    const fixture = join(import.meta.dirname, '../../fixtures/content');
    const content = join(dir, 'content');
    await mkdir(join(content, 'xa-mau', 'van-ban'), { recursive: true });
    await copyFile(join(dir, 'quet.pdf'), join(content, 'xa-mau', 'van-ban', 'quet.pdf'));
    await copyFile(
      join(fixture, 'xa-mau/van-ban/2026/79-ubnd.pdf'),
      join(content, 'xa-mau', 'van-ban', '79-ubnd.pdf'),
    );
    const problems = await scannedPdfProblems(
      content,
      [item('quet.pdf'), item('79-ubnd.pdf')],
      join(dir, 'cache'),
    );
    expect(problems).toEqual([
      {
        file: 'xa-mau/van-ban/quet.md',
        field: 'file',
        severity: 'warning',
        message: 'Tệp quet.pdf là bản quét, không có lớp chữ: tệp quét, người dân không tìm được nội dung.',
        fix: 'Đăng kèm bản PDF xuất từ phần mềm soạn thảo, hoặc cài Tesseract tiếng Việt trên máy xây dựng (sudo apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils) để bản dựng đọc chữ trong bản quét.',
      },
    ]);
  });

  test('the build names, once, the PDFs it could not read and how to install OCR', () => {
    expect(
      unreadMessage([
        { file: 'xa-mau/van-ban/quet.pdf', why: 'scanned' },
        { file: 'xa-mau/van-ban/hong.pdf', why: 'damaged' },
      ]),
    ).toBe(
      [
        'Cảnh báo: 1 tệp PDF là bản quét (không có lớp chữ), người dân chưa tìm được nội dung của chúng:',
        '  - xa-mau/van-ban/quet.pdf',
        'Để tìm được: cài Tesseract với bộ tiếng Việt (sudo apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils) rồi xây dựng lại; chữ đọc được lưu trong .trangxa/pdf-text/, mỗi tệp chỉ đọc một lần.',
        'Cảnh báo: không mở được 1 tệp PDF (tệp hỏng?), nội dung của chúng không tìm được:',
        '  - xa-mau/van-ban/hong.pdf',
        'Mở thử từng tệp trên máy tính; nếu hỏng, xuất lại PDF từ bản gốc.',
      ].join('\n'),
    );
  });
});
