/**
 * The whole release flow as one function, for `wheelwright pipeline` and anything else that runs the flow
 * outside GitHub (Jenkins, GitLab, a laptop). Each step's settings are its action's inputs (by their
 * action.yml names), read through the action's contract reader (`core/contract`) into typed options, so a
 * rule (defaults, booleans, lists, credentials for folder stores) is the same here as in the action and the
 * CLI; the core entries run with those options and their typed results decide the next step.
 * `.github/workflows/python-release.yml` is the same flow written for the runner.
 *
 *   pep440-version → build-wheel → publish(unstable) → clean-env-test × pythons → promote(testing)
 *                                                                        └ final + release tag → promote(stable)
 *
 * Policy: how far a release may go is the version's `channel` (core's PEP 440 classification, the
 * pep440-version output); reaching `stable` also needs the run to be a release of that tag (see
 * `releaseTrigger`). Nothing is promoted past a failed step: a failing test leaves the release in
 * `unstable`, a broken package is never published.
 */
import { join, resolve } from 'node:path';
import { type BuildOptions, type BuildResult, buildRelease } from '../build/index';
import { type ReleaseTrigger, releaseTarget, releaseTrigger, resolveIndexes } from '../channels/index';
import { type CleanEnvTestOptions, type CleanEnvTestResult, reportTestRun, testRelease } from '../clean-env/index';
import {
  type FrontEndContext,
  mapSource,
  type OptionSource,
  readBuildOptions,
  readCleanEnvOptions,
  readPromoteOptions,
  readPublishOptions,
  readVersionOptions,
} from '../contract/index';
import { InputError, WheelwrightError } from '../errors/index';
import type { Logger } from '../log/index';
import { run } from '../process/index';
import { type PromoteOptions, type PromoteResult, promoteRelease } from '../promote/index';
import { type PublishOptions, type PublishResult, publishRelease } from '../publish/index';
import { pythonSpawn } from '../python/index';
import { computeVersion, type VersionOptions, type VersionResult, versionOrigin } from '../version/index';

export type PipelineAction = 'pep440-version' | 'build-wheel' | 'publish' | 'clean-env-test' | 'promote';
export type PipelineChannel = 'unstable' | 'testing' | 'stable';

/** The core entries the flow runs, each with its action's typed options and result (fakes in tests). */
export interface PipelineEntries {
  version(options: VersionOptions, logger: Logger): Promise<VersionResult>;
  build(options: BuildOptions, logger: Logger): Promise<BuildResult>;
  publish(options: PublishOptions, logger: Logger): Promise<PublishResult>;
  test(options: CleanEnvTestOptions, logger: Logger): Promise<CleanEnvTestResult>;
  promote(options: PromoteOptions, logger: Logger): Promise<PromoteResult>;
}

export const CORE_ENTRIES: PipelineEntries = {
  version: computeVersion,
  build: buildRelease,
  publish: publishRelease,
  async test(options, logger) {
    const result = await testRelease(options, logger);
    reportTestRun(result, logger);
    return result;
  },
  promote: promoteRelease,
};

export interface PipelineStores {
  unstable: string;
  testing: string;
  stable: string;
  /** True for the embedded file store (folders), false for servers. */
  embedded: boolean;
}

/** Mirrors python-release.yml's inputs (camelCase) plus what a machine without the runner needs. */
export interface PipelineOptions {
  /** The project folder (`package-path`). */
  packagePath: string;
  /** One store holding three indexes `<store>/<name>`. Default: `<project>/.wheelwright`. */
  store?: string;
  unstableIndex?: string;
  testingIndex?: string;
  stableIndex?: string;
  unstableUrl?: string;
  testingUrl?: string;
  stableUrl?: string;
  versionScheme?: string;
  localScheme?: string;
  tagRegex?: string;
  fallbackVersion?: string;
  /** The version to use instead of git's (pep440-version's pretend-version). */
  pretendVersion?: string;
  /** Inspection findings fail the build (build-wheel's strict; default true). */
  strict?: boolean;
  /** Extra pytest arguments, split as a shell splits each line (clean-env-test's pytest-args). */
  pytestArgs?: string;
  /** Interpreters (or versions such as 3.11, run as python3.11) the clean-env tests run on; [] → default. */
  pythonVersions?: string[];
  /** The interpreter that builds. */
  python?: string;
  /** Build in pypa/build's isolated environment (default true); false uses the build Python's backend. */
  isolation?: boolean;
  /** The index pip fills the isolated build environment from (build-wheel's index-url); unset: pip's own. */
  buildIndexUrl?: string;
  extras?: string;
  testRequirements?: string;
  tests?: string;
  /** Where dependencies of the tests come from (never the package under test); unset: clean-env-test's default. */
  extraIndexUrl?: string;
  findLinks?: string;
  /** false: build and test from a temporary store, publish and promote nothing (pull requests). */
  publish?: boolean;
  storeUsername?: string;
  storePassword?: string;
  stableUsername?: string;
  stablePassword?: string;
  /** Folder for the build output and the manifest (default `<store or temp>/.work`). */
  workDir: string;
  /** The run's trigger (from CI hints); default: derived from the version alone. */
  trigger?: ReleaseTrigger;
  /** Where the flow runs (the CLI's context); default: the current folder, the system temp folder. */
  context?: FrontEndContext;
  /** Receives every secret a step sees (passwords, URL credentials, minted tokens), to mask it. */
  onSecret?: (secret: string) => void;
  /**
   * Further inputs of a step's action, by their action.yml names (build-wheel's `docs`, clean-env-test's
   * `test-dependencies`…), read by the action's contract reader like the ones the flow sets. The flow's own
   * (the path, the version, the stores, the manifest) win over these.
   */
  stepSettings?: Partial<Record<PipelineAction, Record<string, string>>>;
  /**
   * The settings of a step as its contract reader's source; the CLI fills in the action.yml defaults here,
   * as the runner does for a workflow step. Default: the settings as given.
   */
  settingsSource?: (action: PipelineAction, values: Record<string, string>) => OptionSource;
}

export interface PipelineStep {
  name: string;
  action: PipelineAction;
  status: 'ok' | 'failed' | 'skipped';
  ms: number;
  error?: string;
  /** One line about what the step achieved, for progress lines. */
  detail: string;
}

export interface PipelineResult {
  ok: boolean;
  /** The project's name (from the build). */
  name: string;
  version: string;
  /** The index the release ended in (none when nothing was published). */
  channel: PipelineChannel | 'none';
  indexUrl: string;
  /** How far the version's kind allows it to go. */
  target: PipelineChannel;
  stores: PipelineStores;
  steps: PipelineStep[];
  manifest: string;
  totalMs: number;
  error?: WheelwrightError;
}

export interface PipelineProgress {
  start(name: string): void;
  finish(step: PipelineStep): void;
}

export { type ReleaseTrigger, releaseTarget, releaseTrigger, type VersionFacts } from '../channels/index';

/** The three indexes by the workflow's rule (`resolveIndexes`), with the CLI's default store `<project>/.wheelwright`. */
export function pipelineStores(options: PipelineOptions, temporaryStore: string): PipelineStores {
  const { unstable, testing, stable, embedded } = resolveIndexes(
    {
      store: options.store ?? '',
      names: { unstable: options.unstableIndex ?? '', testing: options.testingIndex ?? '', stable: options.stableIndex ?? '' },
      urls: { unstable: options.unstableUrl ?? '', testing: options.testingUrl ?? '', stable: options.stableUrl ?? '' },
      publish: options.publish !== false,
    },
    { defaultStore: join(resolve(options.packagePath), '.wheelwright'), temporaryStore },
  );
  return { unstable, testing, stable, embedded };
}

/**
 * `3.11` → `python3.11` (what a machine with several Pythons has on PATH); anything else as given. On
 * Windows a version is asked of the `py` launcher (`py -3.11`, an argument array) for the interpreter's
 * path, since an interpreter is one program, never a command line.
 */
export async function interpreterFor(python: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (!/^\d+\.\d+$/.test(python)) return python;
  if (process.platform !== 'win32') return `python${python}`;
  const launcher = pythonSpawn(`py -${python}`);
  try {
    const { stdout } = await run(launcher.program, [...launcher.args, '-c', 'import sys; print(sys.executable)'], {
      env,
      timeoutMs: 60_000,
    });
    return stdout.trim() || python;
  } catch {
    throw new InputError(`no Python ${python} found by the py launcher`, {
      hint: `install Python ${python}, or give the interpreter's path`,
    });
  }
}

function failure(error: unknown): WheelwrightError {
  if (error instanceof WheelwrightError) return error;
  const text = error instanceof Error ? error.message : String(error);
  return new WheelwrightError('process', `unexpected error (a bug in Wheelwright): ${text.split('\n')[0]}`);
}

/** Runs the flow step by step; never throws for a failed step: the result says where it stopped. */
export async function runPipeline(
  options: PipelineOptions,
  logger: Logger,
  progress?: PipelineProgress,
  entries: PipelineEntries = CORE_ENTRIES,
): Promise<PipelineResult> {
  const started = performance.now();
  const project = resolve(options.packagePath);
  const workDir = resolve(options.workDir);
  const stores = pipelineStores(options, join(workDir, 'store'));
  const trigger = options.trigger ?? releaseTrigger({});
  const steps: PipelineStep[] = [];
  const context: FrontEndContext = options.context ?? {
    workspace: project,
    tempDir: (await import('node:os')).tmpdir(),
    env: process.env,
    ref: trigger.kind === 'tag' ? `refs/tags/${trigger.ref}` : '',
  };
  const masked = (secrets: readonly string[]): void => {
    for (const secret of secrets) options.onSecret?.(secret);
  };
  const settings = (action: PipelineAction, values: Record<string, string>): OptionSource => {
    const merged = { ...options.stepSettings?.[action], ...values };
    return options.settingsSource?.(action, merged) ?? mapSource(merged);
  };
  const withSecrets = { ...(options.onSecret ? { onSecret: options.onSecret } : {}) };
  const result: PipelineResult = {
    ok: false,
    name: '',
    version: '',
    channel: 'none',
    indexUrl: '',
    target: 'testing',
    stores,
    steps,
    manifest: '',
    totalMs: 0,
  };

  const step = async <T>(name: string, action: PipelineAction, body: () => Promise<T>, describe: (result: T) => string): Promise<T> => {
    progress?.start(name);
    const begun = performance.now();
    try {
      const outcome = await body();
      const done: PipelineStep = { name, action, status: 'ok', ms: performance.now() - begun, detail: describe(outcome) };
      steps.push(done);
      progress?.finish(done);
      return outcome;
    } catch (error) {
      const wrapped = failure(error);
      const failed: PipelineStep = {
        name,
        action,
        status: 'failed',
        ms: performance.now() - begun,
        error: wrapped.message,
        detail: wrapped.message,
      };
      steps.push(failed);
      progress?.finish(failed);
      throw wrapped;
    }
  };

  try {
    const version = await step(
      'version',
      'pep440-version',
      () =>
        entries.version(
          readVersionOptions(
            settings('pep440-version', {
              path: project,
              'version-scheme': options.versionScheme ?? '',
              'local-scheme': options.localScheme ?? '',
              'tag-regex': options.tagRegex ?? '',
              'fallback-version': options.fallbackVersion ?? '',
              'pretend-version': options.pretendVersion ?? '',
            }),
            context,
          ),
          logger,
        ),
      (v) => `${v.version} (${versionOrigin(v)}; may reach ${v.classification.channel})`,
    );
    result.version = version.version;
    result.target = releaseTarget(
      { channel: version.classification.channel, tag: version.tag, distance: version.distance, dirty: version.dirty },
      trigger,
    );
    logger.debug(`trigger ${trigger.kind}${trigger.ref ? ` ${trigger.ref}` : ''}: this run may promote up to ${result.target}`);

    const build = await step(
      'build',
      'build-wheel',
      async () => {
        const { options: buildOptions, secrets } = readBuildOptions(
          settings('build-wheel', {
            path: project,
            version: result.version,
            'output-dir': join(workDir, 'dist'),
            python: options.python ?? '',
            isolation: String(options.isolation !== false),
            strict: String(options.strict !== false),
            'index-url': options.buildIndexUrl ?? '',
          }),
          context,
        );
        masked(secrets);
        return entries.build(buildOptions, logger);
      },
      (b) => [b.sdist?.filename, b.wheel?.filename].filter(Boolean).join(' '),
    );
    result.name = build.name;
    result.manifest = build.manifestPath;

    const credentials = { username: options.storeUsername ?? '', password: options.storePassword ?? '' };
    // Credentials go only to index servers: a folder store takes none (and refuses them).
    const login = (location: string, username: string, password: string) =>
      /^https?:\/\//i.test(location) ? { username, password } : { username: '', password: '' };
    const published = await step(
      `publish → ${indexName(stores.unstable)}`,
      'publish',
      async () => {
        const { options: publishOptions, secrets } = readPublishOptions(
          settings('publish', {
            store: stores.unstable,
            'index-name': 'unstable',
            manifest: result.manifest,
            ...login(stores.unstable, credentials.username, credentials.password),
          }),
          context,
        );
        masked(secrets);
        return entries.publish({ ...publishOptions, ...withSecrets }, logger);
      },
      (p) => describeFiles(p.uploaded, p.skipped, 'uploaded'),
    );
    result.channel = 'unstable';
    result.indexUrl = published.indexUrl;

    const matrix = options.pythonVersions && options.pythonVersions.length > 0;
    const pythons = matrix ? (options.pythonVersions ?? []) : [options.python ?? ''];
    for (const python of pythons) {
      await step(
        `clean-env-test${matrix ? ` (${python})` : ''}`,
        'clean-env-test',
        async () => {
          const { options: testOptions, secrets } = await readCleanEnvOptions(
            settings('clean-env-test', {
              manifest: result.manifest,
              'index-url': result.indexUrl,
              python: python === '' ? '' : await interpreterFor(python),
              // Unset: pytest's configured testpaths, else tests/ or test/ (clean-env-test's own rule).
              tests: options.tests ? resolve(project, options.tests) : '',
              extras: options.extras ?? '',
              'test-requirements': options.testRequirements ? resolve(project, options.testRequirements) : '',
              'pytest-args': options.pytestArgs ?? '',
              installer: options.stepSettings?.['clean-env-test']?.installer || 'pip',
              'tests-from': options.stepSettings?.['clean-env-test']?.['tests-from'] || 'checkout',
              // Unset: clean-env-test's own default (PyPI) for the dependencies.
              ...(options.extraIndexUrl !== undefined ? { 'extra-index-url': options.extraIndexUrl } : {}),
              ...(options.findLinks !== undefined ? { 'find-links': options.findLinks } : {}),
            }),
            // The JUnit XML and the freeze go beside the run's other results, one folder per interpreter.
            { ...context, resultsDir: join(workDir, 'clean-env-test', ...(matrix ? [safeName(python)] : [])) },
          );
          masked(secrets);
          return entries.test(testOptions, logger);
        },
        (t) => `${t.counts.passed} passed, ${t.counts.failed} failed, ${t.counts.errors} errors, ${t.counts.skipped} skipped`,
      );
    }

    const promote = (from: string, to: string, channel: PipelineChannel, toLogin: { username: string; password: string }) =>
      step(
        `promote → ${indexName(to)}`,
        'promote',
        async () => {
          const { options: promoteOptions, secrets } = readPromoteOptions(
            settings('promote', {
              manifest: result.manifest,
              from,
              to,
              'to-channel': channel,
              mode: 'copy',
              'from-username': login(from, credentials.username, credentials.password).username,
              'from-password': login(from, credentials.username, credentials.password).password,
              'to-username': login(to, toLogin.username, toLogin.password).username,
              'to-password': login(to, toLogin.username, toLogin.password).password,
              repository: project,
            }),
            context,
          );
          masked(secrets);
          return entries.promote({ ...promoteOptions, ...withSecrets }, logger);
        },
        (p) => describeFiles(p.promoted, p.skipped, 'promoted'),
      );

    if (options.publish !== false) {
      const toTesting = await promote(stores.unstable, stores.testing, 'testing', credentials);
      result.channel = 'testing';
      result.indexUrl = toTesting.to.indexUrl || result.indexUrl;

      if (result.target === 'stable') {
        const toStable = await promote(stores.testing, stores.stable, 'stable', {
          username: options.stableUsername || credentials.username,
          password: options.stablePassword || credentials.password,
        });
        result.channel = 'stable';
        result.indexUrl = toStable.to.indexUrl || result.indexUrl;
      }
    }
    result.ok = true;
  } catch (error) {
    result.error = failure(error);
  }
  result.totalMs = performance.now() - started;
  return result;
}

/** A folder name for an interpreter setting (`3.12`, `/opt/python/bin/python3`): nothing that makes a path. */
function safeName(python: string): string {
  return python.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_') || 'default';
}

function indexName(location: string): string {
  return (
    location
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop() ?? location
  );
}

function describeFiles(done: readonly string[], skipped: readonly string[], verb: string): string {
  return `${done.length} ${verb}${skipped.length > 0 ? `, ${skipped.length} already there` : ''}`;
}

export interface DependencySources {
  /** Index URLs, one per line; the first replaces PyPI (clean-env-test's extra-index-url). */
  extraIndexUrl: string;
  /** Folders or URLs of wheels, one per line. */
  findLinks: string;
}

/**
 * Where the test dependencies come from when the user names nothing: the sources the machine's pip
 * configuration names (`pip config list`: files and PIP_* variables), so the pipeline works wherever
 * `pip install` works — offline with a configured mirror too. The package under test never comes from
 * these (clean-env-test pins it to the store). A configured index-url leads; without one the configured
 * extra indexes are used alone (not PyPI first: a machine that configures mirrors wants them, and an
 * unreachable PyPI costs retries per package). Nothing configured: undefined (clean-env-test's PyPI).
 */
export async function pipDependencySources(python: string, env: NodeJS.ProcessEnv = process.env): Promise<DependencySources | undefined> {
  let listing: string;
  const interpreter = pythonSpawn(python);
  try {
    listing = (await run(interpreter.program, [...interpreter.args, '-m', 'pip', 'config', 'list'], { env, timeoutMs: 60_000 })).stdout;
  } catch {
    return undefined;
  }
  const values = (key: string): string[] =>
    [...listing.matchAll(new RegExp(`^[^\\s=]*\\.${key}='([^']*)'$`, 'gm'))]
      .flatMap((m) => (m[1] ?? '').split(/\s+/))
      .filter((v) => v !== '');
  const unique = (list: string[]): string[] => [...new Set(list)];
  const indexes = unique([...values('index-url'), ...values('extra-index-url')]);
  const links = unique(values('find-links'));
  if (indexes.length === 0 && links.length === 0) return undefined;
  return { extraIndexUrl: indexes.join('\n'), findLinks: links.join('\n') };
}
