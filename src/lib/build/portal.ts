import { cp } from 'node:fs/promises';
import { join } from 'node:path';

/** The portal's pages, at the top of the output: the list of communes and the search page. */
const PORTAL_PAGES = ['index.html', 'tim-kiem/index.html'];

/** Copies the portal's pages and the `/_astro/` files they use into the output folder. */
export async function movePortal(
  stagingDir: string,
  outDir: string,
  assets: ReadonlySet<string>,
): Promise<void> {
  await Promise.all(
    [...PORTAL_PAGES, ...[...assets].map((a) => a.replace(/^\//, ''))].map((file) =>
      cp(join(stagingDir, file), join(outDir, file)),
    ),
  );
}
