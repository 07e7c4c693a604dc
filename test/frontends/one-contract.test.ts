/**
 * One contract per action: the runner's inputs and the CLI's flags go through the same reader to the same
 * core call, and come back as the same outputs. For each action: the options the bundle's reader builds
 * from INPUT_* variables equal those the CLI builds from the same values as flags; then the action runs
 * once through the runner harness and once through the CLI with the same options, and the outputs agree.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runnerInputs } from '../../packages/action-io/src/index';
import { parseArgs } from '../../packages/cli/src/args';
import { ACTION_SPECS, flagSource } from '../../packages/cli/src/commands';
import { main } from '../../packages/cli/src/main';
import {
  type FrontEndContext,
  readBuildOptions,
  readCleanEnvOptions,
  readPromoteOptions,
  readPublishOptions,
  readScaffoldOptions,
  readVersionOptions,
} from '../../packages/core/src/contract/index';
import { inputVariable, readActionManifest, repoRoot, runAction } from '../support/action-harness';
import { GitRepo } from '../support/git-repo';
import { makeWheel } from '../support/index-server/artefacts';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX } from '../support/python';
import { writeProject } from '../support/python-project';

const temps: string[] = [];
const temp = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** The values as the runner passes them: every declared input, given or its action.yml default. */
function withDefaults(action: string, given: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(readActionManifest(action).inputs ?? {}))
    values[name] = given[name] ?? String(spec?.default ?? '').replace(/\$\{\{[^}]*\}\}/g, '');
  return values;
}

/** The reader over INPUT_* variables, as the bundle's adapter calls it. */
function throughRunner<T>(action: string, given: Record<string, string>, read: (source: typeof runnerInputs) => T): T {
  const saved = { ...process.env };
  try {
    for (const [name, value] of Object.entries(withDefaults(action, given))) process.env[inputVariable(name)] = value;
    return read(runnerInputs);
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  }
}

/** The reader over the CLI's parsed flags (`--name value`, one flag per line of a multi-line value). */
function throughCli<T>(action: string, given: Record<string, string>, read: (source: ReturnType<typeof flagSource>) => T): T {
  const spec = ACTION_SPECS.find((s) => s.name === action);
  if (!spec) throw new Error(action);
  const argv = Object.entries(given).flatMap(([name, value]) => value.split('\n').flatMap((line) => [`--${name}`, line]));
  return read(flagSource(parseArgs(argv, spec.inputs, action).values));
}

const context: FrontEndContext = { workspace: '/work/space', tempDir: '/tmp/t', env: {}, ref: 'refs/tags/v1.0' };

describe('the runner and the CLI read the same options', () => {
  const cases: [string, Record<string, string>, (source: typeof runnerInputs) => unknown][] = [
    [
      'pep440-version',
      { path: 'sub', 'tag-regex': '^v(?P<version>.*)$', 'fetch-tags': 'false', 'fallback-version': '0.1' },
      // The path is named in each front end's words in its errors; everything else is the same.
      (s) => {
        const { pathWhat, ...options } = readVersionOptions(s, context);
        return { ...options, pathNamedAsTheFrontEndNamesIt: pathWhat === s.label('path') };
      },
    ],
    [
      'build-wheel',
      { python: '3.12', 'config-settings': 'a=1\nb=2', sdist: 'false', 'index-url': 'https://u:p@x/simple' },
      (s) => readBuildOptions(s, context),
    ],
    ['publish', { store: 'https://x/simple', password: 'pw', files: 'dist/*.whl\ndist/*.tar.gz' }, (s) => readPublishOptions(s, context)],
    [
      'promote',
      { from: 'https://a/u:p@x', to: '/srv/stable', 'to-channel': 'stable', 'require-tests': 'false' },
      (s) => readPromoteOptions(s, context),
    ],
    ['scaffold', { name: 'demo', layout: 'setup.cfg', tox: 'false', 'dry-run': 'true' }, (s) => readScaffoldOptions(s, context)],
    [
      'clean-env-test',
      { extras: 'a, b,,c', 'extra-index-url': 'https://a/ https://b/', installer: 'pip' },
      (s) => readCleanEnvOptions(s, context),
    ],
  ];
  it.each(cases)('%s', async (action, given, read) => {
    const fromRunner = await throughRunner(action, given, read);
    const fromCli = await throughCli(action, given, read);
    expect(fromCli).toEqual(fromRunner);
  });

  it('a bad value is refused by both, each in its own words', () => {
    const read = (s: typeof runnerInputs) => readPromoteOptions(s, context);
    expect(() => throughRunner('promote', { from: 'a', to: 'b', mode: 'swap' }, read)).toThrow(
      "input 'mode' must be one of copy, move, got 'swap'",
    );
    expect(() => throughCli('promote', { from: 'a', to: 'b', mode: 'swap' }, read)).toThrow(
      "option '--mode' must be one of copy, move, got 'swap'",
    );
  });

  it('credentials for a folder store are refused by both', () => {
    const read = (s: typeof runnerInputs) => readPublishOptions(s, context);
    expect(() => throughRunner('publish', { store: '/srv/store', password: 'pw' }, read)).toThrow(/input 'password' was given, but store/);
    expect(() => throughCli('publish', { store: '/srv/store', password: 'pw' }, read)).toThrow(/option '--password' was given, but store/);
  });
});

async function cli(cwd: string, argv: string[]): Promise<{ code: number; outputs: Record<string, string>; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env: { PATH: process.env.PATH ?? '' }, cwd });
  return { code, outputs: code === 0 ? (JSON.parse(out) as Record<string, string>) : {}, err };
}

const flags = (given: Record<string, string>): string[] => Object.entries(given).flatMap(([name, value]) => [`--${name}`, value]);

describe('the same options give the same outputs through the bundle and the CLI', () => {
  it('pep440-version', async () => {
    const repo = GitRepo.init();
    repo.commit();
    repo.tag('v2.0.0');
    repo.commit();
    // A named store: each front end's own default store is its own folder (the runner's temp, the project).
    const given = { 'version-scheme': 'release-branch-semver', 'local-scheme': 'no-local-version', store: 'https://devpi.example/acme' };
    const action = await runAction('pep440-version', { workspace: repo.dir, inputs: given });
    const command = await cli(repo.dir, ['pep440-version', ...flags(given)]);
    expect(action.exitCode).toBe(0);
    expect(command.code, command.err).toBe(0);
    expect(command.outputs).toEqual(action.outputs);
    expect(action.outputs.version).toBe('2.1.0.dev1');
    expect(action.outputs['testing-store']).toBe('https://devpi.example/acme/testing');
  });

  it('scaffold', async () => {
    const given = { name: 'same-demo', author: 'A. Person', email: 'a@example.org', tox: 'false' };
    const actionSpace = temp('ww-contract-a-');
    const cliSpace = temp('ww-contract-c-');
    const action = await runAction('scaffold', { workspace: actionSpace, inputs: given });
    const command = await cli(cliSpace, [
      'scaffold',
      '--name',
      'same-demo',
      '--author',
      'A. Person',
      '--email',
      'a@example.org',
      '--no-tox',
    ]);
    expect(action.exitCode).toBe(0);
    expect(command.code, command.err).toBe(0);
    // Paths differ by workspace only.
    expect(command.outputs.files).toEqual(action.outputs.files);
    expect(command.outputs.package).toEqual(action.outputs.package);
    expect(command.outputs.path?.replace(cliSpace, '')).toEqual(action.outputs.path?.replace(actionSpace, ''));
  });

  it('publish then promote', async () => {
    const wheel = await makeWheel({ name: 'samepkg', version: '1.0.0' });
    const spaces: [string, string] = [temp('ww-contract-pa-'), temp('ww-contract-pc-')];
    for (const space of spaces) {
      mkdirSync(join(space, 'dist'));
      copyFileSync(wheel.path, join(space, 'dist', wheel.filename));
    }
    const publish = { store: '.wheelwright/unstable', files: 'dist/*.whl' };
    const actionPublish = await runAction('publish', { workspace: spaces[0], inputs: publish });
    const cliPublish = await cli(spaces[1], ['publish', ...flags(publish)]);
    expect(actionPublish.exitCode).toBe(0);
    expect(cliPublish.code, cliPublish.err).toBe(0);
    const strip = (outputs: Record<string, string>, space: string) => JSON.parse(JSON.stringify(outputs).split(space).join('<ws>'));
    expect(strip(cliPublish.outputs, spaces[1])).toEqual(strip(actionPublish.outputs, spaces[0]));

    const promote = (space: string) => ({
      from: join(space, '.wheelwright', 'unstable'),
      to: join(space, '.wheelwright', 'testing'),
      package: 'samepkg',
      version: '1.0.0',
      'require-tests': 'false',
    });
    const actionPromote = await runAction('promote', { workspace: spaces[0], inputs: promote(spaces[0]) });
    const { 'require-tests': _switch, ...valued } = promote(spaces[1]);
    const cliPromote = await cli(spaces[1], ['promote', ...flags(valued), '--no-require-tests']);
    expect(actionPromote.exitCode, actionPromote.stdout).toBe(0);
    expect(cliPromote.code, cliPromote.err).toBe(0);
    expect(strip(cliPromote.outputs, spaces[1])).toEqual(strip(actionPromote.outputs, spaces[0]));
  });
});

/** The CLI bundle (dist/cli/index.js) on the test process's Node, in `cwd`, with a clean pip environment. */
function cliBundle(cwd: string, argv: string[]): Promise<{ code: number; outputs: Record<string, string>; err: string }> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [join(repoRoot, 'dist', 'cli', 'index.js'), ...argv],
      { cwd, encoding: 'utf8', env: cleanPythonEnv({ PYTHONDONTWRITEBYTECODE: '1' }), timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return fail(error);
        const code = error ? Number(error.code) : 0;
        done({ code, outputs: code === 0 ? (JSON.parse(stdout) as Record<string, string>) : {}, err: stderr });
      },
    );
  });
}

describe('build-wheel and clean-env-test: the same outputs through the action bundle and the CLI bundle', () => {
  it('one project, copied to two workspaces, built and tested by each front end with the same options', async () => {
    const base = temp('ww-contract-build-');
    const project = writeProject(join(base, 'project'), { tag: 'v1.0.0' });
    const spaces = { action: join(base, 'action'), cli: join(base, 'cli') };
    for (const space of Object.values(spaces)) cpSync(project.dir, space, { recursive: true });

    // build-wheel: the same options; Debian's backend (no isolated environment to fill) keeps it cheap.
    const build = { python: PYTHON, isolation: 'false' };
    const actionBuild = await runAction('build-wheel', {
      workspace: spaces.action,
      inputs: build,
      env: cleanPythonEnv({ PYTHONDONTWRITEBYTECODE: '1' }),
      timeoutMs: 300_000,
    });
    const cliBuild = await cliBundle(spaces.cli, ['build-wheel', '--python', PYTHON, '--no-isolation']);
    expect(actionBuild.exitCode, actionBuild.stdout).toBe(0);
    expect(cliBuild.code, cliBuild.err).toBe(0);
    expect(Object.keys(cliBuild.outputs).sort()).toEqual(Object.keys(actionBuild.outputs).sort());
    // Deterministic outputs are equal: the name, the version, the files with their sizes and hashes
    // (a reproducible build of the same commit), the Pythons.
    for (const name of ['name', 'version', 'requires-python', 'python-versions', 'files', 'docs'])
      expect(cliBuild.outputs[name], name).toBe(actionBuild.outputs[name]);
    expect(actionBuild.outputs.version).toBe('1.0.0');
    expect(JSON.parse(actionBuild.outputs.files ?? '[]')).toHaveLength(2);
    // Paths are the same path under each workspace.
    for (const name of ['sdist', 'wheel', 'manifest']) {
      const fromAction = actionBuild.outputs[name] ?? '';
      expect(fromAction.startsWith(spaces.action), name).toBe(true);
      expect(cliBuild.outputs[name], name).toBe(spaces.cli + fromAction.slice(spaces.action.length));
      expect(existsSync(cliBuild.outputs[name] ?? ''), name).toBe(true);
    }

    // clean-env-test: the action's wheel, in one folder store, tested from each workspace's checkout.
    const store = join(base, 'store', 'unstable');
    const published = await cli(spaces.action, ['publish', '--store', store, '--files', 'dist/*']);
    expect(published.code, published.err).toBe(0);
    const test = {
      package: actionBuild.outputs.name ?? '',
      version: actionBuild.outputs.version ?? '',
      'index-url': published.outputs['index-url'] ?? '',
      'extra-index-url': UPSTREAM_INDEX,
      python: PYTHON,
      'pytest-args': '-k "version or nothing_else" -p no:cacheprovider',
    };
    const actionTest = await runAction('clean-env-test', {
      workspace: spaces.action,
      inputs: test,
      env: cleanPythonEnv({ PYTHONDONTWRITEBYTECODE: '1' }),
      timeoutMs: 300_000,
    });
    const cliTest = await cliBundle(spaces.cli, ['clean-env-test', ...flags(test)]);
    expect(actionTest.exitCode, actionTest.stdout).toBe(0);
    expect(cliTest.code, cliTest.err).toBe(0);
    expect(Object.keys(cliTest.outputs).sort()).toEqual(Object.keys(actionTest.outputs).sort());
    for (const name of ['passed', 'failed', 'errors', 'skipped', 'manifest', 'test-dependencies'])
      expect(cliTest.outputs[name], name).toBe(actionTest.outputs[name]);
    expect(actionTest.outputs.passed).toBe('1');
    // The results outlive the step: the runner's temp folder there, the CLI's run folder here.
    for (const name of ['junit-xml', 'freeze']) {
      const fromAction = actionTest.outputs[name] ?? '';
      const fromCli = cliTest.outputs[name] ?? '';
      expect(basename(fromCli), name).toBe(basename(fromAction));
      expect(dirname(fromCli), name).toBe(join(spaces.cli, '.wheelwright', 'run', 'clean-env-test'));
      expect(existsSync(fromCli), name).toBe(true);
    }
    // The same wheel in the same clean environment: the same packages installed.
    expect(readFileSync(cliTest.outputs.freeze ?? '', 'utf8')).toBe(readFileSync(actionTest.outputs.freeze ?? '', 'utf8'));
  }, 600_000);
});
