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
import { buildEnvVariables } from '../lib/build-env.ts';
import { packageCommune } from '../lib/build/package-commune.ts';
import { parseBuildArgs } from '../lib/build/parse-build-args.ts';
import { formatProblems, hasErrors } from '../lib/problems.ts';
import type { Commune } from '../lib/content/types.ts';
import { movePortal } from '../lib/build/portal.ts';
import { parentChannel, type BatchMessage } from '../lib/build/batch-messages.ts';
import { setPageSink, type PageSink } from '../lib/build/page-sink.ts';
import { withSyncPageWrites } from '../lib/build/sync-page-writes.ts';
import type { SearchIndexer } from '../lib/build/search-index.ts';
import { shardOf, type CommuneSize } from '../lib/build/shard.ts';
import { splitBatches } from '../lib/build/batches.ts';
import { countItems } from '../lib/content/item-files.ts';
import { listCommunes } from '../lib/content/list-communes.ts';
import { parseOrExit } from '../lib/cli/parse-or-exit.ts';
import { unreadMessage } from '../lib/pdf/unread-message.ts';

const started = performance.now();
const args = parseOrExit(parseBuildArgs);

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(args.outDir);
const contentDir = resolve(args.contentDir);

/** Communes whose site is already in the output folder (earlier builds, other shards). */
async function alreadyBuilt(): Promise<string[]> {
  return (await listCommunes(contentDir)).filter((slug) => existsSync(join(outDir, slug, 'index.html')));
}

if (args.portalOnly) await buildPortal();
else if (args.batch) await buildBatch();
else await buildInBatches();

/** `--portal-only`: the portal page and its merged search, from the communes already in `dist/`. */
async function buildPortal(): Promise<void> {
  const portal = await alreadyBuilt();
  if (portal.length === 0) {
    console.error(`Chưa có xã nào trong ${outDir}: xây dựng các xã trước (npm run build -- --shard i/n), rồi mới ghép trang cổng.`);
    process.exit(1);
  }
  console.log(`Trang cổng: ${portal.length} xã đã có trong ${outDir} (${portal.join(', ')}).`);
  await renderCommunes([], portal);
  console.log(`Đã ghép trang cổng ${join(outDir, 'index.html')} trong ${seconds()} giây.`);
}

/**
 * Builds the selected communes batch by batch, each batch a child process of this same command
 * (`--batch`) that validates, renders and packages its communes, so that peak memory is that of
 * the largest batch and this process never holds the whole province. The search indexes are made
 * here, from the pages the batches send as they render: a batch's indexes are written while the
 * next batch renders. Exits when done.
 */
async function buildInBatches(): Promise<void> {
  const named = args.communes.length ? args.communes : await listCommunes(contentDir);
  const all = named.map((slug) => ({ slug, items: countItems(contentDir, slug) }));
  // A shard is a balanced share of the communes, by item count (see shard.ts).
  const sizes = args.shard ? pick(all, shardOf(all, args.shard.index, args.shard.count)) : all;
  if (args.shard) console.log(`Phần ${args.shard.index}/${args.shard.count}: ${sizes.length} xã (${sizes.map((s) => s.slug).join(', ') || 'không có'}).`);
  if (args.shard && sizes.length === 0) process.exit(0);
  const batches = splitBatches(sizes, args.batchItems);
  const { createSearchIndexer } = await import('../lib/build/search-index.ts');
  const indexer = createSearchIndexer(sizes.length);
  // A failed index is reported once every batch is built; until then the build goes on.
  const writes: Promise<void>[] = [];
  const indexErrors: unknown[] = [];
  let failed = false;
  let built = 0;
  try {
    for (const [index, batch] of batches.entries()) {
      if (batches.length > 1) console.log(`Lô ${index + 1}/${batches.length}: ${batch.length} xã.`);
      indexer.expect(pick(sizes, batch));
      const { code, communes } = await runBatch(batch, indexer);
      built += communes.length;
      if (communes.length) writes.push(indexer.write(outDir, communes).then(() => undefined, (error: unknown) => void indexErrors.push(error)));
      // Invalid content has been reported by the batch, which built the valid communes.
      if (code !== 0) failed = true;
    }
    const waited = performance.now();
    await Promise.all(writes);
    console.log(`Chỉ mục tìm kiếm của ${built} xã: ghi xong ${((performance.now() - waited) / 1000).toFixed(1)} s sau khi dựng xong.`);
    const unread = indexer.unreadAttachments();
    if (unread.length) console.warn(unreadMessage(unread));
    for (const error of indexErrors) console.error(`Lỗi khi ghi chỉ mục tìm kiếm (lỗi của chương trình, không phải của nội dung): ${(error as Error).message}`);
    if (indexErrors.length) failed = true;
  } finally {
    await indexer.close();
  }
  const lots = batches.length > 1 ? ` (${batches.length} lô)` : '';
  console.log(`Đã xây dựng ${built} xã vào ${outDir} trong ${seconds()} giây${lots}.`);
  process.exit(failed ? 1 : 0);
}

/**
 * `--batch`: validates, renders and packages its communes, sending their pages to the build
 * command for the search index as they are rendered. Invalid communes are reported and left out.
 */
async function buildBatch(): Promise<void> {
  if (!process.send) throw new Error('--batch chỉ dùng nội bộ: lệnh npm run build tự chạy từng lô.');
  const channel = parentChannel(process.send.bind(process) as Parameters<typeof parentChannel>[0]);
  const [{ loadContent }, { missingUrlWarnings }] = await Promise.all([import('../lib/content/load-content.ts'), import('../lib/feeds/sitemap.ts')]);
  const content = await loadContent({ contentDir: args.contentDir, communes: args.communes });
  if (content.problems.length) console.error(`${formatProblems(content.problems)}\n`);
  const valid = content.communes.filter((c) => !content.invalidCommunes.has(c.slug));
  if (content.invalidCommunes.size) {
    console.error(`Không xây dựng ${content.invalidCommunes.size} xã có lỗi: ${[...content.invalidCommunes].join(', ')}. Sửa các lỗi trên rồi chạy lại.`);
  }
  if (valid.length === 0) {
    console.error('Không có xã nào hợp lệ để xây dựng.');
    await channel.built([]);
    process.exit(1);
  }
  for (const warning of missingUrlWarnings(valid)) console.warn(warning);
  // The portal lists what this build makes and what earlier builds (or batches) left in the
  // same folder; the last batch of a build therefore writes the complete portal page.
  const portal = [...new Set([...valid.map((c) => c.slug), ...(await alreadyBuilt())])].toSorted();
  await renderCommunes(valid, portal, channel.sink);
  await channel.built(valid.map((c) => c.slug));
  process.exit(hasErrors(content.problems) ? 1 : 0);
}

function seconds(): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}

/** Renders communes with Astro into a staging folder, then makes each commune's folder. */
async function renderCommunes(communes: readonly Commune[], portalList: readonly string[], sink?: PageSink): Promise<void> {
  const staging = await mkdtemp(join(root, 'node_modules', '.trangxa-staging-'));
  const slugs = communes.map((c) => c.slug);
  Object.assign(process.env, buildEnvVariables({ contentDir, communes: slugs, portal: [...portalList], portalOnly: args.portalOnly, now: args.now, preview: false }));
  process.env['TRANGXA_STAGING'] = staging;
  // Astro's cache (content layer data store, optimised images) belongs to one content folder,
  // output folder and set of communes, so that concurrent builds (CI shards on one machine,
  // tests beside a benchmark) never read each other's content.
  const cacheKey = createHash('sha256').update(`${contentDir}\n${outDir}\n${slugs.join(',')}`).digest('hex').slice(0, 16);
  process.env['TRANGXA_CACHE'] = join(root, 'node_modules', '.astro', `trangxa-${cacheKey}`);
  // A production build whatever the caller's shell says (test runners set NODE_ENV=test).
  process.env['NODE_ENV'] = 'production';
  // Communes' sites are built on district machines, often offline: no usage report to Astro
  // (it also runs git for a project id in every batch).
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  try {
    // Loaded here, not at the top: the build command's own process never renders, and without
    // Astro it holds a tenth of the memory while its batches run.
    const { build } = await import('astro');
    resetAssets();
    // Every item page goes to the search index as soon as it is rendered (page-sink.ts).
    setPageSink(sink);
    const phases: [string, number][] = [['bắt đầu', performance.now()]];
    // --portal-only: the item collections are empty on purpose, which Astro would warn about.
    // Pages are written without waiting for the thread pool (sync-page-writes.ts).
    await withSyncPageWrites(staging, () => build({ root, outDir: staging, logLevel: args.portalOnly ? 'error' : 'warn' })).catch((error: unknown) => {
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
    if (!args.portalOnly) console.log(phases.slice(1).map(([label, at], i) => `${label} ${((at - phases[i]![1]) / 1000).toFixed(1)} s`).join(', '));
  } finally {
    setPageSink(undefined);
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Node's flags for a batch: this command's own, with a larger young generation, which halves the
 * garbage collector's time in Astro's rendering. Only for the batches: V8's flag would override
 * the small young generation of this process's search workers (search-index.ts), and each of
 * them grew to 200 MB.
 */
function batchNodeFlags(): string[] {
  return [...process.execArgv.filter((flag) => !flag.startsWith('--max-semi-space-size')), '--max-semi-space-size=64'];
}

/**
 * Builds one batch in a child process of this same command, which exits with its memory; its
 * pages go to the search indexer as they arrive. Resolves with its exit code and the communes
 * it built.
 */
async function runBatch(batch: readonly string[], indexer: SearchIndexer): Promise<{ code: number; communes: string[] }> {
  const argv = [import.meta.filename, '--batch', '--content', contentDir, '--out', outDir, '--now', args.now.toISOString(), ...batch.flatMap((slug) => ['--commune', slug])];
  let built: string[] = [];
  return new Promise((resolvePromise) => {
    // Structured clone ('advanced'): the pages' HTML is not escaped into JSON and parsed back.
    const child = spawn(process.execPath, [...batchNodeFlags(), ...argv], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
    child.on('message', (message: BatchMessage) => {
      if (message.kind === 'pages') indexer.add(message.pages);
      else built = message.communes;
    });
    child.on('close', (code, signal) => {
      // Stopped from outside (out of memory, killed): nothing of this batch was said about it.
      if (signal) console.error(`Lô gồm ${batch.join(', ')} bị dừng giữa chừng (${signal}): các xã này chưa được xây dựng. Nếu máy thiếu bộ nhớ, chạy lại với --batch-items nhỏ hơn, ví dụ --batch-items 1500.`);
      resolvePromise({ code: code ?? 1, communes: built });
    });
  });
}

/** The sizes of the communes named, in the order named. */
function pick(sizes: readonly CommuneSize[], slugs: readonly string[]): CommuneSize[] {
  const bySlug = new Map(sizes.map((size) => [size.slug, size]));
  return slugs.map((slug) => bySlug.get(slug)!);
}
