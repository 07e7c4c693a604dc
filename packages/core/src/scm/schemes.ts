/**
 * setuptools_scm's version and local schemes (vcs_versioning/_version_schemes/_standard.py, _common.py,
 * _modify_version.py in vcs-versioning 2.5 / setuptools_scm 10.3). Pure functions over an ScmState;
 * test/pep440-version/scm-reference.test.ts compares every combination with the real thing.
 */
import { WheelwrightError } from '../errors/index';
import { formatVersion, type Pep440Version, publicVersion, tryParseVersion } from '../pep440/index';
import { matchTag, type TagPattern } from './tag';
import type { FragmentBump } from './towncrier';

/** setuptools_scm's ScmVersion, the part the schemes read. */
export interface ScmState {
  /** The tag's version, local part included (the version scheme sees only its public part). */
  tag: Pep440Version;
  distance: number;
  /** `g` + hash (setuptools_scm prints the first 10 characters). */
  node: string | undefined;
  dirty: boolean;
  branch: string | undefined;
  /** The commit date of HEAD as a UTC calendar date (midnight UTC). */
  nodeDate: Date | undefined;
  /** SOURCE_DATE_EPOCH or now (UTC). */
  time: Date;
  tagPattern: TagPattern;
  tagPrefix: string;
  /** The tag's public part as written, when normalize = false (setuptools_scm's NonNormalizedVersion). */
  tagText?: string | undefined;
  /** What the unreleased changelog fragments ask for (towncrier-fragments only). */
  fragmentBump?: FragmentBump | undefined;
}

/** Every version scheme name setuptools_scm 10.3 registers, with its canonical name. */
export const VERSION_SCHEMES: Record<string, string> = {
  'guess-next-dev': 'guess-next-dev',
  'no-guess-dev': 'no-guess-dev',
  'post-release': 'post-release',
  'only-version': 'only-version',
  'calver-by-date': 'calver-by-date',
  'semver-pep440': 'semver-pep440',
  'python-simplified-semver': 'semver-pep440',
  'semver-pep440-release-branch': 'semver-pep440-release-branch',
  'release-branch-semver': 'semver-pep440-release-branch',
  'towncrier-fragments': 'towncrier-fragments',
};

/** Every local scheme name setuptools_scm 10.3 registers. */
export const LOCAL_SCHEMES = [
  'node-and-date',
  'node-and-timestamp',
  'dirty-tag',
  'no-local-version',
  'no-local-version-strict',
  'fail-on-uncommitted-changes',
] as const;

/** Schemes that read the branch (and calver the commit date): only they pay for the extra git calls. */
export function schemeNeeds(scheme: string): { branch: boolean; nodeDate: boolean } {
  const canonical = VERSION_SCHEMES[scheme] ?? scheme;
  return {
    branch: canonical === 'semver-pep440' || canonical === 'semver-pep440-release-branch' || canonical === 'calver-by-date',
    nodeDate: canonical === 'calver-by-date',
  };
}

/** A dirty tree refused by a local scheme (setuptools_scm: DirtyWorkingTreeError). */
export class DirtyWorkingTreeError extends WheelwrightError {
  constructor(message: string) {
    super('version', message, {
      hint: 'commit or discard the changes (in CI usually a build step writing into the checkout)',
    });
  }
}

function schemeError(message: string): WheelwrightError {
  return new WheelwrightError('version', message, {
    hint: 'setuptools_scm fails the same way: retag, or choose another version_scheme',
  });
}

const exact = (v: ScmState) => v.distance === 0 && !v.dirty;

// setuptools_scm: _modify_version._bump_dev
function bumpDev(version: string): string | undefined {
  const at = version.lastIndexOf('.dev');
  if (at === -1) return undefined;
  if (version.slice(at + 4) !== '0') {
    throw schemeError(
      `choosing custom numbers for the .devX distance is not supported: the ${version} can't be bumped (tag a version ending in .dev0)`,
    );
  }
  return version.slice(0, at);
}

// setuptools_scm: _modify_version._bump_regex — big numbers stay exact.
function bumpRegex(version: string): string {
  const match = /^([\s\S]*?)(\d+)$/.exec(version);
  if (!match) throw schemeError(`${version} does not end with a number to bump`);
  return `${match[1]}${BigInt(match[2] as string) + 1n}`;
}

function guessNextVersion(tag: string): string {
  return bumpDev(tag) ?? bumpRegex(tag);
}

// setuptools_scm: guess_next_simple_semver (the epoch is kept since vcs-versioning 2.x).
function guessNextSimpleSemver(tag: Pep440Version, retain: number): string {
  const epoch = tag.epoch !== 0n ? `${tag.epoch}!` : '';
  if (tag.dev === 0n) {
    const parts = [...tag.release];
    while (parts.length < 3) parts.push(0n);
    return epoch + parts.join('.');
  }
  const parts = tag.release.slice(0, retain);
  while (parts.length < retain) parts.push(0n);
  parts[parts.length - 1] = (parts[parts.length - 1] as bigint) + 1n;
  while (parts.length < 3) parts.push(0n);
  return epoch + parts.join('.');
}

// setuptools_scm: _DATE_REGEX in _standard.py.
const DATE_REGEX = /^(?<date>(?<prefix>[vV]?)(?<year>\d{2}|\d{4})(?:\.\d{1,2}){2})(?:\.(?<patch>\d*))?$/;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatDate(date: Date, fourDigitYear: boolean): string {
  const year = fourDigitYear ? pad(date.getUTCFullYear(), 4) : pad(date.getUTCFullYear() % 100, 2);
  return `${year}.${pad(date.getUTCMonth() + 1, 2)}.${pad(date.getUTCDate(), 2)}`;
}

/** Python's strptime for `%Y.%m.%d` / `%y.%m.%d` (two-digit years: 69-99 → 19xx, else 20xx). */
function parseDate(text: string, fourDigitYear: boolean): Date {
  const [y, m, d] = text.replace(/^[vV]/, '').split('.').map(Number) as [number, number, number];
  const year = fourDigitYear ? y : y >= 69 ? 1900 + y : 2000 + y;
  const date = new Date(Date.UTC(year, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || m < 1 || m > 12) {
    throw schemeError(`time data '${text}' does not match a valid calendar date (calver-by-date)`);
  }
  return date;
}

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

// setuptools_scm: guess_next_date_ver
function guessNextDateVersion(v: ScmState, tag: string, warnings: string[]): string {
  const match = DATE_REGEX.exec(tag)?.groups;
  let fourDigitYear = false;
  if (!match) warnings.push(`${tag} does not correspond to a valid versioning date, assuming legacy version`);
  else fourDigitYear = (match.year ?? '').length === 4;
  const headDate = v.nodeDate ?? v.time;
  let patch = 0n;
  if (match) {
    const tagDate = parseDate(match.date as string, fourDigitYear);
    if (utcDay(tagDate) === utcDay(headDate)) patch = BigInt(match.patch || '0') + 1n;
    else if (utcDay(tagDate) > utcDay(headDate))
      warnings.push(`your previous tag (${tagDate.toISOString().slice(0, 10)}) is ahead your node date`);
  }
  const next = `${formatDate(headDate, fourDigitYear)}.${patch}`;
  const parsed = tryParseVersion(next);
  if (!parsed) throw schemeError(`calver-by-date produced '${next}', which is not a version`);
  return formatVersion(parsed);
}

function branchVersion(text: string, v: ScmState): string | undefined {
  return matchTag(text, v.tagPattern, v.tagPrefix)?.version;
}

/** The main (public) version by the named scheme; `warnings` collects what setuptools_scm would warn. */
export function applyVersionScheme(scheme: string, v: ScmState, warnings: string[] = []): string {
  const canonical = VERSION_SCHEMES[scheme];
  // The scheme sees the tag without its local part (format_version passes Version(tag.public)).
  const base: Pep440Version = { ...v.tag, local: undefined };
  const tag = v.tagText ?? publicVersion(base);
  const dev = (guessed: string) => `${guessed}.dev${v.distance}`;
  switch (canonical) {
    case 'guess-next-dev':
      return exact(v) ? tag : dev(guessNextVersion(tag));
    case 'no-guess-dev': {
      if (exact(v)) return tag;
      const bumped = bumpDev(tag);
      if (bumped !== undefined) return dev(bumped);
      if (tag.includes('post')) throw schemeError(`${tag} already is a post release, refusing to guess the update`);
      return dev(`${tag}.post1`);
    }
    case 'post-release':
      return exact(v) ? tag : `${tag}.post${v.distance}`;
    case 'only-version':
      return tag;
    case 'semver-pep440': {
      if (exact(v)) return tag;
      return dev(guessNextSimpleSemver(base, v.branch?.includes('feature') ? 2 : 3));
    }
    case 'semver-pep440-release-branch': {
      if (exact(v)) return tag;
      if (v.branch !== undefined) {
        let found = branchVersion(v.branch.split('/').pop() ?? '', v);
        if (found !== undefined) {
          // Only a lowercase `v` is dropped, as setuptools_scm does.
          if (found.startsWith('v')) found = found.slice(1);
          const tagMinor = tag.split('.').slice(0, 2);
          const branchMinor = found.split('.').slice(0, 2);
          if (tagMinor.length === branchMinor.length && tagMinor.every((part, i) => part === branchMinor[i])) {
            return dev(guessNextVersion(tag));
          }
        }
      }
      return dev(guessNextSimpleSemver(base, 2));
    }
    case 'calver-by-date': {
      if (exact(v)) return tag;
      if (v.branch?.startsWith('release-')) {
        const found = branchVersion(v.branch.split('-').pop() ?? '', v);
        if (found !== undefined && DATE_REGEX.test(found)) return found;
      }
      return dev(guessNextDateVersion(v, tag, warnings));
    }
    case 'towncrier-fragments': {
      if (exact(v)) return tag;
      switch (v.fragmentBump) {
        case undefined:
          return dev(guessNextVersion(tag));
        case 'major': {
          // setuptools_scm: _guess_next_major reads the first dot-separated part (a leading v dropped).
          const first = tag.split('+')[0]?.split('.')[0]?.replace(/^v+/, '') ?? '';
          if (!/^\s*[+-]?\d+\s*$/.test(first))
            throw schemeError(`invalid literal for int() with base 10: '${first}' (towncrier-fragments)`);
          return dev(`${BigInt(first.trim()) + 1n}.0.0`);
        }
        default:
          return dev(guessNextSimpleSemver(base, v.fragmentBump === 'minor' ? 2 : 3));
      }
    }
    default:
      throw new WheelwrightError('config', `unknown version scheme '${scheme}'`);
  }
}

function utcStamp(time: Date, withTime: boolean): string {
  const date = `${pad(time.getUTCFullYear(), 4)}${pad(time.getUTCMonth() + 1, 2)}${pad(time.getUTCDate(), 2)}`;
  return withTime ? `${date}${pad(time.getUTCHours(), 2)}${pad(time.getUTCMinutes(), 2)}${pad(time.getUTCSeconds(), 2)}` : date;
}

/** The local part (`+…` or empty) by the named local scheme; undefined means "next scheme in the list". */
export function applyLocalScheme(scheme: string, v: ScmState): string | undefined {
  const node = v.node?.slice(0, 10);
  switch (scheme) {
    case 'node-and-date':
    case 'node-and-timestamp': {
      // setuptools_scm: _format_local_with_time — the dirty date is `time` (SOURCE_DATE_EPOCH), not mtimes.
      const stamp = utcStamp(v.time, scheme === 'node-and-timestamp');
      if (exact(v) || node === undefined) return v.dirty ? `+d${stamp}` : '';
      return v.dirty ? `+${node}.d${stamp}` : `+${node}`;
    }
    case 'dirty-tag':
      return v.dirty ? '+dirty' : '';
    case 'no-local-version':
      return '';
    case 'no-local-version-strict':
    case 'fail-on-uncommitted-changes':
      if (v.dirty) throw new DirtyWorkingTreeError('Working tree has uncommitted changes (SCM reports dirty).');
      return scheme === 'no-local-version-strict' ? '' : undefined;
    default:
      throw new WheelwrightError('config', `unknown local scheme '${scheme}'`);
  }
}

/** setuptools_scm: combine_version_with_local_parts — segments de-duplicated, joined after one `+`. */
export function combineLocalParts(main: string, ...locals: (string | undefined)[]): string {
  const plus = main.indexOf('+');
  const head = plus === -1 ? main : main.slice(0, plus);
  const segments = plus === -1 ? [] : main.slice(plus + 1).split('.');
  for (const part of locals) {
    if (!part || part.trim() === '') continue;
    const clean = part.replace(/^\++|\++$/g, '');
    for (const segment of clean.split('.')) {
      if (segment && !segments.includes(segment)) segments.push(segment);
    }
  }
  return segments.length > 0 ? `${head}+${segments.join('.')}` : head;
}

/** setuptools_scm: format_version — version scheme(s), local scheme(s), the tag's own local part. */
export function formatScmVersion(
  versionSchemes: readonly string[],
  localSchemes: readonly string[],
  v: ScmState,
  warnings: string[] = [],
): string {
  const main = applyVersionScheme(versionSchemes[0] as string, v, warnings);
  let local: string | undefined;
  for (const scheme of localSchemes) {
    local = applyLocalScheme(scheme, v);
    if (local !== undefined) break;
  }
  const tagLocal = v.tag.local?.join('.');
  return combineLocalParts(main, tagLocal, local ?? '+unknown');
}
