/**
 * Writes real Python projects for tests (build-wheel, clean-env-test, pipeline): each a git repository
 * with one commit, built by a real PEP 517 backend. Good ones and the classic broken ones.
 *
 *   const project = writeProject(mkdtempSync(...), { kind: 'package-data', tag: '1.0.0' });
 *   project.repo.commit('more'); // a GitRepo, for further history
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GitRepo } from './git-repo';

export type ProjectKind =
  /** src layout, setuptools + setuptools_scm (version from git), a console script, a test suite. */
  | 'setuptools-scm'
  /** setuptools_scm project with package data (JSON + a templates/ folder) read at runtime. */
  | 'package-data'
  /** PEP 420 namespace: `acme/<leaf>/` without `acme/__init__.py`, setuptools + setuptools_scm. */
  | 'namespace'
  /** hatchling with a static version (Debian has python3-hatchling). */
  | 'hatchling'
  /**
   * Broken: plain setuptools (no setuptools_scm file finder), a tracked data file no sdist rule includes.
   * Build it isolated: an installed setuptools_scm (Debian's) registers its file finder for every
   * setuptools build and would put the file in the sdist anyway.
   */
  | 'data-not-in-sdist'
  /** Broken: flat layout whose package discovery ships a top-level `tests` package. */
  | 'tests-in-wheel'
  /** Broken: an in-tree backend (setuptools underneath) that edits a module after RECORD was written. */
  | 'tampered-record'
  /** Plain setuptools with a static version (ignores setuptools_scm's pretend variables). */
  | 'static-version';

export interface ProjectOptions {
  kind?: ProjectKind;
  /** The distribution name (default: per kind, e.g. `ww-sample`). */
  name?: string;
  /** The static version for kinds without setuptools_scm (default `1.0.0`). */
  version?: string;
  /** Tag the commit (setuptools_scm kinds then build exactly this version). */
  tag?: string;
  /** Initialise git and commit everything (default true). */
  git?: boolean;
  /** Extra files to write (and commit), path → content. */
  files?: Record<string, string>;
}

export interface PythonProject {
  dir: string;
  /** Distribution name as written in pyproject.toml. */
  name: string;
  /** The import package (`ww_sample`, or `acme.widgets` for the namespace kind). */
  importName: string;
  /** Files written, relative to dir (forward slashes). */
  files: string[];
  /** Present when git was initialised. */
  repo?: GitRepo;
}

const SCM_BUILD_SYSTEM = `[build-system]
requires = ["setuptools>=64", "setuptools_scm>=7"]
build-backend = "setuptools.build_meta"
`;

const CLASSIFIERS = `classifiers = [
  "Programming Language :: Python :: 3",
  "Programming Language :: Python :: 3.10",
  "Programming Language :: Python :: 3.11",
  "Programming Language :: Python :: 3.12",
  "License :: OSI Approved :: MIT License",
]`;

function readme(name: string): string {
  return `# ${name}\n\nA project written by Wheelwright's tests.\n`;
}

export function writeProject(dir: string, options: ProjectOptions = {}): PythonProject {
  const kind = options.kind ?? 'setuptools-scm';
  const name = options.name ?? (kind === 'namespace' ? 'acme-widgets' : 'ww-sample');
  const module = name.replace(/[-.]+/g, '_').toLowerCase();
  const version = options.version ?? '1.0.0';
  const files: Record<string, string> = {
    'README.md': readme(name),
    LICENSE: 'MIT License\n',
    '.gitignore': 'dist/\nbuild/\n*.egg-info/\n__pycache__/\n',
  };
  let importName = module;

  const project = (extra: string, dynamicVersion: boolean) => `[project]
name = "${name}"
${dynamicVersion ? 'dynamic = ["version"]' : `version = "${version}"`}
description = "A sample project for Wheelwright tests"
readme = "README.md"
requires-python = ">=3.9"
dependencies = ["packaging>=20; python_version >= '3.8'"]
${CLASSIFIERS}
${extra}`;

  switch (kind) {
    case 'setuptools-scm':
    case 'package-data': {
      files['pyproject.toml'] = `${SCM_BUILD_SYSTEM}
${project(`[project.scripts]\n${name} = "${module}.cli:main"\n`, true)}
[tool.setuptools_scm]
`;
      files[`src/${module}/__init__.py`] = 'from importlib.metadata import version\n\n__version__ = version(__name__.replace("_", "-"))\n';
      files[`src/${module}/cli.py`] = `def main():\n    print("hello from ${name}")\n`;
      files['tests/test_basic.py'] = `import ${module}\n\n\ndef test_version():\n    assert ${module}.__version__\n`;
      if (kind === 'package-data') {
        files[`src/${module}/data/defaults.json`] = '{"colour": "blue"}\n';
        files[`src/${module}/templates/page.html`] = '<p>{{ body }}</p>\n';
        files[`src/${module}/settings.py`] =
          'import json\nfrom importlib.resources import files\n\n\ndef defaults():\n    return json.loads(files(__package__).joinpath("data/defaults.json").read_text())\n';
        files['tests/test_data.py'] =
          `from ${module}.settings import defaults\n\n\ndef test_defaults():\n    assert defaults() == {"colour": "blue"}\n`;
      }
      break;
    }
    case 'namespace': {
      importName = 'acme.widgets';
      files['pyproject.toml'] = `${SCM_BUILD_SYSTEM}
${project('', true)}
[tool.setuptools.packages.find]
where = ["src"]
include = ["acme.*"]
namespaces = true

[tool.setuptools_scm]
`;
      files['src/acme/widgets/__init__.py'] = 'def spin():\n    return "spinning"\n';
      files['tests/test_spin.py'] = 'from acme.widgets import spin\n\n\ndef test_spin():\n    assert spin() == "spinning"\n';
      break;
    }
    case 'hatchling': {
      files['pyproject.toml'] = `[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

${project('', false)}
[tool.hatch.build.targets.wheel]
packages = ["src/${module}"]
`;
      files[`src/${module}/__init__.py`] = `__version__ = "${version}"\n`;
      files[`src/${module}/py.typed`] = '';
      break;
    }
    case 'data-not-in-sdist': {
      // No setuptools_scm: the sdist holds what setuptools finds by itself (modules, README, pyproject),
      // so a data file git tracks silently never reaches the sdist, nor the wheel built from it.
      files['pyproject.toml'] = `[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

${project('', false)}`;
      files[`src/${module}/__init__.py`] = '';
      files[`src/${module}/data/defaults.json`] = '{"colour": "blue"}\n';
      break;
    }
    case 'tests-in-wheel': {
      files['pyproject.toml'] = `[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

${project('', false)}
[tool.setuptools.packages.find]
where = ["."]
include = ["*"]
exclude = ["dist*", "build*"]
`;
      files[`${module}/__init__.py`] = '';
      files['tests/__init__.py'] = '';
      files['tests/test_x.py'] = 'def test_x():\n    pass\n';
      break;
    }
    case 'tampered-record': {
      // PEP 517 in-tree backend (backend-path): setuptools builds, then a module is rewritten without
      // updating RECORD — what a post-processing step gone wrong produces.
      files['pyproject.toml'] = `[build-system]
requires = ["setuptools>=61"]
build-backend = "tamper_backend"
backend-path = ["_build"]

${project('', false)}
[tool.setuptools.packages.find]
where = ["src"]
`;
      files[`src/${module}/__init__.py`] = 'VALUE = 1\n';
      files['_build/tamper_backend.py'] = `import os
import zipfile

from setuptools.build_meta import *  # noqa: F401,F403
from setuptools import build_meta as _orig


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    name = _orig.build_wheel(wheel_directory, config_settings, metadata_directory)
    path = os.path.join(wheel_directory, name)
    with zipfile.ZipFile(path) as zin:
        items = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            if info.filename == "${module}/__init__.py":
                data = b"VALUE = 2\\n"
            zout.writestr(info, data)
    return name
`;
      files['MANIFEST.in'] = 'include _build/tamper_backend.py\n';
      break;
    }
    case 'static-version': {
      files['pyproject.toml'] = `[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

${project('', false)}`;
      files[`src/${module}/__init__.py`] = '';
      break;
    }
  }
  Object.assign(files, options.files ?? {});
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const result: PythonProject = { dir, name, importName, files: Object.keys(files).sort() };
  if (options.git ?? true) {
    const repo = GitRepo.init(dir);
    repo.commit('initial project', {});
    if (options.tag) repo.tag(options.tag);
    result.repo = repo;
  }
  return result;
}
