/**
 * A reader thread of `item-readers.ts`: reads and validates each part of a commune's item files
 * it is sent, and sends back plain items, problems and person ids.
 */
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { ReadItemsTask } from './item-readers.ts';

// A worker thread does not share the main thread's compile cache; the commands pass it on through
// NODE_COMPILE_CACHE (src/lib/cli/compile-cache.ts), this call covers a worker started otherwise.
enableCompileCache();
const { readItemFiles } = await import('./read-items.ts');

const port = parentPort;
if (!port) throw new Error('read-items-worker.ts runs as a worker thread (see item-readers.ts).');
port.on('message', async ({ contentDir, slug, files }: ReadItemsTask) => {
  port.postMessage(await readItemFiles(contentDir, slug, files, new Map()));
});
