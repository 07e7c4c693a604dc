/**
 * The promote action through its bundle, the way the runner runs it: file index → file index here; the
 * test-server flavours (pypiserver, devpi) in bundle-server.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReleaseManifest } from '@wheelwright/core/manifest';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { GitRepo } from '../support/git-repo';
import { type MadeArtefact, makeSdist, makeWheel, pipInstallAsync } from '../support/index-server/artefacts';

const PROJECT = 'shiny-widget';
const MODULE = 'shiny_widget';
let made: Record<string, MadeArtefact[]>;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'ww-promote-bundle-'));
  made = {};
  for (const version of ['1.2.1rc1', '1.2.1'])
    made[version] = [await makeWheel({ name: PROJECT, version }, out), await makeSdist({ name: PROJECT, version }, out)];
});

function stores(): { root: string; unstable: string; testing: string; stable: string } {
  const root = mkdtempSync(join(tmpdir(), 'ww-promote-stores-'));
  return { root, unstable: join(root, 'unstable'), testing: join(root, 'testing'), stable: join(root, 'stable') };
}

async function publish(url: string, files: MadeArtefact[]): Promise<void> {
  const store = await openStore({ url });
  for (const file of files) await store.upload(await readLocalArtefact(file.path));
}

async function listed(url: string): Promise<string[]> {
  return (await (await openStore({ url })).listFiles(PROJECT)).map((f) => f.filename).sort();
}

function manifest(dir: string, version: string, commit = '0123456789abcdef'): string {
  const files = made[version] ?? [];
  const data: ReleaseManifest = {
    schema: 1,
    name: PROJECT,
    version,
    kind: version.includes('rc') ? 'pre' : 'final',
    source: { commit, tag: version, distance: 0, dirty: false },
    files: files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256 })),
    stores: [{ index: 'unstable', url: 'file:///unstable', by: 'publish', at: '2026-01-01T00:00:00Z' }],
    tests: [{ python: '3.11', os: 'Linux', passed: 4, failed: 0, errors: 0, skipped: 0, index: 'unstable', at: '2026-01-01T00:00:00Z' }],
    promotions: [],
  };
  const path = join(dir, `manifest-${version}.json`);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

describe('promote bundle: file index → file index', () => {
  it('rc then final on one commit: the final ends in stable, the rc only in testing; pip installs it', async () => {
    const s = stores();
    await publish(s.unstable, [...(made['1.2.1rc1'] ?? []), ...(made['1.2.1'] ?? [])]);
    const rc = manifest(s.root, '1.2.1rc1');
    const final = manifest(s.root, '1.2.1');

    const toTesting = await runAction('promote', { inputs: { manifest: rc, from: s.unstable, to: s.testing } });
    expect(toTesting.errors).toEqual([]);
    expect(JSON.parse(toTesting.outputs.promoted ?? '[]')).toHaveLength(2);
    expect(toTesting.outputs.manifest).toBe(rc);
    const rcToStable = await runAction('promote', { inputs: { manifest: rc, from: s.testing, to: s.stable } });
    expect(rcToStable.exitCode).toBe(1);
    expect(rcToStable.errors).toEqual([
      expect.stringMatching(/^stable-channel rule: shiny-widget 1.2.1rc1 is a pre-release; the stable channel accepts only final releases/),
    ]);

    for (const [from, to] of [
      [s.unstable, s.testing],
      [s.testing, s.stable],
    ] as const) {
      const run = await runAction('promote', { inputs: { manifest: final, from, to } });
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
    }
    const finals = (made['1.2.1'] ?? []).map((f) => f.filename).sort();
    const rcs = (made['1.2.1rc1'] ?? []).map((f) => f.filename).sort();
    expect(await listed(s.stable)).toEqual(finals);
    expect(await listed(s.testing)).toEqual([...finals, ...rcs].sort());
    const recorded = JSON.parse(readFileSync(final, 'utf8')) as ReleaseManifest;
    expect(recorded.promotions.map((p) => `${p.from}→${p.to}`)).toEqual(['unstable→testing', 'testing→stable']);
    expect(recorded.stores.map((e) => e.index)).toEqual(['unstable', 'testing', 'stable']);

    const stableUrl = (await openStore({ url: s.stable })).indexUrl;
    expect((await pipInstallAsync(['--index-url', stableUrl], PROJECT, MODULE)).version).toBe('1.2.1');
  });

  it('move, with a job summary naming from → to, files, hashes and mode; the second run is a no-op', async () => {
    const s = stores();
    await publish(s.unstable, made['1.2.1'] ?? []);
    const inputs = { package: PROJECT, version: '1.2.1', from: s.unstable, to: s.testing, mode: 'move' };
    const run = await runAction('promote', { inputs });
    expect(run.errors).toEqual([]);
    expect(await listed(s.unstable)).toEqual([]);
    expect(await listed(s.testing)).toHaveLength(2);
    expect(run.summary).toContain('unstable → testing');
    expect(run.summary).toContain('mode: move');
    for (const file of made['1.2.1'] ?? []) expect(run.summary).toContain(file.sha256);
    expect(run.outputs['target-index-url']).toMatch(/^file:\/\/.*testing/);

    const copyAgain = await runAction('promote', {
      inputs: { ...inputs, mode: 'copy', from: s.testing, to: s.unstable, 'to-channel': 'unstable' },
    });
    expect(copyAgain.errors).toEqual([]);
    const noop = await runAction('promote', { inputs: { ...inputs, mode: 'copy' } });
    expect(noop.errors).toEqual([]);
    expect(JSON.parse(noop.outputs.promoted ?? '')).toEqual([]);
    expect(JSON.parse(noop.outputs.skipped ?? '')).toHaveLength(2);
  });

  it('detects a tampered source file and changes nothing', async () => {
    const s = stores();
    await publish(s.unstable, made['1.2.1'] ?? []);
    const wheel = (made['1.2.1'] ?? [])[0] as MadeArtefact;
    const onDisk = join(s.unstable, PROJECT, wheel.filename);
    const bytes = readFileSync(onDisk);
    bytes[bytes.length - 30] = (bytes[bytes.length - 30] ?? 0) ^ 0xff;
    writeFileSync(onDisk, bytes);
    const run = await runAction('promote', { inputs: { package: PROJECT, version: '1.2.1', from: s.unstable, to: s.testing } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(new RegExp(`${wheel.filename} in unstable has sha256 [0-9a-f]{64} but its index lists ${wheel.sha256}`));
    expect(await listed(s.testing)).toEqual([]);
  });

  it.each([
    [{ version: '9.9.9' }, /^shiny-widget 9.9.9 is not in unstable \(.*\); versions there: 1.2.1$/],
    [{ version: '1.2.1', 'to-channel': 'gold' }, /^input 'to-channel' must be one of stable, testing, unstable, got 'gold'$/],
    [{ version: '1.2.1', mode: 'teleport' }, /^input 'mode' must be one of copy, move, got 'teleport'$/],
  ])('bad input %o: one line, nothing changed', async (extra, message) => {
    const s = stores();
    await publish(s.unstable, made['1.2.1'] ?? []);
    const run = await runAction('promote', { inputs: { package: PROJECT, from: s.unstable, to: s.testing, ...extra } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(message)]);
    expect(run.outputs).toEqual({});
    expect(await listed(s.testing)).toEqual([]);
  });
});

describe('promote bundle: require-signed-tag (QA signs the final tag with SSH)', () => {
  it('promotes the build of a tag signed by an allowed signer and refuses an unsigned one', async () => {
    const keys = mkdtempSync(join(tmpdir(), 'ww-qa-keys-'));
    const key = join(keys, 'qa');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'qa', '-f', key]);
    const allowed = join(keys, 'allowed_signers');
    writeFileSync(allowed, `qa@example.invalid ${readFileSync(`${key}.pub`, 'utf8')}`);
    const repo = GitRepo.init();
    const commit = repo.commit('release 1.2.1');
    repo.tag('1.2.1rc1', { annotated: true });
    repo.git('-c', 'gpg.format=ssh', '-c', `user.signingkey=${key}`, 'tag', '-s', '1.2.1', '-m', 'QA: release 1.2.1');
    const s = stores();
    await publish(s.testing, [...(made['1.2.1rc1'] ?? []), ...(made['1.2.1'] ?? [])]);
    const inputs = { from: s.testing, to: s.stable, 'require-signed-tag': true, 'allowed-signers': allowed };

    const unsigned = await runAction('promote', {
      workspace: repo.dir,
      inputs: { ...inputs, manifest: manifest(s.root, '1.2.1rc1', commit), 'to-channel': 'testing', to: join(s.root, 'other') },
    });
    expect(unsigned.errors).toEqual(["signed-tag rule: tag '1.2.1rc1' carries no signature"]);

    const signed = await runAction('promote', { workspace: repo.dir, inputs: { ...inputs, manifest: manifest(s.root, '1.2.1', commit) } });
    expect(signed.errors).toEqual([]);
    expect(signed.stdout).toMatch(/tag 1.2.1: Good "git" signature for qa@example.invalid/);
    expect(signed.summary).toMatch(/tag `1.2.1` on [0-9a-f]{12}/);
    expect(await listed(s.stable)).toHaveLength(2);
  });
});
