/**
 * Reads a large commune's items on every core. Reading an item file is two halves: the file and
 * its YAML (`readItemSource`, three quarters of the work), then the schemas and the files it names
 * (`checkItemSource`). Reader threads (`item-readers.ts`) do first halves, a chunk of files at a
 * time, taken from a shared counter; this thread does every second half, in list order, and
 * reads a chunk itself whenever the next one has not come yet. So items, problems and line
 * lookups come out exactly as one thread gives them, and a reader that starts late on a busy
 * machine simply reads fewer chunks. Readers load no schema: they start in a few hundredths of a
 * second, where reader threads that checked items too took 0.2-0.3 s and sent back heavier data.
 */
import { availableParallelism } from 'node:os';
import { receiveMessageOnPort } from 'node:worker_threads';
import { readInWorker, type ChunkRead } from './item-readers.ts';
import type { ItemFile } from './item-files.ts';
import { readItemSource, type ItemSource } from './item-source.ts';
import { checkItemSource, type ItemsRead, type Sink } from './read-items.ts';
import type { LineIndex } from './read-yaml.ts';
import type { Item } from './types.ts';

export interface ParallelOptions {
  /** Threads, this one included; one per core by default. */
  threads?: number;
  /**
   * Files per chunk: small enough to balance the threads and for a chunk's YAML to die young
   * (10,000 items: 2,000 page faults fewer than with 250), large enough to cost little to send.
   */
  chunk?: number;
}

export async function readItemFilesInParallel(
  contentDir: string,
  slug: string,
  files: readonly ItemFile[],
  lines: LineIndex,
  { threads = availableParallelism(), chunk = 50 }: ParallelOptions = {},
): Promise<ItemsRead> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const count = Math.ceil(files.length / chunk);
  const arrived = new Map<number, ItemSource[]>();
  let failure: unknown;
  let wake: (() => void) | undefined;
  const take = ({ index, sources }: ChunkRead) => {
    arrived.set(index, sources);
    wake?.();
  };
  const jobs = Array.from({ length: Math.max(0, threads - 1) }, () => readInWorker({ contentDir, slug, files, next, chunk }));
  for (const job of jobs) {
    job.port.on('message', take);
    job.done.catch((error: unknown) => {
      failure = error;
      wake?.();
    });
  }
  const sink: Sink = { problems: [], lines, refs: [] };
  const items: Item[] = [];
  try {
    for (let index = 0; index < count; index++) {
      let sources: ItemSource[] | undefined;
      while (!(sources = arrived.get(index))) {
        // Chunks already sent, without waiting for the event loop.
        for (const job of jobs) for (let sent = receiveMessageOnPort(job.port); sent; sent = receiveMessageOnPort(job.port)) take(sent.message as ChunkRead);
        if (arrived.has(index)) continue;
        const mine = Atomics.add(next, 0, 1);
        if (mine < count) {
          arrived.set(mine, files.slice(mine * chunk, (mine + 1) * chunk).map((file) => readItemSource(contentDir, slug, file)));
          continue;
        }
        // Every chunk is taken and this one is still being read by a reader.
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      arrived.delete(index);
      for (const source of sources) {
        const item = await checkItemSource(contentDir, slug, source, sink);
        if (item) items.push(item);
      }
    }
  } finally {
    for (const job of jobs) job.port.close();
  }
  return { items, problems: sink.problems, refs: sink.refs };
}
