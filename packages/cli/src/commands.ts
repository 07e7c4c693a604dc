/**
 * One subcommand per action: the action's core entry, called with the options its adapter
 * (actions/<name>/src/main.ts) builds from the same inputs, and its outputs mapper. An action whose core
 * entry has not landed is absent here and fails with "not implemented yet", as its bundle did.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildOutputs, buildRelease } from '@wheelwright/core/build';
import { assertTestsPassed, cleanEnvTestOutputs, testRelease } from '@wheelwright/core/clean-env';
import { parseDocsFailure, parseDocsMode } from '@wheelwright/core/docs';
import { NotImplementedError } from '@wheelwright/core/errors';
import type { Logger } from '@wheelwright/core/log';
import { releaseTrigger } from '@wheelwright/core/pipeline';
import { CHANNELS, promoteOutputs, promoteRelease } from '@wheelwright/core/promote';
import { publishOutputs, publishRelease } from '@wheelwright/core/publish';
import { LAYOUTS, type Layout, scaffoldOutputs, scaffoldProject } from '@wheelwright/core/scaffold';
import { resolveInstaller } from '@wheelwright/core/venv';
import { computeVersion, versionOutputs } from '@wheelwright/core/version';
import specs from './action-specs.json';
import { UsageError } from './args';
import type { ActionSpec } from './spec';

/** Inputs that are true/false switches on the command line although their default is empty ("recorded"). */
const OPTIONAL_SWITCHES: Record<string, string[]> = {
  scaffold: ['markdown', 'tests', 'docs', 'tox', 'pre-commit', 'github-actions', 'gitlab-ci', 'update', 'force', 'dry-run'],
};

export const ACTION_SPECS: ActionSpec[] = (specs.actions as ActionSpec[]).map((spec) => ({
  ...spec,
  inputs: spec.inputs.map((input) => (OPTIONAL_SWITCHES[spec.name]?.includes(input.name) ? { ...input, boolean: true } : input)),
}));

export interface CommandContext {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Registers a secret found at run time (a minted upload token) so no later line prints it. */
  onSecret?: (secret: string) => void;
}

export type CommandRunner = (values: Record<string, string>, logger: Logger, context: CommandContext) => Promise<Record<string, string>>;

/** The runner's input semantics (action-io) over a map of values: the same parsing as the actions. */
class Inputs {
  constructor(private readonly values: Record<string, string>) {}
  get(name: string): string {
    return (this.values[name] ?? '').trim();
  }
  optional(name: string): string | undefined {
    return this.get(name) || undefined;
  }
  bool(name: string, fallback: boolean): boolean {
    return this.optionalBool(name) ?? fallback;
  }
  optionalBool(name: string): boolean | undefined {
    const value = this.get(name);
    if (value === '') return undefined;
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE'].includes(value)) return false;
    throw new UsageError(`option '--${name}' must be true or false, got '${value}'`);
  }
  lines(name: string): string[] {
    return this.get(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
  list(name: string): string[] {
    return this.lines(name).flatMap((line) => line.split(/\s+/));
  }
  choice<T extends string>(name: string, choices: readonly T[]): T {
    const value = this.get(name);
    if (!(choices as readonly string[]).includes(value))
      throw new UsageError(`option '--${name}' must be one of ${choices.join(', ')}, got '${value}'`);
    return value as T;
  }
}

const RUNNERS: Partial<Record<string, CommandRunner>> = {
  'pep440-version': async (values, logger, { env, cwd }) => {
    const i = new Inputs(values);
    const trigger = releaseTrigger(env);
    const result = await computeVersion(
      {
        path: i.get('path') || cwd,
        versionScheme: i.get('version-scheme'),
        localScheme: i.get('local-scheme'),
        tagRegex: i.get('tag-regex'),
        fallbackVersion: i.get('fallback-version'),
        pretendVersion: i.get('pretend-version'),
        distName: i.get('dist-name'),
        fetchTags: i.bool('fetch-tags', true),
        exportEnv: false,
        failOnDirty: i.bool('fail-on-dirty', false),
        env,
        // A CI tag build (GitHub, GitLab, Jenkins) names the release tag, as GITHUB_REF does on the runner.
        githubRef: trigger.kind === 'tag' ? `refs/tags/${trigger.ref}` : '',
      },
      logger,
    );
    return versionOutputs(result);
  },

  'build-wheel': async (values, logger, { env, cwd }) => {
    const i = new Inputs(values);
    const result = await buildRelease(
      {
        path: i.get('path') || '.',
        python: i.get('python'),
        outputDir: i.get('output-dir') || 'dist',
        sdist: i.bool('sdist', true),
        wheel: i.bool('wheel', true),
        isolation: i.bool('isolation', true),
        skipDependencyCheck: i.bool('skip-dependency-check', false),
        configSettings: i.lines('config-settings'),
        version: i.get('version'),
        sourceDateEpoch: i.get('source-date-epoch'),
        strict: i.bool('strict', true),
        indexUrl: i.get('index-url'),
        toolsCacheDir: i.get('tools-cache'),
        docs: {
          mode: parseDocsMode(i.get('docs'), '--docs'),
          path: i.get('docs-path'),
          onFailure: parseDocsFailure(i.get('docs-failure'), '--docs-failure'),
        },
        env,
        cwd,
      },
      logger,
    );
    return buildOutputs(result);
  },

  scaffold: async (values, logger, { cwd }) => {
    const i = new Inputs(values);
    const layout = i.optional('layout');
    if (layout !== undefined && !(LAYOUTS as readonly string[]).includes(layout))
      throw new UsageError(`option '--layout' must be one of ${LAYOUTS.join(', ')}, got '${layout}'`);
    const result = await scaffoldProject(
      {
        name: i.optional('name'),
        path: i.optional('path'),
        package: i.optional('package'),
        description: i.optional('description'),
        url: i.optional('url'),
        license: i.optional('license'),
        author: i.optional('author'),
        email: i.optional('email'),
        pythonRequires: i.optional('python-requires'),
        namespace: i.optional('namespace'),
        markdown: i.optionalBool('markdown'),
        layout: layout as Layout | undefined,
        tests: i.optionalBool('tests'),
        docs: i.optionalBool('docs'),
        tox: i.optionalBool('tox'),
        preCommit: i.optionalBool('pre-commit'),
        githubActions: i.optionalBool('github-actions'),
        gitlabCi: i.optionalBool('gitlab-ci'),
        update: i.bool('update', false),
        force: i.bool('force', false),
        dryRun: i.bool('dry-run', false),
        cwd,
      },
      logger,
    );
    return scaffoldOutputs(result);
  },

  'clean-env-test': async (values, logger, { env, cwd }) => {
    const i = new Inputs(values);
    const extras = i.get('extras');
    const python = i.get('python');
    const manifest = i.get('manifest');
    const packageName = i.get('package');
    const version = i.get('version');
    const indexUrl = i.get('index-url');
    const testRequirements = i.get('test-requirements');
    const result = await testRelease(
      {
        ...(manifest ? { manifest } : {}),
        ...(packageName ? { package: packageName } : {}),
        ...(version ? { version } : {}),
        ...(indexUrl ? { indexUrl } : {}),
        extraIndexUrl: i.list('extra-index-url'),
        findLinks: i.list('find-links'),
        ...(extras
          ? {
              extras: extras
                .split(',')
                .map((e) => e.trim())
                .filter((e) => e !== ''),
            }
          : {}),
        ...(testRequirements ? { testRequirements } : {}),
        testDependencies: i.get('test-dependencies') || 'auto',
        testsFrom: i.choice('tests-from', ['checkout', 'copy'] as const),
        tests: i.get('tests') || 'tests',
        ...(python ? { python } : {}),
        pytestArgs: i.lines('pytest-args'),
        installer: await resolveInstaller(i.choice('installer', ['pip', 'uv', 'auto'] as const)),
        workspace: cwd,
        tempDir: tmpdir(),
        // The JUnit XML and the freeze are outputs: beside the pipeline's step log, not in /tmp.
        resultsDir: join(cwd, '.wheelwright', 'run', 'clean-env-test'),
        keepTemp: env.WHEELWRIGHT_KEEP_TEMP === '1',
        env,
      },
      logger,
    );
    for (const failure of result.failures)
      logger.warning(`${failure.title}: ${failure.message}`, {
        ...(failure.file ? { file: failure.file } : {}),
        ...(failure.line ? { line: failure.line } : {}),
      });
    assertTestsPassed(result);
    return cleanEnvTestOutputs(result);
  },

  publish: async (values, logger, { cwd, onSecret }) => {
    const i = new Inputs(values);
    const result = await publishRelease(
      {
        store: i.get('store') || '.wheelwright/unstable',
        uploadUrl: i.get('upload-url'),
        username: i.get('username'),
        password: i.get('password'),
        indexName: i.get('index-name'),
        // Needs a GitHub job's OIDC token (ACTIONS_ID_TOKEN_REQUEST_*): the CLI inside a GitHub job.
        trustedPublishing: i.bool('trusted-publishing', false),
        ...(onSecret ? { onSecret } : {}),
        manifest: i.get('manifest'),
        files: i.lines('files'),
        skipExisting: i.bool('skip-existing', true),
        verify: i.bool('verify', true),
        dryRun: i.bool('dry-run', false),
        workspace: cwd,
      },
      logger,
    );
    return publishOutputs(result);
  },

  promote: async (values, logger, { cwd }) => {
    const i = new Inputs(values);
    const toChannel = i.get('to-channel');
    const result = await promoteRelease(
      {
        manifest: i.get('manifest'),
        tested: i.lines('tested').map((path) => resolve(cwd, path)),
        package: i.get('package'),
        version: i.get('version'),
        from: i.get('from'),
        to: i.get('to'),
        fromUploadUrl: i.get('from-upload-url'),
        toUploadUrl: i.get('to-upload-url'),
        fromUsername: i.get('from-username'),
        fromPassword: i.get('from-password'),
        toUsername: i.get('to-username'),
        toPassword: i.get('to-password'),
        toChannel: toChannel === '' ? '' : i.choice('to-channel', CHANNELS),
        mode: i.choice('mode', ['copy', 'move'] as const),
        requireTests: i.bool('require-tests', true),
        requireSignedTag: i.bool('require-signed-tag', false),
        allowedSigners: values['allowed-signers'] ?? '',
        tag: i.get('tag'),
        repository: i.get('repository') || cwd,
        dryRun: i.bool('dry-run', false),
        workDir: tmpdir(),
      },
      logger,
    );
    return promoteOutputs(result);
  },
};

export function actionSpec(name: string): ActionSpec | undefined {
  return ACTION_SPECS.find((spec) => spec.name === name);
}

/** The runner of an action's core entry, or one that fails with "not implemented yet". */
export function commandRunner(name: string): CommandRunner {
  const runner = RUNNERS[name];
  if (!actionSpec(name) || !runner)
    return async () => {
      throw new NotImplementedError(`wheelwright ${name}`);
    };
  return runner;
}

/** Fills the action.yml defaults for inputs a caller left out, and rejects undeclared ones (a typo). */
export function withDefaults(name: string, inputs: Record<string, string>): Record<string, string> {
  const spec = actionSpec(name);
  if (!spec) throw new Error(`no action named ${name}`);
  const declared = new Set(spec.inputs.map((input) => input.name));
  for (const key of Object.keys(inputs)) if (!declared.has(key)) throw new Error(`${name}: input '${key}' is not declared in action.yml`);
  const values: Record<string, string> = {};
  for (const input of spec.inputs) values[input.name] = inputs[input.name] ?? input.default;
  return values;
}
