import { alreadyBuilt } from './already-built.ts';
import type { BuildOptions } from './parse-build-args.ts';
import { renderCommunes } from './render-communes.ts';

/**
 * `npm run build -- --portal-only`: renders the portal page and its merged search into the stage,
 * from the communes already in the output folder (built by the shards of a CI matrix). Rendered
 * in the build command's own process: it has no commune to render. Returns the communes listed,
 * or undefined (with a message) when there are none yet.
 */
export async function buildPortal(options: BuildOptions, stage: string): Promise<string[] | undefined> {
  const portal = await alreadyBuilt(options.contentDir, options.outDir);
  if (portal.length === 0) {
    console.error(
      `Chưa có xã nào trong ${options.outDir}: xây dựng các xã trước (npm run build -- --shard i/n), rồi mới ghép trang cổng.`,
    );
    return undefined;
  }
  console.log(`Trang cổng: ${portal.length} xã đã có trong ${options.outDir} (${portal.join(', ')}).`);
  await renderCommunes(options, { communes: [], portal, stage });
  return portal;
}
