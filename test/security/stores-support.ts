/**
 * What the stores' security tests build: hostile artefacts (a METADATA that disagrees with the filename,
 * one too large to read, one whose zip header lies about its size), workspaces holding them, a pid that is
 * certainly dead, and a raw upload (another publisher replacing a file on an index that allows it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionRun } from '../support/action-harness';
import type { MadeArtefact } from '../support/index-server/artefacts';
import { cleanPythonEnv, PYTHON } from '../support/python';

export interface HostileWheelOptions {
  /** The wheel's filename (its name and version decide where it would be filed). */
  filename: string;
  /** METADATA `Name:` ('' writes an empty field, undefined leaves the line out). */
  name?: string;
  version: string;
  /** Bytes of METADATA description (zeros: it compresses to almost nothing). */
  metadataBytes?: number;
  /** Patch the zip so METADATA declares this uncompressed size (a zip bomb's lie). */
  declaredSize?: number;
}

const MAKE = String.raw`
import json, sys, zipfile, struct
spec = json.loads(sys.argv[1]); out = sys.argv[2]
stem = spec["filename"][:-4].split("-")
dist = stem[0] + "-" + stem[1] + ".dist-info"
meta = "Metadata-Version: 2.1\n"
if spec.get("name") is not None: meta += "Name: %s\n" % spec["name"]
meta += "Version: %s\n\n" % spec["version"]
data = meta.encode() + b"\0" * spec.get("metadataBytes", 0)
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("hostile/__init__.py", (2020, 1, 1, 0, 0, 0)), b"")
    z.writestr(zipfile.ZipInfo(dist + "/METADATA", (2020, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo(dist + "/WHEEL", (2020, 1, 1, 0, 0, 0)), b"Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
    z.writestr(zipfile.ZipInfo(dist + "/RECORD", (2020, 1, 1, 0, 0, 0)), b"")
if spec.get("declaredSize") is not None:
    raw = bytearray(open(out, "rb").read())
    name = (dist + "/METADATA").encode()
    # local header: uncompressed size at offset 22; central directory entry: at offset 24
    for sig, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        i = 0
        while True:
            i = raw.find(sig, i)
            if i < 0: break
            n = 30 if sig == b"PK\x03\x04" else 46
            if raw[i + n: i + n + len(name)] == name:
                raw[i + at: i + at + 4] = struct.pack("<I", spec["declaredSize"])
            i += 4
    open(out, "wb").write(raw)
`;

export function makeHostileWheel(options: HostileWheelOptions, outDir?: string): MadeArtefact {
  const dir = outDir ?? mkdtempSync(join(tmpdir(), 'ww-hostile-wheel-'));
  const path = join(dir, options.filename);
  execFileSync(PYTHON, ['-c', MAKE, JSON.stringify(options), path], { env: cleanPythonEnv() });
  return {
    path,
    filename: options.filename,
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    size: statSync(path).size,
  };
}

/** A job workspace with the files in `dist/` (under the name given, or their own). */
export function workspaceWith(files: { path: string; name?: string }[]): string {
  const workspace = mkdtempSync(join(tmpdir(), 'ww-sec-stores-'));
  mkdirSync(join(workspace, 'dist'));
  for (const file of files) copyFileSync(file.path, join(workspace, 'dist', file.name ?? file.path.split('/').pop() ?? 'x'));
  return workspace;
}

/** A manifest for `files` (as build-wheel writes it) in the workspace; returns its relative path. */
export function writeManifest(workspace: string, name: string, version: string, files: (MadeArtefact & { entryPath?: string })[]): string {
  writeFileSync(
    join(workspace, 'dist', 'release.json'),
    JSON.stringify({
      schema: 1,
      name,
      version,
      kind: 'final',
      files: files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256, path: f.entryPath ?? `dist/${f.filename}` })),
      stores: [],
      tests: [{ python: '3.11', os: 'Linux', passed: 1, failed: 0, errors: 0, skipped: 0, index: 'unstable', at: '2026-01-01T00:00:00Z' }],
      promotions: [],
    }),
  );
  return 'dist/release.json';
}

/** The pid of a process that has exited (and was reaped): nothing answers to it. */
export function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

/** Every stdout line that is a workflow command other than the ones the action itself should issue. */
export function forgedCommands(run: ActionRun, allowed = /^::(add-mask|error|warning|notice|debug|group|endgroup)::/): string[] {
  return run.stdout.split(/\r?\n/).filter((line) => line.startsWith('::') && !allowed.test(line));
}

/** Uploads a file the way another publisher (twine) does, bypassing every check of ours. */
export async function rawUpload(uploadUrl: string, path: string, filename: string, auth = 'alice:secret'): Promise<number> {
  const form = new FormData();
  form.set(':action', 'file_upload');
  form.set('protocol_version', '1');
  form.set('content', new Blob([readFileSync(path)]), filename);
  const response = await fetch(uploadUrl, {
    method: 'POST',
    body: form,
    headers: { Authorization: `Basic ${Buffer.from(auth).toString('base64')}` },
  });
  await response.arrayBuffer();
  return response.status;
}

/** A job checkout for clean-env-test: a tests folder with one passing test. */
export function checkoutWithTests(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'ww-sec-checkout-'));
  mkdirSync(join(workspace, 'tests'));
  writeFileSync(join(workspace, 'tests', 'test_it.py'), 'def test_it():\n    assert True\n');
  return workspace;
}
