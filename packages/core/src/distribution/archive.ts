/**
 * The one archive reader (DESIGN.md: one way to do each thing): walks a zip (wheels, legacy `.zip` sdists)
 * with yauzl or a gzipped tar (sdists) with tar-stream, entry by entry, streamed — a 200 MB wheel never
 * sits in memory. Names, link targets and member types are handed over raw (no `..` or absolute-path
 * rejection here) so the inspection can report every hostile member with its own rule codes instead of
 * failing on the first. Reading a member into memory always goes through a size cap (`readAll`,
 * `readMember`): archives are hostile until the inspection has passed them.
 */
import { createReadStream, close as fsClose, open as fsOpen, read as fsRead, fstat, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar-stream';
import yauzl from 'yauzl';
import { WheelwrightError } from '../errors/index';
import { printableName } from './printable-name';

/**
 * `other` is anything else a tar header or a zip's unix mode can declare (sockets, sparse or volume
 * headers, unknown type flags): never something a Python artefact needs.
 */
export type ArchiveEntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'character-device' | 'block-device' | 'fifo' | 'other';

export interface ArchiveEntry {
  /** The member's path as stored (forward slashes in both formats). */
  path: string;
  type: ArchiveEntryType;
  /** Uncompressed size in bytes, as the archive declares it (yauzl checks it against what inflates). */
  size: number;
  /** Unix permission bits (including setuid/setgid/sticky) when the archive records them. */
  mode: number | undefined;
  /** Where a tar link points (tar only; a zip symlink keeps its target in the member's bytes). */
  linkTarget?: string;
  /** The member's bytes as a stream; call at most once, inside the visitor. */
  open(): Promise<Readable>;
}

/** Returns true to stop the walk early. */
export type EntryVisitor = (entry: ArchiveEntry) => Promise<boolean | undefined> | boolean | undefined;

export function archiveFormat(path: string): 'zip' | 'tar.gz' {
  const lower = path.toLowerCase();
  if (lower.endsWith('.whl') || lower.endsWith('.zip')) return 'zip';
  if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz')) return 'tar.gz';
  throw new WheelwrightError('inspect', `'${path}' is not a .whl, .zip or .tar.gz archive`, {
    hint: 'build sdists as .tar.gz (PEP 625); .tar.bz2 and other formats are not read',
  });
}

export async function walkArchive(path: string, visit: EntryVisitor): Promise<void> {
  try {
    if (archiveFormat(path) === 'zip') await walkZip(path, visit);
    else await walkTarGz(path, visit);
  } catch (error) {
    if (error instanceof WheelwrightError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new WheelwrightError('inspect', `${path} is not a readable archive: ${reason}`, {
      hint: 'the file is truncated or corrupt; rebuild it',
      cause: error,
    });
  }
}

/**
 * The most a metadata member (METADATA, PKG-INFO, WHEEL, entry_points.txt …) is read into memory. The
 * largest real METADATA among the offline mirror's 887 wheels is 227 KiB (mujoco, a long README): 8 MiB is
 * 36 times that, while a hostile 1 GB member is refused after at most 8 MiB of reading.
 */
export const MEMBER_READ_LIMIT = 8 * 1024 * 1024;

/**
 * RECORD grows with the file count (about 100 bytes a file): the mirror's largest is 1.8 MiB (cmeel-boost,
 * ~20 000 files). 32 MiB allows some 300 000 files.
 */
export const RECORD_READ_LIMIT = 32 * 1024 * 1024;

export interface ReadLimit {
  /** Refuse members larger than this many bytes (default MEMBER_READ_LIMIT). */
  maxBytes?: number;
  /** The archive the member comes from, for the error message. */
  archive?: string;
  /** The member's path, for the error message. */
  member?: string;
  /** The size the archive declares; checked before a byte is read. */
  declaredSize?: number;
}

function where(limit: ReadLimit): string {
  return `${limit.archive ? `${basename(limit.archive)}: ` : ''}member ${printableName(limit.member ?? '(unnamed)')}`;
}

function tooLarge(limit: ReadLimit, maxBytes: number, detail: string): WheelwrightError {
  return new WheelwrightError('inspect', `${where(limit)} is larger than the ${formatBytes(maxBytes)} read limit (${detail})`, {
    hint: 'no real metadata file is that large: the artefact is broken or hostile; rebuild it from the source',
  });
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/**
 * Reads a whole member stream into a buffer, refusing (with a one-line error naming archive and member)
 * when the declared size or the bytes actually inflated pass `maxBytes` — zip bombs lie in headers, so
 * both are checked; nothing is ever cut off silently.
 */
export async function readAll(stream: Readable, limit: ReadLimit = {}): Promise<Buffer> {
  const maxBytes = limit.maxBytes ?? MEMBER_READ_LIMIT;
  if (limit.declaredSize !== undefined && limit.declaredSize > maxBytes) {
    stream.destroy();
    throw tooLarge(limit, maxBytes, `declares ${limit.declaredSize} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        stream.destroy();
        const declared = limit.declaredSize === undefined ? '' : ` although it declares ${limit.declaredSize} bytes`;
        throw tooLarge(limit, maxBytes, `inflates past it${declared}`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof WheelwrightError) throw error;
    // yauzl stops a member that inflates to more (or fewer) bytes than its header says: a zip bomb's lie.
    const reason = error instanceof Error ? error.message : String(error);
    throw new WheelwrightError('inspect', `${where(limit)} cannot be read: ${reason}`, {
      hint: 'the archive is corrupt or lies about its sizes; rebuild it from the source',
      cause: error,
    });
  }
  return Buffer.concat(chunks);
}

/** Reads one entry met during a walk, capped (see readAll). */
export async function readEntry(archive: string, entry: ArchiveEntry, maxBytes = MEMBER_READ_LIMIT): Promise<Buffer> {
  if (entry.size > maxBytes) throw tooLarge({ archive, member: entry.path }, maxBytes, `declares ${entry.size} bytes`);
  return readAll(await entry.open(), { archive, member: entry.path, maxBytes, declaredSize: entry.size });
}

/**
 * The bytes of one regular-file member, read with a size cap, or undefined when the archive has no such
 * member. `name` is the exact stored path, or a test for it (the first match wins). A member stored
 * twice is refused: installers take the last copy, a reader stopping at the first would see other bytes.
 */
export async function readMember(
  archive: string,
  name: string | ((path: string) => boolean),
  options: { maxBytes?: number } = {},
): Promise<{ path: string; data: Buffer } | undefined> {
  const matches = typeof name === 'string' ? (path: string) => path === name : name;
  let found: { path: string; data: Buffer } | undefined;
  await walkArchive(archive, async (entry) => {
    if (!matches(entry.path)) return false;
    if (found !== undefined) {
      if (entry.path === found.path)
        throw new WheelwrightError('inspect', `${basename(archive)}: member ${printableName(entry.path)} is stored twice`, {
          hint: 'installers take the last copy and readers the first: the artefact is broken or hostile; rebuild it',
        });
      return false;
    }
    if (entry.type !== 'file')
      throw new WheelwrightError('inspect', `${basename(archive)}: member ${printableName(entry.path)} is a ${entry.type}, not a file`, {
        hint: 'the artefact is broken or hostile; rebuild it',
      });
    found = { path: entry.path, data: await readEntry(archive, entry, options.maxBytes) };
    return false;
  });
  return found;
}

/**
 * yauzl's own file reader streams members in 64 KiB reads; 1 MiB reads make hashing a 200 MB wheel
 * about twice as fast (bench/build-wheel.mjs). yauzl documents RandomAccessReader for exactly this.
 */
const READ_SIZE = 1 << 20;

class FileReader extends yauzl.RandomAccessReader {
  constructor(private readonly fd: number) {
    super();
  }
  override _readStreamForRange(start: number, end: number): Readable {
    // Plain positional reads: an fs.ReadStream on a shared descriptor misbehaves once yauzl destroys it.
    const fd = this.fd;
    let position = start;
    return new Readable({
      highWaterMark: READ_SIZE,
      read() {
        const length = Math.min(READ_SIZE, end - position);
        if (length <= 0) {
          this.push(null);
          return;
        }
        const buffer = Buffer.allocUnsafe(length);
        fsRead(fd, buffer, 0, length, position, (error, bytesRead) => {
          if (error) this.destroy(error);
          else if (bytesRead === 0) this.destroy(new Error(`unexpected end of file at ${position}`));
          else {
            position += bytesRead;
            this.push(bytesRead < length ? buffer.subarray(0, bytesRead) : buffer);
          }
        });
      },
    });
  }
  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
    fsRead(this.fd, buffer, offset, length, position, (error, bytesRead) => {
      if (error) callback(error);
      else if (bytesRead < length) callback(new Error(`unexpected end of file at ${position + bytesRead}`));
      else callback(null);
    });
  }
  override close(callback: (err: Error | null) => void): void {
    fsClose(this.fd, (error) => callback(error ?? null));
  }
}

async function openZip(path: string): Promise<yauzl.ZipFile> {
  // A raw descriptor, not a FileHandle: yauzl closes it through reader.close(), and a FileHandle would
  // close the same number again when garbage-collected.
  const fd = await new Promise<number>((resolveFd, rejectFd) =>
    fsOpen(path, 'r', (error, opened) => (error ? rejectFd(error) : resolveFd(opened))),
  );
  let size: number;
  try {
    size = (
      await new Promise<Stats>((resolveStat, rejectStat) => fstat(fd, (error, stats) => (error ? rejectStat(error) : resolveStat(stats))))
    ).size;
  } catch (error) {
    fsClose(fd, () => {});
    throw error;
  }
  // The reader owns the descriptor from here (closed through yauzl's autoClose → reader.close()).
  const reader = new FileReader(fd);
  return new Promise((resolve, reject) => {
    // decodeStrings: false keeps yauzl from rejecting `..` and absolute names; we decode and judge them.
    yauzl.fromRandomAccessReader(
      reader,
      size,
      { lazyEntries: true, autoClose: true, decodeStrings: false, validateEntrySizes: true },
      (error, zip) => {
        if (error || !zip) {
          fsClose(fd, () => {});
          reject(error ?? new Error('cannot open'));
        } else resolve(zip);
      },
    );
  });
}

function walkZip(path: string, visit: EntryVisitor): Promise<void> {
  return new Promise((resolve, reject) => {
    openZip(path).then((zip) => {
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        zip.close();
        reject(error);
      };
      zip.on('error', fail);
      zip.on('end', () => {
        if (!settled) {
          settled = true;
          resolve();
        }
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        const raw = entry.fileName as unknown as Buffer;
        // APPNOTE 4.4.4 bit 11: UTF-8 names; wheels are always written that way, and CP437 names
        // of plain ASCII decode identically.
        const name = raw.toString('utf8');
        const hostUnix = entry.versionMadeBy >> 8 === 3;
        const unixMode = hostUnix ? (entry.externalFileAttributes >>> 16) & 0xffff : 0;
        const type: ArchiveEntryType = name.endsWith('/') ? 'directory' : zipEntryType(unixMode & 0o170000);
        const archiveEntry: ArchiveEntry = {
          path: name,
          type,
          size: entry.uncompressedSize,
          mode: hostUnix ? unixMode & 0o7777 : undefined,
          open: () =>
            new Promise((resolveStream, rejectStream) =>
              zip.openReadStream(entry, (streamError, stream) =>
                streamError || !stream ? rejectStream(streamError) : resolveStream(stream),
              ),
            ),
        };
        Promise.resolve(visit(archiveEntry)).then((stop) => {
          if (settled) return;
          if (stop) {
            settled = true;
            zip.close();
            resolve();
          } else zip.readEntry();
        }, fail);
      });
      zip.readEntry();
    }, reject);
  });
}

/**
 * The file type in a zip entry's unix mode (stat's S_IFMT bits). 0 is a plain file: Python's
 * `ZipFile.writestr` and many writers store only permission bits.
 */
function zipEntryType(format: number): ArchiveEntryType {
  switch (format) {
    case 0:
    case 0o100000:
      return 'file';
    case 0o040000:
      return 'directory';
    case 0o120000:
      return 'symlink';
    case 0o020000:
      return 'character-device';
    case 0o060000:
      return 'block-device';
    case 0o010000:
      return 'fifo';
    default:
      return 'other';
  }
}

function tarEntryType(type: string | null | undefined): ArchiveEntryType {
  switch (type) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    case 'character-device':
    case 'block-device':
    case 'fifo':
      return type;
    default:
      // tar-stream reports type flags it does not know (sparse, volume, vendor extensions) as null.
      return 'other';
  }
}

async function walkTarGz(path: string, visit: EntryVisitor): Promise<void> {
  const tar = extract();
  const source = pipeline(createReadStream(path), createGunzip(), tar);
  // A rejected pipeline (bad gzip) surfaces through the iterator; keep it from being unhandled meanwhile.
  source.catch(() => {});
  let stopped = false;
  for await (const entry of tar) {
    const member = entry as unknown as Readable & { header: typeof entry.header };
    if (stopped) {
      member.resume();
      continue;
    }
    const header = member.header;
    const type = tarEntryType(header.type);
    let opened = false;
    const stop = await visit({
      path: header.name,
      type,
      size: header.size ?? 0,
      mode: header.mode,
      ...(header.linkname != null && (type === 'symlink' || type === 'hardlink') ? { linkTarget: header.linkname } : {}),
      open: async () => {
        opened = true;
        return member;
      },
    });
    // Whatever the visitor did not read must still be drained for tar-stream to move on.
    if (!opened || !member.readableEnded) member.resume();
    if (stop) {
      stopped = true;
      break;
    }
  }
  if (stopped) {
    tar.destroy();
    return;
  }
  await source;
}
