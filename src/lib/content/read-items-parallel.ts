/**
 * Reads a large commune's items on every core: the file list is cut into contiguous parts, this
 * thread reads the first and a worker thread (`read-items-worker.ts`) each of the others, and
 * the parts are joined in order, so items and problems come out exactly as one thread gives them.
 * Reading is parsing and validating (YAML, zod), all CPU: 10,000 items took 2 s on one core.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Problem } from '../problems.ts';
import { lineOfFileOnDisk, readItemFiles, type ItemFile, type ItemsRead } from './read-items.ts';
import type { LineIndex } from './read-yaml.ts';

/** What a worker is given: a part of one commune's files. */
export interface ReadItemsTask {
  contentDir: string;
  slug: string;
  files: ItemFile[];
}

export async function readItemFilesInParallel(
  contentDir: string,
  slug: string,
  files: readonly ItemFile[],
  lines: LineIndex,
  threads = availableParallelism(),
): Promise<ItemsRead> {
  const parts = split(files, Math.max(1, threads));
  // Workers start first: they take a moment to load the schemas while this thread reads.
  const others = parts.slice(1).map((part) => inWorker({ contentDir, slug, files: part }));
  const results = [await readItemFiles(contentDir, slug, parts[0] ?? [], lines), ...(await Promise.all(others))];
  // A worker's line lookups cannot cross threads: its files are read again if a later check
  // (cross-check, royalty rules) needs a line.
  for (const part of parts.slice(1)) {
    for (const { section, rel } of part) lines.set(`${slug}/${section}/${rel}`, lineOfFileOnDisk(contentDir, `${slug}/${section}/${rel}`));
  }
  return {
    items: results.flatMap((r) => r.items),
    problems: results.flatMap((r): Problem[] => r.problems),
    refs: results.flatMap((r) => r.refs),
  };
}

/** `count` contiguous parts of nearly equal length. */
function split<T>(list: readonly T[], count: number): T[][] {
  const size = Math.ceil(list.length / count);
  return Array.from({ length: count }, (_, i) => list.slice(i * size, (i + 1) * size)).filter((part) => part.length > 0);
}

function inWorker(task: ReadItemsTask): Promise<ItemsRead> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./read-items-worker.ts', import.meta.url), { workerData: task });
    let done = false;
    worker.once('message', (read: ItemsRead) => {
      done = true;
      resolve(read);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`Luồng đọc tin bài dừng (mã ${code}) trước khi đọc xong ${task.slug}.`));
    });
  });
}
