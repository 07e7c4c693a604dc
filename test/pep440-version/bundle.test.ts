import { describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { GitRepo } from '../support/git-repo';

describe('pep440-version through its bundle', () => {
  it('gives the tag on a tagged commit', async () => {
    const repo = GitRepo.init();
    repo.commit();
    repo.tag('v1.2.3');
    const run = await runAction('pep440-version', { workspace: repo.dir });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.version).toBe('1.2.3');
    expect(run.outputs.tag).toBe('v1.2.3');
  });

  it('gives the next dev release two commits later', async () => {
    const repo = GitRepo.init();
    repo.commit();
    repo.tag('1.0.0');
    repo.commit();
    const head = repo.commit();
    const run = await runAction('pep440-version', { workspace: repo.dir });
    expect(run.outputs.version).toBe(`1.0.1.dev2+g${head.slice(0, 9)}`);
    expect(run.outputs.distance).toBe('2');
  });

  it('fails with one line naming the path when it is not a git work tree', async () => {
    const run = await runAction('pep440-version', { inputs: { path: '/' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['/ is not a git work tree']);
  });
});
