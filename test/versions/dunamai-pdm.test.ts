/**
 * poetry-dynamic-versioning (dunamai) and pdm-backend's SCM source: the version each tool gives for real
 * git states (expected values verified against the tools' own code, see dunamai-pdm-states.ts), how the
 * build gets it (the tool's variable; a staged copy for the plugin mode of poetry-core), and the action.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildRelease } from '@wheelwright/core/build';
import { silentLogger } from '@wheelwright/core/log';
import { readManifest } from '@wheelwright/core/manifest';
import { computeVersion, detectVersionSource, substitutePoetryVersion } from '@wheelwright/core/version';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { runOk } from '../support/processes';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX } from '../support/python';
import { buildStateIn, pyprojectFor, STATES, stateFacts } from './dunamai-pdm-states';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const buildState = (state: Parameters<typeof buildStateIn>[0], extra: Record<string, string> = {}) => buildStateIn(state, made, extra);

// No variable of the tools may leak in from the machine running the tests.
const toolEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(POETRY_DYNAMIC_VERSIONING_|PDM_BUILD_SCM_VERSION|SETUPTOOLS_SCM_)/.test(key)),
  ) as NodeJS.ProcessEnv;

describe('the version poetry-dynamic-versioning and pdm-backend give', () => {
  it.each(STATES.map((state) => [state.name, state] as const))('%s', async (_name, state) => {
    const dir = buildState(state);
    const facts = stateFacts(dir, state.noGit);
    const computing = computeVersion({ path: dir, env: toolEnv(), fetchTags: false }, silentLogger);
    if (state.expected instanceof RegExp) {
      await expect(computing).rejects.toThrow(state.expected);
      return;
    }
    const result = await computing;
    const expected = state.expected(facts);
    // The tool's own spelling, and the PEP 440 form the build writes into METADATA.
    expect(result.writtenVersion ?? result.version).toBe(expected);
    expect(result.versionSource).toBe(state.tool === 'pdv' ? 'poetry-dynamic-versioning' : 'pdm-scm');
    if (!state.noGit) expect(result.commit).toBe(facts.full);
  });

  it('the tools’ own variables are the version, as their backends read them', async () => {
    const pdv = buildState({ tool: 'pdv', setup: (r) => void r.tag('v1.0.0') });
    const override = await computeVersion(
      {
        path: pdv,
        env: { ...toolEnv(), POETRY_DYNAMIC_VERSIONING_BYPASS: '9.9', POETRY_DYNAMIC_VERSIONING_OVERRIDE: 'other=1.0, demo = 2.0.1' },
      },
      silentLogger,
    );
    expect([override.version, override.source]).toEqual(['2.0.1', 'pretend']);
    const bypass = await computeVersion({ path: pdv, env: { ...toolEnv(), POETRY_DYNAMIC_VERSIONING_BYPASS: '9.9' } }, silentLogger);
    expect(bypass.version).toBe('9.9');
    const pdm = buildState({ tool: 'pdm', setup: (r) => void r.tag('1.0') });
    const env = await computeVersion({ path: pdm, env: { ...toolEnv(), PDM_BUILD_SCM_VERSION: '3.1.dev4' } }, silentLogger);
    expect([env.version, env.source]).toEqual(['3.1.dev4', 'pretend']);
  });

  it('export-env writes the variable the project’s backend reads', async () => {
    const pdv = buildState({ tool: 'pdv', setup: (r) => void r.tag('v1.0.0') });
    const pdm = buildState({ tool: 'pdm', setup: (r) => void r.tag('1.0') });
    const a = await computeVersion({ path: pdv, env: toolEnv(), exportEnv: true }, silentLogger);
    const b = await computeVersion({ path: pdm, env: toolEnv(), exportEnv: true }, silentLogger);
    expect(a.exportVariables).toEqual({ POETRY_DYNAMIC_VERSIONING_BYPASS: '1.0.0' });
    expect(b.exportVariables).toEqual({ PDM_BUILD_SCM_VERSION: '1.0' });
  });

  it.each([
    ['format-jinja', { tool: 'pdv', config: 'format-jinja = "{{ base }}"' }, /format-jinja is a Jinja template/],
    ['vcs = "mercurial"', { tool: 'pdv', config: 'vcs = "mercurial"' }, /vcs = "mercurial" is not supported/],
    ['an unknown format placeholder', { tool: 'pdv', config: 'format = "{base}.{nope}"' }, /invalid placeholder: 'nope'/],
    ['pdm version_format', { tool: 'pdm', config: 'version_format = "demo.tools:fmt"' }, /version_format names a Python callable/],
  ] as const)('%s: one line naming the key', async (_name, state, message) => {
    const dir = buildState({ ...state, setup: (r) => void r.tag('v1.0.0') });
    await expect(computeVersion({ path: dir, env: toolEnv() }, silentLogger)).rejects.toThrow(message);
  });

  it('detects both tools and their modes; an enable = false plugin leaves the static placeholder', () => {
    const detect = (files: Record<string, string>) => {
      const dir = mkdtempSync(join(tmpdir(), 'ww-detect-'));
      made.push(dir);
      for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
      return detectVersionSource(dir, "input 'path'", { gitTopLevel: false });
    };
    const plugin = detect({ 'pyproject.toml': pyprojectFor({ tool: 'pdv' }) });
    expect([plugin.kind, plugin.tool?.pluginMode, plugin.distName]).toEqual(['poetry-dynamic-versioning', true, 'demo']);
    const backend = detect({
      'pyproject.toml': pyprojectFor({ tool: 'pdv' }).replace('poetry.core.masonry.api', 'poetry_dynamic_versioning.backend'),
    });
    expect([backend.kind, backend.tool?.pluginMode]).toEqual(['poetry-dynamic-versioning', false]);
    const pep621 = detect({
      'pyproject.toml':
        '[build-system]\nbuild-backend = "poetry_dynamic_versioning.backend"\n[project]\nname = "p"\ndynamic = ["version"]\n[tool.poetry]\nversion = "0.0.0"\n[tool.poetry-dynamic-versioning]\nenable = true\n',
    });
    expect(pep621.kind).toBe('poetry-dynamic-versioning');
    const off = detect({ 'pyproject.toml': pyprojectFor({ tool: 'pdv' }).replace('enable = true', 'enable = false') });
    expect([off.kind, off.staticVersion]).toEqual(['static', '0.0.0']);
    expect(detect({ 'pyproject.toml': pyprojectFor({ tool: 'pdm' }) }).kind).toBe('pdm-scm');
    expect(() => detect({ 'pyproject.toml': pyprojectFor({ tool: 'pdm' }).replace('dynamic = ["version"]', 'dynamic = []') })).toThrow(
      /needs "version" in \[project\] dynamic/,
    );
  });

  it('the plugin’s substitution: the [tool.poetry] placeholder becomes the version and the plugin is switched off', () => {
    const text = pyprojectFor({ tool: 'pdv' });
    const out = substitutePoetryVersion(text, '1.2.3.post3.dev0+abc1234', 'pyproject.toml');
    expect(out).toContain('version = "1.2.3.post3.dev0+abc1234"');
    expect(out).toContain('[tool.poetry-dynamic-versioning]\nenable = false');
    expect(out.replace('version = "1.2.3.post3.dev0+abc1234"', 'version = "0.0.0"').replace('enable = false', 'enable = true')).toBe(text);
    expect(() => substitutePoetryVersion('[tool.poetry]\nname = "x"\n', '1.0', 'pyproject.toml')).toThrow(/placeholder/);
  });
});

/**
 * A stand-in for a build backend that is not in the offline mirror (poetry_dynamic_versioning.backend,
 * pdm.backend), loaded from backend-path under the real module name: it records the variable the real
 * backend reads and builds a wheel carrying that version, as the real one does with it.
 */
function recordingBackend(variable: string, record: string): string {
  return `import base64, hashlib, os, zipfile

def get_requires_for_build_wheel(config_settings=None):
    return []

def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    version = os.environ.get(${JSON.stringify(variable)}, "<unset>")
    with open(${JSON.stringify(record)}, "w") as fp:
        fp.write(version)
    name = "demo-%s-py3-none-any.whl" % version.replace("-", "_")
    info = "demo-%s.dist-info" % version.replace("-", "_")
    files = {
        "demo/__init__.py": b"",
        info + "/METADATA": ("Metadata-Version: 2.1\\nName: demo\\nVersion: %s\\n" % version).encode(),
        info + "/WHEEL": b"Wheel-Version: 1.0\\nGenerator: recording-backend\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
    }
    record = []
    with zipfile.ZipFile(os.path.join(wheel_directory, name), "w") as zf:
        for path, data in files.items():
            zf.writestr(path, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.append("%s,sha256=%s,%d" % (path, digest, len(data)))
        record.append(info + "/RECORD,,")
        zf.writestr(info + "/RECORD", "\\n".join(record) + "\\n")
    return name
`;
}

describe('build-wheel gets the version these tools would compute', () => {
  it('poetry-core in plugin mode: built offline from a staged copy, METADATA carries our version, the checkout is untouched', async () => {
    const init = '"""The package."""\n__version__ = "0.0.0"\n__version_tuple__ = (0, 0, 0)\n';
    const dir = buildState(
      {
        tool: 'pdv',
        setup: (r) => {
          r.tag('v1.3.1');
          r.commit();
          r.commit();
        },
      },
      { 'demo/__init__.py': init },
    );
    const before = readFileSync(join(dir, 'pyproject.toml'), 'utf8');
    const version = (await computeVersion({ path: dir, env: toolEnv() }, silentLogger)).version;
    expect(version).toMatch(/^1\.3\.1\.post2\.dev0\+[0-9a-f]{7,}$/);
    const out = mkdtempSync(join(tmpdir(), 'ww-pdv-out-'));
    made.push(out);
    const result = await buildRelease(
      {
        path: dir,
        python: PYTHON,
        version,
        outputDir: out,
        indexUrl: UPSTREAM_INDEX,
        strict: false,
        env: cleanPythonEnv(),
        tempDir: out,
      },
      silentLogger,
    );
    expect(result.version).toBe(version);
    expect(result.files.map((file) => file.filename).sort()).toEqual([`demo-${version}-py2.py3-none-any.whl`, `demo-${version}.tar.gz`]);
    expect(readFileSync(join(dir, 'pyproject.toml'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'demo/__init__.py'), 'utf8')).toBe(init);
    // The plugin's default substitution, as `poetry build` writes it (checked against its _substitute_version_in_text).
    const wheel = result.wheel?.path as string;
    const packaged = await runOk(PYTHON, [
      '-c',
      'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("demo/__init__.py").decode())',
      wheel,
    ]);
    const tuple = version
      .replace('+', '.')
      .split('.')
      .map((part) => (/^\d+$/.test(part) ? part : `"${part}"`))
      .join(', ');
    expect(packaged).toContain(`__version__ = "${version}"\n__version_tuple__ = (${tuple})\n`);
    // The staged copy is gone; only the artefacts and the manifest stay.
    expect(readdirSync(out).filter((name) => name.startsWith('wheelwright-'))).toEqual(['wheelwright-manifest.json']);
    const manifest = await readManifest(result.manifestPath);
    expect(manifest.source?.versionSource).toBe('poetry-dynamic-versioning');
  }, 180_000);

  it.each([
    ['poetry_dynamic_versioning.backend', 'pdv', 'POETRY_DYNAMIC_VERSIONING_BYPASS', 'poetry_dynamic_versioning/backend.py'],
    ['pdm.backend', 'pdm', 'PDM_BUILD_SCM_VERSION', 'pdm/backend/__init__.py'],
  ] as const)(
    '%s (not installable offline): the build gets the version in %s',
    async (backend, tool, variable, module) => {
      const record = join(mkdtempSync(join(tmpdir(), 'ww-record-')), 'seen.txt');
      made.push(dirname(record));
      const base = pyprojectFor({ tool })
        .replace(/requires = \[[^\]]*\]/, 'requires = []\nbackend-path = ["_backend"]')
        .replace(/build-backend = "[^"]*"/, `build-backend = "${backend}"`);
      const dir = buildState(
        {
          tool,
          setup: (r) => {
            r.tag('v2.0.0');
            r.commit();
          },
        },
        {
          'pyproject.toml': base,
          [`_backend/${module}`]: recordingBackend(variable, record),
          [`_backend/${module.split('/')[0]}/__init__.py`]: '',
          '.gitignore': 'dist/\n',
        },
      );
      const computed = await computeVersion({ path: dir, env: toolEnv() }, silentLogger);
      expect(computed.versionSource).toBe(tool === 'pdv' ? 'poetry-dynamic-versioning' : 'pdm-scm');
      const result = await buildRelease(
        {
          path: dir,
          python: PYTHON,
          version: computed.version,
          sdist: false,
          isolation: false,
          skipDependencyCheck: true,
          strict: false,
          env: cleanPythonEnv(),
        },
        silentLogger,
      );
      expect(readFileSync(record, 'utf8')).toBe(computed.version);
      expect(result.version).toBe(computed.version);
      expect(computed.version).toMatch(tool === 'pdv' ? /^2\.0\.0\.post1\.dev0\+[0-9a-f]{7,}$/ : /^2\.0\.1\.dev1\+g[0-9a-f]{7,}$/);
    },
    120_000,
  );
});

describe('pep440-version bundle', () => {
  it('a poetry-dynamic-versioning project: dunamai’s version, its source named, the backend’s variable exported', async () => {
    const dir = buildState({
      tool: 'pdv',
      config: 'bump = true',
      setup: (r) => {
        r.tag('v0.4.1');
        r.commit();
      },
    });
    const facts = stateFacts(dir);
    const run = await runAction('pep440-version', { workspace: dir, inputs: { 'export-env': 'true' } });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      version: `0.4.2.dev1+${facts.short}`,
      'version-source': 'poetry-dynamic-versioning',
      tag: 'v0.4.1',
      distance: '1',
      channel: 'testing',
      'is-devrelease': 'true',
    });
    expect(run.env.POETRY_DYNAMIC_VERSIONING_BYPASS).toBe(`0.4.2.dev1+${facts.short}`);
    expect(run.summary).toContain('`poetry-dynamic-versioning` — poetry-dynamic-versioning (dunamai)');
    expect(run.summary).toContain('| Format | `dunamai pep440` |');
  }, 60_000);
});

describe('poetry-dynamic-versioning from-file', () => {
  const project = (config: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-pdv-from-file-'));
    writeFileSync(
      join(dir, 'pyproject.toml'),
      pyprojectFor({ tool: 'pdv', config: `[tool.poetry-dynamic-versioning.from-file]\n${config}` }),
    );
    return dir;
  };

  it('reads the version from a file of the project, and its pattern group', async () => {
    const plain = project('source = "VERSION"');
    writeFileSync(join(plain, 'VERSION'), '2.5.0\n');
    expect((await computeVersion({ path: plain, env: toolEnv(), fetchTags: false }, silentLogger)).version).toBe('2.5.0');
    const patterned = project('source = "src/about.py"\npattern = "__version__ = \\"(.+)\\""');
    mkdirSync(join(patterned, 'src'));
    writeFileSync(join(patterned, 'src', 'about.py'), '__version__ = "3.1.0rc1"\n');
    expect((await computeVersion({ path: patterned, env: toolEnv(), fetchTags: false }, silentLogger)).version).toBe('3.1.0rc1');
  });

  it('refuses a source outside the project, also through a symlink, and never echoes a long file', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'ww-pdv-outside-'));
    writeFileSync(join(outside, 'secret'), `token=${'x'.repeat(200)}\n`);
    const escaping = project('source = "../secret"');
    await expect(computeVersion({ path: escaping, env: toolEnv(), fetchTags: false }, silentLogger)).rejects.toThrow(
      /outside the project folder/,
    );
    const linked = project('source = "VERSION"');
    symlinkSync(join(outside, 'secret'), join(linked, 'VERSION'));
    await expect(computeVersion({ path: linked, env: toolEnv(), fetchTags: false }, silentLogger)).rejects.toThrow(
      /from-file.source 'VERSION' is a link to outside the project folder/,
    );
    const long = project('source = "VERSION"');
    writeFileSync(join(long, 'VERSION'), `not a version\n${'y'.repeat(500)}`);
    const error = await computeVersion({ path: long, env: toolEnv(), fetchTags: false }, silentLogger).catch((caught: Error) => caught);
    expect(String((error as Error).message)).toMatch(/is not a PEP 440 version/);
    expect((error as Error).message).not.toContain('y'.repeat(100));
    expect((error as Error).message).not.toMatch(/\n/);
  });
});
