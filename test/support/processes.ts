/**
 * Child processes for tests, without blocking the worker: vitest's timeouts, the in-process servers a
 * test may be talking to, and other tests' timers keep running while a Python or pip command works.
 * (test/foundation/no-blocking-waits.test.ts keeps spawnSync/execFileSync out of test bodies.)
 */
import { execFile } from 'node:child_process';

export interface Finished {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to stdin, then closed. */
  input?: string;
  /** Killed (SIGKILL) after this long; sized for two loaded cores. Default two minutes. */
  timeoutMs?: number;
}

/** Runs `command args` to its end; resolves with its exit code and output (a signal or a missing program is code -1). */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<Finished> {
  return new Promise((done) => {
    const child = execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        encoding: 'utf8',
        maxBuffer: 64 << 20,
        timeout: options.timeoutMs ?? 120_000,
        killSignal: 'SIGKILL',
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr: error && code === -1 ? `${stderr}${error.message}` : stderr });
      },
    );
    // A child that exits without reading its input closes the pipe (EPIPE): its exit code and output tell
    // the caller what happened, so the write error is not a second, unhandled failure.
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input ?? '');
  });
}

/** Like run, but a non-zero exit is an error naming the command with its output; resolves with stdout. */
export async function runOk(command: string, args: readonly string[], options: RunOptions = {}): Promise<string> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.code}${options.cwd ? ` in ${options.cwd}` : ''}:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}
