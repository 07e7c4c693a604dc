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
  /**
   * `outer` only: the base pip's `__pip-runner__.py`, run directly by the venv's interpreter — exactly
   * what `pip --python` does after starting a first pip process, so it saves that start (≈0.5 s a call).
   */
  pipRunner: string | undefined;
  /** The isolated environment every installer call runs with. */
  env: NodeJS.ProcessEnv;
  /** What ran the installs, for the summary (`pip 24.0`, `uv 0.5.1`). */
  installerVersion: string;
}

export function venvInterpreter(dir: string): string {
  return process.platform === 'win32' ? join(dir, 'Scripts', 'python.exe') : join(dir, 'bin', 'python');
}

/** A console script of the venv (`bin/pytest`, `Scripts\\pytest.exe`). */
export function venvScript(venv: Pick<Virtualenv, 'dir'>, name: string): string {
  return process.platform === 'win32' ? join(venv.dir, 'Scripts', `${name}.exe`) : join(venv.dir, 'bin', name);
}

const PIP_PYTHON_OPTION = [22, 3] as const;

function atLeast(version: string, minimum: readonly [number, number]): boolean {
  const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  return major > minimum[0] || (major === minimum[0] && minor >= minimum[1]);
}

interface PipProbe {
  version: string;
  /** pip's `__pip-runner__.py` (pip ≥ 22.3): what `pip --python` itself starts under the target interpreter. */
  runner: string | undefined;
}

/** pip's version and runner, read by importing pip's package only (≈40 ms, vs ≈450 ms for `pip --version`). */
async function probePip(command: string, env: NodeJS.ProcessEnv): Promise<PipProbe | undefined> {
  try {
    const { stdout } = await run(
      command,
      [
        '-c',
        'import os, pip\nprint(pip.__version__)\nr = os.path.join(os.path.dirname(pip.__file__), "__pip-runner__.py")\nprint(r if os.path.isfile(r) else "")',
      ],
      { env, timeoutMs: 60_000, label: 'python -c "import pip"' },
    );
    const [version = '', runner = ''] = stdout
      .trim()
      .split(/\r?\n/)
      .map((line) => line.trim());
    return version ? { version, runner: runner || undefined } : undefined;
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
      missingHint: "install uv (astral-sh/setup-uv) or set 'installer: pip'",
    });
    await run('uv', ['venv', '--no-config', '--quiet', '--python', base.executable || base.command, dir], {
      env,
      timeoutMs: 120_000,
      label: 'uv venv',
    });
    return {
      dir,
      python: venvInterpreter(dir),
      base,
      installer,
      pipMode: undefined,
      pipRunner: undefined,
      env,
      installerVersion: version.stdout.trim(),
    };
  }
  const pip = await probePip(base.command, env);
  const outer = pip !== undefined && atLeast(pip.version, PIP_PYTHON_OPTION);
  logger.debug(`venv: ${outer ? `base pip ${pip?.version} installs into it` : 'seeding pip into the venv'}`);
  try {
    await run(base.command, ['-m', 'venv', ...(outer ? ['--without-pip'] : []), dir], { env, timeoutMs: 180_000, label: 'python -m venv' });
  } catch (error) {
    throw new WheelwrightError('python', `cannot create a virtualenv with ${base.command} (Python ${base.version}) in ${dir}`, {
      hint: "the interpreter needs its venv module (Debian/Ubuntu: apt install python3-venv); or set 'installer: uv'",
      cause: error,
    });
  }
  if (outer) {
    return {
      dir,
      python: venvInterpreter(dir),
      base,
      installer,
      pipMode: 'outer',
      pipRunner: pip?.runner,
      env,
      installerVersion: `pip ${pip?.version}`,
    };
  }
  const inner = await probePip(venvInterpreter(dir), env);
  if (inner === undefined) {
    throw new WheelwrightError('python', `the virtualenv in ${dir} has no pip and ${base.command} has no pip ≥ 22.3 to install into it`, {
      hint: "install pip for the interpreter (python -m ensurepip) or set 'installer: uv'",
    });
  }
  return {
    dir,
    python: venvInterpreter(dir),
    base,
    installer,
    pipMode: 'inner',
    pipRunner: undefined,
    env,
    installerVersion: `pip ${inner.version}`,
  };
}

/** The command line of one pip (or uv pip) subcommand aimed at the venv. */
export function installerCommand(venv: Virtualenv, subcommand: string, args: readonly string[]): [string, string[]] {
  if (venv.installer === 'uv') return ['uv', ['pip', subcommand, '--no-config', '--python', venv.python, ...args]];
  // --isolated: pip ignores PIP_* variables and the user's pip.conf (the env already drops both).
  const common = ['--isolated', '--disable-pip-version-check', '--no-input'];
  if (venv.pipMode === 'outer' && venv.pipRunner) return [venv.python, [venv.pipRunner, subcommand, ...common, ...args]];
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
  /** PEP 735 groups as pip ≥ 25.1 takes them (`path/to/pyproject.toml:name`). */
  groups?: readonly string[];
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
    ...(request.groups ?? []).flatMap((group) => ['--group', group]),
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
      hint: "a dependency is missing from the dependency indexes (input 'extra-index-url', input 'find-links') or the requirements conflict; the full output is in the log above",
      cause: error,
    });
  }
}

// What `pip freeze --all` prints for index-installed distributions (`Name==version`, sorted by name, case
// folded), read with importlib.metadata in the venv's isolated interpreter (-I: no PYTHONPATH, no cwd).
// pip's own freeze costs a pip start (≈1 s through --python) for the same list.
const FREEZE = `import importlib.metadata as m
seen = {}
for d in m.distributions():
    name = d.metadata["Name"]
    if name and name.lower() not in seen:
        seen[name.lower()] = "%s==%s" % (name, d.version)
print("\\n".join(v for k, v in sorted(seen.items())))`;

/** The installed distributions of the venv, one `name==version` a line (`uv pip freeze` with uv). */
export async function freezeVirtualenv(venv: Virtualenv): Promise<string> {
  if (venv.installer === 'uv') {
    const [command, argv] = installerCommand(venv, 'freeze', []);
    return (await run(command, argv, { env: venv.env, timeoutMs: 120_000, label: 'uv pip freeze' })).stdout;
  }
  const { stdout } = await run(venv.python, ['-I', '-c', FREEZE], { env: venv.env, timeoutMs: 120_000, label: 'python freeze' });
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
