import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { addTwins, addTwinsToHtml } from '../search/d-twins.ts';
import { indexableHtml } from '../search/search-record.ts';
import type { RenderedPage } from './page-sink.ts';

/** What the build sends one worker of `createSearchIndexer` (search-index.ts), and its answer. */
export type IndexerRequest = { kind: 'add'; pages: RenderedPage[] } | { kind: 'write'; outDir: string; communes: string[] };
export interface IndexerReply {
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

async function write(outDir: string, communes: readonly string[]): Promise<IndexerReply> {
  const counts: [string, number][] = [];
  const queue = [...communes];
  const writer = async () => {
    for (let commune = queue.shift(); commune; commune = queue.shift()) counts.push([commune, await writeIndex(commune, join(outDir, commune))]);
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENT_WRITES }, writer));
  } finally {
    await pagefind.close();
  }
  return { counts };
}

parentPort!.on('message', (request: IndexerRequest) => {
  if (request.kind === 'add') request.pages.forEach(add);
  else
    void write(request.outDir, request.communes).then(
      (reply) => parentPort!.postMessage(reply),
      (error: unknown) => {
        // Thrown outside the promise, it ends the worker with an 'error' event for the build.
        setImmediate(() => {
          throw error;
        });
      },
    );
});
