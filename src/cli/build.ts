/**
 * `npm run build`: validates the content, renders the valid communes with Astro, then makes
 * each `dist/<commune>/` self-contained. An invalid commune is reported and left out; the others
 * are still built, and the command exits 1.
 *
 * Nothing is written into the output folder until the end: batches write into a stage beside it
 * (`staged-output.ts`), and each finished commune (pages, assets, search index) is moved in by
 * rename once every batch is done. Stopped by Ctrl-C (SIGINT), SIGTERM or a crash, the command
 * stops its batch processes, removes the stage and leaves the output folder as it was.
 */
import { createHash } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { assetsByCommune, PORTAL, resetAssets } from '../lib/asset-registry.ts';
import { buildEnvVariables } from '../lib/build-env.ts';
import { packageCommune } from '../lib/build/package-commune.ts';
import { parseBuildArgs } from '../lib/build/parse-build-args.ts';
import { formatProblems, hasErrors } from '../lib/problems.ts';
import type { Commune } from '../lib/content/types.ts';
import { movePortal } from '../lib/build/portal.ts';
import { readRedirects } from '../lib/redirects/read-redirects.ts';
import { writeRedirects } from '../lib/redirects/write-redirects.ts';
import { writeEditors } from '../lib/cms/write-editor.ts';
import { parentChannel, type BatchMessage } from '../lib/build/batch-messages.ts';
import { setPageSink, type PageSink } from '../lib/build/page-sink.ts';
import { withSyncPageWrites } from '../lib/build/sync-page-writes.ts';
import type { SearchIndexer } from '../lib/build/search-index.ts';
import { shardOf, type CommuneSize } from '../lib/build/shard.ts';
import { splitBatches } from '../lib/build/batches.ts';
import {
  createStage,
  moveFolder,
  PORTAL_STAGE,
  publishStage,
  removeStage,
} from '../lib/build/staged-output.ts';
import { countItems } from '../lib/content/item-files.ts';
import { listCommunes } from '../lib/content/list-communes.ts';
import { parseOrExit } from '../lib/cli/parse-or-exit.ts';
import { unreadMessage } from '../lib/pdf/unread-message.ts';

const started = performance.now();
const args = parseOrExit(parseBuildArgs);

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(args.outDir);
const contentDir = resolve(args.contentDir);

/**
 * Communes whose site is already built: in the output folder (earlier builds, other shards) or
 * in this build's stage (earlier batches, not yet moved in).
 */
async function alreadyBuilt(stage?: string): Promise<string[]> {
  const built = (dir: string, slug: string) => existsSync(join(dir, slug, 'index.html'));
  return (await listCommunes(contentDir)).filter(
    (slug) => built(outDir, slug) || (stage !== undefined && built(stage, slug)),
  );
}

/** The prefix of the temporary folders in which this build's batches render. */
function renderPrefix(stage: string): string {
  return `.trangxa-staging-${basename(stage)}-`;
}

/** True while finished communes are moved into the output folder; a signal then waits. */
let publishing = false;
let stopped: NodeJS.Signals | undefined;

if (args.batch) await buildBatch();
else await withStage(args.portalOnly ? buildPortal : buildInBatches);

/**
 * Runs the build command with its stage, and makes sure that whatever stops it (the end, an
 * error, Ctrl-C, SIGTERM), no batch process is left running and the stage is removed. While the
 * finished communes are being moved in, a signal waits until the moves are done, so the output
 * folder is never left with a commune missing.
 */
async function withStage(
  run: (stage: string, children: Set<ChildProcess>) => Promise<number>,
): Promise<void> {
  const stage = await createStage(outDir);
  const children = new Set<ChildProcess>();
  process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL');
    removeStage(stage);
    // The batches' rendering folders, which a killed batch may leave.
    const modules = join(root, 'node_modules');
    for (const name of readdirSync(modules))
      if (name.startsWith(renderPrefix(stage))) removeStage(join(modules, name));
  });
  const stop = (signal: NodeJS.Signals) => {
    if (publishing) {
      stopped = signal;
      return;
    }
    for (const child of children) child.kill('SIGTERM');
    console.error(
      `\nĐã dừng (${signal}): không có gì được ghi vào ${outDir}, thư mục này giữ nguyên như trước khi xây dựng.`,
    );
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await run(stage, children);
  if (stopped) stop(stopped);
  process.exit(code);
}
/** Moves the finished communes and the portal from the stage into the output folder. */
async function publish(stage: string, communes: readonly string[]): Promise<void> {
  publishing = true;
  try {
    await publishStage(stage, outDir, communes);
  } finally {
    publishing = false;
  }
}

/** `--portal-only`: the portal page and its merged search, from the communes already in `dist/`. */
async function buildPortal(stage: string): Promise<number> {
  const portal = await alreadyBuilt();
  if (portal.length === 0) {
    console.error(
      `Chưa có xã nào trong ${outDir}: xây dựng các xã trước (npm run build -- --shard i/n), rồi mới ghép trang cổng.`,
    );
    return 1;
  }
  console.log(`Trang cổng: ${portal.length} xã đã có trong ${outDir} (${portal.join(', ')}).`);
  await renderCommunes([], portal, stage);
  await publish(stage, []);
  console.log(`Đã ghép trang cổng ${join(outDir, 'index.html')} trong ${seconds()} giây.`);
  return 0;
}

/**
 * Builds the selected communes batch by batch, each batch a child process of this same command
 * (`--batch`) that validates, renders and packages its communes into the stage, so that peak
 * memory is that of the largest batch and this process never holds the whole province. The
 * search indexes are made here, from the pages the batches send as they render: a batch's
 * indexes are written while the next batch renders. Then every complete commune is moved in.
 */
async function buildInBatches(stage: string, children: Set<ChildProcess>): Promise<number> {
  const named = args.communes.length ? args.communes : await listCommunes(contentDir);
  const all = named.map((slug) => ({ slug, items: countItems(contentDir, slug) }));
  // A shard is a balanced share of the communes, by item count (see shard.ts).
  const sizes = args.shard ? pick(all, shardOf(all, args.shard.index, args.shard.count)) : all;
  if (args.shard)
    console.log(
      `Phần ${args.shard.index}/${args.shard.count}: ${sizes.length} xã (${sizes.map((s) => s.slug).join(', ') || 'không có'}).`,
    );
  if (args.shard && sizes.length === 0) return 0;
  const batches = splitBatches(sizes, args.batchItems);
  await readAttachmentsAhead(sizes.map((size) => size.slug));
  const { createSearchIndexer } = await import('../lib/build/search-index.ts');
  const indexer = createSearchIndexer(sizes.length);
  // A failed index is reported once every batch is built; until then the build goes on.
  const writes: Promise<void>[] = [];
  const indexErrors: unknown[] = [];
  // Communes whose folder in the stage is complete: pages, assets and search index.
  const complete: string[] = [];
  let failed = false;
  try {
    for (const [index, batch] of batches.entries()) {
      if (batches.length > 1) console.log(`Lô ${index + 1}/${batches.length}: ${batch.length} xã.`);
      indexer.expect(pick(sizes, batch));
      const { code, communes } = await runBatch(batch, indexer, stage, children);
      if (communes.length)
        writes.push(
          indexer.write(stage, communes).then(
            () => void complete.push(...communes),
            (error: unknown) => void indexErrors.push(error),
          ),
        );
      // Invalid content has been reported by the batch, which built the valid communes.
      if (code !== 0) failed = true;
    }
    const waited = performance.now();
    await Promise.all(writes);
    console.log(
      `Chỉ mục tìm kiếm của ${complete.length} xã: ghi xong ${((performance.now() - waited) / 1000).toFixed(1)} s sau khi dựng xong.`,
    );
    const unread = indexer.unreadAttachments();
    if (unread.length) console.warn(unreadMessage(unread));
    for (const error of indexErrors)
      console.error(
        `Lỗi khi ghi chỉ mục tìm kiếm (lỗi của chương trình, không phải của nội dung): ${(error as Error).message}`,
      );
    if (indexErrors.length) failed = true;
  } finally {
    await indexer.close();
  }
  await publish(stage, complete.toSorted());
  const lots = batches.length > 1 ? ` (${batches.length} lô)` : '';
  console.log(`Đã xây dựng ${complete.length} xã vào ${outDir} trong ${seconds()} giây${lots}.`);
  return failed ? 1 : 0;
}

/** The text of the communes' new attached PDFs, read into the cache before rendering (read-ahead.ts). */
async function readAttachmentsAhead(communes: readonly string[]): Promise<void> {
  const [{ readPdfsAhead }, { DEFAULT_PDF_CACHE }] = await Promise.all([
    import('../lib/pdf/read-ahead.ts'),
    import('../lib/pdf/text-cache.ts'),
  ]);
  const reading = performance.now();
  const read = await readPdfsAhead({ contentDir, communes, cacheDir: DEFAULT_PDF_CACHE });
  if (read)
    console.log(
      `Đọc chữ trong ${read} tệp PDF mới (để tìm kiếm): ${((performance.now() - reading) / 1000).toFixed(1)} s.`,
    );
}

/**
 * `--batch`: validates, renders and packages its communes into the stage, sending their pages to
 * the build command for the search index as they are rendered. Invalid communes are reported and
 * left out. It dies with the build command: when the channel to it closes, it exits.
 */
async function buildBatch(): Promise<void> {
  if (!process.send || args.stage === undefined)
    throw new Error('--batch chỉ dùng nội bộ: lệnh npm run build tự chạy từng lô.');
  const stage = args.stage;
  // Exit (and so run the exit handlers that remove the temporary folder) when the build command
  // is gone or stops this batch; Ctrl-C in a terminal reaches both processes.
  process.on('disconnect', () => process.exit(1));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(1));
  const channel = parentChannel(process.send.bind(process) as Parameters<typeof parentChannel>[0]);
  const [{ loadContent }, { missingUrlWarnings }] = await Promise.all([
    import('../lib/content/load-content.ts'),
    import('../lib/feeds/sitemap.ts'),
  ]);
  const content = await loadContent({ contentDir: args.contentDir, communes: args.communes });
  if (content.problems.length) console.error(`${formatProblems(content.problems)}\n`);
  const valid = content.communes.filter((c) => !content.invalidCommunes.has(c.slug));
  if (content.invalidCommunes.size) {
    console.error(
      `Không xây dựng ${content.invalidCommunes.size} xã có lỗi: ${[...content.invalidCommunes].join(', ')}. Sửa các lỗi trên rồi chạy lại; trang đã đăng của các xã này giữ nguyên.`,
    );
  }
  if (valid.length === 0) {
    console.error('Không có xã nào hợp lệ để xây dựng.');
    await channel.built([]);
    process.exit(1);
  }
  for (const warning of missingUrlWarnings(valid)) console.warn(warning);
  // The portal lists what this build makes and what earlier builds (or batches) left; the last
  // batch of a build therefore writes the complete portal page.
  const portal = [...new Set([...valid.map((c) => c.slug), ...(await alreadyBuilt(stage))])].toSorted();
  await renderCommunes(valid, portal, stage, channel.sink);
  await channel.built(valid.map((c) => c.slug));
  process.exit(hasErrors(content.problems) ? 1 : 0);
}

function seconds(): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}

/**
 * Renders communes with Astro into a temporary folder, makes each commune's folder and moves it
 * into the stage (`<stage>/<commune>/`), with the portal's files (`<stage>/_portal/`).
 */
async function renderCommunes(
  communes: readonly Commune[],
  portalList: readonly string[],
  stage: string,
  sink?: PageSink,
): Promise<void> {
  // Named after the stage, so that the build command removes it too if this batch is killed
  // before its own exit handler can (see withStage).
  const staging = await mkdtemp(join(root, 'node_modules', `${renderPrefix(stage)}`));
  process.on('exit', () => removeStage(staging));
  const slugs = communes.map((c) => c.slug);
  Object.assign(
    process.env,
    buildEnvVariables({
      contentDir,
      communes: slugs,
      portal: [...portalList],
      portalOnly: args.portalOnly,
      now: args.now,
      preview: false,
    }),
  );
  process.env['TRANGXA_STAGING'] = staging;
  // Astro's cache (content layer data store, optimised images) belongs to one content folder,
  // output folder and set of communes, so that concurrent builds (CI shards on one machine,
  // tests beside a benchmark) never read each other's content.
  const cacheKey = createHash('sha256')
    .update(`${contentDir}\n${outDir}\n${slugs.join(',')}`)
    .digest('hex')
    .slice(0, 16);
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
    await withSyncPageWrites(staging, () =>
      build({ root, outDir: staging, logLevel: args.portalOnly ? 'error' : 'warn' }),
    ).catch((error: unknown) => {
      // Content was validated above, so this is a fault of the program, not of the editors.
      console.error(
        `Lỗi khi dựng trang (lỗi của chương trình, không phải của nội dung): ${(error as Error).message}`,
      );
      process.exitCode = 1;
      throw error;
    });
    phases.push(['dựng trang (Astro)', performance.now()]);
    const assets = assetsByCommune();
    for (const commune of communes) {
      const folder = await packageCommune({
        commune,
        contentDir,
        stagingDir: staging,
        assets: assets.get(commune.slug) ?? new Set(),
        now: args.now,
      });
      // Old addresses (redirects.yaml, checked with the content) go in with the pages.
      await writeRedirects(folder, commune.site, (await readRedirects(contentDir, commune.slug)).redirects);
      await moveFolder(folder, join(stage, commune.slug));
    }
    await movePortal(staging, join(stage, PORTAL_STAGE), assets.get(PORTAL) ?? new Set());
    await writeEditors({
      contentDir,
      communesDir: stage,
      portalDir: join(stage, PORTAL_STAGE),
      communes: slugs,
      province: portalList,
      now: args.now,
    });
    phases.push(['đóng gói từng xã', performance.now()]);
    if (!args.portalOnly)
      console.log(
        phases
          .slice(1)
          .map(([label, at], i) => `${label} ${((at - phases[i]![1]) / 1000).toFixed(1)} s`)
          .join(', '),
      );
  } finally {
    setPageSink(undefined);
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Node's flags for a batch: this command's own, with a larger young generation, which halves the
 * garbage collector's time in Astro's rendering. It is the project's one garbage-collector
 * setting, and only for the batches: V8's flag would also override the small young generation
 * of this process's search workers (search-index.ts), and each of them grew to 200 MB.
 */
function batchNodeFlags(): string[] {
  return [
    ...process.execArgv.filter((flag) => !flag.startsWith('--max-semi-space-size')),
    '--max-semi-space-size=64',
  ];
}

/**
 * Builds one batch in a child process of this same command, which exits with its memory; its
 * pages go to the search indexer as they arrive. Resolves with its exit code and the communes
 * it built into the stage.
 */
async function runBatch(
  batch: readonly string[],
  indexer: SearchIndexer,
  stage: string,
  children: Set<ChildProcess>,
): Promise<{ code: number; communes: string[] }> {
  const argv = [
    import.meta.filename,
    '--batch',
    '--stage',
    stage,
    '--content',
    contentDir,
    '--out',
    outDir,
    '--now',
    args.now.toISOString(),
    ...batch.flatMap((slug) => ['--commune', slug]),
  ];
  let built: string[] = [];
  return new Promise((resolvePromise) => {
    // Structured clone ('advanced'): the pages' HTML is not escaped into JSON and parsed back.
    const child = spawn(process.execPath, [...batchNodeFlags(), ...argv], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    children.add(child);
    child.on('message', (message: BatchMessage) => {
      if (message.kind === 'pages') indexer.add(message.pages);
      else built = message.communes;
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      // Stopped from outside (out of memory, killed): nothing of this batch was said about it.
      if (signal)
        console.error(
          `Lô gồm ${batch.join(', ')} bị dừng giữa chừng (${signal}): các xã này chưa được xây dựng. Nếu máy thiếu bộ nhớ, chạy lại với --batch-items nhỏ hơn, ví dụ --batch-items 1500.`,
        );
      resolvePromise({ code: code ?? 1, communes: signal ? [] : built });
    });
  });
}

/** The sizes of the communes named, in the order named. */
function pick(sizes: readonly CommuneSize[], slugs: readonly string[]): CommuneSize[] {
  const bySlug = new Map(sizes.map((size) => [size.slug, size]));
  return slugs.map((slug) => bySlug.get(slug)!);
}
