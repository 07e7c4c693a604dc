/**
 * build-wheel's sdist holds the same members as a plain `python -m build --sdist` of the same commit, both
 * isolated with setuptools and setuptools_scm 10 from UPSTREAM_INDEX: only member times and the gzip
 * header differ (the documented reproducibility clamp, reproducible-sdist.ts). setuptools_scm 10 writes
 * `*.egg-info/scm_version.json` only for a version it derived itself, never for a pretended one, so at a
 * release tag build-wheel must not pretend the version git already gives.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-harness';
import { runOk } from '../support/processes';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX } from '../support/python';
import { type PythonProject, writeProject } from '../support/python-project';

async function members(sdist: string): Promise<string[]> {
  const listed = await runOk(PYTHON, ['-c', 'import sys,tarfile;print("\\n".join(sorted(tarfile.open(sys.argv[1]).getnames())))', sdist]);
  return listed.trim().split('\n');
}

describe('an sdist at a release tag, build-wheel against plain python -m build', () => {
  let project: PythonProject;
  let run: ActionRun;
  let plain: string[];
  beforeAll(async () => {
    project = writeProject(mkdtempSync(join(tmpdir(), 'ww-sdist-members-')), { kind: 'package-data', tag: '2.1.0' });
    const reference = join(tmpdir(), `ww-plain-${process.pid}`);
    // A clean clone, so the reference build sees exactly what git tracks (no egg-info of another build).
    await runOk('git', ['clone', '-q', project.dir, reference]);
    await runOk(PYTHON, ['-m', 'build', '--sdist', '--outdir', join(reference, 'out'), reference], {
      env: cleanPythonEnv({ PIP_INDEX_URL: UPSTREAM_INDEX }),
      timeoutMs: 240_000,
    });
    plain = await members(join(reference, 'out', 'ww_sample-2.1.0.tar.gz'));
    // The version input, as a pipeline passes pep440-version's answer on.
    run = await runAction('build-wheel', {
      workspace: project.dir,
      inputs: { python: PYTHON, wheel: false, version: '2.1.0', 'index-url': UPSTREAM_INDEX, docs: false },
      env: { PIP_CONFIG_FILE: '/dev/null', SOURCE_DATE_EPOCH: undefined, SETUPTOOLS_SCM_PRETEND_VERSION: undefined },
      timeoutMs: 240_000,
    });
  }, 480_000);

  it('holds exactly the members of the plain build, scm_version.json included', async () => {
    expect(run.exitCode).toBe(0);
    expect(plain).toContain('ww_sample-2.1.0/src/ww_sample.egg-info/scm_version.json');
    expect(await members(run.outputs.sdist ?? '')).toEqual(plain);
  });
});
