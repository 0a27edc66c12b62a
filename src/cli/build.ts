/**
 * `npm run build`: validates the content, renders the valid communes with Astro, then makes
 * each `dist/<commune>/` self-contained. An invalid commune is reported and left out; the others
 * are still built, and the command exits 1.
 *
 * The communes are built batch by batch, each batch a process of its own (build-batch.ts) that
 * receives this build's options (`BuildOptions`) as its first message; `--portal-only` renders
 * the portal in this process (build-portal.ts). Nothing is written into the output folder until
 * the end: batches write into a stage beside it (`staged-output.ts`), and each finished commune
 * (pages, assets, search index) is moved in by rename once every batch is done. Stopped by
 * Ctrl-C (SIGINT), SIGTERM or a crash, the command stops its batch processes, removes the stage
 * and leaves the output folder as it was.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildOptions, parseBuildArgs } from '../lib/build/parse-build-args.ts';
import type { BatchMessage, BatchRequest } from '../lib/build/batch-messages.ts';
import type { SearchIndexer } from '../lib/build/search-index.ts';
import { shardOf, type CommuneSize } from '../lib/build/shard.ts';
import { splitBatches } from '../lib/build/batches.ts';
import { createStage, publishStage, removeStage, renderPrefix } from '../lib/build/staged-output.ts';
import { countItems } from '../lib/content/item-files.ts';
import { listCommunes } from '../lib/content/list-communes.ts';
import { parseOrExit } from '../lib/cli/parse-or-exit.ts';
import { unreadMessage } from '../lib/pdf/unread-message.ts';

const started = performance.now();
const options = buildOptions(parseOrExit(parseBuildArgs), resolve(import.meta.dirname, '../..'));
const { contentDir, outDir, root } = options;

/** True while finished communes are moved into the output folder; a signal then waits. */
let publishing = false;
let stopped: NodeJS.Signals | undefined;

await withStage(options.portalOnly ? portalOnly : buildInBatches);

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

/** `--portal-only`: the portal page and its merged search, from the communes already in the output folder. */
async function portalOnly(stage: string): Promise<number> {
  // Loaded here: Astro's configuration, which the build command needs for this alone.
  const { buildPortal } = await import('../lib/build/build-portal.ts');
  if (!(await buildPortal(options, stage))) return 1;
  await publish(stage, []);
  console.log(`Đã ghép trang cổng ${join(outDir, 'index.html')} trong ${seconds()} giây.`);
  return 0;
}

/**
 * Builds the selected communes batch by batch, each batch a child process (build-batch.ts) that
 * validates, renders and packages its communes into the stage, so that peak memory is that of
 * the largest batch and this process never holds the whole province. The search indexes are
 * made here, from the pages the batches send as they render: a batch's indexes are written
 * while the next batch renders. Then every complete commune is moved in.
 */
async function buildInBatches(stage: string, children: Set<ChildProcess>): Promise<number> {
  const named = options.communes.length ? options.communes : await listCommunes(contentDir);
  const all = named.map((slug) => ({ slug, items: countItems(contentDir, slug) }));
  const { shard } = options;
  // A shard is a balanced share of the communes, by item count (see shard.ts).
  const sizes = shard ? pick(all, shardOf(all, shard.index, shard.count)) : all;
  if (shard)
    console.log(
      `Phần ${shard.index}/${shard.count}: ${sizes.length} xã (${sizes.map((s) => s.slug).join(', ') || 'không có'}).`,
    );
  if (shard && sizes.length === 0) return 0;
  const batches = splitBatches(sizes, options.batchItems);
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
      const { code, communes } = await runBatch(
        { options: { ...options, communes: batch }, stage },
        indexer,
        children,
      );
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

function seconds(): string {
  return ((performance.now() - started) / 1000).toFixed(1);
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
 * Builds one batch in a child process (build-batch.ts), which exits with its memory; its pages go
 * to the search indexer as they arrive. Resolves with its exit code and the communes it built
 * into the stage.
 */
async function runBatch(
  request: BatchRequest,
  indexer: SearchIndexer,
  children: Set<ChildProcess>,
): Promise<{ code: number; communes: string[] }> {
  const batch = request.options.communes;
  let built: string[] = [];
  return new Promise((resolvePromise) => {
    // Structured clone ('advanced'): the options keep their Date, and the pages' HTML is not
    // escaped into JSON and parsed back.
    const child = spawn(
      process.execPath,
      [...batchNodeFlags(), join(import.meta.dirname, 'build-batch.ts')],
      {
        stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
        serialization: 'advanced',
      },
    );
    children.add(child);
    child.on('message', (message: BatchMessage) => {
      if (message.kind === 'ready') child.send(request);
      else if (message.kind === 'pages') indexer.add(message.pages);
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
