import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tidyText } from './pdf-text.ts';

const run = promisify(execFile);

/** What a machine needs to read scanned PDFs: Debian's packages, named for the messages. */
export const OCR_PACKAGES = 'tesseract-ocr tesseract-ocr-vie poppler-utils';
export const OCR_INSTALL = `sudo apt-get install ${OCR_PACKAGES}`;

/**
 * Whether Tesseract with its Vietnamese model (`vie`) and poppler's `pdftoppm` are installed.
 * Asked once per process.
 */
let available: Promise<boolean> | undefined;
export function ocrAvailable(): Promise<boolean> {
  available ??= Promise.all([run('tesseract', ['--list-langs']), run('pdftoppm', ['-v'])]).then(
    ([langs]) => /^vie$/m.test(`${langs.stdout}\n${langs.stderr}`),
    () => false,
  );
  return available;
}

/**
 * Resolution of the page images: Tesseract reads body text best at 300 dpi; at 150 dpi it misread
 * one Vietnamese tone in five on our scanned test page.
 */
const DPI = '300';

/**
 * The text of a scanned PDF, page by page: each page rendered to a grey image by `pdftoppm`, then
 * read by Tesseract with the Vietnamese model. One thread per Tesseract: the build already runs
 * one indexing thread per core, and Tesseract's own threads only fought them for the cores.
 */
export async function ocrPages(file: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'trangxa-ocr-'));
  try {
    await run('pdftoppm', ['-r', DPI, '-gray', '-png', file, join(dir, 'trang')]);
    const images = (await readdir(dir))
      .filter((name) => name.endsWith('.png'))
      .toSorted((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const pages: string[] = [];
    for (const image of images) {
      const { stdout } = await run('tesseract', [join(dir, image), 'stdout', '-l', 'vie'], {
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        maxBuffer: 64 * 1024 * 1024,
      });
      pages.push(tidyText(stdout));
    }
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
