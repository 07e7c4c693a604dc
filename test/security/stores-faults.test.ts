/**
 * Faults leave a state the next run repairs and reports truthfully (file store, through the bundles):
 * a write that fails after the file is in place, temporary files and staging folders of killed
 * processes, a release moved out while another publisher copies into the same project.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { makeWheel } from '../support/index-server/artefacts';
import { deadPid, workspaceWith } from './stores-support';

const HOST = hostname().replace(/[^A-Za-z0-9-]/g, '-');

describe('a write that fails after the file is in place', () => {
  it.each([
    ['the project page', (store: string) => join(store, 'inplace', 'index.html')],
    ['the root page', (store: string) => join(store, 'index.html')],
  ])('(%s cannot be written): the page never lists it; the next run lists it and reports it uploaded', async (_what, blocked) => {
    const wheel = await makeWheel({ name: 'inplace', version: '1.0' });
    const store = join(mkdtempSync(join(tmpdir(), 'ww-sec-fault-')), 'unstable');
    // A folder where the page goes: its rename fails like a full disk fails the page's write.
    mkdirSync(join(blocked(store), 'obstacle'), { recursive: true });
    const workspace = workspaceWith([wheel]);
    const failed = await runAction('publish', { workspace, inputs: { store } });
    expect(failed.exitCode).toBe(1);
    const listed = (await (await openStore({ url: store })).listFiles('inplace')).map((f) => f.filename);
    expect(listed).toEqual([]);

    rmSync(blocked(store), { recursive: true });
    const again = await runAction('publish', { workspace, inputs: { store } });
    expect(again.errors).toEqual([]);
    expect(JSON.parse(again.outputs.uploaded ?? '[]')).toEqual([wheel.filename]);
    expect(JSON.parse(again.outputs.skipped ?? '[]')).toEqual([]);
    expect(readFileSync(join(store, 'inplace', 'index.html'), 'utf8')).toContain(`${wheel.filename}#sha256=${wheel.sha256}`);
    expect(readFileSync(join(store, 'index.html'), 'utf8')).toContain('href="inplace/"');
  });
});

describe('leftovers of killed processes', () => {
  it('publish removes temporary files of dead writers, never a live one', async () => {
    const store = join(mkdtempSync(join(tmpdir(), 'ww-sec-stale-')), 'unstable');
    const dead = deadPid();
    mkdirSync(join(store, '.tmp'), { recursive: true });
    mkdirSync(join(store, 'stale'), { recursive: true });
    const deadTemp = `${dead}.${HOST}.0a1b2c.tmp`;
    const liveTemp = `${process.pid}.${HOST}.0a1b2d.tmp`;
    const legacyDead = `.stale-0.9-py3-none-any.whl.${dead}.9f8e7d6c.tmp`;
    const legacyLive = `.stale-0.9-py3-none-any.whl.${process.pid}.9f8e7d6d.tmp`;
    writeFileSync(join(store, '.tmp', deadTemp), Buffer.alloc(1024 * 1024));
    writeFileSync(join(store, '.tmp', liveTemp), 'a writer still at work');
    writeFileSync(join(store, 'stale', legacyDead), Buffer.alloc(1024 * 1024));
    writeFileSync(join(store, 'stale', legacyLive), 'a writer still at work');
    const run = await runAction('publish', {
      workspace: workspaceWith([await makeWheel({ name: 'stale', version: '1.0' })]),
      inputs: { store },
    });
    expect(run.errors).toEqual([]);
    expect(readdirSync(join(store, '.tmp'))).toEqual([liveTemp]);
    expect(readdirSync(join(store, 'stale')).filter((n) => n.endsWith('.tmp'))).toEqual([legacyLive]);
  });

  it('promote removes staging folders of dead promotions, never a live one', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ww-sec-staging-'));
    const runnerTemp = join(root, 'runner-temp');
    const dead = join(runnerTemp, `ww-promote-${deadPid()}-AbC123`);
    const live = join(runnerTemp, `ww-promote-${process.pid}-XyZ789`);
    mkdirSync(dead, { recursive: true });
    mkdirSync(live, { recursive: true });
    writeFileSync(join(dead, 'half-1.0-py3-none-any.whl'), Buffer.alloc(1024 * 1024));
    const source = await openStore({ url: join(root, 'unstable') });
    await source.upload(await readLocalArtefact((await makeWheel({ name: 'half', version: '1.0' })).path));
    const run = await runAction('promote', {
      inputs: { package: 'half', version: '1.0', from: join(root, 'unstable'), to: join(root, 'testing'), 'to-channel': 'testing' },
      env: { RUNNER_TEMP: runnerTemp },
    });
    expect(run.errors).toEqual([]);
    expect(readdirSync(runnerTemp)).toEqual([`ww-promote-${process.pid}-XyZ789`]);
  });
});

describe('a release moved out while another publisher copies into the same project', () => {
  it('core: the delete runs under the lock while the copy is under way, and the copy still lands', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ww-sec-race-core-'));
    const [writer, mover] = [await openStore({ url: root }), await openStore({ url: root })];
    await writer.upload(await readLocalArtefact((await makeWheel({ name: 'racer', version: '1.0' })).path));
    const big = await readLocalArtefact((await makeWheel({ name: 'racer', version: '1.1', paddingBytes: 64 * 1024 * 1024 })).path);
    const publishing = writer.upload(big);
    // Started in the same tick: the delete holds the lock while the 64 MiB copy is still being written.
    await mover.deleteRelease('racer', '1.0');
    expect(await publishing).toBe('uploaded');
    expect((await mover.listFiles('racer')).map((f) => f.filename)).toEqual([big.filename]);
  });
});
