/**
 * The hostile index itself: each switch does what the tests that use it rely on, checked with plain
 * `fetch` (not our client) against the test index behind it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialLeaks, type HostileServer, startHostileServer, startSecondOrigin } from '../support/hostile-server';
import { type IndexServer, startIndexServer } from '../support/index-server';
import { type MadeArtefact, makeWheel } from '../support/index-server/artefacts';

describe('hostile index server', () => {
  let index: IndexServer;
  let front: HostileServer;
  let second: HostileServer;
  let wheel: MadeArtefact;
  let bytes: Buffer;

  beforeAll(async () => {
    wheel = await makeWheel({ name: 'hostile-probe', version: '1.0' });
    bytes = readFileSync(wheel.path);
    index = await startIndexServer({ flavour: 'pypiserver' });
    front = await startHostileServer({ upstream: index.origin });
    second = await startSecondOrigin(index.origin);
    const store = await openStore({ url: front.url('/simple/'), username: 'alice', password: 'secret' });
    await store.upload(await readLocalArtefact(wheel.path));
  });
  afterAll(async () => {
    await front.stop();
    await second.stop();
    await index.stop();
  });

  const page = async (accept = 'text/html') => (await fetch(front.url('/simple/hostile-probe/'), { headers: { Accept: accept } })).text();

  it('forwards to the index and records every request with its headers', async () => {
    expect(await page()).toContain(wheel.filename);
    expect(front.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(second.origin).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/);
    expect(front.requests.some((r) => r.method === 'POST' && r.headers.authorization?.startsWith('Basic '))).toBe(true);
    expect(credentialLeaks(front.requests, ['secret']).length).toBeGreaterThan(0);
  });

  it('links files on the second origin, renamed, with md5 only, and both origins serve them', async () => {
    front.switches.linkFilesTo = second;
    front.switches.renameLinks = (f) => `../../${f}`;
    front.switches.hashes = 'md5-only';
    try {
      const html = await page();
      const href = /href="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(href.startsWith(second.origin)).toBe(true);
      expect(href).toContain(`..%2F..%2F${wheel.filename}#md5=${createHash('md5').update(bytes).digest('hex')}`);
      expect(href).not.toContain('sha256');
      const served = Buffer.from(await (await fetch(href.split('#')[0] ?? '')).arrayBuffer());
      expect(served.equals(bytes)).toBe(true);
      expect(second.requests.at(-1)?.url).toContain('..%2F..%2F');
    } finally {
      front.switches.linkFilesTo = undefined;
      front.switches.renameLinks = undefined;
      front.switches.hashes = undefined;
    }
  });

  it('redirects by rule, a limited number of times', async () => {
    front.switches.redirects.push({ match: '/simple/', location: `${second.origin}simple/`, times: 1 });
    const first = await fetch(front.url('/simple/'), { redirect: 'manual' });
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe(`${second.origin}simple/`);
    expect((await fetch(front.url('/simple/'), { redirect: 'manual' })).status).toBe(200);
    front.switches.redirects.length = 0;
  });

  it('answers HTML where JSON is asked for', async () => {
    front.switches.htmlWhereJson = '/';
    const answer = await fetch(front.url('/simple/hostile-probe/'), { headers: { Accept: 'application/json' } });
    expect(answer.headers.get('content-type')).toContain('text/html');
    expect(await answer.text()).toContain('Sign in');
    front.switches.htmlWhereJson = undefined;
  });

  it('cuts the connection after the index stored an upload, after running afterUpload', async () => {
    const other = await makeWheel({ name: 'hostile-cut', version: '1.0' });
    front.switches.cutAfterStoring = 1;
    const seen: string[] = [];
    front.switches.afterUpload = async (filename) => {
      seen.push(filename);
    };
    const store = await openStore({ url: front.url('/simple/'), username: 'alice', password: 'secret', retries: 0 });
    await expect(store.upload(await readLocalArtefact(other.path))).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(index.files().map((f) => f.filename)).toContain(other.filename);
    expect(seen).toEqual([other.filename]);
    front.switches.afterUpload = undefined;
  });
});

describe('hostile devpi front', () => {
  it('rewrites devpi JSON views: links on another origin, md5 only', async () => {
    const index = await startIndexServer({ flavour: 'devpi' });
    const front = await startHostileServer({ upstream: index.origin });
    const second = await startSecondOrigin(index.origin);
    try {
      const wheel = await makeWheel({ name: 'devpi-probe', version: '1.0' });
      const store = await openStore({ url: front.url('/alice/unstable/'), username: 'alice', password: 'secret' });
      await store.upload(await readLocalArtefact(wheel.path));
      front.switches.linkFilesTo = second;
      front.switches.hashes = 'md5-only';
      const view = (await (
        await fetch(front.url('/alice/unstable/devpi-probe?ignore_bases'), { headers: { Accept: 'application/json' } })
      ).json()) as {
        result: Record<string, { '+links': { href: string; hashes: Record<string, string> }[] }>;
      };
      const link = view.result['1.0']?.['+links'][0];
      expect(link?.href.startsWith(second.origin)).toBe(true);
      expect(Object.keys(link?.hashes ?? {})).toEqual(['md5']);
      const pep691 = (await (
        await fetch(front.url('/alice/unstable/+simple/devpi-probe/'), { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } })
      ).json()) as { files: { url: string; hashes: Record<string, string> }[] };
      expect(pep691.files[0]?.url.startsWith(second.origin)).toBe(true);
      expect(Object.keys(pep691.files[0]?.hashes ?? {})).toEqual(['md5']);
    } finally {
      await front.stop();
      await second.stop();
      await index.stop();
    }
  });
});
