/**
 * The version poetry-dynamic-versioning gives a project: its `[tool.poetry-dynamic-versioning]` settings
 * read as the plugin reads them (defaults from its `_default_config`), the git facts collected with the
 * commands dunamai runs (`Version.from_git`), and the version serialized as dunamai's `Version.serialize`
 * does. Only git is supported; Jinja templates and callables (project code) are refused with the key named.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigError, WheelwrightError } from '../errors/index';
import { parsePyproject, type TomlTable, table } from '../pyproject/index';
import { gitEnvironment, runGitIn } from '../scm/git-process';
import { compilePythonRegex, type PythonRegex } from './python-regex';
import { shallowCut } from './shallow-cut';

/** dunamai's VERSION_SOURCE_PATTERN (Pattern.Default), verbatim: a `v`-prefixed tag. */
export const DUNAMAI_DEFAULT_PATTERN = String.raw`
    (?x)                                                        (?# ignore whitespace)
    ^v((?P<epoch>\d+)!)?(?P<base>\d+(\.\d+)*)                   (?# v1.2.3 or v1!2000.1.2)
    ([-._]?((?P<stage>[a-zA-Z]+)[-._]?(?P<revision>\d+)?))?     (?# b0)
    (\+(?P<tagged_metadata>.+))?$                               (?# +linux)
`.trim();

export type DunamaiStyle = 'pep440' | 'semver' | 'pvp';

export interface DunamaiSettings {
  /** Where the settings are, for messages (`…/pyproject.toml [tool.poetry-dynamic-versioning]`). */
  where: string;
  pattern: string;
  patternPrefix: string | undefined;
  latestTag: boolean;
  style: DunamaiStyle | undefined;
  metadata: boolean | undefined;
  dirty: boolean;
  taggedMetadata: boolean;
  format: string | undefined;
  bump: { enable: boolean; index: number };
  strict: boolean;
  tagBranch: string | undefined;
  fullCommit: boolean;
  commitLength: number | undefined;
  commitPrefix: string | undefined;
  escapeWith: string | undefined;
  ignoreUntracked: boolean;
  fixShallowRepository: boolean;
  /** `[from-file]`: the version is read from this file instead of git. */
  fromFile: { source: string; pattern: string | undefined } | undefined;
  /** What the settings hold that Wheelwright does not apply (for the summary). */
  notes: string[];
}

/** A version as dunamai holds it (`dunamai.Version`). */
export interface DunamaiVersion {
  base: string;
  stage: string | undefined;
  revision: number | undefined;
  distance: number;
  commit: string | undefined;
  dirty: boolean | undefined;
  taggedMetadata: string | undefined;
  epoch: number | undefined;
  branch: string | undefined;
  /** The commit's committer time. */
  timestamp: Date | undefined;
  /** `bump(smart=True)` ran on a version with distance: serialize uses pre-release forms. */
  smartBumped: boolean;
}

/** What dunamai found in git, besides the version. */
export interface DunamaiGitFacts {
  version: DunamaiVersion;
  /** The tag the version came from (undefined on the 0.0.0 fallback). */
  tag: string | undefined;
  /** Full hash of HEAD (undefined without commits). */
  head: string | undefined;
  shallow: boolean;
}

const KNOWN_KEYS = new Set([
  'enable',
  'vcs',
  'dirty',
  'pattern',
  'pattern-prefix',
  'latest-tag',
  'highest-tag',
  'substitution',
  'files',
  'style',
  'metadata',
  'format',
  'format-jinja',
  'format-jinja-imports',
  'bump',
  'tagged-metadata',
  'full-commit',
  'tag-branch',
  'tag-dir',
  'strict',
  'fix-shallow-repository',
  'ignore-untracked',
  'commit-length',
  'commit-prefix',
  'escape-with',
  'from-file',
]);

/** Reads `[tool.poetry-dynamic-versioning]` with the plugin's defaults; refuses what cannot be computed here. */
export function readDunamaiSettings(settings: TomlTable, where: string): DunamaiSettings {
  const notes: string[] = [];
  const bad = (key: string, expected: string) => new ConfigError(`${where}: ${key} must be ${expected}`);
  const bool = (key: string, fallback: boolean): boolean => {
    const value = settings[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') throw bad(key, 'true or false');
    return value;
  };
  const text = (key: string): string | undefined => {
    const value = settings[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw bad(key, 'a string');
    return value;
  };
  const unknown = Object.keys(settings).filter((key) => !KNOWN_KEYS.has(key));
  // The plugin's `_validate_config` reports unknown keys too (as warnings); a typo here silently changes the version.
  if (unknown.length > 0) notes.push(`${where}: unknown key(s) ${unknown.join(', ')} (poetry-dynamic-versioning ignores them too)`);

  const vcs = text('vcs') ?? 'any';
  if (vcs !== 'any' && vcs !== 'git')
    throw new ConfigError(`${where}: vcs = "${vcs}" is not supported: Wheelwright computes dunamai's version from git only`, {
      hint: 'set vcs = "git" (or leave it out), or pass the version with input \'pretend-version\'',
    });
  if (settings['format-jinja'] !== undefined && settings['format-jinja'] !== '')
    throw new ConfigError(`${where}: format-jinja is a Jinja template, which Wheelwright does not evaluate`, {
      hint: 'use the plain format key (dunamai placeholders such as "{base}.post{distance}"), or pass the version with input \'pretend-version\'',
    });
  if (bool('highest-tag', false))
    throw new ConfigError(`${where}: highest-tag is not supported by Wheelwright (only the nearest matching tag)`, {
      hint: "remove highest-tag, or pass the version with input 'pretend-version'",
    });
  const style = text('style');
  if (style !== undefined && style !== 'pep440' && style !== 'semver' && style !== 'pvp') throw bad('style', 'one of pep440, semver, pvp');
  const metadata = settings.metadata;
  if (metadata !== undefined && typeof metadata !== 'boolean') throw bad('metadata', 'true or false');

  const rawBump = settings.bump;
  let bump = { enable: false, index: -1 };
  if (typeof rawBump === 'boolean') bump = { enable: rawBump, index: -1 };
  else if (rawBump && typeof rawBump === 'object' && !Array.isArray(rawBump)) {
    const table = rawBump as TomlTable;
    const enable = table.enable ?? false;
    const index = table.index ?? -1;
    if (typeof enable !== 'boolean' || typeof index !== 'number' || !Number.isInteger(index))
      throw bad('bump', 'true/false or a table { enable = true, index = -1 }');
    bump = { enable, index };
  } else if (rawBump !== undefined) throw bad('bump', 'true/false or a table { enable = true, index = -1 }');

  const commitLength = settings['commit-length'];
  if (commitLength !== undefined && (typeof commitLength !== 'number' || !Number.isInteger(commitLength) || commitLength < 1))
    throw bad('commit-length', 'a positive whole number');

  let fromFile: DunamaiSettings['fromFile'];
  const fromTable = settings['from-file'];
  if (fromTable && typeof fromTable === 'object' && !Array.isArray(fromTable)) {
    const source = (fromTable as TomlTable).source;
    const pattern = (fromTable as TomlTable).pattern;
    if (source !== undefined && typeof source !== 'string') throw bad('from-file.source', 'a path');
    if (pattern !== undefined && typeof pattern !== 'string') throw bad('from-file.pattern', 'a regular expression');
    if (typeof source === 'string') fromFile = { source, pattern: pattern as string | undefined };
  }
  // [substitution] is applied by the plugin's backend (given the version) or, in plugin mode, by build-wheel's
  // staged copy; [files] (initial-content, persistent-substitution) only by the plugin itself.
  if (settings.files !== undefined)
    notes.push(`${where}: the files table (initial-content, persistent-substitution) is applied only by the plugin's own backend`);
  if (settings['tag-dir'] !== undefined) notes.push(`${where}: tag-dir is for Subversion only and has no effect on git`);

  return {
    where,
    pattern: text('pattern') ?? 'default',
    patternPrefix: text('pattern-prefix') || undefined,
    latestTag: bool('latest-tag', false),
    style: style as DunamaiStyle | undefined,
    metadata: metadata as boolean | undefined,
    dirty: bool('dirty', false),
    taggedMetadata: bool('tagged-metadata', false),
    format: text('format') || undefined,
    bump,
    strict: bool('strict', false),
    tagBranch: text('tag-branch') || undefined,
    fullCommit: bool('full-commit', false),
    commitLength: commitLength as number | undefined,
    commitPrefix: text('commit-prefix'),
    escapeWith: text('escape-with'),
    ignoreUntracked: bool('ignore-untracked', false),
    fixShallowRepository: bool('fix-shallow-repository', false),
    fromFile,
    notes,
  };
}

/** dunamai: Pattern.parse — a pattern with a `base` group is used as is, else it names a preset. */
export function dunamaiPattern(pattern: string, prefix: string | undefined, where: string): PythonRegex {
  let source: string;
  if (pattern.includes('?P<base>')) source = pattern;
  else if (pattern === 'default') source = DUNAMAI_DEFAULT_PATTERN;
  else if (pattern === 'default-unprefixed') source = DUNAMAI_DEFAULT_PATTERN.replace('^v', '^v?');
  else
    throw new ConfigError(`${where}: pattern '${pattern}' has no (?P<base>...) group and is not a preset (default, default-unprefixed)`, {
      hint: 'write a regular expression with a group named base, e.g. ^v(?P<base>\\d+\\.\\d+\\.\\d+)$',
    });
  // dunamai: the prefix goes after the first `^` of the pattern.
  if (prefix) source = source.replace('^', `^${prefix}`);
  return compilePythonRegex(source, `${where}: pattern`);
}

interface Matched {
  tag: string;
  base: string;
  stage: string | undefined;
  revision: number | undefined;
  taggedMetadata: string | undefined;
  epoch: number | undefined;
}

/** dunamai: _match_version_pattern (re.search over the tags, newest first). */
export function matchVersionPattern(
  pattern: PythonRegex,
  tags: readonly string[],
  latestTag: boolean,
  strict: boolean,
  where: string,
): Matched | undefined {
  const relevant = latestTag ? tags.slice(0, 1) : tags;
  let found: RegExpExecArray | null = null;
  let base: string | undefined;
  let tag = '';
  for (const source of relevant) {
    found = pattern.regexFor(source).exec(source);
    tag = source;
    if (found === null) continue;
    if (!pattern.named.includes('base'))
      throw new ConfigError(`${where}: the pattern does not include the required group 'base'`, {
        hint: 'name the version part (?P<base>...)',
      });
    base = found.groups?.base;
    if (base !== undefined) break;
  }
  if (found === null || base === undefined) {
    if (latestTag && tags.length > 0)
      throw new WheelwrightError('version', `the pattern did not match the latest tag '${tags[0]}' (latest-tag = true in ${where})`, {
        hint: 'tag the release so the pattern matches it, or set latest-tag = false',
      });
    if (strict)
      throw new WheelwrightError('version', `the pattern did not match any tag (strict = true in ${where})`, {
        hint: 'tag a release (e.g. v0.1.0), or set strict = false to fall back to 0.0.0',
      });
    return undefined;
  }
  const groups = found.groups ?? {};
  const number = (value: string | undefined, what: string) => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw new WheelwrightError('version', `${what} '${value}' in tag '${tag}' is not a valid number`);
    return Number(value);
  };
  const stage = groups.stage;
  return {
    tag,
    base,
    stage,
    revision: stage === undefined ? undefined : number(groups.revision, 'Revision'),
    taggedMetadata: groups.tagged_metadata,
    epoch: number(groups.epoch, 'Epoch'),
  };
}

/** dunamai: bump_version (Python indexing; a positive index zeroes the parts after it). */
export function bumpVersion(base: string, index = -1, increment = 1): string {
  const parts = base.split('.').map((part) => {
    if (!/^\s*[+-]?\d+\s*$/.test(part)) throw new WheelwrightError('version', `cannot bump '${base}': '${part}' is not a number`);
    return Number(part);
  });
  const at = index < 0 ? parts.length + index : index;
  if (at < 0 || at >= parts.length)
    throw new WheelwrightError('version', `cannot bump '${base}' at index ${index}: it has ${parts.length} parts`);
  parts[at] = (parts[at] as number) + increment;
  const limit = index < 0 ? 0 : parts.length;
  for (let i = index + 1; i < limit; i++) parts[i < 0 ? parts.length + i : i] = 0;
  return parts.join('.');
}

/** dunamai: Version.bump(index, smart=True) — nothing at distance 0. */
export function smartBump(version: DunamaiVersion, index: number): DunamaiVersion {
  if (version.distance === 0) return version;
  const bumped = { ...version, smartBumped: true };
  if (bumped.stage === undefined) bumped.base = bumpVersion(bumped.base, index);
  else bumped.revision = bumped.revision === undefined ? 2 : bumped.revision + 1;
  return bumped;
}

const VALID: Record<DunamaiStyle, { name: string; regex: RegExp }> = {
  pep440: {
    name: 'PEP 440',
    regex: /^(\d+!)?\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?(\+([a-zA-Z0-9]|[a-zA-Z0-9]{2}|[a-zA-Z0-9][a-zA-Z0-9.]+[a-zA-Z0-9]))?$/,
  },
  semver: {
    name: 'Semantic Versioning',
    regex: /^\d+\.\d+\.\d+(-[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*)?(\+[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*)?$/,
  },
  pvp: { name: 'PVP', regex: /^\d+(\.\d+)*(-[a-zA-Z0-9]+)*$/ },
};

/** dunamai: check_version. */
export function checkDunamaiVersion(version: string, style: DunamaiStyle, where: string): void {
  const rule = VALID[style];
  const semverLeadingZero = style === 'semver' && (version.split('+')[0] as string).split(/[.-]/).some((part) => /^0[0-9]+$/.test(part));
  if (!rule.regex.test(version) || semverLeadingZero)
    throw new WheelwrightError('version', `dunamai's version '${version}' does not conform to the ${rule.name} style (${where})`, {
      hint: 'the build would fail the same way: change the format/style, or the tag',
    });
}

const PEP440_STAGES: Record<string, string> = { alpha: 'a', beta: 'b', c: 'rc', pre: 'rc', preview: 'rc' };

/** dunamai: serialize_pep440. */
function serializePep440(parts: {
  base: string;
  stage: string | undefined;
  revision: number | undefined;
  post: number | undefined;
  dev: number | undefined;
  epoch: number | undefined;
  metadata: string[];
}): string {
  let out = parts.epoch !== undefined ? `${parts.epoch}!` : '';
  out += parts.base;
  if (parts.stage !== undefined) {
    const stage = parts.stage.toLowerCase();
    // PEP 440 does not allow omitting the revision: dunamai assumes 0.
    out += `${PEP440_STAGES[stage] ?? stage}${parts.revision ?? 0}`;
  }
  if (parts.post !== undefined) out += `.post${parts.post}`;
  if (parts.dev !== undefined) out += `.dev${parts.dev}`;
  if (parts.metadata.length > 0) out += `+${parts.metadata.join('.')}`;
  return out;
}

/** `YYYYmmddHHMMSS` in UTC, as dunamai's `{timestamp}`. */
function timestampText(date: Date | undefined): string {
  if (date === undefined) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

/** Python's str.format for named placeholders (`{name}`, `{{`, `}}`); format specs and conversions are refused. */
function pythonFormat(template: string, values: Record<string, string | number>, where: string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const char = template[i] as string;
    if ((char === '{' || char === '}') && template[i + 1] === char) {
      out += char;
      i++;
      continue;
    }
    if (char === '}') throw new ConfigError(`${where}: format '${template}' is invalid: Single '}' encountered in format string`);
    if (char !== '{') {
      out += char;
      continue;
    }
    const end = template.indexOf('}', i);
    if (end === -1) throw new ConfigError(`${where}: format '${template}' is invalid: Single '{' encountered in format string`);
    const field = template.slice(i + 1, end);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field))
      throw new ConfigError(`${where}: format placeholder '{${field}}' is not supported (only plain names such as {base}, {distance})`);
    if (!(field in values))
      throw new ConfigError(`${where}: format contains invalid placeholder: '${field}'`, {
        hint: 'dunamai knows base, stage, revision, distance, commit, dirty, tagged_metadata, epoch, branch, branch_escaped, timestamp, major, minor, patch',
      });
    out += String(values[field]);
    i = end;
  }
  return out;
}

/** dunamai: Version.serialize(metadata, dirty, format, style, tagged_metadata, commit_prefix, escape_with). */
export function serializeDunamai(version: DunamaiVersion, settings: DunamaiSettings): string {
  const commit =
    version.commit !== undefined && settings.commitPrefix !== undefined ? `${settings.commitPrefix}${version.commit}` : version.commit;
  if (settings.format !== undefined) {
    const parts = version.base.split('.');
    const out = pythonFormat(
      settings.format,
      {
        base: version.base,
        stage: version.stage ?? '',
        revision: version.revision ?? '',
        distance: version.distance,
        commit: commit ?? '',
        tagged_metadata: version.taggedMetadata ?? '',
        dirty: version.dirty ? 'dirty' : 'clean',
        epoch: version.epoch ?? '',
        branch: version.branch ?? '',
        branch_escaped: (version.branch ?? '').replace(/[^a-zA-Z0-9]/g, settings.escapeWith ?? ''),
        timestamp: timestampText(version.timestamp),
        major: parts[0] ?? '0',
        minor: parts[1] ?? '0',
        patch: parts[2] ?? '0',
      },
      settings.where,
    );
    // dunamai validates a custom format only against a style set explicitly.
    if (settings.style !== undefined) checkDunamaiVersion(out, settings.style, settings.where);
    return out;
  }
  const style = settings.style ?? 'pep440';
  const bumped = version.smartBumped;
  const meta: string[] = [];
  if (settings.metadata !== false) {
    if (settings.taggedMetadata && version.taggedMetadata) meta.push(version.taggedMetadata);
    if ((settings.metadata || version.distance > 0) && commit !== undefined) meta.push(commit);
    if (settings.dirty && version.dirty) meta.push('dirty');
  }
  const pre: string[] = [];
  if (version.stage !== undefined) {
    pre.push(version.stage);
    if (version.revision !== undefined) pre.push(String(version.revision));
  }
  if (version.distance > 0) pre.push(bumped ? 'pre' : 'post', String(version.distance));

  let out: string;
  if (style === 'pep440') {
    let stage = version.stage;
    let post: number | undefined;
    let dev: number | undefined;
    if (stage === 'post') {
      stage = undefined;
      post = version.revision;
    } else if (stage === 'dev') {
      stage = undefined;
      dev = version.revision;
    }
    if (version.distance > 0) {
      if (bumped) dev = dev === undefined ? version.distance : dev + version.distance;
      else if (post === undefined && dev === undefined) {
        // dunamai: without bump, a commit after the tag is a post-release of it (`1.0.post3.dev0`).
        post = version.distance;
        dev = 0;
      } else if (dev === undefined) dev = version.distance;
      else dev += version.distance;
    }
    out = serializePep440({ base: version.base, stage, revision: version.revision, post, dev, epoch: version.epoch, metadata: meta });
  } else if (style === 'semver') {
    out = version.base + (pre.length > 0 ? `-${pre.join('.')}` : '') + (meta.length > 0 ? `+${meta.join('.')}` : '');
  } else {
    const all = [...pre, ...meta];
    out = version.base + (all.length > 0 ? `-${all.join('-')}` : '');
  }
  checkDunamaiVersion(out, style, settings.where);
  return out;
}

/** The version poetry-dynamic-versioning serializes: bump (smart) first, then serialize. */
export function pluginVersion(version: DunamaiVersion, settings: DunamaiSettings): string {
  return serializeDunamai(settings.bump.enable ? smartBump(version, settings.bump.index) : version, settings);
}

/** `[from-file]`: the file's text (stripped), or its pattern's first group. */
export function versionFromFile(projectDir: string, settings: DunamaiSettings): string | undefined {
  const from = settings.fromFile;
  if (from === undefined) return undefined;
  const file = resolve(projectDir, from.source);
  const inside = relative(projectDir, file);
  if (isAbsolute(from.source) || inside.startsWith(`..${sep}`) || inside === '..')
    throw new ConfigError(`${settings.where}: from-file.source '${from.source}' is outside the project folder`);
  if (!existsSync(file)) throw new ConfigError(`${settings.where}: from-file.source '${from.source}' does not exist`);
  // A symlink in the checkout (a pull request can add one) must not read a file outside the project either.
  const real = relative(realpathSync(projectDir), realpathSync(file));
  if (real.startsWith(`..${sep}`) || real === '..' || isAbsolute(real))
    throw new ConfigError(`${settings.where}: from-file.source '${from.source}' is a link to outside the project folder`);
  // A version file is a few bytes; more is not a version file.
  const content = readFileSync(file, 'utf8')
    .slice(0, 1 << 16)
    .trim();
  if (from.pattern === undefined) return content;
  const regex = compilePythonRegex(from.pattern, `${settings.where}: from-file.pattern`, 'm');
  const match = regex.regexFor(content).exec(content);
  if (!match) throw new ConfigError(`${settings.where}: file '${from.source}' did not contain a match for '${from.pattern}'`);
  if (match[1] === undefined) throw new ConfigError(`${settings.where}: from-file.pattern '${from.pattern}' has no group`);
  return match[1];
}

/** The plugin's overrides: POETRY_DYNAMIC_VERSIONING_OVERRIDE (`name = version, …`) for `name`, then _BYPASS. */
export function pluginOverride(env: NodeJS.ProcessEnv, name: string | undefined): { variable: string; value: string } | undefined {
  const overrides = env.POETRY_DYNAMIC_VERSIONING_OVERRIDE;
  if (name !== undefined && overrides !== undefined) {
    for (const pair of overrides.split(',')) {
      const at = pair.indexOf('=');
      if (at === -1) continue;
      if (pair.slice(0, at).trim() === name) return { variable: 'POETRY_DYNAMIC_VERSIONING_OVERRIDE', value: pair.slice(at + 1).trim() };
    }
  }
  const bypass = env.POETRY_DYNAMIC_VERSIONING_BYPASS;
  return bypass === undefined ? undefined : { variable: 'POETRY_DYNAMIC_VERSIONING_BYPASS', value: bypass };
}

interface TagRef {
  ref: string;
  date: number;
  offset: number;
}

/**
 * dunamai: Version.from_git, from the project folder (git finds the repository above it): branch, HEAD,
 * its committer time, dirtiness (`describe --dirty`, then untracked files unless ignore-untracked), the
 * tags merged into tag-branch ordered by topological distance then date, the first matching the pattern,
 * and the commits since it; 0.0.0 with every commit counted when none matches.
 */
export async function dunamaiFromGit(dir: string, settings: DunamaiSettings, env: NodeJS.ProcessEnv): Promise<DunamaiGitFacts> {
  const gitEnv = gitEnvironment(env);
  const git = (args: string[], okCodes: number[] = [0]) => runGitIn(dir, args, { env: gitEnv, okCodes, timeoutMs: 60_000 });
  const status = await git(['status'], [0, 128]);
  if (status.code !== 0)
    throw new WheelwrightError('git', `${dir} is not in a git work tree, which poetry-dynamic-versioning reads the version from`, {
      hint: "check the repository out with its history (actions/checkout with fetch-depth 0), or pass the version with input 'pretend-version'",
    });
  const fullCommit = settings.fullCommit || settings.commitLength !== undefined;
  const log = ['-c', 'log.showsignature=false', 'log'];
  const [shallow, branch, head, time, describe, porcelain] = await Promise.all([
    git(['rev-parse', '--is-shallow-repository']),
    git(['symbolic-ref', '--short', 'HEAD'], [0, 1, 128]),
    git([...log, '-n', '1', '--format=format:%H %h'], [0, 128]),
    git([...log, '-n', '1', '--pretty=format:%cI'], [0, 128]),
    git(['describe', '--always', '--dirty'], [0, 128]),
    settings.ignoreUntracked ? undefined : git(['status', '--porcelain']),
  ]);
  const isShallow = shallow.stdout.trim() === 'true';
  if (settings.strict && isShallow)
    throw new WheelwrightError('git', `${dir} is a shallow repository, so dunamai may not produce the correct version (strict = true)`, {
      hint: "check out with 'fetch-depth: 0', or set fix-shallow-repository = true",
    });
  const branchName = branch.code === 0 ? branch.stdout.trim() : undefined;
  const blank: DunamaiVersion = {
    base: '0.0.0',
    stage: undefined,
    revision: undefined,
    distance: 0,
    commit: undefined,
    dirty: true,
    taggedMetadata: undefined,
    epoch: undefined,
    branch: branchName,
    timestamp: undefined,
    smartBumped: false,
  };
  const fallback = (version: DunamaiVersion, headHash: string | undefined): DunamaiGitFacts => {
    if (settings.strict)
      throw new WheelwrightError('version', `no tags available and fallbacks disabled by strict = true in ${settings.where}`, {
        hint: 'tag a release (e.g. git tag v0.1.0), or set strict = false for 0.0.0',
      });
    return { version, tag: undefined, head: headHash, shallow: isShallow };
  };
  if (head.code !== 0) return fallback(blank, undefined);
  const [full, short] = head.stdout.trim().split(' ') as [string, string];
  const commit = fullCommit ? full.slice(0, settings.commitLength) : short;
  const dirty = describe.stdout.trim().endsWith('-dirty') || (porcelain !== undefined && porcelain.stdout.trim() !== '');
  const timestamp = time.stdout.trim() === '' ? undefined : new Date(time.stdout.trim());
  const facts = { ...blank, commit, dirty, timestamp };

  const tagBranch = settings.tagBranch ?? 'HEAD';
  const countAll = async () => Number((await git(['rev-list', '--count', 'HEAD'], [0, 128])).stdout.trim()) || 0;
  const [refs, topo] = await Promise.all([
    git([
      'for-each-ref',
      'refs/tags/**',
      '--merged',
      tagBranch,
      '--format',
      '%(refname)@{%(objectname)@{%(creatordate:iso-strict)@{%(*committerdate:iso-strict)@{%(taggerdate:iso-strict)',
    ]),
    git([...log, '--simplify-by-decoration', '--topo-order', '--decorate=full', tagBranch, '--format=%H%d', '--decorate-refs=refs/tags/']),
  ]);
  // A shallow clone that was not fetched (fetch-tags false without fix-shallow-repository): an error where
  // dunamai would count only the commits that are there.
  const cutOff = (tag: string | undefined) =>
    isShallow ? shallowCut(dir, git, tag, 'dunamai', 'fix-shallow-repository = true') : undefined;
  if (refs.stdout.trim() === '') {
    const problem = await cutOff(undefined);
    if (problem) throw problem;
    return fallback({ ...facts, distance: await countAll() }, full);
  }
  const offsets = new Map<string, number>();
  const lines = topo.stdout
    .trim()
    .split('\n')
    .filter((line) => !line.includes(' (') || line.includes('tag: '));
  lines.forEach((line, offset) => {
    const open = line.indexOf('(');
    if (open === -1) return;
    const inner = line.slice(open + 1, -1);
    for (const item of inner.split(', ')) {
      const trimmed = item.trim();
      if (!trimmed.startsWith('tag: ')) continue;
      const name = trimmed.split(/\s+/).pop() as string;
      offsets.set(name.startsWith('refs/tags/') ? name : `refs/tags/${name}`, offset);
    }
  });
  const parsed: TagRef[] = [];
  for (const line of refs.stdout.trim().split('\n')) {
    const parts = line.split('@{');
    if (parts.length !== 5) continue;
    const [ref, , creator, committer, tagger] = parts as [string, string, string, string, string];
    // dunamai: _GitRefInfo.best_date — the tagger's date, else the commit's, else the creator date.
    const best = tagger || committer || creator;
    parsed.push({ ref, date: best ? Date.parse(best) : Number.NEGATIVE_INFINITY, offset: offsets.get(ref) ?? Number.MAX_SAFE_INTEGER });
  }
  // dunamai sorts by (-offset, date) reversed: nearest first, newest first on one commit; stable otherwise.
  parsed.sort((a, b) => a.offset - b.offset || b.date - a.date);
  const tags = parsed.map((tag) => tag.ref.replace('refs/tags/', ''));
  const pattern = dunamaiPattern(settings.pattern, settings.patternPrefix, settings.where);
  const matched = matchVersionPattern(pattern, tags, settings.latestTag, settings.strict, settings.where);
  const problem = await cutOff(matched?.tag);
  if (problem) throw problem;
  if (matched === undefined) return fallback({ ...facts, distance: await countAll() }, full);
  const distance = await git(['rev-list', '--count', `refs/tags/${matched.tag}..HEAD`]);
  return {
    version: {
      ...facts,
      base: matched.base,
      stage: matched.stage,
      revision: matched.revision,
      taggedMetadata: matched.taggedMetadata,
      epoch: matched.epoch,
      distance: Number(distance.stdout.trim()),
    },
    tag: matched.tag,
    head: full,
    shallow: isShallow,
  };
}

/**
 * poetry-dynamic-versioning's `_apply_version` for a poetry-core build: the `[tool.poetry]` version
 * placeholder becomes the version (poetry-core reads it for `dynamic = ["version"]` too) and the plugin is
 * switched off in the copy (`enable = false`), as in the sdists the plugin makes. Checked by parsing the result.
 */
export function substitutePoetryVersion(text: string, version: string, file: string): string {
  if (!/^[A-Za-z0-9.!+_-]+$/.test(version)) throw new WheelwrightError('version', `'${version}' is not a version to write into ${file}`);
  const replaced = replaceInTable(text, 'tool.poetry', /^(\s*version\s*=\s*)(["'])[^"'\n]*\2/m, `$1"${version}"`);
  if (replaced === undefined)
    throw new ConfigError(
      `${file}: the [tool.poetry] version placeholder is not a plain 'version = "0.0.0"' line, so it cannot be replaced`,
      {
        hint: 'write version = "0.0.0" on its own line in [tool.poetry]',
      },
    );
  const disabled = replaceInTable(replaced, 'tool.poetry-dynamic-versioning', /^(\s*enable\s*=\s*)true\b/m, '$1false') ?? replaced;
  const check = parsePyproject(disabled, file).data;
  if (table(check, 'tool.poetry', file)?.version !== version)
    throw new ConfigError(`${file}: replacing the [tool.poetry] version placeholder did not give version ${version}`);
  return disabled;
}

/** Replaces the first match of `line` inside the table `[name]`; undefined when the table or the line is not there. */
function replaceInTable(text: string, name: string, line: RegExp, replacement: string): string | undefined {
  const escaped = name.replace(/[.-]/g, (c) => (c === '.' ? '\\s*\\.\\s*' : '\\-'));
  const header = new RegExp(`^\\s*\\[\\s*${escaped}\\s*\\]\\s*(?:#.*)?$`, 'm').exec(text);
  if (!header) return undefined;
  const start = header.index + header[0].length;
  const next = /^\s*\[/m.exec(text.slice(start));
  const end = next ? start + next.index : text.length;
  const body = text.slice(start, end);
  if (!line.test(body)) return undefined;
  return text.slice(0, start) + body.replace(line, replacement) + text.slice(end);
}
