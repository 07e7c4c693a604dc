/** Version sources and paths through the pep440-version bundle, as the runner runs it. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@wheelwright/core/log';
import { computeVersion } from '@wheelwright/core/version';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { GitRepo } from '../support/git-repo';
import { buildShapes } from './project-shapes';

const made: string[] = [];
function repo(): GitRepo {
  const r = GitRepo.init();
  made.push(r.dir);
  return r;
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('pep440-version: where the version comes from', () => {
  it('a static [project] version is the version, off a tag, with the same outputs and channel', async () => {
    const r = repo();
    r.commit('project', {
      'pyproject.toml':
        '[build-system]\nrequires = ["flit_core"]\nbuild-backend = "flit_core.buildapi"\n[project]\nname = "packaging-like"\nversion = "26.4.dev0"\n',
    });
    r.tag('26.3', { annotated: true });
    r.commit();
    const head = r.commit();
    const run = await runAction('pep440-version', { workspace: r.dir });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      version: '26.4.dev0',
      'version-source': 'static',
      'public-version': '26.4.dev0',
      'base-version': '26.4',
      tag: '',
      distance: '0',
      dirty: 'false',
      node: `g${head.slice(0, 9)}`,
      'is-devrelease': 'true',
      'is-final': 'false',
      channel: 'testing',
    });
    expect(run.summary).toContain('`static` (pyproject.toml [project] version)');
    expect(run.summary).toContain('nearest tag `26.3`');
  });

  it('flit reads __version__ from the module; a tag on HEAD that says otherwise is a warning', async () => {
    const r = repo();
    r.commit('project', {
      'pyproject.toml':
        '[build-system]\nrequires = ["flit_core"]\nbuild-backend = "flit_core.buildapi"\n[project]\nname = "my-flit"\ndynamic = ["version", "description"]\n',
      'src/my_flit/__init__.py': '"""Doc."""\n__version__ = "1.0.0-RC1"\n',
    });
    r.tag('0.9.0');
    const run = await runAction('pep440-version', { workspace: r.dir });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.version).toBe('1.0.0rc1');
    expect(run.outputs['version-source']).toBe('static');
    expect(run.outputs.channel).toBe('testing');
    expect(run.warnings.join('\n')).toContain('HEAD is tagged 0.9.0');
    expect(run.summary).toContain('written `1.0.0-RC1`');
  });

  it('a static version with HEAD tagged as that version: the tag is the release tag (stable may follow)', async () => {
    const r = repo();
    r.commit('project', { 'pyproject.toml': '[project]\nname = "fixed"\nversion = "1.26.1"\n' });
    r.tag('v1.26.1');
    const run = await runAction('pep440-version', { workspace: r.dir });
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ version: '1.26.1', 'version-source': 'static', tag: 'v1.26.1', distance: '0', channel: 'stable' });
    expect(run.warnings).toEqual([]);
  });

  it('hatch-vcs: tag-pattern and raw-options, and its name in version-source', async () => {
    const r = repo();
    r.commit('project', {
      'pyproject.toml':
        '[build-system]\nrequires = ["hatchling", "hatch-vcs"]\nbuild-backend = "hatchling.build"\n[project]\nname = "hv"\ndynamic = ["version"]\n[tool.hatch.version]\nsource = "vcs"\ntag-pattern = "^rel-(?P<version>.+)$"\n[tool.hatch.version.raw-options]\nlocal_scheme = "no-local-version"\n',
    });
    r.tag('rel-2.0');
    r.commit();
    const run = await runAction('pep440-version', { workspace: r.dir });
    expect(run.errors).toEqual([]);
    expect(run.outputs.version).toBe('2.1.dev1');
    expect(run.outputs['version-source']).toBe('hatch-vcs');
    expect(run.outputs.tag).toBe('rel-2.0');
  });

  it('pretend-version cannot change a static version: one line saying what the build makes', async () => {
    const r = repo();
    r.commit('project', { 'pyproject.toml': '[project]\nname = "fixed"\nversion = "1.2.3"\n' });
    const run = await runAction('pep440-version', { workspace: r.dir, inputs: { 'pretend-version': '9.9.9' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      "input 'pretend-version' '9.9.9' cannot change a static version: pyproject.toml [project] version is 1.2.3, and the build makes that",
    ]);
  });
});

describe('pep440-version: paths', () => {
  it('a path that does not exist is one error, and nothing is created', async () => {
    const r = repo();
    r.commit();
    const before = readdirSync(r.dir).sort();
    const run = await runAction('pep440-version', { workspace: r.dir, inputs: { path: 'missing/project' } });
    expect(run.exitCode).toBe(1);
    // The shared options reader resolves the input against the workspace before core sees it.
    expect(run.errors).toEqual([`input 'path' '${join(r.dir, 'missing', 'project')}' does not exist`]);
    expect(readdirSync(r.dir).sort()).toEqual(before);
  });

  it('a folder with no project names the nearest project folder above it', async () => {
    const r = repo();
    r.commit('project', { 'pyproject.toml': '[project]\nname = "dunamai-like"\nversion = "1.26.1"\n', 'dunamai_like/__init__.py': '' });
    const run = await runAction('pep440-version', { workspace: r.dir, inputs: { path: 'dunamai_like' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `input 'path' '${join(r.dir, 'dunamai_like')}' holds no Python project (no pyproject.toml, setup.cfg or setup.py); the nearest project folder above it is ${r.dir}`,
    ]);
  });

  it('a project in a subfolder is a project: static here, git-derived with root = ".." there', async () => {
    const r = repo();
    r.commit('two packages', {
      'libs/fixed/pyproject.toml': '[project]\nname = "fixed"\nversion = "3.0"\n',
      'libs/derived/pyproject.toml': '[project]\nname = "derived"\ndynamic = ["version"]\n[tool.setuptools_scm]\nroot = "../.."\n',
      'libs/unrooted/pyproject.toml': '[project]\nname = "unrooted"\ndynamic = ["version"]\n[tool.setuptools_scm]\n',
    });
    r.tag('4.1.0');
    const fixed = await runAction('pep440-version', { workspace: r.dir, inputs: { path: 'libs/fixed' } });
    expect(fixed.outputs.version).toBe('3.0');
    expect(fixed.outputs['version-source']).toBe('static');
    const derived = await runAction('pep440-version', { workspace: r.dir, inputs: { path: 'libs/derived' } });
    expect(derived.outputs.version).toBe('4.1.0');
    expect(derived.outputs['version-source']).toBe('setuptools_scm');
    // setuptools_scm fails without root: so do we, saying which root fixes it.
    const unrooted = await runAction('pep440-version', { workspace: r.dir, inputs: { path: 'libs/unrooted' } });
    expect(unrooted.exitCode).toBe(1);
    expect(unrooted.errors[0]).toContain(`the repository's top level is ${r.dir}`);
    expect(unrooted.stdout + unrooted.stderr).toContain('set root = "../.."');
  });

  it('a plain folder outside any repository says there is no project there or above', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-noproject-'));
    made.push(dir);
    mkdirSync(join(dir, 'inner'));
    const run = await runAction('pep440-version', { workspace: dir, inputs: { path: 'inner' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(/holds no Python project .*, and no folder above it does$/);
  });
});

describe('pep440-version: every project shape through the bundle', () => {
  it('gives the core answer and the version source for each shape (monorepo, [tool.vcs-versioning], archive…)', async () => {
    const { base, shapes } = buildShapes();
    made.push(base);
    const env = { SOURCE_DATE_EPOCH: '1700050000' };
    const seen: Record<string, [string, string]> = {};
    for (const shape of shapes) {
      const run = await runAction('pep440-version', { workspace: shape.dir, env, inputs: { 'fetch-tags': false } });
      expect(run.errors, shape.name).toEqual([]);
      const core = await computeVersion({ path: shape.dir, fetchTags: false, env: { ...process.env, ...env } }, silentLogger);
      expect(run.outputs.version, shape.name).toBe(core.version);
      expect(run.outputs['version-source'], shape.name).toBe(shape.source);
      seen[shape.name] = [run.outputs.version ?? '', run.outputs['version-source'] ?? ''];
    }
    // The answers that show each feature at work (the backends agree: shapes-reference.test.ts).
    expect(seen['monorepo pkg-a (tag_regex + describe command)']?.[0]).toMatch(/^1\.0\.1\.dev2\+g[0-9a-f]{9}$/);
    expect(seen['monorepo pkg-b (tag.prefix)']?.[0]).toMatch(/^2\.3\.1\.dev1\+g[0-9a-f]{9}$/);
    // Its describe command has no --abbrev=40: git's short hash, as setuptools_scm prints it.
    expect(seen['[tool.vcs-versioning] subfolder, towncrier-fragments']?.[0]).toMatch(/^2\.4\.0\.dev1\+g[0-9a-f]{7}$/);
    // git archive's %(describe) abbreviates the hash as git does by default.
    expect(seen['git archive with .git_archival.txt (no .git)']?.[0]).toMatch(/^7\.1\.1\.dev2\+g[0-9a-f]{7}$/);
    expect(seen['normalize = false']?.[0]).toMatch(/^V1\.02\.3-RC2\.dev1\+g[0-9a-f]{9}$/);
    expect(seen['[project] version']).toEqual(['26.4.dev0', 'static']);
  }, 300_000);
});
