/**
 * publish through its bundle, run like the runner runs it: to the embedded file index and to the test
 * store (pypiserver and devpi flavours); pip installs the result from each; re-runs are no-ops; a changed
 * file is refused; faults are retried or leave nothing half-published; no secret in anything printed.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-harness';
import { type IndexServer, startIndexServer } from '../support/index-server';
import { type MadeArtefact, makeSdist, makeWheel, pipInstallAsync } from '../support/index-server/artefacts';

const PASSWORD = 'pw-Xq7-never-print-me';
const FAST_RETRIES = { WHEELWRIGHT_HTTP_RETRY_BASE_MS: '5' };

function workspaceWith(artefacts: MadeArtefact[]): string {
  const workspace = mkdtempSync(join(tmpdir(), 'ww-publish-'));
  mkdirSync(join(workspace, 'dist'));
  for (const a of artefacts) copyFileSync(a.path, join(workspace, 'dist', a.filename));
  return workspace;
}

/**
 * Everything the action left behind that a reader could see. `::add-mask::` lines are the one place a
 * secret must appear: the runner consumes them to mask the value and never shows them.
 */
function everythingPrinted(run: ActionRun, extraFiles: string[] = []): string {
  const stdout = run.stdout
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [
    stdout,
    run.stderr,
    JSON.stringify(run.outputs),
    run.summary,
    JSON.stringify(run.env),
    ...extraFiles.map((f) => readFileSync(f, 'utf8')),
  ].join('\n');
}

describe('publish to the embedded file index (the default store)', () => {
  let wheel: MadeArtefact;
  let sdist: MadeArtefact;
  beforeAll(async () => {
    wheel = await makeWheel({ name: 'skai', version: '1.2.1rc1', requiresPython: '>=3.8' });
    sdist = await makeSdist({ name: 'skai', version: '1.2.1rc1', requiresPython: '>=3.8' });
  });
  let workspace: string;

  it('uploads, verifies, reports outputs and summary; pip installs from the index URL', async () => {
    workspace = workspaceWith([wheel, sdist]);
    const run = await runAction('publish', { workspace });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.uploaded ?? '')).toEqual([sdist.filename, wheel.filename].sort());
    expect(JSON.parse(run.outputs.skipped ?? '')).toEqual([]);
    expect(run.outputs['index-url']).toBe(`file://${workspace}/.wheelwright/unstable/`);
    expect(run.outputs.manifest).toBe('');
    expect(run.summary).toContain(wheel.sha256);
    expect(run.summary).toContain(`pip install --index-url file://${workspace}/.wheelwright/unstable/ skai==1.2.1rc1`);
    expect(run.stdout).toMatch(/Verified 2 file\(s\)/);
    expect((await pipInstallAsync(['--index-url', run.outputs['index-url'] ?? ''], 'skai==1.2.1rc1', 'skai')).version).toBe('1.2.1rc1');
  });

  it('re-running is a no-op: everything skipped', async () => {
    const run = await runAction('publish', { workspace });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.uploaded ?? '')).toEqual([]);
    expect(JSON.parse(run.outputs.skipped ?? '')).toHaveLength(2);
  });

  it('refuses a changed file under the same name and uploads nothing', async () => {
    const changed = await makeWheel({ name: 'skai', version: '1.2.1rc1', flavour: 'rebuilt' });
    const newer = await makeWheel({ name: 'skai', version: '1.2.1rc2' });
    const other = workspaceWith([changed, newer]);
    const run = await runAction('publish', { workspace: other, inputs: { store: join(workspace, '.wheelwright', 'unstable') } });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toMatch(/skai-1.2.1rc1-py3-none-any.whl' already exists in unstable .* with different content/);
    expect(run.stdout).toMatch(/hint: a published file is never overwritten/);
    expect(readFileSync(join(workspace, '.wheelwright', 'unstable', 'skai', 'index.html'), 'utf8')).not.toContain('1.2.1rc2');
  });

  it('two publishers at once (separate processes, one index): both land, the page lists both', async () => {
    const store = join(workspace, '.wheelwright', 'unstable');
    const linux = workspaceWith([await makeWheel({ name: 'para', version: '1.0' })]);
    const other = workspaceWith([await makeSdist({ name: 'para', version: '1.0' })]);
    const runs = await Promise.all([linux, other].map((w) => runAction('publish', { workspace: w, inputs: { store } })));
    expect(runs.map((r) => r.exitCode)).toEqual([0, 0]);
    const page = readFileSync(join(store, 'para', 'index.html'), 'utf8');
    expect(page).toContain('para-1.0-py3-none-any.whl#sha256=');
    expect(page).toContain('para-1.0.tar.gz#sha256=');
    expect(readFileSync(join(store, 'index.html'), 'utf8')).toContain('href="para/"');
  });

  it('dry-run shows what would be uploaded and changes nothing', async () => {
    const next = await makeWheel({ name: 'skai', version: '1.3.0' });
    const other = workspaceWith([next, wheel]);
    const run = await runAction('publish', {
      workspace: other,
      inputs: { store: join(workspace, '.wheelwright', 'unstable'), 'dry-run': true },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/skai-1.3.0-py3-none-any.whl: would upload/);
    expect(run.summary).toMatch(/would-upload/);
    expect(JSON.parse(run.outputs.uploaded ?? '')).toEqual([]);
    expect(readFileSync(join(workspace, '.wheelwright', 'unstable', 'skai', 'index.html'), 'utf8')).not.toContain('1.3.0');
  });
});

describe.each(['pypiserver', 'devpi'] as const)('publish to the test store (%s flavour)', (flavour) => {
  let server: IndexServer;
  let wheel: MadeArtefact;
  let sdist: MadeArtefact;
  let workspace: string;
  let manifestPath: string;
  beforeAll(async () => {
    wheel = await makeWheel({ name: 'net-demo', version: '0.4.0' });
    sdist = await makeSdist({ name: 'net-demo', version: '0.4.0' });
    server = await startIndexServer({ flavour, users: { alice: PASSWORD } });
    workspace = workspaceWith([wheel, sdist]);
    manifestPath = join(workspace, 'dist', 'release.json');
    writeFileSync(
      manifestPath,
      JSON.stringify({
        schema: 1,
        name: 'net-demo',
        version: '0.4.0',
        kind: 'final',
        files: [wheel, sdist].map((a) => ({ filename: a.filename, size: a.size, sha256: a.sha256, path: `dist/${a.filename}` })),
        stores: [],
        tests: [],
        promotions: [],
      }),
    );
  });
  afterAll(() => server.stop());

  it('publishes the manifest through injected faults (503 with Retry-After, a dropped connection), records the store, pip installs', async () => {
    server.faults.failNext(1, 503, '0');
    server.faults.dropNextUploads(1);
    const run = await runAction('publish', {
      workspace,
      inputs: { store: server.url, username: 'alice', password: PASSWORD, manifest: 'dist/release.json', 'index-name': 'unstable' },
      env: FAST_RETRIES,
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/retrying/);
    expect(JSON.parse(run.outputs.uploaded ?? '')).toEqual([wheel.filename, sdist.filename]);
    expect(run.outputs['index-url']).toBe(server.simpleUrl());
    expect(run.outputs.manifest).toBe(manifestPath);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { stores: { index: string; url: string; by: string }[] };
    expect(manifest.stores).toMatchObject([{ index: 'unstable', url: server.simpleUrl(), by: 'publish' }]);
    expect(
      server
        .files()
        .map((f) => f.sha256)
        .sort(),
    ).toEqual([wheel.sha256, sdist.sha256].sort());
    expect((await pipInstallAsync(['--index-url', run.outputs['index-url'] ?? ''], 'net-demo==0.4.0', 'net_demo')).version).toBe('0.4.0');
    expect(run.masks).toContain(PASSWORD);
    const printed = everythingPrinted(run, [manifestPath]);
    expect(printed).not.toContain(PASSWORD);
    // devpi's login token is a credential too: the store sends it in X-Devpi-Auth and never prints it.
    if (flavour === 'devpi') expect(server.issuedTokens().length).toBeGreaterThan(0);
    for (const token of server.issuedTokens()) expect(printed).not.toContain(token);
  });

  it('re-running is a no-op, and the manifest keeps one entry for the store', async () => {
    const run = await runAction('publish', {
      workspace,
      inputs: { store: server.url, username: 'alice', password: PASSWORD, manifest: 'dist/release.json' },
    });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.skipped ?? '')).toHaveLength(2);
    expect(JSON.parse(readFileSync(manifestPath, 'utf8')).stores).toHaveLength(1);
  });

  it('a permanent fault on the second file leaves no partial release (or says exactly what is where)', async () => {
    const a = await makeWheel({ name: 'net-demo', version: '0.5.0' });
    const b = await makeSdist({ name: 'net-demo', version: '0.5.0' });
    server.faults.failUploadsAfter(1, 500);
    const credentialsInUrl = server.url.replace('http://', `http://alice:${encodeURIComponent(PASSWORD)}@`);
    const run = await runAction('publish', { workspace: workspaceWith([a, b]), inputs: { store: credentialsInUrl }, env: FAST_RETRIES });
    server.faults.failUploadsAfter(-1);
    expect(run.exitCode).toBe(1);
    const message = run.errors.join('\n');
    expect(message).toMatch(/HTTP 500/);
    if (flavour === 'pypiserver' || server.url.includes('unstable')) {
      expect(message).toMatch(/removed again what this run had uploaded .*holds no partial release/);
      expect(server.files().filter((f) => f.version === '0.5.0')).toEqual([]);
    }
    expect(everythingPrinted(run)).not.toContain(PASSWORD);
    expect(run.masks).toContain(PASSWORD);
  });

  it('wrong credentials: one clear line, nothing uploaded, password nowhere', async () => {
    const c = await makeWheel({ name: 'net-demo', version: '0.6.0' });
    const run = await runAction('publish', {
      workspace: workspaceWith([c]),
      inputs: { store: server.url, username: 'alice', password: `${PASSWORD}-wrong` },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/HTTP 40[13]/);
    expect(everythingPrinted(run)).not.toContain(PASSWORD);
  });
});

describe('trusted publishing (pypi flavour playing PyPI and the runner OIDC endpoint)', () => {
  const oidc = { requestToken: 'runner-request-token-123', idToken: 'eyJ.oidc-id-token.sig', audience: 'testpypi' };
  let server: IndexServer;
  beforeAll(async () => {
    server = await startIndexServer({ flavour: 'pypi', oidc });
  });
  afterAll(() => server.stop());

  const runWith = (requestToken: string, workspace: string) =>
    runAction('publish', {
      workspace,
      inputs: { store: server.url, 'upload-url': server.uploadUrl, 'trusted-publishing': true },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${server.origin}_oidc/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    });

  it('mints an upload token, masks it, uploads with it; neither token is ever printed', async () => {
    const wheel = await makeWheel({ name: 'trusted', version: '1.0' });
    const run = await runWith(oidc.requestToken, workspaceWith([wheel]));
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/Trusted publishing: minted a short-lived upload token/);
    const [minted] = server.issuedTokens();
    expect(minted).toMatch(/^pypi-minted-/);
    expect(run.masks).toContain(minted);
    const printed = everythingPrinted(run);
    for (const secret of [minted ?? '', oidc.idToken, oidc.requestToken]) expect(printed).not.toContain(secret);
    expect(server.files().map((f) => f.sha256)).toEqual([wheel.sha256]);
  });

  it('a refused OIDC request, or no id-token permission, is one clear line naming the fix', async () => {
    const run = await runAction('publish', {
      workspace: workspaceWith([await makeWheel({ name: 'trusted', version: '1.1' })]),
      inputs: { store: server.url, 'upload-url': server.uploadUrl, 'trusted-publishing': true },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${server.origin}_oidc/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toMatch(/the runner did not issue an OIDC token \(HTTP 401\)/);
    const missing = await runAction('publish', {
      workspace: workspaceWith([await makeWheel({ name: 'trusted', version: '1.1' })]),
      inputs: { store: server.url, 'upload-url': server.uploadUrl, 'trusted-publishing': true },
    });
    expect(missing.errors.join('\n')).toMatch(/input 'trusted-publishing' needs the job to be allowed an OIDC token/);
    expect(missing.stdout).toMatch(/id-token: write/);
  });
});
