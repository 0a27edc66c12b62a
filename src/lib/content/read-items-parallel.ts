/**
 * Reads a large commune's items on every core. The file list is cut into chunks that this thread
 * and the reader threads (`item-readers.ts`) take one at a time from a shared counter, so that a
 * thread that starts late or runs slower simply reads fewer; the chunks are joined in list order,
 * so items and problems come out exactly as one thread gives them. Reading is parsing and
 * validating (YAML, zod), all CPU: 10,000 items took 2 s on one core.
 */
import { availableParallelism } from 'node:os';
import type { Problem } from '../problems.ts';
import { readInWorker, type ChunkRead, type ReadItemsTask } from './item-readers.ts';
import type { ItemFile } from './item-files.ts';
import { lineOfFileOnDisk, readItemFiles, type ItemsRead } from './read-items.ts';
import type { LineIndex } from './read-yaml.ts';

/** Reads the chunks of the task's files that no other thread has taken yet, in the order taken. */
export async function readChunks({ contentDir, slug, files, next, chunk }: ReadItemsTask, lines: LineIndex): Promise<ChunkRead[]> {
  const read: ChunkRead[] = [];
  for (let index = Atomics.add(next, 0, 1); index * chunk < files.length; index = Atomics.add(next, 0, 1)) {
    read.push({ index, read: await readItemFiles(contentDir, slug, files.slice(index * chunk, (index + 1) * chunk), lines) });
  }
  return read;
}

export interface ParallelOptions {
  /** Threads, this one included; one per core by default. */
  threads?: number;
  /** Files per chunk: small enough to balance the threads, large enough to cost nothing to share. */
  chunk?: number;
}

export async function readItemFilesInParallel(
  contentDir: string,
  slug: string,
  files: readonly ItemFile[],
  lines: LineIndex,
  { threads = availableParallelism(), chunk = 250 }: ParallelOptions = {},
): Promise<ItemsRead> {
  const task: ReadItemsTask = { contentDir, slug, files, next: new Int32Array(new SharedArrayBuffer(4)), chunk };
  // Readers are sent the list first: they take chunks while this thread reads its own.
  const others = Array.from({ length: Math.max(0, threads - 1) }, () => readInWorker(task));
  const mine = await readChunks(task, lines);
  let theirs: ChunkRead[] = [];
  if (mine.length < Math.ceil(files.length / chunk)) theirs = (await Promise.all(others.map((job) => job.result))).flat();
  else {
    // Every chunk was read here (the readers were still loading, on a busy machine): no need to
    // wait for them. They reply to nobody, then wait for the next commune.
    for (const job of others) {
      job.release();
      job.result.catch(() => undefined);
    }
  }
  // A reader's line lookups cannot cross threads: they are made here, the same as this thread's
  // (a file is read again if a later check, cross-check or royalty rules, needs a line).
  for (const { index } of theirs) {
    for (const { section, rel } of files.slice(index * chunk, (index + 1) * chunk)) {
      lines.set(`${slug}/${section}/${rel}`, lineOfFileOnDisk(contentDir, `${slug}/${section}/${rel}`));
    }
  }
  const chunks = [...mine, ...theirs].toSorted((a, b) => a.index - b.index).map((part) => part.read);
  return {
    items: chunks.flatMap((r) => r.items),
    problems: chunks.flatMap((r): Problem[] => r.problems),
    refs: chunks.flatMap((r) => r.refs),
  };
}
