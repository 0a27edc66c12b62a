import { readFile } from 'node:fs/promises';
import { ocrAvailable, ocrPages } from './ocr.ts';
import { isScanned, pdfPages } from './pdf-text.ts';
import { readCached, sha256, writeCached, type CachedText } from './text-cache.ts';

/** What search can know of an attached PDF. */
export interface AttachmentText {
  /** The text to index, pages joined; empty when nothing could be read. */
  text: string;
  /** `text`: from its text layer; `ocr`: read from a scan; `none`: a scan not read (no OCR here). */
  from: 'text' | 'ocr' | 'none';
  /** Milliseconds OCR took per page, when it ran in this call (not from the cache). */
  ocrMsPerPage?: number;
}

export interface AttachmentTextOptions {
  /** The cache folder (text-cache.ts). */
  cacheDir: string;
  /** Read scanned PDFs with OCR when the tools are installed; `check` does not. */
  ocr: boolean;
}

const joined = (pages: readonly string[]) => pages.filter(Boolean).join('\n');

/**
 * The text of the PDF at `file`: its text layer, or for a scanned PDF what OCR reads of it, each
 * cached by the file's SHA-256 so that a PDF is read once, whatever the number of builds.
 */
export async function attachmentText(file: string, options: AttachmentTextOptions): Promise<AttachmentText> {
  const { hash, entry } = await textLayer(file, options.cacheDir);
  if (!isScanned(entry.pages)) return { text: joined(entry.pages), from: 'text' };
  if (entry.ocr) return { text: joined(entry.ocr), from: 'ocr' };
  if (!options.ocr || !(await ocrAvailable())) return { text: '', from: 'none' };
  const started = performance.now();
  const ocr = await ocrPages(file);
  await writeCached(options.cacheDir, hash, { ...entry, ocr });
  return {
    text: joined(ocr),
    from: 'ocr',
    ocrMsPerPage: (performance.now() - started) / Math.max(1, ocr.length),
  };
}

/** Whether the PDF at `file` has no text layer (cached like `attachmentText`), for `check`. */
export const isScannedPdf = async (file: string, cacheDir: string): Promise<boolean> =>
  isScanned((await textLayer(file, cacheDir)).entry.pages);

/** The PDF's cache entry, made from its text layer when there is none yet. */
async function textLayer(file: string, cacheDir: string): Promise<{ hash: string; entry: CachedText }> {
  const bytes = await readFile(file);
  const hash = sha256(bytes);
  const cached = await readCached(cacheDir, hash);
  if (cached) return { hash, entry: cached };
  const entry = { pages: await pdfPages(bytes) };
  await writeCached(cacheDir, hash, entry);
  return { hash, entry };
}
