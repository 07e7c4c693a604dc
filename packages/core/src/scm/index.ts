/**
 * The git side of setuptools_scm (vcs_versioning/_backends/_git.py in setuptools_scm 10.3 / vcs-versioning
 * 2.5): the same `git describe`, the same parsing, the same fallback queries, and nothing more — every
 * process costs milliseconds, so the common case is one `git describe`.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WheelwrightError } from '../errors/index';
import { type RunResult, run } from '../process/index';
import { DESCRIBE_OK_CODES, gitEnvironment, runGit, takePrefetched } from './git-process';

export * from './fallback';
export {
  describeCommand,
  describeMatchGlob,
  discardPrefetched,
  type GitRunOptions,
  gitEnvironment,
  prefetchDescribe,
  runGitIn,
} from './git-process';
export * from './schemes';
export * from './tag';
export * from './towncrier';

/** What `git describe` (or the no-tag fallback) says about HEAD, parsed as setuptools_scm parses it. */
export interface GitDescription {
  /** The raw tag name, or undefined when no tag was usable (fallback path). */
  tag: string | undefined;
  distance: number;
  /** `g` + the full commit hash of HEAD; undefined when the repository has no commit. */
  node: string | undefined;
  dirty: boolean;
  /** The text `git describe` printed (empty on the fallback path). */
  describeOutput: string;
}

/** A git work tree at `root`, queried as setuptools_scm does: `git --git-dir <root>/.git …`, cwd = root. */
export class GitWorkdir {
  readonly root: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(root: string, env: NodeJS.ProcessEnv = process.env) {
    this.root = root;
    this.env = gitEnvironment(env);
  }

  /**
   * setuptools_scm only probes `root` itself (a `.git` directory or worktree file there); a sub-directory
   * of a work tree is not a git root for it, unless search_parent_directories is set.
   */
  static isRoot(root: string): boolean {
    return existsSync(join(root, '.git'));
  }

  git(args: readonly string[], okCodes: readonly number[] = [0], timeoutMs = 40_000): Promise<RunResult> {
    return runGit(this.root, this.env, args, okCodes, timeoutMs);
  }

  /** setuptools_scm: GitWorkdir.is_shallow — the `.git/shallow` file (never present for worktrees). */
  isShallow(): boolean {
    try {
      return statSync(join(this.root, '.git', 'shallow')).isFile();
    } catch {
      // ENOENT, or ENOTDIR where `.git` is a worktree's file.
      return false;
    }
  }

  /**
   * Runs the describe command; undefined when it fails (no matching tag, no commit). A describe started
   * earlier by prefetchDescribe for the same root and command is used instead of a new process.
   */
  async describe(command: readonly string[]): Promise<GitDescription | undefined> {
    const [program, ...args] = command;
    const result =
      (await takePrefetched(this.root, command, this.env)) ??
      (program === 'git'
        ? await this.git(args, DESCRIBE_OK_CODES)
        : await run(program ?? 'git', args, { cwd: this.root, env: this.env, okCodes: DESCRIBE_OK_CODES, timeoutMs: 40_000 }));
    if (result.code !== 0) return undefined;
    return parseDescribe(result.stdout.trim());
  }

  /** setuptools_scm's no-tag path: every commit counts, dirtiness from git status; no commit → dirty. */
  async describeWithoutTag(): Promise<GitDescription> {
    const [head, count, status] = await Promise.all([
      this.git(['rev-parse', '--verify', '--quiet', 'HEAD'], [0, 1, 128]),
      this.git(['rev-list', '--count', 'HEAD'], [0, 128]),
      this.git(['status', '--porcelain', '--untracked-files=no'], [0, 128]),
    ]);
    if (head.code !== 0 || head.stdout.trim() === '') {
      return { tag: undefined, distance: 0, node: undefined, dirty: true, describeOutput: '' };
    }
    return {
      tag: undefined,
      distance: Number(count.stdout.trim()),
      node: `g${head.stdout.trim()}`,
      dirty: status.stdout.trim() !== '',
      describeOutput: '',
    };
  }

  /** setuptools_scm: GitWorkdir.get_branch (`HEAD` when detached). */
  async branch(): Promise<string | undefined> {
    const abbrev = await this.git(['rev-parse', '--abbrev-ref', 'HEAD'], [0, 1, 128]);
    if (abbrev.code === 0 && abbrev.stdout.trim() !== '') return abbrev.stdout.trim();
    const symbolic = await this.git(['symbolic-ref', '--short', 'HEAD'], [0, 1, 128]);
    return symbolic.code === 0 && symbolic.stdout.trim() !== '' ? symbolic.stdout.trim() : undefined;
  }

  /** setuptools_scm: GitWorkdir.get_head_date — the committer date of HEAD as a UTC calendar date. */
  async headDate(): Promise<Date | undefined> {
    const result = await this.git(['-c', 'log.showSignature=false', 'log', '-n', '1', 'HEAD', '--format=%cI'], [0, 128]);
    const text = result.stdout.trim();
    if (result.code !== 0 || text === '') return undefined;
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }

  /** The commit a tag points at, or undefined. */
  async tagCommit(tag: string): Promise<string | undefined> {
    const result = await this.git(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], [0, 1, 128]);
    return result.code === 0 ? result.stdout.trim() || undefined : undefined;
  }

  /** Tracked files with uncommitted changes (what `git describe --dirty` calls dirty), for error messages. */
  async dirtyFiles(): Promise<string[]> {
    const result = await this.git(['status', '--porcelain', '--untracked-files=no']);
    return result.stdout
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.slice(3));
  }

  async remotes(): Promise<string[]> {
    const result = await this.git(['remote'], [0, 128]);
    return result.stdout.split('\n').filter((line) => line.trim() !== '');
  }

  /**
   * Fetches what describing HEAD needs: the whole history of a shallow clone and every tag. A bare
   * `--unshallow` (not setuptools_scm's `--filter=blob:none`) so the clone does not become a partial clone.
   */
  async fetchHistory(remote: string, shallow: boolean): Promise<void> {
    const args = shallow ? ['fetch', '--quiet', '--unshallow', '--tags', remote] : ['fetch', '--quiet', '--tags', remote];
    const result = await this.git(args, [0, 1, 128], 240_000);
    if (result.code !== 0) {
      const reason = result.stderr.trim().split('\n').pop() ?? '';
      throw new WheelwrightError(
        'git',
        `${this.root} is a ${shallow ? 'shallow clone' : 'clone without tags'} and 'git ${args.join(' ')}' failed: ${reason}`,
        {
          hint: "check out with fetch-depth 0 (actions/checkout), or set 'fetch-tags: false' to compute from the history that is there",
        },
      );
    }
  }
}

// setuptools_scm: DESCRIBE_SUFFIX_RE (the tag is greedy, so dashes in tags are fine).
const DESCRIBE_SUFFIX = /^(?<tag>.+)-(?<distance>\d+)-g(?<node>[0-9a-f]+)$/s;

/** setuptools_scm: _git_parse_describe. */
export function parseDescribe(output: string): GitDescription {
  let text = output;
  const dirty = text.endsWith('-dirty');
  if (dirty) text = text.slice(0, -'-dirty'.length);
  const match = DESCRIBE_SUFFIX.exec(text)?.groups;
  if (!match) return { tag: text, distance: 0, node: undefined, dirty, describeOutput: output };
  return {
    tag: match.tag,
    distance: Number(match.distance),
    node: `g${match.node}`,
    dirty,
    describeOutput: output,
  };
}

/** fnmatch/wildmatch without PATHNAME (as `git describe --match` uses it): `*` also matches `/`. */
export function globMatches(glob: string, text: string): boolean {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (char === '*') source += '[\\s\\S]*';
    else if (char === '?') source += '[\\s\\S]';
    else if (char === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) source += '\\[';
      else {
        let body = glob.slice(i + 1, end);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        source += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u').test(text);
}

/** shlex.split for the configured describe_command (quotes and backslashes, POSIX mode). */
export function shellSplit(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && i + 1 < text.length && '\\"$`\n'.includes(text[i + 1] as string)) word = `${word ?? ''}${text[++i]}`;
      else word += char;
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word ??= '';
      if (char === "'" || char === '"') quote = char;
      else if (char === '\\' && i + 1 < text.length) word += text[++i];
      else word += char;
    }
  }
  if (quote) throw new WheelwrightError('config', `describe_command has an unclosed quote: ${text}`);
  if (word !== undefined) words.push(word);
  return words;
}
