/**
 * poetry-dynamic-versioning (dunamai) on a shallow clone: the answer is the one the full history gives, or
 * a clear error — never the version dunamai would compute from the commits a shallow clone happens to hold
 * (0.0.0 when the tag is cut off, a short distance when the cut lies between the tag and HEAD).
 * - fetch-tags on (the default): the history is fetched first, then the version is the full clone's.
 * - fetch-tags off: an error naming the cut, unless the tag and every commit since it are there (then the
 *   version is right, with dunamai's own warning); `fix-shallow-repository = true` fetches, as the plugin
 *   runs `git fetch --unshallow`; `strict = true` refuses any shallow clone, as dunamai does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger } from '@wheelwright/core/log';
import { computeVersion } from '@wheelwright/core/version';
import { afterAll, describe, expect, it } from 'vitest';
import { GitRepo } from '../support/git-repo';
import { runOk } from '../support/processes';
import { pyprojectFor } from './dunamai-pdm-states';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const toolEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(POETRY_DYNAMIC_VERSIONING_|PDM_BUILD_SCM_VERSION|SETUPTOOLS_SCM_|GIT_)/.test(key)),
  ) as NodeJS.ProcessEnv;

/** An origin: the project, tag v1.0.0, then `after` commits. */
function origin(config: string, after: number, tool: 'pdv' | 'pdm' = 'pdv'): GitRepo {
  const repo = GitRepo.init();
  made.push(repo.dir);
  repo.commit('project', { 'pyproject.toml': pyprojectFor({ tool, config }), 'demo/__init__.py': '' });
  repo.commit();
  repo.tag('v1.0.0');
  for (let n = 0; n < after; n++) repo.commit();
  return repo;
}

/** A clone of `depth` commits (file:// so git makes it shallow). */
async function shallowClone(from: GitRepo, depth: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ww-shallow-'));
  made.push(dir);
  await runOk('git', ['clone', '-q', '--depth', String(depth), `file://${from.dir}`, dir]);
  expect(await isShallow(dir)).toBe('true');
  return dir;
}

/** A side branch from before the tag (two commits), merged after a commit on main: its commits count in the distance. */
function mergeSideBranch(repo: GitRepo): void {
  repo.git('checkout', '-q', '-b', 'side', 'HEAD~1');
  repo.commit();
  repo.commit();
  repo.git('checkout', '-q', 'main');
  repo.commit();
  repo.git('merge', '-q', '--no-ff', '--no-edit', 'side');
}

const short = async (dir: string) => (await runOk('git', ['log', '-1', '--format=%h'], { cwd: dir })).trim();
const isShallow = async (dir: string) => (await runOk('git', ['rev-parse', '--is-shallow-repository'], { cwd: dir })).trim();

describe('dunamai on a shallow clone', () => {
  it('fetch-tags on: the history is fetched, the version is the full clone’s', async () => {
    const repo = origin('', 3);
    const full = await computeVersion({ path: repo.dir, env: toolEnv() }, new MemoryLogger());
    const clone = await shallowClone(repo, 1);
    const result = await computeVersion({ path: clone, env: toolEnv() }, new MemoryLogger());
    expect(full.writtenVersion ?? full.version).toBe(`1.0.0.post3.dev0+${await short(repo.dir)}`);
    expect(result.writtenVersion ?? result.version).toBe(full.writtenVersion ?? full.version);
    expect(result.tag).toBe('v1.0.0');
  });

  it('fetch-tags off, the tag cut off: an error, not 0.0.0', async () => {
    const clone = await shallowClone(origin('', 3), 1);
    await expect(computeVersion({ path: clone, env: toolEnv(), fetchTags: false }, new MemoryLogger())).rejects.toThrow(
      /is a shallow clone and no tag matching the pattern is in the history it holds: dunamai would give 0\.0\.0/,
    );
    await expect(computeVersion({ path: clone, env: toolEnv(), fetchTags: false }, new MemoryLogger())).rejects.toMatchObject({
      hint: expect.stringContaining('set fix-shallow-repository = true'),
    });
  });

  it('fetch-tags off, the tag there but a merged side branch cut: an error, not a short distance', async () => {
    const repo = origin('', 0);
    mergeSideBranch(repo);
    const full = await computeVersion({ path: repo.dir, env: toolEnv(), fetchTags: false }, new MemoryLogger());
    expect(full.distance).toBe(4);
    // Depth 3 from the merge: main's commit and the tag are there, the side branch's first commit is not.
    const clone = await shallowClone(repo, 3);
    await expect(computeVersion({ path: clone, env: toolEnv(), fetchTags: false }, new MemoryLogger())).rejects.toThrow(
      /is a shallow clone cut between tag v1\.0\.0 and HEAD/,
    );
  });

  it('fetch-tags off, the tag and every commit since it there: the right version, with dunamai’s warning', async () => {
    const repo = origin('', 2);
    const clone = await shallowClone(repo, 3);
    const logger = new MemoryLogger();
    const result = await computeVersion({ path: clone, env: toolEnv(), fetchTags: false }, logger);
    expect(result.writtenVersion ?? result.version).toBe(`1.0.0.post2.dev0+${await short(repo.dir)}`);
    expect(logger.lines.map((line) => line.message).join('\n')).toContain(
      'This is a shallow repository, so dunamai may not produce the correct version.',
    );
  });

  it('fix-shallow-repository = true fetches, as the plugin does, even with fetch-tags off', async () => {
    const repo = origin('fix-shallow-repository = true', 3);
    const clone = await shallowClone(repo, 1);
    const result = await computeVersion({ path: clone, env: toolEnv(), fetchTags: false }, new MemoryLogger());
    expect(result.writtenVersion ?? result.version).toBe(`1.0.0.post3.dev0+${await short(repo.dir)}`);
    expect(await isShallow(clone)).toBe('false');
  });

  it('strict = true refuses a shallow clone it may not fetch, in dunamai’s words', async () => {
    const clone = await shallowClone(origin('strict = true', 3), 3);
    await expect(computeVersion({ path: clone, env: toolEnv(), fetchTags: false }, new MemoryLogger())).rejects.toThrow(
      /is a shallow repository, so dunamai may not produce the correct version \(strict = true\)/,
    );
  });
});

describe('pdm-backend on a shallow clone (fetch-tags off)', () => {
  it('the tag cut off: an error, not 0.0', async () => {
    const clone = await shallowClone(origin('', 3, 'pdm'), 1);
    await expect(computeVersion({ path: clone, env: toolEnv(), fetchTags: false }, new MemoryLogger())).rejects.toThrow(
      /is a shallow clone and no tag matching the pattern is in the history it holds: pdm-backend would give 0\.0\.0/,
    );
  });

  it('the cut between the tag and HEAD: an error', async () => {
    const repo = origin('', 0, 'pdm');
    mergeSideBranch(repo);
    await expect(
      computeVersion({ path: await shallowClone(repo, 3), env: toolEnv(), fetchTags: false }, new MemoryLogger()),
    ).rejects.toThrow(/is a shallow clone cut between tag v1\.0\.0 and HEAD: pdm-backend would count only the fetched commits/);
  });

  it('the tag and every commit since it there: the full clone’s version', async () => {
    const repo = origin('', 2, 'pdm');
    const full = await computeVersion({ path: repo.dir, env: toolEnv(), fetchTags: false }, new MemoryLogger());
    const result = await computeVersion({ path: await shallowClone(repo, 3), env: toolEnv(), fetchTags: false }, new MemoryLogger());
    expect(full.distance).toBe(2);
    expect(result.version).toBe(full.version);
  });
});
