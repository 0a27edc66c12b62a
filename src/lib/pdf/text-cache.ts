import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Where the text read from attachments is kept between builds: `.trangxa/pdf-text/` in the
 * project, a folder git ignores. One file per PDF, named by the SHA-256 of its bytes, so a rebuild
 * reads no PDF again, a file renamed or copied to another commune is not read twice, and a file
 * replaced by a new version is read anew.
 */
export const DEFAULT_PDF_CACHE = resolve(import.meta.dirname, '../../../.trangxa/pdf-text');

/** What is cached of one PDF: its text layer, and what OCR read once it has run. */
export interface CachedText {
  pages: string[];
  ocr?: string[];
}

/** Bump when the cached text would be read differently (a new pdf.js, new tidying). */
const VERSION = 1;

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const entryPath = (dir: string, hash: string) => join(dir, `${hash}.json`);

export async function readCached(dir: string, hash: string): Promise<CachedText | undefined> {
  try {
    const entry = JSON.parse(await readFile(entryPath(dir, hash), 'utf8')) as CachedText & {
      version: number;
    };
    return entry.version === VERSION ? entry : undefined;
  } catch {
    // Missing, or cut short by a build that was stopped: read the PDF again.
    return undefined;
  }
}

/** Written under another name, then renamed: builds running at once never read half a file. */
export async function writeCached(dir: string, hash: string, entry: CachedText): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temporary = `${entryPath(dir, hash)}.${randomBytes(6).toString('hex')}`;
  await writeFile(temporary, JSON.stringify({ version: VERSION, ...entry }));
  await rename(temporary, entryPath(dir, hash));
}
