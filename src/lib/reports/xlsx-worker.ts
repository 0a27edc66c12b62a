/**
 * The worker thread of `xlsx-in-worker.ts`: builds one payment-list workbook per message.
 */
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { ReportDocument } from './report-document.ts';

// A worker thread does not share the main thread's compile cache; the commands pass it on through
// NODE_COMPILE_CACHE (src/cli/cached.js), this call covers a worker started otherwise.
enableCompileCache();
const { renderXlsx } = await import('./write-xlsx.ts');

const port = parentPort;
if (!port) throw new Error('xlsx-worker.ts runs as a worker thread (see xlsx-in-worker.ts).');

port.on('message', async ({ id, doc }: { id: number; doc: ReportDocument }) => {
  try {
    const data = await renderXlsx(doc);
    port.postMessage({ id, data }, [data.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
