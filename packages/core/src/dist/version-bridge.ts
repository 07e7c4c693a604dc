/**
 * The few PEP 440 operations dist and build need, in one place so they can switch to
 * `@wheelwright/core/pep440` (the project's own module) without touching their callers.
 */
import { clean } from '@renovatebot/pep440';
import type { VersionKind } from '../manifest/index';

/** PEP 440 normal form (`1.0-1` → `1.0.post1`, `1.0RC1` → `1.0rc1`), or undefined when not a version. */
export function normalizeVersion(version: string): string | undefined {
  return clean(version.trim()) ?? undefined;
}

/** Equal as PEP 440 versions (so `1.0.0rc1` equals `1.0.0-rc.1`); falls back to string equality. */
export function sameVersion(a: string, b: string): boolean {
  const left = normalizeVersion(a);
  const right = normalizeVersion(b);
  return left !== undefined && right !== undefined ? left === right : a === b;
}

/** The release kind the manifest records: a local part wins, then dev, pre, post, else final. */
export function classifyVersion(version: string): VersionKind {
  const normal = normalizeVersion(version) ?? version;
  if (normal.includes('+')) return 'local';
  if (/\.dev\d+$/.test(normal)) return 'dev';
  if (/(a|b|rc)\d+/.test(normal.replace(/\.post\d+/, ''))) return 'pre';
  if (/\.post\d+/.test(normal)) return 'post';
  return 'final';
}
