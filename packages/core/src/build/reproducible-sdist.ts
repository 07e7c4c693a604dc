/**
 * setuptools does not honour SOURCE_DATE_EPOCH in sdists (measured with 66 and 84): the gzip header
 * carries the build's wall-clock time and every member its file-system mtime, so two builds of one
 * commit differ, and a fresh CI checkout differs from the last one. This rewrites such an sdist the way
 * reproducible-builds.org recommends — member times clamped to SOURCE_DATE_EPOCH, gzip header time 0 —
 * with the members' bytes, order, modes and names unchanged. Sdists that already comply (hatchling,
 * flit) are left untouched.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, constants as zlib } from 'node:zlib';
import { extract, pack } from 'tar-stream';

type Headers = Parameters<ReturnType<typeof pack>['entry']>[0];

/** True when the sdist's gzip header or any member time is later than `epoch`. */
export async function sdistNeedsClamping(path: string, epoch: number): Promise<boolean> {
  const handle = await open(path, 'r');
  let headerTime: number;
  try {
    const header = Buffer.alloc(10);
    await handle.read(header, 0, 10, 0);
    headerTime = header.readUInt32LE(4);
  } finally {
    await handle.close();
  }
  if (headerTime > epoch) return true;
  const tar = extract();
  const source = pipeline(createReadStream(path), createGunzip(), tar);
  source.catch(() => {});
  let late = false;
  for await (const entry of tar) {
    const pax = (entry.header as { pax?: Record<string, string> }).pax;
    const time = pax?.mtime === undefined ? (entry.header.mtime?.getTime() ?? 0) / 1000 : Number(pax.mtime);
    if (time > epoch) late = true;
    (entry as unknown as Readable).resume();
  }
  await source;
  return late;
}

/**
 * Rewrites `path` in place (via a temporary file and a rename); returns the number of members clamped.
 * An sdist holding a member type tar-stream cannot write back is left untouched (0).
 */
export async function clampSdistTimes(path: string, epoch: number): Promise<number> {
  const temporary = `${path}.reproducible`;
  const input = extract();
  const output = pack();
  const epochDate = new Date(epoch * 1000);
  let clamped = 0;
  const reading = pipeline(createReadStream(path), createGunzip(), input);
  // Level 9, as Python's tarfile/gzip writes; Node's gzip header has no time (MTIME 0) by design.
  const writing = pipeline(output, createGzip({ level: zlib.Z_BEST_COMPRESSION }), createWriteStream(temporary));
  let faithful = true;
  for await (const entry of input) {
    // tar-stream reads type flags it does not know as null and would write them back as regular files:
    // leave such an sdist exactly as built, for the inspection to judge (X006), rather than launder it.
    if (entry.header.type == null) {
      faithful = false;
      (entry as unknown as Readable).resume();
      continue;
    }
    const header = { ...entry.header } as Headers & { pax?: Record<string, string> };
    const pax = (entry.header as { pax?: Record<string, string> }).pax;
    // Python's tarfile writes float mtimes as PAX records, which readers prefer to the ustar field.
    const paxTime = pax?.mtime === undefined ? undefined : Number(pax.mtime) * 1000;
    const time = paxTime ?? header.mtime?.getTime() ?? 0;
    if (time > epochDate.getTime()) {
      header.mtime = epochDate;
      clamped++;
    }
    if (pax) {
      const { mtime: _m, atime: _a, ctime: _c, ...rest } = pax;
      if (Object.keys(rest).length) header.pax = rest;
      else delete header.pax;
    }
    const sink = output.entry(header);
    await pipeline(entry as unknown as Readable, sink);
  }
  output.finalize();
  await Promise.all([reading, writing]);
  if (!faithful) {
    await rm(temporary, { force: true });
    return 0;
  }
  await rename(temporary, path);
  return clamped;
}
