/**
 * What setuptools_scm reads where there is no git work tree (vcs_versioning/_fallback_workdir.py,
 * _backends/_git.py archival_to_version, _fallbacks.py): a `.git_archival.txt` that `git archive` filled
 * in (export-subst), an sdist's PKG-INFO, and the configured constants. Tried in setuptools_scm's order:
 * archival, then PKG-INFO, each nearest to the project first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GitDescription, parseDescribe } from './index';

/** Archival files and PKG-INFO are a few hundred bytes; a larger one is not what we look for. */
const MAX_METADATA_BYTES = 1024 * 1024;

/** The headers of an RFC 822 style file (email.parser.HeaderParser): `Key: value`, continuation lines folded. */
export function readHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    if (/^[ \t]/.test(line) && last !== undefined) {
      headers[last] = `${headers[last]}\n${line}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon);
    // setuptools_scm builds a dict from the headers: a repeated key keeps its last value.
    headers[last] = line.slice(colon + 1).trim();
  }
  return headers;
}

function readSmall(path: string): string | undefined {
  try {
    const buffer = readFileSync(path);
    if (buffer.length > MAX_METADATA_BYTES) return undefined;
    return buffer.toString('utf8');
  } catch {
    return undefined;
  }
}

export type ArchivalAnswer =
  /** `describe-name` (git 2.32+): a tag, distance and node, as `git describe` gives them. */
  | { kind: 'describe'; description: GitDescription }
  /** A tag from `ref-names` on the archived commit: that tag, exactly. */
  | { kind: 'ref'; tag: string }
  /** Only the commit: setuptools_scm's version `0.0` at distance 0. */
  | { kind: 'node'; node: string };

// setuptools_scm: REF_TAG_RE = (?<=\btag: )([^,]+)\b
const REF_TAG = /(?<=\btag: )([^,]+)\b/g;

/**
 * setuptools_scm's archival_to_version, up to the tag parsing: `tagParses` says whether a ref-names tag
 * gives a version (setuptools_scm tries them in order and keeps the first that does).
 */
export function readArchival(dir: string, tagParses: (tag: string) => boolean, warnings: string[]): ArchivalAnswer | undefined {
  const text = readSmall(join(dir, '.git_archival.txt'));
  if (text === undefined) return undefined;
  const data = readHeaders(text);
  const describeName = data['describe-name'] ?? '%(describe';
  if (describeName.includes('%(describe')) warnings.push('git archive did not support describe output');
  else if (describeName !== '') return { kind: 'describe', description: parseDescribe(describeName) };
  for (const match of (data['ref-names'] ?? '').matchAll(REF_TAG)) {
    const tag = match[1] as string;
    if (tagParses(tag)) return { kind: 'ref', tag };
  }
  const node = data.node;
  if (node === undefined) return undefined;
  if (node.toUpperCase().includes('$FORMAT')) {
    warnings.push('unprocessed git archival found (no export subst applied)');
    return undefined;
  }
  return { kind: 'node', node };
}

/** setuptools_scm: parse_pkginfo — PKG-INFO's Version, used verbatim; undefined when absent or UNKNOWN. */
export function readPkgInfoVersion(dir: string): string | undefined {
  const text = readSmall(join(dir, 'PKG-INFO'));
  if (text === undefined) return undefined;
  const version = readHeaders(text).Version;
  return version === undefined || version === 'UNKNOWN' ? undefined : version;
}
