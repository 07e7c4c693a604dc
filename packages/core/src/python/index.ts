import { isAbsolute, resolve } from 'node:path';
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
 * Resolves the interpreter a step should use: the given one, else `python3` then `python` from PATH
 * (where actions/setup-python puts its interpreter; Windows has only `python`).
 */
export async function resolvePython(requested?: string, cwd?: string): Promise<PythonInterpreter> {
  const candidates = requested ? [requested] : process.platform === 'win32' ? ['python', 'python3'] : ['python3', 'python'];
  let lastError: unknown;
  for (const candidate of candidates) {
    const command = requested && /[\\/]/.test(candidate) && !isAbsolute(candidate) ? resolve(cwd ?? '.', candidate) : candidate;
    try {
      const probe = await run(command, ['-c', 'import sys, platform; print(platform.python_version()); print(sys.executable)'], {
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
      hint: 'install Python (actions/setup-python) or set the python input to an interpreter path',
      cause: lastError,
    },
  );
}
