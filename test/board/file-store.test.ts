/**
 * The embedded file store keeps a release's docs and record beside its files and regenerates the release
 * board on every publish and promote — through core's publishRelease / promoteRelease on real folders.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDocsZip } from '@wheelwright/core/docs';
import { MemoryLogger } from '@wheelwright/core/log';
import type { ReleaseManifest } from '@wheelwright/core/manifest';
import { promoteRelease } from '@wheelwright/core/promote';
import { publishRelease } from '@wheelwright/core/publish';
import { describe, expect, it } from 'vitest';
import { makeSdist, makeWheel } from '../support/index-server/artefacts';
import { sha256Of } from './board-support';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

/** A build output folder: wheel, sdist, docs zip and the manifest naming them. */
async function buildOutput(name: string, version: string): Promise<{ dir: string; manifest: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ww-board-build-'));
  const files = [await makeWheel({ name, version }, dir), await makeSdist({ name, version }, dir)];
  const html = join(dir, 'html');
  mkdirSync(html);
  writeFileSync(join(html, 'index.html'), `<!DOCTYPE html><title>${name}</title><h1>${name} ${version} docs</h1>`);
  const zip = join(dir, `${name.replace(/-/g, '_')}-${version}.doc.zip`);
  await writeDocsZip(html, zip, 1_700_000_000);
  const docs = sha256Of(zip);
  const manifest: ReleaseManifest = {
    schema: 1,
    name,
    version,
    kind: 'final',
    source: { commit: 'c0ffee0123456789c0ffee0123456789c0ffee01', tag: `v${version}`, distance: 0, dirty: false },
    files: files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256, path: f.path })),
    docs: { status: 'built', builder: 'sphinx', filename: zip.split('/').pop() ?? '', ...docs, path: zip, ms: 1 },
    inspection: { findings: [{ rule: 'W002', severity: 'warning', file: `${name}.whl`, message: HOSTILE }] },
    stores: [],
    tests: [{ python: '3.11', os: 'Linux', passed: 4, failed: 0, errors: 0, skipped: 1, index: 'unstable', at: 'now' }],
    promotions: [],
  };
  const path = join(dir, 'wheelwright-manifest.json');
  writeFileSync(path, JSON.stringify(manifest));
  return { dir, manifest: path };
}

describe('docs, records and the board in the embedded file store', () => {
  it('publish unpacks the docs under the release, records it, and writes the board beside the indexes', async () => {
    const store = mkdtempSync(join(tmpdir(), 'ww-board-store-'));
    const { manifest } = await buildOutput('board-demo', '1.2.0');
    const result = await publishRelease({ store: join(store, 'unstable'), manifest }, new MemoryLogger());
    const release = join(store, 'unstable', 'board-demo', '1.2.0');
    expect(readFileSync(join(release, '+doc', 'index.html'), 'utf8')).toContain('board-demo 1.2.0 docs');
    expect(result.extras?.docs).toMatchObject({ outcome: 'uploaded' });
    expect(fileURLToPath(result.extras?.docs?.url ?? '')).toBe(join(release, '+doc', 'index.html'));
    expect(JSON.parse(readFileSync(join(release, 'wheelwright-release.json'), 'utf8'))).toMatchObject({
      name: 'board-demo',
      version: '1.2.0',
      source: { tag: 'v1.2.0' },
      docs: { status: 'built' },
    });
    expect(result.extras?.board).toBe(join(store, 'index.html'));
    const board = readFileSync(join(store, 'index.html'), 'utf8');
    expect(board).toContain('href="unstable/board-demo/1.2.0/+doc/index.html"');
    expect(board).toContain('c0ffee012345');
    // Hostile text is shown as text: no element from a finding reaches the page.
    expect(board).not.toMatch(/<script|<img/i);
    expect(board).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The PEP 503 index is untouched by the extras: pip still sees exactly the two files.
    const page = readFileSync(join(store, 'unstable', 'board-demo', 'index.html'), 'utf8');
    expect(page.match(/<a /g)).toHaveLength(2);

    // A re-run skips what is there, docs included.
    const again = await publishRelease({ store: join(store, 'unstable'), manifest }, new MemoryLogger());
    expect(again.extras?.docs?.outcome).toBe('skipped');
  });

  it('promote carries the docs with the files; move takes them out of the source; the board follows', async () => {
    const store = mkdtempSync(join(tmpdir(), 'ww-board-store-'));
    const { manifest } = await buildOutput('board-demo', '2.0.0');
    await publishRelease({ store: join(store, 'unstable'), manifest }, new MemoryLogger());
    await promoteRelease({ manifest, from: join(store, 'unstable'), to: join(store, 'testing') }, new MemoryLogger());
    expect(existsSync(join(store, 'testing', 'board-demo', '2.0.0', '+doc', 'index.html'))).toBe(true);
    let board = readFileSync(join(store, 'index.html'), 'utf8');
    expect(board).toContain('href="testing/board-demo/index.html"');
    expect(board).toContain('href="unstable/board-demo/index.html"');

    await promoteRelease({ manifest, from: join(store, 'testing'), to: join(store, 'stable'), mode: 'move' }, new MemoryLogger());
    expect(existsSync(join(store, 'stable', 'board-demo', '2.0.0', '+doc', 'index.html'))).toBe(true);
    expect(existsSync(join(store, 'testing', 'board-demo', '2.0.0'))).toBe(false);
    board = readFileSync(join(store, 'index.html'), 'utf8');
    expect(board).toContain('href="stable/board-demo/2.0.0/+doc/index.html"');
    expect(board).not.toContain('href="testing/board-demo/index.html"');
  });

  it('a docs zip altered since the build refuses the promotion before anything is written', async () => {
    const store = mkdtempSync(join(tmpdir(), 'ww-board-store-'));
    const { manifest } = await buildOutput('board-demo', '3.0.0');
    await publishRelease({ store: join(store, 'unstable'), manifest }, new MemoryLogger());
    const recorded = JSON.parse(readFileSync(manifest, 'utf8')) as ReleaseManifest;
    writeFileSync(recorded.docs?.path ?? '', 'not the docs that were built');
    await expect(
      promoteRelease({ manifest, from: join(store, 'unstable'), to: join(store, 'testing') }, new MemoryLogger()),
    ).rejects.toThrow(/docs zip .* changed since the build recorded it/);
    expect(existsSync(join(store, 'testing'))).toBe(false);
  });

  it('writes no board into a folder that is not a store (a file index inside a project)', async () => {
    const project = mkdtempSync(join(tmpdir(), 'ww-board-project-'));
    writeFileSync(join(project, 'README.md'), '# mine');
    const { manifest } = await buildOutput('board-demo', '4.0.0');
    const result = await publishRelease({ store: join(project, 'index'), manifest }, new MemoryLogger());
    expect(result.extras?.board).toBeUndefined();
    expect(existsSync(join(project, 'index.html'))).toBe(false);
    expect(existsSync(join(project, 'index', 'board-demo', '4.0.0', '+doc', 'index.html'))).toBe(true);
  });
});
