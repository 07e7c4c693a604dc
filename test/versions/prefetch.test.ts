/**
 * The early `git describe` (prefetchDescribe) answers only the computation it was started for: a describe
 * the configuration did not use, or one started for another environment, never answers a later call.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '@wheelwright/core/log';
import { prefetchDescribe } from '@wheelwright/core/scm';
import { computeVersion } from '@wheelwright/core/version';
import { afterAll, describe, expect, it } from 'vitest';
import { GitRepo } from '../support/git-repo';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the prefetched git describe', () => {
  it('an unused describe does not answer a later computation after new commits and tags', async () => {
    const repo = GitRepo.init();
    made.push(repo.dir);
    repo.commit();
    repo.tag('1.0.0');
    // A tag prefix changes the describe command, so the prefetched default describe goes unused.
    writeFileSync(join(repo.dir, 'pyproject.toml'), '[tool.setuptools_scm.tag]\nprefix = "x-"\n');
    const first = await computeVersion({ path: repo.dir, fetchTags: false }, silentLogger);
    expect(first.tag).toBe('');
    rmSync(join(repo.dir, 'pyproject.toml'));
    repo.commit();
    repo.tag('2.0.0');
    const second = await computeVersion({ path: repo.dir, fetchTags: false }, silentLogger);
    expect(second.version).toBe('2.0.0');
  });

  it('a describe started before a commit is not used by a computation after it, once one has run', async () => {
    const repo = GitRepo.init();
    made.push(repo.dir);
    repo.commit();
    repo.tag('1.0.0');
    prefetchDescribe(repo.dir);
    expect((await computeVersion({ path: repo.dir, fetchTags: false }, silentLogger)).version).toBe('1.0.0');
    repo.commit();
    repo.tag('1.1.0');
    expect((await computeVersion({ path: repo.dir, fetchTags: false }, silentLogger)).version).toBe('1.1.0');
  });

  it('is keyed by the environment git runs with', async () => {
    const repo = GitRepo.init();
    made.push(repo.dir);
    repo.commit();
    repo.tag('1.0.0');
    // Started with a HOME whose git configuration is elsewhere: the computation with another HOME starts its own.
    prefetchDescribe(repo.dir, { ...process.env, HOME: '/nonexistent-home' });
    repo.commit();
    repo.tag('3.0.0');
    expect((await computeVersion({ path: repo.dir, fetchTags: false }, silentLogger)).version).toBe('3.0.0');
  });
});
