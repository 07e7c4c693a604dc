/**
 * The merge of the test legs' manifests, once a jq step in python-release.yml, is promote's `tested`
 * input: every leg's runs join the manifest before the tests are checked; a leg of another release is
 * refused; a re-run adds nothing twice.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger } from '@wheelwright/core/log';
import type { ReleaseManifest } from '@wheelwright/core/manifest';
import { promoteRelease } from '@wheelwright/core/promote';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { describe, expect, it } from 'vitest';
import { makeWheel } from '../support/index-server/artefacts';

async function setUp(legs: Record<string, { passed: number; failed: number; version?: string }>) {
  const temp = mkdtempSync(join(tmpdir(), 'ww-tested-'));
  const wheel = await makeWheel({ name: 'merge-demo', version: '1.0.0' }, temp);
  const base: ReleaseManifest = {
    schema: 1,
    name: 'merge-demo',
    version: '1.0.0',
    kind: 'final',
    files: [{ filename: wheel.filename, size: wheel.size, sha256: wheel.sha256 }],
    stores: [],
    tests: [],
    promotions: [],
  };
  const manifest = join(temp, 'release', 'wheelwright-manifest.json');
  mkdirSync(join(temp, 'release'));
  writeFileSync(manifest, JSON.stringify(base));
  for (const [python, leg] of Object.entries(legs)) {
    const dir = join(temp, 'tested', `wheelwright-tested-${python}`);
    mkdirSync(dir, { recursive: true });
    const run = { python, os: 'Linux', passed: leg.passed, failed: leg.failed, errors: 0, skipped: 0, index: 'unstable', at: `t${python}` };
    writeFileSync(join(dir, 'wheelwright-manifest.json'), JSON.stringify({ ...base, version: leg.version ?? base.version, tests: [run] }));
  }
  return { temp, wheel, manifest };
}

async function published(temp: string, wheelPath: string): Promise<string> {
  const from = join(temp, 'store', 'unstable');
  await (await openStore({ url: from })).upload(await readLocalArtefact(wheelPath));
  return from;
}

describe("promote's tested input", () => {
  it('merges every leg into the manifest, then promotes; a re-run adds nothing twice', async () => {
    const { temp, wheel, manifest } = await setUp({ '3.10': { passed: 3, failed: 0 }, '3.12': { passed: 4, failed: 0 } });
    const from = await published(temp, wheel.path);
    const options = { manifest, tested: [join(temp, 'tested')], from, to: join(temp, 'store', 'testing') };
    const result = await promoteRelease(options, new MemoryLogger());
    expect(result.promoted).toEqual([wheel.filename]);
    const merged = JSON.parse(readFileSync(manifest, 'utf8')) as ReleaseManifest;
    expect(merged.tests.map((run) => `${run.python}:${run.passed}`)).toEqual(['3.10:3', '3.12:4']);
    await promoteRelease(options, new MemoryLogger());
    expect((JSON.parse(readFileSync(manifest, 'utf8')) as ReleaseManifest).tests).toHaveLength(2);
  });

  it('one failing leg keeps the release where it is', async () => {
    const { temp, wheel, manifest } = await setUp({ '3.10': { passed: 3, failed: 0 }, '3.12': { passed: 2, failed: 1 } });
    const from = await published(temp, wheel.path);
    await expect(
      promoteRelease({ manifest, tested: [join(temp, 'tested')], from, to: join(temp, 'store', 'testing') }, new MemoryLogger()),
    ).rejects.toThrow(/Python 3\.12 on Linux: 1 failed/);
  });

  it('a leg of another release is refused, naming the file', async () => {
    const { temp, wheel, manifest } = await setUp({ '3.12': { passed: 3, failed: 0, version: '0.9.0' } });
    const from = await published(temp, wheel.path);
    await expect(
      promoteRelease({ manifest, tested: [join(temp, 'tested')], from, to: join(temp, 'store', 'testing') }, new MemoryLogger()),
    ).rejects.toThrow(/wheelwright-tested-3\.12.* are of merge-demo 0\.9\.0, not merge-demo 1\.0\.0/);
  });
});
