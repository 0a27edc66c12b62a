import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Astro's cache (content layer data store, optimised images) keeps each item's rendered body
 * until the item's file changes. It does not know our Markdown pipeline: after an upgrade of
 * trangxa that fixes the sanitiser, cached bodies would still be published as the old code
 * rendered them. So the cache folder is named after the code too, and a change to any file of
 * the program (or to the installed packages) starts a new cache; the old ones of the same build
 * are removed.
 */
const CODE = ['src', 'astro.config.mjs', 'package-lock.json'];

/** Every file of `path` (a file or a folder), as paths relative to `root`, in a fixed order. */
function filesOf(root: string, path: string): string[] {
  const full = join(root, path);
  let entries;
  try {
    entries = readdirSync(full, { withFileTypes: true, recursive: true });
  } catch {
    return [path];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** A short hash of the program's code: the same checkout gives the same value. */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256');
  const files = CODE.flatMap((path) => filesOf(root, path)).sort();
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(root, file));
    } catch {
      continue; // astro.config.mjs or the lock file may be absent in a test's project
    }
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex').slice(0, 16);
}

export interface CacheFolderOptions {
  root: string;
  contentDir: string;
  outDir: string;
  communes: readonly string[];
}

/**
 * The cache folder of one build: one per content folder, output folder and set of communes (so
 * that concurrent builds, CI shards on one machine or tests beside a benchmark, never read each
 * other's content), and per version of the code.
 */
export function cacheFolder({ root, contentDir, outDir, communes }: CacheFolderOptions): string {
  const place = createHash('sha256')
    .update(`${contentDir}\n${outDir}\n${communes.join(',')}`)
    .digest('hex')
    .slice(0, 16);
  return join(root, 'node_modules', '.astro', `trangxa-${place}-${codeFingerprint(root)}`);
}

/** Removes the caches the same build left with an older version of the code. */
export function removeOlderCaches(folder: string): void {
  const parent = join(folder, '..');
  const name = folder.slice(parent.length + 1);
  const place = name.slice(0, name.lastIndexOf('-') + 1);
  let siblings: string[];
  try {
    siblings = readdirSync(parent);
  } catch {
    return;
  }
  for (const sibling of siblings)
    if (sibling !== name && (sibling.startsWith(place) || sibling === place.slice(0, -1)))
      rmSync(join(parent, sibling), { recursive: true, force: true });
}
