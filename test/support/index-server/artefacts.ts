/**
 * Tiny but valid distributions for store tests, made by Python's own zipfile/tarfile (no build backend):
 * a wheel with METADATA, WHEEL, RECORD and one module that pip installs, and an sdist with PKG-INFO.
 * Plus a fresh-venv pip install from an index, the check every store test ends with.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, runOk } from '../processes';
import { cleanPythonEnv, PYTHON, venvPython } from '../python';

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

export async function makeArtefact(kind: 'wheel' | 'sdist', options: ArtefactOptions, outDir?: string): Promise<MadeArtefact> {
  const out = outDir ?? mkdtempSync(join(tmpdir(), 'ww-artefact-'));
  const filename = (await runOk(PYTHON, ['-c', MAKE, JSON.stringify({ ...options, kind }), out], { env: cleanPythonEnv() })).trim();
  const path = join(out, filename);
  return { path, filename, sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), size: statSync(path).size };
}

export const makeWheel = (options: ArtefactOptions, outDir?: string) => makeArtefact('wheel', options, outDir);
export const makeSdist = (options: ArtefactOptions, outDir?: string) => makeArtefact('sdist', options, outDir);

/**
 * Installs `requirement` into a fresh venv from the given index only (pip of Debian's Python driving the
 * venv through `--python`, which is much faster than bootstrapping pip into every venv), and returns
 * the installed module's VERSION and FLAVOUR. Asynchronous: an index server under test running in this
 * very process keeps answering.
 */
export async function pipInstallAsync(
  indexArgs: readonly string[],
  requirement: string,
  module: string,
): Promise<{ version: string; flavour: string }> {
  const venv = mkdtempSync(join(tmpdir(), 'ww-venv-'));
  const env = cleanPythonEnv();
  await runOk(PYTHON, ['-m', 'venv', '--without-pip', venv], { env });
  await runOk(
    PYTHON,
    ['-m', 'pip', '--python', venvPython(venv), 'install', '-q', '--no-cache-dir', '--only-binary', ':all:', ...indexArgs, requirement],
    { env },
  );
  const stdout = await runOk(venvPython(venv), ['-c', `import ${module} as m; print(m.VERSION); print(m.FLAVOUR)`], { env });
  const [version = '', flavour = ''] = stdout.split('\n');
  return { version: version.trim(), flavour: flavour.trim() };
}

/** Runs a command without blocking the event loop (the index server under test shares it). */
export async function runTool(
  command: string,
  args: readonly string[],
  env: Record<string, string> = cleanPythonEnv(),
): Promise<{ status: number; output: string }> {
  const { code, stdout, stderr } = await run(command, args, { env });
  return { status: code, output: `${stdout}${stderr}` };
}
