/**
 * clean-env's core pieces without the action: pytest's JUnit XML (as pytest 9 writes it), failure lines,
 * wheel tags, close names, pip's error lines, and the import guard in a real venv against the leaks it
 * must name (PYTHONPATH, the package inside the tests folder).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeNames, failureLine, findReleaseFile, guardFailure, parseJunitXml, wheelTags } from '@wheelwright/core/clean-env';
import { resolvePython } from '@wheelwright/core/python';
import type { IndexedFile, Store } from '@wheelwright/core/store';
import {
  createVirtualenv,
  dependencySourceArgs,
  freezeVirtualenv,
  inspectInstalledPackage,
  installerErrorLines,
  installImportGuard,
  installIntoVirtualenv,
  isolatedPythonEnv,
  type Virtualenv,
} from '@wheelwright/core/venv';
import { beforeAll, describe, expect, it } from 'vitest';
import { runOk } from '../support/processes';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX } from '../support/python';
import { buildReleases, type PublishedRelease } from './releases';

// Written by pytest 9.1 with -o junit_family=xunit1 --continue-on-collection-errors (trimmed).
const JUNIT = `<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="2" failures="2" skipped="1" tests="6" time="0.039">
<testcase classname="" name="tests.test_b" file="tests/test_b.py" time="0.000"><error message="collection failure">ImportError while importing test module '/tmp/x/tests/test_b.py'.
tests/test_b.py:1: in &lt;module&gt;
    import six_missing
E   ModuleNotFoundError: No module named 'six_missing'</error></testcase>
<testcase classname="tests.test_a" name="test_ok" file="tests/test_a.py" line="5" time="0.001" />
<testcase classname="tests.test_a" name="test_fail" file="tests/test_a.py" line="8" time="0.001"><failure message="assert 1 == 2">def test_fail():
        a = 1
&gt;       assert a == 2
E       assert 1 == 2

tests/test_a.py:11: AssertionError</failure></testcase>
<testcase classname="tests.test_a.TestGroup" name="test_helper" file="tests/test_a.py" line="12" time="0.001"><failure message="AssertionError: x must be two&#10;assert 3 == 2">def test_helper():
&gt;       helper(3)

tests/test_a.py:14:
x = 3
&gt;       assert x == 2, "x must be two"
tests/test_a.py:4: AssertionError</failure></testcase>
<testcase classname="tests.test_a" name="test_skip" file="tests/test_a.py" line="15" time="0.000"><skipped type="pytest.skip" message="nope">/tmp/x/tests/test_a.py:16: nope</skipped></testcase>
<testcase classname="tests.test_a" name="test_err" file="tests/test_a.py" line="23" time="0.000"><error message="failed on setup with &quot;RuntimeError: fixture broke&quot;">tests/test_a.py:22: RuntimeError</error></testcase>
</testsuite></testsuites>`;

describe('pytest JUnit XML', () => {
  const report = parseJunitXml(JUNIT);

  it('counts each testcase once, by its outcome', () => {
    expect(report.counts).toEqual({ passed: 1, failed: 2, errors: 2, skipped: 1, total: 6 });
  });

  it.each([
    ['tests/test_b.py', 'error', 1, 'collection failure'],
    ['tests/test_a.py::test_ok', 'passed', 6, ''],
    ['tests/test_a.py::test_fail', 'failed', 11, 'assert 1 == 2'],
    ['tests/test_a.py::TestGroup::test_helper', 'failed', 4, 'AssertionError: x must be two\nassert 3 == 2'],
    ['tests/test_a.py::test_skip', 'skipped', 16, 'nope'],
    ['tests/test_a.py::test_err', 'error', 22, 'failed on setup with "RuntimeError: fixture broke"'],
  ])('%s: %s at line %i', (id, outcome, line, message) => {
    const testcase = report.cases.find((c) => c.id === id);
    expect(testcase?.outcome).toBe(outcome);
    expect(testcase?.message).toBe(message);
    if (outcome !== 'passed' && outcome !== 'skipped') expect(failureLine(testcase as never)).toBe(line);
  });

  it('reads Windows separators in the file attribute and the traceback', () => {
    const [testcase] = parseJunitXml(
      '<testsuite><testcase classname="tests.test_w" name="test_x" file="tests\\test_w.py" line="3"><failure message="m">tests\\test_w.py:7: AssertionError</failure></testcase></testsuite>',
    ).cases;
    expect(testcase?.file).toBe('tests/test_w.py');
    expect(failureLine(testcase as never)).toBe(7);
  });

  it('takes the test function line (1-based) when the traceback never names the test file', () => {
    const [testcase] = parseJunitXml(
      '<testsuite><testcase classname="tests.test_c" name="test_x" file="tests/test_c.py" line="9"><failure message="boom">src/pkg/mod.py:3: ValueError</failure></testcase></testsuite>',
    ).cases;
    expect(failureLine(testcase as never)).toBe(10);
  });
});

describe('names and tags', () => {
  it.each([
    ['ww-godo', ['ww-good', 'ww-data', 'requests'], ['ww-good']],
    ['Requests', ['requests', 'requests-toolbelt', 'flask'], ['requests', 'requests-toolbelt']],
    ['skai', ['numpy', 'flask'], []],
    ['ww_good', ['ww-good'], ['ww-good']],
  ])('closeNames(%s)', (wanted, names, expected) => {
    expect(closeNames(wanted, names)).toEqual(expected);
  });

  it.each([
    ['a-1.0-py2.py3-none-any.whl', ['py2-none-any', 'py3-none-any']],
    [
      'a-1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      ['cp312-cp312-manylinux_2_17_x86_64', 'cp312-cp312-manylinux2014_x86_64'],
    ],
    ['a-1.0-1-py3-none-any.whl', ['py3-none-any']],
  ])('wheelTags(%s)', (filename, tags) => {
    expect(wheelTags(filename)).toEqual(tags);
  });

  it('keeps pip’s resolver error and drops the noise', () => {
    const stderr = [
      'Looking in indexes: file:///opt/pypi/simple',
      'ERROR: Could not find a version that satisfies the requirement nothere==1.0 (from versions: none)',
      'ERROR: No matching distribution found for nothere==1.0',
      '[notice] A new release of pip is available',
    ].join('\n');
    expect(installerErrorLines(stderr)).toBe(
      'ERROR: Could not find a version that satisfies the requirement nothere==1.0 (from versions: none) ERROR: No matching distribution found for nothere==1.0',
    );
  });

  it.each([
    [
      'an index and find-links',
      'pip',
      { indexUrls: ['https://a/simple', 'https://b/simple'], findLinks: ['/wheels'], pre: false },
      ['--index-url', 'https://a/simple', '--extra-index-url', 'https://b/simple', '--find-links', '/wheels'],
    ],
    ['no index at all', 'pip', { indexUrls: [], findLinks: ['/wheels'], pre: false }, ['--no-index', '--find-links', '/wheels']],
    [
      'a pre-release pin (pip)',
      'pip',
      { indexUrls: ['https://a/simple'], findLinks: [], pre: true },
      ['--index-url', 'https://a/simple', '--pre'],
    ],
    [
      'a pre-release pin (uv)',
      'uv',
      { indexUrls: ['https://a/simple'], findLinks: [], pre: true },
      ['--index-url', 'https://a/simple', '--prerelease', 'allow'],
    ],
  ] as const)('dependency sources: %s', (_case, installer, sources, args) => {
    expect(dependencySourceArgs(installer, sources)).toEqual(args);
  });

  it('drops every pip and uv setting from the environment, and pins pip to no configuration file', () => {
    const env = isolatedPythonEnv({
      PATH: '/bin',
      PIP_INDEX_URL: 'x',
      PIP_FIND_LINKS: 'y',
      UV_INDEX_URL: 'z',
      PYTHONPATH: 'src',
      VIRTUAL_ENV: '/v',
    });
    expect(env).toMatchObject({ PATH: '/bin', UV_NO_CONFIG: '1', PYTHONNOUSERSITE: '1' });
    expect(env.PIP_CONFIG_FILE).toBe('/dev/null');
    for (const key of ['PIP_INDEX_URL', 'PIP_FIND_LINKS', 'UV_INDEX_URL', 'PYTHONPATH', 'VIRTUAL_ENV']) expect(env).not.toHaveProperty(key);
    expect(isolatedPythonEnv({ PYTHONPATH: 'src' }, { keepPythonPath: true }).PYTHONPATH).toBe('src');
  });
});

describe('choosing the release file', () => {
  const indexed = (filename: string, extra: Partial<IndexedFile> = {}): IndexedFile => ({
    filename,
    url: `file:///store/${filename}`,
    sha256: '0'.repeat(64),
    version: filename.split('-')[1]?.replace(/\.tar\.gz$/, '') ?? '',
    ...extra,
  });
  const storeOf = (files: IndexedFile[], projects: string[] = []) =>
    ({ indexUrl: 'file:///store/', listFiles: async () => files, listProjects: async () => projects }) as unknown as Store;
  const env = isolatedPythonEnv();
  // The interpreter's own best tag (cp311-cp311-manylinux…), as pip's vendored packaging reports it.
  const bestTag = execFileSync(PYTHON, ['-c', 'from pip._vendor.packaging.tags import sys_tags; print(next(iter(sys_tags())))'], {
    env,
    encoding: 'utf8',
  }).trim();

  it.each([
    ['a pure wheel over an sdist', ['p-1.0.tar.gz', 'p-1.0-py3-none-any.whl'], 'p-1.0-py3-none-any.whl'],
    [
      'the platform wheel this interpreter supports',
      ['p-1.0.tar.gz', 'p-1.0-cp27-cp27m-win32.whl', `p-1.0-${bestTag}.whl`],
      `p-1.0-${bestTag}.whl`,
    ],
    ['the sdist when no wheel fits', ['p-1.0-cp27-cp27m-win32.whl', 'p-1.0.tar.gz'], 'p-1.0.tar.gz'],
    ['the pinned version only (1.0 == 1.0.0)', ['p-1.1-py3-none-any.whl', 'p-1.0.0-py3-none-any.whl'], 'p-1.0.0-py3-none-any.whl'],
  ])('%s', async (_case, filenames, expected) => {
    const python = await resolvePython(PYTHON);
    const file = await findReleaseFile(storeOf(filenames.map((f) => indexed(f))), 'p', '1.0', python, env);
    expect(file.filename).toBe(expected);
  });

  it('lists the versions there are, newest first, yanked ones left out', async () => {
    const python = await resolvePython(PYTHON);
    const files = [
      indexed('p-0.9-py3-none-any.whl'),
      indexed('p-1.1rc1-py3-none-any.whl'),
      indexed('p-1.0-py3-none-any.whl', { yanked: true }),
    ];
    await expect(findReleaseFile(storeOf(files), 'p', '1.0', python, env)).rejects.toThrow(
      /^version 1\.0 of 'p' is not in the store file:\/\/\/store\/; it has 1\.1rc1, 0\.9$/,
    );
  });
});

describe('the import guard in a real venv', () => {
  let venv: Virtualenv;
  let good: PublishedRelease;

  beforeAll(async () => {
    ({
      releases: { good },
    } = await buildReleases(['good']));
    const python = await resolvePython(PYTHON);
    const root = mkdtempSync(join(tmpdir(), 'ww-guard-'));
    venv = await createVirtualenv({
      base: python,
      dir: join(root, 'venv'),
      installer: 'pip',
      env: isolatedPythonEnv(),
      logger: undefined as never,
    });
    await installIntoVirtualenv(venv, {
      requirements: [good.wheel],
      sources: { indexUrls: [UPSTREAM_INDEX], findLinks: [], pre: false },
      what: 'ww-good',
    });
    await installImportGuard(venv);
  }, 180_000);

  function checkout(): { workspace: string; copy: string } {
    const workspace = mkdtempSync(join(tmpdir(), 'ww-guard-checkout-'));
    mkdirSync(join(workspace, 'src', 'ww_good'), { recursive: true });
    writeFileSync(join(workspace, 'src', 'ww_good', '__init__.py'), 'VALUE = 0\n');
    const copy = mkdtempSync(join(tmpdir(), 'ww-guard-copy-'));
    return { workspace, copy };
  }

  async function inspect(cwd: string, env: NodeJS.ProcessEnv) {
    return inspectInstalledPackage(venv, 'ww-good', {
      cwd,
      env: { ...isolatedPythonEnv(process.env, { keepPythonPath: true }), ...env },
      reportPath: join(cwd, 'report.json'),
    });
  }

  it('sees the installed package in site-packages, at the pinned version', async () => {
    const { workspace, copy } = checkout();
    const report = await inspect(copy, {});
    expect(report.problems).toEqual([]);
    expect(report.version).toBe('1.0.0');
    expect(report.modules[0]?.locations[0]).toContain(join('site-packages', 'ww_good', '__init__.py'));
    expect(
      guardFailure(report, {
        name: 'ww-good',
        version: '1.0.0',
        archive: good.wheel,
        copied: { root: copy, testsPaths: ['tests'], configFile: undefined },
        workspace,
      }),
    ).toBeUndefined();
  });

  it('names PYTHONPATH when it points into the checkout', async () => {
    const { workspace, copy } = checkout();
    const report = await inspect(copy, { PYTHONPATH: join(workspace, 'src') });
    const failure = guardFailure(report, {
      name: 'ww-good',
      version: '1.0.0',
      archive: good.wheel,
      copied: { root: copy, testsPaths: ['tests'], configFile: undefined },
      workspace,
    });
    expect(failure?.message).toBe(
      "checkout-import leak: 'ww_good' would be imported from the checkout (src/ww_good/__init__.py), not from the installed ww-good 1.0.0, because PYTHONPATH names the checkout (src) (found before running pytest)",
    );
  });

  it('names a tests folder that holds the package itself', async () => {
    const { workspace, copy } = checkout();
    mkdirSync(join(copy, 'ww_good'));
    writeFileSync(join(copy, 'ww_good', '__init__.py'), 'VALUE = 0\n');
    const report = await inspect(copy, {});
    const failure = guardFailure(report, {
      name: 'ww-good',
      version: '1.0.0',
      archive: good.wheel,
      copied: { root: copy, testsPaths: ['.'], configFile: undefined },
      workspace,
    });
    expect(failure?.message).toMatch(
      /^checkout-import leak: 'ww_good' would be imported from the copied tests folder \(ww_good\/__init__\.py\), not from the installed ww-good 1\.0\.0, because the tests folder '\.' contains the package itself/,
    );
  });

  it('freezes the same list as pip freeze --all (the package under test by version, not by its temporary file)', async () => {
    const ours = await freezeVirtualenv(venv);
    const pips = await runOk(PYTHON, ['-m', 'pip', '--python', venv.python, 'freeze', '--all'], { env: cleanPythonEnv() });
    expect(pips).toMatch(/^ww-good @ file:/m);
    expect(ours.trim().split('\n')).toEqual(
      pips
        .trim()
        .split('\n')
        .map((line) => (line.startsWith('ww-good @ ') ? 'ww-good==1.0.0' : line)),
    );
  });

  it('names a version that is not the pin', async () => {
    const { workspace, copy } = checkout();
    const report = await inspect(copy, {});
    const failure = guardFailure(report, {
      name: 'ww-good',
      version: '1.0.1',
      archive: good.wheel,
      copied: { root: copy, testsPaths: ['tests'], configFile: undefined },
      workspace,
    });
    expect(failure?.message).toBe("the test environment has 'ww-good' 1.0.0, not the pinned 1.0.1");
  });
});
