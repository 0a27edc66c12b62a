import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { addTwins, addTwinsToHtml } from '../search/d-twins.ts';
import { indexableHtml } from '../search/search-record.ts';
import type { RenderedPage } from './page-sink.ts';

/**
 * What the build sends one worker of `createSearchIndexer` (search-index.ts), and its answers:
 * one per `write` (by id, as writes of one batch overlap the pages of the next) and one to `close`.
 */
export type IndexerRequest =
  | { kind: 'add'; pages: RenderedPage[] }
  | { kind: 'write'; id: number; outDir: string; communes: string[] }
  | { kind: 'close'; id: number };
export interface IndexerReply {
  id: number;
  counts: [string, number][];
}

const TWINS = { html: addTwinsToHtml, text: addTwins };

/** Pagefind files the search page does not load; left out so each commune folder stays small. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/** How many communes' index files are written at once. */
const CONCURRENT_WRITES = 4;

const indexes = new Map<string, Promise<pagefind.PagefindIndex>>();
const added = new Map<string, Promise<void>[]>();

function indexOf(commune: string): Promise<pagefind.PagefindIndex> {
  let index = indexes.get(commune);
  if (!index) {
    index = pagefind.createIndex({ forceLanguage: 'vi' }).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind không tạo được chỉ mục cho ${commune}: ${errors.join('; ')}`);
      return index;
    });
    indexes.set(commune, index);
    added.set(commune, []);
  }
  return index;
}

function add({ commune, path, html, record }: RenderedPage): void {
  const content = indexableHtml(html, record, TWINS);
  const result = indexOf(commune).then(async (index) => {
    // URLs relative to the pagefind/ folder's parent, which the search page resolves against its commune root.
    const { errors } = await index.addHTMLFile({ url: `/${path}/`, content });
    if (errors.length) throw new Error(`Pagefind: ${commune}/${path}: ${errors.join('; ')}`);
  });
  // Failures surface when the index is written; until then they must not end the worker.
  result.catch(() => undefined);
  added.get(commune)!.push(result);
}

async function writeIndex(commune: string, folder: string): Promise<number> {
  const index = await indexOf(commune);
  const pages = (await Promise.all(added.get(commune)!)).length;
  const written = await index.writeFiles({ outputPath: join(folder, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${commune}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await Promise.all(UNUSED.map((file) => rm(join(folder, 'pagefind', file), { force: true })));
  return pages;
}

/** Writes the communes' indexes, a few at once, and frees them in Pagefind. */
async function write(outDir: string, communes: readonly string[]): Promise<[string, number][]> {
  const counts: [string, number][] = [];
  const queue = communes.filter((commune) => indexes.has(commune));
  const writer = async () => {
    for (let commune = queue.shift(); commune; commune = queue.shift()) {
      counts.push([commune, await writeIndex(commune, join(outDir, commune))]);
      indexes.delete(commune);
      added.delete(commune);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_WRITES }, writer));
  return counts;
}

const answer = (id: number, work: Promise<[string, number][]>) =>
  void work.then(
    (counts) => parentPort!.postMessage({ id, counts } satisfies IndexerReply),
    (error: unknown) => {
      // Thrown outside the promise, it ends the worker with an 'error' event for the build.
      setImmediate(() => {
        throw error;
      });
    },
  );

parentPort!.on('message', (request: IndexerRequest) => {
  if (request.kind === 'add') request.pages.forEach(add);
  else if (request.kind === 'write') answer(request.id, write(request.outDir, request.communes));
  else answer(request.id, pagefind.close().then(() => []));
});
