/**
 * `python: '3.11'` through the build-wheel bundle against a populated runner tool cache, laid out as
 * actions/setup-python leaves it: `$RUNNER_TOOL_CACHE/Python/<version>/<arch>/bin/python3` with the
 * `<arch>.complete` marker beside the version's arch folder. The interpreter there is this machine's real
 * Python (a symlink), so the build really runs with the cached path.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-harness';
import { runOk } from '../support/processes';
import { PYTHON, RUNNER_PYTHON_ENV } from '../support/python';
import { writeProject } from '../support/python-project';

/** The real interpreter's version (Debian 12: 3.11.x), as setup-python names its cache folder. */
const version = (await runOk(PYTHON, ['-c', 'import platform; print(platform.python_version())'])).trim();
const minor = version.split('.').slice(0, 2).join('.');

describe("python: '<major.minor>' from a populated runner tool cache", () => {
  let cache: string;
  let cached: string;
  let found: ActionRun;
  let missing: ActionRun;
  let emptyCache: ActionRun;
  beforeAll(async () => {
    cache = mkdtempSync(join(tmpdir(), 'ww-tool-cache-'));
    const arch = join(cache, 'Python', version, process.arch);
    mkdirSync(join(arch, 'bin'), { recursive: true });
    cached = join(arch, 'bin', 'python3');
    symlinkSync(PYTHON, cached);
    writeFileSync(`${arch}.complete`, '');
    // A newer version without its marker: an interrupted setup, which the lookup must not pick.
    const unfinished = join(cache, 'Python', `${minor}.99`, process.arch, 'bin');
    mkdirSync(unfinished, { recursive: true });
    symlinkSync(PYTHON, join(unfinished, 'python3'));

    const sample = writeProject(mkdtempSync(join(tmpdir(), 'ww-build-tool-cache-')), { kind: 'setuptools-scm', tag: '1.0.0' });
    const build = (python: string, toolCache: string) =>
      runAction('build-wheel', {
        workspace: sample.dir,
        inputs: { python, isolation: false, version: '1.0.0' },
        env: { ...RUNNER_PYTHON_ENV, RUNNER_TOOL_CACHE: toolCache },
        timeoutMs: 240_000,
      });
    found = await build(minor, cache);
    missing = await build('3.99', cache);
    emptyCache = await build(minor, mkdtempSync(join(tmpdir(), 'ww-tool-cache-empty-')));
  }, 300_000);

  it(`resolves to the cached interpreter (${version}) and builds with it`, () => {
    expect(found.errors).toEqual([]);
    expect(found.exitCode).toBe(0);
    expect(found.stdout).toContain(`Built with ${cached} (Python ${version})`);
    expect(found.outputs.wheel).toMatch(/ww_sample-1\.0\.0-py3-none-any\.whl$/);
  });

  it('a version the cache does not hold is one line naming the python input and what the cache holds', () => {
    expect(missing.exitCode).toBe(1);
    expect(missing.errors).toHaveLength(1);
    const [message = ''] = missing.errors;
    expect(message).toContain("input 'python' is '3.99'");
    expect(message).toContain(`holds only ${version}`);
    expect(message).not.toContain('\n');
    expect(missing.stdout).toContain('hint: run actions/setup-python with that version first');
    expect(missing.outputs).toEqual({});
  });

  it('an empty tool cache says so, naming the python input', () => {
    expect(emptyCache.exitCode).toBe(1);
    expect(emptyCache.errors).toEqual([
      expect.stringMatching(new RegExp(`^input 'python' is '${minor.replace('.', '\\.')}', but .* holds no Python$`)),
    ]);
  });
});
