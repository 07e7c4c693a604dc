/**
 * The test store against real clients: Debian's twine uploads to it and pip installs from it, in every
 * flavour, so the double cannot drift from the protocol the store layer is written for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IndexServer, startIndexServer } from '../support/index-server';
import { makeSdist, makeWheel, pipInstallAsync, runTool } from '../support/index-server/artefacts';

function twine(args: string[]): Promise<{ status: number; output: string }> {
  return runTool('twine', ['upload', '--non-interactive', '--disable-progress-bar', ...args]);
}

describe.each(['pypiserver', 'devpi'] as const)('test index server (%s) with real twine and pip', (flavour) => {
  let server: IndexServer;
  beforeAll(async () => {
    server = await startIndexServer({ flavour });
  });
  afterAll(() => server.stop());
  // devpi: a non-volatile index, where a different file under the same name is a conflict (volatile ones replace it).
  const index = flavour === 'devpi' ? 'alice/testing' : undefined;
  const uploadTo = () => (index ? server.indexUrl(index) : server.uploadUrl);

  it('accepts twine uploads, lists hashes, serves pip', async () => {
    const wheel = await makeWheel({ name: 'twine-demo', version: '0.1.0', requiresPython: '>=3.7' });
    const sdist = await makeSdist({ name: 'twine-demo', version: '0.1.0' });
    const first = await twine(['--repository-url', uploadTo(), '-u', 'alice', '-p', 'secret', wheel.path, sdist.path]);
    expect(first.output).not.toMatch(/error/i);
    expect(first.status).toBe(0);
    expect(server.files(index).map((f) => [f.filename, f.sha256])).toEqual([
      [wheel.filename, wheel.sha256],
      [sdist.filename, sdist.sha256],
    ]);
    expect((await pipInstallAsync(['--index-url', server.simpleUrl(index)], 'Twine_Demo==0.1.0', 'twine_demo')).version).toBe('0.1.0');
  });

  it('answers a second upload of the same file as the real server does, and twine --skip-existing copes', async () => {
    const wheel = await makeWheel({ name: 'twine-demo', version: '0.1.0', requiresPython: '>=3.7' });
    const again = await twine(['--repository-url', uploadTo(), '-u', 'alice', '-p', 'secret', wheel.path]);
    if (flavour === 'devpi')
      expect(again.status).toBe(0); // devpi: 200 "identical file"
    else expect(again.output).toMatch(/409|Conflict/);
    const skip = await twine(['--repository-url', uploadTo(), '-u', 'alice', '-p', 'secret', '--skip-existing', wheel.path]);
    expect(skip.status).toBe(0);
    const changed = await makeWheel({ name: 'twine-demo', version: '0.1.0', flavour: 'other' });
    const conflict = await twine(['--repository-url', uploadTo(), '-u', 'alice', '-p', 'secret', changed.path]);
    expect(conflict.status).not.toBe(0);
    expect(conflict.output).toMatch(flavour === 'devpi' ? /409/ : /400|409/);
  });

  it('refuses bad credentials with the status the real server uses', async () => {
    const wheel = await makeWheel({ name: 'twine-demo', version: '0.2.0' });
    const wrong = await twine(['--repository-url', uploadTo(), '-u', 'alice', '-p', 'wrong', wheel.path]);
    expect(wrong.status).not.toBe(0);
    expect(wrong.output).toMatch(flavour === 'pypiserver' ? /403/ : /401/);
  });
});

describe('test index server protocol details', () => {
  it('pypi flavour: PEP 691 negotiation, local versions and filename reuse refused', async () => {
    const server = await startIndexServer({ flavour: 'pypi' });
    try {
      const wheel = await makeWheel({ name: 'pkg', version: '1.0+g1234' });
      const local = await twine(['--repository-url', server.uploadUrl, '-u', '__token__', '-p', 'pypi-token', wheel.path]);
      expect(local.output).toMatch(/local versions/);
      const ok = await makeWheel({ name: 'pkg', version: '1.0' });
      expect((await twine(['--repository-url', server.uploadUrl, '-u', '__token__', '-p', 'pypi-token', ok.path])).status).toBe(0);
      const page = await fetch(`${server.origin}simple/pkg/`, {
        headers: { Accept: 'application/vnd.pypi.simple.v1+json, text/html;q=0.1' },
      });
      expect(page.headers.get('content-type')).toBe('application/vnd.pypi.simple.v1+json');
      expect(((await page.json()) as { files: { hashes: { sha256: string } }[] }).files[0]?.hashes.sha256).toBe(ok.sha256);
      const html = await fetch(`${server.origin}simple/pkg/`, { headers: { Accept: 'text/html' } });
      expect(await html.text()).toContain(`#sha256=${ok.sha256}`);
      const redirect = await fetch(`${server.origin}simple/PKG/`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
    } finally {
      await server.stop();
    }
  });

  it('devpi flavour: login token, JSON views with ignore_bases, push not idempotent, delete refused on non-volatile', async () => {
    const server = await startIndexServer({ flavour: 'devpi' });
    try {
      const login = await fetch(`${server.origin}+login`, { method: 'POST', body: JSON.stringify({ user: 'alice', password: 'secret' }) });
      expect(login.headers.get('x-devpi-api-version')).toBe('2');
      const token = ((await login.json()) as { result: { password: string } }).result.password;
      const auth = { 'X-Devpi-Auth': Buffer.from(`alice:${token}`).toString('base64'), Accept: 'application/json' };
      const wheel = await makeWheel({ name: 'pkg', version: '1.0' });
      expect((await twine(['--repository-url', server.indexUrl('alice/testing'), '-u', 'alice', '-p', 'secret', wheel.path])).status).toBe(
        0,
      );
      const inherited = await fetch(`${server.indexUrl('alice/unstable')}pkg`, { headers: auth });
      expect(Object.keys(((await inherited.json()) as { result: object }).result)).toEqual(['1.0']);
      expect((await fetch(`${server.indexUrl('alice/unstable')}pkg?ignore_bases`, { headers: auth })).status).toBe(404);
      const push = () =>
        fetch(server.indexUrl('alice/testing'), {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ name: 'pkg', version: '1.0', targetindex: 'alice/stable' }),
        });
      expect((await push()).status).toBe(200);
      const again = await push();
      expect(again.status).toBe(409);
      expect(again.statusText).toMatch(/already exists in non-volatile index/);
      const del = await fetch(`${server.indexUrl('alice/stable')}pkg/1.0`, { method: 'DELETE', headers: auth });
      expect(del.status).toBe(403);
      expect((await fetch(`${server.indexUrl('alice/stable')}pkg/1.0`, { method: 'DELETE' })).status).toBe(403);
    } finally {
      await server.stop();
    }
  });
});
