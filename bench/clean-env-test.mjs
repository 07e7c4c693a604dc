#!/usr/bin/env node
// clean-env-test vs `tox --installpkg` (Debian's tox) doing the same job on the same wheel: a fresh
// environment, the wheel with its `testing` extra and pytest installed (third-party wheels from the
// offline mirror UPSTREAM_INDEX, no machine-wide pip settings), the repository's tests run with a JUnit
// report. The action runs through its bundle as the runner runs it; tox recreates its env every run (-r).
// Runs alternate (action, tox, action, tox…) so both see the same machine load. Goal: faster than tox.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, summarize } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'clean-env-test', 'index.js');
const PYTHON = process.env.WHEELWRIGHT_TEST_PYTHON ?? '/usr/bin/python3';
const UPSTREAM_INDEX = process.env.WHEELWRIGHT_TEST_INDEX_URL ?? 'file:///opt/pypi/simple';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(join(tmpdir(), 'ww-bench-clean-env-'));

function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(PIP_|UV_|VIRTUAL_ENV|PYTHONPATH|PYTHONHOME|INPUT_|GITHUB_|RUNNER_|TOX_)/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, PIP_CONFIG_FILE: '/dev/null', PIP_DISABLE_PIP_VERSION_CHECK: '1', ...extra };
}

function write(dir, files) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

// The project: a package with a dependency, a `testing` extra, and 30 tests.
const project = join(work, 'project');
const tests = Array.from({ length: 30 }, (_, i) => `def test_${i}():\n    assert bench_pkg.double(${i}) == ${2 * i}\n`).join('\n\n');
write(project, {
  'pyproject.toml': `[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "bench-pkg"
version = "1.0.0"
dependencies = ["packaging>=20"]

[project.optional-dependencies]
testing = ["iniconfig"]
`,
  'src/bench_pkg/__init__.py': 'def double(x):\n    return 2 * x\n',
  'tests/test_bench.py': `import bench_pkg\n\n\n${tests}`,
  // tox 3 (Debian): the same sources as the action — deps from the mirror only, pip configuration off.
  'tox.ini': `[tox]
envlist = py
[testenv]
extras = testing
deps = pytest
setenv =
    PIP_CONFIG_FILE = /dev/null
install_command = python -m pip install --index-url ${UPSTREAM_INDEX} {opts} {packages}
changedir = {envtmpdir}
commands = pytest {toxinidir}/tests --junitxml={envtmpdir}/junit.xml -p no:cacheprovider -q
`,
});
execFileSync(PYTHON, ['-m', 'build', '--wheel', '--no-isolation', '--outdir', join(work, 'dist'), project], {
  env: cleanEnv(),
  stdio: 'ignore',
});
const wheelName = readdirSync(join(work, 'dist')).find((f) => f.endsWith('.whl'));
const wheel = join(work, 'dist', wheelName);

// The store: a PEP 503 file index by hand, as the file store writes it.
const store = join(work, 'store');
const sha256 = createHash('sha256').update(readFileSync(wheel)).digest('hex');
write(store, {
  'index.html': '<!DOCTYPE html><html><body><a href="bench-pkg/">bench-pkg</a></body></html>\n',
  'bench-pkg/index.html': `<!DOCTYPE html><html><body><a href="${wheelName}#sha256=${sha256}">${wheelName}</a></body></html>\n`,
});
writeFileSync(join(store, 'bench-pkg', wheelName), readFileSync(wheel));

function runAction() {
  const temp = mkdtempSync(join(work, 'runner-'));
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH'].map((k) => [k, join(temp, k)]));
  for (const file of Object.values(files)) writeFileSync(file, '');
  const inputs = {
    package: 'bench-pkg',
    version: '1.0.0',
    'index-url': store,
    'extra-index-url': UPSTREAM_INDEX,
    'find-links': '',
    tests: 'tests',
    python: PYTHON,
    installer: 'pip',
    extras: '',
    manifest: '',
    'test-requirements': '',
    'pytest-args': '-q',
  };
  const env = cleanEnv({
    ...files,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    GITHUB_WORKSPACE: project,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
  });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bundle], { cwd: project, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`clean-env-test failed:\n${result.stdout}\n${result.stderr}`);
  rmSync(temp, { recursive: true, force: true });
  return ms;
}

function runTox() {
  const toxWork = mkdtempSync(join(work, 'tox-'));
  const started = process.hrtime.bigint();
  const result = spawnSync('tox', ['-r', '-q', '--workdir', toxWork, '--installpkg', wheel, '-c', join(project, 'tox.ini')], {
    cwd: project,
    env: cleanEnv(),
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`tox failed:\n${result.stdout}\n${result.stderr}`);
  rmSync(toxWork, { recursive: true, force: true });
  return ms;
}

const toxVersion = execFileSync('tox', ['--version'], { encoding: 'utf8' }).trim().split(' ')[0];
console.log(
  `clean-env-test bundle vs tox ${toxVersion} --installpkg, ${wheelName} + testing extra + pytest, 30 tests, ${RUNS} runs each (alternating)`,
);
runAction(); // warm the page cache and pip's wheel reads for both
runTox();
const action = [];
const tox = [];
for (let i = 0; i < RUNS; i++) {
  action.push(runAction());
  tox.push(runTox());
}
const a = summarize(action);
const t = summarize(tox);
console.log(`clean-env-test (pip): median ${fmt(a.median)} (p10 ${fmt(a.p10)}, p90 ${fmt(a.p90)})`);
console.log(`tox --installpkg:     median ${fmt(t.median)} (p10 ${fmt(t.p10)}, p90 ${fmt(t.p90)})`);
console.log(`ratio clean-env-test / tox: ${(a.median / t.median).toFixed(2)} (goal < 1)`);
rmSync(work, { recursive: true, force: true });
