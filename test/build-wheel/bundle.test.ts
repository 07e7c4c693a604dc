/**
 * build-wheel through its bundle, with real pypa/build runs of real projects. Each describe builds once
 * (beforeAll) and asserts many things on the result: builds cost seconds on two shared cores.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCoreMetadata } from '@wheelwright/core/distribution';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-harness';
import { runOk, run as runProcess } from '../support/processes';
import { cleanPythonEnv, PYTHON, RUNNER_PYTHON_ENV, UPSTREAM_INDEX, venvPython } from '../support/python';
import { type ProjectKind, type PythonProject, writeProject } from '../support/python-project';

const PYTHON_ENV = RUNNER_PYTHON_ENV;

function project(kind: ProjectKind, tag?: string, files?: Record<string, string>): PythonProject {
  return writeProject(mkdtempSync(join(tmpdir(), `ww-build-${kind}-`)), { kind, ...(tag ? { tag } : {}), ...(files ? { files } : {}) });
}

function build(dir: string, inputs: Record<string, string | boolean> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('build-wheel', {
    workspace: dir,
    inputs: { python: PYTHON, isolation: false, ...inputs },
    env: { ...PYTHON_ENV, ...env },
    timeoutMs: 240_000,
  });
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function twineCheck(...files: string[]): Promise<{ ok: boolean; output: string }> {
  const result = await runProcess(PYTHON, ['-m', 'twine', 'check', ...files], { env: cleanPythonEnv({ NO_COLOR: '1' }) });
  // rich wraps twine's messages at the terminal width: compare with whitespace collapsed.
  return { ok: result.code === 0, output: `${result.stdout}${result.stderr}`.replace(/\s+/g, ' ') };
}

async function unzipList(wheel: string): Promise<string[]> {
  const listing = await runOk(PYTHON, ['-c', 'import sys,zipfile;print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', wheel]);
  return listing.trim().split('\n');
}

describe('isolated build of a src-layout setuptools_scm project with package data, from UPSTREAM_INDEX', () => {
  let sample: PythonProject;
  let run: ActionRun;
  beforeAll(async () => {
    sample = project('package-data', '1.2.0');
    // Isolation is pypa/build's default: it installs setuptools + setuptools_scm from the index we name.
    run = await build(sample.dir, { isolation: true, 'index-url': UPSTREAM_INDEX });
  }, 240_000);

  it('succeeds with every output', () => {
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const dist = join(sample.dir, 'dist');
    expect(run.outputs).toMatchObject({
      name: 'ww-sample',
      version: '1.2.0',
      'requires-python': '>=3.9',
      'python-versions': '["3.10","3.11","3.12"]',
      sdist: join(dist, 'ww_sample-1.2.0.tar.gz'),
      wheel: join(dist, 'ww_sample-1.2.0-py3-none-any.whl'),
      manifest: join(dist, 'wheelwright-manifest.json'),
    });
    const files = JSON.parse(run.outputs.files ?? '[]') as { name: string; size: number; sha256: string }[];
    expect(files.map((file) => file.name)).toEqual(['ww_sample-1.2.0.tar.gz', 'ww_sample-1.2.0-py3-none-any.whl']);
    for (const file of files) expect(file.sha256).toBe(sha256(join(dist, file.name)));
    expect(readdirSync(dist).sort()).toEqual(['wheelwright-manifest.json', 'ww_sample-1.2.0-py3-none-any.whl', 'ww_sample-1.2.0.tar.gz']);
  });

  it('writes the release manifest with kind, source commit and tag, and file hashes', () => {
    const manifest = JSON.parse(readFileSync(run.outputs.manifest ?? '', 'utf8'));
    expect(manifest).toMatchObject({
      schema: 1,
      name: 'ww-sample',
      version: '1.2.0',
      kind: 'final',
      requiresPython: '>=3.9',
      source: { commit: sample.repo?.head(), tag: '1.2.0', distance: 0, dirty: false },
      stores: [],
      tests: [],
      promotions: [],
    });
    expect(manifest.files.map((file: { sha256: string }) => file.sha256)).toEqual(
      JSON.parse(run.outputs.files ?? '[]').map((file: { sha256: string }) => file.sha256),
    );
  });

  it('streams the build into a log group and used the upstream setuptools (metadata 2.4)', async () => {
    const groups = run.commands.filter((command) => command.command === 'group').map((command) => command.message);
    expect(groups).toContain('python -m build');
    expect(run.stdout).toMatch(/Building wheel from sdist|Building wheel/);
    const metadata = await readCoreMetadata(run.outputs.wheel ?? '');
    expect(Number(metadata.metadataVersion)).toBeGreaterThanOrEqual(2.4);
  });

  it('ships the package data in the sdist and the wheel', async () => {
    const members = await unzipList(run.outputs.wheel ?? '');
    expect(members).toEqual(expect.arrayContaining(['ww_sample/data/defaults.json', 'ww_sample/templates/page.html']));
  }, 120_000);

  it('puts an artefact table and the wheel file tree in the job summary', () => {
    expect(run.summary).toContain('| wheel | `ww_sample-1.2.0-py3-none-any.whl` |');
    expect(run.summary).toContain(sha256(run.outputs.sdist ?? ''));
    expect(run.summary).toContain('ww_sample/\n  data/\n    defaults.json\n  templates/\n    page.html\n  __init__.py\n');
  });

  it("passes where Debian's twine 4.0.2 wrongly rejects metadata 2.4", async () => {
    const twine = await twineCheck(run.outputs.wheel ?? '');
    expect(twine.ok).toBe(false);
    expect(twine.output).toContain('missing required fields: Name, Version');
  }, 120_000);

  it('installs with pip into a clean venv and the data files load', async () => {
    const venv = mkdtempSync(join(tmpdir(), 'ww-venv-'));
    const env = cleanPythonEnv();
    // A venv without a pip of its own (ensurepip costs seconds of CPU): the machine's pip installs into it.
    await runOk(PYTHON, ['-m', 'venv', '--without-pip', venv], { env });
    const pip = [PYTHON, '-m', 'pip', '--python', venvPython(venv)] as const;
    await runOk(pip[0], [...pip.slice(1), 'install', '-q', '--no-index', '--no-deps', run.outputs.wheel ?? ''], { env });
    const shown = await runOk(pip[0], [...pip.slice(1), 'show', 'ww-sample'], { env });
    expect(shown).toMatch(/^Name: ww-sample$/m);
    expect(shown).toMatch(/^Version: 1\.2\.0$/m);
    const loaded = await runOk(
      venvPython(venv),
      ['-c', 'from ww_sample.settings import defaults; import ww_sample; print(defaults()["colour"], ww_sample.__version__)'],
      { env },
    );
    expect(loaded.trim()).toBe('blue 1.2.0');
  }, 120_000);

  it('an interpreter without pypa/build gets a cached tools environment, created once, and builds the same wheel', async () => {
    // A fresh venv of the test Python: pip, no build (a venv does not see Debian's python3-build).
    const venv = mkdtempSync(join(tmpdir(), 'ww-venv-nobuild-'));
    const env = cleanPythonEnv();
    await runOk(PYTHON, ['-m', 'venv', venv], { env });
    expect((await runProcess(venvPython(venv), ['-c', 'import build'], { env })).code).not.toBe(0);
    const cache = mkdtempSync(join(tmpdir(), 'ww-tools-cache-'));
    const inputs = { python: venvPython(venv), isolation: true, 'index-url': UPSTREAM_INDEX, 'tools-cache': cache };
    const tmp = mkdtempSync(join(tmpdir(), 'ww-tmpdir-'));
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ww-runner-temp-'));
    const cold = await build(sample.dir, { ...inputs, 'output-dir': 'dist-tools-1' }, { TMPDIR: tmp, RUNNER_TEMP: runnerTemp });
    expect(cold.errors, cold.stdout).toEqual([]);
    expect(cold.exitCode).toBe(0);
    // A passing build (with a tools environment created) leaves nothing in TMPDIR or RUNNER_TEMP either.
    expect(readdirSync(tmp)).toEqual([]);
    expect(readdirSync(runnerTemp)).toEqual([]);
    expect(cold.stdout).toMatch(/has no pypa\/build: creating a tools environment with it in /);
    // The named folder has the tool cache's layout: <tool>/<build version>/<arch> and its .complete mark.
    const envs = readdirSync(cache);
    expect(envs).toEqual([expect.stringMatching(/^wheelwright-build-py3\.\d+\.\d+-[0-9a-f]{12}$/)]);
    const [kept] = readdirSync(join(cache, envs[0] ?? ''));
    expect(kept).toMatch(/^1\.\d+\.\d+$/);
    expect(readdirSync(join(cache, envs[0] ?? '', kept ?? '')).sort()).toEqual([process.arch, `${process.arch}.complete`]);
    // The tools venv is the chosen interpreter's Python, and the chosen venv's site-packages are reachable.
    const toolsPython = venvPython(join(cache, envs[0] ?? '', kept ?? '', process.arch));
    const versions = await runOk(toolsPython, ['-c', 'import sys, build; print(sys.version_info[:2], build.__version__)'], { env });
    expect(versions).toContain((await runOk(venvPython(venv), ['-c', 'import sys; print(sys.version_info[:2])'], { env })).trim());

    const warm = await build(sample.dir, { ...inputs, 'output-dir': 'dist-tools-2' });
    expect(warm.exitCode).toBe(0);
    expect(warm.stdout).toMatch(/has no pypa\/build: using the tools environment /);
    expect(warm.stdout).not.toMatch(/creating a tools environment/);
    expect(readdirSync(cache)).toEqual(envs);
    // Same commit, same SOURCE_DATE_EPOCH: the frontend's origin changes nothing in the artefacts.
    expect(sha256(warm.outputs.wheel ?? '')).toBe(sha256(run.outputs.wheel ?? ''));
    expect(sha256(cold.outputs.sdist ?? '')).toBe(sha256(run.outputs.sdist ?? ''));
    console.log(`tools env: cold build ${Math.round(cold.durationMs)} ms, warm build ${Math.round(warm.durationMs)} ms`);
  }, 480_000);
});

describe('non-isolated build with Debian packages, version from the version input', () => {
  let sample: PythonProject;
  let first: ActionRun;
  let second: ActionRun;
  beforeAll(async () => {
    sample = project('setuptools-scm', '1.0.0');
    sample.repo?.commit('more work');
    first = await build(sample.dir, { version: '1.1.0.dev1', 'output-dir': 'one' });
    second = await build(sample.dir, { version: '1.1.0.dev1', 'output-dir': 'two' });
  }, 240_000);

  it('builds exactly the version given (exported as the setuptools_scm pretend version)', () => {
    expect(first.errors).toEqual([]);
    expect(first.outputs.version).toBe('1.1.0.dev1');
    expect(first.outputs.wheel).toMatch(/ww_sample-1\.1\.0\.dev1-py3-none-any\.whl$/);
    const manifest = JSON.parse(readFileSync(first.outputs.manifest ?? '', 'utf8'));
    expect(manifest).toMatchObject({ kind: 'dev', source: { commit: sample.repo?.head(), tag: '1.0.0', distance: 1, dirty: false } });
  });

  it('is reproducible: two builds of the same commit are byte-identical (SOURCE_DATE_EPOCH = last commit)', () => {
    const one = JSON.parse(first.outputs.files ?? '[]') as { name: string; sha256: string }[];
    const two = JSON.parse(second.outputs.files ?? '[]') as { name: string; sha256: string }[];
    expect(one.length).toBe(2);
    expect(two).toEqual(one);
    const epoch = sample.repo?.git('log', '-1', '--format=%ct');
    expect(first.stdout).toContain(`SOURCE_DATE_EPOCH=${epoch}`);
    // setuptools stamps the sdist with the wall clock; the action clamps it (the wheel needed nothing).
    expect(first.stdout).toMatch(/Made the sdist reproducible: \d+ member times clamped/);
    console.log(`reproducible build hashes: ${one.map((file) => `${file.name} ${file.sha256}`).join(', ')}`);
  });

  it('agrees with twine check on the metadata 2.1 files Debian setuptools writes', async () => {
    const twine = await twineCheck(first.outputs.sdist ?? '', first.outputs.wheel ?? '');
    expect(twine.output).toMatch(/PASSED/);
    expect(twine.ok).toBe(true);
  }, 120_000);

  it('tolerates the legacy sdist name of setuptools 66 as a warning only', () => {
    // setuptools 66 keeps the dash (`ww-sample-1.1.0.dev1.tar.gz`); PEP 625 wants `ww_sample-…`.
    expect(first.outputs.sdist).toMatch(/ww-sample-1\.1\.0\.dev1\.tar\.gz$/);
    expect(first.warnings.some((warning) => warning.includes('N002'))).toBe(true);
  });
});

describe('other layouts and backends', () => {
  it('builds a PEP 420 namespace package (and masks index-url credentials)', async () => {
    const sample = project('namespace', '0.3.0');
    const run = await build(sample.dir, { 'index-url': 'https://builder:s3cr3t-token@127.0.0.1:9/simple' });
    expect(run.errors).toEqual([]);
    expect(run.masks).toContain('s3cr3t-token');
    // Only the runner's own ::add-mask:: commands may carry it.
    expect(
      run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain('s3cr3t-token');
    expect(run.outputs.name).toBe('acme-widgets');
    const members = await unzipList(run.outputs.wheel ?? '');
    expect(members).toContain('acme/widgets/__init__.py');
    expect(members).not.toContain('acme/__init__.py');
  }, 120_000);

  it("builds a hatchling project with Debian's hatchling (skip-dependency-check): only the wheel, then only the sdist", async () => {
    const sample = project('hatchling');
    const run = await build(sample.dir, { sdist: false, 'skip-dependency-check': true });
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ name: 'ww-sample', version: '1.0.0', sdist: '' });
    expect(await unzipList(run.outputs.wheel ?? '')).toContain('ww_sample/py.typed');
    const sdistOnly = await build(sample.dir, { wheel: false, 'skip-dependency-check': true, 'output-dir': 'sdist-only' });
    expect(sdistOnly.errors).toEqual([]);
    expect(sdistOnly.outputs).toMatchObject({ wheel: '', sdist: join(sample.dir, 'sdist-only', 'ww_sample-1.0.0.tar.gz') });
  }, 120_000);

  it('hatchling honours SOURCE_DATE_EPOCH itself: both artefacts byte-identical, the sdist left untouched', async () => {
    const sample = project('hatchling');
    const one = await build(sample.dir, { 'skip-dependency-check': true, 'output-dir': 'dist/one' });
    const two = await build(sample.dir, { 'skip-dependency-check': true, 'output-dir': 'dist/two' });
    expect(one.errors).toEqual([]);
    expect(JSON.parse(two.outputs.files ?? '[]')).toEqual(JSON.parse(one.outputs.files ?? '[]'));
    expect(one.stdout).not.toContain('Made the sdist reproducible');
    console.log(`hatchling reproducible hashes: ${one.outputs.files}`);
  }, 120_000);

  it('strict: a stray file fails the build; strict: false turns it into a warning and the summary lists it', async () => {
    // setuptools_scm's file finder ships every tracked file, including an editor's droppings.
    const sample = project('setuptools-scm', '1.0.0', { 'src/ww_sample/.DS_Store': 'x' });
    const strict = await build(sample.dir);
    expect(strict.exitCode).toBe(1);
    expect(strict.errors).toEqual([expect.stringMatching(/X001 stray files.*ww_sample\/\.DS_Store/)]);
    const lenient = await build(sample.dir, { strict: false });
    expect(lenient.exitCode).toBe(0);
    expect(lenient.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/X001 stray files/)]));
    expect(lenient.summary).toMatch(/\*\*Warnings\*\*\n\n(- .*\n)*- .*X001 stray files/);
  }, 120_000);
});

describe('broken projects are caught, and nothing is left in the output folder', () => {
  it.each([
    // Isolated: Debian's setuptools_scm is a global setuptools plugin whose file finder would add every
    // tracked file to the sdist of any project built without isolation, hiding the mistake.
    [
      'data-not-in-sdist',
      { isolation: true, 'index-url': UPSTREAM_INDEX },
      /S001 files git tracks in the package folders are missing from the sdist.*src\/ww_sample\/data\/defaults\.json/,
    ],
    ['tests-in-wheel', {}, /W005 wheel contains common toplevel directory in library.*tests\//],
    ['tampered-record', {}, /R002 RECORD hash or size does not match the file.*ww_sample\/__init__\.py/],
    ['static-version', { version: '2.0.0' }, /V001 version is 1\.0\.0, expected 2\.0\.0/],
  ] as const)(
    '%s',
    async (kind, inputs: Record<string, string | boolean>, message) => {
      const sample = project(kind);
      const run = await build(sample.dir, inputs);
      expect(run.exitCode).toBe(1);
      expect(run.errors[run.errors.length - 1]).toMatch(message);
      expect(run.errors[run.errors.length - 1]).not.toContain('\n');
      expect(run.summary).toContain('### Build rejected by the inspection');
      expect(run.summary).toContain(`| ${message.source.slice(0, 4)} | error |`);
      expect(existsSync(join(sample.dir, 'dist'))).toBe(false);
    },
    120_000,
  );
});

describe('bad input: one line each', () => {
  it('not a Python project', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-empty-'));
    const run = await build(dir);
    expect(run.errors).toEqual([`${dir} is not a Python project: it has neither pyproject.toml nor setup.py`]);
  }, 120_000);

  it('a broken pyproject.toml', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-toml-'));
    writeFileSync(join(dir, 'pyproject.toml'), '[project\nname = "x"\n');
    const run = await build(dir);
    expect(run.errors).toEqual([expect.stringMatching(/pyproject\.toml is not valid TOML at line 1/)]);
  }, 120_000);

  it("a build requirement no index has: pip's reason is the error line, its full output in the log group", async () => {
    const sample = project('static-version', undefined, {
      'pyproject.toml':
        '[build-system]\nrequires = ["setuptools>=61", "setuptools-git>=0.3"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "ww-unbuildable"\nversion = "1.0"\n',
    });
    const run = await build(sample.dir, { isolation: true, 'index-url': UPSTREAM_INDEX });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^python -m build could not install the build requirements of .*: No matching distribution found for setuptools-git>=0\.3$/,
      ),
    ]);
    expect(run.errors[0]).not.toContain('CalledProcessError');
    // The whole of pip's and pypa/build's output stays in the log group.
    const group = run.stdout.slice(run.stdout.indexOf('::group::python -m build'), run.stdout.indexOf('::endgroup::'));
    expect(group).toContain('CalledProcessError');
    expect(group).toContain('Could not find a version that satisfies the requirement setuptools-git>=0.3');
    expect(existsSync(join(sample.dir, 'dist'))).toBe(false);
  }, 180_000);

  it('a failing backend: its own error in the log, one line in the annotation, no partial files', async () => {
    const sample = project('static-version', undefined, {
      'setup.py': 'raise ValueError("the backend broke on purpose")\n',
    });
    const run = await build(sample.dir);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^python -m build failed in .*: ValueError: the backend broke on purpose$/)]);
    expect(existsSync(join(sample.dir, 'dist'))).toBe(false);
  }, 120_000);

  it('a wheel build that fails after the sdist was built (and being clamped meanwhile): its error, nothing left behind', async () => {
    const sample = project('static-version', undefined, {
      'setup.py':
        'import sys\nif "bdist_wheel" in sys.argv:\n    raise ValueError("the wheel broke on purpose")\nfrom setuptools import setup\nsetup()\n',
    });
    const tmp = mkdtempSync(join(tmpdir(), 'ww-tmpdir-'));
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ww-runner-temp-'));
    const run = await runAction('build-wheel', {
      workspace: sample.dir,
      inputs: { python: PYTHON, isolation: false },
      env: { ...PYTHON_ENV, TMPDIR: tmp, RUNNER_TEMP: runnerTemp },
      timeoutMs: 240_000,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/Building wheel from sdist/);
    expect(run.errors).toEqual([expect.stringMatching(/^python -m build failed in .*: ValueError: the wheel broke on purpose$/)]);
    expect(existsSync(join(sample.dir, 'dist'))).toBe(false);
    // The private build folder is made under RUNNER_TEMP (it says so in the log) and removed; pypa/build's own in TMPDIR too.
    expect(run.stdout).toContain(runnerTemp);
    expect(readdirSync(runnerTemp)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 120_000);

  it('an interpreter that does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-nopython-'));
    writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "x"\nversion = "1"\n');
    const run = await build(dir, { python: 'python3.99' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(["python interpreter 'python3.99' was not found or does not run"]);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  }, 120_000);

  it.each([
    [{ sdist: false, wheel: false }, "input 'sdist' and input 'wheel' are both false: nothing to build"],
    [{ version: 'not-a-version' }, "input 'version' 'not-a-version' is not a PEP 440 version"],
    [{ 'source-date-epoch': 'yesterday' }, "input 'source-date-epoch' must be whole seconds since 1970-01-01 UTC, got 'yesterday'"],
    [{ strict: 'maybe' }, "input 'strict' must be true or false, got 'maybe'"],
  ])(
    '%j',
    async (inputs, message) => {
      const dir = mkdtempSync(join(tmpdir(), 'ww-input-'));
      writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "x"\nversion = "1"\n');
      const run = await build(dir, inputs as Record<string, string | boolean>);
      expect(run.errors).toEqual([message]);
    },
    120_000,
  );
});
