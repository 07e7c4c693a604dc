/**
 * The release manifest records how the version was made (source.versionSource / source.versionFrom), so a
 * later step can tell a static version that must be bumped in the project from a git-derived one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRelease } from '@wheelwright/core/build';
import { silentLogger } from '@wheelwright/core/log';
import { readManifest } from '@wheelwright/core/manifest';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanPythonEnv, PYTHON } from '../support/python';
import { writeProject } from '../support/python-project';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the manifest records the version source', () => {
  it.each([
    ['static-version', 'static', 'pyproject.toml [project] version', '2.5.0'],
    ['setuptools-scm', 'setuptools_scm', 'pyproject.toml [tool.setuptools_scm]', '2.5.0'],
  ] as const)(
    '%s project: source.versionSource %s',
    async (kind, versionSource, versionFrom, version) => {
      const dir = mkdtempSync(join(tmpdir(), 'ww-origin-'));
      made.push(dir);
      const project = writeProject(join(dir, 'p'), { kind, version, tag: version });
      const result = await buildRelease(
        {
          path: project.dir,
          python: PYTHON,
          isolation: false,
          skipDependencyCheck: true,
          sdist: false,
          strict: false,
          env: cleanPythonEnv(),
        },
        silentLogger,
      );
      const manifest = await readManifest(result.manifestPath);
      expect(manifest.version).toBe(version);
      expect(manifest.source).toMatchObject({ versionSource, versionFrom, tag: version });
    },
    180_000,
  );
});
