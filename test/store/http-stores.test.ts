import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger } from '@wheelwright/core/log';
import { openStore, readLocalArtefact, type Store } from '@wheelwright/core/store';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type IndexServer, startIndexServer } from '../support/index-server';
import { makeSdist, makeWheel, pipInstallAsync } from '../support/index-server/artefacts';

process.env.WHEELWRIGHT_HTTP_RETRY_BASE_MS = '5';

describe('upload-API store against the pypiserver flavour', () => {
  let server: IndexServer;
  let store: Store;
  const logger = new MemoryLogger();
  beforeAll(async () => {
    server = await startIndexServer({ flavour: 'pypiserver' });
    store = await openStore({ url: server.url, username: 'alice', password: 'secret' }, logger);
  });
  afterAll(() => server.stop());
  afterEach(() => server.faults.failAlways(0));

  it('is recognised from the simple URL: uploads at the root, can delete (remove_pkg)', () => {
    expect(store.kind).toBe('upload-api');
    expect(store.indexUrl).toBe(server.url);
    expect(store.uploadUrl).toBe(server.uploadUrl);
    expect(store.capabilities).toMatchObject({ delete: true, localVersions: true, push: false });
  });

  it('uploads with streaming multipart, lists what it holds (relative links), pip installs it', async () => {
    const wheel = await makeWheel({ name: 'Http.Demo', version: '1.0', requiresPython: '>=3.8' });
    const sdist = await makeSdist({ name: 'Http.Demo', version: '1.0' });
    expect(await store.upload(await readLocalArtefact(wheel.path))).toBe('uploaded');
    expect(await store.upload(await readLocalArtefact(sdist.path))).toBe('uploaded');
    const files = await store.listFiles('http-demo');
    expect(files.map((f) => [f.filename, f.sha256, f.version, f.requiresPython])).toEqual([
      [wheel.filename, wheel.sha256, '1.0', '>=3.8'],
      [sdist.filename, sdist.sha256, '1.0', undefined],
    ]);
    expect(files[0]?.url).toBe(`${server.origin}packages/${wheel.filename}`);
    expect(await store.listProjects()).toEqual(['http-demo']);
    expect((await pipInstallAsync(store.pipIndexArgs(), 'http-demo', 'http_demo')).version).toBe('1.0');
    const destination = join(mkdtempSync(join(tmpdir(), 'ww-dl-')), wheel.filename);
    await store.download(files[0] as (typeof files)[0], destination);
    expect(readFileSync(destination).length).toBe(wheel.size);
  });

  it('skips the identical file, refuses different bytes under the same name', async () => {
    const same = await makeWheel({ name: 'Http.Demo', version: '1.0', requiresPython: '>=3.8' });
    expect(await store.upload(await readLocalArtefact(same.path))).toBe('skipped');
    const changed = await makeWheel({ name: 'Http.Demo', version: '1.0', flavour: 'x' });
    await expect(store.upload(await readLocalArtefact(changed.path))).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/already exists in http:\/\/127\.0\.0\.1:\d+\/simple\/ with different content/),
    });
  });

  it('retries 503 (Retry-After), 502 and a connection cut mid-upload, then succeeds', async () => {
    const wheel = await readLocalArtefact((await makeWheel({ name: 'http-demo', version: '1.1', paddingBytes: 2_000_000 })).path);
    server.faults.failNext(1, 503, '0');
    server.faults.failNext(1, 502);
    server.faults.failNext(1, 429, '0');
    server.faults.failNext(1, 504);
    server.faults.dropNextUploads(1);
    expect(await store.upload(wheel)).toBe('uploaded');
    expect(logger.lines.filter((l) => /retrying/.test(l.message)).length).toBeGreaterThanOrEqual(5);
    expect(server.files().map((f) => f.filename)).toContain(wheel.filename);
  });

  it('fails after the retries on a permanent fault, naming the URL, nothing stored', async () => {
    const wheel = await readLocalArtefact((await makeWheel({ name: 'http-demo', version: '1.2' })).path);
    server.faults.failAlways(503);
    await expect(store.upload(wheel)).rejects.toThrow(/failed after 5 attempts: HTTP 503/);
    server.faults.failAlways(0);
    server.faults.failNextUploads(1, 500);
    await expect(store.upload(wheel)).rejects.toThrow(
      /upload of http_demo-1.2-py3-none-any.whl to http:\/\/127.0.0.1:\d+\/ failed: HTTP 500/,
    );
    expect(server.files().map((f) => f.filename)).not.toContain(wheel.filename);
  });

  it('gives up on a server that stays silent past the time-out, after the retries', async () => {
    const impatient = await openStore({ url: server.url, username: 'alice', password: 'secret', timeoutMs: 100, retries: 1 });
    server.faults.slowMs = 400;
    try {
      await expect(impatient.listFiles('http-demo')).rejects.toThrow(/failed after 2 attempts: ETIMEDOUT/);
    } finally {
      server.faults.slowMs = 0;
    }
  });

  it('refuses wrong credentials with an auth error that never shows the password; URL credentials work and are stripped', async () => {
    const wrong = await openStore({ url: server.url, username: 'alice', password: 'hunter2-wrong' });
    const wheel = await readLocalArtefact((await makeWheel({ name: 'http-demo', version: '1.3' })).path);
    const error = (await wrong.upload(wheel).catch((e: unknown) => e)) as Error & { code: string; hint: string };
    expect(error).toMatchObject({ code: 'auth', message: expect.stringMatching(/HTTP 403/) });
    expect(`${error.message} ${error.hint}`).not.toContain('hunter2');
    const embedded = await openStore({ url: server.url.replace('http://', 'http://alice:secret@') });
    expect(embedded.indexUrl).toBe(server.url);
    expect(await embedded.upload(wheel)).toBe('uploaded');
    expect(embedded.pipIndexArgs({ credentials: true })[1]).toContain('alice:secret@');
    const inUploadUrl = await openStore({ url: server.url, uploadUrl: server.uploadUrl.replace('http://', 'http://alice:secret@') });
    expect(inUploadUrl.uploadUrl).toBe(server.uploadUrl);
    expect(await inUploadUrl.upload(await readLocalArtefact((await makeWheel({ name: 'http-demo', version: '1.3.1' })).path))).toBe(
      'uploaded',
    );
    await expect(openStore({ url: server.url, uploadUrl: 'not a url' })).rejects.toThrow(
      /input 'upload-url' 'not a url' is not a valid URL/,
    );
  });

  it('a revoked credential (the server rejects every login) is an auth error, not retried', async () => {
    server.faults.rejectAuth = true;
    try {
      const wheel = await readLocalArtefact((await makeWheel({ name: 'http-demo', version: '1.4' })).path);
      const before = server.requests.length;
      await expect(store.upload(wheel)).rejects.toMatchObject({ code: 'auth', status: 403 });
      expect(server.requests.slice(before).filter((r) => r.method === 'POST')).toHaveLength(1);
    } finally {
      server.faults.rejectAuth = false;
    }
  });

  it('deletes a release with remove_pkg', async () => {
    await store.deleteRelease('http-demo', '1.3');
    expect((await store.listFiles('http-demo')).map((f) => f.version)).not.toContain('1.3');
  });
});

describe('devpi store against the devpi flavour', () => {
  let server: IndexServer;
  beforeAll(async () => {
    server = await startIndexServer({ flavour: 'devpi' });
  });
  afterAll(() => server.stop());

  it('recognises devpi by its header, logs in, uploads, reads JSON views, pushes, deletes where volatile', async () => {
    const unstable = await openStore({ url: server.url, username: 'alice', password: 'secret' });
    expect(unstable.kind).toBe('devpi');
    expect(unstable.indexUrl).toBe(server.simpleUrl('alice/unstable'));
    expect(unstable.capabilities).toMatchObject({ delete: true, push: true });
    expect(server.requests.some((r) => r.path === '/+login')).toBe(true);
    // After login the token travels in X-Devpi-Auth; the password is sent once, to /+login.
    expect(server.requests.filter((r) => r.auth === 'basic')).toEqual([]);
    const wheel = await readLocalArtefact((await makeWheel({ name: 'dev-pkg', version: '2.0rc1' })).path);
    expect(await unstable.upload(wheel)).toBe('uploaded');
    expect(await unstable.upload(wheel)).toBe('skipped');
    expect(server.requests.some((r) => r.auth === 'devpi-token' && r.method === 'POST' && r.path === '/alice/unstable/')).toBe(true);
    expect((await unstable.listFiles('dev-pkg')).map((f) => [f.filename, f.sha256])).toEqual([[wheel.filename, wheel.sha256]]);

    const testing = await openStore({ url: server.simpleUrl('alice/testing'), username: 'alice', password: 'secret' });
    expect(testing.kind).toBe('devpi');
    expect(testing.capabilities.delete).toBe(false);
    expect(await unstable.pushRelease?.('dev-pkg', '2.0rc1', 'alice/testing')).toEqual({ pushed: [wheel.filename], skipped: [] });
    // Pushing again would be a 409 on devpi; the store looks first and reports it as already there.
    expect(await unstable.pushRelease?.('dev-pkg', '2.0rc1', 'alice/testing')).toEqual({ pushed: [], skipped: [wheel.filename] });
    expect((await testing.listFiles('dev-pkg')).map((f) => f.sha256)).toEqual([wheel.sha256]);
    expect((await pipInstallAsync(testing.pipIndexArgs(), 'dev-pkg==2.0rc1', 'dev_pkg')).version).toBe('2.0rc1');

    await expect(testing.deleteRelease('dev-pkg', '2.0rc1')).rejects.toMatchObject({ code: 'policy' });
    await unstable.deleteRelease('dev-pkg', '2.0rc1');
    expect(await unstable.listFiles('dev-pkg')).toEqual([]);
  });

  it('a bad password fails at login, the password nowhere in the message', async () => {
    const error = await openStore({ url: server.url, username: 'alice', password: 'not-the-password' }).catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'auth' });
    expect(String((error as Error).message)).not.toContain('not-the-password');
  });
});

describe('PyPI recognition', () => {
  it('knows pypi.org and TestPyPI without a request, and refuses local versions up front', async () => {
    const pypi = await openStore({ url: 'https://pypi.org/simple/', password: 'pypi-AgEtoken' });
    expect([pypi.kind, pypi.indexUrl, pypi.uploadUrl]).toEqual(['pypi', 'https://pypi.org/simple/', 'https://upload.pypi.org/legacy/']);
    expect(pypi.capabilities).toMatchObject({ localVersions: false, delete: false, reuseFilenames: false });
    const test = await openStore({ url: 'https://test.pypi.org/legacy/' });
    expect([test.name, test.indexUrl, test.uploadUrl]).toEqual([
      'testpypi',
      'https://test.pypi.org/simple/',
      'https://test.pypi.org/legacy/',
    ]);
    const local = await readLocalArtefact((await makeWheel({ name: 'pkg', version: '1.0.dev3+g1234abc' })).path);
    await expect(pypi.upload(local)).rejects.toThrow(/local version 1.0.dev3\+g1234abc/);
    await expect(pypi.upload(local)).rejects.toMatchObject({ hint: expect.stringContaining('local-scheme: no-local-version') });
  });

  it('a self-hosted warehouse (kind pypi): PEP 691 JSON read back, a filename never reused', async () => {
    const server = await startIndexServer({ flavour: 'pypi' });
    try {
      const store = await openStore({
        url: server.url,
        uploadUrl: server.uploadUrl,
        kind: 'pypi',
        username: '__token__',
        password: 'pypi-token',
      });
      const wheel = await readLocalArtefact((await makeWheel({ name: 'pkg', version: '1.0' })).path);
      expect(await store.upload(wheel)).toBe('uploaded');
      expect((await store.listFiles('pkg'))[0]?.sha256).toBe(wheel.sha256);
      expect(server.requests.some((r) => r.path === '/simple/pkg/' && r.status === 200)).toBe(true);
      expect(await store.upload(wheel)).toBe('skipped');
    } finally {
      await server.stop();
    }
  });
});
