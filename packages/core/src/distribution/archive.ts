/**
 * The one archive reader (DESIGN.md: one way to do each thing): walks a zip (wheels, legacy `.zip` sdists)
 * with yauzl or a gzipped tar (sdists) with tar-stream, entry by entry, streamed — a 200 MB wheel never
 * sits in memory. Names are handed over raw (no `..` or absolute-path rejection here) so the inspection
 * can report them with its own rule codes instead of failing on the first.
 */
import { createReadStream, close as fsClose, open as fsOpen, read as fsRead, fstat, type Stats } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar-stream';
import yauzl from 'yauzl';
import { WheelwrightError } from '../errors/index';

export type ArchiveEntryType = 'file' | 'directory' | 'symlink' | 'other';

export interface ArchiveEntry {
  /** The member's path as stored (forward slashes in both formats). */
  path: string;
  type: ArchiveEntryType;
  /** Uncompressed size in bytes. */
  size: number;
  /** Unix permission bits when the archive records them. */
  mode: number | undefined;
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

/** Reads a whole (small) member into a buffer. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
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
        const isLink = hostUnix && (unixMode & 0o170000) === 0o120000;
        const type: ArchiveEntryType = name.endsWith('/') ? 'directory' : isLink ? 'symlink' : 'file';
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
    const type: ArchiveEntryType =
      header.type === 'file' || header.type === 'contiguous-file' || header.type == null
        ? 'file'
        : header.type === 'directory'
          ? 'directory'
          : header.type === 'symlink' || header.type === 'link'
            ? 'symlink'
            : 'other';
    let opened = false;
    const stop = await visit({
      path: header.name,
      type,
      size: header.size ?? 0,
      mode: header.mode,
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
