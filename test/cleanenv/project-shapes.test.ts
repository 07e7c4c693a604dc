/**
 * clean-env-test through its bundle on what the proof corpus (test/corpus, every shape through
 * `wheelwright pipeline` to stable) does not show: the action's outputs and summary for a PEP 735 group,
 * the group read by pip 26 itself, a requirements file outside the checkout refused, tests that read files
 * of the checkout failing from a copy, the import guard catching pytest's prepend import mode, and debug
 * logging keeping the work folder. Each release is built by setuptools and published to an embedded file
 * store; third-party wheels come from UPSTREAM_INDEX. Every run gets its own TMPDIR and RUNNER_TEMP, and
 * each test checks that nothing is left in either but the JUnit XML and the freeze (the step's outputs).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-harness';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX, venvPython } from '../support/python';

const execFileAsync = promisify(execFile);

function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function pyproject(name: string, extra = ''): string {
  return `[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "${name}"
version = "1.0.0"
requires-python = ">=3.9"
${extra}`;
}

interface Shape {
  /** Files of the project the wheel is built from. */
  build: Record<string, string>;
  /** Files of the checkout the tests run in (pyproject.toml and tests, maybe a shadowing copy). */
  checkout: Record<string, string>;
}

const GROUPS_TOML = `
[dependency-groups]
typing = ["tomli_w>=1"]
test = ["six>=1.10", {include-group = "typing"}]
dev = [{include-group = "test"}, "colorama"]
`;

const SHAPES: Record<string, Shape> = {
  groups: {
    build: { 'pyproject.toml': pyproject('ww-groups', GROUPS_TOML), 'src/ww_groups/__init__.py': 'VALUE = 1\n' },
    checkout: {
      'pyproject.toml': pyproject('ww-groups', GROUPS_TOML),
      'tests/test_groups.py':
        'import six\nimport tomli_w\n\nimport ww_groups\n\n\ndef test_deps():\n    assert ww_groups.VALUE == 1 and six.PY3 and tomli_w.dumps({"a": 1})\n',
    },
  },
  // Tests that open files of the repository, relative to the working directory and to the test file.
  reads: {
    build: { 'pyproject.toml': pyproject('ww-reads'), 'src/ww_reads/__init__.py': 'VALUE = 5\n' },
    checkout: {
      'pyproject.toml': pyproject('ww-reads'),
      'CHANGELOG.md': '# 1.0.0\n',
      'tests/test_reads.py':
        'from pathlib import Path\n\nimport ww_reads\n\n\ndef test_reads_checkout_files():\n    assert \'name = "ww-reads"\' in Path("pyproject.toml").read_text()\n    assert (Path(__file__).parents[1] / "CHANGELOG.md").read_text().startswith("# 1.0.0")\n    assert ww_reads.VALUE == 5\n',
    },
  },
  // Flat layout: the checkout's package sits in the working directory, and tests/ is a package, so
  // pytest's default import mode would put the checkout root first on sys.path.
  flat: {
    build: {
      'pyproject.toml': pyproject('ww-flat', '\n[tool.setuptools]\npackages = ["ww_flat"]\n'),
      'ww_flat/__init__.py': 'WHERE = "installed"\n',
    },
    checkout: {
      'pyproject.toml': pyproject('ww-flat', '\n[tool.setuptools]\npackages = ["ww_flat"]\n'),
      'ww_flat/__init__.py': 'WHERE = "checkout"\n',
      'tests/__init__.py': '',
      'tests/test_flat.py':
        'import subprocess\nimport sys\n\nimport ww_flat\n\n\ndef test_installed_copy():\n    assert ww_flat.WHERE == "installed"\n    assert "site-packages" in ww_flat.__file__\n\n\ndef test_child_python_too():\n    out = subprocess.run([sys.executable, "-c", "import ww_flat; print(ww_flat.WHERE)"], capture_output=True, text=True, check=True)\n    assert out.stdout.strip() == "installed"\n',
    },
  },
  // A test that binds a Unix socket under tmp_path, as gpg-agent does for a signed commit (setuptools-scm's
  // and vcs-versioning's test_git_getdate_signed_commit): the socket path must stay under ~107 bytes.
  socket: {
    build: { 'pyproject.toml': pyproject('ww-sock'), 'src/ww_sock/__init__.py': 'VALUE = 8\n' },
    checkout: {
      'tests/test_sock.py':
        'import socket\n\nimport ww_sock\n\n\ndef test_git_getdate_signed_commit(tmp_path):\n    path = tmp_path / "S.gpg-agent"\n    with socket.socket(socket.AF_UNIX) as sock:\n        sock.bind(str(path))\n    assert ww_sock.VALUE == 8 and len(str(path)) < 108\n',
    },
  },
};

let store: string;
const names: Record<string, string> = {
  groups: 'ww-groups',
  reads: 'ww-reads',
  flat: 'ww-flat',
  socket: 'ww-sock',
};

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'ww-shapes-'));
  store = join(root, 'store', 'unstable');
  mkdirSync(store, { recursive: true });
  const opened = await openStore({ url: store, name: 'unstable' });
  // Two builds at a time: two cores.
  const keys = Object.keys(SHAPES);
  for (let i = 0; i < keys.length; i += 2) {
    await Promise.all(
      keys.slice(i, i + 2).map(async (key) => {
        const dir = writeFiles(join(root, key), SHAPES[key]?.build ?? {});
        const out = join(dir, 'dist');
        await execFileAsync(PYTHON, ['-m', 'build', '--wheel', '--no-isolation', '--outdir', out, dir], {
          env: cleanPythonEnv(),
          timeout: 180_000,
        });
        const wheel = readdirSync(out).find((f) => f.endsWith('.whl')) ?? '';
        await opened.upload(await readLocalArtefact(join(out, wheel)));
      }),
    );
  }
}, 600_000);

interface ShapeRun {
  run: ActionRun;
  /** Entries left in the run's TMPDIR and RUNNER_TEMP (the outputs' files excepted). */
  leftovers: string[];
  freeze: string;
}

async function cleanEnvTest(
  key: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
  checkoutFiles?: Record<string, string>,
): Promise<ShapeRun> {
  const workspace = writeFiles(mkdtempSync(join(tmpdir(), `ww-shape-${key}-`)), checkoutFiles ?? SHAPES[key]?.checkout ?? {});
  const tmp = mkdtempSync(join(tmpdir(), 'ww-shape-tmp-'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ww-shape-runner-temp-'));
  const run = await runAction('clean-env-test', {
    workspace,
    inputs: { 'extra-index-url': UPSTREAM_INDEX, 'index-url': store, package: names[key] ?? '', version: '1.0.0', ...inputs },
    env: { ...cleanPythonEnv(), TMPDIR: tmp, RUNNER_TEMP: runnerTemp, ...env },
    timeoutMs: 300_000,
  });
  const outputs = [run.outputs['junit-xml'], run.outputs.freeze].filter(Boolean);
  const leftovers = [
    ...readdirSync(tmp).map((entry) => join(tmp, entry)),
    ...readdirSync(runnerTemp)
      .map((entry) => join(runnerTemp, entry))
      .filter((path) => !outputs.includes(path)),
  ];
  const freeze = run.outputs.freeze && existsSync(run.outputs.freeze) ? readFileSync(run.outputs.freeze, 'utf8') : '';
  return { run, leftovers, freeze };
}

describe('test dependencies where projects keep them', () => {
  it("PEP 735 group 'test' with include-group, resolved by us for Debian's pip 23 (no --group)", async () => {
    const { run, leftovers, freeze } = await cleanEnvTest('groups');
    expect(run.errors, run.stdout).toEqual([]);
    expect(run.outputs).toMatchObject({ passed: '1', failed: '0', 'test-dependencies': "dependency group 'test' (pyproject.toml)" });
    expect(run.stdout).toContain("Test dependencies: dependency group 'test' (pyproject.toml): six>=1.10, tomli_w>=1");
    expect(run.stdout).toMatch(/\(pip 23\.\d+(\.\d+)?\)/);
    expect(freeze).toMatch(/^six==/m);
    expect(freeze).toMatch(/^tomli_w==/im);
    // `dev` comes last in the order: its colorama is not installed.
    expect(freeze).not.toMatch(/^colorama==/im);
    expect(run.summary).toContain("Test dependencies: dependency group 'test' (pyproject.toml) — `six>=1.10`, `tomli_w>=1`");
    expect(run.summary).toContain('tests run in the checkout (checkout kept off sys.path)');
    expect(leftovers).toEqual([]);
  }, 300_000);

  it('the same group through pip 26, which reads it itself (pip install --group)', async () => {
    // An interpreter whose pip is the mirror's pip 26: the venv's installer is that pip.
    const venv = mkdtempSync(join(tmpdir(), 'ww-pip26-'));
    const env = cleanPythonEnv();
    await execFileAsync(PYTHON, ['-m', 'venv', venv], { env });
    await execFileAsync(venvPython(venv), ['-m', 'pip', 'install', '-q', '--index-url', UPSTREAM_INDEX, 'pip>=25.1'], {
      env,
      timeout: 300_000,
    });
    const { run, leftovers, freeze } = await cleanEnvTest('groups', { python: venvPython(venv), 'test-dependencies': 'group:test' });
    expect(run.errors, run.stdout).toEqual([]);
    expect(run.outputs).toMatchObject({ passed: '1', failed: '0' });
    expect(run.stdout).toMatch(/\(pip 2[6-9]\.\d+(\.\d+)?\)/);
    expect(run.stdout).toContain("pip --group reads dependency group 'test'");
    expect(freeze).toMatch(/^six==/m);
    expect(freeze).toMatch(/^tomli_w==/im);
    expect(leftovers).toEqual([]);
  }, 420_000);

  it('refuses a requirements file outside the checkout, in one line, leaving nothing', async () => {
    const outside = writeFiles(mkdtempSync(join(tmpdir(), 'ww-outside-')), { 'reqs.txt': 'six\n' });
    const { run, leftovers } = await cleanEnvTest('groups', { 'test-dependencies': `requirements:${join(outside, 'reqs.txt')}` });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^test requirements file '.*reqs\.txt' is outside the checkout /)]);
    expect(leftovers).toEqual([]);
  }, 300_000);
});

describe('tests from the checkout, the checkout kept off sys.path', () => {
  it('tests that read files of the checkout fail from a copy (tests-from: copy), leaving nothing', async () => {
    const copy = await cleanEnvTest('reads', { 'tests-from': 'copy' });
    expect(copy.run.exitCode).toBe(1);
    expect(copy.run.outputs).toMatchObject({ passed: '0', failed: '1' });
    expect(copy.run.errors.join('\n')).toMatch(/FileNotFoundError|No such file/);
    expect(copy.leftovers).toEqual([]);
  }, 300_000);

  it("the guard catches the shadowing when pytest's prepend import mode puts the checkout on sys.path", async () => {
    const { run, leftovers } = await cleanEnvTest('flat', { 'pytest-args': '--import-mode=prepend' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^checkout-import leak: 'ww_flat' would be imported from the checkout \(ww_flat\/__init__\.py\), not from the installed ww-flat 1\.0\.0, because .* \(found after pytest collected the tests\)$/,
      ),
    ]);
    expect(leftovers).toEqual([]);
  }, 300_000);

  it("tests bind Unix sockets under tmp_path (pytest's basetemp is short, in TMPDIR as pytest's default)", async () => {
    const { run, leftovers } = await cleanEnvTest('socket');
    expect(run.errors, run.stdout).toEqual([]);
    expect(run.outputs).toMatchObject({ passed: '1', failed: '0' });
    expect(leftovers).toEqual([]);
  }, 300_000);

  it('step debug logging keeps the work folder and says where', async () => {
    const { run, leftovers } = await cleanEnvTest('groups', {}, { RUNNER_DEBUG: '1' });
    expect(run.exitCode).toBe(0);
    const kept = /Kept the clean environment's work folder \(debug\): (\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(kept).toMatch(/wheelwright-clean-env-/);
    expect(existsSync(join(kept, 'venv'))).toBe(true);
    const keptPytest = /Kept pytest's temporary folder \(debug\): (\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(existsSync(keptPytest)).toBe(true);
    expect(leftovers.sort()).toEqual([kept, keptPytest].sort());
  }, 300_000);
});
