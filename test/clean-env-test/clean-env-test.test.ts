/**
 * clean-env-test through its bundle: the package under test comes from a store the test made, every
 * third-party wheel (pytest, packaging, six…) from UPSTREAM_INDEX named as the dependency index, and the
 * machine's pip settings are there on purpose (PIP_FIND_LINKS, plus a pip.conf and PIP_* variables that
 * would break any install that read them).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-harness';
import { startIndexServer } from '../support/index-server/index';
import { runOk } from '../support/processes';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX } from '../support/python';
import { buildReleases, FAILING_TESTS, GOOD_TESTS, type PublishedRelease, writeCheckout } from './releases';

let store: string;
let releases: Record<'good' | 'data' | 'undeclared', PublishedRelease>;

// A user's pip configuration that names other sources: if any of it reached an install, the install
// would fail (no index at all) — so a passing run shows it was ignored.
const hostile = mkdtempSync(join(tmpdir(), 'ww-clean-env-pipconf-'));
writeFileSync(join(hostile, 'pip.conf'), '[global]\nno-index = true\nindex-url = file:///nonexistent/simple\n');
const HOSTILE_PIP_ENV = {
  PIP_CONFIG_FILE: join(hostile, 'pip.conf'),
  PIP_NO_INDEX: '1',
  PIP_INDEX_URL: 'file:///nonexistent/simple',
  PIP_REQUIRE_VIRTUALENV: '1',
};

function cleanEnvTest(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('clean-env-test', {
    workspace,
    inputs: { 'extra-index-url': UPSTREAM_INDEX, 'index-url': store, ...inputs },
    env: { PYTHONDONTWRITEBYTECODE: '1', ...HOSTILE_PIP_ENV, ...env },
    timeoutMs: 180_000,
  });
}

beforeAll(async () => {
  ({ store, releases } = await buildReleases());
}, 180_000);

describe('clean-env-test', () => {
  it('passes a good release installed from the store, records the run in the manifest', async () => {
    const good = releases.good;
    const manifest = {
      schema: 1,
      name: good.name,
      version: good.version,
      kind: 'final',
      files: [{ filename: 'ww_good-1.0.0-py3-none-any.whl', size: 1, sha256: sha256(good.wheel) }],
      stores: [{ index: 'unstable', url: store, by: 'publish', at: '2026-01-01T00:00:00Z' }],
      tests: [],
      promotions: [],
    };
    const workspace = writeCheckout({ ...GOOD_TESTS, 'release.json': JSON.stringify(manifest) });
    const run = await cleanEnvTest(workspace, { manifest: 'release.json', 'index-url': '' });
    expect(run.errors, run.stdout).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ passed: '3', failed: '0', errors: '0', skipped: '1' });
    expect(readFileSync(run.outputs['junit-xml'] ?? '', 'utf8')).toContain('test_console_script_on_path');
    const freeze = readFileSync(run.outputs.freeze ?? '', 'utf8');
    expect(freeze).toMatch(/^ww-good==1\.0\.0 {2}# from file:/m);
    expect(freeze).toMatch(/^pytest==/m);
    expect(freeze).toMatch(/^iniconfig==/m); // the `testing` extra, installed by default
    const written = JSON.parse(readFileSync(join(workspace, 'release.json'), 'utf8'));
    expect(written.tests).toEqual([
      expect.objectContaining({ python: '3.11', os: 'Linux', passed: 3, failed: 0, errors: 0, skipped: 1, index: 'unstable' }),
    ]);
    expect(run.outputs.manifest).toBe(join(workspace, 'release.json'));
    expect(run.summary).toContain('clean-env test of ww-good 1.0.0');
    expect(run.summary).toMatch(/3 passed, 0 failed, 0 errors, 1 skipped — Python 3\.11\.\d+/);
    expect(run.summary).toMatch(/\| pytest \| \d/);
  }, 180_000);

  it('fails a wheel that lacks a data file its tests need, though the source-tree tests pass', async () => {
    const data = releases.data;
    const wheelNames = await runOk(PYTHON, ['-c', 'import sys, zipfile; print(*zipfile.ZipFile(sys.argv[1]).namelist())', data.wheel]);
    expect(wheelNames).not.toContain('defaults.json');
    // In the source tree (the usual CI), the same tests pass.
    await runOk(PYTHON, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests'], {
      cwd: data.source,
      env: cleanPythonEnv({ PYTHONPATH: join(data.source, 'src') }),
    });
    const workspace = writeCheckout({ 'tests/test_data.py': readFileSync(join(data.source, 'tests', 'test_data.py'), 'utf8') });
    const run = await cleanEnvTest(workspace, { package: 'ww-data', version: '1.0.0' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ passed: '0', failed: '1' });
    expect(run.errors.at(-1)).toMatch(/^tests of ww-data 1\.0\.0 failed in the clean environment: 0 passed, 1 failed, 0 errors, 0 skipped/);
    expect(run.errors.join('\n')).toMatch(/FileNotFoundError.*defaults\.json/);
  }, 180_000);

  it('annotates a failing test at its file and line in the checkout', async () => {
    const workspace = writeCheckout(FAILING_TESTS);
    const run = await cleanEnvTest(workspace, { package: 'ww-good', version: '1.0.0', tests: 'tests' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ passed: '1', failed: '1', errors: '0', skipped: '0' });
    const annotation = run.commands.find((c) => c.command === 'error' && c.properties.file);
    expect(annotation?.properties).toMatchObject({ file: 'tests/test_fail.py', line: '6' });
    expect(annotation?.properties.title).toContain('tests/test_fail.py::test_wrong_answer failed');
    expect(annotation?.message).toBe('assert 42 == 41\n +  where 42 = ww_good.VALUE');
    expect(run.summary).toContain('tests/test_fail.py::test_wrong_answer');
    expect(run.summary).toContain('(tests/test_fail.py:6) failed: assert 42 == 41');
  }, 180_000);

  it('fails when no test ran (pytest exit 5), with the counts', async () => {
    const run = await cleanEnvTest(writeCheckout(GOOD_TESTS), { package: 'ww-good', version: '1.0.0', 'pytest-args': '-k\nno_such_test' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ passed: '0', failed: '0', errors: '0', skipped: '0' });
    expect(run.errors).toEqual(["no tests ran for ww-good 1.0.0 from 'tests' (pytest exit 5): 0 passed, 0 failed, 0 errors, 0 skipped"]);
  }, 180_000);

  it('fails on an undeclared dependency, naming the missing module', async () => {
    const workspace = writeCheckout({ 'tests/test_undeclared.py': 'def test_nothing():\n    pass\n' });
    const run = await cleanEnvTest(workspace, { package: 'ww-undeclared', version: '1.0.0' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      "'ww-undeclared' 1.0.0 does not import in the clean environment: 'ww_undeclared' raises ModuleNotFoundError: No module named 'six'",
    ]);
  }, 180_000);

  it('catches a conftest.py that puts the checkout on sys.path', async () => {
    const workspace = writeCheckout({
      ...GOOD_TESTS,
      'src/ww_good/__init__.py': 'VALUE = 42\n',
      'tests/conftest.py': 'import os\nimport sys\n\nsys.path.insert(0, os.path.join(os.environ["GITHUB_WORKSPACE"], "src"))\n',
    });
    const run = await cleanEnvTest(workspace, { package: 'ww-good', version: '1.0.0' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^checkout-import leak: 'ww_good' would be imported from the checkout \(src\/ww_good\/__init__\.py\), not from the installed ww-good 1\.0\.0, because a conftest\.py or test module put the checkout \(src\) on sys\.path/,
      ),
    ]);
    expect(run.outputs).toEqual({});
  }, 180_000);

  it('installs from an HTTP store that needs credentials, and never prints the password', async () => {
    const server = await startIndexServer({ flavour: 'pypiserver', authenticatedReads: true, users: { alice: 's3cr3t-pw' } });
    try {
      const remote = await openStore({ url: server.url, uploadUrl: server.uploadUrl, username: 'alice', password: 's3cr3t-pw' });
      await remote.upload(await readLocalArtefact(releases.good.wheel));
      const withCredentials = server.url.replace('http://', 'http://alice:s3cr3t-pw@');
      const run = await cleanEnvTest(writeCheckout(GOOD_TESTS), { package: 'ww-good', version: '1.0.0', 'index-url': withCredentials });
      expect(run.errors, run.stdout).toEqual([]);
      expect(run.outputs).toMatchObject({ passed: '3', failed: '0' });
      expect(run.masks).toContain('s3cr3t-pw');
      const printed = [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.summary, readFileSync(run.outputs.freeze ?? '', 'utf8')].join(
        '\n',
      );
      expect(printed).not.toContain('s3cr3t-pw');
      expect(run.summary).toContain(`installed from \`${server.url}\``);
    } finally {
      await server.stop();
    }
  }, 180_000);

  it('shows pip’s resolver error when a test requirement cannot be installed', async () => {
    const workspace = writeCheckout({ ...GOOD_TESTS, 'requirements-test.txt': 'nothere-at-all==1.0\n' });
    const run = await cleanEnvTest(workspace, { package: 'ww-good', version: '1.0.0', 'test-requirements': 'requirements-test.txt' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(/^pip could not install ww-good 1\.0\.0 .*ERROR: No matching distribution found for nothere-at-all==1\.0/),
    ]);
  }, 180_000);

  it('refuses a store file that is not the build the manifest records', async () => {
    const manifest = {
      schema: 1,
      name: 'ww-good',
      version: '1.0.0',
      files: [{ filename: 'ww_good-1.0.0-py3-none-any.whl', size: 1, sha256: '0'.repeat(64) }],
      stores: [{ index: 'unstable', url: store, by: 'publish', at: '2026-01-01T00:00:00Z' }],
    };
    const workspace = writeCheckout({ ...GOOD_TESTS, 'release.json': JSON.stringify(manifest) });
    const run = await cleanEnvTest(workspace, { manifest: 'release.json', 'index-url': '' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^'ww_good-1\.0\.0-py3-none-any\.whl' in file:.* is not the file the manifest records \(sha256 [0-9a-f]{64} there, 0{64} in the manifest\)$/,
      ),
    ]);
  });

  it.each([
    [
      'a version not in the store',
      { package: 'ww-good', version: '9.9' },
      /^version 9\.9 of 'ww-good' is not in the store file:.*; it has 1\.0\.0$/,
    ],
    [
      'a misspelled package',
      { package: 'ww-godo', version: '1.0.0' },
      /^package 'ww-godo' is not in the store file:.*; did you mean 'ww-good'\?$/,
    ],
    ['no tests folder', { package: 'ww-good', version: '1.0.0', tests: 'test' }, /^tests folder 'test' does not exist in /],
    [
      'a missing interpreter',
      { package: 'ww-good', version: '1.0.0', python: 'python3.99' },
      /^python interpreter 'python3\.99' was not found or does not run$/,
    ],
    [
      'an undeclared extra',
      { package: 'ww-good', version: '1.0.0', extras: 'docs' },
      /^extras 'docs' are not declared by ww-good 1\.0\.0 \(it declares testing\)$/,
    ],
  ])('rejects %s in one line', async (_case, inputs, message) => {
    const run = await cleanEnvTest(writeCheckout(GOOD_TESTS), inputs);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(message);
  });
});

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
