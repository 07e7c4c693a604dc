/**
 * Credentials bound to their origin, in the one HTTP client: every kind (Basic, bearer, X-Devpi-Auth) is
 * sent to its own origin only, dropped on a redirect that leaves it (and not restored when the chain comes
 * back), never taken from a Location, refused when passed as a plain header; files an index links on
 * another origin are fetched without credentials. A second origin on 127.0.0.2 records every request and
 * must have received no credential of any kind.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  basicCredentials,
  bearerCredentials,
  belongsToOrigin,
  type Credentials,
  download,
  headerCredentials,
  redirectTarget,
  request,
} from '@wheelwright/core/http';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { credentialLeaks, type HostileServer, startHostileServer, startSecondOrigin } from '../support/hostile-server';
import { type IndexServer, startIndexServer } from '../support/index-server';
import { makeWheel } from '../support/index-server/artefacts';

const PASSWORD = 'pa/ss@w:rd%41';

describe('origins', () => {
  it.each([
    ['http://127.0.0.1:8080/simple/', 'http://127.0.0.1:8080/packages/x.whl', true],
    ['HTTP://LOCALHOST:8080/', 'http://localhost:8080/x', true],
    ['https://pypi.example/', 'https://pypi.example:443/x', true],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8081/', false],
    ['http://127.0.0.1:8080/', 'https://127.0.0.1:8080/', false],
    ['https://pypi.example/', 'http://pypi.example/', false],
    ['http://127.0.0.1:8080/', 'http://localhost:8080/', false],
    ['https://pypi.example/', 'https://files.pypi.example/', false],
    ['https://pypi.example/', 'https://pypi.example.evil.test/', false],
  ])('credentials for %s go to %s: %s', (given, requested, same) => {
    expect(belongsToOrigin(basicCredentials(given, 'ci', PASSWORD), new URL(requested))).toBe(same);
  });

  it('binds to every origin given (index and upload URL), and to none for file: URLs', () => {
    const credentials = basicCredentials(
      ['https://pypi.example/simple/', 'https://upload.pypi.example/legacy/', 'file:///tmp/x'],
      'ci',
      PASSWORD,
    );
    expect(credentials.origins).toEqual(['https://pypi.example', 'https://upload.pypi.example']);
  });

  it.each([
    ['https://a.test/x', 'http://a.test/y', /from https to http/],
    ['https://a.test/x', 'HTTP://b.test/y', /from https to http/],
    ['https://a.test/x', 'file:///etc/passwd', /file: URL/],
    ['https://a.test/x', 'ftp://a.test/y', /ftp: URL/],
  ])('a redirect from %s to %s is refused', (from, location, message) => {
    expect(() => redirectTarget(new URL(from), location, 'reading x')).toThrow(message);
  });

  it('never takes userinfo from a Location, and never prints it', () => {
    expect(redirectTarget(new URL('http://a.test/'), 'http://evil:chosen@b.test/x', 'GET').href).toBe('http://b.test/x');
    try {
      redirectTarget(new URL('https://a.test/'), 'http://evil:chosen@b.test/x', 'GET');
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain('chosen');
    }
  });

  it.each([['Authorization'], ['authorization'], ['X-Devpi-Auth'], ['Cookie'], ['Proxy-Authorization'], ['Private-Token'], ['X-Api-Key']])(
    'refuses the credential header %s outside auth',
    async (name) => {
      await expect(request('http://127.0.0.1:9/', { headers: { [name]: 'x' }, retries: 0 })).rejects.toThrow(/outside 'auth'/);
    },
  );
});

describe('credentials never leave their origin', () => {
  let index: IndexServer;
  let front: HostileServer;
  let second: HostileServer;
  let otherPort: HostileServer;
  const kinds: [string, () => Credentials, string[]][] = [];

  beforeAll(async () => {
    index = await startIndexServer({ flavour: 'pypiserver', users: { ci: PASSWORD } });
    front = await startHostileServer({ upstream: index.origin });
    second = await startSecondOrigin(index.origin);
    otherPort = await startHostileServer({ upstream: index.origin });
    kinds.push(
      ['Basic', () => basicCredentials(front.origin, 'ci', PASSWORD), [PASSWORD]],
      ['Bearer', () => bearerCredentials(front.origin, 'oidc-request-token-1'), ['oidc-request-token-1']],
      [
        'X-Devpi-Auth',
        () => headerCredentials(front.origin, { 'X-Devpi-Auth': Buffer.from('ci:devpi-token-1').toString('base64') }, ['devpi-token-1']),
        ['devpi-token-1'],
      ],
    );
  });
  afterEach(() => {
    front.switches.redirects.length = 0;
    second.switches.redirects.length = 0;
    front.requests.length = 0;
    second.requests.length = 0;
    otherPort.requests.length = 0;
  });
  afterAll(async () => {
    await Promise.all([front.stop(), second.stop(), otherPort.stop()]);
    await index.stop();
  });

  const each = (name: string, body: (credentials: Credentials, secrets: string[]) => Promise<void>) =>
    it.each(['Basic', 'Bearer', 'X-Devpi-Auth'])(`${name} (%s)`, async (kind) => {
      const [, make, secrets] = kinds.find(([k]) => k === kind) ?? [];
      if (!make || !secrets) throw new Error(kind);
      await body(make(), secrets);
    });

  each('are sent to their own origin', async (credentials) => {
    const answer = await request(front.url('/simple/'), { auth: credentials });
    expect(answer.status).toBe(200);
    expect(credentialLeaks(front.requests).length).toBeGreaterThan(0);
    expect(answer.credentialsDropped).toBe(false);
  });

  each('are dropped on a redirect to another host', async (credentials, secrets) => {
    front.switches.redirects.push({ match: '/simple/', location: `${second.origin}simple/` });
    const answer = await request(front.url('/simple/'), { auth: credentials });
    expect(answer.status).toBe(200);
    expect(answer.url).toBe(`${second.origin}simple/`);
    expect(answer.credentialsDropped).toBe(true);
    expect(second.requests).toHaveLength(1);
    expect(credentialLeaks(second.requests, secrets)).toEqual([]);
  });

  each('are dropped on a redirect to another port of the same host', async (credentials, secrets) => {
    front.switches.redirects.push({ match: '/simple/', location: `${otherPort.origin}simple/`, status: 301 });
    await request(front.url('/simple/'), { auth: credentials });
    expect(otherPort.requests).toHaveLength(1);
    expect(credentialLeaks(otherPort.requests, secrets)).toEqual([]);
  });

  each('stay dropped when the chain comes back to their origin', async (credentials, secrets) => {
    front.switches.redirects.push({ match: '/simple/', location: `${second.origin}bounce`, times: 1 });
    second.switches.redirects.push({
      match: '/bounce',
      location: `${front.origin.toUpperCase().replace('HTTP://', 'http://')}simple/`,
      status: 307,
    });
    const answer = await request(front.url('/simple/'), { auth: credentials });
    expect(answer.status).toBe(200);
    expect(answer.url).toBe(front.url('/simple/'));
    expect(front.requests).toHaveLength(2);
    expect(credentialLeaks(front.requests.slice(1), secrets)).toEqual([]);
    expect(credentialLeaks(second.requests, secrets)).toEqual([]);
  });

  each('are not replaced by userinfo a Location names', async (credentials, secrets) => {
    front.switches.redirects.push({ match: '/simple/', location: `http://evil:chosen@${new URL(second.origin).host}/simple/` });
    await request(front.url('/simple/'), { auth: credentials });
    expect(credentialLeaks(second.requests, [...secrets, 'chosen'])).toEqual([]);
  });

  each('survive a redirect within their origin', async (credentials) => {
    front.switches.redirects.push({ match: '/simple/', location: '/simple/?page=2', times: 1 });
    await request(front.url('/simple/'), { auth: credentials });
    expect(front.requests).toHaveLength(2);
    expect(credentialLeaks(front.requests.slice(1)).length).toBeGreaterThan(0);
  });

  it('an upload answered with a redirect is not followed anywhere', async () => {
    front.switches.redirects.push({ match: '/', location: `${second.origin}upload`, status: 307 });
    const body = Buffer.from('form');
    const answer = await request(front.url('/'), {
      method: 'POST',
      auth: basicCredentials(front.origin, 'ci', PASSWORD),
      body: () => ({ stream: Readable.from([body]), length: body.length }),
    });
    expect(answer.status).toBe(307);
    expect(second.requests).toEqual([]);
  });

  it('credentials in the target URL are bound to that URL', async () => {
    const userinfo = `ci:${encodeURIComponent(PASSWORD)}@`;
    front.switches.redirects.push({ match: '/simple/', location: `${second.origin}simple/` });
    const answer = await request(front.url('/simple/').replace('://', `://${userinfo}`));
    expect(answer.status).toBe(200);
    expect(front.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from(`ci:${PASSWORD}`).toString('base64')}`);
    expect(credentialLeaks(second.requests, [PASSWORD])).toEqual([]);
  });

  it('a download from another origin goes without credentials', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-http-sec-'));
    try {
      front.switches.redirects.push({ match: '/packages/', location: (url) => `${second.origin}${url.pathname.slice(1)}` });
      const answer = await download(front.url('/packages/none.whl'), join(dir, 'x'), {
        auth: basicCredentials(front.origin, 'ci', PASSWORD),
      });
      expect(answer.status).toBe(404);
      expect(second.requests).toHaveLength(1);
      expect(credentialLeaks(second.requests, [PASSWORD])).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('files an index links on another origin', () => {
  it.each(['pypiserver', 'devpi'] as const)('are downloaded without credentials (%s store)', async (flavour) => {
    const index = await startIndexServer({
      flavour,
      users: { ci: PASSWORD },
      ...(flavour === 'devpi' ? { indexes: [{ name: 'ci/unstable', volatile: true }] } : {}),
    });
    const front = await startHostileServer({ upstream: index.origin });
    const second = await startSecondOrigin(index.origin);
    const dir = mkdtempSync(join(tmpdir(), 'ww-http-sec-'));
    try {
      const wheel = await makeWheel({ name: 'linked-elsewhere', version: '1.0' });
      const url = flavour === 'devpi' ? front.url('/ci/unstable/') : front.url('/simple/');
      const store = await openStore({ url, username: 'ci', password: PASSWORD });
      expect(await store.upload(await readLocalArtefact(wheel.path))).toBe('uploaded');
      front.switches.linkFilesTo = second;
      const [file] = await store.listFiles('linked-elsewhere');
      if (!file) throw new Error('the index lists no file');
      expect(file.url.startsWith(second.origin)).toBe(true);
      await store.download(file, join(dir, file.filename));
      expect(
        createHash('sha256')
          .update(readFileSync(join(dir, file.filename)))
          .digest('hex'),
      ).toBe(wheel.sha256);
      expect(second.requests.length).toBeGreaterThan(0);
      expect(credentialLeaks(second.requests, [PASSWORD, ...index.issuedTokens()])).toEqual([]);
      // The store's own origin did get them: the test would notice a client that sends nothing at all.
      expect(credentialLeaks(front.requests).length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await Promise.all([front.stop(), second.stop()]);
      await index.stop();
    }
  });
});
