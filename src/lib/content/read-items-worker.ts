/**
 * The worker thread of `read-items-parallel.ts`: reads and validates its part of a commune's
 * item files and sends back plain items, problems and person ids.
 */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadItemsTask } from './read-items-parallel.ts';

// A worker thread does not share the main thread's compile cache; the commands pass it on through
// NODE_COMPILE_CACHE (src/lib/cli/compile-cache.ts), this call covers a worker started otherwise.
enableCompileCache();
const { readItemFiles } = await import('./read-items.ts');

const { contentDir, slug, files } = workerData as ReadItemsTask;
parentPort?.postMessage(await readItemFiles(contentDir, slug, files, new Map()));
