/**
 * A reader thread of `item-readers.ts`: reads chunks of a commune's item files (`readChunks`)
 * until none is left, then tells its parent.
 */
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { ReadItemsTask } from './item-readers.ts';

// A worker thread does not share the main thread's compile cache; the commands pass it on through
// NODE_COMPILE_CACHE (src/cli/cached.js), this call covers a worker started otherwise.
enableCompileCache();
const { readChunks } = await import('./read-chunks.ts');

const port = parentPort;
if (!port) throw new Error('read-items-worker.ts runs as a worker thread (see item-readers.ts).');
port.on('message', (task: ReadItemsTask) => {
  readChunks(task);
  task.port.close();
  port.postMessage('done');
});
