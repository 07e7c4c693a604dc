/**
 * build-wheel builds the project's Sphinx docs through its bundle: a scaffolded project (reStructuredText
 * docs with autodoc/autosummary of the package), Sphinx from the upstream index, the package imported
 * from the built wheel. A module the wheel lacks breaks the docs build loudly; `docs-failure: warning`
 * records the failure instead.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unpackDocsZip } from '@wheelwright/core/docs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitChange, git, gitEnvironment } from '../scaffold/project-tools';
import { type ActionRun, runAction } from '../support/action-harness';
import { PYTHON, RUNNER_PYTHON_ENV, UPSTREAM_INDEX } from '../support/python';
import { type RealStores, STORES_START_TIMEOUT_MS, startRealStores, uniqueProject } from '../support/real-stores';

const PYTHON_ENV = RUNNER_PYTHON_ENV;

async function scaffoldDocsProject(workspace: string, name: string): Promise<string> {
  const env = gitEnvironment();
  const run = await runAction('scaffold', {
    inputs: { name, package: 'docsdemo', description: 'Docs, demonstrated.', markdown: false },
    workspace,
    env,
  });
  if (run.exitCode !== 0) throw new Error(`scaffold failed: ${run.errors.join('; ')}`);
  const project = join(workspace, name);
  // A documented function whose docstring the API page must show (autodoc reads the installed module).
  commitChange(
    project,
    env,
    'src/docsdemo/greeting.py',
    '"""Greetings."""\n\n\ndef greet(name: str) -> str:\n    """Return the greeting of the wheel-installed docsdemo for *name*."""\n    return f"hello {name}"\n',
  );
  git(project, env, 'tag', 'v0.1.0');
  return project;
}

function buildWithDocs(project: string, inputs: Record<string, string | boolean> = {}): Promise<ActionRun> {
  return runAction('build-wheel', {
    workspace: project,
    inputs: { python: PYTHON, isolation: false, 'skip-dependency-check': true, 'index-url': UPSTREAM_INDEX, ...inputs },
    env: PYTHON_ENV,
    timeoutMs: 400_000,
  });
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('build-wheel bundle: the Sphinx docs of a scaffolded project', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'ww-docs-'));
  // Unique per run (the real stores are shared by every test of the run), in letters only: pypiserver
  // splits an sdist name at its first '-<digit>', and Debian's setuptools does not normalize sdist names.
  const name = `docs-demo-${uniqueProject('x')
    .name.replace(/[^a-z0-9]/g, '')
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'z')}`;
  const zipName = `${name.replace(/-/g, '_')}-0.1.0.doc.zip`;
  let project = '';
  let run: ActionRun;
  let stores: RealStores;
  let manifest: { name: string; version: string; docs?: Record<string, unknown>; files: { filename: string }[] };
  const unpacked = join(workspace, 'unpacked');

  beforeAll(async () => {
    stores = await startRealStores();
    project = await scaffoldDocsProject(workspace, name);
    run = await buildWithDocs(project);
    if (run.exitCode === 0) manifest = JSON.parse(readFileSync(run.outputs.manifest ?? '', 'utf8'));
  }, 600_000 + STORES_START_TIMEOUT_MS);
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('builds the docs zip beside the artefacts and records it in the manifest with its sha256', () => {
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const zip = run.outputs.docs ?? '';
    expect(zip).toBe(join(project, 'dist', zipName));
    expect(manifest.docs).toMatchObject({
      status: 'built',
      builder: 'sphinx',
      filename: zipName,
      sha256: sha256(zip),
      size: readFileSync(zip).length,
      path: zip,
    });
    expect(manifest.docs?.ms).toBeGreaterThan(0);
    expect(run.summary).toContain(`| docs | \`${zipName}\` |`);
    expect(run.summary).toMatch(/Docs: Sphinx \d/);
  });

  it('documents the package as the wheel installs it (API page from autodoc, version from its metadata)', async () => {
    await unpackDocsZip(run.outputs.docs ?? '', unpacked);
    expect(existsSync(join(unpacked, 'index.html'))).toBe(true);
    const pages = readdirSync(join(unpacked, '_autosummary'));
    expect(pages).toEqual(expect.arrayContaining(['docsdemo.greeting.html']));
    const api = readFileSync(join(unpacked, '_autosummary', 'docsdemo.greeting.html'), 'utf8');
    expect(api).toContain('Return the greeting of the wheel-installed docsdemo');
    // conf.py reads the release from the installed distribution's metadata: the wheel was installed.
    expect(readFileSync(join(unpacked, 'index.html'), 'utf8')).toMatch(/0\.1\.0/);
    // Build bookkeeping stays out of the zip.
    expect(existsSync(join(unpacked, '.buildinfo'))).toBe(false);
  });

  it('publish uploads them to a real devpi-server, served at the +doc URL; promote (devpi push) carries them to testing', async () => {
    const { devpi } = stores;
    const credentials = { username: devpi.user, password: devpi.password };
    const published = await runAction('publish', {
      workspace: project,
      inputs: { store: devpi.unstable, manifest: run.outputs.manifest ?? '', ...credentials },
      timeoutMs: 120_000,
    });
    expect(published.errors).toEqual([]);
    expect(published.exitCode).toBe(0);
    const docsUrl = published.outputs['docs-url'] ?? '';
    expect(docsUrl).toBe(`${devpi.unstable}/${name}/0.1.0/+doc/index.html`);
    const page = await fetch(docsUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Docs, demonstrated.');
    const api = await fetch(new URL('_autosummary/docsdemo.greeting.html', docsUrl));
    expect(await api.text()).toContain('Return the greeting of the wheel-installed docsdemo');
    expect(published.summary).toContain(`Docs: <${docsUrl}>`);

    const promoted = await runAction('promote', {
      workspace: project,
      inputs: {
        manifest: run.outputs.manifest ?? '',
        from: devpi.unstable,
        to: devpi.testing,
        'require-tests': false,
        'from-username': devpi.user,
        'from-password': devpi.password,
        'to-username': devpi.user,
        'to-password': devpi.password,
      },
      timeoutMs: 120_000,
    });
    expect(promoted.errors).toEqual([]);
    expect(promoted.exitCode).toBe(0);
    expect(promoted.outputs['docs-url']).toBe(`${devpi.testing}/${name}/0.1.0/+doc/index.html`);
    const there = await fetch(promoted.outputs['docs-url'] ?? '');
    expect(there.status).toBe(200);
    expect(await there.text()).toContain('Docs, demonstrated.');
  }, 300_000);

  it('pypiserver hosts no docs: the release is published and the docs get a notice, not an error', async () => {
    const { pypiserver } = stores;
    const published = await runAction('publish', {
      workspace: project,
      inputs: {
        store: pypiserver.unstable,
        manifest: run.outputs.manifest ?? '',
        username: pypiserver.user,
        password: pypiserver.password,
      },
      timeoutMs: 120_000,
    });
    expect(published.errors).toEqual([]);
    expect(published.exitCode).toBe(0);
    expect(JSON.parse(published.outputs.uploaded ?? '[]')).toHaveLength(2);
    expect(published.outputs['docs-url']).toBe('');
    expect(published.stdout).toMatch(/notice: .* does not host documentation; .*\.doc\.zip stays with the build artefacts/);
  }, 300_000);

  it('a module the wheel does not ship breaks the docs build with a clear error, and nothing is written', async () => {
    const env = gitEnvironment();
    // The subpackage is in the checkout but excluded from the package list (and not in git): a docs build
    // that imported the checkout would pass and document what users never get.
    mkdirSync(join(project, 'src', 'docsdemo', 'internal'));
    writeFileSync(join(project, 'src', 'docsdemo', 'internal', '__init__.py'), '"""Not shipped."""\n\nSECRET = 1\n');
    const pyproject = readFileSync(join(project, 'pyproject.toml'), 'utf8');
    expect(pyproject).toContain('where = ["src"]\n');
    commitChange(
      project,
      env,
      'pyproject.toml',
      pyproject.replace('where = ["src"]\n', 'where = ["src"]\nexclude = ["docsdemo.internal"]\n'),
    );
    commitChange(project, env, 'docs/hidden.rst', 'Hidden\n======\n\n.. automodule:: docsdemo.internal\n   :members:\n');
    git(project, env, 'tag', 'v0.1.1');
    rmSync(join(project, 'dist'), { recursive: true, force: true });
    const failed = await buildWithDocs(project);
    expect(failed.exitCode).toBe(1);
    expect(failed.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^docs: the package as installed from ${name.replace(/-/g, '_')}-0\\.1\\.1-py3-none-any\\.whl does not import as the docs need: .*docsdemo\\.internal`,
          'i',
        ),
      ),
    ]);
    expect(existsSync(join(project, 'dist'))).toBe(false);

    const tolerated = await buildWithDocs(project, { 'docs-failure': 'warning' });
    expect(tolerated.exitCode).toBe(0);
    expect(tolerated.outputs.docs).toBe('');
    expect(tolerated.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/docs: the package as installed .*\('docs-failure: warning'/)]),
    );
    const recorded = JSON.parse(readFileSync(tolerated.outputs.manifest ?? '', 'utf8')).docs;
    expect(recorded).toMatchObject({ status: 'failed', builder: 'sphinx', error: expect.stringMatching(/docsdemo\.internal/) });
    expect(tolerated.summary).toMatch(/\*\*Docs failed\*\*/);
  }, 600_000);

  it('docs: false builds no docs; docs: true without conf.py is an input error naming docs-path', async () => {
    rmSync(join(project, 'dist'), { recursive: true, force: true });
    const missing = await buildWithDocs(project, { docs: 'true', 'docs-path': 'nowhere' });
    expect(missing.exitCode).toBe(1);
    expect(missing.errors).toEqual([expect.stringMatching(/^input 'docs-path' 'nowhere' has no conf\.py/)]);
    const bad = await buildWithDocs(project, { docs: 'sometimes' });
    expect(bad.errors).toEqual([expect.stringMatching(/^input 'docs' must be auto, true or false, got 'sometimes'/)]);
    writeFileSync(join(project, 'docs', 'hidden.rst'), 'Hidden\n======\n');
    const none = await buildWithDocs(project, { docs: 'false' });
    expect(none.exitCode).toBe(0);
    expect(none.outputs.docs).toBe('');
    expect(JSON.parse(readFileSync(none.outputs.manifest ?? '', 'utf8')).docs).toBeUndefined();
  }, 600_000);
});
