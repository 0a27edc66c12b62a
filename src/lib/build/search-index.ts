import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { UnreadPdf } from '../pdf/unread-message.ts';
import type { IndexedPage } from './indexed-page.ts';
import { assignShards, type CommuneSize } from './shard.ts';
import { DEFAULT_PDF_CACHE } from '../pdf/text-cache.ts';
import type { IndexerData, IndexerReply, IndexerRequest } from './search-index-worker.ts';

export interface SearchIndexer {
  /** The communes of the batch about to render, split between the workers by item count. */
  expect(communes: readonly CommuneSize[]): void;
  /** Hands rendered pages to their communes' indexes; returns at once, the indexing goes on beside. */
  add(pages: readonly IndexedPage[]): void;
  /**
   * Writes `<out>/<commune>/pagefind/` for each of these communes, once all their pages are added
   * (one index per commune, inside its folder, so a commune deployed alone keeps its search).
   * The next batch's pages may be added meanwhile.
   * @returns the number of pages indexed per commune.
   */
  write(outDir: string, communes: readonly string[]): Promise<Map<string, number>>;
  /** The PDFs of the communes written so far whose text could not be read. */
  unreadAttachments(): UnreadPdf[];
  /** Stops the workers and their Pagefind processes. */
  close(): Promise<void>;
}

/**
 * Indexes pages on the cores Astro's rendering leaves idle. Pagefind's Node API drives one
 * indexing process, which uses one core, so the communes are split (by item count) between
 * worker threads, one per core and no more than there are communes, each with its own Pagefind
 * process; each worker also makes the indexed copy of its pages. It lives in the build command's
 * process, beside the batch processes that render: a batch's indexes are written while the next
 * batch renders, and no batch process holds them.
 */
export interface SearchIndexerOptions {
  /** Where the text of attached PDFs is cached (text-cache.ts); the project's by default. */
  pdfCache?: string;
}

export function createSearchIndexer(communes: number, options: SearchIndexerOptions = {}): SearchIndexer {
  const workerData: IndexerData = { pdfCache: options.pdfCache ?? DEFAULT_PDF_CACHE };
  const count = Math.max(1, Math.min(availableParallelism(), communes));
  // A small young generation: a worker passes pages on to Pagefind and keeps little. With Node's
  // default, each one grew to 200 MB of heap as a batch's pages came in.
  const workers = Array.from(
    { length: count },
    () =>
      new Worker(new URL('./search-index-worker.ts', import.meta.url), {
        workerData,
        resourceLimits: { maxYoungGenerationSizeMb: 16 },
      }),
  );
  const workerOf = new Map<string, Worker>();
  // A worker that fails is reported by write() and close(); until then the build goes on.
  const failures = workers.map((worker) => new Promise<never>((_, reject) => worker.once('error', reject)));
  for (const failure of failures) failure.catch(() => undefined);
  const send = (worker: Worker, request: IndexerRequest) => worker.postMessage(request);
  let next = 0;
  const unread: UnreadPdf[] = [];
  /** Asks every worker and waits for all their answers. */
  const ask = (request: (id: number) => IndexerRequest): Promise<IndexerReply[]> =>
    Promise.all(
      workers.map((worker) => {
        const id = next++;
        const answered = new Promise<IndexerReply>((resolve) => {
          const listen = (reply: IndexerReply) => {
            if (reply.id !== id) return;
            worker.off('message', listen);
            resolve(reply);
          };
          worker.on('message', listen);
        });
        send(worker, request(id));
        return Promise.race([answered, ...failures]);
      }),
    );
  return {
    expect(communes) {
      // Split as shards are: the previous batch's communes are done, whatever their writing.
      assignShards(communes, workers.length).forEach((slugs, i) => {
        for (const slug of slugs) workerOf.set(slug, workers[i]!);
      });
    },
    add(pages) {
      const byWorker = Map.groupBy(pages, (page) => {
        const worker = workerOf.get(page.commune);
        if (!worker)
          throw new Error(`Trang ${page.commune}/${page.path} không thuộc xã nào đang được xây dựng.`);
        return worker;
      });
      for (const [worker, mine] of byWorker) send(worker, { kind: 'add', pages: mine });
    },
    async write(outDir, communes) {
      const counts = new Map<string, number>();
      for (const reply of await ask((id) => ({ kind: 'write', id, outDir, communes: [...communes] }))) {
        for (const [slug, pages] of reply.counts) counts.set(slug, pages);
        unread.push(...reply.unread);
      }
      return counts;
    },
    unreadAttachments: () => unread.toSorted((a, b) => a.file.localeCompare(b.file)),
    async close() {
      try {
        await ask((id) => ({ kind: 'close', id }));
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}
