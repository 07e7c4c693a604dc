/**
 * The build frontend comes with us: when the chosen interpreter lacks pypa/build, a tools virtualenv of
 * that same interpreter gets it, once, in a tools cache (tools-cache.ts: the runner's tool cache in
 * Actions, the user's cache folder in the CLI), and `python -m build` runs from there. The wheel is still
 * built by the chosen Python (the venv is its own), and pip fills the venv from the configured sources
 * (the build's index-url, else pip's own configuration and find-links).
 *
 * The cache key: the tool name `wheelwright-build-py<version>-<hash of the interpreter's real path and
 * version>` and the version of pypa/build installed in it (its SemVer form). An environment is made in a
 * staging folder beside the cache entry, under a lock folder so that two runs on one cache make it once
 * (the second waits and finds it), and kept complete or not at all. A kept environment is checked before
 * use (its interpreter runs and imports the recorded build); one that does not (the base interpreter moved
 * or was upgraded, files removed) is made again. A venv survives the move out of staging: its interpreter
 * finds its prefix through `pyvenv.cfg` next to it, and we only ever start it as `python -m build`.
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import rcompare from 'semver/functions/rcompare';
import { WheelwrightError } from '../errors/index';
import type { Logger } from '../log/index';
import { tryParseVersion } from '../pep440/index';
import { run } from '../process/index';
import type { PythonInterpreter } from '../python/index';
import { withDirectoryLock } from '../store/lock';
import { venvInterpreter } from '../venv/index';
import { toSemver } from '../version/semver';
import { isToolName, isToolVersion, type ToolsCache } from './tools-cache';

const MARKER = 'wheelwright-tools.json';
/** The frontend we install: the 1.x line (pip `--python` support, `< `-prefixed pip output). */
export const BUILD_REQUIREMENT = 'build>=1.0';

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * The tool name of `python`'s tools environment: `wheelwright-build-py3.11.2-<12 hex>`, the interpreter's
 * version and its resolved path hashed (a path is not a folder name), so two interpreters of one version
 * at different places never share an environment.
 */
export function toolsEnvTool(python: PythonInterpreter): string {
  const version = /^\d+\.\d+\.\d+[a-z0-9]*$/i.test(python.version) ? python.version.toLowerCase() : 'unknown';
  const digest = createHash('sha256')
    .update(`${realPath(python.executable || python.command)}\0${python.version}`)
    .digest('hex')
    .slice(0, 12);
  const tool = `wheelwright-build-py${version}-${digest}`;
  return isToolName(tool) ? tool : `wheelwright-build-pyunknown-${digest}`;
}

/**
 * pypa/build's version as the tool cache's version: its SemVer form without build metadata (a post-release
 * shares its release's entry; the exact version is in the environment's marker). Undefined when it has none.
 */
export function toolsEnvVersion(buildVersion: string): string | undefined {
  const parsed = tryParseVersion(buildVersion);
  const version = parsed ? toSemver(parsed).replace(/\+.*$/, '') : '';
  return isToolVersion(version) ? version : undefined;
}

export interface ToolsEnv {
  /** The tools venv's interpreter: run `-m build` with it. */
  python: string;
  dir: string;
  buildVersion: string;
  /** True when this call created it. */
  created: boolean;
}

interface Marker {
  build: string;
}

/** The pypa/build version the environment in `dir` runs, or why it cannot run it. */
async function checkKept(dir: string, env: NodeJS.ProcessEnv): Promise<{ build: string } | { broken: string }> {
  const text = await readFile(join(dir, MARKER), 'utf8').catch(() => undefined);
  let recorded: unknown;
  try {
    recorded = text === undefined ? undefined : (JSON.parse(text) as Marker).build;
  } catch {
    recorded = undefined;
  }
  if (typeof recorded !== 'string') return { broken: `no readable ${MARKER}` };
  try {
    const { stdout } = await run(venvInterpreter(dir), ['-c', 'import build; print(build.__version__)'], {
      env,
      timeoutMs: 60_000,
      label: 'python -c "import build"',
    });
    const found = stdout.trim();
    return found === recorded ? { build: found } : { broken: `it holds build ${found.slice(0, 40)}, not ${recorded.slice(0, 40)}` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { broken: `its interpreter does not run pypa/build: ${message.split('\n')[0]?.slice(0, 200)}` };
  }
}

/**
 * The newest kept environment of `tool` that works. A broken one is reported and skipped (the caller
 * makes a new one, which replaces it when it has the same version).
 */
async function findUsable(
  cache: ToolsCache,
  tool: string,
  env: NodeJS.ProcessEnv,
  onBroken: (message: string) => void = () => {},
): Promise<ToolsEnv | undefined> {
  const versions = (await cache.versions(tool)).filter((version) => isToolVersion(version)).sort(rcompare);
  for (const version of versions) {
    const dir = await cache.find(tool, version);
    if (dir === undefined) continue;
    const kept = await checkKept(dir, env);
    if ('broken' in kept) {
      onBroken(`the tools environment ${dir} is broken (${kept.broken}): making it again`);
      continue;
    }
    return { python: venvInterpreter(dir), dir, buildVersion: kept.build, created: false };
  }
  return undefined;
}

export interface ToolsEnvOptions {
  python: PythonInterpreter;
  /** Where environments are kept between runs (the runner's tool cache, the CLI's cache folder). */
  cache: ToolsCache;
  /** The environment pip runs with: the build's (PIP_INDEX_URL when index-url is given, pip's configuration). */
  env: NodeJS.ProcessEnv;
  logger: Logger;
}

const SITE_PROBE = `import json, sys, sysconfig
paths = sysconfig.get_paths()
print(json.dumps({"venv": sys.prefix != sys.base_prefix, "site": sorted({paths["purelib"], paths["platlib"]})}))`;

/**
 * \`python -m venv\` run by a venv's interpreter makes a venv of the *base* interpreter, whose system
 * site-packages are not the chosen venv's. A .pth file in the tools venv adds the chosen venv's
 * site-packages after its own, so a build without isolation still finds the backend installed there.
 */
async function linkVenvSitePackages(python: PythonInterpreter, tools: string, env: NodeJS.ProcessEnv): Promise<void> {
  const chosen = JSON.parse(
    (await run(python.command, ['-c', SITE_PROBE], { env, timeoutMs: 60_000, label: 'python sysconfig' })).stdout,
  ) as {
    venv: boolean;
    site: string[];
  };
  if (!chosen.venv) return;
  const own = JSON.parse((await run(tools, ['-c', SITE_PROBE], { env, timeoutMs: 60_000, label: 'python sysconfig' })).stdout) as {
    site: string[];
  };
  const purelib = own.site[0];
  if (purelib) await writeFile(join(purelib, '_wheelwright_interpreter_site.pth'), `${chosen.site.join('\n')}\n`, 'utf8');
}

/** Creation takes seconds to minutes (pip's own time-out is ten); a lock older than this is a killed run's. */
const STALE_LOCK_MS = 20 * 60_000;

/** Runs `work` holding `<scratch>/.lock`, waiting for another run that holds it (the store's lock folder). */
async function whileLocked<T>(scratch: string, logger: Logger, work: () => Promise<T>): Promise<T> {
  const lock = join(scratch, '.lock');
  await mkdir(scratch, { recursive: true });
  return withDirectoryLock(lock, work, {
    staleMs: STALE_LOCK_MS,
    timeoutMs: STALE_LOCK_MS + 60_000,
    onWait: () => logger.info(`another run is making this tools environment (${lock}): waiting for it`),
    onAbandoned: () => logger.warning(`removing the lock ${lock} of a run that stopped while making a tools environment`),
    busyError: () =>
      new WheelwrightError('python', `another run has been making the tools environment for over 20 minutes (${lock})`, {
        hint: 'wait for it to finish; remove the lock folder only if no build is running',
      }),
  });
}

/** The cached tools venv with pypa/build for `python`, created when missing or broken. */
export async function ensureBuildFrontend(options: ToolsEnvOptions): Promise<ToolsEnv> {
  const { python, cache, env, logger } = options;
  const tool = toolsEnvTool(python);
  const using = (found: ToolsEnv) => {
    logger.info(`${python.command} has no pypa/build: using the tools environment ${found.dir} (build ${found.buildVersion})`);
    return found;
  };
  const existing = await findUsable(cache, tool, env);
  if (existing) return using(existing);
  const scratch = cache.scratch(tool);
  return whileLocked(scratch, logger, async () => {
    // Another run may have kept it while this one waited; a broken one is reported here, once.
    const kept = await findUsable(cache, tool, env, (message) => logger.warning(message));
    if (kept) return using(kept);
    // Staging only happens under the lock: any staging folder here is a killed run's.
    for (const entry of await readdir(scratch))
      if (entry.startsWith('.staging-')) await rm(join(scratch, entry), { recursive: true, force: true });
    const staging = join(scratch, `.staging-${process.pid}-${Date.now().toString(36)}`);
    logger.info(`${python.command} (Python ${python.version}) has no pypa/build: creating a tools environment with it in ${cache.where}`);
    try {
      return await create(python, staging, cache, tool, env, logger);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  });
}

async function create(
  python: PythonInterpreter,
  staging: string,
  cache: ToolsCache,
  tool: string,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<ToolsEnv> {
  try {
    // System site-packages stay visible: a build without isolation uses the interpreter's own backend.
    await run(python.command, ['-m', 'venv', '--system-site-packages', staging], { env, timeoutMs: 300_000, label: 'python -m venv' });
  } catch (error) {
    throw new WheelwrightError(
      'python',
      `cannot create the tools environment for pypa/build with ${python.command} (Python ${python.version})`,
      {
        hint: 'the interpreter needs its venv module and ensurepip (Debian/Ubuntu: apt install python3-venv), or install build into it: python -m pip install build',
        cause: error,
      },
    );
  }
  const tools = venvInterpreter(staging);
  await linkVenvSitePackages(python, tools, env);
  try {
    await run(tools, ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--progress-bar', 'off', BUILD_REQUIREMENT], {
      env,
      timeoutMs: 600_000,
      label: 'pip install build',
      onStdout: (chunk) => logger.debug(chunk.trimEnd()),
      onStderr: (chunk) => logger.debug(chunk.trimEnd()),
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    const reason =
      stderr
        .split(/\r?\n/)
        .map((line) => /^ERROR: (.+)$/.exec(line.trim())?.[1])
        .find((line) => line !== undefined && !line.startsWith('Could not find a version')) ?? 'pip failed';
    throw new WheelwrightError('python', `cannot install pypa/build into the tools environment: ${reason}`, {
      hint: "pip installs it from input 'index-url', else pip's configuration (pip.conf, PIP_INDEX_URL, PIP_FIND_LINKS); or install build into the interpreter yourself",
      cause: error,
    });
  }
  const { stdout } = await run(tools, ['-c', 'import build; print(build.__version__)'], {
    env,
    timeoutMs: 60_000,
    label: 'python -c "import build"',
  });
  const buildVersion = stdout.trim();
  const version = toolsEnvVersion(buildVersion);
  if (version === undefined)
    throw new WheelwrightError('python', `the tools environment's pypa/build reports an unusable version '${buildVersion.slice(0, 40)}'`);
  await writeFile(
    join(staging, MARKER),
    `${JSON.stringify({ python: python.executable, version: python.version, build: buildVersion })}\n`,
  );
  const dir = await cache.keep(staging, tool, version);
  logger.info(`Tools environment ready: ${dir} (build ${buildVersion})`);
  return { python: venvInterpreter(dir), dir, buildVersion, created: true };
}
