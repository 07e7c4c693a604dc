/**
 * The same hostile cases against the real servers: pypiserver (overwrite allowed on unstable and testing)
 * behind the hostile front listing md5 only, another publisher (twine) replacing a file right after our
 * upload, and three identical devpi promotions at once (its push answers 409 for a file already on a
 * non-volatile index).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { type HostileServer, startHostileServer } from '../support/hostile-server';
import { makeWheel } from '../support/index-server/artefacts';
import { cleanPythonEnv } from '../support/python';
import { realStores, STORES_START_TIMEOUT_MS, startRealStores, uniqueProject } from '../support/real-stores';
import { workspaceWith } from './stores-support';

const execFileAsync = promisify(execFile);
const fronts: HostileServer[] = [];
beforeAll(startRealStores, STORES_START_TIMEOUT_MS);
afterAll(async () => {
  for (const front of fronts) await front.stop();
});

async function frontOf(upstream: string): Promise<HostileServer> {
  const front = await startHostileServer({ upstream: upstream.endsWith('/') ? upstream : `${upstream}/` });
  fronts.push(front);
  return front;
}

describe('real pypiserver', () => {
  it('listing md5 only: publish uploads and verifies by the bytes, a re-run skips, other bytes are a true conflict', async () => {
    const { pypiserver } = realStores();
    const front = await frontOf(pypiserver.testing);
    front.switches.hashes = 'md5-only';
    const { name } = uniqueProject('md5');
    const wheel = await makeWheel({ name, version: '1.0' });
    const inputs = { store: front.url('/simple/'), username: pypiserver.user, password: pypiserver.password };
    const first = await runAction('publish', { workspace: workspaceWith([wheel]), inputs });
    expect(first.errors).toEqual([]);
    expect(JSON.parse(first.outputs.uploaded ?? '[]')).toEqual([wheel.filename]);
    const again = await runAction('publish', { workspace: workspaceWith([wheel]), inputs });
    expect(again.errors).toEqual([]);
    expect(JSON.parse(again.outputs.skipped ?? '[]')).toEqual([wheel.filename]);
    const rebuilt = await makeWheel({ name, version: '1.0', flavour: 'rebuilt' });
    const other = await runAction('publish', { workspace: workspaceWith([rebuilt]), inputs });
    expect(other.exitCode).toBe(1);
    expect(other.errors.join('\n')).toContain(`(sha256 ${wheel.sha256} there, ${rebuilt.sha256} here)`);
  }, 180_000);

  it('a file twine replaces right after our upload (overwrite allowed): publish sees it lost and fails', async () => {
    const { pypiserver } = realStores();
    const front = await frontOf(pypiserver.unstable);
    const { name } = uniqueProject('overwrite');
    const ours = await makeWheel({ name, version: '1.0' });
    const theirs = await makeWheel({ name, version: '1.0', flavour: 'the other job' });
    front.switches.afterUpload = async () => {
      front.switches.afterUpload = undefined;
      await execFileAsync(
        'twine',
        [
          'upload',
          '--non-interactive',
          '--repository-url',
          pypiserver.unstable,
          '-u',
          pypiserver.user,
          '-p',
          pypiserver.password,
          theirs.path,
        ],
        { env: cleanPythonEnv() },
      );
    };
    const run = await runAction('publish', {
      workspace: workspaceWith([ours]),
      inputs: { store: front.url('/simple/'), username: pypiserver.user, password: pypiserver.password },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toContain(`with sha256 ${theirs.sha256}, not the ${ours.sha256} this run uploaded`);
  }, 180_000);
});

describe('real devpi', () => {
  it('three identical promotions to a non-volatile index at once all succeed', async () => {
    const { devpi } = realStores();
    const { name } = uniqueProject('triple');
    const wheel = await makeWheel({ name, version: '3.0.0' });
    await (await openStore({ url: devpi.testing, username: devpi.user, password: devpi.password })).upload(
      await readLocalArtefact(wheel.path),
    );
    const runs = await Promise.all(
      [1, 2, 3].map(() =>
        runAction('promote', {
          inputs: {
            package: name,
            version: '3.0.0',
            from: devpi.testing,
            to: devpi.stable,
            'to-channel': 'stable',
            'from-username': devpi.user,
            'from-password': devpi.password,
            'to-username': devpi.user,
            'to-password': devpi.password,
          },
          timeoutMs: 180_000,
        }),
      ),
    );
    expect(runs.map((r) => r.errors)).toEqual([[], [], []]);
    const listed = await (await openStore({ url: devpi.stable })).listFiles(name);
    expect(listed.map((f) => f.sha256)).toEqual([wheel.sha256]);
  }, 240_000);
});
