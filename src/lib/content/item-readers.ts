/**
 * The worker threads that read item files (`read-items-worker.ts`), kept between communes.
 * Loading the schemas takes a worker about 0.2 s: a command that may read a large commune
 * starts them first (`startItemReaders`), so that they load while it loads its own modules.
 * An idle reader never keeps the process alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ItemFile } from './item-files.ts';
import type { ItemsRead } from './read-items.ts';

/** What a reader is given: one commune's files, and the counter of the next chunk to read. */
export interface ReadItemsTask {
  contentDir: string;
  slug: string;
  files: readonly ItemFile[];
  /** The index of the next chunk to read: one integer in shared memory. */
  next: Int32Array;
  /** Files per chunk. */
  chunk: number;
}

/** The items, problems and person ids of one chunk of the files. */
export interface ChunkRead {
  index: number;
  read: ItemsRead;
}

const idle: Worker[] = [];

/** Starts a reader for every other core now; `readInWorker` uses them before starting more. */
export function startItemReaders(count = availableParallelism() - 1): void {
  for (let i = idle.length; i < count; i++) idle.push(startReader());
}

function startReader(): Worker {
  const worker = new Worker(new URL('./read-items-worker.ts', import.meta.url));
  worker.unref();
  return worker;
}

export interface ReaderJob {
  /** The chunks this reader read, once it has replied. */
  result: Promise<ChunkRead[]>;
  /** Not waiting for the result any more: the reader no longer keeps the process alive. */
  release(): void;
}

/** Reads chunks of the task's files in a reader thread, until none is left. */
export function readInWorker(task: ReadItemsTask): ReaderJob {
  const worker = idle.pop() ?? startReader();
  worker.ref();
  const result = new Promise<ChunkRead[]>((resolve, reject) => {
    const fail = (error: Error) => {
      worker.off('message', done);
      reject(error);
    };
    const done = (read: ChunkRead[]) => {
      worker.off('error', fail);
      worker.off('exit', stopped);
      worker.unref();
      idle.push(worker);
      resolve(read);
    };
    const stopped = (code: number) => fail(new Error(`Luồng đọc tin bài dừng (mã ${code}) trước khi đọc xong ${task.slug}.`));
    worker.once('message', done);
    worker.once('error', fail);
    worker.once('exit', stopped);
    worker.postMessage(task);
  });
  return { result, release: () => worker.unref() };
}
