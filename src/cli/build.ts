/**
 * `npm run build`: validates the content, renders the valid communes with Astro, then makes
 * each `dist/<commune>/` self-contained. An invalid commune is reported and left out; the others
 * are still built, and the command exits 1.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { assetsByCommune, resetAssets } from '../lib/asset-registry.ts';
import { packageCommune } from '../lib/build/package-commune.ts';
import { parseBuildArgs } from '../lib/build/parse-build-args.ts';
import { loadContent } from '../lib/content/load-content.ts';
import { formatProblems, hasErrors } from '../lib/problems.ts';
import { movePortal } from '../lib/build/portal.ts';
import { indexCommunes } from '../lib/build/search-index.ts';
import { missingUrlWarnings } from '../lib/feeds/sitemap.ts';
import { shardOf } from '../lib/build/shard.ts';
import { countItems } from '../lib/content/count-items.ts';
import { listCommunes } from '../lib/content/load-content.ts';

const started = performance.now();
const args = (() => {
  try {
    return parseBuildArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
})();

const selected = args.shard ? await shardCommunes(args.contentDir, args.shard, args.communes) : args.communes;
if (args.shard) console.log(`Phần ${args.shard.index}/${args.shard.count}: ${selected.length} xã (${selected.join(', ') || 'không có'}).`);
if (args.shard && selected.length === 0) process.exit(0);
const content = await loadContent({ contentDir: args.contentDir, communes: selected });
if (content.problems.length) console.error(`${formatProblems(content.problems)}\n`);
const valid = content.communes.filter((c) => !content.invalidCommunes.has(c.slug));
if (content.invalidCommunes.size) {
  console.error(`Không xây dựng ${content.invalidCommunes.size} xã có lỗi: ${[...content.invalidCommunes].join(', ')}. Sửa các lỗi trên rồi chạy lại.`);
}
if (valid.length === 0) {
  console.error('Không có xã nào hợp lệ để xây dựng.');
  process.exit(1);
}

for (const warning of missingUrlWarnings(valid)) console.warn(warning);

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(args.outDir);
const staging = await mkdtemp(join(root, 'node_modules', '.trangxa-staging-'));
process.env['TRANGXA_CONTENT'] = resolve(args.contentDir);
process.env['TRANGXA_COMMUNES'] = valid.map((c) => c.slug).join(',');
process.env['TRANGXA_NOW'] = args.now.toISOString();
process.env['TRANGXA_STAGING'] = staging;
// A production build whatever the caller's shell says (test runners set NODE_ENV=test).
process.env['NODE_ENV'] = 'production';

try {
  resetAssets();
  await build({ root, outDir: staging, logLevel: 'warn' }).catch((error: unknown) => {
    // Content was validated above, so this is a fault of the program, not of the editors.
    console.error(`Lỗi khi dựng trang (lỗi của chương trình, không phải của nội dung): ${(error as Error).message}`);
    process.exitCode = 1;
    throw error;
  });
  const assets = assetsByCommune();
  for (const commune of valid) {
    await packageCommune({
      commune,
      contentDir: resolve(args.contentDir),
      stagingDir: staging,
      outDir,
      assets: assets.get(commune.slug) ?? new Set(),
      now: args.now,
    });
  }
  await movePortal(staging, outDir);
  await indexCommunes(valid, outDir, args.now);
} finally {
  await rm(staging, { recursive: true, force: true });
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Đã xây dựng ${valid.length} xã vào ${outDir} trong ${seconds} giây.`);
if (hasErrors(content.problems)) process.exit(1);

/** The communes of one shard, balanced by item count (see shard.ts). */
async function shardCommunes(contentDir: string, shard: { index: number; count: number }, only: readonly string[]) {
  const all = only.length ? [...only] : await listCommunes(contentDir);
  const sizes = await Promise.all(all.map(async (slug) => ({ slug, items: await countItems(contentDir, slug) })));
  return shardOf(sizes, shard.index, shard.count);
}
