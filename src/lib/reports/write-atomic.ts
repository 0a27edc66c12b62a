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

export async function writeFilesAtomically(files: readonly OutputFile[]): Promise<void> {
  const temporaries = files.map((file) => `${file.path}.${process.pid}.tmp`);
  try {
    await Promise.all(files.map((file) => mkdir(dirname(file.path), { recursive: true })));
    await Promise.all(files.map((file, index) => writeFile(temporaries[index] ?? '', file.data)));
  } catch (error) {
    await Promise.all(temporaries.map((temporary) => rm(temporary, { force: true })));
    throw error;
  }
  // rename() replaces its target atomically on the same file system.
  for (const [index, file] of files.entries()) await rename(temporaries[index] ?? '', file.path);
}
