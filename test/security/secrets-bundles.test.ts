import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { type HostileServer, startHostileServer } from '../support/hostile-server';
import { type IndexServer, type IndexServerOptions, startIndexServer } from '../support/index-server';
import { makeWheel } from '../support/index-server/artefacts';
import { expectNoSecret, passwordForms } from '../support/secret-lines';
import { workspaceWith } from './stores-support';

const started: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop()));
});

async function frontedIndex(options: IndexServerOptions): Promise<{ server: IndexServer; front: HostileServer }> {
  const server = await startIndexServer(options);
  const front = await startHostileServer({ upstream: server.origin });
  started.push(front, server);
  return { server, front };
}

const withUserinfo = (url: string, userinfo: string) => url.replace('://', `://${userinfo}@`);

describe('password inputs of every length, echoed back by the server', () => {
  // 1 and 2 characters (once left in server messages), and every character a URL treats specially.
  it.each([['Ж'], ['ŋ¤'], ['p/ss@w:rd%2F']])('publish with password %s: refused, never printed', async (password) => {
    const { server, front } = await frontedIndex({ flavour: 'pypiserver', users: { ci: password } });
    server.faults.rejectAuth = true;
    front.switches.echoCredentials = true;
    const run = await runAction('publish', {
      workspace: workspaceWith([await makeWheel({ name: 'echoed', version: '1.0' })]),
      inputs: { store: front.url('/simple/'), username: 'ci', password },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toMatch(/credentials received: (ci:)?\*\*\*\)/);
    expect(run.masks).toContain(password);
    expectNoSecret(run, passwordForms('ci', password));
  });

  it('an answer that is not the store (a wrong upload-url) echoing the credentials', async () => {
    const password = 'xy';
    const { front } = await frontedIndex({ flavour: 'pypiserver', users: { ci: password } });
    front.switches.echoCredentials = true;
    const run = await runAction('publish', {
      workspace: workspaceWith([await makeWheel({ name: 'echoed', version: '1.0' })]),
      inputs: { store: front.url('/simple/'), 'upload-url': front.url('/nowhere/'), username: 'ci', password },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toMatch(/is not an upload endpoint.*credentials received: (ci:)?\*\*\*\)/);
    expectNoSecret(run, passwordForms('ci', password));
  });
});

describe('credentials inside the store URL', () => {
  it.each([
    // [userinfo as written in the input, the password the server knows]
    ['ci:p@ssw0rd', 'p@ssw0rd'],
    ['ci:pa%2Fss%25x%40y', 'pa/ss%x@y'],
    ['ci:Ж', 'Ж'],
    ['ci:q', 'q'],
  ])('%s: published, every form masked, none printed', async (userinfo, password) => {
    const { server, front } = await frontedIndex({ flavour: 'pypiserver', users: { ci: password } });
    const wheel = await makeWheel({ name: 'url-credentials', version: '1.0' });
    const run = await runAction('publish', {
      workspace: workspaceWith([wheel]),
      inputs: { store: withUserinfo(front.url('/simple/'), userinfo) },
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(server.files().map((f) => f.sha256)).toEqual([wheel.sha256]);
    const written = userinfo.slice(3);
    for (const form of new Set([password, written])) expect(run.masks).toContain(form);
    expectNoSecret(run, [...passwordForms('ci', password), written]);
    expect(run.outputs['index-url']).toBe(front.url('/simple/'));
  });

  it.each([['ci:pa/ss'], ['ci:12/34'], ['ci:p#ss'], ['ci:p?ss']])(
    '%s (no URL as written): one clear error, the password never printed',
    async (userinfo) => {
      const { front } = await frontedIndex({ flavour: 'pypiserver', users: { ci: userinfo.slice(3) } });
      const run = await runAction('publish', {
        workspace: workspaceWith([await makeWheel({ name: 'url-credentials', version: '1.0' })]),
        inputs: { store: withUserinfo(front.url('/simple/'), userinfo) },
      });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.masks).toContain(userinfo.slice(3));
      expectNoSecret(run, passwordForms('ci', userinfo.slice(3)));
    },
  );
});

describe('trusted publishing', () => {
  it('the OIDC ID token and the minted token are masked the moment they exist and never printed', async () => {
    const oidc = { requestToken: 'runner-request-token-9', idToken: 'eyJ.id-token-for-the-job.sig', audience: 'testpypi' };
    const { server, front } = await frontedIndex({ flavour: 'pypi', oidc });
    const wheel = await makeWheel({ name: 'trusted', version: '1.0' });
    const run = await runAction('publish', {
      workspace: workspaceWith([wheel]),
      inputs: { store: front.url('/simple/'), 'upload-url': front.url('/legacy/'), 'trusted-publishing': true },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: front.url('/_oidc/token?api-version=2.0'), ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken },
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const minted = server.issuedTokens();
    expect(minted).toHaveLength(1);
    expect(run.masks).toContain(oidc.idToken);
    expect(run.masks).toContain(oidc.requestToken);
    for (const token of minted) expect(run.masks).toContain(token);
    // Masked before the upload that uses it: the add-mask lines come before the first upload line.
    const lines = run.stdout.split('\n');
    expect(lines.indexOf(`::add-mask::${oidc.idToken}`)).toBeLessThan(lines.findIndex((l) => /minted a short-lived upload token/.test(l)));
    expectNoSecret(run, [
      oidc.idToken,
      oidc.requestToken,
      ...minted,
      ...minted.map((t) => Buffer.from(`__token__:${t}`).toString('base64')),
    ]);
  });
});
