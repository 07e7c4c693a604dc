/**
 * The release manifest: the JSON contract between the actions (see DESIGN.md). build-wheel writes it;
 * publish, clean-env-test and promote read it and append what they did. Written atomically.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { ConfigError, InputError } from '../errors/index';

export type VersionKind = 'final' | 'pre' | 'dev' | 'post' | 'local';

export interface ManifestFile {
  filename: string;
  size: number;
  sha256: string;
  /** Where the artefact was built to (absent after it has only travelled through stores). */
  path?: string;
}

export interface ManifestStore {
  /** The index's name (`unstable`, `testing`, `stable`, or the store's own name). */
  index: string;
  /** The simple index URL pip uses (credentials never recorded). */
  url: string;
  by: 'publish' | 'promote';
  at: string;
}

export interface ManifestTestRun {
  python: string;
  os: string;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  index: string;
  at: string;
  /** Where the test dependencies came from (`dependency group 'test' (pyproject.toml)`, `tox deps (tox.ini)`…). */
  testDependencies?: string;
  /** Where pytest ran: the checkout (kept off sys.path) or a copy of the tests folder. */
  testsFrom?: 'checkout' | 'copy';
}

export interface ManifestPromotion {
  from: string;
  to: string;
  mode: 'copy' | 'move';
  at: string;
}

/** The release's docs (build-wheel): a zip of the HTML, or why building it failed — never silently absent. */
export interface ManifestDocs {
  status: 'built' | 'failed';
  builder: 'sphinx';
  /** `<name>-<version>.doc.zip` (built only). */
  filename?: string;
  size?: number;
  sha256?: string;
  path?: string;
  /** Sphinx's version and the number of warnings it printed. */
  sphinx?: string;
  warnings?: number;
  /** Wall-clock time the docs added to the build step (ms). */
  ms: number;
  /** Why the build failed (failed only). */
  error?: string;
}

/** What the inspection tolerated (warnings, and soft findings when not strict); failures never reach a manifest. */
export interface ManifestInspection {
  findings: { rule: string; severity: 'error' | 'soft' | 'warning'; file: string; message: string }[];
}

export interface ReleaseManifest {
  schema: 1;
  name: string;
  version: string;
  kind: VersionKind;
  requiresPython?: string;
  source?: {
    commit?: string;
    tag?: string;
    distance?: number;
    dirty?: boolean;
    /**
     * How the project gets its version: static (written in the project), setuptools_scm, hatch-vcs,
     * poetry-dynamic-versioning (dunamai), pdm-scm (pdm-backend's SCM source), pretend.
     */
    versionSource?: 'static' | 'setuptools_scm' | 'hatch-vcs' | 'poetry-dynamic-versioning' | 'pdm-scm' | 'pretend';
    /** Where, in words a hint can quote (`pyproject.toml [project] version`). */
    versionFrom?: string;
  };
  files: ManifestFile[];
  docs?: ManifestDocs;
  inspection?: ManifestInspection;
  stores: ManifestStore[];
  tests: ManifestTestRun[];
  promotions: ManifestPromotion[];
}

export async function readManifest(path: string): Promise<ReleaseManifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`manifest '${path}' does not exist`, {
      hint: "pass the manifest output of build-wheel (or publish) as input 'manifest'",
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigError(`manifest '${path}' is not valid JSON`, { hint: 'it is written by build-wheel; do not edit it by hand' });
  }
  const manifest = data as Partial<ReleaseManifest>;
  if (
    manifest.schema !== 1 ||
    typeof manifest.name !== 'string' ||
    typeof manifest.version !== 'string' ||
    !Array.isArray(manifest.files)
  ) {
    throw new ConfigError(`manifest '${path}' is not a Wheelwright release manifest (schema 1 with name, version, files)`);
  }
  // Every entry binds a filename to its size and sha256; later steps trust nothing else about the file.
  for (const [index, file] of (manifest.files as unknown[]).entries()) {
    const entry = file as Partial<ManifestFile> | null;
    const valid =
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.filename === 'string' &&
      typeof entry.sha256 === 'string' &&
      /^[0-9a-fA-F]{64}$/.test(entry.sha256) &&
      Number.isSafeInteger(entry.size) &&
      (entry.size as number) >= 0 &&
      (entry.path === undefined || typeof entry.path === 'string');
    if (!valid) {
      throw new ConfigError(`manifest '${path}': files[${index}] is not an entry with filename, size and sha256`, {
        hint: 'it is written by build-wheel; do not edit it by hand',
      });
    }
  }
  return { stores: [], tests: [], promotions: [], kind: 'final', ...manifest } as ReleaseManifest;
}

/** Writes to a temporary file and renames it over the target, so a reader never sees half a manifest. */
export async function writeManifest(path: string, manifest: ReleaseManifest): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
}

/**
 * The test runs of the test legs' copies of a manifest (one per Python version of a matrix), merged into
 * it: each leg recorded its run in its own copy. A copy of another release is an error; a run already
 * there (same Python, OS, index and time) is not added twice.
 */
export function mergeTestRuns(manifest: ReleaseManifest, legs: readonly { path: string; manifest: ReleaseManifest }[]): ReleaseManifest {
  const tests = [...manifest.tests];
  const key = (run: ManifestTestRun) => `${run.python} ${run.os} ${run.index} ${run.at}`;
  for (const leg of legs) {
    if (leg.manifest.name !== manifest.name || leg.manifest.version !== manifest.version)
      throw new ConfigError(
        `test results ${leg.path} are of ${leg.manifest.name} ${leg.manifest.version}, not ${manifest.name} ${manifest.version}`,
        { hint: 'pass only the manifests the test jobs of this release wrote' },
      );
    for (const run of leg.manifest.tests) if (!tests.some((known) => key(known) === key(run))) tests.push(run);
  }
  return { ...manifest, tests };
}

/** True when at least one recorded test run of this release passed and none failed. */
export function testsPassed(manifest: ReleaseManifest): boolean {
  return manifest.tests.length > 0 && manifest.tests.every((run) => run.failed === 0 && run.errors === 0 && run.passed > 0);
}
