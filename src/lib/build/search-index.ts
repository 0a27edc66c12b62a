import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { addTwins, addTwinsToHtml } from '../search/d-twins.ts';
import { indexableHtml } from '../search/search-record.ts';
import type { RenderedPage } from './page-sink.ts';

const TWINS = { html: addTwinsToHtml, text: addTwins };

/** Pagefind files the search page does not load; left out so each commune folder stays small. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/** How many communes' index files are written at once. */
const CONCURRENT_WRITES = 4;

export interface SearchIndexer {
  /** Adds a rendered page to its commune's index; returns at once, the indexing goes on beside. */
  add(page: RenderedPage): void;
  /**
   * Writes `<out>/<commune>/pagefind/` for each commune (one index per commune, inside its
   * folder, so a commune deployed alone keeps its search) and stops Pagefind.
   * @returns the number of pages indexed per commune.
   */
  write(outDir: string, communes: readonly string[]): Promise<Map<string, number>>;
}

/**
 * Indexes pages while the static build renders the next ones: Pagefind's indexing runs in its own
 * process, on the core Astro's rendering leaves idle, and no page is read back from disk.
 */
export function createSearchIndexer(): SearchIndexer {
  const indexes = new Map<string, Promise<pagefind.PagefindIndex>>();
  const added = new Map<string, Promise<number>[]>();
  const indexOf = (commune: string) => {
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
  };
  return {
    add({ commune, path, html, record }) {
      // The indexed copy is made now, so the whole page is not kept until Pagefind takes it.
      const content = indexableHtml(html, record, TWINS);
      const result = indexOf(commune).then(async (index) => {
        // URLs relative to the pagefind/ folder's parent, which the search page resolves against its commune root.
        const { errors } = await index.addHTMLFile({ url: `/${path}/`, content });
        if (errors.length) throw new Error(`Pagefind: ${commune}/${path}: ${errors.join('; ')}`);
        return 1;
      });
      // Failures surface in write(); until then they must not stop the process as unhandled.
      result.catch(() => undefined);
      added.get(commune)!.push(result);
    },
    async write(outDir, communes) {
      const counts = new Map<string, number>();
      const queue = [...communes];
      const writer = async () => {
        for (let commune = queue.shift(); commune; commune = queue.shift()) {
          counts.set(commune, await writeIndex(commune, join(outDir, commune)));
        }
      };
      const writeIndex = async (commune: string, folder: string) => {
        const index = await indexOf(commune);
        const pages = (await Promise.all(added.get(commune)!)).length;
        const written = await index.writeFiles({ outputPath: join(folder, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await index.deleteIndex();
        await Promise.all(UNUSED.map((file) => rm(join(folder, 'pagefind', file), { force: true })));
        return pages;
      };
      try {
        await Promise.all(Array.from({ length: CONCURRENT_WRITES }, writer));
      } finally {
        await pagefind.close();
      }
      return counts;
    },
  };
}
