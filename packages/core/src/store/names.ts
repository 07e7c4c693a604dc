import { eq, explain } from '@renovatebot/pep440';
import { normalizeName, parseArtefactFilename } from '../distribution/index';

/**
 * Names as indexes see them: PEP 503 project-name normalization, and the version part of a
 * distribution filename (wheel: PEP 427 / binary distribution format; sdist: `{name}-{version}.tar.gz`).
 */

/** PEP 503: runs of `-`, `_`, `.` become one `-`, lower case. */
export const normalizeProjectName = normalizeName;

export interface FilenameParts {
  /** The distribution name as spelled in the filename. */
  project: string;
  /** The version as spelled in the filename. */
  version: string;
  kind: 'wheel' | 'sdist';
  /** Wheel only: the python tag (`py3`, `cp312`), what the upload API calls `pyversion`. */
  pythonTag?: string;
}

/** The project and version a distribution filename names; undefined when it is not one. */
export function splitArtefactFilename(filename: string): FilenameParts | undefined {
  try {
    const parsed = parseArtefactFilename(filename);
    const parts: FilenameParts = { project: parsed.distribution, version: parsed.rawVersion, kind: parsed.kind };
    if (parsed.pythonTags) parts.pythonTag = parsed.pythonTags.join('.');
    return parts;
  } catch {
    return undefined;
  }
}

/** True when `filename` is a distribution of `project` (names compared normalized). */
export function belongsTo(filename: string, project: string): boolean {
  const parts = splitArtefactFilename(filename);
  return parts !== undefined && normalizeProjectName(parts.project) === normalizeProjectName(project);
}

/** PEP 440 versions compared as indexes do: equal when they normalize alike (`1.0rc1` = `1.0.0-RC1`, local part included). */
export function sameVersion(a: string, b: string): boolean {
  if (a === b) return true;
  const left = explain(a);
  const right = explain(b);
  if (!left || !right) return a.toLowerCase() === b.toLowerCase();
  return eq(a, b) && (left.local ?? '').toLowerCase() === (right.local ?? '').toLowerCase();
}

/** The local part of a version (`+g1abc`), or undefined. */
export function localPart(version: string): string | undefined {
  return explain(version)?.local ?? undefined;
}
