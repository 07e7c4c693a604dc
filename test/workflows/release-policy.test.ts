/**
 * The release policy the reusable workflow used to state in bash and `if:` expressions, now the actions'
 * own, proven through their bundles as the runner runs them (event context included):
 * - where the indexes are: pep440-version's store inputs and *-store outputs (core's `resolveIndexes`,
 *   which `wheelwright pipeline` uses too);
 * - whether this run may reach stable: promote's release-only, from the manifest's version and tag and the
 *   run's trigger (core's `releaseTarget`).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReleaseManifest } from '@wheelwright/core/manifest';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main';
import { runAction } from '../support/action-harness';
import { GitRepo } from '../support/git-repo';
import { type MadeArtefact, makeSdist, makeWheel } from '../support/index-server/artefacts';

describe('pep440-version resolves the indexes for the later jobs', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = GitRepo.init();
    repo.commit();
    repo.tag('v1.0.0');
  });
  const resolve = (inputs: Record<string, string>, more: { eventName?: string; ref?: string } = {}) => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ww-runner-temp-'));
    return runAction('pep440-version', { workspace: repo.dir, inputs, env: { RUNNER_TEMP: runnerTemp }, ...more }).then((run) => ({
      run,
      own: join(runnerTemp, 'wheelwright-store'),
    }));
  };
  const stores = (outputs: Record<string, string>) => ({
    unstable: outputs['unstable-store'],
    testing: outputs['testing-store'],
    stable: outputs['stable-store'],
    embedded: outputs['embedded-store'],
    publishes: outputs.publishes,
  });

  it('one store with index names; an explicit URL wins over <store>/<name>', async () => {
    const { run } = await resolve({
      store: 'https://devpi.example/acme/',
      'testing-index': 'qa',
      'stable-url': 'https://upload.pypi.org/legacy/',
    });
    expect(run.errors).toEqual([]);
    expect(run.outputs.version).toBe('1.0.0');
    expect(stores(run.outputs)).toEqual({
      unstable: 'https://devpi.example/acme/unstable',
      testing: 'https://devpi.example/acme/qa',
      stable: 'https://upload.pypi.org/legacy/',
      embedded: 'false',
      publishes: 'true',
    });
  });

  it('three URLs and no store: each index is its URL', async () => {
    const urls = { 'unstable-url': 'https://n.example/u/', 'testing-url': 'https://n.example/t/', 'stable-url': 'https://n.example/s/' };
    const { run } = await resolve(urls);
    expect(stores(run.outputs)).toMatchObject({ unstable: urls['unstable-url'], testing: urls['testing-url'], stable: urls['stable-url'] });
    expect(run.outputs['embedded-store']).toBe('false');
  });

  it('no store: the run’s own file store in the runner’s temp folder (carried as an artifact)', async () => {
    const { run, own } = await resolve({});
    expect(stores(run.outputs)).toEqual({
      unstable: join(own, 'unstable'),
      testing: join(own, 'testing'),
      stable: join(own, 'stable'),
      embedded: 'true',
      publishes: 'true',
    });
  });

  it('publish false: the own store even when a store is named, and nothing is published', async () => {
    const { run, own } = await resolve({ store: 'https://devpi.example/acme', publish: 'false' });
    expect(stores(run.outputs)).toMatchObject({ unstable: join(own, 'unstable'), embedded: 'true', publishes: 'false' });
  });

  it('a pull request never publishes, whatever publish says', async () => {
    const { run, own } = await resolve(
      { store: 'https://devpi.example/acme', publish: 'true' },
      { eventName: 'pull_request', ref: 'refs/pull/7/merge' },
    );
    expect(run.exitCode).toBe(0);
    expect(stores(run.outputs)).toMatchObject({ stable: join(own, 'stable'), embedded: 'true', publishes: 'false' });
  });

  it('a channel with neither a URL nor a store: one error line naming both inputs, before any version work', async () => {
    const { run } = await resolve({ 'unstable-url': 'https://nexus.example/u/' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(["no testing index: set input 'store' or input 'testing-url'"]);
    expect(run.outputs).toEqual({});
  });
});

describe('pep440-version says when the GitHub Release of the run’s tag is due (tag-release)', () => {
  // HEAD of `atTag` carries v1.0.0 and 1.1.0rc1; `afterTag` is one commit past v1.0.0.
  let atTag: GitRepo;
  let afterTag: GitRepo;
  beforeAll(() => {
    atTag = GitRepo.init();
    atTag.commit();
    atTag.tag('v1.0.0');
    afterTag = GitRepo.init();
    afterTag.commit();
    afterTag.tag('v1.0.0');
    afterTag.commit();
  });
  const tagRelease = async (repo: GitRepo, more: { ref: string; eventName?: string }, inputs: Record<string, string> = {}) => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ww-runner-temp-'));
    const run = await runAction('pep440-version', { workspace: repo.dir, inputs, env: { RUNNER_TEMP: runnerTemp }, ...more });
    expect(run.errors).toEqual([]);
    return run.outputs['tag-release'];
  };

  it('a run triggered by the tag the version was built at: due', async () => {
    expect(await tagRelease(atTag, { ref: 'refs/tags/v1.0.0' })).toBe('true');
  });

  it('the same commit pushed to a branch: not due (the ref, not the tag on HEAD, decides)', async () => {
    expect(await tagRelease(atTag, { ref: 'refs/heads/main' })).toBe('false');
  });

  it('a tag run that publishes nothing (publish false, or a pull request): not due', async () => {
    expect(await tagRelease(atTag, { ref: 'refs/tags/v1.0.0' }, { publish: 'false' })).toBe('false');
    expect(await tagRelease(atTag, { ref: 'refs/pull/3/merge', eventName: 'pull_request' })).toBe('false');
  });

  it('a tag ref whose build is not at that tag: not due', async () => {
    // The ref names v1.0.0, but the checkout is one commit later: the version is 1.0.1.devN, no release of v1.0.0.
    expect(await tagRelease(afterTag, { ref: 'refs/tags/v1.0.0' })).toBe('false');
  });
});

describe('promote release-only: stable only for a final version, from its tag', () => {
  const PROJECT = 'gate-widget';
  let made: Record<string, MadeArtefact[]>;
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'ww-gate-'));
    made = {};
    for (const version of ['2.0.0', '2.0.0rc1'])
      made[version] = [await makeWheel({ name: PROJECT, version }, out), await makeSdist({ name: PROJECT, version }, out)];
  });

  /** A testing index holding the release, an empty stable one, and the build's manifest. */
  async function released(version: string, source: NonNullable<ReleaseManifest['source']>) {
    const root = mkdtempSync(join(tmpdir(), 'ww-gate-stores-'));
    const testing = await openStore({ url: join(root, 'testing') });
    const files = made[version] ?? [];
    for (const file of files) await testing.upload(await readLocalArtefact(file.path));
    const manifest: ReleaseManifest = {
      schema: 1,
      name: PROJECT,
      version,
      kind: version.includes('rc') ? 'pre' : 'final',
      source: { commit: '0123456789abcdef0123456789abcdef01234567', ...source },
      files: files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256 })),
      stores: [{ index: 'testing', url: testing.indexUrl, by: 'promote', at: '2026-01-01T00:00:00Z' }],
      tests: [{ python: '3.12', os: 'Linux', passed: 5, failed: 0, errors: 0, skipped: 0, index: 'unstable', at: '2026-01-01T00:00:00Z' }],
      promotions: [],
    };
    const path = join(root, 'manifest.json');
    writeFileSync(path, JSON.stringify(manifest));
    const stable = join(root, 'stable');
    const promote = (ref: string) =>
      runAction('promote', {
        ref,
        inputs: { manifest: path, from: join(root, 'testing'), to: stable, 'to-channel': 'stable', 'release-only': 'true' },
      });
    const inStable = async () =>
      (await (await openStore({ url: stable })).listFiles(PROJECT).catch(() => [])).map((f) => f.filename).sort();
    return { promote, inStable, files, path, root };
  }

  it('a final version built at its tag, in a run triggered by that tag: promoted to stable', async () => {
    const { promote, inStable, files } = await released('2.0.0', { tag: 'v2.0.0', distance: 0, dirty: false });
    const run = await promote('refs/tags/v2.0.0');
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.channel).toBe('stable');
    expect(run.outputs['held-back']).toBe('');
    expect(run.outputs['target-index-url']).not.toBe('');
    expect(JSON.parse(run.outputs.promoted ?? '[]').sort()).toEqual(files.map((f) => f.filename).sort());
    expect(await inStable()).toEqual(files.map((f) => f.filename).sort());
  });

  it('the same final version from a branch push: held back with a notice, the step succeeds, stable untouched', async () => {
    const { promote, inStable } = await released('2.0.0', { tag: 'v2.0.0', distance: 0, dirty: false });
    const run = await promote('refs/heads/main');
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    const notices = run.commands.filter((c) => c.command === 'notice').map((c) => c.message);
    expect(notices).toEqual([
      "gate-widget 2.0.0 was not promoted to stable: the run was triggered by 'main', not a release tag; a final version reaches stable only from its tag",
    ]);
    expect(run.outputs).toMatchObject({ channel: '', 'held-back': notices[0], 'target-index-url': '', promoted: '[]' });
    expect(run.summary).toContain('Not promoted');
    expect(await inStable()).toEqual([]);
  });

  it('a release-candidate tag: held back in testing (not a failure of the stable rule)', async () => {
    const { promote, inStable } = await released('2.0.0rc1', { tag: 'v2.0.0rc1', distance: 0, dirty: false });
    const run = await promote('refs/tags/v2.0.0rc1');
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.outputs['held-back']).toBe(
      'gate-widget 2.0.0rc1 was not promoted to stable: the version is not a final release, so it stays in testing',
    );
    expect(run.outputs.channel).toBe('');
    expect(await inStable()).toEqual([]);
  });

  it('a tag run whose build was not made at the tag: held back', async () => {
    const { promote, inStable } = await released('2.0.0', { tag: 'v2.0.0', distance: 3, dirty: false });
    const run = await promote('refs/tags/v2.0.0');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['held-back']).toMatch(/made 3 commits after tag v2\.0\.0, not at it$/);
    expect(await inStable()).toEqual([]);
  });

  it('the CLI decides the same from CI variables: a branch build is held back, a tag build promoted', async () => {
    const cli = async (argv: string[], env: Record<string, string>) => {
      let out = '';
      let err = '';
      const code = await main(argv, {
        out: (t) => (out += t),
        err: (t) => (err += t),
        env: { PATH: process.env.PATH ?? '', ...env },
        cwd: tmpdir(),
      });
      return { code, err, outputs: code === 0 ? (JSON.parse(out) as Record<string, string>) : {} };
    };
    const { path, root, inStable, files } = await released('2.0.0', { tag: 'v2.0.0', distance: 0, dirty: false });
    const argv = [
      'promote',
      '--manifest',
      path,
      '--from',
      join(root, 'testing'),
      '--to',
      join(root, 'stable'),
      '--to-channel',
      'stable',
      '--release-only',
    ];
    const branch = await cli(argv, { BRANCH_NAME: 'main' });
    expect(branch.code, branch.err).toBe(0);
    expect(branch.outputs['held-back']).toMatch(/triggered by 'main', not a release tag/);
    expect(await inStable()).toEqual([]);
    const tag = await cli(argv, { CI_COMMIT_TAG: 'v2.0.0' });
    expect(tag.code, tag.err).toBe(0);
    expect(tag.outputs.channel).toBe('stable');
    expect(await inStable()).toEqual(files.map((f) => f.filename).sort());
  });

  it('release-only without a manifest: one error line naming the inputs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ww-gate-none-'));
    const run = await runAction('promote', {
      ref: 'refs/tags/v2.0.0',
      inputs: {
        package: PROJECT,
        version: '2.0.0',
        from: join(root, 'a'),
        to: join(root, 'b'),
        'to-channel': 'stable',
        'release-only': 'true',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(["input 'release-only' needs input 'manifest': the build's record of the tag it was made at"]);
  });

  it('testing is never held back: a branch build is promoted there, manifest or not', async () => {
    const { root, files } = await released('2.0.0', { tag: 'v2.0.0', distance: 5, dirty: false });
    const run = await runAction('promote', {
      ref: 'refs/heads/main',
      inputs: {
        package: PROJECT,
        version: '2.0.0',
        from: join(root, 'testing'),
        to: join(root, 'qa'),
        'to-channel': 'testing',
        'release-only': 'true',
      },
    });
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ channel: 'testing', 'held-back': '' });
    expect(JSON.parse(run.outputs.promoted ?? '[]').sort()).toEqual(files.map((f) => f.filename).sort());
  });
});
