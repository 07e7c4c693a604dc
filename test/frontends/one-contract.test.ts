/**
 * One contract per action: the runner's inputs and the CLI's flags go through the same reader to the same
 * core call, and come back as the same outputs. For each action: the options the bundle's reader builds
 * from INPUT_* variables equal those the CLI builds from the same values as flags; then the action runs
 * once through the runner harness and once through the CLI with the same options, and the outputs agree.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { inputVariable, readActionManifest, runAction } from '../support/action-harness';
import { GitRepo } from '../support/git-repo';
import { makeWheel } from '../support/index-server/artefacts';

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
      (s) => readVersionOptions(s, context),
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
    const given = { 'version-scheme': 'release-branch-semver', 'local-scheme': 'no-local-version' };
    const action = await runAction('pep440-version', { workspace: repo.dir, inputs: given });
    const command = await cli(repo.dir, ['pep440-version', ...flags(given)]);
    expect(action.exitCode).toBe(0);
    expect(command.code, command.err).toBe(0);
    expect(command.outputs).toEqual(action.outputs);
    expect(action.outputs.version).toBe('2.1.0.dev1');
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
    const wheel = makeWheel({ name: 'samepkg', version: '1.0.0' });
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
