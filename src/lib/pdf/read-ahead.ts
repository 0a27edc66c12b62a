import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isScanned } from './pdf-text.ts';
import { readCached, sha256 } from './text-cache.ts';

export interface ReadAheadOptions {
  contentDir: string;
  communes: readonly string[];
  cacheDir: string;
}

/** The PDFs in these communes' folders whose text is not cached yet (or, for a scan, not its OCR). */
export async function uncachedPdfs({ contentDir, communes, cacheDir }: ReadAheadOptions): Promise<string[]> {
  const files = (
    await Promise.all(
      communes.map(async (slug) =>
        (await readdir(join(contentDir, slug), { recursive: true }))
          .filter((f) => /\.pdf$/i.test(f))
          .map((f) => join(contentDir, slug, f)),
      ),
    )
  ).flat();
  const missing = await Promise.all(
    files.map(async (file) => {
      const entry = await readCached(cacheDir, sha256(await readFile(file)));
      return !entry || (isScanned(entry.pages) && !entry.ocr) ? file : undefined;
    }),
  );
  return missing.filter((file) => file !== undefined);
}

/**
 * Reads the text of the communes' new PDFs into the cache before rendering starts, in child
 * processes (one per core) that exit when done. Read beside the rendering, in the indexing
 * threads, pdf.js's memory stayed with them: the build's peak grew by 220 MB (1,717 MB against
 * 1,473 MB for 1,000 PDFs); read ahead, it is given back before Astro starts, and the indexing
 * threads only read the cache. Returns how many PDFs were read.
 */
export async function readPdfsAhead(options: ReadAheadOptions): Promise<number> {
  const files = await uncachedPdfs(options);
  if (files.length === 0) return 0;
  const processes = Math.min(availableParallelism(), Math.ceil(files.length / 10));
  const shares = Array.from({ length: processes }, (_, i) => files.filter((_, j) => j % processes === i));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            [join(import.meta.dirname, 'read-ahead-child.ts'), options.cacheDir],
            { stdio: ['pipe', 'inherit', 'inherit'] },
          );
          child.on('error', reject);
          child.on('close', (code) =>
            code === 0
              ? resolve()
              : reject(new Error(`Đọc chữ trong tệp PDF: tiến trình con dừng với mã ${code}.`)),
          );
          child.stdin.end(JSON.stringify(share));
        }),
    ),
  );
  return files.length;
}
