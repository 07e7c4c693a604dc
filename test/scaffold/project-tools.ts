/** What the scaffold bundle tests do with a generated project: git, build, twine, venvs, pytest. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ActionRun, runAction } from '../support/action-harness';
import { runOk } from '../support/processes';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX, venvPython } from '../support/python';

/** A git identity of its own, so the generated projects do not depend on the machine's git config. */
export function gitEnvironment(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'ww-scaffold-git-'));
  const config = join(dir, 'gitconfig');
  writeFileSync(
    config,
    '[user]\n\tname = Ada Lovelace\n\temail = ada@example.org\n[commit]\n\tgpgsign = false\n[tag]\n\tgpgsign = false\n',
  );
  return { GIT_CONFIG_GLOBAL: config, GIT_CONFIG_NOSYSTEM: '1' };
}

export async function scaffoldBundle(
  inputs: Record<string, string | boolean>,
  workspace: string,
  env: Record<string, string>,
): Promise<ActionRun> {
  return runAction('scaffold', { inputs, workspace, env });
}

/** Local git on the test's own repository (no server, no prompt): quick, so synchronous, and bounded. */
export function git(dir: string, env: Record<string, string>, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  }).trim();
}

export function commitChange(dir: string, env: Record<string, string>, file: string, text: string): string {
  writeFileSync(join(dir, file), text);
  git(dir, env, 'add', file);
  git(dir, env, 'commit', '-q', '-m', `change ${file}`);
  return git(dir, env, 'rev-parse', 'HEAD');
}

function python(executable: string, args: string[], cwd: string, timeoutMs = 180_000): Promise<string> {
  return runOk(executable, args, { cwd, env: cleanPythonEnv(), timeoutMs });
}

/** `python -m build --no-isolation` (Debian's build, setuptools, setuptools_scm, or another interpreter's). */
export async function buildProject(
  project: string,
  outdir: string,
  options: { python?: string; wheelOnly?: boolean } = {},
): Promise<string[]> {
  const args = ['-m', 'build', '--no-isolation', '--outdir', outdir, ...(options.wheelOnly ? ['--wheel'] : []), project];
  await python(options.python ?? PYTHON, args, project);
  return readdirSync(outdir).sort();
}

export function twineCheck(dir: string, files: string[]): Promise<string> {
  return python(PYTHON, ['-m', 'twine', 'check', '--strict', ...files.map((f) => join(dir, f))], dir);
}

/** A fresh venv with the project and its `testing` extra: the project from `dist`, the rest from the upstream index. */
export async function installFresh(dist: string, requirement: string): Promise<string> {
  const venv = mkdtempSync(join(tmpdir(), 'ww-scaffold-venv-'));
  // No pip of its own (ensurepip costs seconds of CPU): the machine's pip installs into it through --python.
  await python(PYTHON, ['-m', 'venv', '--without-pip', venv], dist);
  const pip = ['-m', 'pip', '--python', venvPython(venv), 'install', '-q', '--index-url', UPSTREAM_INDEX, '--find-links', dist];
  await python(PYTHON, [...pip, requirement], dist, 300_000);
  return venv;
}

export function runIn(venv: string, args: string[], cwd: string): Promise<string> {
  return python(venvPython(venv), args, cwd);
}

export function script(venv: string, name: string): string {
  return process.platform === 'win32' ? join(venv, 'Scripts', `${name}.exe`) : join(venv, 'bin', name);
}

export function runScript(venv: string, name: string, args: string[], cwd: string): Promise<string> {
  return python(script(venv, name), args, cwd);
}
