import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openStore, readLocalArtefact, type Store } from '@wheelwright/core/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeSdist, makeWheel, pipInstallAsync } from '../support/index-server/artefacts';

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

describe('file index store', () => {
  let root: string;
  let store: Store;
  beforeAll(async () => {
    root = join(tempDir('ww-index-'), 'unstable');
    store = await openStore({ url: root });
  });

  it('is opened from a folder or a file:// URL, named after its folder', async () => {
    expect(store.kind).toBe('file');
    expect(store.name).toBe('unstable');
    expect(store.indexUrl).toBe(`${pathToFileURL(root).href}/`);
    const again = await openStore({ url: pathToFileURL(root).href });
    expect(again.indexUrl).toBe(store.indexUrl);
    expect(store.capabilities).toMatchObject({ delete: true, localVersions: true });
    expect(await store.listFiles('nothing-here')).toEqual([]);
  });

  it('publishes wheels and sdists with hashes, requires-python and PEP 658 metadata; pip installs from it', async () => {
    const wheel = await makeWheel({ name: 'Demo.Pkg', version: '1.0.0', requiresPython: '>=3.8' });
    const sdist = await makeSdist({ name: 'Demo.Pkg', version: '1.0.0', requiresPython: '>=3.8' });
    expect(await store.upload(await readLocalArtefact(wheel.path))).toBe('uploaded');
    expect(await store.upload(await readLocalArtefact(sdist.path))).toBe('uploaded');

    const files = await store.listFiles('demo_pkg');
    expect(files.map((f) => [f.filename, f.sha256, f.version, f.requiresPython, f.hasMetadata])).toEqual([
      // Not advertised: the Name 'Demo.Pkg' is not in normal form and pip < 23.2 would discard the wheel.
      ['demo_pkg-1.0.0-py3-none-any.whl', wheel.sha256, '1.0.0', '>=3.8', false],
      ['demo_pkg-1.0.0.tar.gz', sdist.sha256, '1.0.0', '>=3.8', false],
    ]);
    expect(await store.listProjects()).toEqual(['demo-pkg']);
    const page = readFileSync(join(root, 'demo-pkg', 'index.html'), 'utf8');
    expect(page).toContain(`href="demo_pkg-1.0.0-py3-none-any.whl#sha256=${wheel.sha256}"`);
    expect(page).toContain('data-requires-python="&gt;=3.8"');
    expect(page).not.toContain('data-core-metadata');
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toContain('href="demo-pkg/"');
    expect(readFileSync(join(root, 'demo-pkg', 'demo_pkg-1.0.0-py3-none-any.whl.metadata'), 'utf8')).toMatch(
      /^Metadata-Version: 2.1\nName: Demo.Pkg/,
    );

    expect(await pipInstallAsync(store.pipIndexArgs(), 'Demo.Pkg==1.0.0', 'demo_pkg')).toEqual({ version: '1.0.0', flavour: '' });

    // A normal-form Name: the PEP 658/714 file is advertised and pip resolves from it.
    const plain = await makeWheel({ name: 'plain-pkg', version: '2.0' });
    expect(await store.upload(await readLocalArtefact(plain.path))).toBe('uploaded');
    const plainPage = readFileSync(join(root, 'plain-pkg', 'index.html'), 'utf8');
    const metadataHash = createHash('sha256')
      .update(readFileSync(join(root, 'plain-pkg', `${plain.filename}.metadata`)))
      .digest('hex');
    expect(plainPage).toContain(`data-dist-info-metadata="sha256=${metadataHash}" data-core-metadata="sha256=${metadataHash}"`);
    expect((await pipInstallAsync(store.pipIndexArgs(), 'plain-pkg', 'plain_pkg')).version).toBe('2.0');
    await store.deleteRelease('plain-pkg', '2.0');
  });

  it('skips an identical file and refuses a different one under the same name, never overwriting', async () => {
    const wheel = await makeWheel({ name: 'Demo.Pkg', version: '1.0.0', requiresPython: '>=3.8' });
    expect(await store.upload(await readLocalArtefact(wheel.path))).toBe('skipped');
    const changed = await makeWheel({ name: 'Demo.Pkg', version: '1.0.0', flavour: 'changed' });
    await expect(store.upload(await readLocalArtefact(changed.path))).rejects.toThrow(/already exists in file:.* with different content/);
    const [listed] = await store.listFiles('demo-pkg');
    expect(listed?.sha256).toBe(wheel.sha256);
  });

  it('serializes concurrent publishers: every file lands and every page lists them all', async () => {
    const dir = tempDir('ww-many-');
    const made = await Promise.all(Array.from({ length: 6 }, (_, i) => makeWheel({ name: 'many', version: `0.${i}` }, dir)));
    const stores = await Promise.all(made.map(() => openStore({ url: root })));
    const outcomes = await Promise.all(made.map(async (m, i) => stores[i]?.upload(await readLocalArtefact(m.path))));
    expect(outcomes).toEqual(made.map(() => 'uploaded'));
    expect((await store.listFiles('many')).map((f) => f.filename)).toEqual(made.map((m) => m.filename).sort());
    expect(await store.listProjects()).toEqual(['demo-pkg', 'many']);
  });

  it('repairs a page a crashed writer left stale (reporting the file uploaded), and keeps listed hashes so tampering is detected', async () => {
    const orphan = await makeWheel({ name: 'many', version: '0.9' });
    // A crash between rename and page write: the file is there, the page does not list it.
    renameSync(orphan.path, join(root, 'many', orphan.filename));
    expect((await store.listFiles('many')).some((f) => f.filename === orphan.filename)).toBe(false);
    // Nothing ever reported it: this run lists it, and says so.
    expect(await store.upload({ ...(await readLocalArtefact((await makeWheel({ name: 'many', version: '0.9' })).path)) })).toBe('uploaded');
    expect((await store.listFiles('many')).find((f) => f.filename === orphan.filename)?.sha256).toBe(orphan.sha256);

    const [first] = await store.listFiles('many');
    if (!first) throw new Error('no file');
    writeFileSync(join(root, 'many', first.filename), 'tampered');
    await expect(store.download(first, join(tempDir('ww-dl-'), first.filename))).rejects.toThrow(/does not match its listed hash/);
  });

  it('downloads with the hash checked and deletes a whole release', async () => {
    const files = await store.listFiles('demo-pkg');
    const destination = tempDir('ww-dl-');
    for (const file of files) await store.download(file, join(destination, file.filename));
    await store.deleteRelease('Demo_Pkg', '1.0.0');
    expect(await store.listFiles('demo-pkg')).toEqual([]);
    expect(await store.listProjects()).toEqual(['many']);
    await store.deleteRelease('demo-pkg', '1.0.0');
  });
});
