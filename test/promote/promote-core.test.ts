/**
 * promoteRelease against real file indexes, plus a wrapper store that fails on demand, for the rules
 * that do not need a server: policy, idempotence, conflicts, rollback, manifest bookkeeping.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger } from '@wheelwright/core/log';
import type { ReleaseManifest } from '@wheelwright/core/manifest';
import { type PromoteOptions, promoteRelease } from '@wheelwright/core/promote';
import { openStore, readLocalArtefact, type Store, type StoreSpec } from '@wheelwright/core/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { type MadeArtefact, makeSdist, makeWheel } from '../support/index-server/artefacts';

const PROJECT = 'promo-pkg';
let artefacts: Record<string, MadeArtefact[]>;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'ww-promote-art-'));
  artefacts = {};
  for (const version of ['1.0.0rc1', '1.0.0', '1.0.1.dev3']) {
    artefacts[version] = [await makeWheel({ name: PROJECT, version }, out), await makeSdist({ name: PROJECT, version }, out)];
  }
});

function tempIndex(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'ww-promote-')), name);
}

async function publish(url: string, files: MadeArtefact[]): Promise<void> {
  const store = await openStore({ url });
  for (const file of files) await store.upload(await readLocalArtefact(file.path));
}

function manifestFor(version: string, passed = true): string {
  const files = artefacts[version] ?? [];
  const manifest: ReleaseManifest = {
    schema: 1,
    name: PROJECT,
    version,
    kind: 'final',
    source: { commit: 'abc', tag: version },
    files: files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256 })),
    stores: [],
    tests: [
      { python: '3.11', os: 'Linux', passed: passed ? 3 : 2, failed: passed ? 0 : 1, errors: 0, skipped: 0, index: 'unstable', at: 'now' },
    ],
    promotions: [],
  };
  const path = join(mkdtempSync(join(tmpdir(), 'ww-manifest-')), 'manifest.json');
  writeFileSync(path, JSON.stringify(manifest));
  return path;
}

async function filenames(url: string, version?: string): Promise<string[]> {
  const files = await (await openStore({ url })).listFiles(PROJECT);
  return files
    .filter((f) => version === undefined || f.version === version)
    .map((f) => f.filename)
    .sort();
}

describe('promoteRelease between file indexes', () => {
  it('copies a release, verifies it, records it in the manifest, and is a no-op the second time', async () => {
    const from = tempIndex('unstable');
    const to = tempIndex('testing');
    await publish(from, artefacts['1.0.0rc1'] ?? []);
    const manifest = manifestFor('1.0.0rc1');
    const result = await promoteRelease({ manifest, from, to }, new MemoryLogger());
    expect(result.mechanism).toBe('file-copy');
    expect(result.channel).toBe('testing');
    expect(result.promoted.sort()).toEqual((artefacts['1.0.0rc1'] ?? []).map((f) => f.filename).sort());
    expect(await filenames(to)).toEqual(result.promoted.sort());
    const written = JSON.parse(await readFile(manifest, 'utf8')) as ReleaseManifest;
    expect(written.promotions).toMatchObject([{ from: 'unstable', to: 'testing', mode: 'copy' }]);
    expect(written.stores).toMatchObject([{ index: 'testing', by: 'promote' }]);

    const again = await promoteRelease({ manifest, from, to }, new MemoryLogger());
    expect(again.promoted).toEqual([]);
    expect(again.skipped.sort()).toEqual(result.promoted.sort());
    expect((JSON.parse(await readFile(manifest, 'utf8')) as ReleaseManifest).promotions).toHaveLength(1);
  });

  it('moves: the source loses the release only after the target holds it', async () => {
    const from = tempIndex('unstable');
    const to = tempIndex('testing');
    await publish(from, [...(artefacts['1.0.0'] ?? []), ...(artefacts['1.0.0rc1'] ?? [])]);
    const result = await promoteRelease({ package: PROJECT, version: '1.0.0', from, to, mode: 'move' }, new MemoryLogger());
    expect(result.removedFromSource).toBe(true);
    expect(await filenames(from)).toEqual((artefacts['1.0.0rc1'] ?? []).map((f) => f.filename).sort());
    expect(await filenames(to)).toEqual((artefacts['1.0.0'] ?? []).map((f) => f.filename).sort());
  });

  it.each([
    [{ version: '1.0.0rc1', toChannel: 'stable' }, /^stable-channel rule: promo-pkg 1.0.0rc1 is a pre-release/],
    [{ version: '1.0.1.dev3', toChannel: 'stable' }, /^stable-channel rule: promo-pkg 1.0.1.dev3 is a development release/],
    [{ version: '2.0.0' }, /^promo-pkg 2.0.0 is not in unstable \(.*\); versions there: 1.0.0rc1, 1.0.0, 1.0.1.dev3$/],
    [{ version: '1.0.0', mode: 'shift' }, /^input 'mode' must be copy or move, got 'shift'$/],
    [{ version: '1.0.0', toChannel: 'prod' }, /^input 'to-channel' must be stable, testing or unstable, got 'prod'$/],
  ] as [Partial<PromoteOptions>, RegExp][])('refuses %o with one line naming the rule, changing nothing', async (extra, message) => {
    const from = tempIndex('unstable');
    const to = tempIndex('testing');
    await publish(from, [...(artefacts['1.0.0rc1'] ?? []), ...(artefacts['1.0.0'] ?? []), ...(artefacts['1.0.1.dev3'] ?? [])]);
    await expect(promoteRelease({ package: PROJECT, from, to, ...extra } as PromoteOptions, new MemoryLogger())).rejects.toThrow(message);
    expect(await filenames(to)).toEqual([]);
  });

  it('refuses a manifest whose tests failed unless require-tests is off', async () => {
    const from = tempIndex('unstable');
    const to = tempIndex('testing');
    await publish(from, artefacts['1.0.0'] ?? []);
    const manifest = manifestFor('1.0.0', false);
    await expect(promoteRelease({ manifest, from, to }, new MemoryLogger())).rejects.toThrow(
      /^tested-release rule: the recorded tests of promo-pkg 1.0.0 did not pass \(Python 3.11 on Linux: 1 failed/,
    );
    expect(await filenames(to)).toEqual([]);
    const forced = await promoteRelease({ manifest, from, to, requireTests: false }, new MemoryLogger());
    expect(forced.promoted).toHaveLength(2);
  });

  it('refuses a target holding the version with other bytes, and never overwrites it', async () => {
    const from = tempIndex('unstable');
    const to = tempIndex('testing');
    await publish(from, artefacts['1.0.0'] ?? []);
    const other = await makeWheel({ name: PROJECT, version: '1.0.0', flavour: 'rebuilt' });
    await publish(to, [other]);
    await expect(promoteRelease({ package: PROJECT, version: '1.0.0', from, to }, new MemoryLogger())).rejects.toThrow(
      /promo_pkg-1.0.0-py3-none-any.whl is already in testing .* with different content/,
    );
    const files = await (await openStore({ url: to })).listFiles(PROJECT);
    expect(files.map((f) => f.sha256)).toEqual([other.sha256]);
  });

  it('dry run changes nothing and reports the plan', async () => {
    const from = tempIndex('unstable');
    const to = tempIndex('testing');
    await publish(from, artefacts['1.0.0'] ?? []);
    const result = await promoteRelease({ package: PROJECT, version: '1.0.0', from, to, mode: 'move', dryRun: true }, new MemoryLogger());
    expect(result.files.map((f) => f.outcome)).toEqual(['planned', 'planned']);
    expect(await filenames(to)).toEqual([]);
    expect(await filenames(from)).toHaveLength(2);
  });

  it('rolls the target back when an upload fails midway: no partial release', async () => {
    const from = tempIndex('unstable');
    const to = tempIndex('testing');
    await publish(from, artefacts['1.0.0'] ?? []);
    const failing = async (spec: StoreSpec): Promise<Store> => {
      const store = await openStore(spec);
      if (!spec.url.endsWith('testing')) return store;
      let uploads = 0;
      return Object.assign(Object.create(Object.getPrototypeOf(store)), store, {
        upload: async (artefact: Parameters<Store['upload']>[0]) => {
          if (++uploads === 2) throw new Error('connection reset by peer');
          return store.upload(artefact);
        },
      }) as Store;
    };
    await expect(promoteRelease({ package: PROJECT, version: '1.0.0', from, to, openStore: failing }, new MemoryLogger())).rejects.toThrow(
      /connection reset by peer; rolled back: removed .* from testing, so it holds no file of promo-pkg 1.0.0; unstable is unchanged/,
    );
    expect(await filenames(to)).toEqual([]);
    expect(await filenames(from)).toHaveLength(2);
  });

  it('says exactly what is where when the target cannot delete', async () => {
    const from = tempIndex('unstable');
    const to = tempIndex('testing');
    await publish(from, artefacts['1.0.0'] ?? []);
    const failing = async (spec: StoreSpec): Promise<Store> => {
      const store = await openStore(spec);
      if (!spec.url.endsWith('testing')) return store;
      let uploads = 0;
      return Object.assign(Object.create(Object.getPrototypeOf(store)), store, {
        capabilities: { ...store.capabilities, delete: false },
        upload: async (artefact: Parameters<Store['upload']>[0]) => {
          if (++uploads === 2) throw new Error('503 Service Unavailable');
          return store.upload(artefact);
        },
      }) as Store;
    };
    await expect(promoteRelease({ package: PROJECT, version: '1.0.0', from, to, openStore: failing }, new MemoryLogger())).rejects.toThrow(
      /503 Service Unavailable; testing cannot delete: it now holds promo_pkg-1.0.0.* of promo-pkg 1.0.0 and lacks promo_pkg-1.0.0.*; unstable still holds the whole release/,
    );
  });
});
