import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** A temporary content folder: the valid fixture with the files of `invalid/<name>/` laid over it. */
export async function withOverlay(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `trangxa-${name}-`));
  await cp(join(FIXTURES, 'content'), dir, { recursive: true });
  await cp(join(FIXTURES, 'invalid', name), dir, { recursive: true });
  return dir;
}
