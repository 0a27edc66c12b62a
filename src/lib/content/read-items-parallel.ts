/**
 * Reads a large commune's items on every core: the file list is cut into contiguous parts, this
 * thread reads the first and a reader thread (`item-readers.ts`) each of the others, and
 * the parts are joined in order, so items and problems come out exactly as one thread gives them.
 * Reading is parsing and validating (YAML, zod), all CPU: 10,000 items took 2 s on one core.
 */
import { availableParallelism } from 'node:os';
import type { Problem } from '../problems.ts';
import { readInWorker } from './item-readers.ts';
import { lineOfFileOnDisk, readItemFiles, type ItemFile, type ItemsRead } from './read-items.ts';
import type { LineIndex } from './read-yaml.ts';

export async function readItemFilesInParallel(
  contentDir: string,
  slug: string,
  files: readonly ItemFile[],
  lines: LineIndex,
  threads = availableParallelism(),
): Promise<ItemsRead> {
  const parts = split(files, Math.max(1, threads));
  // Readers are sent their parts first: they work while this thread reads its own.
  const others = parts.slice(1).map((part) => readInWorker({ contentDir, slug, files: part }));
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
