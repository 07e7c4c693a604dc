/**
 * The tools environment with pypa/build (build-frontend.ts) in a folder cache (tools-cache.ts, the CLI's),
 * with the real venv module and pip from UPSTREAM_INDEX: concurrent runs on an empty cache make it once
 * (the second waits for the first) and leave no staging folder or lock; a broken one is made again; an
 * index without build fails with pip's reason and keeps nothing; a killed run's lock and staging are swept.
 * The same through the runner's tool cache is test/build-wheel/tools-cache.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuildFrontend, FolderToolsCache, isToolName, isToolVersion, toolsEnvTool, toolsEnvVersion } from '@wheelwright/core/build';
import { MemoryLogger } from '@wheelwright/core/log';
import { resolvePython } from '@wheelwright/core/python';
import { describe, expect, it } from 'vitest';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX } from '../support/python';

describe('tools environment keys', () => {
  it.each([
    ['1.2.2', '1.2.2'],
    ['1.0', '1.0.0'],
    ['1.2.2.post1', '1.2.2'],
    ['1.3.0rc1', '1.3.0-rc.1'],
    ['not a version', undefined],
    ['../../etc', undefined],
  ])('pypa/build %s is kept as tool-cache version %s', (build, version) => {
    expect(toolsEnvVersion(build)).toBe(version);
  });

  it.each(['', '..', 'wheelwright-build-py3.11.2-../../x', 'wheelwright-build-py3.11.2-0123456789ab/x', 'other-tool'])(
    'a tool name with path characters or of another tool is refused: %j',
    (tool) => {
      expect(isToolName(tool)).toBe(false);
      expect(() => new FolderToolsCache(tmpdir()).scratch(tool)).toThrow(/not a tools environment name/);
    },
  );

  it.each(['..', '1.2', 'v1.2.3', '1.2.3/..', '1.2.3+local'])('a version that is not explicit SemVer is refused: %j', (version) => {
    expect(isToolVersion(version)).toBe(false);
  });

  it("the tool name holds the interpreter's version and a hash of its real path", async () => {
    const python = await resolvePython(PYTHON);
    const tool = toolsEnvTool(python);
    expect(tool).toMatch(/^wheelwright-build-py3\.\d+\.\d+-[0-9a-f]{12}$/);
    expect(isToolName(tool)).toBe(true);
    // Another interpreter of the same version elsewhere: another environment.
    expect(toolsEnvTool({ ...python, executable: '/opt/elsewhere/python3', command: '/opt/elsewhere/python3' })).not.toBe(tool);
  });
});

describe('ensureBuildFrontend with a folder cache', () => {
  it('two concurrent runs on an empty cache: made once, the other waits and uses it, nothing else left; then warm; a broken one is made again', async () => {
    const python = await resolvePython(PYTHON);
    const root = mkdtempSync(join(tmpdir(), 'ww-tools-concurrent-'));
    const cache = new FolderToolsCache(root);
    const env = cleanPythonEnv({ PIP_INDEX_URL: UPSTREAM_INDEX });
    const started = performance.now();
    const loggers = [new MemoryLogger(), new MemoryLogger()];
    const [a, b] = await Promise.all(loggers.map((logger) => ensureBuildFrontend({ python, cache, env, logger })));
    const coldMs = performance.now() - started;
    expect(a?.dir).toBe(b?.dir);
    expect([a?.created, b?.created].filter(Boolean)).toEqual([true]);
    const waited = loggers.flatMap((logger) => logger.lines.map((line) => line.message)).filter((m) => /another run is making/.test(m));
    expect(waited).toHaveLength(1);
    const tool = toolsEnvTool(python);
    const version = toolsEnvVersion(a?.buildVersion ?? '') ?? '';
    expect(readdirSync(root)).toEqual([tool]);
    expect(readdirSync(join(root, tool)).sort()).toEqual([version]);
    expect(readdirSync(join(root, tool, version)).sort()).toEqual([process.arch, `${process.arch}.complete`]);
    expect(a?.dir).toBe(join(root, tool, version, process.arch));

    const warmStart = performance.now();
    const warm = await ensureBuildFrontend({ python, cache, env, logger: new MemoryLogger() });
    const warmMs = performance.now() - warmStart;
    expect(warm).toMatchObject({ dir: a?.dir, created: false, python: a?.python });
    console.log(`tools env (folder cache): cold (two concurrent) ${Math.round(coldMs)} ms, warm lookup ${warmMs.toFixed(1)} ms`);

    // The interpreter the kept environment links to moved away: found broken, said so, made again in place.
    const link = join(a?.dir ?? '', 'bin', 'python');
    rmSync(link);
    symlinkSync('/nonexistent/python3', link);
    const logger = new MemoryLogger();
    const again = await ensureBuildFrontend({ python, cache, env, logger });
    expect(again).toMatchObject({ dir: a?.dir, created: true });
    expect(logger.lines.filter((line) => line.level === 'warning').map((line) => line.message)).toEqual([
      expect.stringMatching(/^the tools environment .* is broken \(its interpreter does not run pypa\/build: .*\): making it again$/),
    ]);
    expect(readlinkSync(link)).not.toBe('/nonexistent/python3');
    expect(readdirSync(join(root, tool)).sort()).toEqual([version]);
  }, 400_000);

  it("an index without build: pip's reason in one line, nothing kept; a killed run's lock and staging are swept", async () => {
    const python = await resolvePython(PYTHON);
    const root = mkdtempSync(join(tmpdir(), 'ww-tools-noindex-'));
    const emptyIndex = mkdtempSync(join(tmpdir(), 'ww-empty-index-'));
    const env = cleanPythonEnv({ PIP_INDEX_URL: `file://${emptyIndex}` });
    const scratch = join(root, toolsEnvTool(python));
    // A killed run left its lock (half an hour old) and its staging folder.
    mkdirSync(join(scratch, '.staging-1-old'), { recursive: true });
    mkdirSync(join(scratch, '.lock'));
    const halfAnHourAgo = new Date(Date.now() - 30 * 60_000);
    utimesSync(join(scratch, '.lock'), halfAnHourAgo, halfAnHourAgo);
    const logger = new MemoryLogger();
    await expect(ensureBuildFrontend({ python, cache: new FolderToolsCache(root), env, logger })).rejects.toThrow(
      /^cannot install pypa\/build into the tools environment: No matching distribution found for build>=1\.0$/,
    );
    expect(logger.lines.map((line) => line.message)).toContainEqual(
      expect.stringMatching(/^removing the lock .*\.lock of a run that stopped/),
    );
    expect(readdirSync(scratch)).toEqual([]);
    expect(statSync(root).isDirectory()).toBe(true);
  }, 300_000);
});
