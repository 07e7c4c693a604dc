/**
 * `wheelwright pipeline [project]`: the reusable workflow's flow on one machine (a laptop, Jenkins,
 * GitLab), through the same core entries as the actions. Flags are python-release.yml's inputs; the
 * credentials come from the environment (WHEELWRIGHT_STORE_USERNAME / _PASSWORD, WHEELWRIGHT_STABLE_…),
 * never from flags that would show in the process list. CI variables are used only as hints for the
 * release trigger (a tag build may reach stable, a branch build stops in testing).
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pipelineSummaryMarkdown } from '@wheelwright/core/board';
import { mapSource } from '@wheelwright/core/contract';
import { describeError, type OptionWording, renderOptionReferences } from '@wheelwright/core/errors';
import { readManifest } from '@wheelwright/core/manifest';
import {
  interpreterFor,
  type PipelineAction,
  type PipelineOptions,
  type PipelineResult,
  type PipelineStep,
  pipDependencySources,
  releaseTrigger,
  runPipeline,
} from '@wheelwright/core/pipeline';
import { launcherSpec } from '@wheelwright/core/python';
import { openStore, redactUrl } from '@wheelwright/core/store';
import specs from './action-specs.json';
import { parseArgs, toOptions, UsageError } from './args';
import { actionSpec, cliContext, withDefaults } from './commands';
import { formatHelp } from './help';
import type { InputSpec } from './spec';
import { maskSecrets, secretsOf, TerminalLogger } from './terminal-logger';

/**
 * Workflow inputs that mean nothing off the runner: the runner's image and setup-python's version, and the
 * GitHub Release, which a workflow job with the repository's token writes (the release-report action).
 */
const RUNNER_ONLY = new Set(['runs-on', 'python-version', 'github-release']);

/**
 * Action inputs offered as `pipeline` flags under their action.yml names, passed to that step's contract
 * reader as given (their defaults and rules are the action's). The flow sets the others itself (the path,
 * the version, the stores, the manifest) or offers them under the workflow's names.
 */
export const STEP_FLAGS: Partial<Record<PipelineAction, readonly string[]>> = {
  'pep440-version': ['dist-name', 'fetch-tags', 'fail-on-dirty'],
  'build-wheel': [
    'sdist',
    'skip-dependency-check',
    'config-settings',
    'source-date-epoch',
    'docs',
    'docs-path',
    'docs-failure',
    'tools-cache',
  ],
  publish: ['skip-existing', 'verify'],
  'clean-env-test': ['test-dependencies', 'tests-from', 'installer'],
  promote: ['require-signed-tag', 'allowed-signers'],
};

/** Action inputs the pipeline offers under another name (`path` is the project folder, `--package-path`). */
export const PIPELINE_NAME: Readonly<Record<string, string>> = { path: 'package-path', 'index-name': 'unstable-index' };

/** Every step's inputs: a warning may come from any step and name any of them in the runner's words. */
const ALL_STEP_INPUTS = [
  ...new Set(
    (['pep440-version', 'build-wheel', 'publish', 'clean-env-test', 'promote'] as const).flatMap(
      (action) => actionSpec(action)?.inputs.map((input) => input.name) ?? [],
    ),
  ),
].map((name) => ({ name }));

function stepFlagSpecs(): InputSpec[] {
  // A step input the reusable workflow also takes (test-dependencies) is that workflow input's flag already.
  const workflow = new Set((specs.pipeline as InputSpec[]).map((input) => input.name));
  return Object.entries(STEP_FLAGS).flatMap(([action, names]) =>
    (names ?? [])
      .filter((name) => !workflow.has(name))
      .map((name) => {
        const input = actionSpec(action)?.inputs.find((candidate) => candidate.name === name);
        if (!input) throw new Error(`${action} declares no input '${name}'`);
        return { ...input, description: `${input.description} (${action})` };
      }),
  );
}

/** Where the command line means more than the workflow input (the same name, a machine's defaults). */
const CLI_MEANING: Record<string, Partial<InputSpec>> = {
  'package-path': { description: 'The project folder (also the first argument).' },
  'python-versions': {
    default: '',
    description:
      'The Pythons the clean-env tests run on: a JSON array or a comma-separated list of versions (3.11 runs python3.11), interpreter paths or launcher forms (py -3.11). Empty: python3 from PATH.',
  },
  store: {
    description:
      'One store holding the three indexes as <store>/<name>: a folder (the embedded file store) or a server URL. Empty: <project>/.wheelwright.',
  },
  'extra-index-url': {
    default: '',
    description:
      "Indexes for the test dependencies and the build environment (never for the package under test), one per flag; the first replaces PyPI. Default (with neither this nor --find-links): the sources the machine's pip configuration names, else PyPI.",
  },
  'find-links': { description: 'Folders or URLs of wheels for the test dependencies, one per flag.' },
};

export const PIPELINE_INPUTS: InputSpec[] = [
  ...(specs.pipeline as InputSpec[])
    .filter((input) => !RUNNER_ONLY.has(input.name))
    .map((input) => ({ ...input, ...CLI_MEANING[input.name] })),
  { name: 'python', description: 'The interpreter that builds. Empty: python3 from PATH.', default: '', required: false },
  {
    name: 'strict',
    description: "Inspection findings fail the build (build-wheel's strict); --no-strict reports them as warnings.",
    default: 'true',
    required: false,
    boolean: true,
  },
  { name: 'pretend-version', description: 'Use this version instead of the one git gives (pep440-version).', default: '', required: false },
  {
    name: 'fallback-version',
    description: 'The version when git has no tag to derive one from (pep440-version).',
    default: '',
    required: false,
  },
  {
    name: 'tag-regex',
    description: 'Which tags are releases and how to read their version (pep440-version).',
    default: '',
    required: false,
  },
  {
    name: 'pytest-args',
    description:
      'Extra pytest arguments, split as a shell splits words (quotes kept together: -k "slow and not net"); a repeated flag appends (clean-env-test).',
    default: '',
    required: false,
  },
  ...stepFlagSpecs(),
  {
    name: 'work-dir',
    description: 'Where the build output, manifest and step log go. Empty: <project>/.wheelwright/run.',
    default: '',
    required: false,
  },
  {
    name: 'verbose',
    description: "Show every step's log (always written to <work-dir>/pipeline.log).",
    default: 'false',
    required: false,
    boolean: true,
  },
  {
    name: 'debug',
    description: 'Show debug lines, and keep the temporary work folder (build and test environments), saying where.',
    default: 'false',
    required: false,
    boolean: true,
  },
];

const NOTES = [
  'Runs: pep440-version → build-wheel → publish (unstable) → clean-env-test × python-versions → promote (testing)',
  '      → promote (stable) when the version is final and the run releases its tag.',
  'Credentials: WHEELWRIGHT_STORE_USERNAME, WHEELWRIGHT_STORE_PASSWORD, WHEELWRIGHT_STABLE_USERNAME, WHEELWRIGHT_STABLE_PASSWORD.',
  'Prints progress on stderr and a JSON result on stdout; exits 1 when a step fails (the release stays where it got).',
].join('\n');

export function pipelineHelp(): string {
  return formatHelp(
    'wheelwright pipeline [project] [options]',
    'The whole release flow on a project folder, step by step with timings.',
    PIPELINE_INPUTS,
    [],
    NOTES,
    "options (python-release.yml's inputs, then the command line's own):",
  );
}

export function listOf(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new UsageError(`python-versions '${trimmed}' is not a JSON array`, { hint: 'e.g. ["3.11", "3.12"] or 3.11,3.12' });
    }
    if (!Array.isArray(parsed)) throw new UsageError(`python-versions '${trimmed}' is not a JSON array`);
    return parsed.map(String);
  }
  // An entry is an interpreter setting, which may hold a space (`py -3.11`, a path): with commas or lines the
  // entries are split there only; a bare list of versions may also be split on spaces.
  const separated = /[,\n]/.test(trimmed) ? trimmed.split(/\s*[,\n]\s*/) : launcherSpec(trimmed) ? [trimmed] : trimmed.split(/\s+/);
  return separated.map((entry) => entry.trim()).filter(Boolean);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export interface PipelineIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export async function pipelineCommand(argv: readonly string[], io: PipelineIo): Promise<number> {
  const args = parseArgs(argv, PIPELINE_INPUTS, 'pipeline');
  if (args.help) {
    io.out(pipelineHelp());
    return 0;
  }
  if (args.positional.length > 1) throw new UsageError(`pipeline takes one project folder, got ${args.positional.length}`);
  const values = args.values;
  const project = resolve(io.cwd, args.positional[0] || values['package-path'] || '.');
  // Checked before anything is written: a mistyped path must not gain a .wheelwright folder.
  if (!isDirectory(project))
    throw new UsageError(`pipeline: '${project}' is not a folder`, { hint: 'give the project folder (the one with pyproject.toml)' });
  const flags = toOptions(values, PIPELINE_INPUTS);

  const env = io.env;
  // A folder store takes no credentials: one given for it is a mistake (a wrong --store), not something to ignore.
  const isServer = (location: string | undefined): boolean => /^https?:\/\//i.test(location ?? '');
  const credentialTargets: [string, boolean][] = [
    ['WHEELWRIGHT_STORE_USERNAME', isServer(values.store || values['unstable-url'])],
    ['WHEELWRIGHT_STORE_PASSWORD', isServer(values.store || values['unstable-url'])],
    ['WHEELWRIGHT_STABLE_USERNAME', isServer(values['stable-url'] || values.store)],
    ['WHEELWRIGHT_STABLE_PASSWORD', isServer(values['stable-url'] || values.store)],
  ];
  for (const [variable, server] of credentialTargets) {
    if (!server && env[variable])
      throw new UsageError(`pipeline: ${variable} is set, but the store is a folder, which takes no credentials`, {
        hint: `unset ${variable}, or give --store the URL of an index server`,
      });
  }
  const workDir = values['work-dir'] ? resolve(io.cwd, values['work-dir']) : join(project, '.wheelwright', 'run');
  // Each run starts from an empty work folder: a stale wheel must never be published by mistake.
  // Only the folders the pipeline itself writes are cleared (never the whole --work-dir, which may be
  // any folder): the build output, the pull-request store and the log.
  for (const owned of ['dist', 'store', 'pipeline.log']) rmSync(join(workDir, owned), { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const logFile = join(workDir, 'pipeline.log');
  const secrets = secretsOf({
    ...values,
    'store-password': env.WHEELWRIGHT_STORE_PASSWORD,
    'stable-password': env.WHEELWRIGHT_STABLE_PASSWORD,
  });
  const logger = new TerminalLogger({
    verbose: flags.verbose === true,
    debug: flags.debug === true,
    file: logFile,
    write: io.err,
    secrets,
    // A step's warning names the options in this command's words, as its error would.
    words: (message) => renderOptionReferences(message, ALL_STEP_INPUTS, pipelineWording(values, undefined, logFile)),
  });
  const out = (text: string): void => io.out(maskSecrets(text, secrets));
  const err = (text: string): void => io.err(maskSecrets(text, secrets));
  const options: PipelineOptions = {
    packagePath: project,
    store: values.store ? (/^[a-z][a-z0-9+.-]*:\/\//i.test(values.store) ? values.store : resolve(io.cwd, values.store)) : '',
    unstableIndex: values['unstable-index'] ?? '',
    testingIndex: values['testing-index'] ?? '',
    stableIndex: values['stable-index'] ?? '',
    unstableUrl: values['unstable-url'] ?? '',
    testingUrl: values['testing-url'] ?? '',
    stableUrl: values['stable-url'] ?? '',
    versionScheme: values['version-scheme'] ?? '',
    localScheme: values['local-scheme'] ?? '',
    tagRegex: values['tag-regex'] ?? '',
    fallbackVersion: values['fallback-version'] ?? '',
    pretendVersion: values['pretend-version'] ?? '',
    strict: flags.strict !== false,
    pytestArgs: values['pytest-args'] ?? '',
    stepSettings: stepSettings(values, args.given, io.cwd),
    pythonVersions: listOf(values['python-versions'] ?? ''),
    python: values.python ?? '',
    extras: values.extras ?? '',
    testRequirements: values['test-requirements'] ?? '',
    tests: values.tests ?? 'tests',
    publish: flags.publish !== false,
    isolation: flags.isolation !== false,
    storeUsername: env.WHEELWRIGHT_STORE_USERNAME ?? '',
    storePassword: env.WHEELWRIGHT_STORE_PASSWORD ?? '',
    stableUsername: env.WHEELWRIGHT_STABLE_USERNAME ?? '',
    stablePassword: env.WHEELWRIGHT_STABLE_PASSWORD ?? '',
    workDir,
    trigger: releaseTrigger(env),
  };

  // Test dependencies: the flags, else what the machine's pip configuration names, else PyPI.
  if (args.given.has('extra-index-url') || args.given.has('find-links')) {
    options.extraIndexUrl = values['extra-index-url'] ?? '';
    options.findLinks = values['find-links'] ?? '';
  } else {
    const sources = await pipDependencySources(await interpreterFor(values.python ?? '', env), env);
    if (sources) {
      options.extraIndexUrl = sources.extraIndexUrl;
      options.findLinks = sources.findLinks;
      logger.debug(`test dependencies from pip's configuration: ${[sources.extraIndexUrl, sources.findLinks].join(' ').trim()}`);
    }
  }

  // The isolated build environment (setuptools, setuptools_scm…) comes from the same first index.
  const firstIndex = options.extraIndexUrl?.split(/\s+/).find((url) => url !== '');
  if (firstIndex) options.buildIndexUrl = firstIndex;

  // Each step's settings with its action.yml defaults filled in, as the runner fills them for a workflow step,
  // and named in messages as this command's flags.
  options.settingsSource = (action, settings) =>
    mapSource(withDefaults(action, settings), (name) => pipelineWording(values, action, logFile).option(name));
  const context = cliContext({ env, cwd: project });
  // One temporary folder for the run (build and test environments): removed at the end, failed or not;
  // --debug keeps it and says where.
  const keep = flags.debug === true || context.keepTemp === true;
  const runTemp = mkdtempSync(join(context.tempDir, 'wheelwright-pipeline-'));
  options.context = { ...context, tempDir: runTemp, keepTemp: keep };
  options.onSecret = (secret) => secrets.push(secret);
  err(`wheelwright pipeline ${project}\n`);
  let result: PipelineResult;
  try {
    result = await runPipeline(options, logger, {
      start: (name) => logger.debug(`start ${name}`),
      finish: (step: PipelineStep) => {
        const mark = step.status === 'ok' ? '✔' : '✘';
        // A failed step's detail is core's message: in this command's words, as the error line below is.
        const detail =
          step.status === 'failed'
            ? renderOptionReferences(
                step.detail,
                declaredFor(step.action).map((name) => ({ name })),
                pipelineWording(values, step.action, logFile),
              )
            : step.detail;
        err(`  ${mark} ${step.name.padEnd(26)} ${seconds(step.ms).padStart(7)}  ${detail}\n`);
      },
    });
  } finally {
    if (keep) err(`kept the work folder (--debug): ${runTemp}\n`);
    else rmSync(runTemp, { recursive: true, force: true, maxRetries: 3 });
  }

  const name = result.name;
  // The run as a picture (Mermaid) beside the log, and in the job summary when run inside GitHub Actions.
  const summary = pipelineSummaryMarkdown(result);
  writeFileSync(join(workDir, 'summary.md'), maskSecrets(summary, secrets));
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, maskSecrets(summary, secrets));
  const install = result.ok && options.publish !== false ? await installLine(result, loginFor(result, options)) : undefined;
  const failed = result.error
    ? describeError(result.error, pipelineWording(values, failedAction(result), logFile), declaredFor(failedAction(result)))
    : undefined;
  out(
    `${JSON.stringify(
      {
        ok: result.ok,
        name,
        version: result.version,
        channel: result.channel,
        'index-url': result.indexUrl,
        manifest: result.manifest,
        stores: { unstable: result.stores.unstable, testing: result.stores.testing, stable: result.stores.stable },
        steps: result.steps.map((s) => ({ name: s.name, action: s.action, status: s.status, seconds: Number((s.ms / 1000).toFixed(3)) })),
        seconds: Number((result.totalMs / 1000).toFixed(3)),
        ...(install ? { install } : {}),
        ...(failed ? { error: failed.message } : {}),
      },
      null,
      2,
    )}\n`,
  );
  if (!result.ok) {
    const where = result.channel === 'none' ? 'nothing was published' : `the release stays in ${result.channel}`;
    err(`error: ${failed?.message ?? 'the pipeline failed'}\n`);
    if (failed?.hint) err(`hint: ${failed.hint}\n`);
    err(`${where} (${seconds(result.totalMs)}; step log: ${logFile})\n`);
    return 1;
  }
  const publishedNothing = options.publish === false;
  err(
    publishedNothing
      ? `built and tested ${name} ${result.version} from a temporary store; nothing published (${seconds(result.totalMs)})\n`
      : `released ${name} ${result.version} to ${result.channel} (${seconds(result.totalMs)})\n`,
  );
  if (install) err(`  ${install}\n`);
  return 0;
}

/** The given flags that are other actions' inputs (STEP_FLAGS), by step; paths made absolute. */
function stepSettings(
  values: Record<string, string>,
  given: ReadonlySet<string>,
  cwd: string,
): NonNullable<PipelineOptions['stepSettings']> {
  const settings: NonNullable<PipelineOptions['stepSettings']> = {};
  for (const [action, names] of Object.entries(STEP_FLAGS) as [PipelineAction, readonly string[]][]) {
    for (const name of names) {
      if (!given.has(name)) continue;
      const value = values[name] ?? '';
      // The tools cache is a folder of this machine: relative to where the command runs, not the project.
      const step = settings[action] ?? {};
      step[name] = name === 'tools-cache' && value !== '' ? resolve(cwd, value) : value;
      settings[action] = step;
    }
  }
  return settings;
}

/** The action of the step that failed, if a step did. */
function failedAction(result: PipelineResult): PipelineAction | undefined {
  return result.steps.find((step) => step.status === 'failed')?.action;
}

/** Every input of the failed step's action: core names them in the runner's words. */
function declaredFor(action: PipelineAction | undefined): string[] {
  return action ? (actionSpec(action)?.inputs.map((input) => input.name) ?? []) : [];
}

/**
 * This command's words for an action input: its flag where it has one (`option '--package-path'` for
 * `path`, `--python-versions` for the tests' interpreter when given), else what the flow passed to the
 * step (`build-wheel's version`), which the user sets through the flow rather than a flag.
 */
function pipelineWording(values: Record<string, string>, action: PipelineAction | undefined, logFile: string): OptionWording {
  const flags = new Set(PIPELINE_INPUTS.map((input) => input.name));
  const flagOf = (name: string): string | undefined => {
    if (name === 'python' && action === 'clean-env-test' && values['python-versions']) return 'python-versions';
    // The build environment's index is the first --extra-index-url (one source for build and test dependencies).
    if (name === 'index-url' && action === 'build-wheel') return 'extra-index-url';
    const flag = PIPELINE_NAME[name] ?? name;
    return flags.has(flag) ? flag : undefined;
  };
  return {
    option: (name) => {
      const flag = flagOf(name);
      return flag ? `option '--${flag}'` : `${action ?? 'the step'}'s ${name}`;
    },
    setting: (name, value) => {
      const flag = flagOf(name) ?? name;
      return value === 'false' ? `--no-${flag}` : value === 'true' ? `--${flag}` : `--${flag} ${value}`;
    },
    // The steps' output goes to the step log (the terminal shows only warnings without --verbose).
    log: () => `the step log ${logFile}`,
  };
}

function loginFor(result: PipelineResult, options: PipelineOptions): { username?: string | undefined; password?: string | undefined } {
  return {
    username: result.channel === 'stable' ? options.stableUsername || options.storeUsername : options.storeUsername,
    password: result.channel === 'stable' ? options.stablePassword || options.storePassword : options.storePassword,
  };
}

/**
 * How to install the release: the wheel by direct reference to its file in the store the release reached,
 * pinned by its sha256 — `pip install "name @ <url>#sha256=<hash>"`. pip takes exactly that file (and checks
 * the hash), and the dependencies from the user's usual index. An `--index-url <store>` line fails on a
 * default setup for a package with dependencies (the store holds only this project), and adding
 * `--extra-index-url` would let any index offer a higher version of the same name (dependency confusion).
 */
async function installLine(
  result: PipelineResult,
  login: { username?: string | undefined; password?: string | undefined },
): Promise<string | undefined> {
  if (result.channel === 'none' || !result.manifest) return undefined;
  try {
    const manifest = await readManifest(result.manifest);
    const wheel = manifest.files.find((file) => file.filename.endsWith('.whl')) ?? manifest.files[0];
    if (!wheel) return undefined;
    const store = await openStore({
      url: result.stores[result.channel],
      ...(login.username ? { username: login.username } : {}),
      ...(login.password ? { password: login.password } : {}),
    });
    const listed = (await store.listFiles(manifest.name)).find((file) => file.filename === wheel.filename);
    if (!listed) return undefined;
    const url = redactUrl(listed.url.replace(/#.*$/, ''));
    return `pip install "${manifest.name} @ ${url}#sha256=${wheel.sha256}"`;
  } catch {
    return undefined;
  }
}
