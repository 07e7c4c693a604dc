/**
 * The docs zip: the HTML a Sphinx build produced, `index.html` at its root — what devpi's documentation
 * upload takes (`devpi upload --with-docs` sends `<name>-<version>.doc.zip`) and what the embedded file
 * store unpacks under a release. Written reproducibly (sorted members, one timestamp, fixed modes), and
 * read back as hostile input: a zip from a store or an artifact may hold `..`, absolute paths, symlinks,
 * or a bomb, and none of it may leave its folder or fill the disk.
 */
import { createWriteStream } from 'node:fs';
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { walkArchive } from '../distribution/archive';
import { escapeName } from '../distribution/project-name';
import { WheelwrightError } from '../errors/index';

/** `<name>-<version>.doc.zip`, the name devpi-client gives a docs archive (name as in wheel filenames). */
export function docsZipName(project: string, version: string): string {
  return `${escapeName(project)}-${version}.doc.zip`;
}

/** Every regular file under `dir`, as forward-slash paths relative to it, sorted (symlinks are not followed). */
async function listTree(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of (await readdir(join(dir, prefix), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listTree(dir, path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** Zips the HTML tree `htmlDir` into `zipPath`; `epoch` (seconds) is every member's time (SOURCE_DATE_EPOCH). */
export async function writeDocsZip(htmlDir: string, zipPath: string, epoch?: number): Promise<number> {
  const { ZipFile } = await import('yazl');
  // Build bookkeeping, not documentation: Sphinx's .buildinfo holds a config hash, .doctrees pickles.
  const files = (await listTree(htmlDir)).filter((path) => !/^(\.buildinfo|\.doctrees\/)/.test(path));
  if (!files.includes('index.html'))
    throw new WheelwrightError('build', `the docs build wrote no index.html into ${htmlDir}`, {
      hint: "the docs' root document must be index (Sphinx's root_doc)",
    });
  // Zip times are DOS times from 1980 on; an earlier epoch is clamped.
  const mtime = new Date(Math.max(epoch ?? 315532800, 315532800) * 1000);
  const zip = new ZipFile();
  for (const path of files) zip.addFile(join(htmlDir, path), path, { mtime, mode: 0o100644, compress: true });
  zip.end();
  await mkdir(dirname(zipPath), { recursive: true });
  await pipeline(zip.outputStream, createWriteStream(zipPath));
  return files.length;
}

export interface UnpackLimits {
  /** Largest number of members (default 20,000). */
  maxFiles?: number;
  /** Largest total uncompressed size (default 200 MiB). */
  maxBytes?: number;
}

/**
 * Why a member name cannot be written under a folder, or undefined when it can: the rules of Python's
 * tarfile "data" filter, for zips — no absolute path, drive or UNC name, no `..` part, no backslash (a
 * Windows separator in a zip name is a trick), no control character, no empty part.
 */
export function unsafeMemberReason(name: string): string | undefined {
  if (name === '') return 'an empty name';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'a control character';
  if (name.includes('\\')) return 'a backslash';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'an absolute path';
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.some((part) => part === '..')) return "a '..' part";
  if (parts.some((part) => part === '' || part === '.')) return 'an empty or "." part';
  return undefined;
}

/**
 * Unpacks a docs zip into `target` (which must not exist yet), refusing the whole archive on the first
 * unsafe member: nothing is half-written, `target` is removed on any failure.
 */
export async function unpackDocsZip(zipPath: string, target: string, limits: UnpackLimits = {}): Promise<number> {
  const maxFiles = limits.maxFiles ?? 20_000;
  const maxBytes = limits.maxBytes ?? 200 * 1024 * 1024;
  const root = resolve(target);
  let files = 0;
  let bytes = 0;
  let index = false;
  const refuse = (message: string) =>
    new WheelwrightError('store', `docs archive ${zipPath.split(/[\\/]/).pop()} refused: ${message}`, {
      hint: 'the docs zip is built by build-wheel; rebuild it rather than editing it',
    });
  await mkdir(root, { recursive: false });
  try {
    await walkArchive(zipPath, async (entry) => {
      const reason = unsafeMemberReason(entry.path);
      if (reason) throw refuse(`member ${JSON.stringify(entry.path)} has ${reason}`);
      if (entry.type === 'directory') return false;
      if (entry.type !== 'file') throw refuse(`member ${JSON.stringify(entry.path)} is a ${entry.type}, not a file`);
      files += 1;
      bytes += entry.size;
      if (files > maxFiles) throw refuse(`more than ${maxFiles} members`);
      if (bytes > maxBytes) throw refuse(`more than ${maxBytes} bytes unpacked`);
      const destination = resolve(root, ...entry.path.split('/'));
      if (!destination.startsWith(root + sep)) throw refuse(`member ${JSON.stringify(entry.path)} leaves the folder`);
      if (entry.path === 'index.html') index = true;
      if (await lstat(destination).catch(() => undefined)) throw refuse(`member ${JSON.stringify(entry.path)} is stored twice`);
      await mkdir(dirname(destination), { recursive: true });
      // A member written twice (or a file where a folder was) is refused by 'wx' instead of followed.
      let written = 0;
      const stream = await entry.open();
      stream.on('data', (chunk: Buffer) => {
        written += chunk.length;
        // The declared size is the cap: a member that inflates beyond it is a lie (a zip bomb).
        if (written > entry.size) stream.destroy(refuse(`member ${JSON.stringify(entry.path)} inflates past its declared size`));
      });
      await pipeline(stream, createWriteStream(destination, { flags: 'wx', mode: 0o644 }));
      return false;
    });
    if (!index) throw refuse('it has no index.html at its root');
    // Nothing but regular files and folders may be left behind (a race with another writer is refused too).
    for (const path of await listTree(root)) {
      const stat = await lstat(join(root, path));
      if (!stat.isFile() || relative(root, join(root, path)).startsWith('..')) throw refuse(`${path} is not a regular file`);
    }
    return files;
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    if (error instanceof WheelwrightError) throw error;
    throw refuse(error instanceof Error ? error.message : String(error));
  }
}

/** Posix-style path of `path` inside `root` for links, or undefined when it is outside. */
export function linkPath(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  if (rel.startsWith('..') || rel === '') return undefined;
  return rel.split(sep).join(posix.sep);
}
