import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../support/action-harness';

// check-dist on the committed dist/ runs as its own CI step; here it must catch a bundle that no longer
// matches its sources, and a file the build would not produce.
it('check-dist fails on a stale bundle and an unexpected file', () => {
  const copy = mkdtempSync(join(tmpdir(), 'ww-dist-'));
  try {
    cpSync(join(repoRoot, 'dist'), copy, { recursive: true });
    appendFileSync(join(copy, 'pep440-version', 'index.js'), '\n// edited by hand\n');
    writeFileSync(join(copy, 'stray.js'), '');
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, [join(repoRoot, 'scripts', 'check-dist.mjs'), '--dist', copy], { stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain('stale: dist/pep440-version/index.js');
    expect(failure?.stderr).toContain('unexpected: dist/stray.js');
    expect(failure?.stderr).not.toContain('scaffold');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}, 180_000);
