import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { WheelwrightError } from '../errors/index';
import { run } from '../process/index';

export interface PythonInterpreter {
  /** What to execute: an absolute path, or a bare name found on PATH. */
  command: string;
  /** `major.minor.micro` as the interpreter reports it. */
  version: string;
  /** sys.executable, the resolved path. */
  executable: string;
}

/**
 * The Python launcher form `py -3.11` (Windows' py.exe, or the python-launcher on Unix): a program and its
 * version switch, which must be spawned as two arguments, never as one program name.
 */
export function launcherSpec(requested: string): { program: string; args: string[] } | undefined {
  const match = /^(py(?:\.exe)?)\s+(-\d+(?:\.\d+)?(?:-(?:32|64))?)$/i.exec(requested.trim());
  return match?.[1] && match[2] ? { program: match[1], args: [match[2]] } : undefined;
}

/**
 * How to start the interpreter a `python` setting names: the launcher form (`py -3.11`) as the program
 * `py` with its version switch, anything else (a name on PATH, a path, spaces and all) as one program; a
 * relative path is resolved against `cwd`; empty: the platform's default name. Every spawn of a `python`
 * setting goes through here, so a setting is never split on spaces nor run as a command line.
 */
export function pythonSpawn(python: string, cwd?: string): { program: string; args: string[] } {
  const launcher = launcherSpec(python);
  if (launcher) return launcher;
  const requested = python.trim() === '' ? undefined : python;
  const [candidate = 'python3'] = candidatesFor(requested);
  return { program: commandFor(candidate, requested, cwd), args: [] };
}

function candidatesFor(requested: string | undefined): string[] {
  return requested ? [requested] : process.platform === 'win32' ? ['python', 'python3'] : ['python3', 'python'];
}

function commandFor(candidate: string, requested: string | undefined, cwd: string | undefined): string {
  return requested && /[\\/]/.test(candidate) && !isAbsolute(candidate) ? resolve(cwd ?? '.', candidate) : candidate;
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The command resolvePython settles on, found without starting an interpreter (so a build can start at
 * once and probe the version beside it): the requested one as given (a relative path resolved against
 * `cwd`), else the first of python3/python on PATH. Undefined when no default candidate is on PATH.
 */
export function findPythonCommand(requested?: string, cwd?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  // A launcher form has no single command: resolvePython finds the interpreter it selects.
  if (requested && launcherSpec(requested)) return undefined;
  if (requested) return commandFor(requested, requested, cwd);
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const suffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const candidate of candidatesFor(undefined)) {
    if (dirs.some((dir) => suffixes.some((suffix) => isExecutableFile(join(dir, `${candidate}${suffix}`))))) return candidate;
  }
  return undefined;
}

const PROBE = 'import sys, platform; print(platform.python_version()); print(sys.executable)';

/**
 * Resolves the interpreter a step should use: the given one, else `python3` then `python` from PATH
 * (where actions/setup-python puts its interpreter; Windows has only `python`).
 */
export async function resolvePython(requested?: string, cwd?: string): Promise<PythonInterpreter> {
  let lastError: unknown;
  const launcher = requested ? launcherSpec(requested) : undefined;
  if (launcher) {
    try {
      const probe = await run(launcher.program, [...launcher.args, '-c', PROBE], { timeoutMs: 30_000, label: `${requested} --version` });
      const [version = '', executable = ''] = probe.stdout.trim().split(/\r?\n/);
      // Every later spawn uses the interpreter the launcher chose, by its path.
      if (executable.trim()) return { command: executable.trim(), version: version.trim(), executable: executable.trim() };
    } catch (error) {
      lastError = error;
    }
  }
  for (const candidate of launcher ? [] : candidatesFor(requested)) {
    const command = commandFor(candidate, requested, cwd);
    try {
      const probe = await run(command, ['-c', PROBE], {
        timeoutMs: 30_000,
        label: `${command} --version`,
      });
      const [version = '', executable = ''] = probe.stdout.trim().split(/\r?\n/);
      return { command, version: version.trim(), executable: executable.trim() };
    } catch (error) {
      lastError = error;
    }
  }
  throw new WheelwrightError(
    'python',
    requested
      ? `python interpreter '${requested}' was not found or does not run`
      : 'no Python interpreter found on PATH (tried python3, python)',
    {
      hint: "install Python (on GitHub: actions/setup-python) or set input 'python' to an interpreter path",
      options: [{ name: 'python' }],
      cause: lastError,
    },
  );
}
