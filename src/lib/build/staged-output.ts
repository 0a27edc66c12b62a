/**
 * The build's output is written beside `dist/`, never into it, and moved in only at the end:
 * an interrupted or failed build leaves the previous `dist/` exactly as it was.
 *
 * The stage is a hidden sibling of the output folder (`.dist-trangxa-XXXXXX`), so that moving a
 * finished commune folder into the output is a rename on the same file system. Batches write
 * each commune's packaged folder into it (`<stage>/<commune>/`) and the portal's files into
 * `<stage>/_portal/`; the search indexes are written into the commune folders there; then
 * `publishStage` swaps each commune folder in, and the portal's files one by one.
 */
import { rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';

/** Where a batch puts the portal's pages and assets inside the stage. */
export const PORTAL_STAGE = '_portal';

/** Makes the stage beside `outDir`. */
export async function createStage(outDir: string): Promise<string> {
  await mkdir(dirname(outDir), { recursive: true });
  return mkdtemp(join(dirname(outDir), `.${basename(outDir)}-trangxa-`));
}

/**
 * Moves a folder to `to` by renaming it; across file systems (a stage on another disk than the
 * renderer's temporary folder) by copying, then removing the original.
 */
export async function moveFolder(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await rename(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true, verbatimSymlinks: true });
    await rm(from, { recursive: true, force: true });
  });
}

/**
 * Moves the finished communes and the portal from the stage into the output folder. Each commune
 * folder is swapped by two renames (the old one aside, the new one in), so a page is never
 * missing for longer than that; each portal file replaces its old version by one rename.
 */
export async function publishStage(
  stage: string,
  outDir: string,
  communes: readonly string[],
): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const slug of communes) {
    const old = join(stage, `.old-${slug}`);
    await rename(join(outDir, slug), old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(join(stage, slug), join(outDir, slug));
  }
  const portal = join(stage, PORTAL_STAGE);
  const files = await readdir(portal, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of files.filter((e) => e.isFile())) {
    const from = join(entry.parentPath, entry.name);
    const to = join(outDir, relative(portal, from));
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
  }
}

/**
 * The prefix of the temporary folders in which a build's renderers write (in `node_modules/`,
 * render-communes.ts), named after the stage so that the build command removes them with it.
 */
export function renderPrefix(stage: string): string {
  return `.trangxa-staging-${basename(stage)}-`;
}

/** Removes the stage, synchronously: it also runs from an `exit` handler. */
export function removeStage(stage: string): void {
  rmSync(stage, { recursive: true, force: true });
}
