/**
 * Which tests clean-env-test runs when the tests input is empty: pytest's configured testpaths (every one,
 * from the file pytest itself would read), each checked to be a path inside the checkout, else `tests/` or
 * `test/`; the log and the summary say which. A real run: a project whose tests live in `testing_scm/` (as
 * setuptools-scm's own do) passes with its tests found there, while a failing `tests/` folder beside them
 * is not run.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTestPaths } from '../../packages/core/src/clean-env/test-paths';
import { buildReleases, FAILING_TESTS, GOOD_TESTS, writeCheckout } from '../clean-env-test/releases';
import { runAction } from '../support/action-harness';
import { UPSTREAM_INDEX } from '../support/python';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A checkout with these files; a path ending in `/` is an empty folder. */
function checkout(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ww-testpaths-'));
  temps.push(dir);
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    if (path.endsWith('/')) mkdirSync(file, { recursive: true });
    else {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, content);
    }
  }
  return dir;
}

describe('resolveTestPaths', () => {
  it.each<[string, Record<string, string>, string[], string]>([
    [
      'pyproject.toml [tool.pytest.ini_options], a list',
      { 'pyproject.toml': '[tool.pytest.ini_options]\ntestpaths = ["testing_scm"]\n', 'testing_scm/': '', 'tests/': '' },
      ['testing_scm'],
      'testpaths in pyproject.toml [tool.pytest.ini_options]',
    ],
    [
      'pyproject.toml [tool.pytest.ini_options], one string of several',
      { 'pyproject.toml': '[tool.pytest.ini_options]\ntestpaths = "a b"\n', 'a/': '', 'b/': '' },
      ['a', 'b'],
      'testpaths in pyproject.toml [tool.pytest.ini_options]',
    ],
    [
      "pyproject.toml [tool.pytest] (pytest 9's native table)",
      { 'pyproject.toml': '[tool.pytest]\ntestpaths = ["src/pkg/tests", "docs"]\n', 'src/pkg/tests/': '', 'docs/': '' },
      ['src/pkg/tests', 'docs'],
      'testpaths in pyproject.toml [tool.pytest]',
    ],
    [
      'pytest.ini, continuation lines',
      { 'pytest.ini': '[pytest]\ntestpaths =\n    unit\n    integration\n# a comment\naddopts = -q\n', 'unit/': '', 'integration/': '' },
      ['unit', 'integration'],
      'testpaths in pytest.ini [pytest]',
    ],
    [
      'tox.ini [pytest]',
      { 'tox.ini': '[tox]\nenvlist = py\n\n[pytest]\ntestpaths = checks\n', 'checks/': '' },
      ['checks'],
      'testpaths in tox.ini [pytest]',
    ],
    [
      'setup.cfg [tool:pytest]',
      { 'setup.cfg': '[metadata]\nname = x\n\n[tool:pytest]\ntestpaths = t1 t2\n', 't1/': '', 't2/': '' },
      ['t1', 't2'],
      'testpaths in setup.cfg [tool:pytest]',
    ],
    [
      "pytest's file order: pytest.ini wins over pyproject.toml",
      {
        'pytest.ini': '[pytest]\ntestpaths = one\n',
        'pyproject.toml': '[tool.pytest.ini_options]\ntestpaths = ["two"]\n',
        'one/': '',
        'two/': '',
      },
      ['one'],
      'testpaths in pytest.ini [pytest]',
    ],
    [
      'a glob, expanded and sorted as pytest does',
      { 'pytest.ini': '[pytest]\ntestpaths = pkgs/*/tests\n', 'pkgs/b/tests/': '', 'pkgs/a/tests/': '' },
      ['pkgs/a/tests', 'pkgs/b/tests'],
      'testpaths in pytest.ini [pytest]',
    ],
    [
      'an entry that names nothing is dropped, as pytest drops it',
      { 'pytest.ini': '[pytest]\ntestpaths = gone here\n', 'here/': '' },
      ['here'],
      'testpaths in pytest.ini [pytest]',
    ],
    [
      'configured paths that name nothing: the test folder',
      { 'pytest.ini': '[pytest]\ntestpaths = gone\n', 'test/': '' },
      ['test'],
      'the test/ folder (the testpaths in pytest.ini match nothing)',
    ],
    ['no configuration: tests', { 'tests/': '', 'test/': '' }, ['tests'], 'the tests/ folder'],
    ['no configuration, no tests folder: test', { 'test/': '' }, ['test'], 'the test/ folder'],
    ['nothing at all: tests, which then fails as missing', {}, ['tests'], 'the default tests/ folder'],
    [
      'a pytest section without testpaths',
      { 'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "-q"\n', 'tests/': '' },
      ['tests'],
      'the tests/ folder',
    ],
  ])('%s', async (_name, files, paths, source) => {
    expect(await resolveTestPaths(checkout(files), '')).toEqual({ paths, source });
  });

  it('the tests input wins over any configuration', async () => {
    const dir = checkout({ 'pyproject.toml': '[tool.pytest.ini_options]\ntestpaths = ["testing_scm"]\n', 'testing_scm/': '' });
    expect(await resolveTestPaths(dir, 'other')).toEqual({ paths: ['other'], source: "input 'tests'" });
  });

  it.each([
    ['an absolute path', '[pytest]\ntestpaths = /etc\n', "testpaths entry '/etc' is not a path inside the project"],
    ['a path up and out', '[pytest]\ntestpaths = ../outside\n', "testpaths entry '../outside' is not a path inside the project"],
    ['a path up and back', '[pytest]\ntestpaths = tests/../tests\n', "testpaths entry 'tests/../tests' is not a path inside the project"],
  ])('refuses %s, naming the file', async (_name, ini, message) => {
    const dir = checkout({ 'pytest.ini': ini, 'tests/': '' });
    await expect(resolveTestPaths(dir, '')).rejects.toThrow(`pytest.ini [pytest]: ${message}`);
    await expect(resolveTestPaths(dir, '')).rejects.toMatchObject({
      hint: "write testpaths relative to the project folder, or set input 'tests'",
    });
  });

  it('refuses a testpath that is a link out of the project', async () => {
    const dir = checkout({ 'pytest.ini': '[pytest]\ntestpaths = linked\n' });
    const outside = mkdtempSync(join(tmpdir(), 'ww-testpaths-outside-'));
    temps.push(outside);
    symlinkSync(outside, join(dir, 'linked'));
    await expect(resolveTestPaths(dir, '')).rejects.toThrow(
      "pytest.ini [pytest]: testpaths entry 'linked' leads outside the project (a link)",
    );
  });

  it('refuses testpaths that are not strings, and oversized files', async () => {
    await expect(resolveTestPaths(checkout({ 'pyproject.toml': '[tool.pytest.ini_options]\ntestpaths = [1]\n' }), '')).rejects.toThrow(
      'pyproject.toml [tool.pytest.ini_options]: testpaths must be a list of strings',
    );
    await expect(resolveTestPaths(checkout({ 'pytest.ini': `[pytest]\n${'#'.repeat(1_100_000)}\n` }), '')).rejects.toThrow(
      'pytest.ini is larger than 1 MB',
    );
  });

  it('refuses a glob that matches more paths than any test layout has, and a link out of the project is not expanded by a glob', async () => {
    const files: Record<string, string> = { 'pytest.ini': '[pytest]\ntestpaths = t*\n' };
    for (let n = 0; n < 201; n++) files[`t${n}/`] = '';
    await expect(resolveTestPaths(checkout(files), '')).rejects.toThrow('pytest.ini [pytest]: testpaths matches more than 200 paths');
    const dir = checkout({ 'pytest.ini': '[pytest]\ntestpaths = suite/**/unit\n', 'suite/a/unit/': '' });
    const outside = checkout({ 'unit/': '' });
    symlinkSync(outside, join(dir, 'suite', 'out'));
    expect((await resolveTestPaths(dir, '')).paths).toEqual(['suite/a/unit']);
  });
});

describe('clean-env-test with real pytest, tests in testing_scm', () => {
  let store = '';
  beforeAll(async () => {
    ({ store } = await buildReleases(['good']));
  }, 180_000);

  it.each(['checkout', 'copy'])(
    'tests-from %s: the configured testpaths run, the tests folder does not',
    async (testsFrom) => {
      const moved = Object.fromEntries(
        Object.entries(GOOD_TESTS).map(([path, content]) => [path.replace(/^tests\//, 'testing_scm/'), content]),
      );
      const workspace = writeCheckout({
        'pyproject.toml': '[project]\nname = "ww-good"\nversion = "1.0.0"\n\n[tool.pytest.ini_options]\ntestpaths = ["testing_scm"]\n',
        ...moved,
        // Would fail if it ran: only the configured testpaths may.
        ...FAILING_TESTS,
      });
      temps.push(workspace);
      const run = await runAction('clean-env-test', {
        workspace,
        inputs: { 'extra-index-url': UPSTREAM_INDEX, 'index-url': store, package: 'ww-good', version: '1.0.0', 'tests-from': testsFrom },
        env: { PYTHONDONTWRITEBYTECODE: '1' },
        timeoutMs: 180_000,
      });
      expect(run.errors, run.stdout).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ passed: '3', failed: '0', errors: '0', skipped: '1' });
      expect(run.stdout).toContain('tests: testing_scm (testpaths in pyproject.toml [tool.pytest.ini_options])');
      expect(run.summary).toContain('Tests: `testing_scm` (testpaths in pyproject.toml [tool.pytest.ini_options])');
    },
    240_000,
  );
});
