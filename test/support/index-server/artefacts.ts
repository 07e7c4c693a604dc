/**
 * Tiny but valid distributions for store tests, made by Python's own zipfile/tarfile (no build backend):
 * a wheel with METADATA, WHEEL, RECORD and one module that pip installs, and an sdist with PKG-INFO.
 * Plus a fresh-venv pip install from an index, the check every store test ends with.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cleanPythonEnv, PYTHON, venvPython } from '../python';

const execFileAsync = promisify(execFile);

export interface ArtefactOptions {
  name: string;
  version: string;
  requiresPython?: string;
  /** Changes the module's content, so the same filename gets another sha256. */
  flavour?: string;
  /** Extra bytes of incompressible padding inside the wheel (for size-sensitive tests). */
  paddingBytes?: number;
  metadataVersion?: string;
}

const MAKE = String.raw`
import base64, hashlib, io, json, os, sys, tarfile, zipfile
spec = json.loads(sys.argv[1]); out = sys.argv[2]
name, version = spec["name"], spec["version"]
dist = name.replace("-", "_").replace(".", "_").lower()
module = dist.lower()
meta = "Metadata-Version: %s\nName: %s\nVersion: %s\nSummary: test package %s\n" % (spec.get("metadataVersion", "2.1"), name, version, name)
if spec.get("requiresPython"): meta += "Requires-Python: %s\n" % spec["requiresPython"]
meta += "Classifier: Programming Language :: Python :: 3\nClassifier: Private :: Do Not Upload\n"
meta += "Description-Content-Type: text/markdown\n\n# %s\n\nA test package.\n" % name
code = "VERSION = %r\nFLAVOUR = %r\n" % (version, spec.get("flavour", ""))
if spec["kind"] == "wheel":
    fn = "%s-%s-py3-none-any.whl" % (dist, version)
    di = "%s-%s.dist-info" % (dist, version)
    files = {module + "/__init__.py": code.encode(), di + "/METADATA": meta.encode(),
             di + "/WHEEL": b"Wheel-Version: 1.0\nGenerator: wheelwright-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"}
    if spec.get("paddingBytes"): files[module + "/padding.bin"] = os.urandom(spec["paddingBytes"])
    record = ""
    for p, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record += "%s,sha256=%s,%d\n" % (p, digest, len(data))
    record += di + "/RECORD,,\n"
    files[di + "/RECORD"] = record.encode()
    with zipfile.ZipFile(os.path.join(out, fn), "w", zipfile.ZIP_STORED if spec.get("paddingBytes") else zipfile.ZIP_DEFLATED) as z:
        for p, data in files.items():
            info = zipfile.ZipInfo(p, (2020, 1, 1, 0, 0, 0)); info.external_attr = 0o644 << 16
            z.writestr(info, data)
else:
    fn = "%s-%s.tar.gz" % (dist.lower(), version)
    base = "%s-%s" % (dist.lower(), version)
    with tarfile.open(os.path.join(out, fn), "w:gz") as t:
        for p, data in {base + "/PKG-INFO": meta.encode(), base + "/" + module + "/__init__.py": code.encode(),
                        base + "/pyproject.toml": b"[build-system]\nrequires = []\n"}.items():
            info = tarfile.TarInfo(p); info.size = len(data); info.mtime = 1577836800
            t.addfile(info, io.BytesIO(data))
print(fn)
`;

export interface MadeArtefact {
  path: string;
  filename: string;
  sha256: string;
  size: number;
}

export function makeArtefact(kind: 'wheel' | 'sdist', options: ArtefactOptions, outDir?: string): MadeArtefact {
  const out = outDir ?? mkdtempSync(join(tmpdir(), 'ww-artefact-'));
  const filename = execFileSync(PYTHON, ['-c', MAKE, JSON.stringify({ ...options, kind }), out], {
    env: cleanPythonEnv(),
    encoding: 'utf8',
  }).trim();
  const path = join(out, filename);
  return { path, filename, sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), size: statSync(path).size };
}

export const makeWheel = (options: ArtefactOptions, outDir?: string) => makeArtefact('wheel', options, outDir);
export const makeSdist = (options: ArtefactOptions, outDir?: string) => makeArtefact('sdist', options, outDir);

/**
 * Installs `requirement` into a fresh venv from the given index only (pip of Debian's Python driving the
 * venv through `--python`, which is much faster than bootstrapping pip into every venv), and returns
 * the installed module's VERSION and FLAVOUR.
 */
export async function pipInstallAsync(
  indexArgs: readonly string[],
  requirement: string,
  module: string,
): Promise<{ version: string; flavour: string }> {
  const venv = mkdtempSync(join(tmpdir(), 'ww-venv-'));
  const env = cleanPythonEnv();
  execFileSync(PYTHON, ['-m', 'venv', '--without-pip', venv], { env, stdio: 'pipe' });
  // Asynchronous: an index server under test running in this very process keeps answering.
  await execFileAsync(
    PYTHON,
    ['-m', 'pip', '--python', venvPython(venv), 'install', '-q', '--no-cache-dir', '--only-binary', ':all:', ...indexArgs, requirement],
    { env, timeout: 120_000 },
  );
  const { stdout } = await execFileAsync(venvPython(venv), ['-c', `import ${module} as m; print(m.VERSION); print(m.FLAVOUR)`], { env });
  const [version = '', flavour = ''] = stdout.split('\n');
  return { version: version.trim(), flavour: flavour.trim() };
}

/**
 * The same, synchronous: only for indexes that need no server in this process (file://, or a server in
 * another process). With an in-process index server it would block the server and hang: use pipInstallAsync.
 */
export function pipInstallFrom(indexArgs: readonly string[], requirement: string, module: string): { version: string; flavour: string } {
  const venv = mkdtempSync(join(tmpdir(), 'ww-venv-'));
  const env = cleanPythonEnv();
  execFileSync(PYTHON, ['-m', 'venv', '--without-pip', venv], { env, stdio: 'pipe' });
  execFileSync(
    PYTHON,
    ['-m', 'pip', '--python', venvPython(venv), 'install', '-q', '--no-cache-dir', '--only-binary', ':all:', ...indexArgs, requirement],
    { env, stdio: 'pipe', timeout: 120_000 },
  );
  const printed = execFileSync(venvPython(venv), ['-c', `import ${module} as m; print(m.VERSION); print(m.FLAVOUR)`], {
    env,
    encoding: 'utf8',
  });
  const [version = '', flavour = ''] = printed.split('\n');
  return { version: version.trim(), flavour: flavour.trim() };
}

/** Runs a command without blocking the event loop (the index server under test shares it). */
export async function runTool(
  command: string,
  args: readonly string[],
  env: Record<string, string> = cleanPythonEnv(),
): Promise<{ status: number; output: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(command, [...args], { env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
    return { status: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
