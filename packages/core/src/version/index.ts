/**
 * The version setuptools_scm will compute at build time, computed before the build: one entry,
 * `computeVersion`, shared by the pep440-version action and the CLI. Behaviour follows setuptools_scm
 * 10.3.x (vcs-versioning 2.5); every difference is a bug (test/pep440-version/scm-reference.test.ts).
 */
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { normalizeProjectName } from '../distribution/project-name';
import { ConfigError, InputError, WheelwrightError } from '../errors/index';
import type { Logger } from '../log/index';
import { classifyVersion, type Pep440Version, publicVersion, tryParseVersion, type VersionClassification } from '../pep440/index';
import { readPyprojectSync, type TomlTable, table } from '../pyproject/index';
import {
  compileTagRegex,
  DirtyWorkingTreeError,
  describeCommand,
  describeMatchGlob,
  formatScmVersion,
  type GitDescription,
  GitWorkdir,
  globMatches,
  LOCAL_SCHEMES,
  prefetchDescribe,
  type ScmState,
  schemeNeeds,
  shellSplit,
  tagToVersion,
  VERSION_SCHEMES,
} from '../scm/index';
import { toSemver } from './semver';

export { toSemver } from './semver';

/** Options mirror the action's inputs (camelCase), plus the environment and the triggering ref. */
export interface VersionOptions {
  path?: string;
  versionScheme?: string;
  localScheme?: string;
  tagRegex?: string;
  fallbackVersion?: string;
  pretendVersion?: string;
  distName?: string;
  fetchTags?: boolean;
  exportEnv?: boolean;
  failOnDirty?: boolean;
  /** Environment for pretend variables, SOURCE_DATE_EPOCH and git (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** GITHUB_REF of the run: `refs/tags/<t>` names the release when `<t>` points at HEAD. */
  githubRef?: string;
}

export interface VersionResult {
  version: string;
  publicVersion: string;
  baseVersion: string;
  classification: VersionClassification;
  semver: string;
  /** Where the version came from. */
  source: 'git' | 'pretend' | 'fallback';
  /** Raw tag name the version was derived from ('' when none). */
  tag: string;
  distance: number;
  dirty: boolean;
  /** `g` + 9 hex digits as setuptools_scm prints it ('' when there is no commit). */
  node: string;
  /** Full commit hash of HEAD ('' when unknown). */
  commit: string;
  branch: string | undefined;
  versionScheme: string;
  localScheme: string;
  distName: string | undefined;
  root: string;
  /** The pyproject.toml whose [tool.setuptools_scm] was read, if any. */
  configFile: string | undefined;
  describeCommand: string;
  describeOutput: string;
  /** What was fetched to make a shallow or tag-less clone describable. */
  fetched: string | undefined;
  /** The release tag named by GITHUB_REF, when it decided the version. */
  triggerTag: string | undefined;
  /** The tag setuptools_scm alone would have used when the trigger tag overrode it. */
  setuptoolsScmTag: string | undefined;
  /** Variables to write to GITHUB_ENV (empty unless exportEnv). */
  exportVariables: Record<string, string>;
  warnings: string[];
}

interface ScmConfig {
  root: string;
  versionSchemes: string[];
  localSchemes: string[];
  tagRegex: string | undefined;
  tagRegexWhat: string;
  tagPrefix: string;
  tagStrict: boolean | undefined;
  fallbackVersion: string | undefined;
  fallbackWhat: string;
  parentdirPrefixVersion: string | undefined;
  describeCommand: string[] | undefined;
  searchParentDirectories: boolean;
  /** scm.git.pre_parse: what setuptools_scm does about a shallow clone. */
  preParse: string | undefined;
  distName: string | undefined;
  configFile: string | undefined;
}

function settingList(value: unknown, key: string, file: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) return value as string[];
  throw new ConfigError(`${file}: [tool.setuptools_scm] ${key} must be a string or a list of strings`);
}

function settingString(section: TomlTable | undefined, key: string, file: string): string | undefined {
  const value = section?.[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ConfigError(`${file}: [tool.setuptools_scm] ${key} must be a string`);
  return value;
}

function checkSchemes(names: string[], known: readonly string[], what: string, fromInput: boolean): void {
  for (const name of names) {
    if (!known.includes(name)) {
      const message = `${what} '${name}' is not a setuptools_scm scheme (expected one of ${known.join(', ')})`;
      const hint = 'towncrier-fragments and module:function references are not supported by Wheelwright';
      throw fromInput ? new InputError(message, { hint }) : new ConfigError(message, { hint });
    }
  }
}

/** Reads [tool.setuptools_scm] and lets the options override it. */
async function resolveConfig(options: VersionOptions): Promise<ScmConfig> {
  const start = resolve(options.path || '.');
  const file = join(start, 'pyproject.toml');
  const pyproject = readPyprojectSync(start);
  const scm = pyproject ? table(pyproject.data, 'tool.setuptools_scm', file) : undefined;
  const project = pyproject ? table(pyproject.data, 'project', file) : undefined;
  const tagTable = scm ? table(scm, 'tag', `${file} [tool.setuptools_scm]`) : undefined;
  const gitTable = scm ? table(scm, 'scm.git', `${file} [tool.setuptools_scm]`) : undefined;
  // setuptools_scm: `root` is relative to the directory of pyproject.toml (relative_to).
  const configuredRoot = settingString(scm, 'root', file);
  const root = configuredRoot === undefined ? start : isAbsolute(configuredRoot) ? configuredRoot : resolve(start, configuredRoot);

  const versionSchemes = options.versionScheme
    ? [options.versionScheme]
    : (settingList(scm?.version_scheme, 'version_scheme', file) ?? ['guess-next-dev']);
  const localSchemes = options.localScheme
    ? [options.localScheme]
    : (settingList(scm?.local_scheme, 'local_scheme', file) ?? ['node-and-date']);
  const schemeWhat = options.versionScheme ? "input 'version-scheme'" : `${file}: version_scheme`;
  const localWhat = options.localScheme ? "input 'local-scheme'" : `${file}: local_scheme`;
  checkSchemes(versionSchemes, Object.keys(VERSION_SCHEMES), schemeWhat, Boolean(options.versionScheme));
  checkSchemes(localSchemes, LOCAL_SCHEMES, localWhat, Boolean(options.localScheme));

  const configuredRegex = settingString(tagTable, 'regex', file) ?? settingString(scm, 'tag_regex', file);
  const strict = tagTable?.strict;
  if (strict !== undefined && typeof strict !== 'boolean')
    throw new ConfigError(`${file}: [tool.setuptools_scm.tag] strict must be true or false`);
  const describe = gitTable?.describe_command ?? scm?.git_describe_command;
  let command: string[] | undefined;
  if (typeof describe === 'string') command = shellSplit(describe);
  else if (Array.isArray(describe) && describe.every((item) => typeof item === 'string')) command = describe as string[];
  else if (describe !== undefined) throw new ConfigError(`${file}: describe_command must be a string or a list of strings`);
  const configuredName = settingString(scm, 'dist_name', file) ?? (typeof project?.name === 'string' ? project.name : undefined);
  return {
    root,
    versionSchemes,
    localSchemes,
    tagRegex: options.tagRegex || configuredRegex,
    tagRegexWhat: options.tagRegex ? "input 'tag-regex'" : `${file}: tag_regex`,
    tagPrefix: settingString(tagTable, 'prefix', file) ?? '',
    tagStrict: strict as boolean | undefined,
    fallbackVersion: options.fallbackVersion || settingString(scm, 'fallback_version', file),
    fallbackWhat: options.fallbackVersion ? "input 'fallback-version'" : `${file}: fallback_version`,
    parentdirPrefixVersion: settingString(scm, 'parentdir_prefix_version', file),
    describeCommand: command,
    searchParentDirectories: scm?.search_parent_directories === true,
    preParse: settingString(gitTable, 'pre_parse', file),
    distName: options.distName || configuredName,
    configFile: scm ? file : undefined,
  };
}

// setuptools_scm: dist_env_suffix — canonicalize_name, then `-` → `_`, upper case.
export function distEnvSuffix(distName: string): string {
  return canonicalizeName(distName).replace(/-/g, '_').toUpperCase();
}

/** PEP 503 name normalization. */
export const canonicalizeName = normalizeProjectName;

/**
 * setuptools_scm's pretend lookup (vcs_versioning EnvReader.read("PRETEND_VERSION")): the `_FOR_<DIST>`
 * variables of both tool prefixes, then the plain ones; the first that exists wins even when empty.
 * Failing those, any `…_FOR_<X>` whose X canonicalizes to the dist (with a warning).
 */
export function readPretendVersion(
  env: NodeJS.ProcessEnv,
  distName: string | undefined,
  warnings: string[],
): { name: string; value: string } | undefined {
  const tools = ['SETUPTOOLS_SCM', 'VCS_VERSIONING'];
  const candidates: string[] = [];
  if (distName !== undefined) for (const tool of tools) candidates.push(`${tool}_PRETEND_VERSION_FOR_${distEnvSuffix(distName)}`);
  for (const tool of tools) candidates.push(`${tool}_PRETEND_VERSION`);
  for (const name of candidates) {
    const value = env[name];
    if (value !== undefined) return value === '' ? undefined : { name, value };
  }
  if (distName === undefined) return undefined;
  const canonical = canonicalizeName(distName);
  for (const tool of tools) {
    const prefix = `${tool}_PRETEND_VERSION_FOR_`;
    for (const [name, value] of Object.entries(env)) {
      if (!name.startsWith(prefix) || value === undefined) continue;
      if (canonicalizeName(name.slice(prefix.length).toLowerCase().replace(/_/g, '-')) === canonical) {
        warnings.push(
          `Found environment variable '${name}' for dist name '${distName}', but expected '${tool}_PRETEND_VERSION_FOR_${distEnvSuffix(distName)}'`,
        );
        return value === '' ? undefined : { name, value };
      }
    }
  }
  return undefined;
}

function sourceTime(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\s*[+-]?\d+\s*$/.test(epoch)) return new Date(Number(epoch.trim()) * 1000);
  return new Date();
}

function findGitRoot(root: string, searchParents: boolean): string | undefined {
  let current = root;
  for (;;) {
    if (GitWorkdir.isRoot(current)) return current;
    const parent = dirname(current);
    if (!searchParents || parent === current) return undefined;
    current = parent;
  }
}

/** Computes the version setuptools_scm would compute for the project at `options.path`. */
export async function computeVersion(options: VersionOptions, logger: Logger): Promise<VersionResult> {
  const env = options.env ?? process.env;
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    logger.warning(message);
  };
  // Start the default `git describe` before reading the configuration: the child runs on another core
  // meanwhile, and is used if the configuration keeps the default root and command.
  prefetchDescribe(resolve(options.path || '.'), env);
  const config = await resolveConfig(options);
  const tagPattern = compileTagRegex(config.tagRegex, config.tagRegexWhat);
  if (config.fallbackVersion !== undefined && !tryParseVersion(config.fallbackVersion)) {
    throw new InputError(`${config.fallbackWhat} '${config.fallbackVersion}' is not a valid PEP 440 version`, {
      hint: 'use a PEP 440 version such as 0.0.0 or 1.0.dev0',
    });
  }
  const base = {
    versionScheme: config.versionSchemes.join(', '),
    localScheme: config.localSchemes.join(', '),
    distName: config.distName,
    root: config.root,
    configFile: config.configFile,
  };

  // 1. Pretend version: the input, else setuptools_scm's environment variables. Kept verbatim.
  const pretend = options.pretendVersion
    ? { name: "input 'pretend-version'", value: options.pretendVersion }
    : readPretendVersion(env, config.distName, warnings);
  if (pretend) {
    if (!tryParseVersion(pretend.value)) {
      throw new InputError(`${pretend.name} '${pretend.value}' is not a valid PEP 440 version`, {
        hint: 'use a PEP 440 version such as 1.2.3 or 1.2.4.dev1',
      });
    }
    logger.info(`Version ${pretend.value} from ${pretend.name}`);
    return finish(options, config, base, warnings, {
      version: pretend.value,
      source: 'pretend',
      description: { tag: undefined, distance: 0, node: undefined, dirty: false, describeOutput: '' },
      command: '',
    });
  }

  // 2. The git work tree (setuptools_scm probes `root` only, parents when search_parent_directories).
  const gitRoot = findGitRoot(config.root, config.searchParentDirectories);
  if (gitRoot === undefined) {
    const fromDir = config.parentdirPrefixVersion && basename(config.root).startsWith(config.parentdirPrefixVersion);
    const fallback = fromDir ? basename(config.root).slice((config.parentdirPrefixVersion as string).length) : config.fallbackVersion;
    if (fallback !== undefined && fallback !== '') {
      warn(`${config.root} is not a git work tree: using the fallback version ${fallback}`);
      return finish(options, config, base, warnings, {
        version: fallback,
        source: 'fallback',
        description: { tag: undefined, distance: 0, node: undefined, dirty: false, describeOutput: '' },
        command: '',
      });
    }
    throw new WheelwrightError('git', `${options.path || config.root} is not a git work tree`, {
      hint: 'check out the repository first (actions/checkout) and point path at its top level (the directory holding .git), or set fallback-version',
    });
  }
  const workdir = new GitWorkdir(gitRoot, env);
  const command = config.describeCommand ?? describeCommand(describeMatchGlob(config.tagPrefix, config.tagStrict));

  // 3. git describe — the one process of the common case.
  let description = await workdir.describe(command);
  let fetched: string | undefined;
  const exactTag = (d: GitDescription | undefined) => d?.tag !== undefined && d.distance === 0;
  const shallow = workdir.isShallow();
  if (shallow && !exactTag(description)) {
    if (options.fetchTags === false && config.preParse === 'fail_on_shallow') {
      throw new WheelwrightError(
        'git',
        `${gitRoot} is shallow, please correct with "git fetch --unshallow" (scm.git.pre_parse = fail_on_shallow)`,
        {
          hint: 'set fetch-tags: true, or check out with fetch-depth: 0',
        },
      );
    } else if (options.fetchTags === false && config.preParse !== 'fetch_on_shallow') {
      warn(`"${gitRoot}" is shallow and may cause errors (fetch-tags is false: the version is computed from the history that is there)`);
    } else {
      fetched = await fetchMissingHistory(workdir, true, logger);
      description = await workdir.describe(command);
    }
  } else if (description === undefined && options.fetchTags !== false) {
    // A complete clone without tags (e.g. fetched without them): fetch tags once, if there is a remote.
    const remotes = await workdir.remotes();
    if (remotes.length > 0) {
      fetched = await fetchMissingHistory(workdir, false, logger, remotes);
      description = await workdir.describe(command);
    }
  }

  // 4. A release-tag trigger names the tag when several sit on HEAD.
  let triggerTag: string | undefined;
  let setuptoolsScmTag: string | undefined;
  const refTag = options.githubRef?.startsWith('refs/tags/') ? options.githubRef.slice('refs/tags/'.length) : undefined;
  if (refTag !== undefined && description?.tag !== undefined && description.distance === 0 && refTag !== description.tag) {
    const head = description.node?.slice(1);
    const glob = describeMatchGlob(config.tagPrefix, config.tagStrict);
    if (head !== undefined && globMatches(glob, refTag) && (await workdir.tagCommit(refTag)) === head) {
      setuptoolsScmTag = description.tag;
      triggerTag = refTag;
      description = { ...description, tag: refTag };
      warn(
        `several tags on HEAD: using ${refTag} (GITHUB_REF) where setuptools_scm alone would pick ${setuptoolsScmTag}; set export-env: true so the build uses this version`,
      );
    }
  } else if (refTag !== undefined && description?.tag === refTag) {
    triggerTag = refTag;
  }

  let tagVersion: Pep440Version;
  if (description !== undefined) {
    const parsed = tagToVersion(description.tag as string, tagPattern, config.tagPrefix);
    if (parsed.warning) warn(parsed.warning);
    tagVersion = parsed.version;
    if (
      config.tagStrict === undefined &&
      !config.describeCommand &&
      !globMatches(describeMatchGlob(config.tagPrefix, true), description.tag as string)
    ) {
      warn(
        `tag.strict is not set, and the future default (strict) would not accept tag '${description.tag}' (setuptools_scm warns the same)`,
      );
    }
  } else {
    // setuptools_scm: no usable describe → fallback_version (or 0.0) as the tag, every commit counted.
    description = await workdir.describeWithoutTag();
    tagVersion = tryParseVersion(config.fallbackVersion ?? '0.0') as Pep440Version;
    if (shallow) warn(`"${gitRoot}" is shallow and has no tag reachable from HEAD`);
  }

  const needs = config.versionSchemes.map(schemeNeeds);
  const [branch, headDate] = await Promise.all([
    needs.some((n) => n.branch) ? workdir.branch() : Promise.resolve(undefined),
    needs.some((n) => n.nodeDate) ? workdir.headDate() : Promise.resolve(undefined),
  ]);
  const time = sourceTime(env);
  const state: ScmState = {
    tag: tagVersion,
    distance: description.distance,
    node: description.node,
    dirty: description.dirty,
    branch,
    // setuptools_scm: no HEAD date → today (the real clock, not SOURCE_DATE_EPOCH).
    nodeDate: headDate ?? new Date(),
    time,
    tagPattern,
    tagPrefix: config.tagPrefix,
  };

  if (options.failOnDirty && description.dirty) throw await dirtyError(workdir);
  let version: string;
  try {
    version = formatScmVersion(config.versionSchemes, config.localSchemes, state, warnings);
  } catch (error) {
    if (error instanceof DirtyWorkingTreeError) throw await dirtyError(workdir, config.localSchemes.join(', '));
    throw error;
  }
  return finish(options, config, base, warnings, {
    version,
    source: 'git',
    description,
    command: command.join(' '),
    fetched,
    triggerTag,
    setuptoolsScmTag,
    branch,
  });
}

async function dirtyError(workdir: GitWorkdir, scheme?: string): Promise<WheelwrightError> {
  const files = await workdir.dirtyFiles();
  const listed = files.length > 0 ? files.join(', ') : '(no tracked file differs; the index may be stale)';
  return new WheelwrightError(
    'version',
    `the work tree ${workdir.root} has uncommitted changes${scheme ? ` (local scheme ${scheme})` : ''}: ${listed}`,
    { hint: 'a build step probably wrote into the checkout: write outputs outside the tree or add them to .gitignore' },
  );
}

async function fetchMissingHistory(workdir: GitWorkdir, shallow: boolean, logger: Logger, known?: string[]): Promise<string> {
  const remotes = known ?? (await workdir.remotes());
  const remote = remotes.includes('origin') ? 'origin' : remotes[0];
  if (remote === undefined) {
    throw new WheelwrightError('git', `${workdir.root} is a shallow clone without a remote to fetch its history from`, {
      hint: "check out with 'fetch-depth: 0' (actions/checkout), or set fetch-tags: false to compute from the history that is there",
    });
  }
  const what = shallow ? `full history and tags from ${remote}` : `tags from ${remote}`;
  await logger.group(`Fetching ${what} (the clone is ${shallow ? 'shallow' : 'without tags'})`, () =>
    workdir.fetchHistory(remote, shallow),
  );
  return what;
}

interface Derived {
  version: string;
  source: VersionResult['source'];
  description: GitDescription;
  command: string;
  fetched?: string | undefined;
  triggerTag?: string | undefined;
  setuptoolsScmTag?: string | undefined;
  branch?: string | undefined;
}

function finish(
  options: VersionOptions,
  config: ScmConfig,
  base: Pick<VersionResult, 'versionScheme' | 'localScheme' | 'distName' | 'root' | 'configFile'>,
  warnings: string[],
  derived: Derived,
): VersionResult {
  const parsed = tryParseVersion(derived.version);
  if (!parsed) {
    throw new WheelwrightError(
      'version',
      `setuptools_scm's scheme ${base.versionScheme} gives '${derived.version}', which is not a PEP 440 version`,
      { hint: 'the build would fail on it too: choose another version_scheme or retag' },
    );
  }
  const classification = classifyVersion(parsed);
  const exportVariables: Record<string, string> = {};
  if (options.exportEnv) {
    if (config.distName) exportVariables[`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${distEnvSuffix(config.distName)}`] = derived.version;
    exportVariables.SETUPTOOLS_SCM_PRETEND_VERSION = derived.version;
  }
  const d = derived.description;
  return {
    ...base,
    version: derived.version,
    publicVersion: publicVersion(parsed),
    baseVersion: classification.base,
    classification,
    semver: toSemver(parsed),
    source: derived.source,
    tag: d.tag ?? '',
    distance: d.distance,
    dirty: d.dirty,
    node: d.node?.slice(0, 10) ?? '',
    commit: d.node?.slice(1) ?? '',
    branch: derived.branch,
    describeCommand: derived.command,
    describeOutput: d.describeOutput,
    fetched: derived.fetched,
    triggerTag: derived.triggerTag,
    setuptoolsScmTag: derived.setuptoolsScmTag,
    exportVariables,
    warnings,
  };
}

/** The action's outputs, by output name. */
export function versionOutputs(result: VersionResult): Record<string, string> {
  const c = result.classification;
  return {
    version: result.version,
    'public-version': result.publicVersion,
    'base-version': result.baseVersion,
    tag: result.tag,
    distance: String(result.distance),
    dirty: String(result.dirty),
    node: result.node,
    'is-final': String(c.isFinal),
    'is-prerelease': String(c.isPrerelease),
    'is-devrelease': String(c.isDevrelease),
    'is-postrelease': String(c.isPostrelease),
    channel: c.channel,
    semver: result.semver,
  };
}

function cell(text: string): string {
  return text === '' ? '—' : `\`${text.replace(/\|/g, '\\|').replace(/`/g, "'")}\``;
}

/** The job summary: the version and how it was derived. */
export function summaryMarkdown(result: VersionResult): string {
  const c = result.classification;
  const from =
    result.source === 'pretend'
      ? 'a pretend version (not from git)'
      : result.source === 'fallback'
        ? 'the fallback version (no git work tree)'
        : result.tag
          ? `tag ${cell(result.tag)}${result.triggerTag && result.setuptoolsScmTag ? ` (named by GITHUB_REF; setuptools_scm alone would pick ${cell(result.setuptoolsScmTag)})` : ''}`
          : 'no tag reachable from HEAD (setuptools_scm counts every commit)';
  const rows: [string, string][] = [
    ['Version', cell(result.version)],
    ['Derived from', from],
    ['Distance', String(result.distance)],
    ['Dirty', String(result.dirty)],
    ['Node', cell(result.node)],
    ['Schemes', `${cell(result.versionScheme)} + ${cell(result.localScheme)}`],
    ['Kind', `${c.kind} → highest channel **${c.channel}**`],
    ['Public / base', `${cell(result.publicVersion)} / ${cell(result.baseVersion)}`],
    ['SemVer', cell(result.semver)],
  ];
  if (result.describeCommand) rows.push(['git', `${cell(result.describeCommand)} → ${cell(result.describeOutput)}`]);
  if (result.fetched) rows.push(['Fetched', result.fetched]);
  if (result.configFile) rows.push(['Configuration', cell(result.configFile)]);
  const exported = Object.keys(result.exportVariables);
  if (exported.length > 0) rows.push(['Exported', exported.map(cell).join(', ')]);
  const lines = ['### PEP 440 version', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
  if (result.warnings.length > 0) lines.push('', ...result.warnings.map((w) => `> ⚠️ ${w}`));
  return `${lines.join('\n')}\n`;
}
