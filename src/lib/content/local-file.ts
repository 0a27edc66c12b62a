import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';

/** What a file named beside an item is on disk. */
export type LocalFile =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'missing' }
  | { kind: 'link'; at: string }
  | { kind: 'not-file' }
  | { kind: 'outside' };

/**
 * Finds a file an item names (`./anh.jpg`, `../chung/bieu-mau.pdf`) without ever following a
 * symbolic link: every folder from the commune folder down to the file is looked at with
 * `lstat`, and the file must be a plain file inside the commune folder. A link is refused
 * whatever it points to (another commune, `private/`, `/etc/passwd`): the site would otherwise
 * publish it. The last name is compared in Unicode NFC, because some keyboards and file
 * systems write Vietnamese file names decomposed (NFD): `path` is the name as it is on disk.
 */
export function localFile(communeDir: string, folder: string, target: string): LocalFile {
  const root = resolve(communeDir);
  const wanted = resolve(folder, target);
  if (!wanted.startsWith(root + sep)) return { kind: 'outside' };
  const parts = relative(root, wanted).split(sep);
  let current = root;
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    const name = last ? onDisk(current, part) : part;
    if (name === undefined) return { kind: 'missing' };
    current = join(current, name);
    const stat = lstatSync(current, { throwIfNoEntry: false });
    if (!stat) return { kind: 'missing' };
    if (stat.isSymbolicLink()) return { kind: 'link', at: relative(root, current).split(sep).join('/') };
    if (!last && !stat.isDirectory()) return { kind: 'missing' };
    if (last) {
      if (!stat.isFile()) return { kind: 'not-file' };
      // Defence in depth: the real path, links resolved by the system, is inside the commune too.
      if (!realpathSync(current).startsWith(realpathSync(root) + sep)) return { kind: 'outside' };
      return { kind: 'file', path: current, size: stat.size };
    }
  }
  return { kind: 'missing' };
}

/** The entry of a folder named `name`, exactly or else in NFC. */
function onDisk(folder: string, name: string): string | undefined {
  if (lstatSync(join(folder, name), { throwIfNoEntry: false })) return name;
  const nfc = name.normalize('NFC');
  try {
    return readdirSync(folder).find((entry) => entry.normalize('NFC') === nfc);
  } catch {
    return undefined;
  }
}

/** Whether the name on disk differs from the one written (only in its Unicode form). */
export const renamedOnDisk = (file: { path: string }, target: string): boolean => basename(file.path) !== basename(target);
