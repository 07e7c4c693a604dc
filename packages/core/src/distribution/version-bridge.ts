/**
 * The few PEP 440 operations dist and build need, over the project's own `pep440` module, kept in one
 * place so callers do not care which parser sits underneath.
 */
import type { VersionKind } from '../manifest/index';
import {
  classifyVersion as classify,
  compareVersions,
  isValidVersion,
  normalizeVersion as normalize,
  tryParseVersion,
} from '../pep440/index';

/** PEP 440 normal form (`1.0-1` → `1.0.post1`, `1.0RC1` → `1.0rc1`), or undefined when not a version. */
export function normalizeVersion(version: string): string | undefined {
  const text = version.trim();
  return isValidVersion(text) ? normalize(text) : undefined;
}

/**
 * PEP 440 equality, as packaging's `Version.__eq__` and the indexes see it: `1.0 == 1.0.0` (zero padding),
 * `0!1.0 == 1.0`, `1.0RC1 == 1.0rc1`, `1.0+Ubuntu-1 == 1.0+ubuntu.1`; a post-release (`1.0.post0`) or a
 * local part makes a different version. Texts that are not versions are equal only when identical.
 */
export function sameVersion(a: string, b: string): boolean {
  const left = tryParseVersion(a.trim());
  const right = tryParseVersion(b.trim());
  return left !== undefined && right !== undefined ? compareVersions(left, right) === 0 : a === b;
}

/** The release kind the manifest records: a local part wins, then dev, pre, post, else final. */
export function classifyVersion(version: string): VersionKind {
  return isValidVersion(version) ? classify(version).kind : 'final';
}
