/**
 * promote through its bundle against the real servers: tier to tier on each server (devpi by its own
 * push), across servers both ways, the stable rule, copy into a tier that already holds the release (a
 * no-op) or a different file under its name (refused), move out of a tier that can delete (pypiserver,
 * volatile devpi) and the refusal for one that cannot (non-volatile devpi), wrong credentials, and pip
 * installing the result. Injected faults mid-promotion stay with the double (test/promote/).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReleaseManifest } from '@wheelwright/core/manifest';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { type MadeArtefact, makeSdist, makeWheel, pipInstallAsync } from '../support/index-server/artefacts';
import { STORES_START_TIMEOUT_MS, startRealStores, uniqueProject } from '../support/real-stores';
import { listedByServer, printed, type RealServer, realServer, SERVERS, type Tier } from './servers';

beforeAll(startRealStores, STORES_START_TIMEOUT_MS);

/** Puts files on a tier with our store code (the setup, not what is under test). */
async function seed(server: RealServer, tier: Tier, files: MadeArtefact[]): Promise<void> {
  const store = await openStore({ url: server.url(tier), username: server.user, password: server.password });
  for (const file of files) await store.upload(await readLocalArtefact(file.path));
}

async function release(name: string, version: string, flavour?: string): Promise<MadeArtefact[]> {
  return [
    await makeWheel({ name, version, ...(flavour ? { flavour } : {}) }),
    await makeSdist({ name, version, ...(flavour ? { flavour } : {}) }),
  ];
}

const shas = (files: MadeArtefact[]) => Object.fromEntries(files.map((f) => [f.filename, f.sha256]));
const names = (files: MadeArtefact[]) => files.map((f) => f.filename).sort();

function promote(
  package_: string,
  version: string,
  from: { server: RealServer; tier: Tier },
  to: { server: RealServer; tier: Tier },
  inputs: Record<string, string> = {},
) {
  return runAction('promote', {
    inputs: {
      package: package_,
      version,
      from: from.server.url(from.tier),
      to: to.server.url(to.tier),
      'to-channel': to.tier,
      'from-username': from.server.user,
      'from-password': from.server.password,
      'to-username': to.server.user,
      'to-password': to.server.password,
      ...inputs,
    },
    timeoutMs: 180_000,
  });
}

describe.each(SERVERS.map((s) => s.flavour))('promote on a real %s', (flavour) => {
  it('unstable → testing → stable; a re-run is a no-op; pip installs the release from stable', async () => {
    const server = realServer(flavour);
    const { name, module } = uniqueProject(`tiers-${flavour}`);
    const files = await release(name, '1.0.0');
    await seed(server, 'unstable', files);
    const steps: [Tier, Tier][] = [
      ['unstable', 'testing'],
      ['testing', 'stable'],
    ];
    for (const [from, to] of steps) {
      const run = await promote(name, '1.0.0', { server, tier: from }, { server, tier: to });
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(JSON.parse(run.outputs.promoted ?? '').sort()).toEqual(names(files));
      expect(run.outputs['target-index-url']).toBe(server.simple(to));
      // devpi moves a release between its own indexes with its push; anything else downloads and uploads.
      if (flavour === 'devpi') expect(run.summary).toContain('mechanism: push');
      expect(printed(run)).not.toContain(server.password);
    }
    expect(await listedByServer(server.simple('stable'), name)).toEqual(shas(files));
    const again = await promote(name, '1.0.0', { server, tier: 'testing' }, { server, tier: 'stable' });
    expect(again.errors).toEqual([]);
    expect(JSON.parse(again.outputs.promoted ?? '')).toEqual([]);
    expect(JSON.parse(again.outputs.skipped ?? '').sort()).toEqual(names(files));
    expect((await pipInstallAsync(['--index-url', server.simple('stable')], `${name}==1.0.0`, module)).version).toBe('1.0.0');
  }, 300_000);

  it('the stable rule: a pre-release does not reach stable, and stable stays empty', async () => {
    const server = realServer(flavour);
    const { name } = uniqueProject(`pre-${flavour}`);
    await seed(server, 'testing', await release(name, '1.0.0rc1'));
    const run = await promote(name, '1.0.0rc1', { server, tier: 'testing' }, { server, tier: 'stable' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(new RegExp(`^stable-channel rule: ${name} 1\\.0\\.0rc1 is a pre-release`))]);
    expect(await listedByServer(server.simple('stable'), name)).toEqual({});
  }, 180_000);

  it.each(['testing', 'stable'] as const)(
    'a different file under the release’s name already on %s: refused, the target keeps its file',
    async (tier) => {
      // testing allows overwrite on the server (pypiserver --overwrite, volatile devpi), stable does not;
      // promote never overwrites either way.
      const server = realServer(flavour);
      const { name } = uniqueProject(`clash-${flavour}-${tier}`);
      const ours = await release(name, '1.0.0');
      const theirs = [await makeWheel({ name, version: '1.0.0', flavour: 'other build' })];
      await seed(server, 'unstable', ours);
      await seed(server, tier, theirs);
      const from: Tier = tier === 'stable' ? 'testing' : 'unstable';
      if (from === 'testing') await seed(server, 'testing', ours);
      const run = await promote(name, '1.0.0', { server, tier: from }, { server, tier });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(new RegExp(`${theirs[0]?.filename.replace(/\./g, '\\.')}.*(different|sha256|hash)`));
      expect(await listedByServer(server.simple(tier), name)).toEqual(shas(theirs));
    },
    240_000,
  );

  it('wrong credentials for the target: one line, nothing promoted, the password nowhere', async () => {
    const server = realServer(flavour);
    const { name } = uniqueProject(`badauth-${flavour}`);
    await seed(server, 'unstable', await release(name, '1.0.0'));
    const wrong = 'not-the-password';
    const run = await promote(name, '1.0.0', { server, tier: 'unstable' }, { server, tier: 'testing' }, { 'to-password': wrong });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/40[13]|credentials|unauthori[sz]ed|forbidden/i);
    expect(printed(run)).not.toContain(wrong);
    expect(await listedByServer(server.simple('testing'), name)).toEqual({});
  }, 180_000);
});

describe('the manifest names the index by its channel', () => {
  it('pypiserver serves one index at its root: the promotion records to-channel and the URL, not the host', async () => {
    const server = realServer('pypiserver');
    const { name } = uniqueProject('root-names');
    const files = await release(name, '2.0.0');
    await seed(server, 'unstable', files);
    const unstableIndex = (await openStore({ url: server.url('unstable') })).indexUrl;
    const manifest: ReleaseManifest = {
      schema: 1,
      name,
      version: '2.0.0',
      kind: 'final',
      files: files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256 })),
      stores: [{ index: 'unstable', url: unstableIndex, by: 'publish', at: '2026-01-01T00:00:00Z' }],
      tests: [{ python: '3.12', os: 'Linux', passed: 3, failed: 0, errors: 0, skipped: 0, index: 'unstable', at: '2026-01-01T00:00:00Z' }],
      promotions: [],
    };
    const path = join(mkdtempSync(join(tmpdir(), 'ww-root-names-')), 'manifest.json');
    writeFileSync(path, JSON.stringify(manifest));
    // The server roots exactly as a user gives them (http://127.0.0.1:PORT/), no index name in the path.
    const root = (tier: Tier) => `${server.url(tier).replace(/\/+$/, '')}/`;
    for (const [from, to] of [
      ['unstable', 'testing'],
      ['testing', 'stable'],
    ] as const) {
      const run = await promote(
        name,
        '2.0.0',
        { server, tier: from },
        { server, tier: to },
        {
          package: '',
          version: '',
          manifest: path,
          from: root(from),
          to: root(to),
        },
      );
      expect(run.errors).toEqual([]);
      expect(run.summary).toContain(`${from} → ${to}`);
    }
    const recorded = JSON.parse(readFileSync(path, 'utf8')) as ReleaseManifest;
    expect(recorded.stores.map((e) => [e.index, e.url])).toEqual([
      ['unstable', unstableIndex],
      ['testing', server.simple('testing')],
      ['stable', server.simple('stable')],
    ]);
    expect(recorded.promotions.map((p) => `${p.from}→${p.to}`)).toEqual(['unstable→testing', 'testing→stable']);
    expect(recorded.stores.map((e) => e.index).join()).not.toContain('127.0.0.1');
  }, 240_000);
});

describe('move', () => {
  it('pypiserver: the source loses the release once the target holds it', async () => {
    const server = realServer('pypiserver');
    const { name } = uniqueProject('move-pypiserver');
    const files = await release(name, '1.0.0');
    await seed(server, 'unstable', files);
    const run = await promote(
      name,
      '1.0.0',
      { server, tier: 'unstable' },
      { server, tier: 'testing' },
      { mode: 'move', 'from-upload-url': server.url('unstable') },
    );
    expect(run.errors).toEqual([]);
    expect(await listedByServer(server.simple('testing'), name)).toEqual(shas(files));
    expect(await listedByServer(server.simple('unstable'), name)).toEqual({});
  }, 180_000);

  it('devpi, out of a volatile index: the source loses the release once the target holds it', async () => {
    const server = realServer('devpi');
    const { name } = uniqueProject('move-devpi');
    const files = await release(name, '1.0.0');
    await seed(server, 'unstable', files);
    const run = await promote(name, '1.0.0', { server, tier: 'unstable' }, { server, tier: 'testing' }, { mode: 'move' });
    expect(run.errors).toEqual([]);
    expect(await listedByServer(server.simple('testing'), name)).toEqual(shas(files));
    // unstable inherits from testing, so its simple page still shows the release; its own projects do not.
    const own = async (tier: Tier) =>
      ((await (await fetch(server.url(tier), { headers: { Accept: 'application/json' } })).json()) as { result: { projects: string[] } })
        .result.projects;
    expect(await own('testing')).toContain(name);
    expect(await own('unstable')).not.toContain(name);
  }, 180_000);

  it('devpi, out of the non-volatile stable index: refused up front, nothing copied', async () => {
    const server = realServer('devpi');
    const pypiserver = realServer('pypiserver');
    const { name } = uniqueProject('move-nonvolatile');
    await seed(server, 'stable', await release(name, '1.0.0'));
    const run = await promote(name, '1.0.0', { server, tier: 'stable' }, { server: pypiserver, tier: 'stable' }, { mode: 'move' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^move rule: stable .* cannot delete releases/)]);
    expect(await listedByServer(pypiserver.simple('stable'), name)).toEqual({});
  }, 180_000);
});

describe('across servers', () => {
  it('pypiserver testing → devpi stable → pypiserver stable: the same bytes everywhere, pip installs each', async () => {
    const pypiserver = realServer('pypiserver');
    const devpi = realServer('devpi');
    const { name, module } = uniqueProject('across');
    const files = await release(name, '4.0.0');
    await seed(pypiserver, 'testing', files);
    const there = await promote(name, '4.0.0', { server: pypiserver, tier: 'testing' }, { server: devpi, tier: 'stable' });
    expect(there.errors).toEqual([]);
    expect(there.summary).not.toContain('mechanism: push');
    expect(await listedByServer(devpi.simple('stable'), name)).toEqual(shas(files));
    const back = await promote(name, '4.0.0', { server: devpi, tier: 'stable' }, { server: pypiserver, tier: 'stable' });
    expect(back.errors).toEqual([]);
    expect(await listedByServer(pypiserver.simple('stable'), name)).toEqual(shas(files));
    for (const simple of [devpi.simple('stable'), pypiserver.simple('stable')])
      expect((await pipInstallAsync(['--index-url', simple], `${name}==4.0.0`, module)).version).toBe('4.0.0');
  }, 300_000);
});
