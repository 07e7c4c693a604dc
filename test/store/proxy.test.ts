/**
 * Proxies from the environment: a forward proxy for http targets, a CONNECT tunnel for https ones (TLS
 * end to end, checked through the publish bundle against a TLS front of the test store, trusted through
 * NODE_EXTRA_CA_CERTS), NO_PROXY, and loopback that never goes through a proxy. The store is reached as
 * `store.test`, a name only the test proxy resolves (to 127.0.0.1), since loopback addresses bypass proxies.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { type AddressInfo, connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bypassesProxy, isLoopback, proxyFor } from '../../packages/core/src/http/proxy';
import { runAction } from '../support/action-harness';
import { testCertificate } from '../support/hostile-server';
import { type IndexServer, startIndexServer } from '../support/index-server';
import { makeWheel } from '../support/index-server/artefacts';

describe('proxy settings', () => {
  it.each([
    ['http://127.0.0.1:8080/simple/', '127.0.0.1', true],
    ['http://127.0.0.1:8080/simple/', '127.0.0.1:9090', false],
    ['https://nexus.corp.example/repo/', '.corp.example', true],
    ['https://nexus.corp.example/repo/', 'corp.example', true],
    ['https://notcorp.example/repo/', 'corp.example', false],
    ['https://pypi.org/simple/', '*', true],
    ['https://pypi.org/simple/', 'localhost, 127.0.0.1', false],
  ])('%s with NO_PROXY=%s bypasses: %s', (url, noProxy, bypass) => expect(bypassesProxy(new URL(url), noProxy)).toBe(bypass));

  it.each([
    ['http://127.0.0.1:8080/', true],
    ['http://127.9.8.7/', true],
    ['http://127.1/', true],
    ['http://2130706433/', true],
    ['http://LOCALHOST./', true],
    ['https://pkg.localhost/', true],
    ['http://[::1]:3141/', true],
    ['http://[::ffff:127.0.0.1]/', true],
    ['http://128.0.0.1/', false],
    ['http://localhost.example.com/', false],
    ['http://[::2]/', false],
  ])('%s is loopback: %s', (url, loopback) => {
    expect(isLoopback(new URL(url))).toBe(loopback);
    // Loopback bypasses even a proxy with an empty NO_PROXY; everything else goes through it.
    expect(
      proxyFor(new URL(url), { http_proxy: 'http://proxy.example:3128', https_proxy: 'http://proxy.example:3128', no_proxy: '' }) ===
        undefined,
    ).toBe(loopback);
  });

  it('reads lower case first, per scheme', () => {
    const env = { https_proxy: 'http://a:3128', HTTPS_PROXY: 'http://b:3128', HTTP_PROXY: 'c:8080' };
    expect(proxyFor(new URL('https://x/'), env)?.host).toBe('a:3128');
    expect(proxyFor(new URL('http://x/'), env)?.href).toBe('http://c:8080/');
    expect(proxyFor(new URL('http://x/'), { ...env, NO_PROXY: 'x' })).toBeUndefined();
  });
});

/** `store.test` is 127.0.0.1 for the proxy only: the client must go through it to get there. */
function resolveTestName(host: string): string {
  return host === 'store.test' ? '127.0.0.1' : host;
}

/** A proxy that forwards absolute-URI requests and opens CONNECT tunnels, recording what it was asked. */
async function startProxy(): Promise<{ url: string; seen: string[]; server: Server }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '');
    target.hostname = resolveTestName(target.hostname);
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  server.on('connect', (req, socket, head) => {
    seen.push(`CONNECT ${req.url}`);
    const [host = '', port = ''] = (req.url ?? '').split(':');
    const upstream = netConnect(Number(port), resolveTestName(host), () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

describe('through a proxy', () => {
  let store: IndexServer;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  beforeAll(async () => {
    store = await startIndexServer({ flavour: 'pypiserver' });
    proxy = await startProxy();
  });
  afterAll(async () => {
    await store.stop();
    proxy.server.closeAllConnections();
    proxy.server.close();
  });

  it('sends http requests to HTTP_PROXY with the absolute URL', async () => {
    process.env.HTTP_PROXY = proxy.url;
    process.env.NO_PROXY = '';
    try {
      const viaName = (url: string) => url.replace('//127.0.0.1:', '//store.test:');
      const opened = await openStore({ url: viaName(store.url), username: 'alice', password: 'secret' });
      const wheel = await readLocalArtefact((await makeWheel({ name: 'proxied', version: '1.0' })).path);
      expect(await opened.upload(wheel)).toBe('uploaded');
      expect(proxy.seen).toContain(`POST ${viaName(store.uploadUrl)}`);
      expect(proxy.seen).toContain(`GET ${viaName(store.url)}proxied/`);
      // The same store by its loopback address: straight there, the proxy never asked.
      const before = proxy.seen.length;
      expect(await (await openStore({ url: store.url, username: 'alice', password: 'secret' })).listFiles('proxied')).toHaveLength(1);
      expect(proxy.seen.length).toBe(before);
    } finally {
      delete process.env.HTTP_PROXY;
      delete process.env.NO_PROXY;
    }
  });

  it('tunnels https through CONNECT, TLS end to end (publish bundle, self-signed CA trusted via NODE_EXTRA_CA_CERTS)', async () => {
    const tls = testCertificate();
    // A TLS front for the test store: decrypts and forwards to it.
    const front = createTlsServer({ key: tls.key, cert: tls.cert }, (req, res) => {
      const upstream = httpRequest(new URL(req.url ?? '/', store.origin), { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    const httpsUrl = `https://store.test:${(front.address() as AddressInfo).port}/simple/`;
    try {
      const workspace = mkdtempSync(join(tmpdir(), 'ww-proxy-'));
      mkdirSync(join(workspace, 'dist'));
      const wheel = await makeWheel({ name: 'tunnelled', version: '1.0' });
      copyFileSync(wheel.path, join(workspace, 'dist', wheel.filename));
      const run = await runAction('publish', {
        workspace,
        inputs: { store: httpsUrl, username: 'alice', password: 'secret' },
        env: { HTTPS_PROXY: proxy.url, NO_PROXY: '', NODE_EXTRA_CA_CERTS: tls.caFile },
      });
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(proxy.seen).toContain(`CONNECT store.test:${(front.address() as AddressInfo).port}`);
      expect(store.files().map((f) => f.sha256)).toContain(wheel.sha256);
      expect(run.outputs['index-url']).toBe(httpsUrl);
    } finally {
      front.closeAllConnections();
      front.close();
    }
  });
});
