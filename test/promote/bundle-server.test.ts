/**
 * The promote bundle against the test store (test/support/index-server): pypiserver and devpi flavours,
 * file index ↔ server, the devpi push path, credentials, faults injected midway, pip installing the result.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { type MadeArtefact, makeSdist, makeWheel, pipInstallAsync } from '../support/index-server/artefacts';
import { type IndexServer, type IndexServerOptions, startIndexServer } from '../support/index-server/index';

const PROJECT = 'relay-kit';
const MODULE = 'relay_kit';
const ALICE = { username: 'alice', password: 'secret' };
let release: MadeArtefact[];
let rc: MadeArtefact[];
const servers: IndexServer[] = [];

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'ww-promote-server-'));
  release = [await makeWheel({ name: PROJECT, version: '2.0.0' }, out), await makeSdist({ name: PROJECT, version: '2.0.0' }, out)];
  rc = [await makeWheel({ name: PROJECT, version: '2.0.0rc1' }, out), await makeSdist({ name: PROJECT, version: '2.0.0rc1' }, out)];
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
});

async function server(options: IndexServerOptions): Promise<IndexServer> {
  const started = await startIndexServer({ users: { alice: 'secret' }, ...options });
  servers.push(started);
  return started;
}

async function publish(url: string, files: MadeArtefact[], credentials: { username?: string; password?: string } = {}): Promise<void> {
  const store = await openStore({ url, ...credentials });
  for (const file of files) await store.upload(await readLocalArtefact(file.path));
}

async function listed(url: string, credentials: { username?: string; password?: string } = {}): Promise<string[]> {
  return (await (await openStore({ url, ...credentials })).listFiles(PROJECT)).map((f) => f.filename).sort();
}

const names = (files: MadeArtefact[]) => files.map((f) => f.filename).sort();

describe('promote bundle: pypiserver flavour', () => {
  it('test store → test store, copy; pip installs the release from the target', async () => {
    const a = await server({ flavour: 'pypiserver' });
    const b = await server({ flavour: 'pypiserver' });
    await publish(a.url, release, ALICE);
    const run = await runAction('promote', {
      inputs: {
        package: PROJECT,
        version: '2.0.0',
        from: a.url,
        to: b.url,
        'to-channel': 'testing',
        'to-username': 'alice',
        'to-password': 'secret',
      },
    });
    expect(run.errors).toEqual([]);
    expect(run.outputs['target-index-url']).toBe(b.simpleUrl());
    expect(JSON.parse(run.outputs.promoted ?? '[]').sort()).toEqual(names(release));
    expect(
      b
        .files()
        .map((f) => f.sha256)
        .sort(),
    ).toEqual(release.map((f) => f.sha256).sort());
    expect(run.masks).toContain('secret');
    expect(run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))).not.toContainEqual(expect.stringContaining('secret'));
    expect((await pipInstallAsync(['--index-url', b.simpleUrl()], `${PROJECT}==2.0.0`, MODULE)).version).toBe('2.0.0');
  });

  it('file index → test store and back', async () => {
    const b = await server({ flavour: 'pypiserver' });
    const root = mkdtempSync(join(tmpdir(), 'ww-promote-files-'));
    await publish(join(root, 'unstable'), rc);
    const there = await runAction('promote', {
      inputs: {
        package: PROJECT,
        version: '2.0.0rc1',
        from: join(root, 'unstable'),
        to: b.url,
        'to-channel': 'testing',
        'to-username': 'alice',
        'to-password': 'secret',
      },
    });
    expect(there.errors).toEqual([]);
    expect(
      b
        .files()
        .map((f) => f.filename)
        .sort(),
    ).toEqual(names(rc));
    const back = await runAction('promote', { inputs: { package: PROJECT, version: '2.0.0rc1', from: b.url, to: join(root, 'testing') } });
    expect(back.errors).toEqual([]);
    expect(await listed(join(root, 'testing'))).toEqual(names(rc));
    expect(
      (await pipInstallAsync(['--index-url', (await openStore({ url: join(root, 'testing') })).indexUrl, '--pre'], PROJECT, MODULE))
        .version,
    ).toBe('2.0.0rc1');
  });

  it('bad credentials on the target: one line, nothing changed', async () => {
    const a = await server({ flavour: 'pypiserver' });
    const b = await server({ flavour: 'pypiserver' });
    await publish(a.url, release, ALICE);
    const run = await runAction('promote', {
      inputs: {
        package: PROJECT,
        version: '2.0.0',
        from: a.url,
        to: b.url,
        'to-channel': 'testing',
        'to-username': 'alice',
        'to-password': 'wrong',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/403|credentials|auth/i);
    expect(run.errors[0]).not.toContain('wrong');
    expect(b.files()).toEqual([]);
  });

  it('bad credentials on the source (an index that authenticates reads): one line, nothing changed', async () => {
    const a = await server({ flavour: 'pypiserver', authenticatedReads: true });
    const b = await server({ flavour: 'pypiserver' });
    await publish(a.url, release, ALICE);
    const run = await runAction('promote', {
      inputs: {
        package: PROJECT,
        version: '2.0.0',
        from: a.url,
        to: b.url,
        'to-channel': 'testing',
        'from-username': 'alice',
        'from-password': 'hunter2',
        'to-username': 'alice',
        'to-password': 'secret',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/40[13]/);
    expect(run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))).not.toContainEqual(
      expect.stringContaining('hunter2'),
    );
    expect(b.files()).toEqual([]);
    expect(a.files()).toHaveLength(2);
  });

  it('a tampered file on the source server is detected and nothing reaches the target', async () => {
    const a = await server({ flavour: 'pypiserver' });
    const b = await server({ flavour: 'pypiserver' });
    await publish(a.url, release, ALICE);
    a.tamper(release[1]?.filename ?? '');
    const run = await runAction('promote', {
      inputs: {
        package: PROJECT,
        version: '2.0.0',
        from: a.url,
        to: b.url,
        'to-channel': 'testing',
        'to-username': 'alice',
        'to-password': 'secret',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(new RegExp(`${release[1]?.filename}.*(hash|sha256)`));
    expect(b.files()).toEqual([]);
  });
});

describe('promote bundle: devpi flavour', () => {
  it('unstable → testing → stable on one server uses push; a re-run is a no-op (push is not idempotent)', async () => {
    const devpi = await server({ flavour: 'devpi' });
    await publish(devpi.indexUrl('alice/unstable'), release, ALICE);
    const credentials = { 'from-username': 'alice', 'from-password': 'secret', 'to-username': 'alice', 'to-password': 'secret' };
    for (const [from, to] of [
      ['alice/unstable', 'alice/testing'],
      ['alice/testing', 'alice/stable'],
      ['alice/testing', 'alice/stable'],
    ]) {
      const run = await runAction('promote', {
        inputs: { package: PROJECT, version: '2.0.0', from: devpi.indexUrl(from), to: devpi.indexUrl(to), ...credentials },
      });
      expect(run.errors).toEqual([]);
      expect(run.summary).toContain('mechanism: push');
    }
    expect(devpi.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/alice/testing') && r.status === 409)).toEqual([]);
    expect(
      devpi
        .files('alice/stable')
        .map((f) => f.filename)
        .sort(),
    ).toEqual(names(release));
    expect((await pipInstallAsync(devpiPipArgs(devpi, 'alice/stable'), `${PROJECT}==2.0.0`, MODULE)).version).toBe('2.0.0');
  });

  it('rc then final on one commit through devpi push: the final in stable, the rc only in testing', async () => {
    const devpi = await server({ flavour: 'devpi' });
    await publish(devpi.indexUrl('alice/unstable'), [...rc, ...release], ALICE);
    const credentials = { 'from-username': 'alice', 'from-password': 'secret', 'to-username': 'alice', 'to-password': 'secret' };
    const promote = (version: string, from: string, to: string) =>
      runAction('promote', { inputs: { package: PROJECT, version, from: devpi.indexUrl(from), to: devpi.indexUrl(to), ...credentials } });
    expect((await promote('2.0.0rc1', 'alice/unstable', 'alice/testing')).errors).toEqual([]);
    const refused = await promote('2.0.0rc1', 'alice/testing', 'alice/stable');
    expect(refused.errors).toEqual([expect.stringMatching(/^stable-channel rule: relay-kit 2.0.0rc1 is a pre-release/)]);
    expect((await promote('2.0.0', 'alice/unstable', 'alice/testing')).errors).toEqual([]);
    expect((await promote('2.0.0', 'alice/testing', 'alice/stable')).errors).toEqual([]);
    expect(
      devpi
        .files('alice/stable')
        .map((f) => f.filename)
        .sort(),
    ).toEqual(names(release));
    expect(
      devpi
        .files('alice/testing')
        .map((f) => f.filename)
        .sort(),
    ).toEqual(names([...rc, ...release]));
  });

  it('move out of a non-volatile index is refused up front (devpi refuses deletes there)', async () => {
    const devpi = await server({ flavour: 'devpi' });
    await publish(devpi.indexUrl('alice/testing'), release, ALICE);
    const run = await runAction('promote', {
      inputs: {
        package: PROJECT,
        version: '2.0.0',
        from: devpi.indexUrl('alice/testing'),
        to: devpi.indexUrl('alice/stable'),
        mode: 'move',
        'from-username': 'alice',
        'from-password': 'secret',
        'to-username': 'alice',
        'to-password': 'secret',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^move rule: testing .* cannot delete releases/)]);
    expect(devpi.files('alice/stable')).toEqual([]);
  });

  it('move out of a volatile index: the source loses the release once the target holds it', async () => {
    const devpi = await server({ flavour: 'devpi' });
    await publish(devpi.indexUrl('alice/unstable'), rc, ALICE);
    const run = await runAction('promote', {
      inputs: {
        package: PROJECT,
        version: '2.0.0rc1',
        from: devpi.indexUrl('alice/unstable'),
        to: devpi.indexUrl('alice/testing'),
        mode: 'move',
        'from-username': 'alice',
        'from-password': 'secret',
        'to-username': 'alice',
        'to-password': 'secret',
      },
    });
    expect(run.errors).toEqual([]);
    expect(devpi.files('alice/unstable')).toEqual([]);
    expect(
      devpi
        .files('alice/testing')
        .map((f) => f.filename)
        .sort(),
    ).toEqual(names(rc));
  });

  it('a fault injected mid-promotion (second upload answered 500) leaves no partial release', async () => {
    const devpi = await server({
      flavour: 'devpi',
      indexes: [
        { name: 'alice/stable', volatile: false },
        { name: 'alice/testing', bases: ['alice/stable'], volatile: true },
      ],
    });
    const root = mkdtempSync(join(tmpdir(), 'ww-promote-fault-'));
    await publish(join(root, 'unstable'), release);
    // The record of a request is pushed before it is handled, so the switch is set before the second upload is read.
    let uploads = 0;
    const push = devpi.requests.push.bind(devpi.requests);
    devpi.requests.push = (...records) => {
      for (const record of records)
        if (record.method === 'POST' && record.path.startsWith('/alice/testing') && ++uploads === 2) devpi.faults.failNextUploads(1, 500);
      return push(...records);
    };
    const run = await runAction('promote', {
      inputs: {
        package: PROJECT,
        version: '2.0.0',
        from: join(root, 'unstable'),
        to: devpi.indexUrl('alice/testing'),
        'to-username': 'alice',
        'to-password': 'secret',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/rolled back: removed .* from testing, so it holds no file of relay-kit 2.0.0/)]);
    expect(uploads).toBe(2);
    expect(devpi.files('alice/testing')).toEqual([]);
  });
});

function devpiPipArgs(devpi: IndexServer, index: string): string[] {
  return ['--index-url', devpi.simpleUrl(index)];
}
