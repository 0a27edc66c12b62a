import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { indexedElement } from '../search/search-record.ts';
import type { RenderedPage } from './page-sink.ts';
import { assignShards, type CommuneSize } from './shard.ts';
import type { IndexerReply, IndexerRequest } from './search-index-worker.ts';

const PAGES_PER_MESSAGE = 50;

export interface SearchIndexer {
  /** Hands a rendered page to its commune's index; returns at once, the indexing goes on beside. */
  add(page: RenderedPage): void;
  /**
   * Writes `<out>/<commune>/pagefind/` for each commune (one index per commune, inside its
   * folder, so a commune deployed alone keeps its search) and stops the indexers.
   * @returns the number of pages indexed per commune.
   */
  write(outDir: string): Promise<Map<string, number>>;
}

/**
 * Indexes pages while the static build renders the next ones, on the cores Astro's rendering
 * leaves idle. Pagefind's Node API drives one indexing process, which uses one core, so the
 * communes are split (by item count, as shards are) between worker threads, each with its own
 * Pagefind process; each worker also makes the indexed copy of its pages, off Astro's thread.
 */
export function createSearchIndexer(communes: readonly CommuneSize[]): SearchIndexer {
  const count = Math.max(1, Math.min(availableParallelism(), communes.length));
  const workers = assignShards(communes, count).map((slugs) => ({ slugs, worker: new Worker(new URL('./search-index-worker.ts', import.meta.url)) }));
  const workerOf = new Map(workers.flatMap(({ slugs, worker }) => slugs.map((slug) => [slug, worker] as const)));
  // A worker that fails is reported by write(); until then the build goes on.
  const failures = workers.map(({ worker }) => new Promise<never>((_, reject) => worker.once('error', reject)));
  for (const failure of failures) failure.catch(() => undefined);
  const send = (worker: Worker, request: IndexerRequest) => worker.postMessage(request);
  // Pages go to a worker in bundles: each message costs Astro's thread about as much as copying
  // a page, so fewer messages leave it more time to render.
  const waiting = new Map<Worker, RenderedPage[]>(workers.map(({ worker }) => [worker, []]));
  const flush = (worker: Worker) => {
    const pages = waiting.get(worker)!;
    if (pages.length) send(worker, { kind: 'add', pages: pages.splice(0) });
  };
  return {
    add(page) {
      const worker = workerOf.get(page.commune);
      if (!worker) throw new Error(`Trang ${page.commune}/${page.path} không thuộc xã nào đang được xây dựng.`);
      const pages = waiting.get(worker)!;
      pages.push({ ...page, html: indexedElement(page.html) });
      if (pages.length >= PAGES_PER_MESSAGE) flush(worker);
    },
    async write(outDir) {
      for (const { worker } of workers) flush(worker);
      const written = workers.map(({ slugs, worker }) => {
        const done = new Promise<IndexerReply>((resolve) => worker.once('message', resolve));
        send(worker, { kind: 'write', outDir, communes: slugs });
        return Promise.race([done, ...failures]);
      });
      const counts = new Map<string, number>();
      try {
        for (const reply of await Promise.all(written)) for (const [slug, pages] of reply.counts) counts.set(slug, pages);
      } finally {
        await Promise.all(workers.map(({ worker }) => worker.terminate()));
      }
      return counts;
    },
  };
}
