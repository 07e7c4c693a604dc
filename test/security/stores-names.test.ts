/**
 * Names from outside never become paths unchecked (file store filing, promote staging, clean-env-test's
 * download), through the bundles: a wheel whose METADATA names another project (or none, or a path), a
 * filename that is not a distribution filename, and index links whose names climb out of the folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveInside } from '@wheelwright/core/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { type HostileServer, startHostileServer } from '../support/hostile-server';
import { type IndexServer, startIndexServer } from '../support/index-server';
import { type MadeArtefact, makeWheel } from '../support/index-server/artefacts';
import { checkoutWithTests, forgedCommands, makeHostileWheel, rawUpload, workspaceWith } from './stores-support';

/** Every path under `root` (folders end in /). */
function tree(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((e) => `${join(e.parentPath, e.name).slice(root.length + 1)}${e.isDirectory() ? '/' : ''}`)
    .sort();
}

describe('publish files a wheel only under the name its filename carries', () => {
  it.each([
    ['another project', 'victim'],
    ['an empty Name', ''],
    ['a Name that climbs out', '../../escaped'],
    ['a Name with a separator', 'victim/../../x'],
    ['no Name at all', undefined],
  ])('METADATA with %s is refused, nothing is written to the file store', async (_what, name) => {
    const wheel = makeHostileWheel({
      filename: 'advpkg-2.0.0-py3-none-any.whl',
      version: '2.0.0',
      ...(name === undefined ? {} : { name }),
    });
    const workspace = workspaceWith([wheel]);
    const store = join(mkdtempSync(join(tmpdir(), 'ww-sec-names-')), 'deep', 'unstable');
    const run = await runAction('publish', { workspace, inputs: { store } });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toMatch(/advpkg-2\.0\.0-py3-none-any\.whl' names the project 'advpkg' but its core metadata says Name/);
    expect(tree(join(store, '..', '..'))).toEqual([]);
    expect(forgedCommands(run)).toEqual([]);
  });

  it('the same wheel is refused by an HTTP store before anything is sent (the upload form would carry Name: victim)', async () => {
    const server = await startIndexServer({ flavour: 'devpi', users: { alice: 'secret' } });
    try {
      const wheel = makeHostileWheel({ filename: 'advpkg-2.0.0-py3-none-any.whl', name: 'victim', version: '2.0.0' });
      const run = await runAction('publish', {
        workspace: workspaceWith([wheel]),
        inputs: { store: server.url, username: 'alice', password: 'secret' },
      });
      expect(run.exitCode).toBe(1);
      expect(server.files('alice/unstable')).toEqual([]);
      expect(server.requests.filter((r) => r.method === 'POST' && !r.path.endsWith('+login'))).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it.each([
    ['a newline and a workflow command in the version', 'skai-1.0\n::error ::forged-py3-none-any.whl'],
    ['a version that is not PEP 440', 'skai-banana-py3-none-any.whl'],
    ['a carriage return', 'skai-1.0\r-py3-none-any.whl'],
    ['an escape sequence', 'skai-1.0\u001b[31m-py3-none-any.whl'],
  ])('a filename with %s is refused and never starts a line', async (_what, filename) => {
    const made = await makeWheel({ name: 'skai', version: '1.0' });
    const store = join(mkdtempSync(join(tmpdir(), 'ww-sec-names-')), 'unstable');
    const run = await runAction('publish', { workspace: workspaceWith([{ path: made.path, name: filename }]), inputs: { store } });
    expect(run.exitCode).toBe(1);
    expect(forgedCommands(run)).toEqual([]);
    expect(run.stdout.split(/\r?\n/).filter((line) => line.startsWith('::error ::'))).toEqual([]);
    expect(run.summary).not.toMatch(/^::/m);
    expect(tree(store)).toEqual([]);
  });
});

describe('resolveInside: one segment that stays inside, on every OS', () => {
  it.each(['../x.whl', '..', '.', '', 'a/b.whl', 'a\\b.whl', '/etc/passwd', 'C:x.whl', 'x.whl\n', 'x\u0000.whl'])('refuses %j', (name) => {
    expect(() => resolveInside('/srv/staging', name)).toThrow(/refusing the file name .* it would not stay inside \/srv\/staging/);
  });
  it('joins a plain name', () =>
    expect(resolveInside('/srv/staging', 'a-1.0-py3-none-any.whl')).toBe('/srv/staging/a-1.0-py3-none-any.whl'));
});

describe('index links whose names climb out of the folder', () => {
  let index: IndexServer;
  let front: HostileServer;
  let wheel: MadeArtefact;
  beforeAll(async () => {
    wheel = await makeWheel({ name: 'climber', version: '1.0.0' });
    index = await startIndexServer({ flavour: 'pypiserver', users: { alice: 'secret' } });
    expect(await rawUpload(index.uploadUrl, wheel.path, wheel.filename)).toBe(200);
    front = await startHostileServer({ upstream: index.origin });
  });
  afterAll(async () => {
    await front.stop();
    await index.stop();
  });

  it.each([
    ['../../', (f: string) => `../../${f}`],
    ['..\\..\\', (f: string) => `..\\..\\${f}`],
    ['an absolute path', (f: string) => `/tmp/${f}`],
  ])('promote (download + upload) never writes outside its staging folder: %s', async (_what, rename) => {
    front.switches.renameLinks = rename;
    try {
      const runnerTemp = join(mkdtempSync(join(tmpdir(), 'ww-sec-stage-')), 'a', 'b');
      mkdirSync(runnerTemp, { recursive: true });
      const target = join(mkdtempSync(join(tmpdir(), 'ww-sec-target-')), 'testing');
      const run = await runAction('promote', {
        inputs: { package: 'climber', version: '1.0.0', from: front.url('/simple/'), to: target, 'to-channel': 'testing' },
        env: { RUNNER_TEMP: runnerTemp },
      });
      expect(run.exitCode).toBe(1);
      // The link is not a file of the project (its name is no distribution filename): nothing to promote.
      expect(run.errors.join('\n')).toMatch(/climber is not in/);
      expect(tree(join(runnerTemp, '..', '..'))).toEqual(['a/', 'a/b/']);
      expect(existsSync(join('/tmp', wheel.filename))).toBe(false);
      expect(tree(target)).toEqual([]);
    } finally {
      front.switches.renameLinks = undefined;
    }
  });

  it('clean-env-test never writes outside its download folder', async () => {
    front.switches.renameLinks = (f) => `../../${f}`;
    try {
      const runnerTemp = join(mkdtempSync(join(tmpdir(), 'ww-sec-cet-')), 'a', 'b');
      mkdirSync(runnerTemp, { recursive: true });
      const run = await runAction('clean-env-test', {
        workspace: checkoutWithTests(),
        inputs: { package: 'climber', version: '1.0.0', 'index-url': front.url('/simple/') },
        env: { RUNNER_TEMP: runnerTemp },
        timeoutMs: 300_000,
      });
      expect(run.exitCode).toBe(1);
      expect(run.errors.join('\n')).toMatch(/package 'climber' is not in the store/);
      expect(tree(join(runnerTemp, '..', '..')).filter((p) => p.endsWith('.whl'))).toEqual([]);
    } finally {
      front.switches.renameLinks = undefined;
    }
  });
});
