/**
 * The version setuptools_scm will compute at build time, computed before the build: one entry,
 * `computeVersion`, shared by the pep440-version action and the CLI. Behaviour follows setuptools_scm
 * 10.3.x (vcs-versioning 2.5); every difference is a bug (test/pep440-version/scm-reference.test.ts).
 */
import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { escapeControlCharacters, printableName } from '../distribution/printable-name';
import { normalizeProjectName } from '../distribution/project-name';
import { ConfigError, InputError, WheelwrightError } from '../errors/index';
import type { Logger } from '../log/index';
import { markdownCode as cell } from '../log/index';
import {
  classifyVersion,
  formatVersion,
  type Pep440Version,
  publicVersion,
  tryParseVersion,
  type VersionClassification,
} from '../pep440/index';
import { type TomlTable, table } from '../pyproject/index';
import {
  compileTagRegex,
  DirtyWorkingTreeError,
  describeCommand,
  describeMatchGlob,
  discardPrefetched,
  type FragmentBump,
  formatScmVersion,
  fragmentBump,
  type GitDescription,
  GitWorkdir,
  globMatches,
  LOCAL_SCHEMES,
  matchTag,
  prefetchDescribe,
  readArchival,
  readPkgInfoVersion,
  type ScmState,
  schemeNeeds,
  shellSplit,
  tagToVersion,
  VERSION_SCHEMES,
} from '../scm/index';
import { dunamaiFromGit, pluginOverride, pluginVersion, readDunamaiSettings, versionFromFile } from './dunamai';
import { pdmDefaultFormat, pdmFromGit, readPdmScmSettings } from './pdm-scm';
import { checkVersionProject, readsWithoutProjectFile, versionGivenExplicitly } from './project-folder';
import { toSemver } from './semver';
import {
  BUILD_VERSION_VARIABLES,
  detectVersionSource,
  type ScmTable,
  VERSION_SOURCE_NAMES,
  type VersionSource,
  type VersionSourceKind,
} from './source';

export { substitutePoetryVersion } from './dunamai';
export * from './project-folder';
export { toSemver } from './semver';
export * from './source';

/** Options mirror the action's inputs (camelCase), plus the environment and the triggering ref. */
export interface VersionOptions {
  path?: string;
  /** How the front end names the path in messages (default: input 'path'). */
  pathWhat?: string;
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
  /** What gave this version: git, a pretend version, a fallback, the static setting, an archive's metadata. */
  source: 'git' | 'pretend' | 'fallback' | 'static' | 'archival' | 'pkg-info';
  /** How the project gets its version (the `version-source` output). */
  versionSource: VersionSourceKind;
  /** Where that is configured, in words (`pyproject.toml [project] version`). */
  versionSourceWhere: string;
  /** The static version as written, when it differs from its normal form. */
  writtenVersion: string | undefined;
  /** For a static version: the tag `git describe` finds nearest to HEAD, for the summary only. */
  nearestTag: string | undefined;
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
  /** normalize = false: versions keep the tag's spelling (setuptools_scm's NonNormalizedVersion). */
  normalize: boolean;
  distName: string | undefined;
  configFile: string | undefined;
  /** The project folder (where towncrier-fragments looks for changelog fragments). */
  projectDir: string;
  /** Where `root` came from, for messages. */
  where: string;
}

function settingList(value: unknown, key: string, where: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) return value as string[];
  throw new ConfigError(`${where}: ${key} must be a string or a list of strings`);
}

function settingString(section: TomlTable | undefined, key: string, where: string): string | undefined {
  const value = section?.[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ConfigError(`${where}: ${key} must be a string`);
  return value;
}

function checkSchemes(names: string[], known: readonly string[], what: string, fromInput: boolean): void {
  for (const name of names) {
    if (!known.includes(name)) {
      const message = `${what} '${name}' is not a setuptools_scm scheme (expected one of ${known.join(', ')})`;
      const hint = 'module:function references run project code and are not supported by Wheelwright';
      throw fromInput ? new InputError(message, { hint }) : new ConfigError(message, { hint });
    }
  }
}

/** Reads setuptools_scm's settings (from the table the project uses) and lets the options override them. */
function resolveConfig(options: VersionOptions, source: VersionSource, scm: ScmTable, warnings: string[]): ScmConfig {
  const settings = scm.settings;
  const where = scm.where;
  const tagTable = table(settings, 'tag', where);
  const gitTable = table(settings, 'scm.git', where);
  // setuptools_scm: relative_to in the configuration is ignored ("always relative to the config file").
  if (settings.relative_to !== undefined && scm.file !== undefined)
    warnings.push(
      `${where}: ignoring relative_to=${JSON.stringify(settings.relative_to)}: setuptools_scm resolves root relative to the configuration file`,
    );
  const configuredRoot = settingString(settings, 'root', where);
  const root = configuredRoot === undefined ? scm.base : isAbsolute(configuredRoot) ? configuredRoot : resolve(scm.base, configuredRoot);

  const versionSchemes = options.versionScheme
    ? [options.versionScheme]
    : (settingList(settings.version_scheme, 'version_scheme', where) ?? ['guess-next-dev']);
  const localSchemes = options.localScheme
    ? [options.localScheme]
    : (settingList(settings.local_scheme, 'local_scheme', where) ?? ['node-and-date']);
  const schemeWhat = options.versionScheme ? "input 'version-scheme'" : `${where}: version_scheme`;
  const localWhat = options.localScheme ? "input 'local-scheme'" : `${where}: local_scheme`;
  checkSchemes(versionSchemes, Object.keys(VERSION_SCHEMES), schemeWhat, Boolean(options.versionScheme));
  checkSchemes(localSchemes, LOCAL_SCHEMES, localWhat, Boolean(options.localScheme));

  const tableRegex = settingString(tagTable, 'regex', where);
  const topRegex = settingString(settings, 'tag_regex', where);
  if (tableRegex !== undefined && topRegex !== undefined)
    throw new ConfigError(`${where}: both tag_regex and tag.regex are set`, {
      hint: "keep only 'tag.regex' (setuptools_scm refuses both)",
    });
  const configuredRegex = tableRegex ?? topRegex;
  const strict = tagTable?.strict;
  if (strict !== undefined && typeof strict !== 'boolean') throw new ConfigError(`${where}: tag.strict must be true or false`);
  const describe = gitTable?.describe_command ?? settings.git_describe_command;
  let command: string[] | undefined;
  if (typeof describe === 'string') command = shellSplit(describe);
  else if (Array.isArray(describe) && describe.length > 0 && describe.every((item) => typeof item === 'string'))
    command = describe as string[];
  else if (describe !== undefined) throw new ConfigError(`${where}: describe_command must be a string or a list of strings`);
  const normalize = settings.normalize;
  if (normalize !== undefined && typeof normalize !== 'boolean') throw new ConfigError(`${where}: normalize must be true or false`);
  const configuredName = settingString(settings, 'dist_name', where) ?? source.distName;
  return {
    root,
    versionSchemes,
    localSchemes,
    tagRegex: options.tagRegex || configuredRegex,
    tagRegexWhat: options.tagRegex ? "input 'tag-regex'" : `${where}: tag_regex`,
    tagPrefix: settingString(tagTable, 'prefix', where) ?? '',
    tagStrict: strict as boolean | undefined,
    fallbackVersion: options.fallbackVersion || settingString(settings, 'fallback_version', where),
    fallbackWhat: options.fallbackVersion ? "input 'fallback-version'" : `${where}: fallback_version`,
    parentdirPrefixVersion: settingString(settings, 'parentdir_prefix_version', where),
    describeCommand: command,
    searchParentDirectories: settings.search_parent_directories === true,
    preParse: settingString(gitTable, 'pre_parse', where),
    normalize: normalize !== false,
    distName: checkedDistName(options.distName || configuredName, options.distName ? "input 'dist-name'" : `${where}: the project name`),
    configFile: scm.file,
    projectDir: source.projectDir,
    where,
  };
}

// PEP 508 names: letters and digits, with `.`, `-`, `_` inside. The name becomes part of an environment
// variable's name (SETUPTOOLS_SCM_PRETEND_VERSION_FOR_<NAME>, also written to GITHUB_ENV): anything else
// (a line break, `=`, a control character) could name or set another variable.
const PROJECT_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

function checkedDistName(name: string | undefined, what: string): string | undefined {
  if (name === undefined || PROJECT_NAME.test(name)) return name;
  const hint = 'a project name (PEP 508) holds letters, digits, ".", "-" and "_", and starts and ends with a letter or digit';
  const message = `${what} '${escapeControlCharacters(name)}' is not a valid project name`;
  if (what.startsWith('input')) throw new InputError(message, { hint, options: [{ name: 'dist-name' }] });
  throw new ConfigError(message, { hint });
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

/** The top level of the git work tree holding `dir` (the nearest folder at or above it with `.git`). */
function enclosingGitRoot(dir: string): string | undefined {
  return findGitRoot(dir, true);
}

/**
 * Computes the version the project at `options.path` gets when it is built: its static version, or the one
 * setuptools_scm (directly or through hatch-vcs) derives from git.
 */
export async function computeVersion(options: VersionOptions, logger: Logger): Promise<VersionResult> {
  const env = options.env ?? process.env;
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    logger.warning(message);
  };
  const dir = checkVersionProject(options);
  // Start the default `git describe` before reading the configuration: the child runs on another core
  // meanwhile, and is used if the configuration keeps the default root and command.
  prefetchDescribe(dir, env);
  try {
    return await computeIn(dir, options, env, logger, warnings, warn);
  } finally {
    // A describe started for this folder and not used now must never answer a later call.
    discardPrefetched(dir);
  }
}

async function computeIn(
  dir: string,
  options: VersionOptions,
  env: NodeJS.ProcessEnv,
  logger: Logger,
  warnings: string[],
  warn: (message: string) => void,
): Promise<VersionResult> {
  const pathWhat = options.pathWhat ?? "input 'path'";
  let source: VersionSource;
  try {
    source = detectVersionSource(dir, pathWhat, {
      gitTopLevel: readsWithoutProjectFile(dir),
      assumeScm: versionGivenExplicitly(options, env),
    });
  } catch (error) {
    // An explicit pretend version stands in for a version Wheelwright cannot read.
    if (!options.pretendVersion || !(error instanceof ConfigError)) throw error;
    source = { kind: 'pretend', projectDir: dir, where: `input 'pretend-version' (${error.message})`, notes: [] };
  }
  for (const note of source.notes) warn(note);
  if (source.tool) return toolVersion(dir, source, source.tool, options, env, logger, warnings, warn);
  if (source.kind === 'static') {
    if (options.pretendVersion) {
      throw new InputError(
        `input 'pretend-version' '${options.pretendVersion}' cannot change a static version: ${source.where} is ${source.staticVersion}, and the build makes that`,
        { hint: `bump the version in ${source.where}, or leave input 'pretend-version' empty` },
      );
    }
    return staticVersion(dir, source, options, env, warnings, warn);
  }
  const scm = source.scm ?? { settings: {}, where: dir, file: undefined, base: dir };
  const config = resolveConfig(options, source, scm, warnings);
  const tagPattern = compileTagRegex(config.tagRegex, config.tagRegexWhat);
  if (config.fallbackVersion !== undefined && !tryParseVersion(config.fallbackVersion)) {
    throw new InputError(`${config.fallbackWhat} '${config.fallbackVersion}' is not a valid PEP 440 version`, {
      hint: 'use a PEP 440 version such as 0.0.0 or 1.0.dev0',
    });
  }
  const base = baseOf(config, source, config.versionSchemes.join(', '), config.localSchemes.join(', '));
  const none = NO_DESCRIPTION;

  // 1. Pretend version: the input, else setuptools_scm's environment variables. Kept verbatim.
  const pretend = options.pretendVersion
    ? { name: "input 'pretend-version'", value: options.pretendVersion }
    : readPretendVersion(env, config.distName, warnings);
  if (pretend) {
    if (source.kind === 'pretend') warn(`the version comes from input 'pretend-version': ${source.where}`);
    if (!tryParseVersion(pretend.value)) {
      throw new InputError(`${pretend.name} '${pretend.value}' is not a valid PEP 440 version`, {
        hint: 'use a PEP 440 version such as 1.2.3 or 1.2.4.dev1',
      });
    }
    logger.info(`Version ${pretend.value} from ${pretend.name}`);
    return finish(options, config, base, warnings, { version: pretend.value, source: 'pretend', description: none, command: '' });
  }

  // 2. The git work tree (setuptools_scm probes `root` only, parents when search_parent_directories).
  const gitRoot = findGitRoot(config.root, config.searchParentDirectories);
  if (gitRoot === undefined) return withoutGit(options, config, base, tagPattern, warnings, warn, logger);
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
          hint: "set 'fetch-tags: true', or check out with fetch-depth 0",
        },
      );
    } else if (options.fetchTags === false && config.preParse !== 'fetch_on_shallow') {
      warn(`"${gitRoot}" is shallow and may cause errors ('fetch-tags: false': the version is computed from the history that is there)`);
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
        `several tags on HEAD: using ${refTag} (GITHUB_REF) where setuptools_scm alone would pick ${setuptoolsScmTag}; set 'export-env: true' so the build uses this version`,
      );
    }
  } else if (refTag !== undefined && description?.tag === refTag) {
    triggerTag = refTag;
  }

  let tag: { version: Pep440Version; text: string | undefined };
  if (description !== undefined) {
    const parsed = tagToVersion(description.tag as string, tagPattern, config.tagPrefix);
    if (parsed.warning) warn(parsed.warning);
    tag = { version: parsed.version, text: config.normalize ? undefined : rawTagText(parsed) };
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
    const text = config.fallbackVersion ?? '0.0';
    tag = { version: tryParseVersion(text) as Pep440Version, text: config.normalize ? undefined : text.split('+')[0] };
    if (shallow) warn(`"${gitRoot}" is shallow and has no tag reachable from HEAD`);
  }

  const needs = config.versionSchemes.map(schemeNeeds);
  const [branch, headDate] = await Promise.all([
    needs.some((n) => n.branch) ? workdir.branch() : Promise.resolve(undefined),
    needs.some((n) => n.nodeDate) ? workdir.headDate() : Promise.resolve(undefined),
  ]);
  const state: ScmState = {
    tag: tag.version,
    tagText: tag.text,
    distance: description.distance,
    node: description.node,
    dirty: description.dirty,
    branch,
    // setuptools_scm: no HEAD date → today (the real clock, not SOURCE_DATE_EPOCH).
    nodeDate: headDate ?? new Date(),
    time: sourceTime(env),
    tagPattern,
    tagPrefix: config.tagPrefix,
    fragmentBump: fragmentsFor(config),
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

/** The tag's version as written (normalize = false): the version group, with a suffix that is a valid local part. */
function rawTagText(parsed: { versionText: string; version: Pep440Version; suffixKept?: string | undefined }): string {
  return `${parsed.versionText}${parsed.suffixKept ?? ''}`.split('+')[0] as string;
}

/** towncrier-fragments reads the fragments next to the configuration file (else at the root). */
function fragmentsFor(config: ScmConfig): FragmentBump | undefined {
  if (!config.versionSchemes.some((s) => VERSION_SCHEMES[s] === 'towncrier-fragments')) return undefined;
  return fragmentBump(config.configFile !== undefined ? dirname(config.configFile) : config.root);
}

/**
 * No git work tree at the root: setuptools_scm's fallbacks, nearest to the project first — a filled-in
 * `.git_archival.txt`, an sdist's PKG-INFO, then parentdir_prefix_version and fallback_version.
 */
function withoutGit(
  options: VersionOptions,
  config: ScmConfig,
  base: Base,
  tagPattern: ReturnType<typeof compileTagRegex>,
  warnings: string[],
  warn: (message: string) => void,
  logger: Logger,
): VersionResult {
  const none = NO_DESCRIPTION;
  const probes = [...new Set([config.projectDir, config.root])].sort((a, b) => b.length - a.length);
  const tagParses = (tag: string) => {
    try {
      tagToVersion(tag, tagPattern, config.tagPrefix);
      return true;
    } catch {
      warn(`tag '${tag}' no version found`);
      return false;
    }
  };
  for (const dir of probes) {
    const archival = readArchival(dir, tagParses, warnings);
    if (archival === undefined) continue;
    const time = sourceTime(options.env ?? process.env);
    const state = (tag: string | undefined, description: GitDescription): ScmState => {
      const parsed = tag === undefined ? undefined : tagToVersion(tag, tagPattern, config.tagPrefix);
      if (parsed?.warning) warn(parsed.warning);
      return {
        tag: parsed?.version ?? (tryParseVersion('0.0') as Pep440Version),
        tagText: config.normalize ? undefined : parsed ? rawTagText(parsed) : '0.0',
        distance: description.distance,
        node: description.node,
        dirty: false,
        branch: undefined,
        nodeDate: time,
        time,
        tagPattern,
        tagPrefix: config.tagPrefix,
        fragmentBump: fragmentsFor(config),
      };
    };
    const description: GitDescription =
      archival.kind === 'describe'
        ? { ...archival.description, dirty: false }
        : archival.kind === 'ref'
          ? { ...none, tag: archival.tag }
          : { ...none, node: archival.node };
    const version = formatScmVersion(config.versionSchemes, config.localSchemes, state(description.tag, description), warnings);
    logger.info(`Version ${version} from ${join(dir, '.git_archival.txt')} (no git work tree at ${config.root})`);
    return finish(options, config, base, warnings, { version, source: 'archival', description, command: '' });
  }
  for (const dir of probes) {
    const version = readPkgInfoVersion(dir);
    if (version === undefined) continue;
    return finish(options, config, base, warnings, { version, source: 'pkg-info', description: none, command: '' });
  }
  const name = basename(config.projectDir);
  const prefix = config.parentdirPrefixVersion;
  if (prefix && name.startsWith(prefix)) {
    const found = matchTag(name.slice(prefix.length), tagPattern, config.tagPrefix);
    const parsed = found && tryParseVersion(found.version);
    if (parsed) {
      warn(`${config.root} is not a git work tree: using the version ${formatVersion(parsed)} from the folder name ${name}`);
      return finish(options, config, base, warnings, {
        version: formatVersion(parsed),
        source: 'fallback',
        description: none,
        command: '',
      });
    }
  }
  if (config.fallbackVersion !== undefined && config.fallbackVersion !== '') {
    warn(`${config.root} is not a git work tree: using the fallback version ${config.fallbackVersion}`);
    return finish(options, config, base, warnings, { version: config.fallbackVersion, source: 'fallback', description: none, command: '' });
  }
  const top = enclosingGitRoot(config.root);
  if (top !== undefined) {
    const up = relative(config.projectDir, top).split(sep).join('/') || '.';
    throw new WheelwrightError(
      'git',
      `setuptools_scm finds no git work tree at ${config.root}: the repository's top level is ${top}, and ${config.where} does not point there`,
      { hint: `set root = "${up}" in ${config.where} (setuptools_scm fails the same way without it)` },
    );
  }
  throw new WheelwrightError(
    'git',
    `${config.root} is not in a git work tree and holds no .git_archival.txt or PKG-INFO to read the version from`,
    {
      hint: "check the repository out (actions/checkout) with its history, or set input 'fallback-version'",
    },
  );
}

/**
 * A static version is the version; git, where there is a work tree around the project, only adds the
 * commit, the nearest tag and dirtiness to the outputs (and a warning when HEAD's tag says otherwise).
 */
async function staticVersion(
  dir: string,
  source: VersionSource,
  options: VersionOptions,
  env: NodeJS.ProcessEnv,
  warnings: string[],
  warn: (message: string) => void,
): Promise<VersionResult> {
  const written = source.staticVersion ?? '';
  const parsed = tryParseVersion(written);
  if (!parsed) {
    throw new ConfigError(`${source.where} '${written}' in ${dir} is not a valid PEP 440 version`, {
      hint: 'write a PEP 440 version such as 1.2.3, 1.2.3rc1 or 1.2.3.dev0',
    });
  }
  const version = formatVersion(parsed);
  const top = enclosingGitRoot(dir);
  let description: GitDescription = { tag: undefined, distance: 0, node: undefined, dirty: false, describeOutput: '' };
  let command = '';
  // A tag on HEAD that names exactly the static version is the release's tag (a release-tag build of a
  // static project may reach stable); any other tag is only the nearest one, for the summary.
  let releaseTag: string | undefined;
  if (top !== undefined) {
    const workdir = new GitWorkdir(top, env);
    const argv = describeCommand(describeMatchGlob('', undefined));
    command = argv.join(' ');
    description = (await workdir.describe(argv)) ?? (await workdir.describeWithoutTag());
    if (options.failOnDirty && description.dirty) throw await dirtyError(workdir);
    if (description.tag !== undefined && description.distance === 0) {
      const tagged = matchTag(description.tag, compileTagRegex(undefined));
      const tagVersion = tagged && tryParseVersion(tagged.version);
      if (tagVersion && (formatVersion(tagVersion) === version || publicVersion(tagVersion) === version)) {
        releaseTag = description.tag;
      } else if (tagVersion) {
        warn(
          `HEAD is tagged ${description.tag}, but the project's version is static (${source.where} = ${written}): the build makes ${version}`,
        );
      }
    }
  }
  const fake: ScmConfig = {
    root: top ?? dir,
    versionSchemes: [],
    localSchemes: [],
    tagRegex: undefined,
    tagRegexWhat: '',
    tagPrefix: '',
    tagStrict: undefined,
    fallbackVersion: undefined,
    fallbackWhat: '',
    parentdirPrefixVersion: undefined,
    describeCommand: undefined,
    searchParentDirectories: false,
    preParse: undefined,
    normalize: true,
    distName: options.distName || source.distName,
    configFile: existsSync(join(dir, 'pyproject.toml')) ? join(dir, 'pyproject.toml') : undefined,
    projectDir: dir,
    where: source.where,
  };
  return finish(
    options,
    fake,
    {
      versionScheme: '',
      localScheme: '',
      distName: fake.distName,
      root: dir,
      configFile: fake.configFile,
      versionSource: 'static',
      versionSourceWhere: source.where,
    },
    warnings,
    // The version does not come from a tag: the tag and distance outputs stay empty unless HEAD's tag names
    // that very version; the nearest tag is in the summary.
    {
      version,
      source: 'static',
      description: { ...description, tag: releaseTag, distance: 0 },
      command,
      raw: written,
      nearestTag: description.tag,
    },
  );
}

/**
 * A version made by the project's own versioning tool (poetry-dynamic-versioning through dunamai, or
 * pdm-backend's SCM source), computed the way that tool does; the build gets it through the variable the
 * tool's backend honours (BUILD_VERSION_VARIABLES).
 */
async function toolVersion(
  dir: string,
  source: VersionSource,
  tool: NonNullable<VersionSource['tool']>,
  options: VersionOptions,
  env: NodeJS.ProcessEnv,
  logger: Logger,
  warnings: string[],
  warn: (message: string) => void,
): Promise<VersionResult> {
  const dunamai = source.kind === 'poetry-dynamic-versioning' ? readDunamaiSettings(tool.settings, tool.where) : undefined;
  const pdm = source.kind === 'pdm-scm' ? readPdmScmSettings(tool.settings, tool.where) : undefined;
  for (const note of [...(dunamai?.notes ?? []), ...(pdm?.notes ?? [])]) warn(note);
  const top = enclosingGitRoot(dir);
  const config: ScmConfig = {
    root: top ?? dir,
    versionSchemes: [],
    localSchemes: [],
    tagRegex: pdm?.tagRegex,
    tagRegexWhat: '',
    tagPrefix: '',
    tagStrict: undefined,
    fallbackVersion: options.fallbackVersion || pdm?.fallbackVersion,
    fallbackWhat: options.fallbackVersion ? "input 'fallback-version'" : `${tool.where}: fallback_version`,
    parentdirPrefixVersion: undefined,
    describeCommand: undefined,
    searchParentDirectories: true,
    preParse: undefined,
    normalize: true,
    distName: options.distName || source.distName,
    configFile: join(dir, 'pyproject.toml'),
    projectDir: dir,
    where: tool.where,
  };
  const style = dunamai ? (dunamai.format ? `format ${dunamai.format}` : `dunamai ${dunamai.style ?? 'pep440'}`) : 'pdm-backend default';
  const base = baseOf(config, source, style, '');
  const none = NO_DESCRIPTION;
  const toolName = VERSION_SOURCE_NAMES[source.kind];
  // The version as the build will write it (the backends normalize it): PEP 440 or nothing.
  const accepted = (text: string, what: string) => {
    const parsed = tryParseVersion(text);
    if (!parsed)
      // The text can come from a file of the project: shown short and with no line break it could forge.
      throw new WheelwrightError(
        'version',
        `${what} '${printableName(text.length > 80 ? `${text.slice(0, 80)}…` : text)}' is not a PEP 440 version`,
        {
          hint: 'the build would fail on it too: change the style/format or the tag, or pass a PEP 440 version',
        },
      );
    return { version: formatVersion(parsed), raw: text };
  };

  // 1. Explicit versions: the input, then the tool's own variables (which its backend would read too).
  const pretend = options.pretendVersion
    ? { name: "input 'pretend-version'", value: options.pretendVersion }
    : dunamai
      ? (() => {
          const found = pluginOverride(env, source.distName);
          return found && { name: found.variable, value: found.value };
        })()
      : env.PDM_BUILD_SCM_VERSION
        ? { name: 'PDM_BUILD_SCM_VERSION', value: env.PDM_BUILD_SCM_VERSION }
        : undefined;
  if (pretend) {
    const { version, raw } = accepted(pretend.value, pretend.name);
    logger.info(`Version ${version} from ${pretend.name}`);
    return finish(options, config, base, warnings, { version, raw, source: 'pretend', description: none, command: '' });
  }
  if (dunamai?.fromFile) {
    const { version, raw } = accepted(versionFromFile(dir, dunamai) as string, `${tool.where}: from-file`);
    return finish(options, config, base, warnings, { version, raw, source: 'static', description: none, command: '' });
  }

  // 2. A shallow clone: fetch its history first (as for setuptools_scm), unless fetch-tags is false.
  const workdir = top === undefined ? undefined : new GitWorkdir(top, env);
  let fetched: string | undefined;
  const wantsFetch = options.fetchTags !== false || dunamai?.fixShallowRepository === true;
  if (workdir?.isShallow() && wantsFetch) fetched = await fetchMissingHistory(workdir, true, logger);

  if (dunamai) {
    const facts = await dunamaiFromGit(dir, dunamai, env);
    if (facts.shallow) warn('This is a shallow repository, so dunamai may not produce the correct version.');
    if (options.failOnDirty && facts.version.dirty && workdir) throw await dirtyError(workdir);
    const { version, raw } = accepted(pluginVersion(facts.version, dunamai), `${toolName}'s version`);
    logger.info(
      `Version ${version} from ${facts.tag === undefined ? 'no matching tag (dunamai falls back to 0.0.0)' : `tag ${facts.tag}`}`,
    );
    return finish(options, config, base, warnings, {
      version,
      raw,
      source: 'git',
      description: {
        tag: facts.tag,
        distance: facts.version.distance,
        node: facts.head === undefined ? undefined : `g${facts.head}`,
        dirty: facts.version.dirty === true,
        describeOutput: '',
      },
      command: 'git for-each-ref refs/tags/** --merged HEAD (dunamai)',
      fetched,
      branch: facts.version.branch,
    });
  }

  const settings = pdm as NonNullable<typeof pdm>;
  const facts = await pdmFromGit(dir, settings, env);
  if (facts === undefined) {
    if (config.fallbackVersion !== undefined) {
      warn(`Can't get a valid version from scm, use fallback_version instead (${dir} is not in a git work tree)`);
      const { version, raw } = accepted(config.fallbackVersion, config.fallbackWhat);
      return finish(options, config, base, warnings, { version, raw, source: 'fallback', description: none, command: '' });
    }
    throw new WheelwrightError('git', `${dir} is not in a git work tree, which pdm-backend reads the version from`, {
      hint: "check the repository out with its history, or set fallback_version in [tool.pdm.version] (or the 'fallback-version' input)",
    });
  }
  for (const message of facts.warnings) warn(message);
  if (options.failOnDirty && facts.scm.dirty && workdir) throw await dirtyError(workdir);
  const formatted = pdmDefaultFormat(facts.scm);
  let result: { version: string; raw: string };
  let from: VersionResult['source'] = 'git';
  if (tryParseVersion(formatted)) result = accepted(formatted, `${toolName}'s version`);
  else if (config.fallbackVersion !== undefined) {
    // pdm-backend: a formatted version that is not PEP 440 gives way to fallback_version.
    warn(`Can't get a valid version from scm, use fallback_version instead ('${formatted}' is not PEP 440)`);
    result = accepted(config.fallbackVersion, config.fallbackWhat);
    from = 'fallback';
  } else result = accepted(formatted, `${toolName}'s version`);
  return finish(options, config, base, warnings, {
    ...result,
    source: from,
    description: {
      tag: facts.tag,
      distance: facts.scm.distance ?? 0,
      node: facts.head === undefined ? undefined : `g${facts.head}`,
      dirty: facts.scm.dirty,
      describeOutput: facts.describeOutput,
    },
    command: `git describe --dirty --tags --long --match ${settings.tagFilter || '*.*'}`,
    fetched,
    branch: facts.scm.branch,
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

type Base = Pick<
  VersionResult,
  'versionScheme' | 'localScheme' | 'distName' | 'root' | 'configFile' | 'versionSource' | 'versionSourceWhere'
>;

/** A git description for a version that no git state gave (pretend, archive, PKG-INFO, fallback). */
const NO_DESCRIPTION: GitDescription = { tag: undefined, distance: 0, node: undefined, dirty: false, describeOutput: '' };

/** What every result says of where its version came from, whichever tool computed it. */
function baseOf(
  config: Pick<VersionResult, 'distName' | 'root' | 'configFile'>,
  source: { kind: VersionResult['versionSource']; where: VersionResult['versionSourceWhere'] },
  versionScheme: string,
  localScheme: string,
): Base {
  return {
    versionScheme,
    localScheme,
    distName: config.distName,
    root: config.root,
    configFile: config.configFile,
    versionSource: source.kind,
    versionSourceWhere: source.where,
  };
}

interface Derived {
  raw?: string;
  nearestTag?: string | undefined;
  version: string;
  source: VersionResult['source'];
  description: GitDescription;
  command: string;
  fetched?: string | undefined;
  triggerTag?: string | undefined;
  setuptoolsScmTag?: string | undefined;
  branch?: string | undefined;
}

function finish(options: VersionOptions, config: ScmConfig, base: Base, warnings: string[], derived: Derived): VersionResult {
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
  // A static version needs no pretend variables: the build reads it from the project itself.
  const buildVariable = BUILD_VERSION_VARIABLES[base.versionSource];
  if (options.exportEnv && buildVariable !== undefined) {
    exportVariables[buildVariable] = derived.version;
  } else if (options.exportEnv && derived.source !== 'static') {
    if (config.distName) exportVariables[`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${distEnvSuffix(config.distName)}`] = derived.version;
    exportVariables.SETUPTOOLS_SCM_PRETEND_VERSION = derived.version;
  }
  const d = derived.description;
  return {
    ...base,
    version: derived.version,
    writtenVersion: derived.raw !== undefined && derived.raw !== derived.version ? derived.raw : undefined,
    nearestTag: derived.nearestTag,
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
    'version-source': result.versionSource,
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

/**
 * Where the version came from, in one short phrase for a step line: a static version is the project's own
 * (named with its setting, and the tag HEAD carries when that tag names it), never "no tag".
 */
export function versionOrigin(result: VersionResult): string {
  switch (result.source) {
    case 'static':
      return `static, ${result.versionSourceWhere}${result.tag ? `, at tag ${result.tag}` : ''}`;
    case 'pretend':
      return 'pretend version';
    case 'fallback':
      return 'fallback version, no git work tree';
    case 'archival':
      return `.git_archival.txt${result.tag ? `, tag ${result.tag}` : ''}`;
    case 'pkg-info':
      return "the sdist's PKG-INFO";
    case 'git':
      return result.tag ? `tag ${result.tag}, distance ${result.distance}` : 'no tag';
  }
}

/** The job summary: the version and how it was derived. */
export function summaryMarkdown(result: VersionResult): string {
  const c = result.classification;
  // poetry-dynamic-versioning and pdm-backend: the tool's name, and its format in place of setuptools_scm's schemes.
  const tool = BUILD_VERSION_VARIABLES[result.versionSource] !== undefined;
  const from =
    result.source === 'static'
      ? `the static version in ${result.versionSourceWhere}${result.writtenVersion ? ` (written ${cell(result.writtenVersion)})` : ''}, not git${result.nearestTag ? ` (nearest tag ${cell(result.nearestTag)})` : ''}`
      : result.source === 'pretend'
        ? 'a pretend version (not from git)'
        : result.source === 'fallback'
          ? 'the fallback version (no git work tree)'
          : result.source === 'archival'
            ? `the git archive's .git_archival.txt${result.tag ? ` (tag ${cell(result.tag)})` : ''}`
            : result.source === 'pkg-info'
              ? "the sdist's PKG-INFO"
              : result.tag
                ? `tag ${cell(result.tag)}${result.triggerTag && result.setuptoolsScmTag ? ` (named by GITHUB_REF; setuptools_scm alone would pick ${cell(result.setuptoolsScmTag)})` : ''}`
                : `no tag reachable from HEAD (${tool ? VERSION_SOURCE_NAMES[result.versionSource] : 'setuptools_scm'} counts every commit)`;
  const rows: [string, string][] = [
    ['Version', cell(result.version)],
    [
      'Version source',
      `${cell(result.versionSource)}${tool ? ` — ${VERSION_SOURCE_NAMES[result.versionSource]}` : ''} (${result.versionSourceWhere})`,
    ],
    ['Derived from', from],
    ['Distance', String(result.distance)],
    ['Dirty', String(result.dirty)],
    ['Node', cell(result.node)],
    ...(result.source === 'static'
      ? []
      : tool
        ? ([['Format', `${cell(result.versionScheme)}${result.writtenVersion ? ` (written ${cell(result.writtenVersion)})` : ''}`]] as [
            string,
            string,
          ][])
        : ([['Schemes', `${cell(result.versionScheme)} + ${cell(result.localScheme)}`]] as [string, string][])),
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
