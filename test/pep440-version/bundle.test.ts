/** pep440-version through its bundle, run like the runner runs it (test/support/action-harness.ts). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { GitRepo } from '../support/git-repo';
import { clone } from './scm-repos';

describe('pep440-version through its bundle', () => {
  it('gives the tag and every output on a tagged commit', async () => {
    const repo = GitRepo.init();
    const head = repo.commit();
    repo.tag('v1.2.3');
    const run = await runAction('pep440-version', { workspace: repo.dir });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      version: '1.2.3',
      'version-source': 'setuptools_scm',
      'public-version': '1.2.3',
      'base-version': '1.2.3',
      tag: 'v1.2.3',
      distance: '0',
      dirty: 'false',
      node: `g${head.slice(0, 9)}`,
      'is-final': 'true',
      'is-prerelease': 'false',
      'is-devrelease': 'false',
      'is-postrelease': 'false',
      channel: 'stable',
      semver: '1.2.3',
      // Where the release goes next (no store named: the run's own store in the runner's temp folder).
      'unstable-store': expect.stringMatching(/[\\/]wheelwright-store[\\/]unstable$/),
      'testing-store': expect.stringMatching(/[\\/]wheelwright-store[\\/]testing$/),
      'stable-store': expect.stringMatching(/[\\/]wheelwright-store[\\/]stable$/),
      'embedded-store': 'true',
      publishes: 'true',
      // A branch push, though at a tagged commit: not the tag's release.
      'tag-release': 'false',
    });
    expect(run.summary).toContain('`1.2.3`');
    expect(run.summary).toContain('stable');
  });

  it('gives the next dev release two commits later, channel testing', async () => {
    const repo = GitRepo.init();
    repo.commit();
    repo.tag('1.0.0');
    repo.commit();
    const head = repo.commit();
    const run = await runAction('pep440-version', { workspace: repo.dir });
    expect(run.outputs.version).toBe(`1.0.1.dev2+g${head.slice(0, 9)}`);
    expect(run.outputs['public-version']).toBe('1.0.1.dev2');
    expect(run.outputs['base-version']).toBe('1.0.1');
    expect(run.outputs.distance).toBe('2');
    expect(run.outputs['is-devrelease']).toBe('true');
    expect(run.outputs['is-final']).toBe('false');
    expect(run.outputs.channel).toBe('testing');
    expect(run.outputs.semver).toBe(`1.0.1-dev.2+g${head.slice(0, 9)}`);
  });

  it('reads [tool.setuptools_scm] from pyproject.toml and lets inputs override it', async () => {
    const repo = GitRepo.init();
    repo.commit('first', {
      'pyproject.toml':
        '[project]\nname = "skai"\n[tool.setuptools_scm]\nversion_scheme = "post-release"\nlocal_scheme = "no-local-version"\n',
    });
    repo.tag('1.0');
    repo.commit();
    const configured = await runAction('pep440-version', { workspace: repo.dir });
    expect(configured.outputs.version).toBe('1.0.post1');
    expect(configured.outputs['is-postrelease']).toBe('true');
    expect(configured.outputs.channel).toBe('stable');
    const overridden = await runAction('pep440-version', { workspace: repo.dir, inputs: { 'version-scheme': 'no-guess-dev' } });
    expect(overridden.outputs.version).toBe('1.0.post1.dev1');
  });

  it('names the release by the triggering tag when several tags sit on HEAD', async () => {
    const repo = GitRepo.init();
    repo.commit('first', { 'pyproject.toml': '[project]\nname = "My.Pkg"\n' });
    repo.tag('1.2.1rc1');
    repo.tag('1.2.1');
    // setuptools_scm alone takes the first in refname order: 1.2.1.
    const untriggered = await runAction('pep440-version', { workspace: repo.dir });
    expect(untriggered.outputs.version).toBe('1.2.1');
    const rc = await runAction('pep440-version', {
      workspace: repo.dir,
      ref: 'refs/tags/1.2.1rc1',
      inputs: { 'export-env': 'true' },
    });
    expect(rc.exitCode).toBe(0);
    expect(rc.outputs.version).toBe('1.2.1rc1');
    expect(rc.outputs.tag).toBe('1.2.1rc1');
    expect(rc.outputs.channel).toBe('testing');
    expect(rc.outputs['is-prerelease']).toBe('true');
    expect(rc.outputs.semver).toBe('1.2.1-rc.1');
    expect(rc.env).toMatchObject({
      SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_PKG: '1.2.1rc1',
      SETUPTOOLS_SCM_PRETEND_VERSION: '1.2.1rc1',
    });
    expect(rc.warnings.join('\n')).toContain('setuptools_scm alone would pick 1.2.1');
    const final = await runAction('pep440-version', { workspace: repo.dir, ref: 'refs/tags/1.2.1' });
    expect(final.outputs.version).toBe('1.2.1');
    expect(final.outputs.channel).toBe('stable');
  });

  it('fetches history and tags of a shallow tag-less clone (the actions/checkout default)', async () => {
    const upstream = GitRepo.init();
    upstream.commit();
    upstream.tag('2.0.0');
    upstream.commit();
    const head = upstream.commit();
    const base = mkdtempSync(join(tmpdir(), 'ww-shallow-'));
    try {
      const shallowClone = () => clone(upstream, join(base, String(Math.random()).slice(2)), ['--depth', '1', '--no-tags']);
      const fetched = await runAction('pep440-version', { workspace: shallowClone().dir });
      expect(fetched.exitCode).toBe(0);
      expect(fetched.outputs.version).toBe(`2.0.1.dev2+g${head.slice(0, 9)}`);
      expect(fetched.summary).toContain('Fetched');

      const asIs = await runAction('pep440-version', { workspace: shallowClone().dir, inputs: { 'fetch-tags': 'false' } });
      expect(asIs.outputs.version).toBe(`0.1.dev1+g${head.slice(0, 9)}`);
      expect(asIs.warnings.join('\n')).toContain('is shallow');

      const orphan = shallowClone();
      orphan.git('remote', 'set-url', 'origin', join(base, 'gone'));
      const failed = await runAction('pep440-version', { workspace: orphan.dir });
      expect(failed.exitCode).toBe(1);
      expect(failed.errors).toHaveLength(1);
      expect(failed.errors[0]).toMatch(/is a shallow clone and 'git fetch --quiet --unshallow --tags origin' failed/);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('fetches the tags of a complete clone without tags', async () => {
    const upstream = GitRepo.init();
    upstream.commit();
    upstream.tag('3.1.0');
    const head = upstream.commit();
    const base = mkdtempSync(join(tmpdir(), 'ww-notags-'));
    try {
      const copy = clone(upstream, join(base, 'copy'), ['--no-tags']);
      const run = await runAction('pep440-version', { workspace: copy.dir });
      expect(run.outputs.version).toBe(`3.1.1.dev1+g${head.slice(0, 9)}`);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('fails on a dirty tree with fail-on-dirty, listing the files', async () => {
    const repo = GitRepo.init();
    repo.commit('first', { 'a.txt': 'a\n', 'src/b.txt': 'b\n' });
    repo.tag('1.0.0');
    repo.write('a.txt', 'changed\n').write('src/b.txt', 'changed\n').write('untracked.txt', 'ignored\n');
    const lenient = await runAction('pep440-version', { workspace: repo.dir });
    expect(lenient.outputs.dirty).toBe('true');
    expect(lenient.outputs.version).toMatch(/^1\.0\.1\.dev0\+g[0-9a-f]{9}\.d\d{8}$/);
    const strict = await runAction('pep440-version', { workspace: repo.dir, inputs: { 'fail-on-dirty': 'true' } });
    expect(strict.exitCode).toBe(1);
    expect(strict.errors).toHaveLength(1);
    expect(strict.errors[0]).toContain('has uncommitted changes');
    expect(strict.errors[0]).toContain('a.txt, src/b.txt');
    expect(strict.errors[0]).not.toContain('untracked.txt');
  });

  it('honours pretend versions: the input, and SETUPTOOLS_SCM_PRETEND_VERSION_FOR_<DIST> canonicalized', async () => {
    const repo = GitRepo.init();
    repo.commit('first', { 'pyproject.toml': '[project]\nname = "My.Pkg-Name"\n' });
    repo.tag('1.0.0');
    const input = await runAction('pep440-version', { workspace: repo.dir, inputs: { 'pretend-version': 'v2.0.0-RC1' } });
    expect(input.outputs.version).toBe('v2.0.0-RC1');
    expect(input.outputs['public-version']).toBe('2.0.0rc1');
    const env = await runAction('pep440-version', {
      workspace: repo.dir,
      env: { SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_PKG_NAME: '3.0.0.post2' },
    });
    expect(env.outputs.version).toBe('3.0.0.post2');
    expect(env.outputs.channel).toBe('stable');
  });

  it.each([
    ['tag-regex', '^(?P<version>[0-9', "input 'tag-regex' '^(?P<version>[0-9' is not a valid regular expression"],
    ['tag-regex', '^v.*$', "input 'tag-regex' '^v.*$' must contain a single group or a group named 'version'"],
    ['version-scheme', 'next-please', "input 'version-scheme' 'next-please' is not a setuptools_scm scheme"],
    ['local-scheme', 'node', "input 'local-scheme' 'node' is not a setuptools_scm scheme"],
    ['pretend-version', 'one.two', "input 'pretend-version' 'one.two' is not a valid PEP 440 version"],
    ['fallback-version', 'latest', "input 'fallback-version' 'latest' is not a valid PEP 440 version"],
    ['fetch-tags', 'maybe', "input 'fetch-tags' must be true or false, got 'maybe'"],
  ])('fails with one line naming input %s', async (name, value, message) => {
    const repo = GitRepo.init();
    repo.commit();
    const run = await runAction('pep440-version', { workspace: repo.dir, inputs: { [name]: value } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(message);
    expect(run.errors[0]).not.toContain('\n');
  });

  it('fails with one line naming the path when it holds no project and is not a git work tree', async () => {
    const run = await runAction('pep440-version', { inputs: { path: '/' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      "input 'path' '/' holds no Python project (no pyproject.toml, setup.cfg or setup.py), and no folder above it does",
    ]);
  });

  it('fails like setuptools_scm on a tag it cannot parse', async () => {
    const repo = GitRepo.init();
    repo.commit();
    repo.tag('release/1.2.3');
    const run = await runAction('pep440-version', { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain("can't parse a version from tag 'release/1.2.3'");
  });

  it('uses the fallback version outside git', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-nogit-'));
    try {
      writeFileSync(join(dir, 'pyproject.toml'), '[tool.setuptools_scm]\nfallback_version = "0.3.0"\n');
      const run = await runAction('pep440-version', { workspace: dir });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.version).toBe('0.3.0');
      expect(run.outputs.tag).toBe('');
      expect(execFileSync('ls', [dir], { encoding: 'utf8' }).trim()).toBe('pyproject.toml');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
