/**
 * `npm run build`: validates the content, renders the valid communes with Astro, then makes
 * each `dist/<commune>/` self-contained. An invalid commune is reported and left out; the others
 * are still built, and the command exits 1.
 */
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { assetsByCommune, PORTAL, resetAssets } from '../lib/asset-registry.ts';
import { packageCommune } from '../lib/build/package-commune.ts';
import { parseBuildArgs } from '../lib/build/parse-build-args.ts';
import { formatProblems, hasErrors, type Problem } from '../lib/problems.ts';
import type { Commune } from '../lib/content/types.ts';
import { movePortal } from '../lib/build/portal.ts';
import { setPageSink } from '../lib/build/page-sink.ts';
import { shardOf } from '../lib/build/shard.ts';
import { splitBatches } from '../lib/build/batches.ts';
import { countItems } from '../lib/content/count-items.ts';
import { listCommunes } from '../lib/content/list-communes.ts';
import { parseOrExit } from '../lib/cli/parse-or-exit.ts';

const started = performance.now();
const args = parseOrExit(parseBuildArgs);

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(args.outDir);
const contentDir = resolve(args.contentDir);

/** Communes whose site is already in the output folder (earlier builds, other shards). */
async function alreadyBuilt(): Promise<string[]> {
  return (await listCommunes(contentDir)).filter((slug) => existsSync(join(outDir, slug, 'index.html')));
}

let valid: Commune[] = [];
let problems: Problem[] = [];
let portal: string[] = [];
if (args.portalOnly) {
  portal = await alreadyBuilt();
  if (portal.length === 0) {
    console.error(`Chưa có xã nào trong ${outDir}: xây dựng các xã trước (npm run build -- --shard i/n), rồi mới ghép trang cổng.`);
    process.exit(1);
  }
  console.log(`Trang cổng: ${portal.length} xã đã có trong ${outDir} (${portal.join(', ')}).`);
} else {
  const selected = args.shard ? await shardCommunes(args.contentDir, args.shard, args.communes) : args.communes;
  if (args.shard) console.log(`Phần ${args.shard.index}/${args.shard.count}: ${selected.length} xã (${selected.join(', ') || 'không có'}).`);
  if (args.shard && selected.length === 0) process.exit(0);
  if (!args.batch) await buildInBatchesIfLarge(selected.length ? selected : await listCommunes(contentDir));
  // Loaded once it is known that this process builds (not a batched build's parent): see renderCommunes.
  const [{ loadContent }, { missingUrlWarnings }] = await Promise.all([import('../lib/content/load-content.ts'), import('../lib/feeds/sitemap.ts')]);
  const content = await loadContent({ contentDir: args.contentDir, communes: selected });
  problems = content.problems;
  if (problems.length) console.error(`${formatProblems(problems)}\n`);
  valid = content.communes.filter((c) => !content.invalidCommunes.has(c.slug));
  if (content.invalidCommunes.size) {
    console.error(`Không xây dựng ${content.invalidCommunes.size} xã có lỗi: ${[...content.invalidCommunes].join(', ')}. Sửa các lỗi trên rồi chạy lại.`);
  }
  if (valid.length === 0) {
    console.error('Không có xã nào hợp lệ để xây dựng.');
    process.exit(1);
  }
  for (const warning of missingUrlWarnings(valid)) console.warn(warning);
  // The portal lists what this build makes and what earlier builds (or batches) left in the
  // same folder; the last batch of a build therefore writes the complete portal page.
  portal = [...new Set([...valid.map((c) => c.slug), ...(await alreadyBuilt())])].toSorted();
}
await renderCommunes(valid, portal);
finish(valid.length);

/**
 * A build larger than `--batch-items` runs batch by batch, each a child process of this same
 * command that validates, renders and indexes its communes, so that peak memory is that of the
 * largest batch and this process never holds the whole province. Exits when done.
 */
async function buildInBatchesIfLarge(slugs: readonly string[]): Promise<void> {
  const sizes = await Promise.all(slugs.map(async (slug) => ({ slug, items: await countItems(contentDir, slug) })));
  const batches = splitBatches(sizes, args.batchItems);
  if (batches.length <= 1) return;
  let failed = 0;
  for (const [index, batch] of batches.entries()) {
    console.log(`Lô ${index + 1}/${batches.length}: ${batch.length} xã.`);
    const code = await runBatch(batch);
    if (code !== 0) {
      failed++;
      console.error(`Lô ${index + 1} có lỗi (mã thoát ${code}): xem các thông báo ở trên; các xã hợp lệ của lô vẫn được xây dựng.`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Đã xây dựng ${batches.length} lô vào ${outDir} trong ${seconds} giây${failed ? `; ${failed} lô có lỗi` : ''}.`);
  process.exit(failed ? 1 : 0);
}

function finish(count: number): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(args.portalOnly ? `Đã ghép trang cổng ${join(outDir, 'index.html')} trong ${seconds} giây.` : `Đã xây dựng ${count} xã vào ${outDir} trong ${seconds} giây.`);
  if (hasErrors(problems)) process.exitCode = 1;
}

/** Renders communes with Astro into a staging folder, then makes each commune's folder. */
async function renderCommunes(communes: readonly Commune[], portalList: readonly string[]): Promise<void> {
  const staging = await mkdtemp(join(root, 'node_modules', '.trangxa-staging-'));
  const slugs = communes.map((c) => c.slug);
  process.env['TRANGXA_CONTENT'] = contentDir;
  process.env['TRANGXA_COMMUNES'] = slugs.join(',');
  process.env['TRANGXA_PORTAL'] = portalList.join(',');
  process.env['TRANGXA_PORTAL_ONLY'] = args.portalOnly ? '1' : '';
  process.env['TRANGXA_NOW'] = args.now.toISOString();
  process.env['TRANGXA_STAGING'] = staging;
  // Astro's cache (content layer data store, optimised images) belongs to one content folder,
  // output folder and set of communes, so that concurrent builds (CI shards on one machine,
  // tests beside a benchmark) never read each other's content.
  const cacheKey = createHash('sha256').update(`${contentDir}\n${outDir}\n${slugs.join(',')}`).digest('hex').slice(0, 16);
  process.env['TRANGXA_CACHE'] = join(root, 'node_modules', '.astro', `trangxa-${cacheKey}`);
  // A production build whatever the caller's shell says (test runners set NODE_ENV=test).
  process.env['NODE_ENV'] = 'production';
  try {
    // Loaded here, not at the top: the parent of a batched build never renders, and without
    // Astro and Pagefind it holds a tenth of the memory while its batches run.
    const [{ build }, { createSearchIndexer }] = await Promise.all([import('astro'), import('../lib/build/search-index.ts')]);
    resetAssets();
    // Every item page goes to the search index as soon as it is rendered (page-sink.ts).
    const indexer = args.portalOnly ? undefined : createSearchIndexer(communes.map((c) => ({ slug: c.slug, items: c.items.length })));
    setPageSink(indexer?.add);
    const phases: [string, number][] = [['bắt đầu', performance.now()]];
    // --portal-only: the item collections are empty on purpose, which Astro would warn about.
    await build({ root, outDir: staging, logLevel: args.portalOnly ? 'error' : 'warn' }).catch((error: unknown) => {
      // Content was validated above, so this is a fault of the program, not of the editors.
      console.error(`Lỗi khi dựng trang (lỗi của chương trình, không phải của nội dung): ${(error as Error).message}`);
      process.exitCode = 1;
      throw error;
    });
    phases.push(['dựng trang (Astro)', performance.now()]);
    const assets = assetsByCommune();
    for (const commune of communes) {
      await packageCommune({ commune, contentDir, stagingDir: staging, outDir, assets: assets.get(commune.slug) ?? new Set(), now: args.now });
    }
    await movePortal(staging, outDir, assets.get(PORTAL) ?? new Set());
    phases.push(['đóng gói từng xã', performance.now()]);
    if (indexer) {
      await indexer.write(outDir);
      phases.push(['ghi chỉ mục tìm kiếm', performance.now()]);
    }
    console.log(phases.slice(1).map(([label, at], i) => `${label} ${((at - phases[i]![1]) / 1000).toFixed(1)} s`).join(', '));
  } finally {
    setPageSink(undefined);
    await rm(staging, { recursive: true, force: true });
  }
}

/** Builds one batch in a child process of this same command, which exits with its memory. */
async function runBatch(batch: readonly string[]): Promise<number> {
  const argv = [import.meta.filename, '--batch', '--content', contentDir, '--out', outDir, '--now', args.now.toISOString(), ...batch.flatMap((slug) => ['--commune', slug])];
  return new Promise<number>((resolvePromise) => {
    const child = spawn(process.execPath, [...process.execArgv, ...argv], { stdio: 'inherit' });
    child.on('close', (code) => resolvePromise(code ?? 1));
  });
}

/** The communes of one shard, balanced by item count (see shard.ts). */
async function shardCommunes(contentDir: string, shard: { index: number; count: number }, only: readonly string[]) {
  const all = only.length ? [...only] : await listCommunes(contentDir);
  const sizes = await Promise.all(all.map(async (slug) => ({ slug, items: await countItems(contentDir, slug) })));
  return shardOf(sizes, shard.index, shard.count);
}
