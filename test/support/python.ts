/**
 * Python for tests: the interpreter with Debian's build tools, the one upstream index for third-party
 * wheels, an environment no machine-wide pip setting leaks into, and cached virtualenvs of reference tools.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from './action-harness';
import { runOk } from './processes';

/** Debian's interpreter, which has build, setuptools_scm, wheel, pytest (the first python3 on PATH may not). */
export const PYTHON = process.env.WHEELWRIGHT_TEST_PYTHON ?? '/usr/bin/python3';

/**
 * The one setting that names where third-party wheels come from: the machine's offline PEP 503 mirror
 * here, PyPI (https://pypi.org/simple) where that is reachable.
 */
export const UPSTREAM_INDEX = process.env.WHEELWRIGHT_TEST_INDEX_URL ?? 'file:///opt/pypi/simple';

/** The environment minus every PIP_/UV_/VIRTUAL_ENV/PYTHON* setting, plus PIP_CONFIG_FILE=/dev/null. */
/**
 * Overrides for a bundle run (the harness's `env`): the machine's pip settings (PIP_FIND_LINKS …) and
 * pretend versions removed, pip's configuration files ignored.
 */
export const RUNNER_PYTHON_ENV: Record<string, string | undefined> = {
  ...Object.fromEntries(
    Object.keys(process.env)
      .filter((key) => /^(PIP_|SETUPTOOLS_SCM_|SOURCE_DATE_EPOCH)/.test(key))
      .map((key) => [key, undefined]),
  ),
  PIP_CONFIG_FILE: '/dev/null',
  PIP_DISABLE_PIP_VERSION_CHECK: '1',
};

export function cleanPythonEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (/^(PIP_|UV_|VIRTUAL_ENV|PYTHONPATH|PYTHONHOME|SETUPTOOLS_SCM_|VCS_VERSIONING_|CONDA_)/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, PIP_CONFIG_FILE: '/dev/null', PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1', ...extra };
}

export function venvPython(venv: string): string {
  return process.platform === 'win32' ? join(venv, 'Scripts', 'python.exe') : join(venv, 'bin', 'python');
}

const CACHE = join(repoRoot, 'node_modules', '.cache', 'wheelwright-test-venvs');

/**
 * A virtualenv with `requirements` installed from UPSTREAM_INDEX, built once and reused by every test
 * (and every later run on this checkout). A lock folder serializes concurrent test workers; the venv is
 * built in place (a venv's scripts hold its path, so it cannot be built elsewhere and renamed).
 */
export async function referenceVenv(requirements: readonly string[]): Promise<string> {
  const key = createHash('sha256')
    .update(JSON.stringify([PYTHON, UPSTREAM_INDEX, ...requirements]))
    .digest('hex')
    .slice(0, 16);
  const target = join(CACHE, key);
  const complete = join(target, '.complete');
  const lock = `${target}.lock`;
  mkdirSync(CACHE, { recursive: true });
  const deadline = Date.now() + 600_000;
  while (!existsSync(complete)) {
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building it; a lock older than ten minutes belongs to a killed run.
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 600_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      await sleep(250);
      continue;
    }
    try {
      rmSync(target, { recursive: true, force: true });
      const env = cleanPythonEnv();
      await runOk(PYTHON, ['-m', 'venv', target], { env, timeoutMs: 120_000 });
      await runOk(venvPython(target), ['-m', 'pip', 'install', '-q', '--index-url', UPSTREAM_INDEX, ...requirements], {
        env,
        timeoutMs: 300_000,
      });
      writeFileSync(complete, requirements.join('\n'));
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return target;
}
