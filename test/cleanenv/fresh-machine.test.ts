/**
 * `wheelwright pipeline` (the CLI bundle) on a machine whose Python has no pypa/build: a venv of the test
 * Python stands for it. The pipeline brings its own build frontend (a tools environment in the user cache,
 * here XDG_CACHE_HOME of the test), reaches testing, and leaves nothing in TMPDIR — also when the tests
 * fail. The clean-env tests run in the checkout (its default), against the installed release.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/action-harness';
import { run, runOk } from '../support/processes';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX, venvPython } from '../support/python';
import { writeProject } from '../support/python-project';

const cli = join(repoRoot, 'dist', 'cli', 'index.js');

function wheelwright(args: string[], env: Record<string, string>) {
  return run(process.execPath, [cli, ...args], { env: cleanPythonEnv(env), timeoutMs: 600_000 });
}

describe('pipeline on a fresh machine', () => {
  it('brings pypa/build in a cached tools environment, reaches testing, and leaves no temp entries (passing and failing runs)', async () => {
    const venv = mkdtempSync(join(tmpdir(), 'ww-fresh-python-'));
    await runOk(PYTHON, ['-m', 'venv', venv], { env: cleanPythonEnv() });
    expect((await run(venvPython(venv), ['-c', 'import build'], { env: cleanPythonEnv() })).code).not.toBe(0);
    const project = writeProject(mkdtempSync(join(tmpdir(), 'ww-fresh-project-')), { kind: 'setuptools-scm', tag: 'v1.0.0' });
    const cache = mkdtempSync(join(tmpdir(), 'ww-fresh-cache-'));
    const tmp = mkdtempSync(join(tmpdir(), 'ww-fresh-tmp-'));
    const args = (work: string) => [
      'pipeline',
      project.dir,
      '--python',
      venvPython(venv),
      '--extra-index-url',
      UPSTREAM_INDEX,
      '--store',
      join(work, 'stores'),
      '--work-dir',
      work,
    ];

    const work = mkdtempSync(join(tmpdir(), 'ww-fresh-work-'));
    const passing = await wheelwright(args(work), { XDG_CACHE_HOME: cache, TMPDIR: tmp, CI_COMMIT_BRANCH: 'main' });
    expect(passing.code, passing.stderr).toBe(0);
    expect(JSON.parse(passing.stdout)).toMatchObject({ ok: true, channel: 'testing' });
    const log = readFileSync(join(work, 'pipeline.log'), 'utf8');
    expect(log).toMatch(/has no pypa\/build: creating a tools environment with it in .*wheelwright\/tools/);
    expect(readdirSync(join(cache, 'wheelwright', 'tools'))).toEqual([
      expect.stringMatching(/^wheelwright-build-py3\.\d+\.\d+-[0-9a-f]{12}$/),
    ]);
    expect(log).toMatch(/pytest tests \(Python 3\.\d+\.\d+, in the checkout\)/);
    expect(readdirSync(tmp)).toEqual([]);
    // The clean-env results are in --work-dir, beside the step log, not in /tmp.
    expect(readdirSync(join(work, 'clean-env-test')).sort()).toEqual([
      expect.stringMatching(/^freeze-ww-sample-1\.0\.0-py3\.\d+\.txt$/),
      expect.stringMatching(/^junit-ww-sample-1\.0\.0-py3\.\d+\.xml$/),
    ]);

    // A failing test: the pipeline stops at clean-env-test, the warm tools environment is reused, nothing left in TMPDIR.
    project.repo?.commit('a broken test', { 'tests/test_broken.py': 'def test_broken():\n    assert False\n' });
    const failingWork = mkdtempSync(join(tmpdir(), 'ww-fresh-work-'));
    const failing = await wheelwright(args(failingWork), { XDG_CACHE_HOME: cache, TMPDIR: tmp, CI_COMMIT_BRANCH: 'main' });
    expect(failing.code).toBe(1);
    const failingLog = readFileSync(join(failingWork, 'pipeline.log'), 'utf8');
    expect(failingLog).toMatch(/has no pypa\/build: using the tools environment /);
    expect(failing.stderr).toMatch(/tests of ww-sample .* failed in the clean environment: \d+ passed, 1 failed/);
    expect(readdirSync(tmp)).toEqual([]);
    expect(existsSync(join(cache, 'wheelwright', 'tools'))).toBe(true);
  }, 900_000);
});
