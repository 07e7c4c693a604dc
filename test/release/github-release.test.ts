/**
 * release-report through its bundle against a local double of the GitHub REST endpoints it uses
 * (@actions/github's Octokit reads its base URL from GITHUB_API_URL, pointed at 127.0.0.1): the job
 * summary's diagram with the jobs' times, the Release of the tag created once and updated in place on a
 * re-run, nothing for a branch build, and a refusal that names the token's permission.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReleaseManifest } from '@wheelwright/core/manifest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';

interface Release {
  id: number;
  tag_name: string;
  name: string;
  body: string;
  prerelease: boolean;
  html_url: string;
}

const releases: Release[] = [];
const requests: { method: string; path: string; authorization: string }[] = [];
let forbid = false;
let server: Server;
let api = '';

async function bodyOf(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    requests.push({ method: request.method ?? '', path: url.pathname, authorization: String(request.headers.authorization ?? '') });
    const send = (status: number, data: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(data));
    };
    if (forbid) return send(403, { message: 'Resource not accessible by integration' });
    const byTag = /^\/repos\/acme\/widgets\/releases\/tags\/(.+)$/.exec(url.pathname);
    const byId = /^\/repos\/acme\/widgets\/releases\/(\d+)$/.exec(url.pathname);
    if (request.method === 'GET' && url.pathname === '/repos/acme/widgets/actions/runs/77/jobs') {
      return send(200, {
        total_count: 3,
        jobs: [
          { name: 'release / version', conclusion: 'success', started_at: '2026-01-01T10:00:00Z', completed_at: '2026-01-01T10:00:12Z' },
          { name: 'release / build', conclusion: 'success', started_at: '2026-01-01T10:00:13Z', completed_at: '2026-01-01T10:01:30Z' },
          {
            name: 'release / test (3.12)',
            conclusion: 'success',
            started_at: '2026-01-01T10:02:00Z',
            completed_at: '2026-01-01T10:03:05Z',
          },
        ],
      });
    }
    if (request.method === 'GET' && byTag) {
      const found = releases.find((r) => r.tag_name === decodeURIComponent(byTag[1] ?? ''));
      return found ? send(200, found) : send(404, { message: 'Not Found' });
    }
    if (request.method === 'POST' && url.pathname === '/repos/acme/widgets/releases') {
      const data = await bodyOf(request);
      const release: Release = {
        id: 1000 + releases.length,
        tag_name: String(data.tag_name),
        name: String(data.name),
        body: String(data.body),
        prerelease: Boolean(data.prerelease),
        html_url: `https://github.example/acme/widgets/releases/tag/${String(data.tag_name)}`,
      };
      releases.push(release);
      return send(201, release);
    }
    if (request.method === 'PATCH' && byId) {
      const release = releases.find((r) => r.id === Number(byId[1]));
      if (!release) return send(404, { message: 'Not Found' });
      Object.assign(release, await bodyOf(request));
      return send(200, release);
    }
    send(404, { message: `no route ${request.method} ${url.pathname}` });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  api = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

function manifestFile(channelTests = true): string {
  const manifest: ReleaseManifest = {
    schema: 1,
    name: 'widgets',
    version: '2.0.0',
    kind: 'final',
    source: { commit: 'a'.repeat(40), tag: 'v2.0.0', distance: 0, dirty: false },
    files: [
      { filename: 'widgets-2.0.0-py3-none-any.whl', size: 1234, sha256: 'b'.repeat(64) },
      { filename: 'widgets-2.0.0.tar.gz', size: 999, sha256: 'c'.repeat(64) },
    ],
    docs: { status: 'built', builder: 'sphinx', filename: 'widgets-2.0.0.doc.zip', size: 10, sha256: 'd'.repeat(64), ms: 9000 },
    inspection: { findings: [{ rule: 'W002', severity: 'warning', file: 'widgets.whl', message: '```</details><script>x</script>' }] },
    stores: [],
    tests: channelTests ? [{ python: '3.12', os: 'Linux', passed: 7, failed: 0, errors: 0, skipped: 1, index: 'unstable', at: 'now' }] : [],
    promotions: [],
  };
  const path = join(mkdtempSync(join(tmpdir(), 'ww-gh-release-')), 'wheelwright-manifest.json');
  writeFileSync(path, JSON.stringify(manifest));
  return path;
}

const needs = JSON.stringify({
  version: { result: 'success' },
  build: { result: 'success' },
  publish: { result: 'success' },
  test: { result: 'success' },
  'promote-testing': { result: 'success' },
  'promote-stable': { result: 'success' },
});

function report(ref: string, inputs: Record<string, string | boolean> = {}) {
  return runAction('release-report', {
    ref,
    inputs: {
      manifest: manifestFile(),
      channel: 'stable',
      'index-url': 'https://pkgs.example/stable/+simple/',
      jobs: needs,
      token: 'ghs_localdouble',
      ...inputs,
    },
    env: { GITHUB_API_URL: api, GITHUB_REPOSITORY: 'acme/widgets', GITHUB_RUN_ID: '77' },
  });
}

describe('release-report bundle', () => {
  it("writes the flow as a Mermaid diagram with the jobs' times and where the release ended", async () => {
    const run = await report('refs/heads/main');
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('```mermaid');
    expect(run.summary).toContain('s0["version<br/>12.0 s"]:::ok');
    expect(run.summary).toContain('s1["build<br/>1 min 17 s"]:::ok');
    expect(run.summary).toContain('["test  3.12 <br/>1 min 5 s"]:::ok');
    expect(run.summary).toContain('["promote-stable<br/>ok"]:::ok');
    expect(run.summary).toContain('done(["ended in stable<br/>2.0.0"]):::end');
  });

  it('github-release: a branch build gets a notice and no Release', async () => {
    const before = requests.length;
    const run = await report('refs/heads/main', { 'github-release': true });
    expect(run.exitCode).toBe(0);
    const notices = run.commands.filter((c) => c.command === 'notice').map((c) => c.message);
    expect(notices).toEqual([expect.stringMatching(/refs\/heads\/main is not a release tag/)]);
    expect(requests.slice(before).filter((r) => r.path.includes('/releases'))).toEqual([]);
    expect(releases).toEqual([]);
  });

  it('github-release: creates the Release of the tag, then updates the same one on a re-run', async () => {
    const first = await report('refs/tags/v2.0.0', { 'github-release': true, channel: 'testing' });
    expect(first.errors).toEqual([]);
    expect(first.exitCode).toBe(0);
    expect(releases).toHaveLength(1);
    const [release] = releases;
    expect(release).toMatchObject({ tag_name: 'v2.0.0', name: 'widgets 2.0.0', prerelease: true });
    expect(first.outputs['release-url']).toBe('https://github.example/acme/widgets/releases/tag/v2.0.0');
    expect(release?.body).toContain('ended in **testing**');
    expect(release?.body).toContain(`| widgets-2.0.0-py3-none-any.whl | 1234 | \`${'b'.repeat(64)}\` |`);
    expect(release?.body).toContain('| 3.12 | Linux | 7 | 0 | 0 | 1 |');
    expect(release?.body).toContain('Inspection: 1 tolerated finding(s).');
    // A hostile finding cannot close the manifest block or add HTML.
    expect(release?.body).not.toMatch(/<script|<\/details><script/);
    expect(release?.body.match(/^```/gm)).toHaveLength(4);
    expect(requests.filter((r) => r.path.includes('/releases')).every((r) => r.authorization === 'token ghs_localdouble')).toBe(true);

    // The same tag promoted on to stable: the Release is updated in place, no second one.
    const again = await report('refs/tags/v2.0.0', { 'github-release': true, channel: 'stable' });
    expect(again.exitCode).toBe(0);
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ id: release?.id, prerelease: false });
    expect(releases[0]?.body).toContain('ended in **stable**');
    expect(again.summary).toContain('GitHub Release of `v2.0.0`: updated');
    const third = await report('refs/tags/v2.0.0', { 'github-release': true, channel: 'stable' });
    expect(third.summary).toContain('GitHub Release of `v2.0.0`: unchanged');
    expect(releases).toHaveLength(1);
    // The token never reaches the logs unmasked.
    expect(first.masks).toContain('ghs_localdouble');
    const logged = `${first.stdout}${again.stdout}`.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(logged.join('\n')).not.toContain('ghs_localdouble');
  });

  it('a token without contents: write is refused with one line that says so', async () => {
    forbid = true;
    try {
      const run = await report('refs/tags/v9.9.9', { 'github-release': true });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([
        expect.stringMatching(/^GitHub API: reading the Release of v9\.9\.9 failed \(403\): Resource not accessible/),
      ]);
    } finally {
      forbid = false;
    }
  });
});
