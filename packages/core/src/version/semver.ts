/**
 * The SemVer 2.0 rendering of a PEP 440 version, for container images and npm artefacts built beside
 * the wheel. Only `semver/functions/valid` is loaded (the whole package costs start-up time).
 *
 * Mapping: release padded/truncated to MAJOR.MINOR.PATCH; pre-release `a1`/`b1`/`rc1` → `-a.1`/`-b.1`/
 * `-rc.1` (SemVer orders a < b < rc like PEP 440); `.devN` → `-dev.N` (or `.dev.N` after a pre-release);
 * post-release, extra release parts, epoch and local segments go to build metadata, which SemVer ignores
 * for precedence (a post-release cannot be expressed as higher than its release without lying).
 */
import valid from 'semver/functions/valid';
import type { Pep440Version } from '../pep440/index';

export function toSemver(version: Pep440Version): string {
  const [major = 0n, minor = 0n, patch = 0n, ...rest] = version.release;
  let text = `${major}.${minor}.${patch}`;
  const pre: string[] = [];
  if (version.pre) pre.push(version.pre[0], String(version.pre[1]));
  if (version.dev !== undefined) pre.push('dev', String(version.dev));
  if (pre.length > 0) text += `-${pre.join('.')}`;
  const build: string[] = [];
  if (version.post !== undefined) build.push('post', String(version.post));
  if (rest.length > 0) build.push('release', ...rest.map(String));
  if (version.epoch !== 0n) build.push('epoch', String(version.epoch));
  if (version.local) build.push(...version.local.map(String));
  if (build.length > 0) text += `+${build.join('.')}`;
  // The semver package also rejects numbers beyond Number.MAX_SAFE_INTEGER; such versions get no rendering.
  // `valid` returns the version without build metadata, so it only checks; we keep our text.
  return valid(text) === null ? '' : text;
}
