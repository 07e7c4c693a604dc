/**
 * The version pdm-backend gives a project with `[tool.pdm.version] source = "scm"`: the git facts
 * collected with the commands its `git_parse_version` runs, the tag read with its `tag_to_version`, and the
 * version made by its `default_version_formatter` (which differs from setuptools_scm: the local part is
 * `+g<abbrev>`, a dirty tree adds `.d<today>`, and a tag at HEAD is the version itself).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, WheelwrightError } from '../errors/index';
import { formatVersion, type Pep440Version, tryParseVersion } from '../pep440/index';
import type { TomlTable } from '../pyproject/index';
import { gitEnvironment, runGitIn } from '../scm/git-process';
import { compileTagRegex, matchTag } from '../scm/tag';
import { shallowCut } from './shallow-cut';

export interface PdmScmSettings {
  where: string;
  tagRegex: string | undefined;
  tagFilter: string | undefined;
  fallbackVersion: string | undefined;
  notes: string[];
}

/** pdm-backend's SCMVersion. */
export interface PdmScmVersion {
  version: Pep440Version;
  /** undefined at the tag itself (pdm-backend: `number or None`). */
  distance: number | undefined;
  dirty: boolean;
  /** `g` + the abbreviated hash git prints. */
  node: string | undefined;
  branch: string | undefined;
}

export interface PdmGitFacts {
  scm: PdmScmVersion;
  tag: string | undefined;
  describeOutput: string;
  /** Full hash of HEAD, for the outputs. */
  head: string | undefined;
  shallow: boolean;
  warnings: string[];
}

/** Reads `[tool.pdm.version]` (source = "scm"); a version_format callable is project code and is refused. */
export function readPdmScmSettings(settings: TomlTable, where: string): PdmScmSettings {
  const text = (key: string): string | undefined => {
    const value = settings[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new ConfigError(`${where}: ${key} must be a string`);
    return value;
  };
  if (settings.version_format !== undefined)
    throw new ConfigError(
      `${where}: version_format names a Python callable (${String(settings.version_format)}), which only running project code can apply`,
      { hint: "remove version_format to use pdm-backend's default format, or pass the version with input 'pretend-version'" },
    );
  const notes: string[] = [];
  if (settings.write_to !== undefined)
    notes.push(`${where}: write_to is left to the build (pdm-backend writes the version it is given through PDM_BUILD_SCM_VERSION)`);
  return {
    where,
    tagRegex: text('tag_regex') || undefined,
    tagFilter: text('tag_filter') || undefined,
    fallbackVersion: text('fallback_version'),
    notes,
  };
}

/** pdm-backend: tag_to_version — no match is 0.0.0 (with a warning); a suffix after the version is dropped. */
function tagToVersion(tag: string, settings: PdmScmSettings, warnings: string[]): Pep440Version {
  const pattern = compileTagRegex(settings.tagRegex, `${settings.where}: tag_regex`);
  let found: { version: string; suffix: string } | undefined;
  try {
    found = matchTag(tag, pattern);
  } catch {
    found = undefined;
  }
  if (!found?.version) {
    warnings.push(`tag '${tag}' no version found`);
    return tryParseVersion('0.0.0') as Pep440Version;
  }
  if (found.suffix) warnings.push(`tag '${tag}' will be stripped of its suffix '${found.suffix}'`);
  const version = tryParseVersion(found.version);
  if (!version)
    throw new WheelwrightError('version', `tag '${tag}' gives '${found.version}', which is not a PEP 440 version (${settings.where})`, {
      hint: 'pdm-backend fails on this tag too: retag, or set tag_regex/tag_filter so it is skipped',
    });
  return version;
}

/**
 * pdm-backend: git_parse_version. undefined when there is no git repository around `dir` (pdm-backend then
 * uses fallback_version).
 */
export async function pdmFromGit(dir: string, settings: PdmScmSettings, env: NodeJS.ProcessEnv): Promise<PdmGitFacts | undefined> {
  const gitEnv = gitEnvironment(env);
  const top = await runGitIn(dir, ['rev-parse', '--show-toplevel'], { env: gitEnv, okCodes: [0, 128] });
  const repo = top.stdout.trim();
  if (top.code !== 0 || repo === '') return undefined;
  const git = (args: string[], okCodes: number[] = [0]) => runGitIn(repo, args, { env: gitEnv, okCodes, timeoutMs: 60_000 });
  const warnings: string[] = [];
  const shallow = existsSync(join(repo, '.git', 'shallow'));
  if (shallow) warnings.push(`'${repo}' is shallow and may cause errors`);
  const [describe, branch, head] = await Promise.all([
    git(['-c', 'core.abbrev=auto', 'describe', '--dirty', '--tags', '--long', '--match', settings.tagFilter || '*.*'], [0, 1, 128]),
    git(['rev-parse', '--abbrev-ref', 'HEAD'], [0, 1, 128]),
    git(['rev-parse', '--verify', '--quiet', 'HEAD'], [0, 1, 128]),
  ]);
  const branchName = branch.code === 0 ? branch.stdout.trim() : undefined;
  const headHash = head.code === 0 && head.stdout.trim() !== '' ? head.stdout.trim() : undefined;
  const zero = tryParseVersion('0.0') as Pep440Version;
  // Not fetched (fetch-tags off): an error where pdm-backend would count only the commits that are there.
  const cut = (tag: string | undefined) => (shallow && headHash !== undefined ? shallowCut(repo, git, tag, 'pdm-backend') : undefined);
  if (describe.code !== 0) {
    const problem = await cut(undefined);
    if (problem) throw problem;
    const status = await git(['status', '--porcelain', '--untracked-files=no'], [0, 128]);
    const dirty = status.stdout.trim() !== '';
    if (headHash === undefined)
      return {
        scm: { version: zero, distance: 0, dirty, node: undefined, branch: undefined },
        tag: undefined,
        describeOutput: '',
        head: undefined,
        shallow,
        warnings,
      };
    // pdm-backend counts `git rev-list HEAD`'s lines as out.count("\n") + 1 on the stripped output.
    const all = await git(['rev-list', 'HEAD']);
    const count = all.stdout.trim().split('\n').length;
    return {
      scm: { version: zero, distance: count, dirty, node: `g${headHash.slice(0, 7)}`, branch: branchName },
      tag: undefined,
      describeOutput: '',
      head: headHash,
      shallow,
      warnings,
    };
  }
  let output = describe.stdout.trim();
  const dirty = output.endsWith('-dirty');
  if (dirty) output = output.slice(0, -'-dirty'.length);
  const match = /^(.*)-(\d+)-([^-]+)$/s.exec(output);
  if (!match) throw new WheelwrightError('git', `cannot read git describe's answer '${output}' in ${repo}`);
  const [, tag, number, node] = match as unknown as [string, string, string, string];
  const problem = await cut(tag);
  if (problem) throw problem;
  return {
    scm: { version: tagToVersion(tag, settings, warnings), distance: Number(number) || undefined, dirty, node, branch: branchName },
    tag,
    describeOutput: describe.stdout.trim(),
    head: headHash,
    shallow,
    warnings,
  };
}

/** pdm-backend: guess_next_version — a `.devN` tag drops it (only dev0 is allowed), else the last number + 1. */
export function guessNextVersion(version: Pep440Version): string {
  const text = formatVersion(version).split('+')[0] as string;
  if (text.includes('.dev')) {
    const at = text.lastIndexOf('.dev');
    if (text.slice(at + 4) !== '0')
      throw new WheelwrightError(
        'version',
        `pdm-backend cannot compute a version after the tag's ${text} (own dev numbers are unsupported)`,
        {
          hint: 'tag a version without .devN, or one with .dev0',
        },
      );
    return text.slice(0, at);
  }
  const match = /^(.*?)(\d+)$/s.exec(text) as RegExpExecArray;
  return `${match[1]}${BigInt(match[2] as string) + 1n}`;
}

/** pdm-backend: default_version_formatter (the date is today's, in UTC, as pdm-backend's datetime.now). */
export function pdmDefaultFormat(scm: PdmScmVersion, now: Date = new Date()): string {
  const main = scm.distance === undefined ? formatVersion(scm.version) : `${guessNextVersion(scm.version)}.dev${scm.distance}`;
  const date = `${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, '0')}${String(now.getUTCDate()).padStart(2, '0')}`;
  const plain = scm.distance === undefined || scm.node === undefined;
  const local = scm.dirty ? (plain ? `+d${date}` : `+${scm.node}.d${date}`) : plain ? '' : `+${scm.node}`;
  return main + local;
}
