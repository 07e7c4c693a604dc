/**
 * The release chain on the real servers, through the bundles and one release manifest: publish records
 * the real index, clean-env-test installs the release from it with pip (dependencies only from
 * UPSTREAM_INDEX) and records its tests, promote accepts the manifest only when those tests passed. Also a
 * version that is not on the index, and credentials in the index URL (masked, never printed).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { type MadeArtefact, makeSdist, makeWheel } from '../support/index-server/artefacts';
import { UPSTREAM_INDEX } from '../support/python';
import { STORES_START_TIMEOUT_MS, startRealStores, uniqueProject } from '../support/real-stores';
import { listedByServer, printed, type RealServer, realServer, SERVERS, scratch } from './servers';

beforeAll(startRealStores, STORES_START_TIMEOUT_MS);

interface Manifest {
  stores: { index: string; url: string; by: string }[];
  tests: { passed: number; failed: number; index: string }[];
  promotions: unknown[];
}

/** A checkout with a release manifest (as build-wheel writes it), the built files and a tests folder. */
function checkout(name: string, module: string, files: MadeArtefact[], testBody: string): string {
  const dir = scratch('chain');
  mkdirSync(join(dir, 'dist'));
  mkdirSync(join(dir, 'tests'));
  for (const file of files) writeFileSync(join(dir, 'dist', file.filename), readFileSync(file.path));
  writeFileSync(
    join(dir, 'dist', 'release.json'),
    JSON.stringify({
      schema: 1,
      name,
      version: '1.0.0',
      kind: 'final',
      files: files.map((a) => ({ filename: a.filename, size: a.size, sha256: a.sha256, path: `dist/${a.filename}` })),
      stores: [],
      tests: [],
      promotions: [],
    }),
  );
  writeFileSync(join(dir, 'tests', `test_${module}.py`), `import ${module}\n\n\n${testBody}`);
  return dir;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'dist', 'release.json'), 'utf8')) as Manifest;

async function chain(server: RealServer, dir: string) {
  const credentials = { username: server.user, password: server.password };
  const publish = await runAction('publish', {
    workspace: dir,
    inputs: { store: server.url('unstable'), 'index-name': 'unstable', manifest: 'dist/release.json', ...credentials },
    timeoutMs: 180_000,
  });
  const test = await runAction('clean-env-test', {
    workspace: dir,
    inputs: { manifest: 'dist/release.json', 'extra-index-url': UPSTREAM_INDEX, tests: 'tests' },
    timeoutMs: 300_000,
  });
  const promote = await runAction('promote', {
    workspace: dir,
    inputs: {
      manifest: 'dist/release.json',
      from: server.url('unstable'),
      to: server.url('testing'),
      'to-channel': 'testing',
      'from-username': server.user,
      'from-password': server.password,
      'to-username': server.user,
      'to-password': server.password,
    },
    timeoutMs: 180_000,
  });
  return { publish, test, promote };
}

describe.each(SERVERS.map((s) => s.flavour))('publish → clean-env-test → promote on a real %s', (flavour) => {
  it('a release whose tests pass: installed from the index the manifest names, tested, promoted to testing', async () => {
    const server = realServer(flavour);
    const { name, module } = uniqueProject(`chain-${flavour}`);
    const files = [await makeWheel({ name, version: '1.0.0' }), await makeSdist({ name, version: '1.0.0' })];
    const dir = checkout(name, module, files, `def test_version():\n    assert ${module}.VERSION == "1.0.0"\n`);
    const { publish, test, promote } = await chain(server, dir);
    expect(publish.errors).toEqual([]);
    expect(test.errors, test.stdout).toEqual([]);
    expect(test.outputs).toMatchObject({ passed: '1', failed: '0', errors: '0' });
    // pip's freeze of the clean environment names the release, so it really was installed from there.
    expect(readFileSync(test.outputs.freeze ?? '', 'utf8').split('\n')).toContainEqual(
      expect.stringMatching(new RegExp(`^${name}==1\\.0\\.0\\b.*from ${escapeRegExp(server.simple('unstable'))}`)),
    );
    expect(test.summary).toContain(server.simple('unstable'));
    expect(promote.errors).toEqual([]);
    expect(JSON.parse(promote.outputs.promoted ?? '').sort()).toEqual(files.map((f) => f.filename).sort());
    const manifest = manifestOf(dir);
    expect(manifest.stores).toMatchObject([
      { index: 'unstable', url: server.simple('unstable'), by: 'publish' },
      { url: server.simple('testing'), by: 'promote' },
    ]);
    expect(manifest.tests).toMatchObject([{ passed: 1, failed: 0, index: 'unstable' }]);
    expect(manifest.promotions).toHaveLength(1);
    expect(Object.keys(await listedByServer(server.simple('testing'), name)).sort()).toEqual(files.map((f) => f.filename).sort());
    for (const run of [publish, test, promote]) expect(printed(run)).not.toContain(server.password);
  }, 600_000);

  it('a release whose tests fail: recorded as failed, promote refuses it, testing stays empty', async () => {
    const server = realServer(flavour);
    const { name, module } = uniqueProject(`chainfail-${flavour}`);
    const files = [await makeWheel({ name, version: '1.0.0' })];
    const dir = checkout(name, module, files, `def test_version():\n    assert ${module}.VERSION == "9.9.9"\n`);
    const { publish, test, promote } = await chain(server, dir);
    expect(publish.errors).toEqual([]);
    expect(test.exitCode).toBe(1);
    expect(test.outputs).toMatchObject({ passed: '0', failed: '1' });
    expect(manifestOf(dir).tests).toMatchObject([{ passed: 0, failed: 1 }]);
    expect(promote.exitCode).toBe(1);
    expect(promote.errors.join('\n')).toMatch(/test/i);
    expect(await listedByServer(server.simple('testing'), name)).toEqual({});
  }, 600_000);

  it('a project or a version the index does not have: one line naming what is missing and where', async () => {
    const server = realServer(flavour);
    const { name, module } = uniqueProject(`missing-${flavour}`);
    const dir = checkout(name, module, [], 'def test_nothing():\n    pass\n');
    const cleanEnvTest = () =>
      runAction('clean-env-test', {
        workspace: dir,
        inputs: { package: name, version: '1.0.0', 'index-url': server.simple('unstable'), 'extra-index-url': UPSTREAM_INDEX },
        timeoutMs: 300_000,
      });
    const noProject = await cleanEnvTest();
    expect(noProject.exitCode).toBe(1);
    expect(noProject.errors).toEqual([expect.stringContaining(`'${name}' is not in the store ${server.simple('unstable')}`)]);

    const store = await openStore({ url: server.url('unstable'), username: server.user, password: server.password });
    await store.upload(await readLocalArtefact((await makeWheel({ name, version: '0.9.0' })).path));
    const noVersion = await cleanEnvTest();
    expect(noVersion.exitCode).toBe(1);
    expect(noVersion.errors).toHaveLength(1);
    expect(noVersion.errors[0]).toContain(name);
    expect(noVersion.errors[0]).toContain('1.0.0');
  }, 300_000);
});

it('installs from an index URL that carries credentials, masks them and never prints them', async () => {
  const server = realServer('devpi');
  const { name, module } = uniqueProject('creds');
  const files = [await makeWheel({ name, version: '1.0.0' })];
  const dir = checkout(name, module, files, `def test_version():\n    assert ${module}.VERSION == "1.0.0"\n`);
  const publish = await runAction('publish', {
    workspace: dir,
    inputs: { store: server.url('unstable'), username: server.user, password: server.password, files: 'dist/*.whl' },
  });
  expect(publish.errors).toEqual([]);
  const withCredentials = server.simple('unstable').replace('http://', `http://${server.user}:${server.password}@`);
  const run = await runAction('clean-env-test', {
    workspace: dir,
    inputs: { package: name, version: '1.0.0', 'index-url': withCredentials, 'extra-index-url': UPSTREAM_INDEX },
    timeoutMs: 300_000,
  });
  expect(run.errors, run.stdout).toEqual([]);
  expect(run.outputs).toMatchObject({ passed: '1', failed: '0' });
  expect(run.masks).toContain(server.password);
  expect([printed(run), readFileSync(run.outputs.freeze ?? '', 'utf8')].join('\n')).not.toContain(server.password);
}, 300_000);
