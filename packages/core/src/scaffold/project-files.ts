/**
 * Which template becomes which file of the generated project, under which options. The layout mirrors
 * PyScaffold's putup (src layout, tests/, docs/, the community files), minus its setup.py: setuptools
 * builds from pyproject.toml (and setup.cfg in the classic layout) alone since PEP 517.
 */
export interface ProjectChoices {
  layout: 'pyproject' | 'setup.cfg';
  markdown: boolean;
  tests: boolean;
  docs: boolean;
  tox: boolean;
  preCommit: boolean;
  githubActions: boolean;
  gitlabCi: boolean;
}

export interface ProjectFile {
  /** Under templates/. */
  template: string;
  /** In the project, POSIX separators; `{package_dir}` is replaced by src/<namespace…>/<package>. */
  target: string;
}

export function projectFiles(choices: ProjectChoices, licenseFile: string): ProjectFile[] {
  const ext = choices.markdown ? 'md' : 'rst';
  const files: ProjectFile[] = [
    { template: 'project/pyproject.toml.tmpl', target: 'pyproject.toml' },
    { template: 'project/gitignore.tmpl', target: '.gitignore' },
    { template: `project/README.${ext}.tmpl`, target: `README.${ext}` },
    { template: `project/CHANGELOG.${ext}.tmpl`, target: `CHANGELOG.${ext}` },
    { template: `project/AUTHORS.${ext}.tmpl`, target: `AUTHORS.${ext}` },
    { template: `licenses/${licenseFile}`, target: 'LICENSE.txt' },
    { template: 'project/src/__init__.py.tmpl', target: '{package_dir}/__init__.py' },
    { template: 'project/src/skeleton.py.tmpl', target: '{package_dir}/skeleton.py' },
  ];
  if (choices.layout === 'setup.cfg') files.push({ template: 'project/setup.cfg.tmpl', target: 'setup.cfg' });
  if (choices.tests) {
    files.push(
      { template: 'project/tests/conftest.py.tmpl', target: 'tests/conftest.py' },
      { template: 'project/tests/test_skeleton.py.tmpl', target: 'tests/test_skeleton.py' },
    );
  }
  if (choices.docs) {
    for (const page of ['index', 'api', 'readme', 'contributing', 'license', 'authors', 'changelog']) {
      files.push({ template: `project/docs/${page}.${ext}.tmpl`, target: `docs/${page}.${ext}` });
    }
    files.push(
      { template: 'project/docs/conf.py.tmpl', target: 'docs/conf.py' },
      { template: 'project/docs/requirements.txt.tmpl', target: 'docs/requirements.txt' },
      { template: 'project/docs/Makefile.tmpl', target: 'docs/Makefile' },
    );
  }
  if (choices.tox) files.push({ template: 'project/tox.ini.tmpl', target: 'tox.ini' });
  if (choices.preCommit) files.push({ template: 'project/pre-commit-config.yaml.tmpl', target: '.pre-commit-config.yaml' });
  if (choices.githubActions) files.push({ template: 'project/ci/github-release.yml.tmpl', target: '.github/workflows/release.yml' });
  if (choices.gitlabCi) files.push({ template: 'project/ci/gitlab-ci.yml.tmpl', target: '.gitlab-ci.yml' });
  return files;
}
