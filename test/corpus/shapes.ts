/**
 * The proof corpus: Python projects in the shapes real repositories have, each a real git repository with
 * a history and a final release tag at HEAD, built to go through `wheelwright pipeline` to `stable`.
 *
 * Each shape combines a version source with a test-dependency source and a layout, so a handful of
 * repositories cover every case: setuptools_scm in pyproject.toml / setup.cfg / setup.py, hatch-vcs, flit
 * and poetry-core with static versions, a monorepo of two packages with prefixed tags; PEP 735 groups, tox
 * deps, a test extra, a requirements file; src, flat and namespace layouts; tests that read checkout files.
 * Every test module asserts that the package it imports is the installed copy (site-packages), never the
 * checkout's, so a shape passes only when the tests ran against the wheel.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo } from '../support/git-repo';
import { uniqueProject } from '../support/real-stores';

/** The build backends of the shapes (the versions' reference tests install the same list). */
export const CORPUS_BACKENDS = ['setuptools-scm==10.3.4', 'setuptools>=80', 'hatchling', 'hatch-vcs', 'flit-core', 'poetry-core'];

export type ServerFlavour = 'devpi' | 'pypiserver';

export interface CorpusShape {
  /** What the shape is, for test names. */
  label: string;
  /** The distribution name (unique in the run: the real servers are shared by every test). */
  name: string;
  /** What the install check imports (a dotted name for the namespace package). */
  importName: string;
  /** The project folder (a subfolder of the repository for the monorepo). */
  dir: string;
  repo: GitRepo;
  /** The release tag at HEAD (what a CI tag build names). */
  tag: string;
  version: string;
  /** The manifest's `source.versionSource`. */
  versionSource: 'static' | 'setuptools_scm' | 'hatch-vcs';
  /** The manifest's test record: where the test dependencies came from. */
  testDependencies: string;
  /** Tests the shape's suite holds (all must pass). */
  tests: number;
  /** The real server this shape's second leg goes to (the corpus alternates them). */
  server: ServerFlavour;
  /** Further `wheelwright pipeline` flags. */
  flags: string[];
  /** Lines the pipeline's step log must hold (warnings the shape provokes). */
  logLines?: string[];
}

/** clean-env-test's answer when a project keeps no test dependencies anywhere. */
const NO_TEST_DEPENDENCIES = 'none found (no test group, test extra, test requirements file or tox deps)';

const SCM_BUILD = '[build-system]\nrequires = ["setuptools>=64", "setuptools-scm>=8"]\nbuild-backend = "setuptools.build_meta"\n';

// pytest's cache and the backends' build output stay out of git status (the release must be clean).
const GITIGNORE = 'build/\ndist/\n*.egg-info/\n__pycache__/\n.pytest_cache/\n.wheelwright/\n';

/**
 * A run-unique name without a `-<digit>` part: pypiserver tells a file's project from its version at the
 * first `-<digit>` followed by a letter or dot, so `x-8c8-2-1.0.tar.gz` (setuptools keeps the hyphens in
 * sdist names) would be listed as project `x`, and the upload never shows up under its name.
 */
function project(label: string): { name: string; module: string } {
  const name = uniqueProject(label).name.replace(/-(?=\d)/g, '-n');
  return { name, module: name.replace(/-/g, '_') };
}

/** A test module that fails unless `module` comes from the installed wheel. */
function installedCopyTest(module: string, extra = ''): string {
  return `import ${module}\n${extra ? `${extra}\n` : ''}\n\ndef test_installed_copy():\n    assert "site-packages" in ${module}.__file__, ${module}.__file__\n`;
}

function toml(...parts: string[]): string {
  return `${parts.join('\n')}\n`;
}

/** A repository with an older release, work after it, and the final release tag at HEAD. */
function released(root: string, folder: string, files: Record<string, string>, older: string, tag: string, annotated: boolean): GitRepo {
  mkdirSync(join(root, folder), { recursive: true });
  const repo = GitRepo.init(join(root, folder));
  repo.commit('the project', { '.gitignore': GITIGNORE, 'README.md': `# ${folder}\n\nA project of the proof corpus.\n`, ...files });
  repo.tag(older, { annotated });
  repo.commit('work after the last release', { 'NEWS.txt': `after ${older}\n` });
  repo.tag(tag, { annotated });
  return repo;
}

export function buildCorpus(root: string): CorpusShape[] {
  const shapes: CorpusShape[] = [];

  // setuptools_scm configured in pyproject.toml, src layout, test dependencies in a PEP 735 group with
  // include-group (Debian's pip 23 has no --group: the group is resolved by Wheelwright).
  {
    const { name, module } = project('corpus-groups');
    const repo = released(
      root,
      'scm-pyproject',
      {
        'pyproject.toml': toml(
          SCM_BUILD,
          `[project]\nname = "${name}"\ndynamic = ["version"]\nrequires-python = ">=3.9"\nreadme = "README.md"\n`,
          '[tool.setuptools_scm]\n',
          '[dependency-groups]\ntyping = ["tomli_w>=1"]\ntest = ["six>=1.10", {include-group = "typing"}]\ndev = [{include-group = "test"}, "colorama"]',
        ),
        [`src/${module}/__init__.py`]: 'VALUE = 1\n',
        'tests/test_groups.py': installedCopyTest(
          module,
          'import importlib.util\n\nimport six\nimport tomli_w\n\n\ndef test_group_dependencies():\n    assert six.PY3 and tomli_w.dumps({"a": 1})\n    # dev comes after test: its colorama is not installed\n    assert importlib.util.find_spec("colorama") is None',
        ),
      },
      'v1.3.0',
      'v1.4.0',
      true,
    );
    shapes.push({
      label: 'setuptools_scm in pyproject.toml, PEP 735 groups, src layout',
      name,
      importName: module,
      dir: repo.dir,
      repo,
      tag: 'v1.4.0',
      version: '1.4.0',
      versionSource: 'setuptools_scm',
      testDependencies: "dependency group 'test' (pyproject.toml)",
      tests: 2,
      server: 'devpi',
      flags: [],
    });
  }

  // setuptools_scm with setup.cfg metadata, a PEP 420 namespace package, test dependencies in tox deps; a
  // namespace portion in the checkout must not merge into the installed namespace.
  {
    const { name, module } = project('corpus-ns');
    const repo = released(
      root,
      'scm-setup-cfg',
      {
        'pyproject.toml': toml(SCM_BUILD, '[tool.setuptools_scm]'),
        'setup.cfg': `[metadata]\nname = ${name}\nlong_description = file: README.md\nlong_description_content_type = text/markdown\n\n[options]\npackages = find_namespace:\npackage_dir =\n    =src\n\n[options.packages.find]\nwhere = src\n`,
        [`src/${module}/alpha/__init__.py`]: 'WHERE = "installed"\n',
        [`${module}/beta/__init__.py`]: 'WHERE = "checkout only"\n',
        'tox.ini':
          '[tox]\nenvlist = py3\n\n[testenv]\ndeps =\n    six\n    py39: colorama\n    -r requirements/ci.txt\ncommands = pytest {posargs}\n',
        'requirements/ci.txt': 'tomli_w\n',
        'tests/test_ns.py': `import importlib.util\n\nimport six\nimport tomli_w\n\nfrom ${module} import alpha\n\n\ndef test_installed_portion_only():\n    assert six.PY3 and tomli_w.dumps({}) == ""\n    # a factor-conditional line needs tox itself: left out\n    assert importlib.util.find_spec("colorama") is None\n    assert "site-packages" in alpha.__file__, alpha.__file__\n    assert importlib.util.find_spec("${module}.beta") is None\n`,
      },
      '2.0.0',
      '2.1.0',
      false,
    );
    shapes.push({
      label: 'setuptools_scm with setup.cfg, namespace package, tox deps',
      name,
      importName: `${module}.alpha`,
      dir: repo.dir,
      repo,
      tag: '2.1.0',
      version: '2.1.0',
      versionSource: 'setuptools_scm',
      testDependencies: 'tox deps (tox.ini)',
      tests: 1,
      logLines: ["tox deps (tox.ini): left out 'py39: colorama' (needs tox itself to evaluate)"],
      server: 'pypiserver',
      flags: [],
    });
  }

  // setup.py use_scm_version, flat layout (the checkout's package sits where pytest starts, and tests/ is
  // a package), a `tests` extra, tests that read files of the checkout.
  {
    const { name, module } = project('corpus-flat');
    const repo = released(
      root,
      'scm-setup-py',
      {
        'pyproject.toml': toml(SCM_BUILD),
        'setup.py': `from setuptools import setup\n\nsetup(\n    name="${name}",\n    use_scm_version=True,\n    long_description=open("README.md").read(),\n    long_description_content_type="text/markdown",\n    packages=["${module}"],\n    extras_require={"tests": ["six"]},\n)\n`,
        [`${module}/__init__.py`]: 'VALUE = 3\n',
        'CHANGELOG.md': '# Changes\n\n## 0.5.0\n',
        'tests/__init__.py': '',
        'tests/test_flat.py': installedCopyTest(
          module,
          'import subprocess\nimport sys\nfrom pathlib import Path\n\nimport six\n\n\ndef test_reads_checkout_files():\n    assert six.PY3\n    assert Path("CHANGELOG.md").read_text().startswith("# Changes")\n    assert "use_scm_version" in (Path(__file__).parents[1] / "setup.py").read_text()\n\n\ndef test_child_python_too():\n    out = subprocess.run([sys.executable, "-c", "import ' +
            module +
            '; print(' +
            module +
            '.__file__)"], capture_output=True, text=True, check=True)\n    assert "site-packages" in out.stdout',
        ),
      },
      'v0.4.0',
      'v0.5.0',
      true,
    );
    shapes.push({
      label: 'setup.py use_scm_version, flat layout, tests extra, tests read checkout files',
      name,
      importName: module,
      dir: repo.dir,
      repo,
      tag: 'v0.5.0',
      version: '0.5.0',
      versionSource: 'setuptools_scm',
      testDependencies: "extra 'tests' of the release",
      tests: 3,
      server: 'devpi',
      flags: [],
    });
  }

  // hatchling with hatch-vcs, test dependencies in requirements-test.txt.
  {
    const { name, module } = project('corpus-hatch');
    const repo = released(
      root,
      'hatch-vcs',
      {
        'pyproject.toml': toml(
          '[build-system]\nrequires = ["hatchling", "hatch-vcs"]\nbuild-backend = "hatchling.build"\n',
          `[project]\nname = "${name}"\ndynamic = ["version"]\nreadme = "README.md"\n`,
          '[tool.hatch.version]\nsource = "vcs"\n',
          `[tool.hatch.build.targets.wheel]\npackages = ["src/${module}"]`,
        ),
        [`src/${module}/__init__.py`]: 'VALUE = 4\n',
        'requirements-test.txt': '# test-only dependencies\ntomli_w>=1.0\n',
        'tests/test_hatch.py': installedCopyTest(module, 'import tomli_w\n\n\ndef test_requirement():\n    assert tomli_w.dumps({}) == ""'),
      },
      'v2.9.0',
      'v3.0.0',
      true,
    );
    shapes.push({
      label: 'hatch-vcs, requirements-test.txt',
      name,
      importName: module,
      dir: repo.dir,
      repo,
      tag: 'v3.0.0',
      version: '3.0.0',
      versionSource: 'hatch-vcs',
      testDependencies: "requirements file 'requirements-test.txt'",
      tests: 2,
      server: 'pypiserver',
      flags: [],
    });
  }

  // flit with a static __version__ (the tag names the same version).
  {
    const { name, module } = project('corpus-flit');
    const repo = released(
      root,
      'flit-static',
      {
        'pyproject.toml': toml(
          '[build-system]\nrequires = ["flit_core>=3.4"]\nbuild-backend = "flit_core.buildapi"\n',
          `[project]\nname = "${name}"\ndynamic = ["version", "description"]\nreadme = "README.md"\n`,
          '[dependency-groups]\ntests = ["six"]',
        ),
        [`${module}.py`]: '"""A flit project."""\n\n__version__ = "2.0.1"\n',
        'tests/test_flit.py': installedCopyTest(
          module,
          `import six\n\n\ndef test_static_version():\n    assert six.PY3 and ${module}.__version__ == "2.0.1"`,
        ),
      },
      '2.0.0',
      '2.0.1',
      false,
    );
    shapes.push({
      label: 'flit, static __version__',
      name,
      importName: module,
      dir: repo.dir,
      repo,
      tag: '2.0.1',
      version: '2.0.1',
      versionSource: 'static',
      testDependencies: "dependency group 'tests' (pyproject.toml)",
      tests: 2,
      server: 'devpi',
      flags: [],
    });
  }

  // poetry-core with a static [tool.poetry] version.
  {
    const { name, module } = project('corpus-poetry');
    const repo = released(
      root,
      'poetry-static',
      {
        'pyproject.toml': toml(
          '[build-system]\nrequires = ["poetry-core>=1.0"]\nbuild-backend = "poetry.core.masonry.api"\n',
          `[tool.poetry]\nname = "${name}"\nversion = "0.3.0"\ndescription = "a poetry project"\nreadme = "README.md"\nauthors = ["Test <test@example.invalid>"]\npackages = [{ include = "${module}", from = "src" }]`,
        ),
        [`src/${module}/__init__.py`]: 'VALUE = 6\n',
        'tests/test_poetry.py': installedCopyTest(module),
      },
      'v0.2.0',
      'v0.3.0',
      true,
    );
    shapes.push({
      label: 'poetry-core, static [tool.poetry] version',
      name,
      importName: module,
      dir: repo.dir,
      repo,
      tag: 'v0.3.0',
      version: '0.3.0',
      versionSource: 'static',
      testDependencies: NO_TEST_DEPENDENCIES,
      tests: 1,
      server: 'pypiserver',
      flags: [],
    });
  }

  // A monorepo: two packages in subfolders, each released by its own prefixed tag (both on HEAD).
  {
    const a = project('corpus-mono-a');
    const b = project('corpus-mono-b');
    mkdirSync(join(root, 'monorepo'), { recursive: true });
    const repo = GitRepo.init(join(root, 'monorepo'));
    const pkg = (folder: string, project: { name: string; module: string }, prefix: string) => ({
      [`${folder}/pyproject.toml`]: toml(
        SCM_BUILD,
        `[project]\nname = "${project.name}"\ndynamic = ["version"]\nreadme = "README.md"\n`,
        `[tool.setuptools_scm]\nroot = ".."\ntag_regex = "^${prefix}v(?P<version>\\\\d+(?:\\\\.\\\\d+)*)$"`,
        `git_describe_command = "git describe --dirty --tags --long --match '${prefix}v*'"`,
      ),
      [`${folder}/README.md`]: `# ${project.name}\n`,
      [`${folder}/src/${project.module}/__init__.py`]: `NAME = "${project.name}"\n`,
      [`${folder}/tests/test_${project.module}.py`]: installedCopyTest(project.module),
    });
    repo.commit('two packages', {
      '.gitignore': GITIGNORE,
      'README.md': '# two packages\n',
      ...pkg('pkg-a', a, 'pkg-a-'),
      ...pkg('pkg-b', b, 'pkg-b-'),
    });
    repo.tag('pkg-a-v0.9.0', { annotated: true });
    repo.tag('pkg-b-v1.9.0', { annotated: true });
    repo.commit('work on both', { 'pkg-a/NEWS.txt': 'a\n', 'pkg-b/NEWS.txt': 'b\n' });
    repo.tag('pkg-a-v1.0.0', { annotated: true });
    repo.tag('pkg-b-v2.0.0', { annotated: true });
    const common = { repo, versionSource: 'setuptools_scm' as const, testDependencies: NO_TEST_DEPENDENCIES, tests: 1 };
    shapes.push({
      ...common,
      label: 'monorepo package a, prefixed tags (tag_regex)',
      name: a.name,
      importName: a.module,
      dir: join(repo.dir, 'pkg-a'),
      tag: 'pkg-a-v1.0.0',
      version: '1.0.0',
      server: 'devpi',
      flags: [],
    });
    shapes.push({
      ...common,
      label: 'monorepo package b, prefixed tags (--tag-regex)',
      name: b.name,
      importName: b.module,
      dir: join(repo.dir, 'pkg-b'),
      tag: 'pkg-b-v2.0.0',
      version: '2.0.0',
      server: 'pypiserver',
      flags: ['--tag-regex', '^pkg-b-v(?P<version>\\d+(?:\\.\\d+)*)$'],
    });
  }
  return shapes;
}
