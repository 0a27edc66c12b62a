/**
 * The worker threads that read item files for `read-items-parallel.ts`, kept between communes.
 * A reader only reads: file, frontmatter, YAML (`item-source.ts`), without the schemas, so it
 * starts in a few hundredths of a second. A command that may read a large commune starts them
 * first (`startItemReaders`), so that they start while it loads its own modules. An idle reader
 * never keeps the process alive.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { ItemFile } from './item-files.ts';
import type { ItemSource } from './item-source.ts';

/** What a reader is given: one commune's files, the shared counter, where to send chunks. */
export interface ReadItemsTask {
  contentDir: string;
  slug: string;
  files: readonly ItemFile[];
  /** The index of the next chunk to read: one integer in shared memory. */
  next: Int32Array;
  /** Files per chunk. */
  chunk: number;
  /** Where the reader sends each chunk it read, as a `ChunkRead`. */
  port: MessagePort;
}

/** One chunk of the files, read. */
export interface ChunkRead {
  index: number;
  sources: ItemSource[];
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
  /** Where the reader's chunks arrive. */
  port: MessagePort;
  /** Settles when the reader has taken every chunk left; rejects if the thread fails. */
  done: Promise<void>;
}

/** Has a reader thread take chunks of the task's files until none is left. */
export function readInWorker(task: Omit<ReadItemsTask, 'port'>): ReaderJob {
  const worker = idle.pop() ?? startReader();
  const { port1, port2 } = new MessageChannel();
  worker.ref();
  const done = new Promise<void>((resolve, reject) => {
    const finish = (error?: Error) => {
      worker.off('message', finished);
      worker.off('error', finish);
      worker.off('exit', stopped);
      worker.unref();
      if (error) reject(error);
      else {
        idle.push(worker);
        resolve();
      }
    };
    const finished = () => finish();
    const stopped = (code: number) => finish(new Error(`Luồng đọc tin bài dừng (mã ${code}) trước khi đọc xong ${task.slug}.`));
    worker.once('message', finished);
    worker.once('error', finish);
    worker.once('exit', stopped);
    worker.postMessage({ ...task, port: port2 }, [port2]);
  });
  return { port: port1, done };
}
