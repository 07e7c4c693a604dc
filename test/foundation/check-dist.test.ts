/**
 * The dist/ freshness checker on a tiny fixture: `--fresh` hands it an already built set of bundles, so
 * this tests the comparison (stale, missing, unexpected, fresh) in milliseconds. The real check, one full
 * rebuild compared with the committed dist/, runs once per CI run as its own step (`pnpm check-dist`).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { repoRoot } from '../support/action-harness';

let made: string[] = [];
afterEach(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made = [];
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ww-dist-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function checkDist(dist: string, fresh: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(repoRoot, 'scripts', 'check-dist.mjs'), '--dist', dist, '--fresh', fresh], (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const BUILT = { 'publish/index.js': 'bundle\n', 'publish/licenses.txt': 'MIT\n', 'cli/index.js': 'cli\n' };

it('passes when dist/ is exactly what the build makes', async () => {
  const run = await checkDist(tree(BUILT), tree(BUILT));
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toBe('dist/ is fresh (3 files)\n');
});

it('names a stale bundle, a missing one and an unexpected file, and fails', async () => {
  const dist = tree({ 'publish/index.js': 'bundle\n// edited by hand\n', 'publish/licenses.txt': 'MIT\n', 'stray.js': '' });
  const run = await checkDist(dist, tree(BUILT));
  expect(run.code).toBe(1);
  expect(run.stderr.split('\n')).toEqual([
    'missing: dist/cli/index.js',
    'stale: dist/publish/index.js',
    'unexpected: dist/stray.js',
    'dist/ is not what the sources build: run `pnpm build` and commit dist/.',
    '',
  ]);
});
