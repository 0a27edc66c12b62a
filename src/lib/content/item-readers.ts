/**
 * The worker threads that read item files (`read-items-worker.ts`), kept between communes.
 * Loading the schemas takes a worker about 0.2 s: a command that may read a large commune
 * starts them first (`startItemReaders`), so that they load while it loads its own modules.
 * An idle reader never keeps the process alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ItemFile, ItemsRead } from './read-items.ts';

/** What a reader is given: a part of one commune's files. */
export interface ReadItemsTask {
  contentDir: string;
  slug: string;
  files: ItemFile[];
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

/** Reads the task's files in a reader thread. */
export function readInWorker(task: ReadItemsTask): Promise<ItemsRead> {
  const worker = idle.pop() ?? startReader();
  worker.ref();
  return new Promise<ItemsRead>((resolve, reject) => {
    const fail = (error: Error) => {
      worker.off('message', done);
      reject(error);
    };
    const done = (read: ItemsRead) => {
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
}
