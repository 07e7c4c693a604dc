/**
 * Project names as every Python packaging tool compares them. No imports: the version action's start-up
 * path uses this too.
 */

/** PEP 503 normalization (also PEP 685 for extras): runs of `-`, `_`, `.` become one `-`, lower case. */
export function normalizeProjectName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** The distribution component a wheel or PEP 625 sdist filename carries for `name` (PEP 491 escaping). */
export function escapeName(name: string): string {
  return name.replace(/[-_.]+/g, '_').toLowerCase();
}

// Core metadata spec: names are ASCII letters, digits, `.`, `_`, `-`, starting and ending alphanumeric.
const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

/** A valid project name; nothing else (no separator, control character or `..` on its own) passes. */
export function isValidName(name: string): boolean {
  return VALID_NAME.test(name);
}
