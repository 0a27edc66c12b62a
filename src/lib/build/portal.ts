import { cp } from 'node:fs/promises';
import { join } from 'node:path';

/** The portal page (`dist/index.html`) and the files beside it at the top of the output. */
export async function movePortal(stagingDir: string, outDir: string): Promise<void> {
  await cp(join(stagingDir, 'index.html'), join(outDir, 'index.html'));
}
