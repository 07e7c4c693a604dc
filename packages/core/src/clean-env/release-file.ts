/**
 * Finds the pinned release's file in the store and fetches it, hash-checked. The package under test is
 * installed from this local copy and nowhere else: pip gets a file path, not a name an index could
 * answer (a path requirement is never replaced by an index candidate), so no configured index, mirror
 * or find-links folder can substitute another build of the same version.
 */
import { rm } from 'node:fs/promises';
import { InputError, StoreError } from '../errors/index';
import { compareVersions, isValidVersion } from '../pep440/index';
import { run } from '../process/index';
import type { PythonInterpreter } from '../python/index';
import type { IndexedFile, Store } from '../store/index';
import { normalizeProjectName, redactUrl, resolveInside, sameVersion } from '../store/index';
import { closeNames } from './close-names';

/** Wheel tags (PEP 425) of a filename, expanded: `py2.py3-none-any` → py2-none-any, py3-none-any. */
export function wheelTags(filename: string): string[] {
  const parts = filename.replace(/\.whl$/, '').split('-');
  if (parts.length < 5) return [];
  const [python = '', abi = '', platform = ''] = parts.slice(-3);
  const tags: string[] = [];
  for (const p of python.split('.')) for (const a of abi.split('.')) for (const f of platform.split('.')) tags.push(`${p}-${a}-${f}`);
  return tags;
}

function isPureWheel(filename: string): boolean {
  return wheelTags(filename).some((tag) => /^py\d*-none-any$/.test(tag));
}

/** The interpreter's supported tags, best first, from the packaging copy pip vendors; [] when unavailable. */
async function supportedTags(python: PythonInterpreter, env: NodeJS.ProcessEnv): Promise<string[]> {
  try {
    const { stdout } = await run(python.command, ['-c', 'from pip._vendor.packaging.tags import sys_tags\nfor t in sys_tags(): print(t)'], {
      env,
      timeoutMs: 60_000,
      label: 'python sys_tags',
    });
    return stdout.split(/\r?\n/).filter((line) => line !== '');
  } catch {
    return [];
  }
}

function listVersions(files: readonly IndexedFile[]): string {
  const versions = [...new Set(files.filter((f) => !f.yanked).map((f) => f.version))];
  const valid = versions.filter(isValidVersion).sort(compareVersions).reverse();
  const shown = valid.length > 0 ? valid : versions;
  return shown.length > 12 ? `${shown.slice(0, 12).join(', ')} … (${shown.length} in all)` : shown.join(', ');
}

/**
 * The file to test: a pure wheel, else the platform wheel this interpreter supports best, else the sdist.
 * Errors name what the store does have: its versions of the project, or projects with close names.
 */
export async function findReleaseFile(
  store: Store,
  name: string,
  version: string,
  python: PythonInterpreter,
  env: NodeJS.ProcessEnv,
): Promise<IndexedFile> {
  const where = redactUrl(store.indexUrl);
  const files = await store.listFiles(name);
  if (files.length === 0) {
    const projects = await store.listProjects();
    const close = closeNames(name, projects);
    throw new InputError(
      `package '${name}' is not in the store ${where}${close.length > 0 ? `; did you mean ${close.map((c) => `'${c}'`).join(' or ')}?` : projects.length === 0 ? ' (the store is empty)' : ''}`,
      { hint: "check input 'package' (or the manifest) against what publish uploaded" },
    );
  }
  const release = files.filter((file) => !file.yanked && sameVersion(file.version, version));
  if (release.length === 0) {
    throw new InputError(
      `version ${version} of '${name}' is not in the store ${where}; it has ${listVersions(files) || 'no installable files'}`,
      {
        hint: "input 'version' must be the exact version publish uploaded (the manifest carries it)",
      },
    );
  }
  const wheels = release.filter((file) => file.filename.endsWith('.whl'));
  const pure = wheels.find((file) => isPureWheel(file.filename));
  if (pure) return pure;
  if (wheels.length > 0) {
    const supported = await supportedTags(python, env);
    let best: { file: IndexedFile; rank: number } | undefined;
    for (const file of wheels) {
      const rank = Math.min(
        ...wheelTags(file.filename)
          .map((tag) => supported.indexOf(tag))
          .filter((i) => i >= 0),
      );
      if (Number.isFinite(rank) && (best === undefined || rank < best.rank)) best = { file, rank };
    }
    if (best) return best.file;
  }
  const sdist = release.find((file) => !file.filename.endsWith('.whl'));
  if (sdist) return sdist;
  throw new InputError(
    `no file of '${name}' ${version} in ${where} installs on Python ${python.version} (${release.map((f) => f.filename).join(', ')})`,
    { hint: 'test on an interpreter and platform the wheels were built for, or publish an sdist too' },
  );
}

/**
 * Downloads the release file into `folder` and returns its path. The name comes from the index, so it is
 * joined only when it stays inside `folder`; the bytes must be the manifest's (checked before the
 * download when the index lists a sha256, and on the bytes themselves when it lists only md5 or nothing).
 */
export async function downloadReleaseFile(
  store: Store,
  file: IndexedFile,
  folder: string,
  expectedSha256: string | undefined,
): Promise<string> {
  const expected = expectedSha256?.toLowerCase();
  const mismatch = (there: string) =>
    new StoreError(
      `'${file.filename}' in ${redactUrl(store.indexUrl)} is not the file the manifest records (sha256 ${there} there, ${expected} in the manifest)`,
      { code: 'conflict', hint: 'the store holds a different build of this version; publish again from the same build' },
    );
  if (expected !== undefined && file.sha256 && expected !== file.sha256.toLowerCase()) throw mismatch(file.sha256);
  const destination = resolveInside(folder, file.filename);
  const sha256 = await store.download(file, destination);
  if (expected !== undefined && sha256 !== expected) {
    await rm(destination, { force: true });
    throw mismatch(sha256);
  }
  return destination;
}

export function sameProject(a: string, b: string): boolean {
  return normalizeProjectName(a) === normalizeProjectName(b);
}
