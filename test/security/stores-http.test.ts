/**
 * HTTP stores under hostile or unusual answers, through the bundles: indexes that list md5 (or no hash)
 * instead of sha256, an answer cut after the upload was stored, another publisher overwriting a file on
 * an index that allows it, three identical devpi promotions at once, and HTML where devpi's JSON is due.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-harness';
import { type HostileServer, startHostileServer } from '../support/hostile-server';
import { type IndexServer, startIndexServer } from '../support/index-server';
import { type MadeArtefact, makeWheel } from '../support/index-server/artefacts';
import { checkoutWithTests, rawUpload, workspaceWith, writeManifest } from './stores-support';

const FAST = { WHEELWRIGHT_HTTP_RETRY_BASE_MS: '5' };
const PASSWORD = 'pw-stores-9Zq-never-printed';
const ALICE = { username: 'alice', password: PASSWORD };
const servers: { stop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const server of servers.reverse()) await server.stop();
});

/** The password is never in anything a reader of the run sees (`::add-mask::` lines are the runner's). */
function expectNoSecret(run: ActionRun): void {
  const printed = [
    run.stdout
      .split(/\r?\n/)
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    run.stderr,
    JSON.stringify(run.outputs),
    run.summary,
    JSON.stringify(run.env),
  ].join('\n');
  expect(printed).not.toContain(PASSWORD);
}

async function pypiserverBehindFront(options: { overwrite?: boolean } = {}): Promise<{ index: IndexServer; front: HostileServer }> {
  const index = await startIndexServer({ flavour: 'pypiserver', users: { alice: PASSWORD }, ...options });
  const front = await startHostileServer({ upstream: index.origin });
  servers.push(index, front);
  return { index, front };
}

describe.each(['md5-only', 'none'] as const)('an index that lists %s instead of sha256', (hashes) => {
  let front: HostileServer;
  let wheel: MadeArtefact;
  let rebuilt: MadeArtefact;
  beforeAll(async () => {
    wheel = await makeWheel({ name: `nosha-${hashes}`, version: '1.0.0' });
    rebuilt = await makeWheel({ name: `nosha-${hashes}`, version: '1.0.0', flavour: 'rebuilt' });
    ({ front } = await pypiserverBehindFront());
    front.switches.hashes = hashes;
  });

  it('the first publish uploads and verifies by the bytes; a re-run skips; other bytes are a true conflict', async () => {
    const inputs = { store: front.url('/simple/'), ...ALICE };
    const first = await runAction('publish', { workspace: workspaceWith([wheel]), inputs });
    expect(first.errors).toEqual([]);
    expect(JSON.parse(first.outputs.uploaded ?? '[]')).toEqual([wheel.filename]);
    expect(first.stdout).toMatch(/Verified 1 file\(s\)/);

    const again = await runAction('publish', { workspace: workspaceWith([wheel]), inputs });
    expect(again.errors).toEqual([]);
    expect(JSON.parse(again.outputs.skipped ?? '[]')).toEqual([wheel.filename]);

    const other = await runAction('publish', { workspace: workspaceWith([rebuilt]), inputs });
    expect(other.exitCode).toBe(1);
    expect(other.errors.join('\n')).toContain(`with different content (sha256 ${wheel.sha256} there, ${rebuilt.sha256} here)`);
    for (const run of [first, again, other]) expectNoSecret(run);
  });

  it('promote from it checks the bytes against the manifest and copies them', async () => {
    const workspace = workspaceWith([wheel]);
    const manifest = writeManifest(workspace, `nosha-${hashes}`, '1.0.0', [wheel]);
    const target = join(mkdtempSync(join(tmpdir(), 'ww-sec-md5-')), 'testing');
    const run = await runAction('promote', {
      workspace,
      inputs: { manifest: join(workspace, manifest), from: front.url('/simple/'), to: target, 'to-channel': 'testing' },
    });
    expect(run.errors).toEqual([]);
    expect((await (await openStore({ url: target })).listFiles(`nosha-${hashes}`)).map((f) => f.sha256)).toEqual([wheel.sha256]);
  });
});

describe('an answer cut after the server stored the upload', () => {
  it('the retry finds the same bytes there and reports the file uploaded', async () => {
    const { front } = await pypiserverBehindFront();
    front.switches.hashes = 'md5-only';
    front.switches.cutAfterStoring = 1;
    const wheel = await makeWheel({ name: 'cutoff', version: '1.0' });
    const run = await runAction('publish', {
      workspace: workspaceWith([wheel]),
      inputs: { store: front.url('/simple/'), ...ALICE },
      env: FAST,
    });
    expect(run.errors).toEqual([]);
    expect(JSON.parse(run.outputs.uploaded ?? '[]')).toEqual([wheel.filename]);
  });
});

describe('an index that allows overwriting (pypiserver --overwrite)', () => {
  let index: IndexServer;
  let front: HostileServer;
  beforeAll(async () => {
    ({ index, front } = await pypiserverBehindFront({ overwrite: true }));
  });

  it('a publisher whose file is replaced right after its upload sees it lost, and fails', async () => {
    const ours = await makeWheel({ name: 'contested', version: '1.0' });
    const theirs = await makeWheel({ name: 'contested', version: '1.0', flavour: 'the other job' });
    front.switches.afterUpload = async (filename) => {
      front.switches.afterUpload = undefined;
      expect(await rawUpload(index.uploadUrl, theirs.path, filename, `alice:${PASSWORD}`)).toBe(200);
    };
    const run = await runAction('publish', { workspace: workspaceWith([ours]), inputs: { store: front.url('/simple/'), ...ALICE } });
    expect(run.exitCode).toBe(1);
    expectNoSecret(run);
    expect(run.errors.join('\n')).toMatch(
      new RegExp(
        `now serves 'contested-1\\.0-py3-none-any\\.whl' with sha256 ${theirs.sha256}, not the ${ours.sha256} this run uploaded \\(another publisher replaced it`,
      ),
    );
  });

  it('two publishers racing with different bytes: later steps only ever use the bytes of the manifest that won', async () => {
    const builds = await Promise.all(['job one', 'job two'].map((flavour) => makeWheel({ name: 'racing', version: '2.0', flavour })));
    const workspaces = builds.map((build) => workspaceWith([build]));
    const manifests = workspaces.map((workspace, i) => join(workspace, writeManifest(workspace, 'racing', '2.0', [builds[i] as never])));
    // Hold each upload's answer until both are stored (both then read back the same survivor). A publisher
    // that looks after the other's bytes are stored refuses at once (a conflict): then the wait ends after 5 s.
    let arrived = 0;
    let release: () => void = () => {};
    const bothStored = new Promise<void>((resolve) => {
      release = resolve;
      setTimeout(resolve, 5000);
    });
    front.switches.afterUpload = async () => {
      if (++arrived === 2) release();
      await bothStored;
    };
    const runs = await Promise.all(
      workspaces.map((workspace, i) =>
        runAction('publish', { workspace, inputs: { store: front.url('/simple/'), manifest: manifests[i] as string, ...ALICE } }),
      ),
    );
    front.switches.afterUpload = undefined;
    const survivor = index.files().find((f) => f.filename === builds[0]?.filename)?.sha256;
    // The one whose bytes were overwritten sees it, the other succeeds.
    expect(runs.map((r) => r.exitCode).sort()).toEqual([0, 1]);
    for (const [i, run] of runs.entries()) expect(run.exitCode === 0).toBe(builds[i]?.sha256 === survivor);

    // Whatever each publisher reported, promote and clean-env-test take only the bytes its manifest records.
    for (const [i, manifest] of manifests.entries()) {
      const target = join(mkdtempSync(join(tmpdir(), 'ww-sec-race-')), 'testing');
      const promote = await runAction('promote', { inputs: { manifest, from: index.url, to: target, 'to-channel': 'testing' } });
      const won = builds[i]?.sha256 === survivor;
      expect(promote.exitCode).toBe(won ? 0 : 1);
      if (!won) {
        expect(promote.errors.join('\n')).toMatch(/has sha256 [0-9a-f]{64} but the manifest recorded/);
        const test = await runAction('clean-env-test', {
          workspace: checkoutWithTests(),
          inputs: { manifest, 'index-url': index.url },
          timeoutMs: 300_000,
        });
        expect(test.exitCode).toBe(1);
        expect(test.errors.join('\n')).toMatch(/is not the file the manifest records/);
      }
    }
  });
});

describe('devpi', () => {
  it('three identical promotions at once all succeed: the target holding exactly those bytes is success', async () => {
    const index = await startIndexServer({ flavour: 'devpi', users: { alice: PASSWORD } });
    servers.push(index);
    const wheel = await makeWheel({ name: 'triple', version: '3.0.0' });
    await (await openStore({ url: index.indexUrl('alice/testing'), ...ALICE })).upload(await readLocalArtefact(wheel.path));
    // Slow answers widen the window between each promotion's look at the target and its push.
    index.faults.slowMs = 150;
    const runs = await Promise.all(
      [1, 2, 3].map(() =>
        runAction('promote', {
          inputs: {
            package: 'triple',
            version: '3.0.0',
            from: index.indexUrl('alice/testing'),
            to: index.indexUrl('alice/stable'),
            'to-channel': 'stable',
            'from-username': 'alice',
            'from-password': PASSWORD,
            'to-username': 'alice',
            'to-password': PASSWORD,
          },
        }),
      ),
    );
    index.faults.slowMs = 0;
    expect(runs.map((r) => r.errors)).toEqual([[], [], []]);
    for (const run of runs) expectNoSecret(run);
    expect(index.files('alice/stable').map((f) => f.sha256)).toEqual([wheel.sha256]);
    // Whether the pushes overlapped depends on how the three processes are scheduled (on a loaded machine
    // they may not), so the outcome is what is asserted: one file, three successes. Every push that lost
    // the race was answered 409 and settled by reading the target.
    const pushes = index.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/alice/testing'));
    expect(pushes.length).toBeGreaterThan(0);
  });

  it('a JSON view answering HTML is a store error naming the URL and what came back', async () => {
    const index = await startIndexServer({ flavour: 'devpi', users: { alice: PASSWORD } });
    const front = await startHostileServer({ upstream: index.origin });
    servers.push(index, front);
    front.switches.htmlWhereJson = '/alice/unstable';
    const run = await runAction('publish', {
      workspace: workspaceWith([await makeWheel({ name: 'walled', version: '1.0' })]),
      inputs: { store: front.url('/alice/unstable/+simple/'), ...ALICE },
    });
    expect(run.exitCode).toBe(1);
    const errors = run.errors.join('\n');
    expect(errors).toContain(`${front.url('/alice/unstable/')}`);
    expect(errors).toMatch(/answered text\/html; charset=utf-8, starting "<!DOCTYPE html>.*where JSON was expected/);
    expect(errors).not.toMatch(/bug in Wheelwright/i);
    expectNoSecret(run);
  });
});
