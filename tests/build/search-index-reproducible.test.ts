import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { createSearchIndexer } from '../../src/lib/build/search-index.ts';
import type { IndexedPage } from '../../src/lib/build/indexed-page.ts';
import { attachmentText } from '../../src/lib/pdf/attachment-text.ts';
import { ROOT } from '../support/build-site.ts';

/** Every file of a folder with a hash of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const entries = await Promise.all(
    files.map(async (e) => {
      const file = join(e.parentPath, e.name);
      return [
        file.slice(dir.length + 1),
        createHash('sha256')
          .update(await readFile(file))
          .digest('hex'),
      ];
    }),
  );
  return Object.fromEntries(entries.toSorted(([a], [b]) => a!.localeCompare(b!)));
}

const work = await mkdtemp(join(tmpdir(), 'trangxa-index-order-'));
afterAll(() => rm(work, { recursive: true, force: true }));

const SAMPLE_PDF = join(ROOT, 'tests/fixtures/content/xa-mau/van-ban/2026/79-ubnd.pdf');
const DOCUMENTS = 16;

/**
 * Sixteen documents, each with its own PDF (the fixture's, with a line of its own after its end,
 * so each has its own SHA-256), and a news item between each two.
 */
async function pages(): Promise<IndexedPage[]> {
  const list: IndexedPage[] = [];
  for (let d = 1; d <= DOCUMENTS; d++) {
    const name = `van-ban-${d}.pdf`;
    await writeFile(join(work, name), Buffer.concat([await readFile(SAMPLE_PDF), Buffer.from(`%${d}\n`)]));
    list.push({
      commune: 'xa-thu',
      path: `van-ban/2026/van-ban-${d}`,
      html: `<main data-pagefind-body><h1>Công văn số ${d}</h1><p>Công văn về thanh toán kinh phí.</p></main>`,
      record: {
        meta: { title: `Công văn số ${d}` },
        filters: { Mục: 'Văn bản' },
        attachment: { path: join(work, name), file: `xa-thu/van-ban/2026/${name}`, name },
      },
    });
    list.push({
      commune: 'xa-thu',
      path: `tin-tuc/2026/tin-${d}`,
      html: `<main data-pagefind-body><h1>Tin số ${d}</h1><p>Hội nghị về kinh phí bảo trì đường.</p></main>`,
      record: { meta: { title: `Tin số ${d}` }, filters: { Mục: 'Tin tức' } },
    });
  }
  return list;
}

async function index(out: string, cache: string, rendered: IndexedPage[]) {
  const indexer = createSearchIndexer(1, { pdfCache: cache });
  try {
    indexer.expect([{ slug: 'xa-thu', items: rendered.length }]);
    indexer.add(rendered);
    await indexer.write(out, ['xa-thu']);
  } finally {
    await indexer.close();
  }
  return snapshot(join(out, 'xa-thu', 'pagefind'));
}

/**
 * The index is made as pages arrive while their PDFs' text is read beside, which takes longer
 * for some than for others (read from the cache, or by pdf.js, or by OCR). The index must not
 * depend on which read ended first: a rebuild of the same content gives the same files, which
 * lets a deployment upload only what changed and a reviewer compare two builds.
 */
test('two indexings of the same pages give the same index files, whichever PDF was read first', async () => {
  const rendered = await pages();
  const cache = join(work, 'cache');
  // The first indexing reads half of the PDFs from the cache, the other half with pdf.js; the second reads all from the cache.
  for (let d = 2; d <= DOCUMENTS; d += 2)
    await attachmentText(join(work, `van-ban-${d}.pdf`), { cacheDir: cache, ocr: false });
  const first = await index(join(work, 'a'), cache, rendered);
  const second = await index(join(work, 'b'), cache, rendered);
  expect(Object.keys(first).length).toBeGreaterThan(DOCUMENTS * 2);
  expect(second).toEqual(first);
});
