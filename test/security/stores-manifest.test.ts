/**
 * A manifest entry is bound to its bytes: path, filename, size and sha256 must agree before anything is
 * uploaded (publish bundle). Each variant leaves the store untouched.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { type MadeArtefact, makeWheel } from '../support/index-server/artefacts';
import { workspaceWith, writeManifest } from './stores-support';

const release = await makeWheel({ name: 'bound', version: '1.0.0' });
const other = await makeWheel({ name: 'bound', version: '1.0.0', flavour: 'other bytes' });
const stranger = await makeWheel({ name: 'stranger', version: '9.9' });

type Entry = MadeArtefact & { entryPath?: string };

describe('publish refuses a manifest entry that does not describe the file it points at', () => {
  it.each<[string, (workspace: string) => Entry[], RegExp]>([
    [
      "path names another file than the entry's filename",
      () => [{ ...release, entryPath: `dist/${stranger.filename}` }],
      /the entry for 'bound-1\.0\.0-py3-none-any\.whl' points at another file/,
    ],
    [
      'the file on disk has other bytes than the entry records',
      () => [{ ...release, path: other.path }],
      /is not the file the manifest records for 'bound-1\.0\.0-py3-none-any\.whl'/,
    ],
    ['size disagrees', () => [{ ...release, size: release.size + 1 }], /is not the file the manifest records/],
    ['sha256 disagrees', () => [{ ...release, sha256: 'f'.repeat(64) }], /is not the file the manifest records/],
    [
      "filename is another project's",
      () => [{ ...stranger }],
      /lists 'stranger-9\.9-py3-none-any\.whl', which is not a wheel or sdist of bound 1\.0\.0/,
    ],
    ['filename climbs out', () => [{ ...release, filename: `../${release.filename}` }], /not a wheel or sdist of bound 1\.0\.0/],
  ])('%s', async (_what, entries, message) => {
    // dist/ holds the real release, the other build and the stranger, as a confused job might.
    const workspace = workspaceWith([
      { path: release.path },
      { path: stranger.path },
      { path: other.path, name: `other-${release.filename}` },
    ]);
    const list = entries(workspace);
    // "other bytes": the file under the release's name is the other build.
    if (list[0]?.path === other.path) {
      const replaced = workspaceWith([{ path: other.path, name: release.filename }, { path: stranger.path }]);
      return check(replaced, writeManifest(replaced, 'bound', '1.0.0', [{ ...release }]), message);
    }
    await check(workspace, writeManifest(workspace, 'bound', '1.0.0', list), message);
  });

  async function check(workspace: string, manifest: string, message: RegExp) {
    const store = join(mkdtempSync(join(tmpdir(), 'ww-sec-manifest-')), 'unstable');
    const run = await runAction('publish', { workspace, inputs: { store, manifest } });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toMatch(message);
    expect(existsSync(store)).toBe(false);
  }

  it('the same manifest unaltered publishes (the checks do not refuse an honest entry)', async () => {
    const workspace = workspaceWith([{ path: release.path }]);
    const store = join(mkdtempSync(join(tmpdir(), 'ww-sec-manifest-')), 'unstable');
    const run = await runAction('publish', {
      workspace,
      inputs: { store, manifest: writeManifest(workspace, 'bound', '1.0.0', [release]) },
    });
    expect(run.errors).toEqual([]);
    expect(JSON.parse(run.outputs.uploaded ?? '[]')).toEqual([release.filename]);
  });
});
