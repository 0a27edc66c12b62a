import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Commune } from '../content/types.ts';
import { cacheFolder, removeOlderCaches } from './cache-folder.ts';
import { writeEditors } from '../cms/write-editor.ts';
import { readRedirects } from '../redirects/read-redirects.ts';
import { writeRedirects } from '../redirects/write-redirects.ts';
import type { PageSink } from './indexed-page.ts';
import { packageCommune } from './package-commune.ts';
import type { BuildOptions } from './parse-build-args.ts';
import { movePortal } from './portal.ts';
import type { RenderedPage } from './rendered-pages.ts';
import { siteConfig } from './site-config.ts';
import { moveFolder, PORTAL_STAGE, removeStage, renderPrefix } from './staged-output.ts';
import { withSyncPageWrites } from './sync-page-writes.ts';

/** What one Astro build renders into the stage (by a batch, or by the build command for `--portal-only`). */
export interface RenderJob {
  /** The communes whose pages are rendered, validated (none with `--portal-only`). */
  communes: readonly Commune[];
  /** The communes the portal page lists. */
  portal: readonly string[];
  /** The build's stage (staged-output.ts). */
  stage: string;
  /** Receives every page that belongs in a search index, as soon as it is rendered. */
  sink?: PageSink;
}

/**
 * Renders communes with Astro into a temporary folder, makes each commune's folder and moves it
 * into the stage (`<stage>/<commune>/`), with the portal's files (`<stage>/_portal/`).
 */
export async function renderCommunes(options: BuildOptions, job: RenderJob): Promise<void> {
  const { root, contentDir, outDir, now, portalOnly } = options;
  const { communes, portal, stage, sink } = job;
  // Named after the stage, so that the build command removes it too if this process is killed
  // before its own exit handler can (build.ts).
  const staging = await mkdtemp(join(root, 'node_modules', renderPrefix(stage)));
  process.on('exit', () => removeStage(staging));
  const slugs = communes.map((c) => c.slug);
  const cacheDir = cacheFolder({ root, contentDir, outDir, communes: slugs });
  removeOlderCaches(cacheDir);
  // The `/_astro/` files each commune's pages use (the portal's under ''), to copy into its folder.
  const assets = new Map<string, Set<string>>();
  const onPage = (page: RenderedPage) => {
    const used = assets.get(page.commune) ?? new Set<string>();
    for (const asset of page.assets) used.add(asset);
    assets.set(page.commune, used);
    if (sink && page.commune && page.record)
      sink({ commune: page.commune, path: page.path, html: page.html, record: page.record });
  };
  const config = siteConfig({
    root,
    site: { contentDir, communes: slugs, portal: [...portal], portalOnly, now, preview: false },
    outDir: staging,
    cacheDir,
    onPage,
  });
  // A production build whatever the caller's shell says (test runners set NODE_ENV=test).
  process.env['NODE_ENV'] = 'production';
  // Communes' sites are built on district machines, often offline: no usage report to Astro
  // (it also runs git for a project id in every batch).
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  try {
    // Loaded here, not at the top: the build command's own process renders only for
    // --portal-only, and without Astro it holds a tenth of the memory while its batches run.
    const { build } = await import('astro');
    const phases: [string, number][] = [['bắt đầu', performance.now()]];
    // --portal-only: the item collections are empty on purpose, which Astro would warn about.
    // Pages are written without waiting for the thread pool (sync-page-writes.ts).
    await withSyncPageWrites(staging, () =>
      build({ ...config, configFile: false, logLevel: portalOnly ? 'error' : 'warn' }),
    ).catch((error: unknown) => {
      // Content was validated before, so this is a fault of the program, not of the editors.
      console.error(
        `Lỗi khi dựng trang (lỗi của chương trình, không phải của nội dung): ${(error as Error).message}`,
      );
      process.exitCode = 1;
      throw error;
    });
    phases.push(['dựng trang (Astro)', performance.now()]);
    for (const commune of communes) {
      const folder = await packageCommune({
        commune,
        contentDir,
        stagingDir: staging,
        assets: assets.get(commune.slug) ?? new Set(),
        now,
      });
      // Old addresses (redirects.yaml, checked with the content) go in with the pages.
      await writeRedirects(folder, commune.site, (await readRedirects(contentDir, commune.slug)).redirects);
      await moveFolder(folder, join(stage, commune.slug));
    }
    await movePortal(staging, join(stage, PORTAL_STAGE), assets.get('') ?? new Set());
    await writeEditors({
      contentDir,
      communesDir: stage,
      portalDir: join(stage, PORTAL_STAGE),
      communes: slugs,
      province: [...portal],
      now,
    });
    phases.push(['đóng gói từng xã', performance.now()]);
    if (!portalOnly)
      console.log(
        phases
          .slice(1)
          .map(([label, at], i) => `${label} ${((at - phases[i]![1]) / 1000).toFixed(1)} s`)
          .join(', '),
      );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
