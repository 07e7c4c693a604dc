/**
 * The tools environment with pypa/build (build-frontend.ts), with the real venv module and pip from
 * UPSTREAM_INDEX: concurrent runs on an empty cache end with one complete environment and no staging
 * folder; an index without build fails with pip's reason and leaves nothing; a killed run's staging
 * folder is swept.
 */
import { mkdirSync, mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ensureBuildFrontend, toolsEnvPrefix } from '@wheelwright/core/build';
import { MemoryLogger } from '@wheelwright/core/log';
import { resolvePython } from '@wheelwright/core/python';
import { describe, expect, it } from 'vitest';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX } from '../support/python';

describe('ensureBuildFrontend', () => {
  it('two concurrent runs on an empty cache: one environment, both use it, no staging left; then warm', async () => {
    const python = await resolvePython(PYTHON);
    const cacheDir = mkdtempSync(join(tmpdir(), 'ww-tools-concurrent-'));
    const env = cleanPythonEnv({ PIP_INDEX_URL: UPSTREAM_INDEX });
    const started = performance.now();
    const [a, b] = await Promise.all([
      ensureBuildFrontend({ python, cacheDir, env, logger: new MemoryLogger() }),
      ensureBuildFrontend({ python, cacheDir, env, logger: new MemoryLogger() }),
    ]);
    const coldMs = performance.now() - started;
    expect(a.dir).toBe(b.dir);
    // Both looked before either finished: both built, one renamed its copy into place, the other took it.
    expect([a.created, b.created].filter(Boolean)).toEqual([true]);
    expect(readdirSync(cacheDir)).toEqual([`${toolsEnvPrefix(python)}-build${a.buildVersion}`]);
    const warmStart = performance.now();
    const warm = await ensureBuildFrontend({ python, cacheDir, env, logger: new MemoryLogger() });
    const warmMs = performance.now() - warmStart;
    expect(warm).toMatchObject({ dir: a.dir, created: false, python: a.python });
    console.log(`tools env: cold (two concurrent) ${Math.round(coldMs)} ms, warm lookup ${warmMs.toFixed(1)} ms`);
  }, 300_000);

  it("an index without build: pip's reason in one line, nothing left in the cache", async () => {
    const python = await resolvePython(PYTHON);
    const cacheDir = mkdtempSync(join(tmpdir(), 'ww-tools-noindex-'));
    const emptyIndex = mkdtempSync(join(tmpdir(), 'ww-empty-index-'));
    const env = cleanPythonEnv({ PIP_INDEX_URL: `file://${emptyIndex}` });
    // A killed run's staging folder (two hours old) is swept; a running one's (fresh) is left alone.
    const stale = join(cacheDir, '.staging-py3.11.2-000000000000-1-old');
    const running = join(cacheDir, '.staging-py3.11.2-000000000000-2-new');
    mkdirSync(stale);
    mkdirSync(running);
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    await expect(ensureBuildFrontend({ python, cacheDir, env, logger: new MemoryLogger() })).rejects.toThrow(
      /^cannot install pypa\/build into the tools environment: No matching distribution found for build>=1\.0$/,
    );
    expect(readdirSync(cacheDir)).toEqual([basename(running)]);
  }, 300_000);
});
