/**
 * publish through its bundle against the real servers (pypiserver 2.4, devpi-server 6.19): upload and
 * read-back, pip install from the index it reports, skip-existing both ways, a changed file refused on an
 * index that allows overwrite and on one that does not, a new release on the non-overwritable tier, and
 * wrong credentials. Faults a real server cannot be made to do stay with the double (test/publish/).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { type MadeArtefact, makeSdist, makeWheel, pipInstallAsync } from '../support/index-server/artefacts';
import { STORES_START_TIMEOUT_MS, startRealStores, uniqueProject } from '../support/real-stores';
import { listedByServer, printed, type RealServer, realServer, SERVERS, scratch, type Tier } from './servers';

beforeAll(startRealStores, STORES_START_TIMEOUT_MS);

function workspaceWith(artefacts: MadeArtefact[]): string {
  const workspace = scratch('publish');
  mkdirSync(join(workspace, 'dist'));
  for (const a of artefacts) copyFileSync(a.path, join(workspace, 'dist', a.filename));
  return workspace;
}

function publish(server: RealServer, tier: Tier, workspace: string, inputs: Record<string, string> = {}) {
  return runAction('publish', {
    workspace,
    inputs: { store: server.url(tier), username: server.user, password: server.password, 'index-name': tier, ...inputs },
    timeoutMs: 180_000,
  });
}

const shas = (files: MadeArtefact[]) => Object.fromEntries(files.map((f) => [f.filename, f.sha256]));

describe.each(SERVERS.map((s) => s.flavour))('publish to a real %s', (flavour) => {
  it('uploads a wheel and an sdist, the server lists both with their sha256, pip installs from the reported index', async () => {
    const server = realServer(flavour);
    const { name, module } = uniqueProject(`pub-${flavour}`);
    const files = [await makeWheel({ name, version: '1.0.0' }), await makeSdist({ name, version: '1.0.0' })];
    const run = await publish(server, 'unstable', workspaceWith(files));
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.uploaded ?? '').sort()).toEqual(files.map((f) => f.filename).sort());
    expect(JSON.parse(run.outputs.skipped ?? '')).toEqual([]);
    expect(run.outputs['index-url']).toBe(server.simple('unstable'));
    expect(run.stdout).toMatch(/Verified 2 file\(s\)/);
    expect(await listedByServer(server.simple('unstable'), name)).toEqual(shas(files));
    expect((await pipInstallAsync(['--index-url', run.outputs['index-url'] ?? ''], `${name}==1.0.0`, module)).version).toBe('1.0.0');
    expect(run.masks).toContain(server.password);
    expect(printed(run)).not.toContain(server.password);
  }, 240_000);

  it('skip-existing: a re-run skips the identical files; with skip-existing false it is an error and uploads nothing', async () => {
    const server = realServer(flavour);
    const { name } = uniqueProject(`skip-${flavour}`);
    const first = [await makeWheel({ name, version: '1.0.0' }), await makeSdist({ name, version: '1.0.0' })];
    expect((await publish(server, 'unstable', workspaceWith(first))).exitCode).toBe(0);

    const again = await publish(server, 'unstable', workspaceWith(first));
    expect(again.errors).toEqual([]);
    expect(JSON.parse(again.outputs.uploaded ?? '')).toEqual([]);
    expect(JSON.parse(again.outputs.skipped ?? '').sort()).toEqual(first.map((f) => f.filename).sort());

    const newer = await makeWheel({ name, version: '1.0.1' });
    const strict = await publish(server, 'unstable', workspaceWith([first[0] as MadeArtefact, newer]), { 'skip-existing': 'false' });
    expect(strict.exitCode).toBe(1);
    expect(strict.errors.join('\n')).toMatch(/already in .*same sha256.*input 'skip-existing' is false/);
    expect(await listedByServer(server.simple('unstable'), name)).toEqual(shas(first));
  }, 240_000);

  it.each(['unstable', 'stable'] as const)(
    'a changed file under a published name is refused on %s and the server keeps the original',
    async (tier) => {
      // unstable allows overwrite on the server (pypiserver --overwrite, a volatile devpi index); stable does
      // not. publish never overwrites either way: a published file is immutable.
      const server = realServer(flavour);
      const { name, module } = uniqueProject(`conflict-${flavour}-${tier}`);
      const original = await makeWheel({ name, version: '2.0.0' });
      expect((await publish(server, tier, workspaceWith([original]))).exitCode).toBe(0);
      const changed = await makeWheel({ name, version: '2.0.0', flavour: 'rebuilt' });
      const newer = await makeWheel({ name, version: '2.0.1' });
      const run = await publish(server, tier, workspaceWith([changed, newer]));
      expect(run.exitCode).toBe(1);
      expect(run.errors.join('\n')).toMatch(
        new RegExp(`'${original.filename.replace(/\./g, '\\.')}' already exists in ${tier} .*different content`),
      );
      expect(await listedByServer(server.simple(tier), name)).toEqual(shas([original]));
      const installed = await pipInstallAsync(['--index-url', server.simple(tier)], `${name}==2.0.0`, module);
      expect(installed.flavour).toBe('');
    },
    240_000,
  );

  it('wrong credentials: one clear line, nothing uploaded, the password nowhere', async () => {
    const server = realServer(flavour);
    const { name } = uniqueProject(`auth-${flavour}`);
    const wrong = `${server.password}-wrong`;
    const run = await publish(server, 'unstable', workspaceWith([await makeWheel({ name, version: '1.0.0' })]), { password: wrong });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/HTTP 40[13]|credentials|unauthori[sz]ed|forbidden/i);
    expect(printed(run)).not.toContain(wrong);
    expect(run.masks).toContain(wrong);
    expect(await listedByServer(server.simple('unstable'), name)).toEqual({});
  }, 180_000);
});

describe('devpi specifics', () => {
  it('a release on the non-volatile stable index is served through the indexes based on it', async () => {
    const server = realServer('devpi');
    const { name, module } = uniqueProject('inherit');
    const wheel = await makeWheel({ name, version: '3.0.0' });
    expect((await publish(server, 'stable', workspaceWith([wheel]))).exitCode).toBe(0);
    expect(await listedByServer(server.simple('unstable'), name)).toEqual(shas([wheel]));
    expect((await pipInstallAsync(['--index-url', server.simple('unstable')], `${name}==3.0.0`, module)).version).toBe('3.0.0');
  }, 240_000);
});
