/**
 * The whole flow end to end on one real project, twice: through the action bundles in the order and
 * with the inputs `.github/workflows/python-release.yml` gives them (the harness runs each bundle as the
 * runner does), and through the CLI bundle (`wheelwright pipeline`). Scenarios, on one git history so
 * builds are shared where the commit is: a push to main (ends in testing), an rc tag (testing), a final
 * tag on the same commit (stable), a failing test (stays in unstable, the run fails), a broken package
 * (nothing published). Third-party wheels come from UPSTREAM_INDEX with a clean pip environment.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@wheelwright/core/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ActionRun, repoRoot, runAction } from '../support/action-harness';
import type { GitRepo } from '../support/git-repo';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX } from '../support/python';
import { writeProject } from '../support/python-project';

const NAME = 'ww-pipeline-demo';
// Until every action of the flow has its core entry, the flow cannot run end to end.
const READY = ['build', 'publish'].every((entry) => existsSync(join(repoRoot, 'packages', 'core', 'src', entry, 'index.ts')));
const temp = mkdtempSync(join(tmpdir(), 'ww-e2e-'));
let repo: GitRepo;

/** The commits of the scenarios, made once. */
const commits: { main?: string; failing?: string; broken?: string } = {};

beforeAll(() => {
  const project = writeProject(join(temp, 'project'), { kind: 'setuptools-scm', name: NAME, tag: 'v1.2.0' });
  if (!project.repo) throw new Error('no git repository');
  repo = project.repo;
  repo.git('config', 'core.autocrlf', 'false');
  commits.main = repo.commit('a change on main', { 'CHANGES.txt': 'a change\n' });
});

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Files of our project in one index of a store. */
async function filesIn(index: string): Promise<string[]> {
  const store = await openStore({ url: index });
  return (await store.listFiles(NAME)).map((f) => f.filename).sort();
}

function checkout(commit: string): void {
  repo.git('checkout', '-q', '--detach', commit);
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
async function releaseWorkflow(ref: string, stores: Record<'unstable' | 'testing' | 'stable', string>): Promise<WorkflowRun> {
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

function storesUnder(root: string): Record<'unstable' | 'testing' | 'stable', string> {
  return { unstable: join(root, 'unstable'), testing: join(root, 'testing'), stable: join(root, 'stable') };
}

/** Turns the commit's test into a failing one (the package itself still builds). */
function failingCommit(): string {
  checkout(commits.main ?? '');
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
function brokenCommit(): string {
  checkout(commits.main ?? '');
  const pyproject = readFileSync(join(repo.dir, 'pyproject.toml'), 'utf8');
  const broken = pyproject.replace(/^dependencies = \[.*\]$/m, 'dependencies = ["packaging >=> 20"]');
  if (broken === pyproject) throw new Error('the sample project declares no dependencies line');
  return repo.commit('a broken dependency', { 'pyproject.toml': broken });
}

describe.skipIf(!READY)('python-release.yml, step by step through the bundles', () => {
  const stores = storesUnder(join(temp, 'workflow-store'));

  it('follows the workflow file: the same actions in the same order', () => {
    const workflow = parse(readFileSync(join(repoRoot, '.github', 'workflows', 'python-release.yml'), 'utf8')) as {
      jobs: Record<string, { steps?: { uses?: string }[] }>;
    };
    const order = Object.values(workflow.jobs)
      .flatMap((job) => job.steps ?? [])
      .map((s) => /^\$\/actions\/(.+)$/.exec(s.uses ?? '')?.[1])
      .filter(Boolean);
    expect(order).toEqual(['pep440-version', 'build-wheel', 'publish', 'clean-env-test', 'promote', 'promote']);
  });

  it('a push to main ends in testing', async () => {
    checkout(commits.main ?? '');
    const run = await releaseWorkflow('refs/heads/main', stores);
    expect(run.runs[run.failedAt ?? '']?.errors ?? [], run.failedAt).toEqual([]);
    expect(run.ok).toBe(true);
    expect(run.version).toMatch(/^1\.2\.1\.dev1\+g[0-9a-f]+$/);
    expect(run.finalIndex).toBe(stores.testing);
    expect((await filesIn(stores.testing)).length).toBe(2);
    expect(await filesIn(stores.stable)).toEqual([]);
  });

  it('an rc tag ends in testing; the final tag on the same commit ends in stable', async () => {
    checkout(commits.main ?? '');
    repo.tag('v1.2.1rc1');
    const rc = await releaseWorkflow('refs/tags/v1.2.1rc1', stores);
    expect(rc.runs[rc.failedAt ?? '']?.errors ?? []).toEqual([]);
    expect(rc).toMatchObject({ ok: true, version: '1.2.1rc1', finalIndex: stores.testing });
    expect(rc.runs['promote-stable']).toBeUndefined();

    repo.tag('v1.2.1');
    const final = await releaseWorkflow('refs/tags/v1.2.1', stores);
    expect(final.runs[final.failedAt ?? '']?.errors ?? []).toEqual([]);
    expect(final).toMatchObject({ ok: true, version: '1.2.1', finalIndex: stores.stable });
    const stable = await filesIn(stores.stable);
    expect(stable.every((f) => f.includes('1.2.1') && !f.includes('rc1'))).toBe(true);
    expect(stable.length).toBe(2);
    expect((await filesIn(stores.testing)).some((f) => f.includes('1.2.1rc1'))).toBe(true);
  });

  it('a failing test leaves the release in unstable and fails the run', async () => {
    commits.failing = failingCommit();
    const run = await releaseWorkflow('refs/heads/main', stores);
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
  });

  it('a broken package publishes nothing', async () => {
    commits.broken = brokenCommit();
    const before = await filesIn(stores.unstable);
    const run = await releaseWorkflow('refs/heads/main', stores);
    expect(run).toMatchObject({ ok: false, failedAt: 'build' });
    expect(run.runs.build?.errors.length).toBeGreaterThan(0);
    expect(await filesIn(stores.unstable)).toEqual(before);
  });
});

describe.skipIf(!READY)('wheelwright pipeline (the CLI bundle), the same scenarios', () => {
  const cli = join(repoRoot, 'dist', 'cli', 'index.js');
  const store = join(temp, 'cli-store');

  function pipeline(env: Record<string, string>, ...extra: string[]): { code: number; result: Record<string, unknown>; stderr: string } {
    const work = join(temp, `cli-run-${Math.random().toString(36).slice(2)}`);
    mkdirSync(work);
    const run = spawnSync(
      process.execPath,
      // Debian's backend, as the workflow scenarios: isolated builds are main.mjs's and the bench's.
      [
        cli,
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
      { encoding: 'utf8', env: cleanPythonEnv(env), timeout: 600_000 },
    );
    writeFileSync(join(work, 'stderr.txt'), run.stderr);
    return { code: run.status ?? 1, result: JSON.parse(run.stdout || '{}'), stderr: run.stderr };
  }

  it('push to main → testing, rc tag → testing, final tag → stable', async () => {
    checkout(commits.main ?? '');
    // The tags exist when the workflow scenarios ran first (same file, in order); -f keeps them where they are.
    repo.git('tag', '-f', 'v1.2.1rc1', commits.main ?? '');
    repo.git('tag', '-f', 'v1.2.1', commits.main ?? '');
    const main = pipeline({ CI_COMMIT_BRANCH: 'main' });
    expect(main.stderr).toMatch(/✔ version/);
    expect(main.code, main.stderr).toBe(0);
    expect(main.result).toMatchObject({ ok: true, channel: 'testing', name: NAME });
    expect(main.stderr).toMatch(/released .* to testing/);

    const rc = pipeline({ CI_COMMIT_TAG: 'v1.2.1rc1' });
    expect(rc.code, rc.stderr).toBe(0);
    expect(rc.result).toMatchObject({ version: '1.2.1rc1', channel: 'testing' });

    const final = pipeline({ CI_COMMIT_TAG: 'v1.2.1' });
    expect(final.code, final.stderr).toBe(0);
    expect(final.result).toMatchObject({ version: '1.2.1', channel: 'stable' });
    expect(final.stderr).toContain(`pip install --index-url ${final.result['index-url']} ${NAME}==1.2.1`);
    expect((await filesIn(join(store, 'stable'))).length).toBe(2);
    const steps = (final.result.steps as { name: string; status: string }[]).map((s) => s.name);
    expect(steps).toEqual(['version', 'build', 'publish → unstable', 'clean-env-test', 'promote → testing', 'promote → stable']);
  });

  it('a pull request (--publish false) builds and tests from a temporary store and publishes nothing', async () => {
    checkout(commits.main ?? '');
    const before = await Promise.all(['unstable', 'testing', 'stable'].map((index) => filesIn(join(store, index))));
    const run = pipeline({ CI_MERGE_REQUEST_IID: '7' }, '--publish', 'false');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/nothing published/);
    expect((run.result.steps as { action: string }[]).map((s) => s.action)).not.toContain('promote');
    expect(await Promise.all(['unstable', 'testing', 'stable'].map((index) => filesIn(join(store, index))))).toEqual(before);
  });

  it('one action per subcommand: outputs as JSON, the CI tag hint names the release', () => {
    checkout(commits.main ?? '');
    const version = spawnSync(process.execPath, [cli, 'pep440-version', '--path', repo.dir], {
      encoding: 'utf8',
      env: cleanPythonEnv({ CI_COMMIT_TAG: 'v1.2.1rc1' }),
    });
    expect(version.status, version.stderr).toBe(0);
    expect(JSON.parse(version.stdout)).toMatchObject({ version: '1.2.1rc1', tag: 'v1.2.1rc1', channel: 'testing' });
    const missing = spawnSync(
      process.execPath,
      [cli, 'promote', '--from', join(store, 'testing'), '--to', join(store, 'stable'), '--package', NAME, '--version', '9.9.9'],
      {
        encoding: 'utf8',
        env: cleanPythonEnv(),
      },
    );
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.split('\n')[0]).toMatch(/^error: .*9\.9\.9/);
  });

  it('a failing test stays in unstable and exits 1', () => {
    checkout(commits.failing ?? failingCommit());
    const run = pipeline({ CI_COMMIT_BRANCH: 'main' });
    expect(run.code).toBe(1);
    expect(run.result).toMatchObject({ ok: false, channel: 'unstable' });
    expect(run.stderr).toMatch(/the release stays in unstable/);
  });

  it('a broken package publishes nothing and exits 1', async () => {
    checkout(commits.broken ?? brokenCommit());
    const before = await filesIn(join(store, 'unstable'));
    const run = pipeline({ CI_COMMIT_BRANCH: 'main' });
    expect(run.code).toBe(1);
    expect(run.result).toMatchObject({ ok: false, channel: 'none' });
    expect(run.stderr).toMatch(/nothing was published/);
    expect(await filesIn(join(store, 'unstable'))).toEqual(before);
  });
});
