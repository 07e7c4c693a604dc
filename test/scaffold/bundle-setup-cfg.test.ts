/**
 * The other option sets through the bundle: PyScaffold's setup.cfg layout with reStructuredText, a
 * PEP 420 namespace, Apache-2.0 and GitLab CI (built, installed, tested, docs built with Sphinx), and
 * a minimal project with every extension off (built and checked).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runOk } from '../support/processes';
import { cleanPythonEnv, PYTHON, referenceVenv, UPSTREAM_INDEX, venvPython } from '../support/python';
import { buildProject, git, gitEnvironment, installFresh, runIn, runScript, scaffoldBundle, twineCheck } from './project-tools';

describe('scaffold bundle: setup.cfg layout, rst, a PEP 420 namespace, GitLab CI', () => {
  const env = gitEnvironment();
  const workspace = mkdtempSync(join(tmpdir(), 'ww-scaffold-b-'));
  const project = join(workspace, 'acme-demo');
  const dist = mkdtempSync(join(tmpdir(), 'ww-scaffold-b-dist-'));
  let outputs: Record<string, string> = {};
  let built: string[] = [];
  let venv = '';

  beforeAll(async () => {
    const run = await scaffoldBundle(
      {
        name: 'acme.demo',
        path: 'acme-demo',
        namespace: 'acme.tools',
        package: 'demo',
        layout: 'setup.cfg',
        markdown: false,
        license: 'Apache-2.0',
        'gitlab-ci': true,
        'github-actions': false,
        // The e-mail is left empty: it comes from git config, as putup takes it.
        author: 'Grace Hopper',
      },
      workspace,
      env,
    );
    expect(run.errors).toEqual([]);
    outputs = run.outputs;
    git(project, env, 'tag', 'v0.1.0');
    built = await buildProject(project, dist);
    venv = await installFresh(dist, 'acme.demo[testing]==0.1.0');
  }, 300_000);

  it('lays the package out under the namespace, with setup.cfg and rst files', () => {
    expect(outputs.package).toBe('acme.tools.demo');
    const files = JSON.parse(outputs.files ?? '[]') as string[];
    expect(files).toEqual(
      expect.arrayContaining(['setup.cfg', 'README.rst', 'docs/index.rst', '.gitlab-ci.yml', 'src/acme/tools/demo/skeleton.py']),
    );
    expect(files).not.toContain('.github/workflows/release.yml');
    expect(existsSync(join(project, 'src', 'acme', '__init__.py'))).toBe(false);
    expect(existsSync(join(project, 'src', 'acme', 'tools', '__init__.py'))).toBe(false);
    expect(readFileSync(join(project, 'AUTHORS.rst'), 'utf8')).toMatch(/^\* Grace Hopper <ada@example\.org>$/m);
    const gitlab = parseYaml(readFileSync(join(project, '.gitlab-ci.yml'), 'utf8')) as { variables: Record<string, unknown> };
    expect(gitlab.variables.GIT_DEPTH).toBe(0);
  });

  it('builds at tag v0.1.0 into a wheel and an sdist that pass twine check', async () => {
    expect(built).toEqual(['acme.demo-0.1.0-py3-none-any.whl', 'acme.demo-0.1.0.tar.gz']);
    expect(await twineCheck(dist, built)).toMatch(/PASSED[\s\S]*PASSED/);
  }, 120_000);

  it('installs into a fresh venv and passes its own tests', async () => {
    expect((await runIn(venv, ['-c', 'import acme.tools.demo as d; print(d.__version__)'], project)).trim()).toBe('0.1.0');
    expect((await runScript(venv, 'fibonacci', ['12'], project)).trim()).toBe('The 12-th Fibonacci number is 144');
    expect(await runIn(venv, ['-m', 'pytest', '-p', 'no:cacheprovider'], project)).toMatch(/ 8 passed/);
  }, 180_000);

  it('has Sphinx docs that build without a warning', async () => {
    const sphinx = await referenceVenv(['sphinx']);
    const out = mkdtempSync(join(tmpdir(), 'ww-scaffold-b-docs-'));
    await runOk(venvPython(sphinx), ['-m', 'sphinx', '-b', 'html', '-W', '--keep-going', '-q', 'docs', out], {
      cwd: project,
      env: cleanPythonEnv(),
      timeoutMs: 240_000,
    });
    expect(readFileSync(join(out, '_autosummary', 'acme.tools.demo.skeleton.html'), 'utf8')).toContain('id="acme.tools.demo.skeleton.fib"');
    expect(readFileSync(join(out, 'license.html'), 'utf8')).toContain('Apache License');
    // The build's generated pages are ignored, so the checkout stays clean for setuptools_scm.
    expect(git(project, env, 'status', '--porcelain')).toBe('');
  }, 300_000);

  it("runs its own tox default environment (isolated build with the index's setuptools, the testing extra, pytest)", async () => {
    const report = await runOk(PYTHON, ['-m', 'tox', '-e', 'default'], {
      cwd: project,
      env: cleanPythonEnv({ PIP_INDEX_URL: UPSTREAM_INDEX }),
      timeoutMs: 240_000,
    });
    expect(report).toMatch(/ 8 passed/);
    expect(report).toMatch(/default: commands succeeded/);
  }, 240_000);
});

describe('scaffold bundle: every extension off', () => {
  const env = gitEnvironment();
  const workspace = mkdtempSync(join(tmpdir(), 'ww-scaffold-c-'));

  it('writes only the package, its metadata and the community files, and still builds', async () => {
    const run = await scaffoldBundle(
      {
        name: 'tiny',
        license: 'BSD-3-Clause',
        'python-requires': '>=3.10',
        tests: false,
        docs: false,
        tox: false,
        'pre-commit': false,
        'github-actions': false,
        'gitlab-ci': false,
      },
      workspace,
      env,
    );
    expect(run.errors).toEqual([]);
    expect(JSON.parse(run.outputs.files ?? '').sort()).toEqual([
      '.gitignore',
      'AUTHORS.md',
      'CHANGELOG.md',
      'LICENSE.txt',
      'README.md',
      'pyproject.toml',
      'src/tiny/__init__.py',
      'src/tiny/skeleton.py',
    ]);
    const project = join(workspace, 'tiny');
    git(project, env, 'tag', 'v2.0.0');
    const dist = mkdtempSync(join(tmpdir(), 'ww-scaffold-c-dist-'));
    const built = await buildProject(project, dist);
    expect(built).toEqual(['tiny-2.0.0-py3-none-any.whl', 'tiny-2.0.0.tar.gz']);
    expect(await twineCheck(dist, built)).toMatch(/PASSED[\s\S]*PASSED/);
    const metadata = await runOk('unzip', ['-p', join(dist, built[0] ?? ''), 'tiny-2.0.0.dist-info/METADATA']);
    expect(metadata).toMatch(/^Requires-Python: >=3\.10$/m);
    expect(metadata).toMatch(/^Classifier: License :: OSI Approved :: BSD License$/m);
    expect(metadata).toMatch(/^Author-email: Ada Lovelace <ada@example\.org>$/m);
  }, 120_000);

  it('dry-run lists the files and changes nothing', async () => {
    const dry = mkdtempSync(join(tmpdir(), 'ww-scaffold-dry-'));
    const run = await scaffoldBundle({ name: 'ghost', 'dry-run': true }, dry, env);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.files ?? '')).toContain('pyproject.toml');
    expect(existsSync(join(dry, 'ghost'))).toBe(false);
    expect(run.summary).toMatch(/dry run: nothing written/);
  });
});
