/**
 * Python projects in the shapes real projects have, each in a real git repository (fixed clocks) and
 * tagged so that a git-derived version and the static one differ: every way of getting a version the
 * version sources know, monorepo packages with their own tag prefixes, and a `git archive` without `.git`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo } from '../support/git-repo';

/** The build backends of the shapes, installed from the mirror into one reference venv. */
export const BACKENDS = ['setuptools-scm==10.3.4', 'setuptools>=80', 'hatchling', 'hatch-vcs', 'flit-core', 'poetry-core'];

export interface Shape {
  name: string;
  /** The folder pep440-version is pointed at. */
  dir: string;
  /** The `version-source` output expected. */
  source: 'static' | 'setuptools_scm' | 'hatch-vcs';
  /** The static version the project declares (static shapes). */
  staticVersion?: string;
  /** Compare with `python -m setuptools_scm` (non-normalized versions, which metadata normalizes). */
  scmCli?: boolean;
}

const SETUPTOOLS_SCM_BUILD =
  '[build-system]\nrequires = ["setuptools>=64", "setuptools-scm>=8"]\nbuild-backend = "setuptools.build_meta"\n';

function toml(lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** Tags 1.0.0 (a version no static shape declares), then two commits: a git version would be 1.0.1.dev2+g…. */
function tagAndMove(repo: GitRepo, tag = '1.0.0'): void {
  repo.tag(tag, { annotated: true });
  repo.commit();
  repo.commit();
}

export function buildShapes(): { base: string; shapes: Shape[] } {
  const base = mkdtempSync(join(tmpdir(), 'ww-shapes-'));
  const shapes: Shape[] = [];
  const init = (name: string) => {
    mkdirSync(join(base, name));
    return GitRepo.init(join(base, name));
  };
  const project = (name: string, files: Record<string, string>): GitRepo => {
    const repo = init(name);
    repo.commit('project', files);
    return repo;
  };

  const scm = project('scm-pyproject', {
    'pyproject.toml': toml([SETUPTOOLS_SCM_BUILD, '[project]\nname = "scm-pyproject"\ndynamic = ["version"]\n', '[tool.setuptools_scm]']),
    'src/scm_pyproject/__init__.py': '',
  });
  tagAndMove(scm, 'v1.0.0');
  shapes.push({ name: 'setuptools_scm in pyproject.toml', dir: scm.dir, source: 'setuptools_scm' });

  const cfg = project('scm-setup-cfg', {
    'pyproject.toml': toml([SETUPTOOLS_SCM_BUILD, '[tool.setuptools_scm]\nversion_scheme = "no-guess-dev"']),
    'setup.cfg':
      '[metadata]\nname = scm-setup-cfg\n\n[options]\npackages = find:\npackage_dir =\n    =src\n\n[options.packages.find]\nwhere = src\n',
    'src/scm_setup_cfg/__init__.py': '',
  });
  tagAndMove(cfg, '2.0.0rc1');
  shapes.push({ name: 'setuptools_scm with setup.cfg metadata', dir: cfg.dir, source: 'setuptools_scm' });

  const legacy = project('scm-setup-py', {
    'pyproject.toml': toml(['[build-system]\nrequires = ["setuptools>=64", "setuptools-scm>=8"]\nbuild-backend = "setuptools.build_meta"']),
    'setup.py': 'from setuptools import setup\n\nsetup(name="scm-setup-py", use_scm_version=True, py_modules=["scm_setup_py"])\n',
    'scm_setup_py.py': '',
  });
  tagAndMove(legacy, '0.4.2');
  shapes.push({ name: 'setup.py use_scm_version=True', dir: legacy.dir, source: 'setuptools_scm' });

  const legacyDict = project('scm-setup-py-dict', {
    'pyproject.toml': toml([SETUPTOOLS_SCM_BUILD, '[tool.setuptools_scm]\nversion_scheme = "no-guess-dev"\nlocal_scheme = "dirty-tag"']),
    'setup.py':
      'from setuptools import setup\n\nsetup(\n    name="scm-setup-py-dict",\n    py_modules=["scm_setup_py_dict"],\n    use_scm_version={\n        # the keyword wins over pyproject.toml\n        "version_scheme": "post-release",\n        "local_scheme": "node-and-timestamp",\n        "relative_to": __file__,\n        "fallback_version": None,\n    },\n)\n',
    'scm_setup_py_dict.py': '',
  });
  tagAndMove(legacyDict, 'v0.7');
  shapes.push({ name: 'setup.py use_scm_version={...} over [tool.setuptools_scm]', dir: legacyDict.dir, source: 'setuptools_scm' });

  const hatch = project('hatch-vcs', {
    'pyproject.toml': toml([
      '[build-system]\nrequires = ["hatchling", "hatch-vcs"]\nbuild-backend = "hatchling.build"\n',
      '[project]\nname = "hatch-vcs-shape"\ndynamic = ["version"]\n',
      '[tool.hatch.version]\nsource = "vcs"\ntag-pattern = "^release-(?P<version>\\\\d+(?:\\\\.\\\\d+)*)$"\n',
      '[tool.hatch.version.raw-options]\nlocal_scheme = "no-local-version"\ngit_describe_command = "git describe --dirty --tags --long --abbrev=40 --match release-*"\n',
      '[tool.hatch.build.targets.wheel]\npackages = ["src/hatch_vcs_shape"]',
    ]),
    'src/hatch_vcs_shape/__init__.py': '',
  });
  hatch.tag('5.0.0', { annotated: true });
  hatch.commit();
  tagAndMove(hatch, 'release-3.1');
  shapes.push({ name: 'hatch-vcs with tag-pattern and raw-options', dir: hatch.dir, source: 'hatch-vcs' });

  const hatchStatic = project('hatch-static', {
    'pyproject.toml': toml([
      '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n',
      '[project]\nname = "hatch-static"\ndynamic = ["version"]\n',
      '[tool.hatch.version]\npath = "src/hatch_static/__about__.py"',
    ]),
    'src/hatch_static/__about__.py': '__version__ = "v4.5.6rc2"\n',
    'src/hatch_static/__init__.py': '',
  });
  tagAndMove(hatchStatic);
  shapes.push({ name: 'hatchling regex version path', dir: hatchStatic.dir, source: 'static', staticVersion: '4.5.6rc2' });

  const flit = project('flit', {
    'pyproject.toml': toml([
      '[build-system]\nrequires = ["flit_core>=3.4"]\nbuild-backend = "flit_core.buildapi"\n',
      '[project]\nname = "flit-shape"\ndescription = "a flit project"\ndynamic = ["version"]',
    ]),
    'src/flit_shape/__init__.py': '"""A flit project."""\n\n__version__ = "2.0.1"\n',
  });
  tagAndMove(flit);
  shapes.push({ name: "flit's __version__", dir: flit.dir, source: 'static', staticVersion: '2.0.1' });

  const poetry = project('poetry', {
    'pyproject.toml': toml([
      '[build-system]\nrequires = ["poetry-core>=1.0"]\nbuild-backend = "poetry.core.masonry.api"\n',
      '[tool.poetry]\nname = "poetry-shape"\nversion = "0.3.0"\ndescription = "a poetry project"\nauthors = ["Test <test@example.invalid>"]',
    ]),
    'poetry_shape/__init__.py': '',
  });
  tagAndMove(poetry);
  shapes.push({ name: 'poetry-core [tool.poetry] version', dir: poetry.dir, source: 'static', staticVersion: '0.3.0' });

  // pypa/packaging's shape: a static dev version between releases, tagged releases behind it.
  const fixed = project('project-version', {
    'pyproject.toml': toml([
      '[build-system]\nrequires = ["setuptools>=64"]\nbuild-backend = "setuptools.build_meta"\n',
      '[project]\nname = "project-version"\nversion = "26.4.dev0"',
    ]),
    'project_version.py': '',
  });
  tagAndMove(fixed, '26.3');
  shapes.push({ name: '[project] version', dir: fixed.dir, source: 'static', staticVersion: '26.4.dev0' });

  const attr = project('setup-cfg-attr', {
    'pyproject.toml': toml(['[build-system]\nrequires = ["setuptools>=64"]\nbuild-backend = "setuptools.build_meta"']),
    'setup.cfg':
      '[metadata]\nname = setup-cfg-attr\nversion = attr: cfg_attr.__version__\n\n[options]\npackages = find:\npackage_dir =\n    =src\n\n[options.packages.find]\nwhere = src\n',
    'src/cfg_attr/__init__.py': '__version__ = "3.1.4"\n',
  });
  tagAndMove(attr);
  shapes.push({ name: 'setup.cfg version = attr:', dir: attr.dir, source: 'static', staticVersion: '3.1.4' });

  // A monorepo: two packages, each with its own tag prefix, released at different times.
  const mono = init('monorepo');
  const monoPackage = (name: string, settings: string[]) =>
    mono.write(`${name}/pyproject.toml`, toml([SETUPTOOLS_SCM_BUILD, `[project]\nname = "${name}"\ndynamic = ["version"]\n`, ...settings]));
  monoPackage('pkg-a', [
    '[tool.setuptools_scm]\nroot = ".."\ntag_regex = "^pkg-a-v(?P<version>\\\\d+(?:\\\\.\\\\d+)*)$"',
    'git_describe_command = "git describe --dirty --tags --long --abbrev=40 --match \'pkg-a-v*\'"',
  ]);
  monoPackage('pkg-b', ['[tool.setuptools_scm]\nroot = ".."\n[tool.setuptools_scm.tag]\nprefix = "pkg-b-"']);
  mono.write('pkg-a/src/pkg_a/__init__.py', '').write('pkg-b/src/pkg_b/__init__.py', '');
  mono.commit('two packages');
  mono.tag('pkg-a-v1.0.0', { annotated: true });
  mono.commit('b work', { 'pkg-b/src/pkg_b/more.py': 'x = 1\n' });
  mono.tag('pkg-b-v2.3.0', { annotated: true });
  mono.commit('a work', { 'pkg-a/src/pkg_a/more.py': 'x = 1\n' });
  shapes.push({ name: 'monorepo pkg-a (tag_regex + describe command)', dir: join(mono.dir, 'pkg-a'), source: 'setuptools_scm' });
  shapes.push({ name: 'monorepo pkg-b (tag.prefix)', dir: join(mono.dir, 'pkg-b'), source: 'setuptools_scm' });

  // setuptools-scm's own layout: vcs-versioning/ configured under [tool.vcs-versioning], towncrier fragments.
  const vv = init('vcs-versioning-repo');
  vv.write(
    'vcs-versioning/pyproject.toml',
    toml([
      SETUPTOOLS_SCM_BUILD,
      '[project]\nname = "vv-shape"\ndynamic = ["version"]\n',
      '[tool.vcs-versioning]\nroot = ".."\nversion_scheme = "towncrier-fragments"',
      'tag_regex = "^vv-(?P<version>v?\\\\d+(?:\\\\.\\\\d+){0,2}[^\\\\+]*)(?:\\\\+.*)?$"\nfallback_version = "0.1.0"',
      'scm.git.describe_command = ["git", "describe", "--dirty", "--tags", "--long", "--match", "vv-*"]',
    ]),
  );
  vv.write('vcs-versioning/src/vv_shape/__init__.py', '').write('vcs-versioning/changelog.d/README.md', 'fragments\n');
  vv.commit('vcs-versioning');
  vv.tag('vv-v2.3.1', { annotated: true });
  vv.commit('a feature', { 'vcs-versioning/changelog.d/12.feature.md': 'A feature.\n' });
  shapes.push({
    name: '[tool.vcs-versioning] subfolder, towncrier-fragments',
    dir: join(vv.dir, 'vcs-versioning'),
    source: 'setuptools_scm',
  });

  const raw = project('normalize-false', {
    'pyproject.toml': toml([
      SETUPTOOLS_SCM_BUILD,
      '[project]\nname = "normalize-false"\ndynamic = ["version"]\n',
      '[tool.setuptools_scm]\nnormalize = false',
    ]),
    'normalize_false.py': '',
  });
  raw.tag('V1.02.3-RC1');
  raw.commit();
  shapes.push({ name: 'normalize = false', dir: raw.dir, source: 'setuptools_scm', scmCli: true });

  // `git archive` of a commit two after a tag, with setuptools_scm's .git_archival.txt filled in.
  const archived = project('archived-source', {
    'pyproject.toml': toml([SETUPTOOLS_SCM_BUILD, '[project]\nname = "archived"\ndynamic = ["version"]\n', '[tool.setuptools_scm]']),
    '.git_archival.txt': 'node: $Format:%H$\nnode-date: $Format:%cI$\ndescribe-name: $Format:%(describe:tags=true,match=*[0-9]*)$\n',
    '.gitattributes': '.git_archival.txt  export-subst\n',
    'archived.py': '',
  });
  tagAndMove(archived, '7.1.0');
  const unpacked = join(base, 'archive-unpacked');
  mkdirSync(unpacked);
  const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: archived.dir, maxBuffer: 16 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', unpacked], { input: tar });
  shapes.push({ name: 'git archive with .git_archival.txt (no .git)', dir: unpacked, source: 'setuptools_scm' });

  return { base, shapes };
}
