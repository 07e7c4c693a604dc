/**
 * A `python` setting becomes a spawn in one place (`pythonSpawn`): the launcher form `py -3.11` is the
 * program `py` with its version switch, a path with spaces stays one program, a bare name is looked up on
 * PATH. The pipeline's pip-configuration probe spawns through it (a real interpreter in a folder with a
 * space; a stand-in `py` launcher on PATH, since the real one is Windows').
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { flagSource, withDefaults } from '../../packages/cli/src/commands';
import { listOf } from '../../packages/cli/src/pipeline-command';
import { buildRelease } from '../../packages/core/src/build/index';
import { readBuildOptions } from '../../packages/core/src/contract/index';
import { silentLogger } from '../../packages/core/src/log/index';
import { pipDependencySources } from '../../packages/core/src/pipeline/index';
import { pythonSpawn, resolvePython } from '../../packages/core/src/python/index';
import { cleanPythonEnv, PYTHON } from '../support/python';
import { writeProject } from '../support/python-project';

const root = mkdtempSync(join(tmpdir(), 'ww-python-spawn-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('pythonSpawn', () => {
  it.each([
    ['py -3.11', { program: 'py', args: ['-3.11'] }],
    ['py.exe -3.12-64', { program: 'py.exe', args: ['-3.12-64'] }],
    ['  py -3  ', { program: 'py', args: ['-3'] }],
    ['python3', { program: 'python3', args: [] }],
    ['/opt/My Python/bin/python3', { program: '/opt/My Python/bin/python3', args: [] }],
  ])('%j', (setting, expected) => {
    expect(pythonSpawn(setting)).toEqual(expected);
  });

  it('resolves a relative path against the given folder, and names the default interpreter when empty', () => {
    expect(pythonSpawn('venv/bin/python', '/work/project')).toEqual({ program: resolve('/work/project', 'venv/bin/python'), args: [] });
    expect(pythonSpawn('')).toEqual({ program: process.platform === 'win32' ? 'python' : 'python3', args: [] });
  });

  it('never reads a command line into a program and arguments', () => {
    // Only the launcher's own form is split; anything else with a space is one program name.
    expect(pythonSpawn('python3 -I')).toEqual({ program: 'python3 -I', args: [] });
    expect(pythonSpawn('py -3.11 -c pass')).toEqual({ program: 'py -3.11 -c pass', args: [] });
  });
});

describe('the spawns of a python setting go through it', () => {
  const pipConfig = join(root, 'pip.conf');
  writeFileSync(pipConfig, '[global]\nindex-url = file:///srv/mirror/simple\nfind-links = /srv/wheels\n');
  const env = cleanPythonEnv({ PIP_CONFIG_FILE: pipConfig });

  it('an interpreter in a folder with a space', async () => {
    const dir = join(root, 'My Python', 'bin');
    mkdirSync(dir, { recursive: true });
    symlinkSync(PYTHON, join(dir, 'python3'));
    expect(await pipDependencySources(join(dir, 'python3'), env)).toEqual({
      extraIndexUrl: 'file:///srv/mirror/simple',
      findLinks: '/srv/wheels',
    });
    expect((await resolvePython(join(dir, 'python3'))).command).toBe(join(dir, 'python3'));
  });

  it('the launcher form, as py and its switch', async () => {
    // A stand-in for the launcher: it runs the interpreter only when called as `py -3.11 …`.
    const bin = join(root, 'launcher-bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'py'), `#!/bin/sh\n[ "$1" = "-3.11" ] || { echo "py got $1" >&2; exit 9; }\nshift\nexec ${PYTHON} "$@"\n`);
    chmodSync(join(bin, 'py'), 0o755);
    const withLauncher = { ...env, PATH: `${bin}:${env.PATH ?? ''}` };
    expect(await pipDependencySources('py -3.11', withLauncher)).toEqual({
      extraIndexUrl: 'file:///srv/mirror/simple',
      findLinks: '/srv/wheels',
    });
    // A wrong switch reaches the launcher as its own argument (and fails there), never as a program name.
    expect(await pipDependencySources('py -3.12', withLauncher)).toBeUndefined();
  });

  it('python3 from PATH', async () => {
    expect(await pipDependencySources('python3', env)).toEqual({ extraIndexUrl: 'file:///srv/mirror/simple', findLinks: '/srv/wheels' });
  });
});

describe('pipeline --python-versions keeps each interpreter setting whole', () => {
  it.each([
    ['3.11,3.12', ['3.11', '3.12']],
    ['3.11 3.12', ['3.11', '3.12']],
    ['["3.11", "py -3.12"]', ['3.11', 'py -3.12']],
    ['py -3.11', ['py -3.11']],
    ['py -3.11, /opt/My Python/bin/python3', ['py -3.11', '/opt/My Python/bin/python3']],
    ['3.11\n/opt/My Python/bin/python3\n', ['3.11', '/opt/My Python/bin/python3']],
  ])('%j', (text, expected) => {
    expect(listOf(text)).toEqual(expected);
  });
});

describe('build-wheel with the launcher form', () => {
  it('builds with the interpreter `py -3.11` selects', async () => {
    const bin = join(root, 'build-launcher-bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'py'), `#!/bin/sh\n[ "$1" = "-3.11" ] || exit 9\nshift\nexec ${PYTHON} "$@"\n`);
    chmodSync(join(bin, 'py'), 0o755);
    const project = writeProject(join(root, 'launched'), { tag: 'v1.0.0' });
    const env = { ...cleanPythonEnv({ PYTHONDONTWRITEBYTECODE: '1' }), PATH: `${bin}:${process.env.PATH ?? ''}` };
    const savedPath = process.env.PATH;
    // The launcher is found on the PATH of the process that starts it, as on a Windows runner.
    process.env.PATH = env.PATH;
    try {
      const { options } = readBuildOptions(flagSource(withDefaults('build-wheel', { python: 'py -3.11', isolation: 'false' })), {
        workspace: project.dir,
        tempDir: join(root, 'build-tmp'),
        env,
        ref: '',
      });
      const result = await buildRelease(options, silentLogger);
      expect(result.version).toBe('1.0.0');
      expect(result.wheel?.filename).toBe('ww_sample-1.0.0-py3-none-any.whl');
    } finally {
      process.env.PATH = savedPath;
    }
  }, 300_000);
});
