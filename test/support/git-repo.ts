/** Builds real git repositories for tests: commits with fixed dates, tags, branches, dirt. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const BASE_TIME = 1_700_000_000; // 2023-11-14T22:13:20Z

export class GitRepo {
  readonly dir: string;
  private tick = 0;

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'ww-git-'));
  }

  static init(dir?: string): GitRepo {
    const repo = new GitRepo(dir);
    repo.git('init', '-q', '-b', 'main');
    repo.git('config', 'user.name', 'Wheelwright Test');
    repo.git('config', 'user.email', 'test@example.invalid');
    repo.git('config', 'commit.gpgsign', 'false');
    repo.git('config', 'tag.gpgsign', 'false');
    return repo;
  }

  /** Runs git with a deterministic clock so hashes and dates are reproducible. */
  git(...args: string[]): string {
    const date = `${BASE_TIME + this.tick * 60} +0000`;
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  }

  write(path: string, content: string): this {
    const file = join(this.dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    return this;
  }

  commit(message = `commit ${this.tick}`, files: Record<string, string> = { [`file${this.tick}.txt`]: `${this.tick}\n` }): string {
    this.tick++;
    for (const [path, content] of Object.entries(files)) this.write(path, content);
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  tag(name: string, options: { annotated?: boolean; message?: string } = {}): this {
    this.tick++;
    if (options.annotated) this.git('tag', '-a', name, '-m', options.message ?? name);
    else this.git('tag', name);
    return this;
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }
}
