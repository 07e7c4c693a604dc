/**
 * `wheelwright pipeline` on a real project (real git, build, pip, pytest): the clean-env results land in
 * --work-dir, the run's temporary folder is removed whether the run passed or failed, --debug keeps it and
 * says where, a failure's hint names the pipeline's flag, and the printed install line (a direct reference
 * pinned by hash) installs the release on a default pip setup, its dependencies from the usual index.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main';
import { runOk } from '../support/processes';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX, venvPython } from '../support/python';
import { type PythonProject, writeProject } from '../support/python-project';

const root = mkdtempSync(join(tmpdir(), 'ww-pipeline-run-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let project: PythonProject;
beforeAll(() => {
  project = writeProject(join(root, 'project'), {
    tag: 'v1.0.0',
    files: {
      'tests/test_more.py': 'def test_other():\n    pass\n\n\ndef test_deselected():\n    raise AssertionError("-k keeps me out")\n',
    },
  });
});

interface Run {
  code: number;
  result: Record<string, unknown>;
  err: string;
  /** The TMPDIR the run was given: what it left there. */
  leftovers: string[];
  tmp: string;
}

async function pipeline(name: string, ...extra: string[]): Promise<Run & { work: string }> {
  const tmp = join(root, `${name}-tmp`);
  const work = join(root, `${name}-work`);
  mkdirSync(tmp);
  let out = '';
  let err = '';
  const code = await main(
    [
      'pipeline',
      project.dir,
      '--store',
      join(root, `${name}-store`),
      '--python',
      PYTHON,
      '--no-isolation',
      '--extra-index-url',
      UPSTREAM_INDEX,
      '--work-dir',
      work,
      ...extra,
    ],
    { out: (t) => (out += t), err: (t) => (err += t), env: cleanPythonEnv({ TMPDIR: tmp, PYTHONDONTWRITEBYTECODE: '1' }), cwd: root },
  );
  return { code, result: JSON.parse(out || '{}'), err, leftovers: readdirSync(tmp), tmp, work };
}

describe('wheelwright pipeline on a real project', () => {
  it('passes: results in --work-dir, no temporary folder left, an install line that installs', async () => {
    const run = await pipeline('ok', '--pytest-args', '-k "version or other"', '--pytest-args', '-p no:cacheprovider');
    expect(run.code, run.err).toBe(0);
    expect(run.result).toMatchObject({ ok: true, name: 'ww-sample', version: '1.0.0', channel: 'stable' });
    // The clean-env test's JUnit XML and freeze beside the step log and the build output, as the step's are.
    const results = readdirSync(join(run.work, 'clean-env-test'));
    expect(results.some((file) => file.endsWith('.xml'))).toBe(true);
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(existsSync(join(run.work, 'pipeline.log'))).toBe(true);
    // -k kept the two selected tests and left the failing one out: the split respected the quotes.
    const junit = results.find((file) => file.endsWith('.xml')) ?? '';
    expect((await runOk(PYTHON, ['-c', JUNIT_COUNTS, join(run.work, 'clean-env-test', junit)])).trim()).toBe('2 0 0');
    expect(run.leftovers.filter((entry) => entry.startsWith('wheelwright'))).toEqual([]);
    expect(run.err).not.toContain('kept the work folder');

    // The line names the wheel by direct reference, pinned by hash: no --index-url, no --extra-index-url.
    const install = String(run.result.install ?? '');
    const match = /^pip install "ww-sample @ (file:\/\/\S+\.whl)#sha256=([0-9a-f]{64})"$/.exec(install);
    expect(match, install).not.toBeNull();
    expect(run.err).toContain(`  ${install}\n`);
    // A default pip setup: the user's usual index (here the offline mirror) for the dependency (packaging).
    const venv = join(root, 'install-venv');
    await runOk(PYTHON, ['-m', 'venv', venv], { env: cleanPythonEnv() });
    const requirement = install.slice('pip install '.length).replace(/^"|"$/g, '');
    await runOk(venvPython(venv), ['-m', 'pip', 'install', '-q', '--index-url', UPSTREAM_INDEX, requirement], {
      env: cleanPythonEnv(),
      timeoutMs: 240_000,
    });
    const versions = await runOk(venvPython(venv), [
      '-c',
      'from importlib.metadata import version; print(version("ww-sample"), bool(version("packaging")))',
    ]);
    expect(versions.trim()).toBe('1.0.0 True');
  }, 600_000);

  it('fails: the hint names the flag, and no temporary folder is left', async () => {
    const run = await pipeline('fail', '--pytest-args', '--no-such-pytest-option');
    expect(run.code).toBe(1);
    expect(run.result).toMatchObject({ ok: false, channel: 'unstable' });
    expect(run.err).toContain("hint: check option '--pytest-args' and the pytest configuration");
    expect(run.err).not.toMatch(/\binput\b/);
    expect(run.leftovers.filter((entry) => entry.startsWith('wheelwright'))).toEqual([]);
  }, 600_000);

  it('--debug keeps the temporary folder and says where', async () => {
    const run = await pipeline('debug', '--pytest-args', '--no-such-pytest-option', '--debug');
    expect(run.code).toBe(1);
    const kept = /kept the work folder \(--debug\): (\S+)/.exec(run.err)?.[1] ?? '';
    expect(kept.startsWith(run.tmp)).toBe(true);
    expect(run.leftovers).toContain(kept.slice(run.tmp.length + 1));
    // The clean environment's folder (its venv) is inside, for a look at what the tests saw.
    expect(readdirSync(kept).some((entry) => entry.startsWith('wheelwright-clean-env-'))).toBe(true);
  }, 600_000);
});

const JUNIT_COUNTS = `
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
suites = [root] if root.tag == "testsuite" else list(root)
passed = sum(int(s.get("tests", 0)) - int(s.get("failures", 0)) - int(s.get("errors", 0)) - int(s.get("skipped", 0)) for s in suites)
print(passed, sum(int(s.get("failures", 0)) for s in suites), sum(int(s.get("errors", 0)) for s in suites))
`;
