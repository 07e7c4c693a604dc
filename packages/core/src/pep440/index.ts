/**
 * PEP 440 versions, exactly as `packaging.version.Version` (26.x) reads, prints and orders them.
 *
 * Why not @renovatebot/pep440 for this: it stores numbers as JavaScript `Number` (a tag such as
 * `1.2.99999999999999999999` loses digits, and setuptools_scm bumps such numbers), it reads local
 * segments with `Number()` (so `+1e5` and `+0x1` become numbers), and it does not accept the surrounding
 * whitespace `Version()` accepts. The grammar is small and fixed by PEP 440 (Appendix B regex), so we
 * keep our own with `bigint` parts; test/pep440-version/pep440-corpus.test.ts checks validity, normal
 * form and order against packaging on a generated corpus. The other modules keep using
 * @renovatebot/pep440 for specifiers.
 */
import { WheelwrightError } from '../errors/index';

export type PreLabel = 'a' | 'b' | 'rc';
export type LocalSegment = string | bigint;

export interface Pep440Version {
  epoch: bigint;
  release: bigint[];
  pre: [PreLabel, bigint] | undefined;
  post: bigint | undefined;
  dev: bigint | undefined;
  local: LocalSegment[] | undefined;
}

/** The kind a release manifest records: a local part wins, then dev, pre, post, else final. */
export type Pep440Kind = 'final' | 'pre' | 'dev' | 'post' | 'local';

export interface VersionClassification {
  kind: Pep440Kind;
  /** No pre, dev or local part (post-releases are final). */
  isFinal: boolean;
  /** packaging's `is_prerelease`: a pre-release or a dev release. */
  isPrerelease: boolean;
  isDevrelease: boolean;
  isPostrelease: boolean;
  hasLocal: boolean;
  /** Normal form without the local part. */
  public: string;
  /** Epoch and release only (`1!2.0`). */
  base: string;
  /** The highest index the version may reach once tested: only a final release reaches stable. */
  channel: 'stable' | 'testing';
}

// Python's `\s` on str (Py_UNICODE_ISSPACE), which differs from JavaScript's `\s` (no U+FEFF; adds
// U+001C-U+001F and U+0085). packaging strips it around the version.
const SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*';

// PEP 440 Appendix B / packaging.version.VERSION_PATTERN. packaging 26 compiles it with IGNORECASE and
// ASCII-only classes; JavaScript's `i` flag without `u` folds ASCII letters only, which is the same.
const CORE =
  'v?' +
  '(?:(?:(?<epoch>[0-9]+)!)?' +
  '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
  '(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?' +
  '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?' +
  '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)' +
  '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?';

const VERSION = new RegExp(`^${SPACE}${CORE}${SPACE}$`, 'i');
const SIMPLE = /^[0-9.]*$/;

const PRE_LABELS: Record<string, PreLabel> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  pre: 'rc',
  preview: 'rc',
  rc: 'rc',
};

/** Parses a version; undefined when it is not PEP 440. */
export function tryParseVersion(text: string): Pep440Version | undefined {
  if (SIMPLE.test(text)) {
    // packaging's fast path: digits and dots only, no empty part.
    const parts = text.split('.');
    if (parts.includes('')) return undefined;
    return { epoch: 0n, release: parts.map(BigInt), pre: undefined, post: undefined, dev: undefined, local: undefined };
  }
  const groups = VERSION.exec(text)?.groups;
  if (!groups) return undefined;
  const preLabel = groups.pre_l;
  const postNumber = groups.post_n1 ?? groups.post_n2;
  return {
    epoch: groups.epoch === undefined ? 0n : BigInt(groups.epoch),
    release: (groups.release ?? '0').split('.').map(BigInt),
    pre: preLabel === undefined ? undefined : [PRE_LABELS[preLabel.toLowerCase()] ?? 'rc', BigInt(groups.pre_n ?? 0)],
    // `1.0-1` is an implicit post-release; `1.0.post` means post0.
    post: groups.post_l === undefined && groups.post_n1 === undefined ? undefined : BigInt(postNumber ?? 0),
    dev: groups.dev_l === undefined ? undefined : BigInt(groups.dev_n ?? 0),
    local:
      groups.local === undefined
        ? undefined
        : groups.local.split(/[-_.]/).map((part) => (/^[0-9]+$/.test(part) ? BigInt(part) : part.toLowerCase())),
  };
}

/** Parses a version; a WheelwrightError naming the text when it is not PEP 440. */
export function parseVersion(text: string, what = 'version'): Pep440Version {
  const version = tryParseVersion(text);
  if (version === undefined) {
    throw new WheelwrightError('version', `${what} '${text}' is not a valid PEP 440 version`, {
      hint: 'use a PEP 440 version such as 1.2.3, 1.2.3rc1, 1.2.3.post1 or 1.2.3.dev4',
    });
  }
  return version;
}

export function isValidVersion(text: string): boolean {
  return tryParseVersion(text) !== undefined;
}

function asVersion(version: string | Pep440Version): Pep440Version {
  return typeof version === 'string' ? parseVersion(version) : version;
}

/** `1!2.0` — epoch (when not 0) and release. */
export function baseVersion(version: string | Pep440Version): string {
  const v = asVersion(version);
  const release = v.release.join('.');
  return v.epoch === 0n ? release : `${v.epoch}!${release}`;
}

/** The normal form without the local part. */
export function publicVersion(version: string | Pep440Version): string {
  const v = asVersion(version);
  let text = baseVersion(v);
  if (v.pre) text += `${v.pre[0]}${v.pre[1]}`;
  if (v.post !== undefined) text += `.post${v.post}`;
  if (v.dev !== undefined) text += `.dev${v.dev}`;
  return text;
}

/** packaging's `str(Version(text))`: `1.0-RC1` → `1.0rc1`, `v01.02` → `1.2`, `1.0+Ubuntu-1` → `1.0+ubuntu.1`. */
export function formatVersion(version: Pep440Version): string {
  const text = publicVersion(version);
  return version.local === undefined ? text : `${text}+${version.local.join('.')}`;
}

/** The normal form of a version string; throws (naming the text) when it is not PEP 440. */
export function normalizeVersion(text: string): string {
  return formatVersion(parseVersion(text));
}

function compareBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function trimmedRelease(release: bigint[]): bigint[] {
  let end = release.length;
  while (end > 0 && release[end - 1] === 0n) end--;
  return release.slice(0, end);
}

// packaging's _cmpkey: (pre_rank, pre_n, post_rank, post_n, dev_rank, dev_n); dev-only releases sort
// before any pre-release, releases without pre after rc, without post before post, without dev after dev.
const PRE_RANK: Record<PreLabel, bigint> = { a: 0n, b: 1n, rc: 2n };
function suffixKey(v: Pep440Version): bigint[] {
  let preRank: bigint;
  let preN = 0n;
  if (v.pre === undefined && v.post === undefined && v.dev !== undefined) preRank = -1n;
  else if (v.pre === undefined) preRank = 3n;
  else [preRank, preN] = [PRE_RANK[v.pre[0]], v.pre[1]];
  return [preRank, preN, v.post === undefined ? 0n : 1n, v.post ?? 0n, v.dev === undefined ? 1n : 0n, v.dev ?? 0n];
}

function compareLocal(a: LocalSegment[] | undefined, b: LocalSegment[] | undefined): number {
  // No local part sorts before any local part; strings before numbers; shorter prefix first.
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as LocalSegment;
    const y = b[i] as LocalSegment;
    if (typeof x === 'bigint' && typeof y === 'bigint') {
      const order = compareBig(x, y);
      if (order !== 0) return order;
    } else if (typeof x === 'bigint') return 1;
    else if (typeof y === 'bigint') return -1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return Math.sign(a.length - b.length);
}

/** PEP 440 order (-1, 0, 1); `1.0 == 1.0.0`. Strings are parsed (and must be valid). */
export function compareVersions(left: string | Pep440Version, right: string | Pep440Version): number {
  const a = asVersion(left);
  const b = asVersion(right);
  let order = compareBig(a.epoch, b.epoch);
  if (order !== 0) return order;
  const ra = trimmedRelease(a.release);
  const rb = trimmedRelease(b.release);
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    order = compareBig(ra[i] as bigint, rb[i] as bigint);
    if (order !== 0) return order;
  }
  if (ra.length !== rb.length) return Math.sign(ra.length - rb.length);
  const sa = suffixKey(a);
  const sb = suffixKey(b);
  for (let i = 0; i < sa.length; i++) {
    order = compareBig(sa[i] as bigint, sb[i] as bigint);
    if (order !== 0) return order;
  }
  return compareLocal(a.local, b.local);
}

/** A sorted copy, lowest first. */
export function sortVersions(versions: readonly string[]): string[] {
  const parsed = versions.map((text) => ({ text, version: parseVersion(text) }));
  parsed.sort((x, y) => compareVersions(x.version, y.version));
  return parsed.map((entry) => entry.text);
}

/**
 * What kind of release a version is, and the highest channel it may reach: `stable` only for a final
 * release (no pre, dev or local part; post-releases are final), `testing` for everything else.
 */
export function classifyVersion(version: string | Pep440Version): VersionClassification {
  const v = asVersion(version);
  const hasLocal = v.local !== undefined;
  const isDevrelease = v.dev !== undefined;
  const isPostrelease = v.post !== undefined;
  const hasPre = v.pre !== undefined;
  const isFinal = !hasPre && !isDevrelease && !hasLocal;
  const kind: Pep440Kind = hasLocal ? 'local' : isDevrelease ? 'dev' : hasPre ? 'pre' : isPostrelease ? 'post' : 'final';
  return {
    kind,
    isFinal,
    isPrerelease: hasPre || isDevrelease,
    isDevrelease,
    isPostrelease,
    hasLocal,
    public: publicVersion(v),
    base: baseVersion(v),
    channel: isFinal ? 'stable' : 'testing',
  };
}
