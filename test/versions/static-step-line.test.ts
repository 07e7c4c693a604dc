/**
 * A static version (`[project] version`) is the project's own: the pipeline's version step line says so,
 * with the setting it comes from, off its tag as at it; it never reads "no tag", which is what a git-derived
 * version without a tag says. The job summary says the same (the static version in …, not git).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main';
import { silentLogger } from '../../packages/core/src/log/index';
import { computeVersion, summaryMarkdown, versionOrigin } from '../../packages/core/src/version/index';
import { GitRepo } from '../support/git-repo';

const repos: GitRepo[] = [];
afterAll(() => {
  for (const repo of repos) rmSync(repo.dir, { recursive: true, force: true });
});

const PYPROJECT = (version: string) =>
  `[build-system]\nrequires = ["setuptools>=64"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "static-demo"\nversion = "${version}"\n`;

/** A static-version project: tagged 1.1.0 once, then `commitsAfter` commits with the version given. */
function project(version: string, tag: string, commitsAfter: number): GitRepo {
  const repo = GitRepo.init();
  repos.push(repo);
  repo.commit('first', { 'pyproject.toml': PYPROJECT(tag) });
  repo.tag(tag);
  for (let n = 0; n < commitsAfter; n++) repo.commit(`work ${n}`, { 'pyproject.toml': PYPROJECT(version), [`f${n}.txt`]: `${n}\n` });
  return repo;
}

describe('a static version is reported as static', () => {
  it.each([
    ['off its tag', '1.2.0.dev0', '1.1.0', 2, 'static, pyproject.toml [project] version', 'nearest tag `1.1.0`'],
    ['at its tag', '1.1.0', '1.1.0', 0, 'static, pyproject.toml [project] version, at tag 1.1.0', 'the static version in'],
  ])('%s: the step phrase and the summary', async (_case, version, tag, after, phrase, summary) => {
    const repo = project(version, tag, after);
    const result = await computeVersion({ path: repo.dir, env: {} }, silentLogger);
    expect(result.source).toBe('static');
    expect(result.version).toBe(version);
    expect(versionOrigin(result)).toBe(phrase);
    expect(summaryMarkdown(result)).toContain(summary);
    expect(summaryMarkdown(result)).not.toContain('no tag reachable');
  });

  it('a git-derived version without a tag still says no tag', async () => {
    const repo = GitRepo.init();
    repos.push(repo);
    repo.commit('first', {
      'pyproject.toml':
        '[build-system]\nrequires = ["setuptools>=64", "setuptools_scm>=8"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "scm-demo"\ndynamic = ["version"]\n\n[tool.setuptools_scm]\n',
    });
    const result = await computeVersion({ path: repo.dir, env: {} }, silentLogger);
    expect(result.source).toBe('git');
    expect(versionOrigin(result)).toBe('no tag');
  });

  it("the pipeline's version step line, off the tag", async () => {
    const repo = project('1.2.0.dev0', '1.1.0', 1);
    const work = join(repo.dir, '..', `${repo.dir.split(/[\\/]/).pop()}-work`);
    mkdirSync(work);
    try {
      let err = '';
      // The build step's options are refused, so the run ends right after the version step.
      const code = await main(['pipeline', '--docs', 'maybe', '--work-dir', work, '--python', '/usr/bin/python3'], {
        out: () => {},
        err: (t) => (err += t),
        env: { PATH: process.env.PATH ?? '' },
        cwd: repo.dir,
      });
      expect(code).toBe(1);
      expect(err).toMatch(/✔ .*1\.2\.0\.dev0 \(static, pyproject\.toml \[project\] version; may reach testing\)/);
      expect(err).not.toContain('no tag');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
