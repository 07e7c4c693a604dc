/**
 * Each front end speaks its own words over one contract: pytest's arguments follow one rule whichever
 * front end reads them, an error names the option as the front end spells it (the input on the runner,
 * the flag in the CLI, the pipeline's own flag in `pipeline`), every action input a pipeline user needs is
 * a `pipeline` flag, and core stays free of the runner's packages. The same failure driven through an
 * action's bundle and through its CLI command names the input (`input 'docs-path'`, `set 'docs: false'`)
 * on the runner and the flag (`option '--docs-path'`, `pass --no-docs`) in the CLI, never the other's.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runnerInputs } from '../../packages/action-io/src/index';
import { parseArgs } from '../../packages/cli/src/args';
import { ACTION_SPECS, flagSource } from '../../packages/cli/src/commands';
import { main } from '../../packages/cli/src/main';
import { PIPELINE_INPUTS } from '../../packages/cli/src/pipeline-command';
import { type FrontEndContext, inputLabel, mapSource, readCleanEnvOptions } from '../../packages/core/src/contract/index';
import { inputVariable, readActionManifest, repoRoot, runAction } from '../support/action-harness';
import { GitRepo } from '../support/git-repo';
import { makeWheel } from '../support/index-server/artefacts';
import { UPSTREAM_INDEX } from '../support/python';
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

const context: FrontEndContext = { workspace: '/work/space', tempDir: '/tmp/t', env: {}, ref: '' };

/** pytest's arguments as the runner reads the input (INPUT_PYTEST-ARGS, one value, maybe several lines). */
async function fromRunner(value: string): Promise<readonly string[]> {
  const saved = { ...process.env };
  // Every declared input, as the runner sets them: the given value, else action.yml's default.
  for (const [name, spec] of Object.entries(readActionManifest('clean-env-test').inputs ?? {}))
    process.env[inputVariable(name)] = name === 'pytest-args' ? value : String(spec?.default ?? '');
  try {
    return (await readCleanEnvOptions(runnerInputs, context)).options.pytestArgs;
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  }
}

/** pytest's arguments as the CLI reads its flags (each value one `--pytest-args`). */
async function fromCli(...values: string[]): Promise<readonly string[]> {
  const spec = ACTION_SPECS.find((s) => s.name === 'clean-env-test');
  if (!spec) throw new Error('no clean-env-test spec');
  const argv = values.flatMap((value) => ['--pytest-args', value]);
  return (await readCleanEnvOptions(flagSource(parseArgs(argv, spec.inputs, 'clean-env-test').values), context)).options.pytestArgs;
}

describe('pytest-args: one rule, a line split as a shell splits it, lines appended', () => {
  it.each([
    ['-x', ['-x']],
    ['-k "slow and not net" -x', ['-k', 'slow and not net', '-x']],
    ["-k 'a b'c --tb=short", ['-k', 'a bc', '--tb=short']],
    ['-m "not (slow or net)"', ['-m', 'not (slow or net)']],
    ['-k test\\ with\\ spaces', ['-k', 'test with spaces']],
    // No shell runs: nothing is expanded, a `#` inside a word is part of it.
    ['--basetemp=$HOME/t tests/*.py', ['--basetemp=$HOME/t', 'tests/*.py']],
    ['-k test_id#3', ['-k', 'test_id#3']],
    ['"quoted \\"inner\\""', ['quoted "inner"']],
  ])('%s', async (value, expected) => {
    expect(await fromRunner(value)).toEqual(expected);
    expect(await fromCli(value)).toEqual(expected);
  });

  it('lines of the input and repeats of the flag append, in order', async () => {
    expect(await fromRunner('-k "a or b"\n-x\n\n--tb short')).toEqual(['-k', 'a or b', '-x', '--tb', 'short']);
    expect(await fromCli('-k "a or b"', '-x', '--tb short')).toEqual(['-k', 'a or b', '-x', '--tb', 'short']);
  });

  it.each([
    ['-k "a or b', /has an unclosed quote: -k "a or b/],
    ["-k 'it''s", /has an unclosed quote/],
    ['-x | tee log', /holds the shell operator '\|'/],
    ['-x; rm -rf /', /holds the shell operator ';'/],
    ['-x # a comment', /holds a shell comment/],
  ])('%s is refused, naming the option in each front end’s words', async (value, message) => {
    await expect(fromRunner(value)).rejects.toThrow(message);
    await expect(fromRunner(value)).rejects.toThrow("input 'pytest-args'");
    await expect(fromCli(value)).rejects.toThrow(message);
    await expect(fromCli(value)).rejects.toThrow("option '--pytest-args'");
    await expect(fromCli(value)).rejects.not.toThrow('input');
  });
});

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env: { PATH: process.env.PATH ?? '' }, cwd });
  return { code, out, err };
}

describe('errors name the flag in the CLI, one case per command', () => {
  it.each<[string, string[], string | RegExp]>([
    ['pep440-version', ['--path', 'no-such-folder'], /option '--path' '\/\S+\/no-such-folder' does not exist/],
    ['build-wheel', ['--no-sdist', '--no-wheel'], "option '--sdist' and option '--wheel' are both false"],
    ['build-wheel', ['--docs', 'maybe'], "option '--docs' must be auto, true or false, got 'maybe'"],
    ['clean-env-test', ['--package', 'x', '--version', '1.0', '--pytest-args', '-k "open'], "option '--pytest-args' has an unclosed quote"],
    [
      'clean-env-test',
      ['--package', 'x', '--version', '1.0', '--tests-from', 'cwd'],
      "option '--tests-from' must be one of checkout, copy",
    ],
    ['publish', ['--store', 'folder', '--password', 'pw'], "option '--password' was given, but store 'folder' is a folder"],
    ['promote', ['--from', 'a', '--to', 'b', '--to-channel', 'prod'], "option '--to-channel' must be one of"],
    ['scaffold', ['--name', 'demo', '--layout', 'flat-ish'], "option '--layout' must be one of"],
  ])('%s %j', async (command, argv, expected) => {
    const cwd = temp('ww-words-');
    const { code, err } = await cli(cwd, command, ...argv);
    expect(code).toBe(1);
    if (typeof expected === 'string') expect(err).toContain(expected);
    else expect(err).toMatch(expected);
    expect(err).not.toMatch(/\binputs? '/);
    expect(err).not.toMatch(/the [a-z-]+ input\b/);
  });

  it.each([
    ['build-wheel', ['--no-sdist', '--no-wheel'], "hint: set option '--sdist' or option '--wheel' to true"],
    [
      'publish',
      ['--store', 'folder', '--password', 'pw'],
      "hint: drop option '--password', or give option '--store' as the URL of an index server",
    ],
    ['promote', ['--from', 'a', '--to', 'b', '--to-username', 'u'], "hint: drop option '--to-username', or give option '--to' as the URL"],
    ['clean-env-test', [], "hint: set option '--manifest' to publish's manifest, or option '--package' and option '--version'"],
  ])('the %s hint names flags', async (command, argv, hint) => {
    const { code, err } = await cli(temp('ww-words-'), command, ...argv);
    expect(code).toBe(1);
    expect(err).toContain(hint);
  });

  it('the runner keeps its own words for the same reader', () => {
    // The same reader through a source without a wording of its own speaks the runner's words.
    expect(inputLabel('pytest-args')).toBe("input 'pytest-args'");
    expect(mapSource({}).label('path')).toBe("input 'path'");
  });

  it("pipeline: a step's input is named as the pipeline's flag", async () => {
    const project = writeProject(temp('ww-words-pipe-'), { tag: 'v1.0.0' });
    const work = temp('ww-words-work-');
    const { code, err, out } = await cli(project.dir, 'pipeline', '--docs', 'maybe', '--work-dir', work, '--python', '/usr/bin/python3');
    expect(code, err).toBe(1);
    expect(err).toContain("error: option '--docs' must be auto, true or false, got 'maybe'");
    expect(JSON.parse(out).error).toBe("option '--docs' must be auto, true or false, got 'maybe'");
    expect(err).not.toContain('input');
  });
});

/** A project folder whose version no tool derives: pep440-version's "or pass the version with …" hint. */
function versionlessProject(): string {
  const dir = temp('ww-words-nover-');
  writeFileSync(
    join(dir, 'pyproject.toml'),
    '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "nover"\ndynamic = ["version"]\n',
  );
  return dir;
}

/** A project with a docs folder that has no conf.py. */
function projectWithoutConf(): string {
  const dir = temp('ww-words-docs-');
  writeProject(dir, { tag: 'v1.0.0' });
  mkdirSync(join(dir, 'nodocs'));
  return dir;
}

interface Case {
  action: string;
  /** The folder both front ends run in. */
  workspace: () => string | Promise<string>;
  inputs: Record<string, string>;
  /** The same inputs as the command's flags. */
  argv: string[];
  /** What both lines say, in the runner's words; the CLI's are derived below. */
  runner: string[];
  cli: string[];
}

const CASES: Case[] = [
  {
    action: 'pep440-version',
    workspace: versionlessProject,
    inputs: {},
    argv: [],
    runner: ["or pass the version with input 'pretend-version'"],
    cli: ["or pass the version with option '--pretend-version'"],
  },
  {
    action: 'build-wheel',
    workspace: projectWithoutConf,
    inputs: { docs: 'true', 'docs-path': 'nodocs' },
    argv: ['--docs', 'true', '--docs-path', 'nodocs'],
    runner: [
      "input 'docs-path' 'nodocs' has no conf.py",
      "hint: point input 'docs-path' at the Sphinx source folder, or set 'docs: false'",
    ],
    cli: [
      "option '--docs-path' 'nodocs' has no conf.py",
      "hint: point option '--docs-path' at the Sphinx source folder, or pass --no-docs",
    ],
  },
  {
    action: 'publish',
    workspace: async () => {
      const dir = temp('ww-words-pub-');
      await makeWheel({ name: 'demo', version: '1.0' }, dir);
      return dir;
    },
    inputs: { store: 'https://upload.example.org/legacy/', 'trusted-publishing': 'true', password: 'pw', files: '*.whl' },
    argv: ['--store', 'https://upload.example.org/legacy/', '--trusted-publishing', '--password', 'pw', '--files', '*.whl'],
    runner: ["input 'trusted-publishing' and input 'password' were both given"],
    cli: ["option '--trusted-publishing' and option '--password' were both given"],
  },
  {
    action: 'clean-env-test',
    workspace: () => temp('ww-words-cet-'),
    inputs: { package: 'demo', version: '1.0' },
    argv: ['--package', 'demo', '--version', '1.0'],
    runner: ["input 'index-url' is empty", "set input 'index-url' to the index publish uploaded to"],
    cli: ["option '--index-url' is empty", "set option '--index-url' to the index publish uploaded to"],
  },
  {
    action: 'promote',
    workspace: () => temp('ww-words-promote-'),
    inputs: { from: 'https://a.example.org/simple/', to: 'https://a.example.org/simple/', package: 'demo', version: '1.0' },
    argv: ['--from', 'https://a.example.org/simple/', '--to', 'https://a.example.org/simple/', '--package', 'demo', '--version', '1.0'],
    runner: ["input 'from' and input 'to' are the same index"],
    cli: ["option '--from' and option '--to' are the same index"],
  },
  {
    action: 'scaffold',
    workspace: () => temp('ww-words-scaffold-'),
    inputs: { name: 'demo', author: 'A', email: 'nobody' },
    argv: ['--name', 'demo', '--author', 'A', '--email', 'nobody'],
    runner: ["input 'email' 'nobody' is not an e-mail address"],
    cli: ["option '--email' 'nobody' is not an e-mail address"],
  },
];

describe('the same failure in each front end’s words', () => {
  it.each(CASES)('$action', async ({ action, workspace, inputs, argv, runner, cli: cliWords }) => {
    const dir = await workspace();
    const run = await runAction(action, { inputs, workspace: dir, timeoutMs: 120_000 });
    expect(run.exitCode, run.stdout).toBe(1);
    const runnerText = `${run.errors.join('\n')}\n${run.stdout}`;
    for (const words of runner) expect(runnerText).toContain(words);
    expect(run.errors.join('\n')).not.toMatch(/option '--|--no-[a-z]|pass --/);

    const { code, err } = await cli(dir, action, ...argv);
    expect(code, err).toBe(1);
    for (const words of cliWords) expect(err).toContain(words);
    expect(err).not.toMatch(/\binputs? '|the [a-z-]+ input\b|'[a-z-]+: [^']*'|log group/);
  });

  it('pipeline: the hint names the flag and the step log, whose path it prints', async () => {
    const project = projectWithoutConf();
    const work = temp('ww-words-pipe-work-');
    const { code, err } = await cli(
      project,
      'pipeline',
      '--docs',
      'true',
      '--docs-path',
      'nodocs',
      '--work-dir',
      work,
      '--python',
      '/usr/bin/python3',
    );
    expect(code, err).toBe(1);
    expect(err).toContain("option '--docs-path' 'nodocs' has no conf.py");
    expect(err).toContain('pass --no-docs');
    expect(err).not.toMatch(/\binputs? '|log group|'docs: false'/);
    expect(err).toContain(`step log: ${join(work, 'pipeline.log')}`);
  });
});

describe('a build whose requirements cannot be installed: where its full output is, in each front end', () => {
  /** A static-version project whose build needs a distribution no index has. */
  function unbuildable(): string {
    const repo = GitRepo.init(temp('ww-words-unbuildable-'));
    repo.commit('project', {
      'pyproject.toml':
        '[build-system]\nrequires = ["setuptools>=64", "ww-no-such-requirement>=1"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "unbuildable"\nversion = "1.0"\n',
      'unbuildable/__init__.py': '',
    });
    return repo.dir;
  }
  const reason = /could not install the build requirements of .*ww-no-such-requirement/;

  it('the runner: the index-url input and the log group', async () => {
    const run = await runAction('build-wheel', { inputs: { 'index-url': UPSTREAM_INDEX }, workspace: unbuildable(), timeoutMs: 180_000 });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toMatch(reason);
    expect(run.stdout).toContain(
      "hint: the build requirements come from input 'index-url' (else pip's configuration); pip's full output is in the 'python -m build' log group",
    );
  }, 200_000);

  it('the CLI command: the --index-url flag and the output above', async () => {
    const { code, err } = await cli(unbuildable(), 'build-wheel', '--index-url', UPSTREAM_INDEX);
    expect(code).toBe(1);
    expect(err).toMatch(reason);
    expect(err).toContain(
      "hint: the build requirements come from option '--index-url' (else pip's configuration); pip's full output is in the 'python -m build' output above",
    );
  }, 200_000);

  it('the pipeline: its --extra-index-url flag and the step log it names', async () => {
    const work = temp('ww-words-unbuildable-work-');
    const { code, err } = await cli(
      unbuildable(),
      'pipeline',
      '--extra-index-url',
      UPSTREAM_INDEX,
      '--work-dir',
      work,
      '--python',
      '/usr/bin/python3',
    );
    expect(code, err).toBe(1);
    expect(err).toMatch(reason);
    const log = join(work, 'pipeline.log');
    expect(err).toContain(
      `hint: the build requirements come from option '--extra-index-url' (else pip's configuration); pip's full output is in the step log ${log}`,
    );
    expect(err).not.toMatch(/log group|\binput '/);
    // The step log holds what the hint promises: pip's own line about the requirement.
    expect(readFileSync(log, 'utf8')).toMatch(/ww-no-such-requirement/);
  }, 200_000);
});

/**
 * Action inputs that are no `pipeline` flag, each with the reason. Everything else an action takes is a
 * flag, under its own name or the one in PIPELINE_NAME's place (`path` is `--package-path`).
 */
const NOT_PIPELINE_FLAGS: Record<string, Record<string, string>> = {
  'pep440-version': {
    'export-env': 'no runner environment to export to: the version is in the JSON result',
  },
  'build-wheel': {
    'output-dir': 'the build output goes to <work-dir>/dist, where publish reads it',
    wheel: 'the clean-env tests install the wheel: a flow without it has nothing to test',
    'index-url': "the build environment's index is the first --extra-index-url (one source for build and test dependencies)",
    version: "the version step's output, so the build makes exactly the version that is published",
  },
  publish: {
    'upload-url': 'derived from --store / --unstable-url: the flow uploads to the index it reads back',
    username: 'WHEELWRIGHT_STORE_USERNAME: credentials never go on the command line (process lists)',
    password: 'WHEELWRIGHT_STORE_PASSWORD: credentials never go on the command line (process lists)',
    'trusted-publishing': "needs a GitHub job's OIDC token; the flow publishes to the run's own unstable index",
    manifest: "the build step's manifest",
    files: "the build step's files",
    'dry-run': '--no-publish builds and tests from a temporary store and publishes nothing',
  },
  'clean-env-test': {
    manifest: "the build step's manifest",
    package: "the build step's name",
    version: "the version step's output",
    'index-url': 'the unstable index the flow just published to',
  },
  promote: {
    manifest: "the build step's manifest",
    tested: "the flow's own clean-env tests record into the manifest",
    package: "the build step's name",
    version: "the version step's output",
    from: 'the flow promotes unstable → testing → stable (--store, --*-url, --*-index)',
    to: 'the flow promotes unstable → testing → stable (--store, --*-url, --*-index)',
    'from-upload-url': 'derived from the stores, as for publish',
    'to-upload-url': 'derived from the stores, as for publish',
    'to-channel': 'the policy: testing after the tests, stable for a final version released from its tag',
    mode: 'always copy: each index keeps what reached it',
    'from-username': 'WHEELWRIGHT_STORE_USERNAME (environment, never a flag)',
    'from-password': 'WHEELWRIGHT_STORE_PASSWORD (environment, never a flag)',
    'to-username': 'WHEELWRIGHT_STORE_USERNAME / WHEELWRIGHT_STABLE_USERNAME (environment, never a flag)',
    'to-password': 'WHEELWRIGHT_STORE_PASSWORD / WHEELWRIGHT_STABLE_PASSWORD (environment, never a flag)',
    'require-tests': 'the flow promotes only after its own clean-env tests passed',
    tag: "the version step's tag",
    repository: 'the project folder',
    'dry-run': '--no-publish promotes nothing',
    'release-only': 'the flow applies the same policy itself: stable only for a final version built at its tag',
  },
};
/** Actions that are no step of the flow. */
const NOT_PIPELINE_STEPS: Record<string, string> = {
  scaffold: 'makes a project; the pipeline releases one',
  'release-report': "writes the GitHub Release with the job's token: a workflow job, not a machine's flow",
};
/** Action inputs the pipeline names differently. */
const RENAMED: Record<string, string> = { path: 'package-path', 'index-name': 'unstable-index' };

describe('every action input a pipeline user needs is a pipeline flag', () => {
  const flags = new Set(PIPELINE_INPUTS.map((input) => input.name));
  const actions = readdirSync(join(repoRoot, 'actions')).filter((name) => statSync(join(repoRoot, 'actions', name)).isDirectory());

  it.each(actions)('%s', (action) => {
    const inputs = Object.keys(readActionManifest(action).inputs ?? {});
    if (NOT_PIPELINE_STEPS[action]) {
      expect(NOT_PIPELINE_FLAGS[action]).toBeUndefined();
      return;
    }
    const allowed = NOT_PIPELINE_FLAGS[action] ?? {};
    const missing = inputs.filter((name) => !flags.has(RENAMED[name] ?? name) && !(name in allowed));
    expect(missing, `${action} inputs without a pipeline flag or a reason`).toEqual([]);
    // The allow-list stays honest: a reason only for an input the action has and the pipeline lacks.
    for (const name of Object.keys(allowed)) {
      expect(inputs, `${action} has no input '${name}'`).toContain(name);
      if (name !== 'python') expect(flags.has(name), `'${name}' is a pipeline flag now: drop its reason`).toBe(false);
    }
  });

  it('the help lists them, each once', async () => {
    const { out } = await cli(repoRoot, 'pipeline', '--help');
    const listed = [...out.matchAll(/^ {2}--(?:\[no-\])?([\w-]+)/gm)].map((m) => m[1]);
    expect(listed).toEqual(PIPELINE_INPUTS.map((input) => input.name));
    expect(new Set(listed).size).toBe(listed.length);
    for (const name of ['test-dependencies', 'tests-from', 'installer', 'docs', 'config-settings', 'require-signed-tag', 'dist-name'])
      expect(listed).toContain(name);
  });
});

describe('core stays free of the runner', () => {
  it('no module under packages/core imports @actions/*', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.[cm]?[jt]s$/.test(entry.name) && /(from\s+|import\(\s*|require\(\s*)['"]@actions\//.test(readFileSync(path, 'utf8')))
          offenders.push(relative(repoRoot, path));
      }
    };
    walk(join(repoRoot, 'packages', 'core', 'src'));
    expect(offenders).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages', 'core', 'package.json'), 'utf8'));
    expect(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => name.startsWith('@actions/'))).toEqual(
      [],
    );
  });
});
