/**
 * build-wheel's tools environment (pypa/build for an interpreter without it) in the runner's tool cache,
 * through the bundle: @actions/tool-cache's layout `<RUNNER_TOOL_CACHE>/wheelwright-build-…/<version>/<arch>`
 * with its `.complete` mark; two jobs starting together on an empty cache make it once; a later job
 * reuses it untouched; one whose interpreter link broke (the Python moved) is made again.
 */
import { lstatSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-harness';
import { runOk, run as runProcess } from '../support/processes';
import { cleanPythonEnv, PYTHON, RUNNER_PYTHON_ENV, UPSTREAM_INDEX, venvPython } from '../support/python';
import { writeProject } from '../support/python-project';

describe('the tools environment in the runner’s tool cache', () => {
  let python: string;
  let toolCache: string;
  const projects: string[] = [];
  const build = (dir: string, output: string): Promise<ActionRun> =>
    runAction('build-wheel', {
      workspace: dir,
      inputs: { python, isolation: true, 'index-url': UPSTREAM_INDEX, 'output-dir': output },
      env: { ...RUNNER_PYTHON_ENV, RUNNER_TOOL_CACHE: toolCache },
      timeoutMs: 300_000,
    });

  beforeAll(async () => {
    // A fresh venv of the test Python: pip, no build (a venv does not see Debian's python3-build).
    const venv = mkdtempSync(join(tmpdir(), 'ww-venv-nobuild-'));
    const env = cleanPythonEnv();
    await runOk(PYTHON, ['-m', 'venv', venv], { env });
    python = venvPython(venv);
    expect((await runProcess(python, ['-c', 'import build'], { env })).code).not.toBe(0);
    toolCache = mkdtempSync(join(tmpdir(), 'ww-runner-tool-cache-'));
    for (let i = 0; i < 2; i++)
      projects.push(writeProject(mkdtempSync(join(tmpdir(), 'ww-tools-env-')), { kind: 'setuptools-scm', tag: '1.0.0' }).dir);
  }, 120_000);

  it('made once by two jobs starting together, kept with the .complete mark, reused untouched, made again when broken', async () => {
    const [one = '', two = ''] = projects;
    const [first, second] = await Promise.all([build(one, 'dist-1'), build(two, 'dist-1')]);
    for (const run of [first, second]) {
      expect(run.errors, run.stdout).toEqual([]);
      expect(run.exitCode).toBe(0);
    }
    const logs = [first.stdout, second.stdout];
    expect(logs.filter((log) => /has no pypa\/build: creating a tools environment with it in /.test(log))).toHaveLength(1);
    // The other job waited for the lock, then used what the first kept.
    expect(logs.filter((log) => /another run is making this tools environment .*: waiting for it/.test(log))).toHaveLength(1);
    expect(logs.filter((log) => /has no pypa\/build: using the tools environment /.test(log))).toHaveLength(1);
    expect(logs.join('\n')).toContain(`creating a tools environment with it in ${toolCache}`);

    const tools = readdirSync(toolCache);
    expect(tools).toEqual([expect.stringMatching(/^wheelwright-build-py3\.\d+\.\d+-[0-9a-f]{12}$/)]);
    const tool = join(toolCache, tools[0] ?? '');
    // Nothing but the kept version: the lock and the staging folder are gone.
    const versions = readdirSync(tool);
    expect(versions).toEqual([expect.stringMatching(/^1\.\d+\.\d+$/)]);
    const versionDir = join(tool, versions[0] ?? '');
    expect(readdirSync(versionDir).sort()).toEqual([process.arch, `${process.arch}.complete`]);
    const dir = join(versionDir, process.arch);
    expect(first.stdout + second.stdout).toContain(`using the tools environment ${dir} (build `);

    const before = { dir: statSync(dir), cfg: statSync(join(dir, 'pyvenv.cfg')), complete: statSync(`${dir}.complete`) };
    const warm = await build(one, 'dist-2');
    expect(warm.errors, warm.stdout).toEqual([]);
    expect(warm.stdout).toContain(`has no pypa/build: using the tools environment ${dir} (build `);
    expect(warm.stdout).not.toMatch(/creating a tools environment|another run is making/);
    const after = { dir: statSync(dir), cfg: statSync(join(dir, 'pyvenv.cfg')), complete: statSync(`${dir}.complete`) };
    for (const key of ['dir', 'cfg', 'complete'] as const) {
      expect(after[key].ino).toBe(before[key].ino);
      expect(after[key].mtimeMs).toBe(before[key].mtimeMs);
    }
    const cold = Math.max(first.durationMs, second.durationMs);
    console.log(`tools env (runner tool cache): cold build ${Math.round(cold)} ms, warm build ${Math.round(warm.durationMs)} ms`);

    // The interpreter the kept venv links to moved away: the next job says so and makes it again in place.
    const link = join(dir, 'bin', 'python');
    rmSync(link);
    symlinkSync('/nonexistent/python3', link);
    const mended = await build(one, 'dist-3');
    expect(mended.errors, mended.stdout).toEqual([]);
    expect(mended.exitCode).toBe(0);
    expect(mended.warnings).toEqual([
      expect.stringMatching(/^the tools environment .* is broken \(its interpreter does not run pypa\/build: .*\): making it again$/),
    ]);
    expect(mended.stdout).toMatch(/has no pypa\/build: creating a tools environment with it in /);
    expect(lstatSync(link).isSymbolicLink() && readlinkSync(link)).not.toBe('/nonexistent/python3');
    expect(readdirSync(tool)).toEqual(versions);
    expect(readdirSync(versionDir).sort()).toEqual([process.arch, `${process.arch}.complete`]);
  }, 900_000);
});
