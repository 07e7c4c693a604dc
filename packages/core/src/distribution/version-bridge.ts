/**
 * The few PEP 440 operations dist and build need, over the project's own `pep440` module, kept in one
 * place so callers do not care which parser sits underneath.
 */
import type { VersionKind } from '../manifest/index';
import { classifyVersion as classify, isValidVersion, normalizeVersion as normalize } from '../pep440/index';

/** PEP 440 normal form (`1.0-1` → `1.0.post1`, `1.0RC1` → `1.0rc1`), or undefined when not a version. */
export function normalizeVersion(version: string): string | undefined {
  const text = version.trim();
  return isValidVersion(text) ? normalize(text) : undefined;
}

/** Equal as PEP 440 versions (so `1.0.0rc1` equals `1.0.0-rc.1`); falls back to string equality. */
export function sameVersion(a: string, b: string): boolean {
  const left = normalizeVersion(a);
  const right = normalizeVersion(b);
  return left !== undefined && right !== undefined ? left === right : a === b;
}

/** The release kind the manifest records: a local part wins, then dev, pre, post, else final. */
export function classifyVersion(version: string): VersionKind {
  return isValidVersion(version) ? classify(version).kind : 'final';
}
