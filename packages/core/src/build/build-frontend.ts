/**
 * The build frontend comes with us: when the chosen interpreter lacks pypa/build, a tools virtualenv of
 * that same interpreter gets it, once, in a cache folder, and `python -m build` runs from there. The
 * wheel is still built by the chosen Python (the venv is its own), and pip fills the venv from the
 * configured sources (the build's index-url, else pip's own configuration and find-links).
 *
 * Layout: `<cache>/py<version>-<interpreter hash>-build<build version>/`, complete by construction: it
 * is filled in a private staging folder beside it and renamed into place (an atomic rename on one
 * filesystem), so a concurrent run either sees nothing and builds its own copy (the loser of the rename
 * discards it) or sees a finished environment. A venv survives the rename: its interpreter finds its
 * prefix through `pyvenv.cfg` next to it, and we only ever start it as `python -m build`.
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { WheelwrightError } from '../errors/index';
import type { Logger } from '../log/index';
import { run } from '../process/index';
import type { PythonInterpreter } from '../python/index';
import { venvInterpreter } from '../venv/index';

const MARKER = 'wheelwright-tools.json';
/** The frontend we install: the 1.x line (pip `--python` support, `< `-prefixed pip output). */
export const BUILD_REQUIREMENT = 'build>=1.0';

/** The default cache folder: `$XDG_CACHE_HOME/wheelwright/tools` (`%LOCALAPPDATA%` on Windows, else ~/.cache). */
export function defaultToolsCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    process.platform === 'win32'
      ? env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local')
      : env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(base, 'wheelwright', 'tools');
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** `py3.11.2-<12 hex>`: the interpreter's version and its resolved path, hashed (a path is not a folder name). */
export function toolsEnvPrefix(python: PythonInterpreter): string {
  const version = /^\d+\.\d+\.\d+[a-z0-9]*$/i.test(python.version) ? python.version : 'unknown';
  const digest = createHash('sha256')
    .update(`${realPath(python.executable || python.command)}\0${python.version}`)
    .digest('hex')
    .slice(0, 12);
  return `py${version}-${digest}`;
}

export interface ToolsEnv {
  /** The tools venv's interpreter: run `-m build` with it. */
  python: string;
  dir: string;
  buildVersion: string;
  /** True when this call created it. */
  created: boolean;
}

async function findExisting(cacheDir: string, prefix: string): Promise<ToolsEnv | undefined> {
  const entries = await readdir(cacheDir).catch(() => [] as string[]);
  const matches = entries.filter((entry) => entry.startsWith(`${prefix}-build`)).sort();
  // Newest build version last (a later install wins after an upgrade of the index).
  for (const entry of matches.reverse()) {
    const dir = join(cacheDir, entry);
    const marker = await readFile(join(dir, MARKER), 'utf8').catch(() => undefined);
    if (marker === undefined) continue;
    const buildVersion = entry.slice(`${prefix}-build`.length);
    return { python: venvInterpreter(dir), dir, buildVersion, created: false };
  }
  return undefined;
}

export interface ToolsEnvOptions {
  python: PythonInterpreter;
  cacheDir: string;
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

/** A staging folder older than this belongs to a run that was killed (creation takes seconds to minutes). */
const STALE_STAGING_MS = 60 * 60_000;

async function removeStaleStaging(cacheDir: string): Promise<void> {
  const entries = await readdir(cacheDir).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((entry) => entry.startsWith('.staging-'))
      .map(async (entry) => {
        const path = join(cacheDir, entry);
        const modified = (await stat(path).catch(() => undefined))?.mtimeMs;
        if (modified !== undefined && Date.now() - modified > STALE_STAGING_MS) await rm(path, { recursive: true, force: true });
      }),
  );
}

/** The cached tools venv with pypa/build for `python`, created when missing. */
export async function ensureBuildFrontend(options: ToolsEnvOptions): Promise<ToolsEnv> {
  const { python, cacheDir, env, logger } = options;
  const prefix = toolsEnvPrefix(python);
  const existing = await findExisting(cacheDir, prefix);
  if (existing) {
    logger.info(`${python.command} has no pypa/build: using the tools environment ${existing.dir} (build ${existing.buildVersion})`);
    return existing;
  }
  await mkdir(cacheDir, { recursive: true });
  await removeStaleStaging(cacheDir);
  const staging = join(cacheDir, `.staging-${prefix}-${process.pid}-${Date.now().toString(36)}`);
  logger.info(`${python.command} (Python ${python.version}) has no pypa/build: creating a tools environment with it in ${cacheDir}`);
  try {
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
    if (!/^[0-9][0-9A-Za-z.+-]*$/.test(buildVersion))
      throw new WheelwrightError('python', `the tools environment's pypa/build reports an unusable version '${buildVersion.slice(0, 40)}'`);
    await writeFile(
      join(staging, MARKER),
      `${JSON.stringify({ python: python.executable, version: python.version, build: buildVersion })}\n`,
    );
    const dir = join(cacheDir, `${prefix}-build${buildVersion}`);
    try {
      await rename(staging, dir);
    } catch (error) {
      // Another run renamed its copy first: use that one, drop ours.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM') throw error;
      const winner = await findExisting(cacheDir, prefix);
      if (!winner) throw error;
      return winner;
    }
    logger.info(`Tools environment ready: ${dir} (build ${buildVersion})`);
    return { python: venvInterpreter(dir), dir, buildVersion, created: true };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
