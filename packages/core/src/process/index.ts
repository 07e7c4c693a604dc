import { spawn } from 'node:child_process';
import { ProcessError } from '../errors/index';

/** Every child process goes through here: argument arrays only, stderr captured, a time-out always. */
export interface RunOptions {
  cwd?: string;
  /** Replaces the environment when given; use `{ ...process.env, X }` to extend it. */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  input?: string;
  /** Streams output as it arrives (build logs), besides capturing it. */
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  /** Exit codes that are not failures (default: only 0). */
  okCodes?: readonly number[];
  /** What the command is, for error messages ("git describe"). */
  label?: string;
  /** Shown as the hint when the program is not installed. */
  missingHint?: string;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const label = options.label ?? [command, ...args.slice(0, 2)].join(' ');
  const okCodes = options.okCodes ?? [0];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      out.push(chunk);
      options.onStdout?.(chunk.toString('utf8'));
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err.push(chunk);
      options.onStderr?.(chunk.toString('utf8'));
    });
    if (options.input !== undefined && child.stdin) child.stdin.end(options.input);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ENOENT') {
        reject(
          new ProcessError(`${command} was not found (needed for ${label})`, {
            hint: options.missingHint ?? `install ${command} or put it on PATH`,
            cause: error,
          }),
        );
      } else {
        reject(new ProcessError(`${label} could not start: ${error.message}`, { cause: error }));
      }
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (timedOut) {
        reject(new ProcessError(`${label} timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`, { stderr }));
        return;
      }
      const exit = code ?? (signal ? 128 : 1);
      if (!okCodes.includes(exit)) {
        const detail = lastLine(stderr) || lastLine(stdout) || `signal ${signal ?? 'none'}`;
        reject(new ProcessError(`${label} failed (exit ${exit}): ${detail}`, { exitCode: exit, stderr }));
        return;
      }
      resolve({ code: exit, stdout, stderr });
    });
  });
}

function lastLine(text: string): string {
  const lines = text.trim().split(/\r?\n/);
  return (lines[lines.length - 1] ?? '').trim();
}
