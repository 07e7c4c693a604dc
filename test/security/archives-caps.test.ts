/**
 * Every member read into memory has a cap: metadata files 8 MiB (MEMBER_READ_LIMIT), RECORD 32 MiB
 * (RECORD_READ_LIMIT). Past it the read fails with one line naming the archive and the member, checked
 * on the declared size and on the bytes that actually inflate (a zip whose headers lie); below it
 * nothing is ever cut off.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  inspectRelease,
  MEMBER_READ_LIMIT,
  RECORD_READ_LIMIT,
  readAll,
  readCoreMetadata,
  readCoreMetadataFile,
  readMember,
} from '@wheelwright/core/distribution';
import { afterAll, describe, expect, it } from 'vitest';
import { PYTHON } from '../support/python';

const dir = mkdtempSync(join(tmpdir(), 'ww-caps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MiB = 1024 * 1024;

/**
 * `big-1.0-…whl`: METADATA with a description of `description` bytes; `record` extra bytes of RECORD rows;
 * `lie`: patch METADATA's declared uncompressed size (local header and central directory) to 10 bytes.
 */
const WRITE = String.raw`
import base64, hashlib, io, json, struct, sys, tarfile, zipfile
out, spec = sys.argv[1], json.loads(sys.argv[2])
name = spec["name"]
di = name + "-1.0.dist-info"
meta = ("Metadata-Version: 2.1\nName: %s\nVersion: 1.0\nDescription-Content-Type: text/plain\n\n" % name) + "d" * spec.get("description", 10) + "\nEND\n"
if spec.get("sdist"):
    with tarfile.open("%s/%s-1.0.tar.gz" % (out, name), "w:gz") as t:
        data = meta.encode()
        info = tarfile.TarInfo(name + "-1.0/PKG-INFO"); info.size = len(data); t.addfile(info, io.BytesIO(data))
    sys.exit(0)
members = {name + "/__init__.py": "", di + "/METADATA": meta, di + "/WHEEL": "Wheel-Version: 1.0\nGenerator: t\nRoot-Is-Purelib: true\nTag: py3-none-any\n"}
rows = ["%s,sha256=%s,%d" % (p, base64.urlsafe_b64encode(hashlib.sha256(t.encode()).digest()).rstrip(b"=").decode(), len(t.encode())) for p, t in members.items()]
rows += ["%s/ghost%06d%s.py,," % (name, i, "x" * 1000) for i in range(spec.get("record", 0) // 1024)]
rows.append(di + "/RECORD,,")
path = "%s/%s-1.0-py3-none-any.whl" % (out, name)
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for p, t in members.items():
        z.writestr(p, t)
    z.writestr(di + "/RECORD", "\n".join(rows) + "\n")
if spec.get("lie"):
    raw = bytearray(open(path, "rb").read())
    target = (di + "/METADATA").encode()
    i = 0
    while True:
        i = raw.find(b"PK\x03\x04", i)
        if i < 0: break
        n = struct.unpack_from("<H", raw, i + 26)[0]
        if raw[i + 30:i + 30 + n] == target: struct.pack_into("<I", raw, i + 22, 10)
        i += 4
    i = 0
    while True:
        i = raw.find(b"PK\x01\x02", i)
        if i < 0: break
        n = struct.unpack_from("<H", raw, i + 28)[0]
        if raw[i + 46:i + 46 + n] == target: struct.pack_into("<I", raw, i + 24, 10)
        i += 4
    open(path, "wb").write(bytes(raw))
`;

function write(spec: Record<string, unknown>): string {
  execFileSync(PYTHON, ['-c', WRITE, dir, JSON.stringify(spec)], { maxBuffer: 64 * MiB });
  return join(dir, spec.sdist ? `${spec.name}-1.0.tar.gz` : `${spec.name}-1.0-py3-none-any.whl`);
}

describe('member read caps', () => {
  it('the caps are 8 MiB for metadata files and 32 MiB for RECORD', () => {
    expect([MEMBER_READ_LIMIT, RECORD_READ_LIMIT]).toEqual([8 * MiB, 32 * MiB]);
  });

  it('reads a 5 MiB METADATA whole (no silent cut at 4 MiB)', async () => {
    const wheel = write({ name: 'long', description: 5 * MiB });
    const report = await inspectRelease({ wheel });
    expect(report.metadata?.description?.endsWith('\nEND\n')).toBe(true);
    expect(report.metadata?.description?.length).toBe(5 * MiB + 5);
    expect((await readCoreMetadata(wheel)).description?.length).toBe(5 * MiB + 5);
  });

  it('refuses a METADATA past 8 MiB with one line naming the wheel and the member', async () => {
    const wheel = write({ name: 'huge', description: 8 * MiB });
    const expected =
      /^huge-1\.0-py3-none-any\.whl: member huge-1\.0\.dist-info\/METADATA is larger than the 8 MiB read limit \(declares \d+ bytes\)$/;
    await expect(inspectRelease({ wheel })).rejects.toThrow(expected);
    await expect(readCoreMetadata(wheel)).rejects.toThrow(expected);
    await expect(readMember(wheel, 'huge-1.0.dist-info/METADATA')).rejects.toThrow(expected);
  });

  it('refuses a PKG-INFO past 8 MiB in an sdist', async () => {
    const sdist = write({ name: 'hugesd', description: 9 * MiB, sdist: true });
    await expect(inspectRelease({ sdist })).rejects.toThrow(
      /^hugesd-1\.0\.tar\.gz: member hugesd-1\.0\/PKG-INFO is larger than the 8 MiB read limit/,
    );
    await expect(readCoreMetadataFile(sdist)).rejects.toThrow(/PKG-INFO is larger than the 8 MiB read limit/);
  });

  it('refuses a member whose header lies about its size (a zip bomb), naming it', async () => {
    const wheel = write({ name: 'liar', description: 4096, lie: true });
    const error = await readCoreMetadata(wheel).catch((caught: Error) => caught);
    expect(String((error as Error).message)).toMatch(
      /^liar-1\.0-py3-none-any\.whl: member liar-1\.0\.dist-info\/METADATA cannot be read: .*bytes/,
    );
    expect(String((error as Error).message)).not.toContain('\n');
  });

  it('checks the bytes that arrive, not only the size declared', async () => {
    const stream = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    await expect(readAll(stream, { maxBytes: 1000, archive: '/x/a.whl', member: 'a/METADATA', declaredSize: 10 })).rejects.toThrow(
      'a.whl: member a/METADATA is larger than the 1000 bytes read limit (inflates past it although it declares 10 bytes)',
    );
    expect((await readAll(Readable.from([Buffer.alloc(600)]), { maxBytes: 1000 })).length).toBe(600);
  });

  it('lets RECORD grow past 8 MiB (a wheel with many files), up to its own cap', async () => {
    const wheel = write({ name: 'many', record: 9 * MiB });
    const report = await inspectRelease({ wheel });
    expect(report.findings.find((finding) => finding.rule === 'R004')?.paths?.length).toBe(Math.floor((9 * MiB) / 1024));
  });

  it('readMember: the bytes of one member, a cap of the caller’s choice, undefined when absent', async () => {
    const wheel = write({ name: 'small', description: 100 });
    const found = await readMember(wheel, 'small-1.0.dist-info/WHEEL', { maxBytes: 1024 });
    expect(found?.data.toString()).toContain('Root-Is-Purelib: true');
    await expect(readMember(wheel, 'small-1.0.dist-info/METADATA', { maxBytes: 64 })).rejects.toThrow(
      /small-1\.0-py3-none-any\.whl: member small-1\.0\.dist-info\/METADATA is larger than the 64 bytes read limit/,
    );
    expect(await readMember(wheel, 'small-1.0.dist-info/entry_points.txt')).toBeUndefined();
  });
});
