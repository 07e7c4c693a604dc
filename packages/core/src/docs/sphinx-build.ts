/**
 * The project's Sphinx docs, built with the release: against the package **as installed from the built
 * wheel** (a fresh venv with the wheel, its dependencies and Sphinx), so API pages document what users
 * get, and a module missing from the wheel is a failed docs build instead of a page generated from the
 * checkout. The docs source is read from a copy of the project without the package's import roots
 * (a conf.py that puts `../src` on sys.path then finds nothing there), with `python -I` (no cwd, no
 * PYTHONPATH). The environment (venv + Sphinx) is prepared while the wheel builds; the wheel goes in
 * once it exists.
 */
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { sha256File } from '../distribution/sha256-file';
import { InputError, ProcessError, WheelwrightError } from '../errors/index';
import type { Logger } from '../log/index';
import type { ManifestDocs } from '../manifest/index';
import { run } from '../process/index';
import type { PythonInterpreter } from '../python/index';
import { createVirtualenv, installerErrorLines, type Virtualenv } from '../venv/virtualenv';
import type { DocsOptions } from './docs-options';
import { docsZipName, writeDocsZip } from './docs-zip';

/** What the manifest records about the docs (a failed build is recorded, never silently absent). */
export type DocsRecord = ManifestDocs;

export interface DocsOutcome {
  record: DocsRecord;
  /** The zip in the build's private folder, to be moved into the output folder with the artefacts. */
  zipPath?: string;
  /** The first warnings, for the summary. */
  warnings: string[];
}

const CONFIG = 'conf.py';

/** The docs folder to build, or undefined when there is nothing to build; throws when `true` finds none. */
export function findDocsSource(projectDir: string, options: DocsOptions): string | undefined {
  const mode = options.mode ?? 'auto';
  if (mode === 'false') return undefined;
  const given = (options.path ?? '').trim() || 'docs';
  if (isAbsolute(given) || given.split(/[\\/]/).includes('..'))
    throw new InputError(`input 'docs-path' '${given}' must be a folder inside the project`, { hint: 'e.g. docs or doc/source' });
  const dir = resolve(projectDir, given);
  const config = join(dir, CONFIG);
  if (existsSync(config) && statSync(config).isFile()) return dir;
  // action.yml's default is `docs`, so only another folder is an explicit choice that must hold conf.py.
  if (mode === 'true' || given !== 'docs')
    throw new InputError(`input 'docs-path' '${given}' has no ${CONFIG} (looked for ${config})`, {
      hint: "point input 'docs-path' at the Sphinx source folder, or set 'docs: false' (auto skips projects without docs)",
    });
  return undefined;
}

// Never copied into the docs' source copy: VCS data, environments, caches and build output.
const SKIPPED = new Set([
  '.git',
  '.hg',
  '.tox',
  '.nox',
  '.venv',
  'venv',
  'node_modules',
  '__pycache__',
  '.wheelwright',
  '_build',
  'build',
  'dist',
]);

/** Where pip gets Sphinx and the dependencies: the index given, else pip's own configuration (like the build). */
function pipEnv(base: NodeJS.ProcessEnv, indexUrl: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1', PYTHONNOUSERSITE: '1' };
  delete env.PYTHONPATH;
  delete env.VIRTUAL_ENV;
  if (indexUrl) env.PIP_INDEX_URL = indexUrl;
  return env;
}

async function pipInstall(venv: Virtualenv, args: readonly string[], env: NodeJS.ProcessEnv, what: string): Promise<void> {
  const common = ['install', '--no-compile', '--progress-bar', 'off', '--disable-pip-version-check', ...args];
  const [command, argv] =
    venv.pipMode === 'outer'
      ? [venv.base.command, ['-m', 'pip', '--python', venv.python, ...common]]
      : [venv.python, ['-m', 'pip', ...common]];
  try {
    await run(command, argv, { env, timeoutMs: 20 * 60_000, label: `pip install (${what})` });
  } catch (error) {
    if (!(error instanceof ProcessError) || error.exitCode === null) throw error;
    throw new WheelwrightError('build', `docs: pip could not install ${what}: ${installerErrorLines(error.stderr)}`, {
      hint: "Sphinx, the extensions in docs/requirements.txt and the package dependencies come from input 'index-url' (or pip's configuration); pip's full output is in the log above",
      cause: error,
    });
  }
}

export interface DocsBuildRequest {
  projectDir: string;
  docsDir: string;
  /** The build's interpreter (its venv module and pip make the docs venv). */
  python: Promise<PythonInterpreter>;
  /** A private folder the docs may fill; removed by the caller. */
  workDir: string;
  env: NodeJS.ProcessEnv;
  indexUrl?: string;
  sourceDateEpoch?: string;
  logger: Logger;
}

/**
 * Starts the docs environment now (venv + Sphinx + docs/requirements.txt) and returns the function that,
 * given the built wheel, finishes the docs into a zip. Failures surface from `finish`.
 */
export function startDocsBuild(request: DocsBuildRequest): {
  finish: (wheel: string, project: string, version: string) => Promise<DocsOutcome>;
  settle: () => Promise<void>;
} {
  const started = Date.now();
  const env = pipEnv(request.env, request.indexUrl);
  const requirements = join(request.docsDir, 'requirements.txt');
  const environment = (async () => {
    const base = await request.python;
    const venv = await createVirtualenv({ base, dir: join(request.workDir, 'venv'), installer: 'pip', env, logger: request.logger });
    const reqs = existsSync(requirements) ? ['-r', requirements] : ['sphinx'];
    await pipInstall(venv, reqs, env, existsSync(requirements) ? relative(request.projectDir, requirements) : 'sphinx');
    return venv;
  })();
  environment.catch(() => undefined);

  const finish = async (wheel: string, project: string, version: string): Promise<DocsOutcome> => {
    const venv = await environment;
    await pipInstall(venv, [wheel], env, basename(wheel));
    const sphinx = (
      await run(venv.python, ['-I', '-c', 'import sphinx; print(sphinx.__version__)'], {
        env,
        timeoutMs: 60_000,
        label: 'sphinx --version',
      }).catch(() => {
        throw new WheelwrightError(
          'build',
          `docs: Sphinx is not importable in the docs environment after installing ${relative(request.projectDir, requirements)}`,
          {
            hint: 'list sphinx in the docs requirements',
          },
        );
      })
    ).stdout.trim();
    const source = await copyWithoutPackage(request.projectDir, join(request.workDir, 'source'), wheel, request.docsDir);
    const html = join(request.workDir, 'html');
    const warningsFile = join(request.workDir, 'warnings.txt');
    const sphinxEnv: NodeJS.ProcessEnv = { ...env, PYTHONHASHSEED: '0' };
    if (request.sourceDateEpoch) sphinxEnv.SOURCE_DATE_EPOCH = request.sourceDateEpoch;
    const docsSource = join(source, relative(request.projectDir, request.docsDir));
    let output = '';
    try {
      await run(
        venv.python,
        ['-I', '-m', 'sphinx', '-b', 'html', '-q', '-E', '-d', join(request.workDir, 'doctrees'), '-w', warningsFile, docsSource, html],
        { env: sphinxEnv, cwd: docsSource, timeoutMs: 20 * 60_000, label: 'sphinx-build', onStderr: (chunk) => (output += chunk) },
      );
    } catch (error) {
      const lines = output.split(/\r?\n/).filter((line) => line.trim() !== '');
      const last =
        lines
          .filter((line) => /error|exception/i.test(line))
          .slice(-3)
          .join(' ') || lines.slice(-3).join(' ');
      throw new WheelwrightError(
        'build',
        `docs: sphinx-build failed for ${relative(request.projectDir, request.docsDir) || '.'}: ${last.slice(0, 600) || 'no output'}`,
        {
          hint: "fix the docs (the full Sphinx output is in the log above), or set 'docs-failure: warning' to release without them",
          cause: error,
        },
      );
    }
    // Sphinx writes a warning over several lines (an import failure carries its traceback): one block each.
    const blocks: string[][] = [];
    for (const line of (await readFile(warningsFile, 'utf8').catch(() => '')).split(/\r?\n/)) {
      if (/WARNING|ERROR/.test(line)) blocks.push([line.replaceAll(source + sep, '').trim()]);
      else if (line.trim() !== '') blocks.at(-1)?.push(line.trim());
    }
    const warnings = blocks.map((block) => block[0] ?? '');
    // autodoc could not import a module: the docs would silently lack its API, and it means the wheel
    // does not hold what the docs document.
    const imports = blocks.filter((block) => /(autodoc|autosummary): failed to import|No module named/.test(block[0] ?? ''));
    if (imports[0]) {
      const cause = imports[0].filter((line) => /^\w*(Error|Exception):/.test(line)).at(-1);
      throw new WheelwrightError(
        'build',
        `docs: the package as installed from ${basename(wheel)} does not import as the docs need: ${imports[0][0]}${cause ? ` ${cause}` : ''}`,
        {
          hint: 'the wheel lacks a module the docs document (check the package list of the build backend), or a dependency is not declared',
        },
      );
    }
    const zipPath = join(request.workDir, docsZipName(project, version));
    const epoch = request.sourceDateEpoch ? Number(request.sourceDateEpoch) : undefined;
    await writeDocsZip(html, zipPath, epoch);
    const { sha256, size } = await sha256File(zipPath);
    return {
      record: {
        status: 'built',
        builder: 'sphinx',
        filename: basename(zipPath),
        size,
        sha256,
        sphinx,
        warnings: warnings.length,
        ms: Date.now() - started,
      },
      zipPath,
      warnings: warnings.slice(0, 20),
    };
  };
  return {
    finish,
    settle: () =>
      environment.then(
        () => undefined,
        () => undefined,
      ),
  };
}

/** The project copied for the docs build, minus the packages the wheel provides. */
async function copyWithoutPackage(projectDir: string, target: string, wheel: string, docsDir: string): Promise<string> {
  await mkdir(target, { recursive: true });
  await cp(projectDir, target, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (path) => {
      const name = basename(path);
      return path === projectDir || !(SKIPPED.has(name) || name.endsWith('.egg-info'));
    },
  });
  const docsTop = relative(projectDir, docsDir).split(sep)[0];
  for (const name of await wheelTopLevel(wheel)) {
    if (name === docsTop) continue;
    for (const base of [target, join(target, 'src')])
      for (const candidate of [join(base, name), join(base, `${name}.py`)]) await rm(candidate, { recursive: true, force: true });
  }
  return target;
}

/** The import roots a wheel installs (`pkg` for `pkg/__init__.py`, `mod` for `mod.py`), not its metadata. */
async function wheelTopLevel(wheel: string): Promise<string[]> {
  const { walkArchive } = await import('../distribution/archive');
  const names = new Set<string>();
  await walkArchive(wheel, (entry) => {
    const first = entry.path.split('/')[0] ?? '';
    if (first && !/\.(dist-info|data)$/.test(first) && !/[\\:]/.test(first) && first !== '..' && first !== '.')
      names.add(first.replace(/\.(py|pyi|so|pyd)$/, ''));
    return false;
  });
  return [...names];
}
