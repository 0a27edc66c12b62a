/**
 * Writes a set of files so that a reader never sees half of them: every file goes to a
 * temporary name beside its target first, and only when all are written are they renamed.
 * A failure before the renames removes the temporaries and leaves the old files untouched.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

/**
 * A file still being made (a workbook from another thread) is given as a promise: the others
 * are written meanwhile, and it is written when it comes. If it fails, nothing is renamed.
 */
export async function writeFilesAtomically(files: readonly (OutputFile | Promise<OutputFile>)[]): Promise<void> {
  const written: string[] = [];
  const writeOne = async (pending: OutputFile | Promise<OutputFile>) => {
    const file = await pending;
    const temporary = `${file.path}.${process.pid}.tmp`;
    await mkdir(dirname(file.path), { recursive: true });
    written.push(temporary);
    await writeFile(temporary, file.data);
    return { temporary, path: file.path };
  };
  const results = await Promise.allSettled(files.map(writeOne));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.all(written.map((temporary) => rm(temporary, { force: true })));
    throw failed.reason;
  }
  // rename() replaces its target atomically on the same file system.
  for (const result of results) {
    if (result.status === 'fulfilled') await rename(result.value.temporary, result.value.path);
  }
}
