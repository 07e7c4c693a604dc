/**
 * The default project (PEP 621 pyproject.toml, Markdown, every default extension) generated through the
 * bundle, then proven with the real tools: Debian's build + setuptools + setuptools_scm 7.1, twine 4.0.2,
 * a fresh venv with the `testing` extra from the upstream index, the project's own pytest run, versions
 * from git tags that agree with the pep440-version bundle, and a build with today's setuptools.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPyproject } from '@wheelwright/core/pyproject';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runAction } from '../support/action-harness';
import { referenceVenv, venvPython } from '../support/python';
import { workflowErrors } from '../support/yaml-check';
import { scanWorkflow } from '../workflows/workflow-security';
import {
  buildProject,
  commitChange,
  git,
  gitEnvironment,
  installFresh,
  runIn,
  runScript,
  scaffoldBundle,
  twineCheck,
} from './project-tools';

describe('scaffold bundle: the default pyproject project', () => {
  const env = gitEnvironment();
  const workspace = mkdtempSync(join(tmpdir(), 'ww-scaffold-a-'));
  const project = join(workspace, 'Scikit-AI');
  const dist = mkdtempSync(join(tmpdir(), 'ww-scaffold-a-dist-'));
  let outputs: Record<string, string> = {};
  let summary = '';
  let built: string[] = [];
  let venv = '';
  let devVersion = '';

  beforeAll(async () => {
    const run = await scaffoldBundle(
      {
        name: 'Scikit-AI',
        package: 'skai',
        description: 'Science, skilfully.',
        url: 'https://example.org/skai',
        'python-requires': '>=3.9',
      },
      workspace,
      env,
    );
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    outputs = run.outputs;
    summary = run.summary;
    git(project, env, 'tag', 'v0.1.0');
    built = await buildProject(project, dist);
    venv = await installFresh(dist, 'Scikit-AI[testing]==0.1.0');
  }, 300_000);

  it('outputs the folder, the import name and the files it wrote, all committed', () => {
    expect(outputs.path).toBe(project);
    expect(outputs.package).toBe('skai');
    const files = JSON.parse(outputs.files ?? '[]') as string[];
    expect([...files].sort()).toEqual(git(project, env, 'ls-files').split('\n').sort());
    expect(files).toEqual(
      expect.arrayContaining(['pyproject.toml', 'README.md', 'LICENSE.txt', 'CHANGELOG.md', 'AUTHORS.md', '.gitignore', 'tox.ini']),
    );
    expect(files).toEqual(
      expect.arrayContaining(['.pre-commit-config.yaml', 'docs/conf.py', 'tests/conftest.py', 'tests/test_skeleton.py']),
    );
    expect(git(project, env, 'log', '--format=%an <%ae>')).toBe('Ada Lovelace <ada@example.org>');
    expect(summary).toMatch(/Package `skai` in `.*Scikit-AI`: pyproject layout, MIT, Markdown/);
  });

  it('records its options in [tool.wheelwright.scaffold]', async () => {
    const pyproject = (await readPyproject(project))?.data as {
      project: { name: string; scripts: Record<string, string>; 'optional-dependencies': Record<string, string[]> };
      tool: { wheelwright: { scaffold: Record<string, unknown> } };
    };
    expect(pyproject.project.scripts).toEqual({ fibonacci: 'skai.skeleton:run' });
    expect(pyproject.project['optional-dependencies'].testing).toEqual(['pytest', 'pytest-cov']);
    expect(pyproject.tool.wheelwright.scaffold).toMatchObject({
      name: 'Scikit-AI',
      package: 'skai',
      layout: 'pyproject',
      markdown: true,
      'gitlab-ci': false,
    });
  });

  it('writes a release workflow GitHub accepts, calling the Wheelwright workflow pinned to v1', async () => {
    const path = join(project, '.github', 'workflows', 'release.yml');
    expect(await workflowErrors(path)).toEqual([]);
    const workflow = parseYaml(readFileSync(path, 'utf8')) as { jobs: { release: { uses: string; with: Record<string, string> } } };
    expect(workflow.jobs.release.uses).toBe('wheelwright/wheelwright/.github/workflows/python-release.yml@v1');
    expect(JSON.parse(workflow.jobs.release.with['python-versions'] ?? '')).toEqual(['3.10', '3.11', '3.12']);
    // The generated caller follows the same rules as our own workflows: least privilege, no
    // `secrets: inherit`, no expression in a run: script.
    expect(scanWorkflow(readFileSync(path, 'utf8'), path)).toEqual([]);
    expect(parseYaml(readFileSync(join(project, '.pre-commit-config.yaml'), 'utf8'))).toHaveProperty('repos');
  });

  it('builds a wheel and an sdist at tag v0.1.0 that pass twine check', async () => {
    expect(built).toEqual(['Scikit-AI-0.1.0.tar.gz', 'Scikit_AI-0.1.0-py3-none-any.whl']);
    expect(await twineCheck(dist, built)).toMatch(/PASSED[\s\S]*PASSED/);
  }, 120_000);

  it('installs into a fresh venv, knows its version and passes its own tests', async () => {
    expect((await runIn(venv, ['-c', 'import skai; print(skai.__version__)'], project)).trim()).toBe('0.1.0');
    expect((await runScript(venv, 'fibonacci', ['10'], project)).trim()).toBe('The 10-th Fibonacci number is 55');
    const report = await runIn(venv, ['-m', 'pytest', '-p', 'no:cacheprovider'], project);
    expect(report).toMatch(/ 8 passed/);
    expect(report).toMatch(/skai[/\\]skeleton\.py/); // the coverage report of the testing extra's pytest-cov
  }, 180_000);

  it('agrees with pep440-version at the tag and two commits later (0.1.1.dev2+g…)', async () => {
    const atTag = await runAction('pep440-version', { workspace: project });
    expect(atTag.outputs.version).toBe('0.1.0');
    commitChange(project, env, 'CHANGELOG.md', '# Changelog\n\n- one\n');
    const head = commitChange(project, env, 'CHANGELOG.md', '# Changelog\n\n- one\n- two\n');
    const later = await runAction('pep440-version', { workspace: project });
    devVersion = later.outputs.version ?? '';
    expect(devVersion).toBe(`0.1.1.dev2+g${head.slice(0, 9)}`);
    const devDist = mkdtempSync(join(tmpdir(), 'ww-scaffold-a-dev-'));
    const [wheel] = await buildProject(project, devDist, { wheelOnly: true });
    // Debian's setuptools_scm 7.1 abbreviates the commit as git does (7 digits); 8 and later, like
    // pep440-version, keep 9. The public version is the same and the local part names the same commit.
    expect(wheel).toBe(`Scikit_AI-0.1.1.dev2+g${head.slice(0, 7)}-py3-none-any.whl`);
  }, 180_000);

  it("builds with today's setuptools and setuptools-scm too (no PEP 639 field the old one rejects)", async () => {
    const modern = await referenceVenv(['setuptools>=77', 'setuptools-scm>=8', 'build']);
    const out = mkdtempSync(join(tmpdir(), 'ww-scaffold-a-modern-'));
    const files = await buildProject(project, out, { python: venvPython(modern) });
    expect(files).toHaveLength(2);
    expect(devVersion).toMatch(/^0\.1\.1\.dev2\+g[0-9a-f]{9}$/);
    expect(files).toEqual([`scikit_ai-${devVersion}-py3-none-any.whl`, `scikit_ai-${devVersion}.tar.gz`]);
  }, 300_000);

  it('update adds the missing files, keeps the user files and needs no flags again', async () => {
    writeFileSync(join(project, 'README.md'), '# My own README\n');
    rmSync(join(project, 'tox.ini'));
    rmSync(join(project, 'tests', 'conftest.py'));
    const run = await scaffoldBundle({ path: 'Scikit-AI', update: true }, workspace, env);
    expect(run.errors).toEqual([]);
    expect(JSON.parse(run.outputs.files ?? '')).toEqual(['tests/conftest.py', 'tox.ini']);
    expect(run.outputs.package).toBe('skai');
    expect(readFileSync(join(project, 'README.md'), 'utf8')).toBe('# My own README\n');
    expect(readFileSync(join(project, 'tox.ini'), 'utf8')).toMatch(/extras =\s+testing/);
  });

  it('refuses the existing folder without update, in one line, and writes nothing', async () => {
    const before = git(project, env, 'status', '--porcelain');
    const run = await scaffoldBundle({ name: 'Scikit-AI' }, workspace, env);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([`input 'path' ${project} already exists and is not empty; nothing was written`]);
    expect(run.outputs).toEqual({});
    expect(git(project, env, 'status', '--porcelain')).toBe(before);
  });

  it('rejects a standard-library package name up front with a suggestion', async () => {
    const run = await scaffoldBundle({ name: 'json-tools', package: 'json' }, workspace, env);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(["input 'package' 'json' is the name of a standard-library module and would shadow it"]);
    expect(run.stdout).toMatch(/hint: use a distinct name such as 'pyjson'/);
  });
});
