/**
 * Credentials bound to their origin, proved through the bundles as the runner runs them: publish, promote
 * (download-and-upload path) and clean-env-test against a hostile front of the test index that redirects
 * to, or links its files on, a second origin (127.0.0.2) which records every request; that origin must
 * receive no credential of any kind — no Authorization, no X-Devpi-Auth, no cookie, no token in the URL.
 * And an https store that redirects to http is refused before anything is sent there.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { credentialLeaks, type HostileServer, startHostileServer, startSecondOrigin } from '../support/hostile-server';
import { type IndexServer, type IndexServerOptions, startIndexServer } from '../support/index-server';
import { makeWheel } from '../support/index-server/artefacts';
import { cleanPythonEnv, UPSTREAM_INDEX } from '../support/python';
import { expectNoSecret, passwordForms } from '../support/secret-lines';
import { workspaceWith } from './stores-support';

/** Every character a URL treats specially. */
const PASSWORD = 'p/ss@w:rd%2F!';
const started: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop()));
});

async function index(options: IndexServerOptions): Promise<IndexServer> {
  const server = await startIndexServer({ users: { ci: PASSWORD }, ...options });
  started.push(server);
  return server;
}
async function hostile(upstream: string, tls = false): Promise<{ front: HostileServer; second: HostileServer }> {
  const front = await startHostileServer({ upstream, tls });
  const second = await startSecondOrigin(upstream);
  started.push(front, second);
  return { front, second };
}

const forms = (password: string) => passwordForms('ci', password);

describe('publish bundle', () => {
  it('a project page redirected to another origin is read there without credentials (pypiserver, Basic)', async () => {
    const server = await index({ flavour: 'pypiserver' });
    const { front, second } = await hostile(server.origin);
    // Every read of the project page goes to the second origin; uploads stay on the store.
    front.switches.redirects.push({ match: /^\/simple\/[^/]+\/$/, location: (url) => `${second.origin}${url.pathname.slice(1)}` });
    const wheel = await makeWheel({ name: 'redirected-page', version: '1.0' });
    const run = await runAction('publish', {
      workspace: workspaceWith([wheel]),
      inputs: { store: front.url('/simple/'), username: 'ci', password: PASSWORD },
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(server.files().map((f) => f.filename)).toEqual([wheel.filename]);
    expect(second.requests.length).toBeGreaterThanOrEqual(2);
    expect(credentialLeaks(second.requests, [PASSWORD])).toEqual([]);
    expect(front.requests.some((r) => r.method === 'POST' && r.headers.authorization)).toBe(true);
    expect(run.masks).toContain(PASSWORD);
    expectNoSecret(run, forms(PASSWORD));
  });

  it('devpi: X-Devpi-Auth never follows a JSON view redirected to another origin', async () => {
    const server = await index({ flavour: 'devpi', indexes: [{ name: 'ci/unstable', volatile: true }] });
    const { front, second } = await hostile(server.origin);
    front.switches.redirects.push({ match: /\?ignore_bases$/, location: (url) => `${second.origin}${url.pathname.slice(1)}${url.search}` });
    const wheel = await makeWheel({ name: 'redirected-view', version: '1.0' });
    const run = await runAction('publish', {
      workspace: workspaceWith([wheel]),
      inputs: { store: front.url('/ci/unstable/'), username: 'ci', password: PASSWORD },
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(second.requests.length).toBeGreaterThanOrEqual(2);
    expect(server.issuedTokens().length).toBeGreaterThan(0);
    expect(credentialLeaks(second.requests, [PASSWORD, ...server.issuedTokens()])).toEqual([]);
    // The token did reach devpi itself: the uploads went with it.
    expect(front.requests.some((r) => r.method === 'POST' && r.headers['x-devpi-auth'])).toBe(true);
    expectNoSecret(run, [...forms(PASSWORD), ...server.issuedTokens()]);
  });

  it('an https store redirecting to http is refused, and nothing reaches the http origin', async () => {
    const server = await index({ flavour: 'pypiserver' });
    const { front, second } = await hostile(server.origin, true);
    front.switches.redirects.push({ match: '/simple/', location: (url) => `${second.origin}${url.pathname.slice(1)}` });
    const run = await runAction('publish', {
      workspace: workspaceWith([await makeWheel({ name: 'downgraded', version: '1.0' })]),
      inputs: { store: front.url('/simple/'), username: 'ci', password: PASSWORD },
      env: { NODE_EXTRA_CA_CERTS: front.caFile ?? '' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toMatch(/redirected from https to http:\/\/127\.0\.0\.2:\d+\/simple\/downgraded\/; refused/);
    expect(second.requests).toEqual([]);
    expect(server.files()).toEqual([]);
    expectNoSecret(run, forms(PASSWORD));
  });
});

describe('promote bundle (download and upload)', () => {
  it.each(['pypiserver', 'devpi'] as const)(
    'files the %s source links on another origin are fetched there without credentials',
    async (flavour) => {
      const source = await index({ flavour, ...(flavour === 'devpi' ? { indexes: [{ name: 'ci/stable', volatile: false }] } : {}) });
      const target = await index({ flavour: 'pypiserver' });
      const { front, second } = await hostile(source.origin);
      const from = flavour === 'devpi' ? front.url('/ci/stable/') : front.url('/simple/');
      const wheel = await makeWheel({ name: 'linked-release', version: '2.0.0' });
      await (await openStore({ url: from, username: 'ci', password: PASSWORD })).upload(await readLocalArtefact(wheel.path));
      front.switches.linkFilesTo = second;
      const to = `http://ci:${encodeURIComponent(PASSWORD)}@${new URL(target.origin).host}/simple/`;
      const run = await runAction('promote', {
        inputs: {
          package: 'linked-release',
          version: '2.0.0',
          from,
          to,
          'to-channel': 'stable',
          'from-username': 'ci',
          'from-password': PASSWORD,
        },
      });
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(target.files().map((f) => f.sha256)).toEqual([wheel.sha256]);
      expect(second.requests.some((r) => r.url.endsWith(wheel.filename))).toBe(true);
      expect(credentialLeaks(second.requests, [PASSWORD, ...source.issuedTokens()])).toEqual([]);
      // Credentials inside the `to` URL are masked in every form, by core, before anything runs.
      for (const form of [PASSWORD, encodeURIComponent(PASSWORD)]) expect(run.masks).toContain(form);
      expectNoSecret(run, [...forms(PASSWORD), ...source.issuedTokens()]);
    },
  );
});

describe('clean-env-test bundle', () => {
  it('downloads a release the index links on another origin without credentials, and tests it', async () => {
    const server = await index({ flavour: 'pypiserver' });
    const { front, second } = await hostile(server.origin);
    const wheel = await makeWheel({ name: 'linked-tested', version: '1.0' });
    await (await openStore({ url: front.url('/simple/'), username: 'ci', password: PASSWORD })).upload(await readLocalArtefact(wheel.path));
    front.switches.linkFilesTo = second;
    front.requests.length = 0;
    const workspace = mkdtempSync(join(tmpdir(), 'ww-http-clean-env-'));
    mkdirSync(join(workspace, 'tests'));
    writeFileSync(
      join(workspace, 'tests', 'test_it.py'),
      'import linked_tested\n\n\ndef test_version():\n    assert linked_tested.VERSION == "1.0"\n',
    );
    const run = await runAction('clean-env-test', {
      workspace,
      inputs: {
        package: 'linked-tested',
        version: '1.0',
        'index-url': front.url('/simple/').replace('://', `://ci:${encodeURIComponent(PASSWORD)}@`),
        'extra-index-url': UPSTREAM_INDEX,
      },
      env: cleanPythonEnv({ PYTHONDONTWRITEBYTECODE: '1' }),
      timeoutMs: 180_000,
    });
    expect(run.errors, run.stdout).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('1');
    expect(second.requests.some((r) => r.url.endsWith(wheel.filename))).toBe(true);
    expect(credentialLeaks(second.requests, [PASSWORD])).toEqual([]);
    expect(credentialLeaks(front.requests).length).toBeGreaterThan(0);
    expectNoSecret(run, forms(PASSWORD));
  }, 180_000);
});
