/**
 * One process of `readPdfsAhead` (read-ahead.ts): reads the PDFs named on its standard input (a
 * JSON list) into the cache folder given as its argument, then exits, and its memory with it. A
 * damaged file is skipped here; the indexing reports it.
 */
import { text } from 'node:stream/consumers';
import { attachmentText } from './attachment-text.ts';

const cacheDir = process.argv[2]!;
for (const file of JSON.parse(await text(process.stdin)) as string[]) {
  await attachmentText(file, { cacheDir, ocr: true }).catch(() => undefined);
}
