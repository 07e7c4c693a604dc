/**
 * The proof corpus: every common project shape (test/corpus/shapes.ts) through `wheelwright pipeline` (the
 * CLI bundle, run as a user runs it on a release-tag build) to `stable`, once on the embedded file store
 * and once on a real index server (devpi-server and pypiserver in turn). For each run: the stable index
 * serves exactly the wheel the build made (hashed here from the bytes the index hands out), the printed
 * install line installs it into a fresh venv, the manifest records the version source, the test-dependency
 * source and that the tests ran in the checkout, and the shape's own tests (which fail unless they import
 * the installed copy) all passed.
 *
 * Cost: one repository per shape serves both legs; all runs start in `beforeAll`, two at a time (two
 * cores), each shape's legs one after the other (a build writes into its checkout). Builds run without
 * isolation on a venv holding the shapes' backends (cached per checkout, as the versions' reference tests
 * do); isolated builds fill a fresh environment from the mirror per build, the slow part. The venv has no
 * pypa/build: the pipeline brings its own tools environment, cached for the run.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ReleaseManifest, readManifest } from '@wheelwright/core/manifest';
import { openStore } from '@wheelwright/core/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/action-harness';
import { cleanPythonEnv, PYTHON, referenceVenv, UPSTREAM_INDEX, venvPython } from '../support/python';
import { realStores, STORES_START_TIMEOUT_MS, startRealStores } from '../support/real-stores';
import { buildCorpus, CORPUS_BACKENDS, type CorpusShape } from './shapes';

const CLI = join(repoRoot, 'dist', 'cli', 'index.js');

type Leg = 'embedded' | 'devpi' | 'pypiserver';

interface LegRun {
  shape: CorpusShape;
  leg: Leg;
  code: number;
  result: Record<string, unknown>;
  stderr: string;
  workDir: string;
  /** Where the stable index is, and the login to read it. */
  stable: { url: string; username?: string; password?: string };
  ms: number;
}

function exec(
  command: string,
  args: string[],
  options: { env: Record<string, string>; cwd?: string; timeout?: number },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    execFile(
      command,
      args,
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: options.timeout ?? 600_000, env: options.env, cwd: options.cwd },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return fail(error);
        done({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

const root = mkdtempSync(join(tmpdir(), 'ww-corpus-'));
let shapes: CorpusShape[] = [];
const runs = new Map<string, LegRun>();
const key = (shape: CorpusShape, leg: Leg) => `${shape.label} / ${leg}`;
let buildPython = '';

/** One `wheelwright pipeline` run of a shape's release tag, as GitLab would start it for the tag. */
async function runLeg(shape: CorpusShape, leg: Leg): Promise<LegRun> {
  const workDir = join(root, 'work', `${shape.name}-${leg}`);
  mkdirSync(workDir, { recursive: true });
  const env: Record<string, string> = {
    CI_COMMIT_TAG: shape.tag,
    // The pipeline's tools environment (pypa/build for an interpreter without it): once per run.
    XDG_CACHE_HOME: join(root, 'cache'),
  };
  const storeFlags: string[] = [];
  let stable: LegRun['stable'];
  if (leg === 'embedded') {
    const store = join(root, 'stores', shape.name);
    storeFlags.push('--store', store);
    stable = { url: join(store, 'stable') };
  } else {
    const servers = realStores();
    const server = servers[leg];
    env.WHEELWRIGHT_STORE_USERNAME = server.user;
    env.WHEELWRIGHT_STORE_PASSWORD = server.password;
    if (leg === 'devpi') {
      // One store holding the three indexes: <user>/unstable, <user>/testing, <user>/stable.
      storeFlags.push('--store', servers.devpi.unstable.replace(/\/unstable$/, ''));
    } else {
      // pypiserver serves one index per process: three URLs.
      for (const tier of ['unstable', 'testing', 'stable'] as const) storeFlags.push(`--${tier}-url`, servers.pypiserver[tier]);
    }
    stable = { url: server.stable, username: server.user, password: server.password };
  }
  const started = performance.now();
  const run = await exec(
    process.execPath,
    [
      CLI,
      'pipeline',
      shape.dir,
      ...storeFlags,
      '--python',
      buildPython,
      '--no-isolation',
      '--extra-index-url',
      UPSTREAM_INDEX,
      '--work-dir',
      workDir,
      ...shape.flags,
    ],
    { env: cleanPythonEnv(env), timeout: PIPELINE_MS },
  );
  let result: Record<string, unknown> = {};
  try {
    result = JSON.parse(run.stdout || '{}');
  } catch {
    result = { unparsable: run.stdout.slice(0, 2000) };
  }
  return { shape, leg, code: run.code, result, stderr: run.stderr, workDir, stable, ms: performance.now() - started };
}

/** One pipeline run (build, venv, pytest, three stores) on two loaded cores. */
const PIPELINE_MS = 300_000;

beforeAll(
  async () => {
    await startRealStores();
    buildPython = venvPython(await referenceVenv(CORPUS_BACKENDS));
    shapes = buildCorpus(join(root, 'repos'));
    // Two shapes at a time; a shape's two legs in turn (both build in the same checkout).
    const queue = [...shapes];
    const worker = async () => {
      for (let shape = queue.shift(); shape; shape = queue.shift()) {
        for (const leg of ['embedded', shape.server] as const) runs.set(key(shape, leg), await runLeg(shape, leg));
      }
    };
    await Promise.all([worker(), worker()]);
    const times = [...runs.values()].map((r) => `${r.shape.name}/${r.leg} ${(r.ms / 1000).toFixed(1)} s`);
    process.stderr.write(`corpus pipeline runs: ${times.join(', ')}\n`);
  },
  STORES_START_TIMEOUT_MS + 8 * PIPELINE_MS,
);

/** The bytes the index hands out for `filename`, hashed. */
async function servedSha256(stable: LegRun['stable'], name: string, filename: string): Promise<string> {
  const store = await openStore({
    url: stable.url,
    ...(stable.username ? { username: stable.username } : {}),
    ...(stable.password ? { password: stable.password } : {}),
  });
  const listed = (await store.listFiles(name)).find((f) => f.filename === filename);
  if (!listed) throw new Error(`${filename} is not listed in ${stable.url}`);
  const url = listed.url.replace(/#.*$/, '');
  const bytes = url.startsWith('file:') ? await readFile(fileURLToPath(url)) : Buffer.from(await (await fetch(url)).arrayBuffer());
  return createHash('sha256').update(bytes).digest('hex');
}

describe.each([
  'setuptools_scm in pyproject.toml, PEP 735 groups, src layout',
  'setuptools_scm with setup.cfg, namespace package, tox deps',
  'setup.py use_scm_version, flat layout, tests extra, tests read checkout files',
  'hatch-vcs, requirements-test.txt',
  'flit, static __version__',
  'poetry-core, static [tool.poetry] version',
  'monorepo package a, prefixed tags (tag_regex)',
  'monorepo package b, prefixed tags (--tag-regex)',
])('%s', (label) => {
  it.each(['embedded', 'server'] as const)(
    'reaches stable through wheelwright pipeline (%s store)',
    async (which) => {
      const shape = shapes.find((s) => s.label === label);
      if (!shape) throw new Error(`no shape '${label}' in the corpus`);
      const run = runs.get(key(shape, which === 'embedded' ? 'embedded' : shape.server));
      if (!run) throw new Error(`no pipeline run for ${label} (${which}): see beforeAll`);
      const log = readFileSync(join(run.workDir, 'pipeline.log'), 'utf8');
      expect(run.code, `${run.stderr}\n--- pipeline.log (tail)\n${log.slice(-6000)}`).toBe(0);
      expect(run.result).toMatchObject({ ok: true, name: shape.name, version: shape.version, channel: 'stable' });
      expect((run.result.steps as { action: string; status: string }[]).map((s) => `${s.action} ${s.status}`)).toEqual([
        'pep440-version ok',
        'build-wheel ok',
        'publish ok',
        'clean-env-test ok',
        'promote ok',
        'promote ok',
      ]);

      // The manifest: the version's source, where the test dependencies came from, where pytest ran.
      const manifest: ReleaseManifest = await readManifest(String(run.result.manifest));
      expect(manifest.source).toMatchObject({ tag: shape.tag, distance: 0, dirty: false, versionSource: shape.versionSource });
      expect(manifest.tests).toEqual([
        expect.objectContaining({
          passed: shape.tests,
          failed: 0,
          errors: 0,
          testDependencies: shape.testDependencies,
          testsFrom: 'checkout',
        }),
      ]);
      expect(manifest.stores.at(-1)).toMatchObject({ index: 'stable', by: 'promote' });

      // The tests imported the installed copy (the import guard's line; each test module asserts it too).
      const module = shape.importName.split('.')[0] ?? '';
      expect(log).toMatch(new RegExp(`${shape.name} ${shape.version.replace(/\./g, '\\.')} imports from \\S*site-packages/${module}`));

      for (const line of shape.logLines ?? []) expect(log).toContain(line);

      // Stable serves exactly the wheel the build made.
      const wheel = manifest.files.find((f) => f.filename.endsWith('.whl'));
      expect(wheel?.filename).toMatch(
        new RegExp(`^${shape.name.replace(/-/g, '_')}-${shape.version.replace(/\./g, '\\.')}-(py2\\.)?py3-none-any\\.whl$`),
      );
      const built = createHash('sha256')
        .update(readFileSync(join(run.workDir, 'dist', wheel?.filename ?? '?')))
        .digest('hex');
      expect(wheel?.sha256).toBe(built);
      expect(await servedSha256(run.stable, shape.name, wheel?.filename ?? '?')).toBe(built);

      // The install line the CLI printed works in a fresh venv (the wheel pinned by hash, from stable).
      const line = /pip install "(\S+ @ \S+\.whl#sha256=([0-9a-f]{64}))"/.exec(run.stderr);
      expect(line?.[2], run.stderr).toBe(built);
      const venv = mkdtempSync(join(root, 'venv-'));
      const env = cleanPythonEnv();
      const made = await exec(PYTHON, ['-m', 'venv', '--without-pip', venv], { env });
      expect(made.code, made.stderr).toBe(0);
      const install = await exec(
        PYTHON,
        ['-m', 'pip', '--python', venvPython(venv), 'install', '-q', '--index-url', UPSTREAM_INDEX, line?.[1] ?? '?'],
        { env },
      );
      expect(install.code, install.stderr).toBe(0);
      const probe = await exec(
        venvPython(venv),
        [
          '-c',
          `import importlib.metadata, ${shape.importName} as m; print(importlib.metadata.version(${JSON.stringify(shape.name)})); print(m.__file__)`,
        ],
        { env, cwd: venv },
      );
      expect(probe.code, probe.stderr).toBe(0);
      const [version, file] = probe.stdout.trim().split('\n');
      expect(version).toBe(shape.version);
      expect(file).toContain(join(venv, 'lib'));
    },
    120_000,
  );
});
