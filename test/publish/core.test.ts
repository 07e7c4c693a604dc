/** publishRelease's refusals, each one line naming the file or input, with nothing uploaded. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger } from '@wheelwright/core/log';
import { publishOutputs, publishRelease, summaryMarkdown } from '@wheelwright/core/publish';
import { describe, expect, it } from 'vitest';
import { type MadeArtefact, makeWheel } from '../support/index-server/artefacts';

function workspaceWith(artefacts: MadeArtefact[]): string {
  const workspace = mkdtempSync(join(tmpdir(), 'ww-publish-core-'));
  mkdirSync(join(workspace, 'dist'));
  for (const a of artefacts) copyFileSync(a.path, join(workspace, 'dist', a.filename));
  return workspace;
}

describe('publishRelease', () => {
  it('skip-existing false turns an identical file into an error, before any upload', async () => {
    const wheel = await makeWheel({ name: 'core-pub', version: '1.0' });
    const workspace = workspaceWith([wheel]);
    const first = await publishRelease({ store: 'index', workspace }, new MemoryLogger());
    expect(publishOutputs(first)).toMatchObject({ uploaded: JSON.stringify([wheel.filename]), skipped: '[]' });
    expect(summaryMarkdown(first)).toContain(`| ${wheel.filename} | ${wheel.size} | \`${wheel.sha256}\` | uploaded |`);
    await expect(publishRelease({ store: 'index', workspace, skipExisting: false }, new MemoryLogger())).rejects.toThrow(
      /is already in index \(same sha256\) and input 'skip-existing' is false/,
    );
  });

  it('refuses local versions for PyPI up front, with the setuptools_scm fix, without contacting it', async () => {
    const workspace = workspaceWith([await makeWheel({ name: 'core-pub', version: '1.0.dev2+g1a2b3c4' })]);
    const error = await publishRelease({ store: 'https://test.pypi.org/simple/', workspace }, new MemoryLogger()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'policy', message: expect.stringMatching(/testpypi rejects local versions/) });
    expect((error as { hint: string }).hint).toContain('local-scheme: no-local-version');
  });

  it('refuses a file that differs from what the manifest recorded', async () => {
    const wheel = await makeWheel({ name: 'core-pub', version: '2.0' });
    const workspace = workspaceWith([wheel]);
    writeFileSync(
      join(workspace, 'release.json'),
      JSON.stringify({
        schema: 1,
        name: 'core-pub',
        version: '2.0',
        files: [{ filename: wheel.filename, size: wheel.size, sha256: '0'.repeat(64) }],
      }),
    );
    await expect(publishRelease({ store: 'index', workspace, manifest: 'release.json' }, new MemoryLogger())).rejects.toThrow(
      /is not the file the manifest records for .core_pub-2.0-py3-none-any.whl. \(sha256 [0-9a-f]{64}, [0-9]+ bytes; manifest says 0{64}/,
    );
    expect(readdirSync(workspace)).not.toContain('index');
  });

  it('names the globs when nothing matches', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ww-publish-core-'));
    await expect(publishRelease({ store: 'index', workspace, files: ['out/*.whl'] }, new MemoryLogger())).rejects.toThrow(
      /no wheel or sdist matches files 'out\/\*\.whl'/,
    );
  });
});

describe('trusted publishing token exchange', () => {
  it('an OIDC token no publisher is registered for: invalid-publisher, with the hint about workflows', async () => {
    const { startIndexServer } = await import('../support/index-server');
    const { mintUploadToken, indexBaseOf } = await import('@wheelwright/core/publish');
    const runner = await startIndexServer({
      flavour: 'pypi',
      oidc: { requestToken: 'r', idToken: 'token-for-another-repo', audience: 'pypi' },
    });
    const pypi = await startIndexServer({ flavour: 'pypi', oidc: { requestToken: 'r', idToken: 'the-registered-one', audience: 'pypi' } });
    try {
      expect(indexBaseOf(pypi.url)).toBe(pypi.origin);
      expect(indexBaseOf('https://upload.pypi.org/legacy/')).toBe('https://pypi.org/');
      expect(indexBaseOf('https://test.pypi.org/simple/')).toBe('https://test.pypi.org/');
      const env = { ACTIONS_ID_TOKEN_REQUEST_URL: `${runner.origin}_oidc/token`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'r' };
      const error = (await mintUploadToken({ indexBase: pypi.origin, env }).catch((e: unknown) => e)) as Error & { hint: string };
      expect(error.message).toMatch(
        /refused to mint an upload token \(HTTP 422: invalid-publisher: valid token, but no corresponding publisher\)/,
      );
      expect(error.hint).toMatch(/reusable workflow/);
      expect(error.message).not.toContain('token-for-another-repo');
    } finally {
      await runner.stop();
      await pypi.stop();
    }
  });
});
