/**
 * Fresh virtualenvs and the installer that fills them. A venv is created without system site-packages
 * and, with pip, without pip itself: the base interpreter's pip installs into it through `pip --python`
 * (pip ≥ 22.3), which saves the 2-3 s ensurepip spends copying pip into every new environment.
 * Older base pips get a venv with its own pip. uv creates and fills the venv itself (`uv venv`, `uv pip`).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ProcessError, WheelwrightError } from '../errors/index';
import type { Logger } from '../log/index';
import { silentLogger } from '../log/index';
import { run } from '../process/index';
import type { PythonInterpreter } from '../python/index';

export type InstallerKind = 'pip' | 'uv';

export interface Virtualenv {
  dir: string;
  /** The venv's interpreter. */
  python: string;
  base: PythonInterpreter;
  installer: InstallerKind;
  /** pip only: `outer` = the base interpreter's pip aimed at the venv; `inner` = the venv's own pip. */
  pipMode: 'outer' | 'inner' | undefined;
  /** The isolated environment every installer call runs with. */
  env: NodeJS.ProcessEnv;
  /** What ran the installs, for the summary (`pip 24.0`, `uv 0.5.1`). */
  installerVersion: string;
}

export function venvInterpreter(dir: string): string {
  return process.platform === 'win32' ? join(dir, 'Scripts', 'python.exe') : join(dir, 'bin', 'python');
}

const PIP_PYTHON_OPTION = [22, 3] as const;

function atLeast(version: string, minimum: readonly [number, number]): boolean {
  const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  return major > minimum[0] || (major === minimum[0] && minor >= minimum[1]);
}

async function probePip(base: PythonInterpreter, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const { stdout } = await run(base.command, ['-m', 'pip', '--version'], { env, timeoutMs: 60_000, label: 'pip --version' });
    return /^pip (\S+)/.exec(stdout.trim())?.[1];
  } catch {
    return undefined;
  }
}

export interface CreateVirtualenvOptions {
  base: PythonInterpreter;
  dir: string;
  installer: InstallerKind;
  env: NodeJS.ProcessEnv;
  logger?: Logger;
}

export async function createVirtualenv(options: CreateVirtualenvOptions): Promise<Virtualenv> {
  const { base, dir, installer, env } = options;
  const logger = options.logger ?? silentLogger;
  await rm(dir, { recursive: true, force: true });
  if (installer === 'uv') {
    const version = await run('uv', ['--version'], {
      env,
      timeoutMs: 30_000,
      label: 'uv --version',
      missingHint: "install uv (astral-sh/setup-uv) or use installer 'pip'",
    });
    await run('uv', ['venv', '--no-config', '--quiet', '--python', base.executable || base.command, dir], {
      env,
      timeoutMs: 120_000,
      label: 'uv venv',
    });
    return { dir, python: venvInterpreter(dir), base, installer, pipMode: undefined, env, installerVersion: version.stdout.trim() };
  }
  const pipVersion = await probePip(base, env);
  const outer = pipVersion !== undefined && atLeast(pipVersion, PIP_PYTHON_OPTION);
  logger.debug(`venv: ${outer ? `base pip ${pipVersion} installs through --python` : 'seeding pip into the venv'}`);
  try {
    await run(base.command, ['-m', 'venv', ...(outer ? ['--without-pip'] : []), dir], { env, timeoutMs: 180_000, label: 'python -m venv' });
  } catch (error) {
    throw new WheelwrightError('python', `cannot create a virtualenv with ${base.command} (Python ${base.version}) in ${dir}`, {
      hint: "the interpreter needs its venv module (Debian/Ubuntu: apt install python3-venv); or use installer 'uv'",
      cause: error,
    });
  }
  let installerVersion = `pip ${pipVersion ?? ''}`.trim();
  if (!outer) {
    const inner = await probePip({ ...base, command: venvInterpreter(dir) }, env);
    if (inner === undefined) {
      throw new WheelwrightError('python', `the virtualenv in ${dir} has no pip and ${base.command} has no pip ≥ 22.3 to install into it`, {
        hint: "install pip for the interpreter (python -m ensurepip) or use installer 'uv'",
      });
    }
    installerVersion = `pip ${inner}`;
  }
  return { dir, python: venvInterpreter(dir), base, installer, pipMode: outer ? 'outer' : 'inner', env, installerVersion };
}

/** The command line of one pip (or uv pip) subcommand aimed at the venv. */
export function installerCommand(venv: Virtualenv, subcommand: string, args: readonly string[]): [string, string[]] {
  if (venv.installer === 'uv') return ['uv', ['pip', subcommand, '--no-config', '--python', venv.python, ...args]];
  // --isolated: pip ignores PIP_* variables and the user's pip.conf (the env already drops both).
  const common = ['--isolated', '--disable-pip-version-check', '--no-input'];
  if (venv.pipMode === 'outer') return [venv.base.command, ['-m', 'pip', '--python', venv.python, subcommand, ...common, ...args]];
  return [venv.python, ['-m', 'pip', subcommand, ...common, ...args]];
}

export interface DependencySources {
  /** Indexes for dependencies, first as pip's --index-url; empty: no index at all (find-links only). */
  indexUrls: readonly string[];
  findLinks: readonly string[];
  /** Allow pre-releases of dependencies (PEP 440: only when the pinned release is one itself). */
  pre: boolean;
}

export function dependencySourceArgs(installer: InstallerKind, sources: DependencySources): string[] {
  const args: string[] = [];
  const [first, ...rest] = sources.indexUrls;
  if (first === undefined) args.push('--no-index');
  else args.push('--index-url', first, ...rest.flatMap((url) => ['--extra-index-url', url]));
  for (const link of sources.findLinks) args.push('--find-links', link);
  if (sources.pre) args.push(...(installer === 'uv' ? ['--prerelease', 'allow'] : ['--pre']));
  return args;
}

export interface InstallRequest {
  /** Requirement specifiers or local archive paths (with `[extras]`). */
  requirements: readonly string[];
  requirementFiles?: readonly string[];
  sources: DependencySources;
  /** For the error message: what was being installed. */
  what: string;
  onOutput?: (chunk: string) => void;
}

/** The lines of pip's/uv's output that explain a failed install (its resolver error), as one line. */
export function installerErrorLines(output: string): string {
  const lines = output.split(/\r?\n/).map((line) => line.trimEnd());
  const start = lines.findIndex((line) => /^(ERROR:|error:|\s*×|\s*╰─▶)/.test(line));
  const picked = (start < 0 ? lines.slice(-5) : lines.slice(start))
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^(hint:|note: This error originates|\[notice\])/i.test(line));
  const text = picked.join(' ');
  return text.length > 900 ? `${text.slice(0, 900)}…` : text;
}

export async function installIntoVirtualenv(venv: Virtualenv, request: InstallRequest): Promise<void> {
  const args = [
    ...(venv.installer === 'pip' ? ['--no-compile', '--progress-bar', 'off'] : []),
    ...dependencySourceArgs(venv.installer, request.sources),
    ...(request.requirementFiles ?? []).flatMap((file) => ['-r', file]),
    ...request.requirements,
  ];
  const [command, argv] = installerCommand(venv, 'install', args);
  try {
    await run(command, argv, {
      env: venv.env,
      timeoutMs: 20 * 60_000,
      label: `${venv.installer} install`,
      ...(request.onOutput ? { onStdout: request.onOutput, onStderr: request.onOutput } : {}),
    });
  } catch (error) {
    if (!(error instanceof ProcessError) || error.exitCode === null) throw error;
    throw new WheelwrightError('python', `${venv.installer} could not install ${request.what}: ${installerErrorLines(error.stderr)}`, {
      hint: 'a dependency is missing from the dependency indexes (extra-index-url, find-links) or the requirements conflict; the full log is above',
      cause: error,
    });
  }
}

/** `pip freeze` of the venv: every installed distribution with its exact version. */
export async function freezeVirtualenv(venv: Virtualenv): Promise<string> {
  const [command, argv] = installerCommand(venv, 'freeze', venv.installer === 'pip' ? ['--all'] : []);
  const { stdout } = await run(command, argv, { env: venv.env, timeoutMs: 120_000, label: `${venv.installer} freeze` });
  return stdout;
}

/** `auto`: uv when it runs from PATH (faster resolves and installs), else pip. */
export async function resolveInstaller(requested: InstallerKind | 'auto', env: NodeJS.ProcessEnv = process.env): Promise<InstallerKind> {
  if (requested !== 'auto') return requested;
  try {
    await run('uv', ['--version'], { env, timeoutMs: 30_000, label: 'uv --version' });
    return 'uv';
  } catch {
    return 'pip';
  }
}
