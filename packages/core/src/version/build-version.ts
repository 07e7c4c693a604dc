/**
 * How a build gets the version for projects versioned by poetry-dynamic-versioning or pdm-backend's SCM
 * source: the variable the project's own backend honours (POETRY_DYNAMIC_VERSIONING_BYPASS,
 * PDM_BUILD_SCM_VERSION), and for poetry-dynamic-versioning's plugin mode (a plain poetry-core backend,
 * which knows nothing of the plugin) a staged copy of the project with the placeholder replaced, as the
 * plugin does in place for `poetry build` — the user's checkout is never written.
 */
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { ConfigError } from '../errors/index';
import { silentLogger } from '../log/index';
import type { TomlTable } from '../pyproject/index';
import { runGitIn } from '../scm/git-process';
import { substitutePoetryVersion } from './dunamai';
import { computeVersion } from './index';
import { compilePythonRegex } from './python-regex';
import { BUILD_VERSION_VARIABLES, detectVersionSource } from './source';

export interface ToolBuild {
  /** Variables for the build's environment. */
  variables: Record<string, string>;
  /** The folder to build from instead of the project (plugin mode), and how to remove it. */
  staged?: { dir: string; remove(): Promise<void> };
  /** What was done, for the log. */
  note: string;
}

/**
 * The build set-up for `version` when the project in `projectDir` takes its version from
 * poetry-dynamic-versioning or pdm-backend; undefined for every other project (or one whose source
 * cannot be read: the build reports that itself). Without a version, only plugin mode needs one (its
 * backend would write the placeholder), computed here as pep440-version does.
 */
export async function toolBuild(
  projectDir: string,
  given: string | undefined,
  tempRoot: string,
  env: NodeJS.ProcessEnv,
): Promise<ToolBuild | undefined> {
  let source: ReturnType<typeof detectVersionSource>;
  try {
    source = detectVersionSource(projectDir, 'path', { gitTopLevel: false });
  } catch {
    return undefined;
  }
  const variable = BUILD_VERSION_VARIABLES[source.kind];
  if (variable === undefined || source.tool === undefined) return undefined;
  if (given === undefined && !source.tool.pluginMode) return undefined;
  const version = given ?? (await computeVersion({ path: projectDir, env, fetchTags: false, exportEnv: false }, silentLogger)).version;
  const variables = { [variable]: version };
  if (!source.tool.pluginMode) return { variables, note: `${variable}=${version}` };
  const dir = await mkdtemp(join(tempRoot, 'wheelwright-stage-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await copyProject(projectDir, dir);
    const pyproject = join(dir, 'pyproject.toml');
    await writeFile(pyproject, substitutePoetryVersion(await readFile(pyproject, 'utf8'), version, join(projectDir, 'pyproject.toml')));
    await substituteVersionFiles(dir, source.tool.settings, version, source.tool.where);
    return {
      variables,
      staged: { dir, remove },
      note: `${variable}=${version}; built from a copy whose [tool.poetry] version is ${version} (poetry-core does not run the plugin)`,
    };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** The files a build of the checkout would see: tracked and untracked-but-not-ignored ones (everything outside git). */
async function copyProject(projectDir: string, target: string): Promise<void> {
  const listed = await runGitIn(projectDir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    okCodes: [0, 128],
    timeoutMs: 60_000,
  });
  if (listed.code !== 0) {
    await cp(projectDir, target, { recursive: true, verbatimSymlinks: true, filter: (path) => !path.split(sep).includes('.git') });
    return;
  }
  const root = resolve(target);
  for (const file of new Set(listed.stdout.split('\0').filter(Boolean))) {
    const from = join(projectDir, file);
    const to = resolve(root, file);
    // git names paths inside the work tree; anything else is not copied.
    if (!to.startsWith(`${root}${sep}`) || !existsSync(from)) continue;
    await mkdir(dirname(to), { recursive: true });
    await cp(from, to, { verbatimSymlinks: true }).catch(() => copyFile(from, to));
  }
}

// poetry-dynamic-versioning's default substitution (its _default_config): these files, these two patterns.
const DEFAULT_FILES = ['*.py', '*/__init__.py', '*/__version__.py', '*/_version.py'];
const DEFAULT_PATTERNS: TomlTable[] = [
  { value: String.raw`(^__version__\s*(?::.*?)?=\s*['"])[^'"]*(['"])`, mode: 'str' },
  { value: String.raw`(^__version_tuple__\s*(?::.*?)?=\s*\()[^)]*(\))`, mode: 'tuple' },
];

/** poetry-dynamic-versioning: the `tuple` mode — `0.1.2.dev0+a.b` as `0, 1, 2, "dev0", "a.b"`. */
function versionTuple(version: string): string {
  const [public_, ...local] = version.split('+');
  const parts = [...(public_ as string).split(/[-.]/), ...(local.length > 0 ? [local.join('+')] : [])]
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : `"${part}"`));
  return parts.length === 1 ? `${parts[0]},` : parts.join(', ');
}

/**
 * poetry-dynamic-versioning's `_substitute_version` in the staged copy: the `__version__` and
 * `__version_tuple__` placeholders (or the project's own `[substitution]` files, patterns and folders)
 * get the version, as `poetry build` with the plugin writes them into the artefacts.
 */
export async function substituteVersionFiles(dir: string, settings: TomlTable, version: string, where: string): Promise<void> {
  const table = (settings.substitution ?? {}) as TomlTable;
  const list = (value: unknown, fallback: unknown[]): unknown[] => (Array.isArray(value) ? value : fallback);
  const patternsOf = (value: unknown) =>
    list(value, DEFAULT_PATTERNS).map((item) => {
      const entry = typeof item === 'string' ? { value: item, mode: 'str' } : (item as TomlTable);
      if (typeof entry.value !== 'string' || (entry.mode !== undefined && entry.mode !== 'str' && entry.mode !== 'tuple'))
        throw new ConfigError(`${where}: substitution.patterns entries are regular expressions or { value, mode = "str" | "tuple" }`);
      return { regex: compilePythonRegex(entry.value, `${where}: substitution pattern`, 'gm'), tuple: entry.mode === 'tuple' };
    });
  const files = list(table.files, DEFAULT_FILES).filter((item): item is string => typeof item === 'string');
  const folders = [
    { path: '.', files, patterns: patternsOf(table.patterns) },
    ...list(table.folders, []).map((item) => {
      const folder = item as TomlTable;
      if (typeof folder.path !== 'string') throw new ConfigError(`${where}: substitution.folders entries need a path`);
      return {
        path: folder.path,
        files: Array.isArray(folder.files) ? folder.files.filter((f): f is string => typeof f === 'string') : files,
        patterns: folder.patterns === undefined ? patternsOf(table.patterns) : patternsOf(folder.patterns),
      };
    }),
  ];
  const root = resolve(dir);
  const seen = new Set<string>();
  for (const folder of folders) {
    const base = resolve(root, folder.path);
    if (base !== root && !base.startsWith(`${root}${sep}`)) continue;
    for (const found of await glob(folder.files, { cwd: base, absolute: true, dot: true, onlyFiles: true })) {
      const file = resolve(found);
      if (seen.has(file) || !file.startsWith(`${root}${sep}`)) continue;
      seen.add(file);
      const original = await readFile(file, 'utf8');
      let text = original;
      for (const pattern of folder.patterns) {
        const insert = pattern.tuple ? versionTuple(version) : version;
        text = text.replace(pattern.regex.regexFor(text), (_match, before: string, after: string) => `${before}${insert}${after}`);
      }
      if (text !== original) await writeFile(file, text);
    }
  }
}
