/**
 * The text layer of a PDF, page by page, read with pdf.js (through unpdf: the same engine as
 * pdfjs-dist, in one 2 MB package without native dependencies; on our sample PDFs it reads as
 * fast, and loads in 20 ms instead of 650 ms with pdfjs-dist and its canvas module, which every
 * indexing thread pays). Vietnamese PDFs embed their fonts with a Unicode map, which pdf.js reads;
 * some put tones as combining marks, so the text is made NFC like the content (content-format.md).
 */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  // Loaded on first use: `check` of content without PDFs never loads pdf.js.
  const { extractText, getDocumentProxy } = await import('unpdf');
  // pdf.js takes ownership of the buffer it is given: a copy keeps the caller's bytes readable.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), {
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text.map(tidyText);
  } finally {
    await pdf.destroy();
  }
}

/** NFC, one space between words, no empty lines: what the index needs of a page's text. */
export const tidyText = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();

/**
 * A page "has text" when its text layer holds at least this many letters. A scanned page has none,
 * or only the few words a signing tool stamps on it ("Ký bởi: …", a date), which say nothing of
 * the document.
 */
const LETTERS_OF_A_TEXT_PAGE = 80;

const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;

/** A PDF is scanned when no page of it has a text layer worth the name. */
export const isScanned = (pages: readonly string[]): boolean =>
  !pages.some((page) => letters(page) >= LETTERS_OF_A_TEXT_PAGE);
