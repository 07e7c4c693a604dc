import { normalizeProjectName, parseDistributionFilename, sameVersion } from '../distribution/index';
import { tryParseVersion } from '../pep440/index';

/**
 * Names as indexes see them: PEP 503 project-name normalization, and the parts of a distribution
 * filename (wheel: PEP 427; sdist: PEP 625).
 */
export { normalizeProjectName, sameVersion };

export interface FilenameParts {
  /** The distribution name as spelled in the filename. */
  project: string;
  /** The version as spelled in the filename. */
  version: string;
  kind: 'wheel' | 'sdist';
  /** Wheel only: the python tag (`py3`, `cp312`), what the upload API calls `pyversion`. */
  pythonTag?: string;
}

/**
 * The project and version a distribution filename names; undefined when it is not one in full (the
 * wheel/sdist grammar with a PEP 440 version; no directory part, no character a filename cannot have).
 */
export function splitArtefactFilename(filename: string): FilenameParts | undefined {
  try {
    const parsed = parseDistributionFilename(filename);
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

/** The local part of a version (`+g1abc`), or undefined. */
export function localPart(version: string): string | undefined {
  return tryParseVersion(version)?.local?.join('.');
}
