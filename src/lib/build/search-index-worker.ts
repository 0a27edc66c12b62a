import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { addTwins, addTwinsToHtml } from '../search/d-twins.ts';
import { indexableHtml, type AttachedPdf } from '../search/search-record.ts';
import type { IndexedAttachment } from '../search/attachment-section.ts';
import { attachmentText } from '../pdf/attachment-text.ts';
import { limit } from '../pdf/limit.ts';
import type { UnreadPdf } from '../pdf/unread-message.ts';
import type { IndexedPage } from './indexed-page.ts';

/**
 * What the build sends one worker of `createSearchIndexer` (search-index.ts), and its answers:
 * one per `write` (by id, as writes of one batch overlap the pages of the next) and one to `close`.
 */
export type IndexerRequest =
  | { kind: 'add'; pages: IndexedPage[] }
  | { kind: 'write'; id: number; outDir: string; communes: string[] }
  | { kind: 'close'; id: number };
/** What a worker is started with. */
export interface IndexerData {
  /** The folder of cached PDF text (text-cache.ts). */
  pdfCache: string;
}
export interface IndexerReply {
  id: number;
  counts: [string, number][];
  /** PDFs of these communes whose text could not be read. */
  unread: UnreadPdf[];
}

const TWINS = { html: addTwinsToHtml, text: addTwins };
const { pdfCache } = workerData as IndexerData;

/** Pagefind files the search page does not load; left out so each commune folder stays small. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** How many communes' index files are written at once. */
const CONCURRENT_WRITES = 4;

const indexes = new Map<string, Promise<pagefind.PagefindIndex>>();
const added = new Map<string, Promise<void>[]>();
const unread = new Map<string, UnreadPdf[]>();

/**
 * PDFs read at once by this thread. The build has read their text into the cache before
 * rendering (read-ahead.ts), so this reads cache files; pdf.js runs here only for a file that
 * could not be read then (damaged, or changed since).
 */
const reading = limit(2);

/** The text of a page's PDF (cached by its SHA-256), or undefined when it has none to index. */
async function readAttachment(commune: string, pdf: AttachedPdf): Promise<IndexedAttachment | undefined> {
  try {
    const { text, from } = await reading(() => attachmentText(pdf.path, { cacheDir: pdfCache, ocr: true }));
    if (from === 'none') unread.get(commune)!.push({ file: pdf.file, why: 'scanned' });
    return text ? { name: pdf.name, text } : undefined;
  } catch {
    // A damaged file: its page is indexed without it, and the build says so.
    unread.get(commune)!.push({ file: pdf.file, why: 'damaged' });
    return undefined;
  }
}

function indexOf(commune: string): Promise<pagefind.PagefindIndex> {
  let index = indexes.get(commune);
  if (!index) {
    index = pagefind.createIndex({ forceLanguage: 'vi' }).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind không tạo được chỉ mục cho ${commune}: ${errors.join('; ')}`);
      return index;
    });
    indexes.set(commune, index);
    added.set(commune, []);
    unread.set(commune, []);
  }
  return index;
}

/**
 * Hands a page to its commune's index. Its PDF's text is read beside the others', but the page
 * goes to Pagefind only after the page that came before it: Pagefind numbers pages in the order
 * they are added, and the numbers are in the index files, so adding each page as soon as its PDF
 * was read made two builds of the same content write different files. The pages come in the
 * order Astro renders them, the same in every build.
 */
function add({ commune, path, html, record }: IndexedPage): void {
  const index = indexOf(commune);
  const content = (async () =>
    indexableHtml(
      html,
      record,
      TWINS,
      record.attachment ? await readAttachment(commune, record.attachment) : undefined,
    ))();
  const previous = added.get(commune)!.at(-1);
  const result = (async () => {
    // A page that failed is reported with its own error; the next ones are added all the same.
    await previous?.catch(() => undefined);
    // URLs relative to the pagefind/ folder's parent, which the search page resolves against its commune root.
    const { errors } = await (await index).addHTMLFile({ url: `/${path}/`, content: await content });
    if (errors.length) throw new Error(`Pagefind: ${commune}/${path}: ${errors.join('; ')}`);
  })();
  // Failures surface when the index is written; until then they must not end the worker.
  content.catch(() => undefined);
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
async function write(outDir: string, communes: readonly string[]): Promise<Omit<IndexerReply, 'id'>> {
  const counts: [string, number][] = [];
  const unreadFiles: UnreadPdf[] = [];
  const queue = communes.filter((commune) => indexes.has(commune));
  const writer = async () => {
    for (let commune = queue.shift(); commune; commune = queue.shift()) {
      counts.push([commune, await writeIndex(commune, join(outDir, commune))]);
      unreadFiles.push(...unread.get(commune)!);
      indexes.delete(commune);
      added.delete(commune);
      unread.delete(commune);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_WRITES }, writer));
  return { counts, unread: unreadFiles };
}

const answer = (id: number, work: Promise<Omit<IndexerReply, 'id'>>) =>
  void work.then(
    (reply) => parentPort!.postMessage({ id, ...reply } satisfies IndexerReply),
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
  else
    answer(
      request.id,
      pagefind.close().then(() => ({ counts: [], unread: [] })),
    );
});
