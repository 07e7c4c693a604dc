/**
 * The whole flow end to end on one real project, twice: through the action bundles in the order and
 * with the inputs `.github/workflows/python-release.yml` gives them (the harness runs each bundle as the
 * runner does), and through the CLI bundle (`wheelwright pipeline`). Scenarios: a push to main (ends in
 * testing), an rc tag (testing) then the final tag on the same commit (stable), a failing test (stays in
 * unstable, the run fails), a broken package (nothing published). Third-party wheels come from
 * UPSTREAM_INDEX with a clean pip environment.
 *
 * Every test works on its own copy of one prepared repository and its own stores, so each runs alone, in
 * any order. Every process is awaited asynchronously (the event loop keeps vitest's timers running), and
 * every test has a timeout sized for two busy cores: one workflow run builds, installs and tests a
 * package (about 30 s on a quiet machine; the rc → final flow is two runs).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ActionRun, repoRoot, runAction } from '../support/action-harness';
import { GitRepo } from '../support/git-repo';
import { makeWheel } from '../support/index-server/artefacts';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX } from '../support/python';
import { writeProject } from '../support/python-project';

const NAME = 'ww-pipeline-demo';
const temp = mkdtempSync(join(tmpdir(), 'ww-e2e-'));
/** A push to main after the v1.2.0 tag: the history every scenario starts from (never changed). */
let base: string;

/** One workflow run builds, installs and tests; sized for two loaded cores. */
const ONE_RUN_MS = 300_000;
const TWO_RUNS_MS = 480_000;

beforeAll(() => {
  const project = writeProject(join(temp, 'base'), { kind: 'setuptools-scm', name: NAME, tag: 'v1.2.0' });
  if (!project.repo) throw new Error('no git repository');
  project.repo.git('config', 'core.autocrlf', 'false');
  project.repo.commit('a change on main', { 'CHANGES.txt': 'a change\n' });
  base = project.dir;
});

/** This test's own copy of the prepared repository. */
function freshRepo(): GitRepo {
  const dir = mkdtempSync(join(temp, 'repo-'));
  cpSync(base, dir, { recursive: true });
  return new GitRepo(dir);
}

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Files of our project in one index of a store. */
async function filesIn(index: string): Promise<string[]> {
  const store = await openStore({ url: index });
  return (await store.listFiles(NAME)).map((f) => f.filename).sort();
}

interface WorkflowRun {
  ok: boolean;
  failedAt?: string;
  version?: string | undefined;
  finalIndex?: string;
  runs: Record<string, ActionRun>;
}

/**
 * python-release.yml's jobs, in order, with the same inputs (the paths the workflow takes from
 * runner.temp are a folder per run here). A failed step ends the run, as `needs:` does.
 */
async function releaseWorkflow(
  repo: GitRepo,
  ref: string,
  stores: Record<'unstable' | 'testing' | 'stable', string>,
): Promise<WorkflowRun> {
  const runs: Record<string, ActionRun> = {};
  const releaseDir = mkdtempSync(join(temp, 'release-'));
  const env = cleanPythonEnv();
  const step = async (id: string, action: string, inputs: Record<string, string>): Promise<ActionRun | undefined> => {
    const run = await runAction(action, { workspace: repo.dir, ref, env, inputs, timeoutMs: 300_000 });
    runs[id] = run;
    return run.exitCode === 0 ? run : undefined;
  };
  const version = await step('version', 'pep440-version', { path: '.' });
  if (!version) return { ok: false, failedAt: 'version', runs };
  const build = await step('build', 'build-wheel', {
    path: '.',
    version: version.outputs.version ?? '',
    'output-dir': releaseDir,
    python: PYTHON,
    // Debian's setuptools_scm: no isolated environment to fill from the mirror (faster; build-wheel's
    // own tests cover isolated builds).
    isolation: 'false',
  });
  if (!build) return { ok: false, failedAt: 'build', version: version.outputs.version, runs };
  const manifest = build.outputs.manifest ?? '';
  const publish = await step('publish', 'publish', { store: stores.unstable, 'index-name': 'unstable', manifest });
  if (!publish) return { ok: false, failedAt: 'publish', version: version.outputs.version, runs };
  const test = await step('test', 'clean-env-test', {
    manifest,
    'index-url': publish.outputs['index-url'] ?? '',
    python: PYTHON,
    tests: './tests',
    'extra-index-url': UPSTREAM_INDEX,
  });
  if (!test) return { ok: false, failedAt: 'test', version: version.outputs.version, finalIndex: stores.unstable, runs };
  const testing = await step('promote-testing', 'promote', {
    manifest,
    from: stores.unstable,
    to: stores.testing,
    'to-channel': 'testing',
  });
  if (!testing) return { ok: false, failedAt: 'promote-testing', version: version.outputs.version, runs };
  // The workflow's `if:` — the version's channel (core policy) and a release-tag trigger.
  if (version.outputs.channel === 'stable' && ref.startsWith('refs/tags/')) {
    const stable = await step('promote-stable', 'promote', { manifest, from: stores.testing, to: stores.stable, 'to-channel': 'stable' });
    if (!stable) return { ok: false, failedAt: 'promote-stable', version: version.outputs.version, runs };
    return { ok: true, version: version.outputs.version, finalIndex: stores.stable, runs };
  }
  return { ok: true, version: version.outputs.version, finalIndex: stores.testing, runs };
}

/** Fresh, empty stores for one test. */
function freshStores(): Record<'unstable' | 'testing' | 'stable', string> {
  const root = mkdtempSync(join(temp, 'store-'));
  return { unstable: join(root, 'unstable'), testing: join(root, 'testing'), stable: join(root, 'stable') };
}

/** Turns the commit's test into a failing one (the package itself still builds). */
function failingCommit(repo: GitRepo): string {
  const tests = repo
    .git('ls-files', 'tests')
    .split('\n')
    .filter((f) => f.endsWith('.py') && /test_/.test(f));
  const file = tests[0];
  if (!file) throw new Error('the sample project has no test module');
  return repo.commit('a failing test', {
    [file]: `${readFileSync(join(repo.dir, file), 'utf8')}\n\ndef test_fails():\n    assert 1 == 2\n`,
  });
}

/** A commit whose package cannot be built: a dependency that is not PEP 508 (the backend refuses it). */
function brokenCommit(repo: GitRepo): string {
  const pyproject = readFileSync(join(repo.dir, 'pyproject.toml'), 'utf8');
  const broken = pyproject.replace(/^dependencies = \[.*\]$/m, 'dependencies = ["packaging >=> 20"]');
  if (broken === pyproject) throw new Error('the sample project declares no dependencies line');
  return repo.commit('a broken dependency', { 'pyproject.toml': broken });
}

describe('python-release.yml, step by step through the bundles', () => {
  it('follows the workflow file: the same actions in the same order', () => {
    const workflow = parse(readFileSync(join(repoRoot, '.github', 'workflows', 'python-release.yml'), 'utf8')) as {
      jobs: Record<string, { steps?: { uses?: string }[] }>;
    };
    const order = Object.values(workflow.jobs)
      .flatMap((job) => job.steps ?? [])
      .map((s) => /^\$\/actions\/(.+)$/.exec(s.uses ?? '')?.[1])
      .filter(Boolean);
    // release-report only reports on the jobs before it; the release itself is the first six steps.
    expect(order).toEqual([
      'pep440-version',
      'build-wheel',
      'publish',
      'clean-env-test',
      'promote',
      'promote',
      'release-report',
      'release-report',
    ]);
  });

  it(
    'a push to main ends in testing',
    async () => {
      const repo = freshRepo();
      const stores = freshStores();
      const run = await releaseWorkflow(repo, 'refs/heads/main', stores);
      expect(run.runs[run.failedAt ?? '']?.errors ?? [], run.failedAt).toEqual([]);
      expect(run.ok).toBe(true);
      expect(run.version).toMatch(/^1\.2\.1\.dev1\+g[0-9a-f]+$/);
      expect(run.finalIndex).toBe(stores.testing);
      expect((await filesIn(stores.testing)).length).toBe(2);
      expect(await filesIn(stores.stable)).toEqual([]);
    },
    ONE_RUN_MS,
  );

  it(
    'an rc tag ends in testing; the final tag on the same commit ends in stable',
    async () => {
      const repo = freshRepo();
      const stores = freshStores();
      repo.tag('v1.2.1rc1');
      const rc = await releaseWorkflow(repo, 'refs/tags/v1.2.1rc1', stores);
      expect(rc.runs[rc.failedAt ?? '']?.errors ?? []).toEqual([]);
      expect(rc).toMatchObject({ ok: true, version: '1.2.1rc1', finalIndex: stores.testing });
      expect(rc.runs['promote-stable']).toBeUndefined();

      repo.tag('v1.2.1');
      const final = await releaseWorkflow(repo, 'refs/tags/v1.2.1', stores);
      expect(final.runs[final.failedAt ?? '']?.errors ?? []).toEqual([]);
      expect(final).toMatchObject({ ok: true, version: '1.2.1', finalIndex: stores.stable });
      const stable = await filesIn(stores.stable);
      expect(stable.every((f) => f.includes('1.2.1') && !f.includes('rc1'))).toBe(true);
      expect(stable.length).toBe(2);
      expect((await filesIn(stores.testing)).some((f) => f.includes('1.2.1rc1'))).toBe(true);
    },
    TWO_RUNS_MS,
  );

  it(
    'a failing test leaves the release in unstable and fails the run',
    async () => {
      const repo = freshRepo();
      const stores = freshStores();
      failingCommit(repo);
      const run = await releaseWorkflow(repo, 'refs/heads/main', stores);
      expect(run).toMatchObject({ ok: false, failedAt: 'test' });
      expect(run.runs.test?.outputs.failed).toBe('1');
      // The failure is an annotation on the test's file and line, as the runner shows it.
      const annotation = run.runs.test?.commands.find((c) => c.command === 'error' && c.properties.file);
      expect(annotation?.properties.file).toMatch(/tests\/test_\w+\.py$/);
      expect(Number(annotation?.properties.line)).toBeGreaterThan(0);
      expect(annotation?.message).toMatch(/assert 1 == 2/);
      expect(run.runs['promote-testing']).toBeUndefined();
      // The version's public part: file names spell the local part differently in sdists and wheels.
      const publicVersion = (run.version ?? '?').split('+')[0] ?? '?';
      expect((await filesIn(stores.unstable)).filter((f) => f.includes(publicVersion)).length).toBe(2);
      expect((await filesIn(stores.testing)).some((f) => f.includes(publicVersion))).toBe(false);
    },
    ONE_RUN_MS,
  );

  it(
    'a broken package publishes nothing',
    async () => {
      const repo = freshRepo();
      const stores = freshStores();
      brokenCommit(repo);
      const run = await releaseWorkflow(repo, 'refs/heads/main', stores);
      expect(run).toMatchObject({ ok: false, failedAt: 'build' });
      expect(run.runs.build?.errors.length).toBeGreaterThan(0);
      expect(await filesIn(stores.unstable)).toEqual([]);
    },
    ONE_RUN_MS,
  );
});

describe('wheelwright pipeline (the CLI bundle), the same scenarios', () => {
  const cli = join(repoRoot, 'dist', 'cli', 'index.js');

  /** Runs the CLI bundle on the test process's Node (the oldest engines allows), without blocking. */
  function wheelwright(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((done, fail) => {
      execFile(
        process.execPath,
        [cli, ...args],
        { encoding: 'utf8', env: cleanPythonEnv(env), timeout: 600_000, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number') return fail(error);
          done({ code: error ? Number(error.code) : 0, stdout, stderr });
        },
      );
    });
  }

  async function pipeline(
    repo: GitRepo,
    store: string,
    env: Record<string, string>,
    ...extra: string[]
  ): Promise<{ code: number; result: Record<string, unknown>; stderr: string }> {
    const work = mkdtempSync(join(temp, 'cli-run-'));
    // Debian's backend, as the workflow scenarios: isolated builds are main.mjs's and the bench's.
    const run = await wheelwright(
      [
        'pipeline',
        repo.dir,
        '--store',
        store,
        '--python',
        PYTHON,
        '--no-isolation',
        '--extra-index-url',
        UPSTREAM_INDEX,
        '--work-dir',
        work,
        ...extra,
      ],
      // GitLab's variables as the CI hint, as a Jenkins or GitLab job would run it.
      env,
    );
    writeFileSync(join(work, 'stderr.txt'), run.stderr);
    return { code: run.code, result: JSON.parse(run.stdout || '{}'), stderr: run.stderr };
  }

  // A final tag's run to stable, its install line and the stable index's wheel are the proof corpus's
  // (test/corpus: every project shape through `wheelwright pipeline` to stable, file store and servers).
  it(
    'a branch build stays in testing even on a commit with a final tag; an rc tag build ends in testing',
    async () => {
      const repo = freshRepo();
      const store = mkdtempSync(join(temp, 'cli-store-'));
      repo.tag('v1.2.1rc1');
      repo.tag('v1.2.1');
      const main = await pipeline(repo, store, { CI_COMMIT_BRANCH: 'main' });
      expect(main.stderr).toMatch(/✔ version/);
      expect(main.code, main.stderr).toBe(0);
      expect(main.result).toMatchObject({ ok: true, channel: 'testing', name: NAME });
      expect(main.stderr).toMatch(/released .* to testing/);
      expect(await filesIn(join(store, 'stable'))).toEqual([]);

      const rc = await pipeline(repo, store, { CI_COMMIT_TAG: 'v1.2.1rc1' });
      expect(rc.code, rc.stderr).toBe(0);
      expect(rc.result).toMatchObject({ version: '1.2.1rc1', channel: 'testing' });
      const steps = (rc.result.steps as { name: string; status: string }[]).map((s) => s.name);
      expect(steps).toEqual(['version', 'build', 'publish → unstable', 'clean-env-test', 'promote → testing']);
      expect(await filesIn(join(store, 'stable'))).toEqual([]);
    },
    TWO_RUNS_MS,
  );

  it(
    'a pull request (--publish false) builds and tests from a temporary store and publishes nothing',
    async () => {
      const repo = freshRepo();
      const store = mkdtempSync(join(temp, 'cli-store-'));
      const run = await pipeline(repo, store, { CI_MERGE_REQUEST_IID: '7' }, '--publish', 'false');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/nothing published/);
      expect((run.result.steps as { action: string }[]).map((s) => s.action)).not.toContain('promote');
      for (const index of ['unstable', 'testing', 'stable']) expect(await filesIn(join(store, index))).toEqual([]);
    },
    ONE_RUN_MS,
  );

  it(
    'one action per subcommand: outputs as JSON, the CI tag hint names the release',
    async () => {
      const repo = freshRepo();
      repo.tag('v1.2.1rc1');
      const version = await wheelwright(['pep440-version', '--path', repo.dir], { CI_COMMIT_TAG: 'v1.2.1rc1' });
      expect(version.code, version.stderr).toBe(0);
      expect(JSON.parse(version.stdout)).toMatchObject({ version: '1.2.1rc1', tag: 'v1.2.1rc1', channel: 'testing' });
      // A store that has the project, but not the version asked for.
      const store = mkdtempSync(join(temp, 'cli-store-'));
      const testing = await openStore({ url: join(store, 'testing') });
      await testing.upload(await readLocalArtefact((await makeWheel({ name: NAME, version: '1.2.0' })).path));
      const missing = await wheelwright(
        ['promote', '--from', join(store, 'testing'), '--to', join(store, 'stable'), '--package', NAME, '--version', '9.9.9'],
        {},
      );
      expect(missing.code).toBe(1);
      expect(missing.stdout).toBe('');
      expect(missing.stderr.split('\n')[0]).toMatch(/^error: .*9\.9\.9/);
    },
    ONE_RUN_MS,
  );

  it(
    'a failing test stays in unstable and exits 1',
    async () => {
      const repo = freshRepo();
      failingCommit(repo);
      const run = await pipeline(repo, mkdtempSync(join(temp, 'cli-store-')), { CI_COMMIT_BRANCH: 'main' });
      expect(run.code).toBe(1);
      expect(run.result).toMatchObject({ ok: false, channel: 'unstable' });
      expect(run.stderr).toMatch(/the release stays in unstable/);
    },
    ONE_RUN_MS,
  );

  it(
    'a broken package publishes nothing and exits 1',
    async () => {
      const repo = freshRepo();
      brokenCommit(repo);
      const store = mkdtempSync(join(temp, 'cli-store-'));
      const run = await pipeline(repo, store, { CI_COMMIT_BRANCH: 'main' });
      expect(run.code).toBe(1);
      expect(run.result).toMatchObject({ ok: false, channel: 'none' });
      expect(run.stderr).toMatch(/nothing was published/);
      expect(await filesIn(join(store, 'unstable'))).toEqual([]);
    },
    ONE_RUN_MS,
  );
});
