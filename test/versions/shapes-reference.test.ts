/**
 * The version of every project shape against the project's own build backend (setuptools with
 * setuptools_scm 10.3, hatchling with hatch-vcs, flit-core, poetry-core) in one venv from the mirror:
 * prepare_metadata_for_build_wheel says which version the wheel gets, and pep440-version must say the same
 * and name where it came from. setuptools_scm's own string (before metadata normalizes it) for the cases
 * that keep the tag's spelling.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { silentLogger } from '@wheelwright/core/log';
import { computeVersion, type VersionResult } from '@wheelwright/core/version';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanPythonEnv, referenceVenv, venvPython } from '../support/python';
import { BACKENDS, buildShapes, type Shape } from './project-shapes';

const SOURCE_DATE_EPOCH = '1700050000';
const run = promisify(execFile);

interface Answer {
  version?: string;
  error?: string;
}

describe('version sources against the build backends', () => {
  let base = '';
  let shapes: Shape[] = [];
  const results = new Map<string, { ours: VersionResult | Error; backend: Answer; cli?: Answer }>();

  beforeAll(async () => {
    const built = buildShapes();
    base = built.base;
    shapes = built.shapes;
    const python = venvPython(await referenceVenv(BACKENDS));
    const env = cleanPythonEnv({ SOURCE_DATE_EPOCH });
    for (const shape of shapes) {
      const ours = await computeVersion({ path: shape.dir, fetchTags: false, env }, silentLogger).catch((error: Error) => error);
      const backend = JSON.parse(
        (await run(python, [join(import.meta.dirname, 'reference', 'backend_version.py'), shape.dir], { env, cwd: shape.dir })).stdout
          .trim()
          .split('\n')
          .pop() as string,
      ) as Answer;
      let cli: Answer | undefined;
      if (shape.scmCli) {
        const out = await run(python, ['-m', 'setuptools_scm'], { env, cwd: shape.dir }).then(
          (r) => ({ version: r.stdout.trim() }),
          (error: Error) => ({ error: error.message }),
        );
        cli = out;
      }
      results.set(shape.name, { ours, backend, ...(cli ? { cli } : {}) });
    }
  }, 600_000);

  afterAll(() => {
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it('covers every shape', () => {
    expect(shapes.map((s) => s.name)).toHaveLength(15);
  });

  it.each([
    'setuptools_scm in pyproject.toml',
    'setuptools_scm with setup.cfg metadata',
    'setup.py use_scm_version=True',
    'setup.py use_scm_version={...} over [tool.setuptools_scm]',
    'hatch-vcs with tag-pattern and raw-options',
    'hatchling regex version path',
    "flit's __version__",
    'poetry-core [tool.poetry] version',
    '[project] version',
    'setup.cfg version = attr:',
    'monorepo pkg-a (tag_regex + describe command)',
    'monorepo pkg-b (tag.prefix)',
    '[tool.vcs-versioning] subfolder, towncrier-fragments',
    'normalize = false',
    'git archive with .git_archival.txt (no .git)',
  ])('%s: the version the build makes, and its source', (name) => {
    const shape = shapes.find((s) => s.name === name) as Shape;
    const result = results.get(name);
    expect(result, name).toBeDefined();
    const { ours, backend, cli } = result as { ours: VersionResult | Error; backend: Answer; cli?: Answer };
    if (ours instanceof Error) throw ours;
    expect(backend.error).toBeUndefined();
    expect(ours.versionSource).toBe(shape.source);
    if (cli) {
      // setuptools_scm's own string; the metadata holds its normal form.
      expect(ours.version).toBe(cli.version);
      expect(ours.publicVersion).toBe(backend.version?.split('+')[0]);
    } else {
      expect(ours.version).toBe(backend.version);
    }
    if (shape.source === 'static') {
      expect(ours.version).toBe(shape.staticVersion);
      expect(ours.source).toBe('static');
    } else {
      // Every git-derived shape sits off its tag: the answer must not be the tag itself.
      expect(ours.source).not.toBe('static');
      expect(ours.version).toMatch(/dev|post/);
    }
  });
});
