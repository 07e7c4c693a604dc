/**
 * The project folder pep440-version reads, checked before anything is read from it: it exists, and it
 * holds a project or needs none. No TOML parser and no git here, so a front end answers a wrong path
 * before it loads the version computation (which runs the same check first).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { InputError, type WheelwrightError } from '../errors/index';
import type { VersionOptions } from './index';

const PROJECT_FILES = ['pyproject.toml', 'setup.cfg', 'setup.py'] as const;

/** True when `dir` holds a file a Python build reads (pyproject.toml, setup.cfg or setup.py). */
export function isProjectDir(dir: string): boolean {
  return PROJECT_FILES.some((name) => existsSync(join(dir, name)));
}

/** The nearest folder above `dir` (not `dir` itself) that holds a project, or undefined. */
export function nearestProjectAbove(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
    if (isProjectDir(current)) return current;
  }
}

/**
 * Checks the folder the user named: it must exist and be a folder. `what` names it in the front end's
 * words (input 'path', --path).
 */
export function checkProjectPath(path: string, what: string): string {
  const dir = resolve(path);
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) {
    throw new InputError(`${what} '${path}' does not exist`, {
      hint: 'point it at the folder holding pyproject.toml (relative to the workspace), after checking the repository out',
    });
  }
  if (!stat.isDirectory()) {
    throw new InputError(`${what} '${path}' is a file, not a folder`, { hint: 'point it at the folder holding pyproject.toml' });
  }
  return dir;
}

/** The error for a folder that holds no project, naming the nearest one above it. */
export function noProjectError(dir: string, what: string): WheelwrightError {
  const above = nearestProjectAbove(dir);
  // The hint names the folder the way the path is given: relative to the working folder (the workspace).
  const fromHere = above === undefined ? '' : relative(process.cwd(), above);
  const shown = fromHere === '' ? '.' : fromHere.startsWith('..') ? (above as string) : fromHere;
  return new InputError(
    `${what} '${dir}' holds no Python project (no pyproject.toml, setup.cfg or setup.py)${
      above === undefined ? ', and no folder above it does' : `; the nearest project folder above it is ${above}`
    }`,
    {
      hint: above === undefined ? 'point it at the folder holding pyproject.toml' : `set it to '${shown}', the folder holding the project`,
    },
  );
}

/** A git top level, or an unpacked archive or sdist: setuptools_scm reads those without a project file. */
export function readsWithoutProjectFile(dir: string): boolean {
  return existsSync(join(dir, '.git')) || existsSync(join(dir, '.git_archival.txt')) || existsSync(join(dir, 'PKG-INFO'));
}

/** A version given explicitly (input or setuptools_scm's pretend variables) needs no project file. */
export function versionGivenExplicitly(options: { fallbackVersion?: string; pretendVersion?: string }, env: NodeJS.ProcessEnv): boolean {
  return (
    Boolean(options.fallbackVersion || options.pretendVersion) ||
    Object.keys(env).some((key) => /^(SETUPTOOLS_SCM|VCS_VERSIONING)_PRETEND_VERSION/.test(key))
  );
}

/**
 * The folder's checks in the order the computation meets them: it must exist and be a folder, and hold a
 * project file unless it needs none. Returns the folder (absolute). `pathWhat` names the path as the front
 * end does (input 'path', --path).
 */
export function checkVersionProject(
  options: Pick<VersionOptions, 'path' | 'pathWhat' | 'fallbackVersion' | 'pretendVersion' | 'env'>,
): string {
  const what = options.pathWhat ?? "input 'path'";
  const dir = checkProjectPath(options.path || '.', what);
  if (!isProjectDir(dir) && !readsWithoutProjectFile(dir) && !versionGivenExplicitly(options, options.env ?? process.env)) {
    throw noProjectError(dir, what);
  }
  return dir;
}
