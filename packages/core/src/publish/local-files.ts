/**
 * The files publish takes when no manifest is given, as far as they can be judged without the glob engine:
 * when no pattern's literal folder exists, nothing can match. Kept apart from the stores, HTTP and the
 * globbing, so the action answers an empty workspace (the default `dist/*` with nothing built) before it
 * loads them; publishRelease globs for real and gives the same answer.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors/index';

// Characters that make a path segment a pattern (picomatch's glob syntax, negation and escapes included).
const GLOB_SEGMENT = /[*?[\]{}()!+@\\]/;

/** The patterns publish globs: the given ones, blank lines dropped; `dist/*` when none are given. */
export function filePatterns(files: readonly string[] | undefined): string[] {
  return (files ?? ['dist/*']).filter((pattern) => pattern.trim() !== '');
}

/** The answer when nothing publishable matches the patterns. */
export function noArtefactsError(patterns: readonly string[], workspace: string): InputError {
  return new InputError(`no wheel or sdist matches files '${patterns.join(', ')}' in ${workspace}`, {
    hint: "build first (build-wheel), or pass its manifest output as input 'manifest'",
  });
}

/**
 * Throws noArtefactsError when no file can match: every pattern is positive and the folder its literal
 * leading segments name does not exist. Anything else is left to the glob.
 */
export function checkFilePatterns(options: { manifest?: string; files?: readonly string[]; workspace?: string }): void {
  if (options.manifest) return;
  const workspace = resolve(options.workspace ?? process.cwd());
  const patterns = filePatterns(options.files);
  const bases = patterns.map((pattern) => {
    if (pattern.startsWith('!')) return undefined;
    const literal: string[] = [];
    for (const segment of pattern.split('/')) {
      if (GLOB_SEGMENT.test(segment)) break;
      literal.push(segment);
    }
    // A pattern without glob syntax names a file itself: its folder is what must exist.
    if (literal.length === pattern.split('/').length) literal.pop();
    return literal.join('/');
  });
  if (bases.every((base) => base !== undefined && base !== '' && !existsSync(resolve(workspace, base)))) {
    throw noArtefactsError(patterns, workspace);
  }
}
