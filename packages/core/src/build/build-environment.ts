/**
 * The environment `python -m build` runs in: SOURCE_DATE_EPOCH for reproducible archives, setuptools_scm's
 * pretend variables for a given version, and the index pip uses to fill the isolated build environment.
 */
import { normalizeProjectName } from '../distribution/project-name';
import { normalizeVersion, sameVersion } from '../distribution/version-bridge';
import { InputError } from '../errors/index';
import { silentLogger } from '../log/index';
import { runGitIn } from '../scm/git-process';
import { computeVersion } from '../version/index';

export interface SourceInfo {
  commit?: string;
  /** The tag on the commit, else the nearest reachable tag. */
  tag?: string;
  /** Commits since `tag` (0 when the commit carries it). */
  distance?: number;
  dirty?: boolean;
  /** The last commit's committer time (seconds since the epoch). */
  commitTime?: string;
  /** Tracked files relative to the project folder; undefined outside a git work tree. */
  trackedFiles?: string[];
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const result = await runGitIn(cwd, args, { timeoutMs: 30_000 });
    return result.stdout;
  } catch {
    return undefined;
  }
}

/**
 * What the build's environment needs from git, read before the build starts: the last commit and its
 * time (SOURCE_DATE_EPOCH), and whether tracked files differ from it (before the build can write into the
 * tree). Two processes side by side; every field absent outside a git work tree or without a commit.
 */
export async function readCommitState(projectDir: string): Promise<Pick<SourceInfo, 'commit' | 'commitTime' | 'dirty'>> {
  const [head, status] = await Promise.all([
    git(projectDir, ['log', '-1', '--format=%H %ct', 'HEAD']),
    git(projectDir, ['status', '--porcelain', '--untracked-files=no']),
  ]);
  const [commit, time] = head?.trim().split(' ') ?? [];
  if (!commit) return {};
  return { commit, dirty: (status ?? '').trim() !== '', ...(time ? { commitTime: time } : {}) };
}

/**
 * The rest of what git knows, which only the inspection and the manifest need, so it is read while the
 * build runs: the tag on HEAD (newest first) else the nearest one `git describe` finds with the distance
 * to it, and the tracked files (a work tree without commits still has an index worth comparing).
 */
/**
 * True when the tag, minus a prefix (`pkg-a-v`, `release-`), spells `version`: the tag of this release
 * among several on one commit (a monorepo tags each package's release on the same commit).
 */
function tagNamesVersion(tag: string, version: string): boolean {
  for (let start = 0; start < tag.length; start++) {
    if (start > 0 && /[0-9A-Za-z]/.test(tag[start - 1] ?? '')) continue;
    const rest = tag.slice(start);
    if (/^[vV]?\d/.test(rest) && normalizeVersion(rest) !== undefined && sameVersion(rest, version)) return true;
  }
  return false;
}

export async function readSourceRefs(
  projectDir: string,
  commit: string | undefined,
  version?: string,
): Promise<Pick<SourceInfo, 'tag' | 'distance' | 'trackedFiles'>> {
  const [files, tags, described] = await Promise.all([
    git(projectDir, ['ls-files', '-z']),
    commit ? git(projectDir, ['tag', '--points-at', 'HEAD', '--sort=-creatordate']) : undefined,
    commit ? git(projectDir, ['describe', '--tags', '--long', '--abbrev=40', 'HEAD']) : undefined,
  ]);
  const info: Pick<SourceInfo, 'tag' | 'distance' | 'trackedFiles'> = {};
  const onHead = (tags ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const tag = (version ? onHead.find((name) => tagNamesVersion(name, version)) : undefined) ?? onHead[0];
  const nearest = /^(.+)-(\d+)-g[0-9a-f]{40}$/.exec(described?.trim() ?? '');
  if (tag) {
    info.tag = tag.trim();
    info.distance = 0;
  } else if (nearest?.[1]) {
    info.tag = nearest[1];
    info.distance = Number(nearest[2]);
  }
  if (files !== undefined) info.trackedFiles = files.split('\0').filter(Boolean);
  return info;
}

/** The value of SOURCE_DATE_EPOCH: the input, else one already in the environment, else the last commit. */
export function chooseSourceDateEpoch(input: string | undefined, env: NodeJS.ProcessEnv, source: SourceInfo): string | undefined {
  if (input !== undefined && input !== '') {
    if (!/^\d+$/.test(input))
      throw new InputError(`input 'source-date-epoch' must be whole seconds since 1970-01-01 UTC, got '${input}'`, {
        hint: 'use `git log -1 --format=%ct` or leave it empty for the last commit time',
      });
    // zip stores DOS times, which start in 1980: earlier values make setuptools/wheel fail.
    if (Number(input) < 315532800)
      throw new InputError(`input 'source-date-epoch' ${input} is before 1980-01-01, which zip files cannot store`);
    return input;
  }
  if (env.SOURCE_DATE_EPOCH) return env.SOURCE_DATE_EPOCH;
  return source.commitTime;
}

/**
 * setuptools_scm's pretend variables for `name` (its `SETUPTOOLS_SCM_PRETEND_VERSION_FOR_*` overrides): the canonical
 * `_FOR_<NAME>` form (`My.Pkg-Name` → `MY_PKG_NAME`) that 8+ reads, 7.1's `_FOR_<name.upper()>` when it
 * differs (`MY.PKG-NAME`: a valid variable name for a process, if not for a shell), and the unnamed one when the name is unknown (setup.py-only projects). hatch-vcs reads the same.
 */
export function pretendVersionVariables(version: string, name: string | undefined): Record<string, string> {
  if (!name) return { SETUPTOOLS_SCM_PRETEND_VERSION: version };
  const canonical = normalizeProjectName(name).replace(/-/g, '_').toUpperCase();
  const variables: Record<string, string> = { [`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${canonical}`]: version };
  const legacy = name.toUpperCase();
  if (legacy !== canonical && /^[A-Z0-9_.-]+$/.test(legacy)) variables[`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${legacy}`] = version;
  return variables;
}

/** `https://user:secret@host/simple` → `https://***@host/simple`, for logs and errors: the one redaction. */
export { redactUrl } from '../http/redact';

/**
 * Whether `version` must be pretended for the build. Not when setuptools_scm gives exactly it from git at
 * a release tag (clean, distance 0): setuptools_scm 10 writes `*.egg-info/scm_version.json` into the
 * sdist only for a version it derived itself, so pretending there makes the sdist differ from a plain
 * `python -m build`. Anywhere else (dev versions, other schemes, any doubt) the version is pretended.
 */
export async function versionNeedsPretending(projectDir: string, version: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const own = Object.fromEntries(
    Object.entries(env).filter(([key]) => !/^(SETUPTOOLS_SCM|VCS_VERSIONING)_PRETEND_VERSION/.test(key)),
  ) as NodeJS.ProcessEnv;
  try {
    const result = await computeVersion({ path: projectDir, env: own, fetchTags: false, exportEnv: false }, silentLogger);
    return !(result.source === 'git' && result.distance === 0 && !result.dirty && sameVersion(result.version, version));
  } catch {
    return true;
  }
}
