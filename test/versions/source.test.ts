/** detectVersionSource on project files alone: what each backend's settings mean, and the errors. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { detectVersionSource } from '@wheelwright/core/version';
import { afterAll, describe, expect, it } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ww-source-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const detect = (dir: string) => detectVersionSource(dir, "input 'path'", { gitTopLevel: false });

describe('detectVersionSource', () => {
  it.each([
    ['[project] version', { 'pyproject.toml': '[project]\nname = "a"\nversion = "1.0"\n' }, 'static', '1.0'],
    [
      '[project] version wins over [tool.setuptools_scm]',
      { 'pyproject.toml': '[project]\nname = "a"\nversion = "2.0"\n[tool.setuptools_scm]\n' },
      'static',
      '2.0',
    ],
    [
      'setup.cfg file:',
      { 'setup.cfg': '[metadata]\nname = a\nversion = file: VERSION.txt\n', 'VERSION.txt': '3.0.1\n' },
      'static',
      '3.0.1',
    ],
    [
      '[tool.setuptools.dynamic] attr with package-dir',
      {
        'pyproject.toml':
          '[project]\nname = "a"\ndynamic = ["version"]\n[tool.setuptools]\npackage-dir = {"" = "lib"}\n[tool.setuptools.dynamic]\nversion = {attr = "pkg.about.__version__"}\n',
        'lib/pkg/about.py': "__version__: str = '4.2'  # the release\n",
      },
      'static',
      '4.2',
    ],
    ['setup.py version=', { 'setup.py': 'from setuptools import setup\nsetup(name="a", version="0.0.7")\n' }, 'static', '0.0.7'],
    [
      '[tool.vcs-versioning]',
      { 'pyproject.toml': '[project]\nname = "a"\ndynamic = ["version"]\n[tool.vcs-versioning]\nroot = ".."\n' },
      'setuptools_scm',
      undefined,
    ],
    [
      'setuptools-scm[simple] in build-system.requires',
      {
        'pyproject.toml':
          '[build-system]\nrequires = ["setuptools", "setuptools-scm[simple]>=9"]\n[project]\nname = "a"\ndynamic = ["version"]\n',
      },
      'setuptools_scm',
      undefined,
    ],
  ] as const)('%s', (_name, files, kind, version) => {
    const source = detect(project(files));
    expect(source.kind).toBe(kind);
    expect(source.staticVersion).toBe(version);
  });

  it('reads use_scm_version={…} settings over the pyproject table', () => {
    const source = detect(
      project({
        'pyproject.toml': '[tool.setuptools_scm]\nlocal_scheme = "dirty-tag"\nroot = "."\n',
        'setup.py':
          "setup(use_scm_version={'root': '..', 'relative_to': __file__, 'tag_regex': r'^v(?P<version>.*)$', 'scm': {'git': {'pre_parse': 'fail_on_shallow'}}})\n",
      }),
    );
    expect(source.scm?.settings).toEqual({
      local_scheme: 'dirty-tag',
      root: '..',
      tag_regex: '^v(?P<version>.*)$',
      scm: { git: { pre_parse: 'fail_on_shallow' } },
    });
  });

  it.each([
    [
      'a version only running code gives',
      {
        'pyproject.toml': '[project]\nname = "a"\ndynamic = ["version"]\n[tool.setuptools.dynamic]\nversion = {attr = "a.__version__"}\n',
        'a/__init__.py': 'from ._v import __version__\n',
      },
      /__version__ in .*a\/__init__\.py is not a plain string literal/,
    ],
    [
      'use_scm_version as code',
      { 'setup.py': 'from setuptools import setup\nsetup(use_scm_version=my_scheme)\n' },
      /use_scm_version is not a literal dict/,
    ],
    ['a folder without any project', { 'notes.txt': '' }, /holds no Python project/],
  ] as const)('fails on %s with one line naming it', (_name, files, message) => {
    expect(() => detect(project(files))).toThrow(message);
  });
});
