/**
 * Tags to versions as setuptools_scm reads them (vcs_versioning/_scm_version.py: _parse_version_tag,
 * tag_to_version; _config.py: DEFAULT_TAG_REGEX, _check_tag_regex).
 */
import { WheelwrightError } from '../errors/index';
import { type Pep440Version, tryParseVersion } from '../pep440/index';

/** setuptools_scm's DEFAULT_TAG_REGEX, in Python syntax (as users write tag_regex). */
export const DEFAULT_TAG_REGEX = String.raw`^(?:[\w-]+-)?(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$`;

export interface TagPattern {
  /** The pattern as configured (Python syntax). */
  source: string;
  /** The compiled pattern for a tag (an ASCII tag gets the cheaper ASCII translation). */
  regexFor(tag: string): RegExp;
  /** Group 1 when the pattern has exactly one group, else the `version` group. */
  key: 1 | 'version';
}

// Python's `\w` and `\d` on str are Unicode-aware; JavaScript's are ASCII even with the `u` flag. On an
// ASCII tag both mean the ASCII classes, and Unicode property classes are slow to compile (measured ~3 ms
// each at start-up), so the Unicode translation is compiled only for tags that need it.
const PY_CLASSES: Record<'ascii' | 'unicode', Record<string, [string, string]>> = {
  unicode: {
    w: ['\\p{L}\\p{N}_', '[\\p{L}\\p{N}_]'],
    W: ['', '[^\\p{L}\\p{N}_]'],
    d: ['\\p{Nd}', '\\p{Nd}'],
    D: ['', '\\P{Nd}'],
  },
  ascii: {
    w: ['A-Za-z0-9_', '[A-Za-z0-9_]'],
    W: ['', '[^A-Za-z0-9_]'],
    d: ['0-9', '[0-9]'],
    D: ['', '[^0-9]'],
  },
};

/** Translates the common Python `re` syntax to a JavaScript RegExp source (named groups, classes, \A \Z). */
export function pythonToJavaScript(source: string, mode: 'ascii' | 'unicode'): { source: string; groups: number; named: string[] } {
  let out = '';
  let inClass = false;
  let groups = 0;
  const names: string[] = [];
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      const py = PY_CLASSES[mode][next];
      if (py && (!inClass || py[0] !== '')) out += inClass ? py[0] : py[1];
      else if (next === 'A' && !inClass) out += '^';
      else if (next === 'Z' && !inClass) out += '$';
      else if (/[A-Za-z0-9^$\\.*+?()[\]{}|/]/.test(next) || (inClass && next === '-')) out += `\\${next}`;
      // Python allows escaping any punctuation; in a `u` pattern only syntax characters may be escaped.
      else out += next;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      out += char;
      continue;
    }
    if (char === '[') {
      inClass = true;
      out += char;
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') out += `\\${source[++i]}`;
      continue;
    }
    if (char === '(') {
      // Capturing groups: plain `(` and named `(?P<name>` / `(?<name>` (not lookbehind `(?<=`/`(?<!`).
      const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(source.slice(i));
      if (named) {
        groups++;
        names.push(named[1] as string);
        out += `(?<${named[1]}>`;
        i += (named[0] as string).length - 1;
        continue;
      }
      if (source[i + 1] !== '?') groups++;
    }
    if (source.startsWith('(?P=', i)) {
      const end = source.indexOf(')', i);
      out += `\\k<${source.slice(i + 4, end)}>`;
      i = end;
      continue;
    }
    out += char;
  }
  return { source: out, groups, named: names };
}

/** Compiles a tag_regex; an InputError naming `what` when it is invalid or lacks a version group. */
export function compileTagRegex(source: string | undefined, what = 'tag_regex'): TagPattern {
  const text = source === undefined || source === '' ? DEFAULT_TAG_REGEX : source;
  let flags = 'duy';
  let body = text;
  // Leading inline flags, e.g. (?i).
  const inline = /^\(\?([aiLmsux]+)\)/.exec(body);
  if (inline) {
    body = body.slice(inline[0].length);
    if (inline[1]?.includes('i')) flags += 'i';
    if (inline[1]?.includes('m')) flags += 'm';
    if (inline[1]?.includes('s')) flags += 's';
  }
  const compile = (mode: 'ascii' | 'unicode') => {
    const translated = pythonToJavaScript(body, mode);
    try {
      return { regex: new RegExp(translated.source, flags), ...translated };
    } catch (error) {
      throw new WheelwrightError('input', `${what} '${text}' is not a valid regular expression: ${(error as Error).message}`, {
        hint: "use a regular expression with a group named 'version', e.g. ^v?(?P<version>\\d+(?:\\.\\d+)*)$",
      });
    }
  };
  const ascii = compile('ascii');
  if (ascii.groups === 0 || (ascii.groups > 1 && !ascii.named.includes('version'))) {
    throw new WheelwrightError(
      'input',
      `${what} '${text}' must contain a single group or a group named 'version' (setuptools_scm: "Expected tag_regex ... to contain a single match group")`,
      { hint: 'wrap the version part in (?P<version>...)' },
    );
  }
  // A pattern with non-ASCII characters could match ASCII text differently under Unicode rules.
  const asciiSafe = /^[\x00-\x7f]*$/.test(body);
  let unicode: RegExp | undefined;
  return {
    source: text,
    key: ascii.groups === 1 ? 1 : 'version',
    regexFor(tag: string): RegExp {
      if (asciiSafe && /^[\x00-\x7f]*$/.test(tag)) return ascii.regex;
      unicode ??= compile('unicode').regex;
      return unicode;
    },
  };
}

export interface ParsedTag {
  /** The version text the regex found (before normalization). */
  versionText: string;
  /** The version, with the tag's `+…` suffix kept when it makes a valid local version. */
  version: Pep440Version;
  /** Why a suffix was dropped (setuptools_scm warns "will be stripped of its suffix"). */
  warning: string | undefined;
  /** The tag's `+…` suffix when it was kept as the local part. */
  suffixKept?: string;
}

/** setuptools_scm: _parse_version_tag → (version, prefix, suffix); undefined when the regex does not match. */
export function matchTag(tag: string, pattern: TagPattern, prefix = ''): { version: string; suffix: string } | undefined {
  const text = prefix !== '' && tag.startsWith(prefix) ? tag.slice(prefix.length) : tag;
  // Python's re.match anchors at the start only: the sticky flag does the same.
  const regex = pattern.regexFor(text);
  regex.lastIndex = 0;
  const match = regex.exec(text);
  if (!match) return undefined;
  const version = pattern.key === 1 ? match[1] : match.groups?.version;
  if (!version) {
    throw new WheelwrightError('config', `the tag_regex "${pattern.source}" matched tag "${tag}", however the matched group has no value`, {
      hint: 'make the version group match the version part of the tag',
    });
  }
  const span = pattern.key === 1 ? match.indices?.[1] : match.indices?.groups?.version;
  const end = span?.[1] ?? match.index + match[0].length;
  return { version, suffix: match[0].slice(end - match.index) };
}

/** setuptools_scm: tag_to_version + meta(): a tag that is not a version fails the whole computation. */
export function tagToVersion(tag: string, pattern: TagPattern, prefix = ''): ParsedTag {
  const found = matchTag(tag, pattern, prefix);
  const failure = () =>
    new WheelwrightError('version', `can't parse a version from tag '${tag}' (tag_regex=${pattern.source}, tag prefix='${prefix}')`, {
      hint: "setuptools_scm fails on this tag too: delete or move the tag, or set input 'tag-regex' / [tool.setuptools_scm] tag.prefix so it is skipped",
    });
  if (!found) throw failure();
  const version = tryParseVersion(found.version);
  if (!version) throw failure();
  if (found.suffix === '') return { versionText: found.version, version, warning: undefined };
  const withSuffix = tryParseVersion(found.version + found.suffix);
  if (withSuffix) return { versionText: found.version, version: withSuffix, warning: undefined, suffixKept: found.suffix };
  return {
    versionText: found.version,
    version,
    warning: `tag '${tag}' will be stripped of its suffix '${found.suffix}'`,
  };
}
