/**
 * Astro writes each page it renders with `fs.promises.mkdir`, then `fs.promises.writeFile`, one
 * page after another: four trips to libuv's thread pool per page (mkdir, open, write, close),
 * and the rendering thread waits for each. CPU profiles of a batch of 2,750 items show that
 * thread idle for a third of page generation, with the output on disk or on tmpfs alike: the
 * trips, not the disk, cost the time (each waits for a thread to be woken on a busy core).
 *
 * Within `run`, those two calls are made synchronously for paths inside `folder` (the staging
 * folder of the build): a page's small file then costs its system calls and no waits. Their
 * results and errors are the same, still as promises; other paths and other calls are untouched.
 * `onSyncWrite` is told each file so written: tests/build/sync-page-writes.test.ts builds a small
 * site through this and fails the day Astro writes its pages another way, when this patch would
 * no longer buy anything and should go.
 */
import { mkdirSync, promises, writeFileSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

type PathArgument = Parameters<typeof promises.writeFile>[0];

export async function withSyncPageWrites<T>(
  folder: string,
  run: () => Promise<T>,
  onSyncWrite?: (file: string) => void,
): Promise<T> {
  const { mkdir, writeFile } = promises;
  const inside = (path: PathArgument | Parameters<typeof mkdirSync>[0]): path is string | URL => {
    const text = typeof path === 'string' ? path : path instanceof URL ? fileURLToPath(path) : undefined;
    return text !== undefined && (text === folder || text.startsWith(folder + sep));
  };
  promises.mkdir = (async (
    path: Parameters<typeof mkdirSync>[0],
    options?: Parameters<typeof mkdirSync>[1],
  ) => (inside(path) ? mkdirSync(path, options) : mkdir(path, options))) as typeof promises.mkdir;
  promises.writeFile = async (file, data, options) => {
    if (inside(file) && (typeof data === 'string' || ArrayBuffer.isView(data))) {
      writeFileSync(file, data, options as Parameters<typeof writeFileSync>[2]);
      onSyncWrite?.(typeof file === 'string' ? file : fileURLToPath(file));
    } else await writeFile(file, data, options);
  };
  try {
    return await run();
  } finally {
    promises.mkdir = mkdir;
    promises.writeFile = writeFile;
  }
}
