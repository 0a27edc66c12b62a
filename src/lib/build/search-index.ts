import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { vi } from '../../i18n/vi.ts';
import type { Commune, Item } from '../content/types.ts';
import { isPublished } from '../content/to-item.ts';
import { addTwins, addTwinsToHtml } from '../search/d-twins.ts';
import { indexableHtml, searchRecord, type SearchRecord } from '../search/search-record.ts';

/** Pages searched besides the items: the contact page (its details are what people look for). */
const EXTRA_PAGES = [{ path: 'lien-he', section: vi.contact.title }];

const TWINS = { html: addTwinsToHtml, text: addTwins };

/** Pagefind files the search page does not load; left out so each commune folder stays small. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/**
 * How many communes are indexed at once. One at a time left both cores half idle: while the
 * Pagefind process writes one commune's index, this process prepares the next one's pages
 * (measured at 50 communes × 100 items: 13.1 s one at a time).
 */
const CONCURRENT_COMMUNES = 4;

/**
 * Writes `<out>/<commune>/pagefind/`: one search index per commune, inside its folder, so a
 * commune deployed alone keeps its search. All communes share one Pagefind process.
 * @returns the number of pages indexed per commune.
 */
export async function indexCommunes(communes: readonly Commune[], outDir: string, now: Date): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const queue = [...communes];
  const worker = async () => {
    for (let commune = queue.shift(); commune; commune = queue.shift()) {
      counts.set(commune.slug, await indexCommune(commune, join(outDir, commune.slug), now));
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENT_COMMUNES }, worker));
  } finally {
    await pagefind.close();
  }
  return counts;
}

async function indexCommune(commune: Commune, folder: string, now: Date): Promise<number> {
  const pages: { path: string; record?: SearchRecord }[] = [
    ...commune.items.filter((item: Item) => isPublished(item, now)).map((item) => ({ path: item.path, record: searchRecord(item) })),
    ...EXTRA_PAGES.map(({ path, section }) => ({ path, record: { meta: { title: section, section }, filters: { [vi.search.filterSection]: section } } })),
  ];
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind không tạo được chỉ mục cho ${commune.slug}: ${errors.join('; ')}`);
  const added = await Promise.all(
    pages.map(async ({ path, record }) => {
      const html = await readFile(join(folder, path, 'index.html'), 'utf8').catch(() => undefined);
      if (html === undefined) return 0;
      // URLs relative to the pagefind/ folder's parent, which the search page resolves against its commune root.
      const result = await index.addHTMLFile({ url: `/${path}/`, content: indexableHtml(html, record, TWINS) });
      if (result.errors.length) throw new Error(`Pagefind: ${path}: ${result.errors.join('; ')}`);
      return 1;
    }),
  );
  const written = await index.writeFiles({ outputPath: join(folder, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await Promise.all(UNUSED.map((file) => rm(join(folder, 'pagefind', file), { force: true })));
  return added.reduce((a: number, b) => a + b, 0);
}
