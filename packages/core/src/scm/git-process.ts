/**
 * The one way core runs git (runGitIn), how setuptools_scm runs it (environment, default describe
 * command), and the early start of that describe. Kept apart from the rest of scm/ with nothing but the
 * process runner behind it, so that any module can run git without loading the schemes, and
 * pep440-version can start `git describe` before its bundle evaluates anything else (the describe then
 * runs on another core while the TOML parser, the schemes and the runner protocol load).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type RunResult, run } from '../process/index';

// setuptools_scm: _run_cmd.no_git_env keeps only these GIT_* variables (a GIT_DIR from a hook must not leak).
const KEPT_GIT_VARIABLES = new Set([
  'GIT_CEILING_DIRECTORIES',
  'GIT_EXEC_PATH',
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_AUTHOR_DATE',
  'GIT_COMMITTER_DATE',
]);

export function gitEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith('GIT_') && !KEPT_GIT_VARIABLES.has(key)) continue;
    clean[key] = value;
  }
  // setuptools_scm runs git with LC_ALL=C.UTF-8 so messages are not translated.
  clean.LC_ALL = 'C.UTF-8';
  return clean;
}

/** setuptools_scm: DEFAULT_DESCRIBE / make_describe_command. */
export function describeCommand(matchGlob: string): string[] {
  return ['git', 'describe', '--dirty', '--tags', '--long', '--abbrev=40', '--match', matchGlob];
}

/** setuptools_scm: TagConfiguration.describe_match_glob. */
export function describeMatchGlob(prefix: string, strict: boolean | undefined): string {
  return `${prefix}${strict ? '*[0-9]*.*[0-9]*' : '*[0-9]*'}`;
}

export interface GitRunOptions {
  /** Exit codes that are answers, not failures (default: only 0). */
  okCodes?: readonly number[];
  /** Default 60 s; a fetch of a whole history wants more. */
  timeoutMs?: number;
  /** Replaces the environment (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** Runs `git --git-dir <gitDir> …`: only that repository, whatever the folders above hold. */
  gitDir?: string;
}

/** Runs `git <args>` in `cwd`: an argument array, a time-out, stderr captured, a hint when git is missing. */
export function runGitIn(cwd: string, args: readonly string[], options: GitRunOptions = {}): Promise<RunResult> {
  return run('git', options.gitDir === undefined ? args : ['--git-dir', options.gitDir, ...args], {
    cwd,
    env: options.env ?? process.env,
    okCodes: options.okCodes ?? [0],
    timeoutMs: options.timeoutMs ?? 60_000,
    label: `git ${args.find((arg, i) => !arg.startsWith('-') && args[i - 1] !== '-c') ?? args[0]}`,
    missingHint: 'install git and put it on PATH',
  });
}

/** `git --git-dir <root>/.git <args>` in `root`, as setuptools_scm runs it; `env` is already gitEnvironment()'s. */
export function runGit(
  root: string,
  env: NodeJS.ProcessEnv,
  args: readonly string[],
  okCodes: readonly number[] = [0],
  timeoutMs = 40_000,
): Promise<RunResult> {
  return runGitIn(root, args, { gitDir: join(root, '.git'), env, okCodes, timeoutMs });
}

/** The exit codes of a describe that found nothing (no tag, no commit): an answer, not a failure. */
export const DESCRIBE_OK_CODES = [0, 1, 128] as const;

/** A prefetched describe is for the computation that starts right after it; older ones are not trusted. */
const PREFETCH_LIFETIME_MS = 10_000;

const prefetched = new Map<string, { root: string; started: number; promise: Promise<RunResult> }>();

/** The key holds everything the answer depends on besides the repository's state: root, command, git's environment. */
function prefetchKey(root: string, command: readonly string[], env: NodeJS.ProcessEnv): string {
  const gitVariables = Object.entries(env)
    .filter(([key]) => key.startsWith('GIT_') || key === 'HOME' || key === 'XDG_CONFIG_HOME')
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`);
  return [root, ...command, ...gitVariables].join('\0');
}

/**
 * Starts setuptools_scm's default `git describe` for `root` now, so the child runs on another core while
 * the caller loads and reads everything else (the action calls this before evaluating its other modules).
 * takePrefetched hands it to GitWorkdir.describe when the configuration asks for that same command, in
 * that same root; otherwise it is never awaited. `env` must be the environment the later describe would use.
 */
export function prefetchDescribe(root: string, env: NodeJS.ProcessEnv = process.env): void {
  if (!existsSync(join(root, '.git'))) return;
  const command = describeCommand(describeMatchGlob('', undefined));
  const gitEnv = gitEnvironment(env);
  const key = prefetchKey(root, command, gitEnv);
  // The action starts one before its bundle loads and computeVersion asks again: one process for both.
  // An older one may predate a commit or a tag, so it is replaced.
  const early = prefetched.get(key);
  if (early && Date.now() - early.started <= PREFETCH_LIFETIME_MS) return;
  const promise = runGit(root, gitEnv, command.slice(1), DESCRIBE_OK_CODES);
  prefetched.set(key, { root, started: Date.now(), promise });
  promise.catch(() => undefined);
}

/**
 * The describe prefetchDescribe started for this root, command and environment, once; undefined when there
 * is none or it is older than a computation that follows it at once.
 */
export function takePrefetched(root: string, command: readonly string[], env: NodeJS.ProcessEnv): Promise<RunResult> | undefined {
  const key = prefetchKey(root, command, env);
  const early = prefetched.get(key);
  if (!early) return undefined;
  prefetched.delete(key);
  return Date.now() - early.started <= PREFETCH_LIFETIME_MS ? early.promise : undefined;
}

/** Forgets every describe started for `root` (the computation that asked for them has finished). */
export function discardPrefetched(root: string): void {
  for (const [key, entry] of prefetched) if (entry.root === root) prefetched.delete(key);
}
