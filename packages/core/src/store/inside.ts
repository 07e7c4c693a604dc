/**
 * Joining a name from outside (an index link, a manifest entry, a METADATA field) onto a folder. The
 * name must be one plain path segment, and the joined path must still be inside the folder once both
 * are resolved — on every OS, whichever separator the name tried to smuggle in.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { printableName } from '../distribution/printable-name';
import { StoreError } from '../errors/index';

/** `folder/name`, or a StoreError when `name` is not a single segment that stays inside `folder`. */
export function resolveInside(folder: string, name: string, what = 'file name'): string {
  const base = resolve(folder);
  const joined = resolve(base, name);
  const rel = relative(base, joined);
  // A name is one segment: no separator of either OS, no `.`/`..`, no control character, no drive.
  const plain = name !== '' && name !== '.' && name !== '..' && !/[\\/\0-\x1f\x7f]|^[A-Za-z]:/.test(name);
  if (!plain || rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel) || rel.includes(sep)) {
    throw new StoreError(`refusing the ${what} '${printableName(name)}': it would not stay inside ${base}`, {
      code: 'input',
      hint: 'a file name from an index, a manifest or an archive must be a plain name; this one came from an untrusted source',
    });
  }
  return joined;
}
