/**
 * The docs inputs (docs, docs-path, docs-failure) and their parsers, apart from the Sphinx build: the
 * contract reader needs them before the action loads anything heavy, and the build's module pulls in the
 * venv, the process runner and the zip writer.
 */
import { InputError } from '../errors/index';

export type DocsMode = 'auto' | 'true' | 'false';
export type DocsFailure = 'error' | 'warning';

export interface DocsOptions {
  /** `auto` (default): build when `<path>/conf.py` exists; `true`: it must; `false`: never. */
  mode?: DocsMode;
  /** The Sphinx source folder relative to the project (default `docs`). */
  path?: string;
  /** A failed docs build fails the build (`error`, default) or is reported and recorded (`warning`). */
  onFailure?: DocsFailure;
  /** The index pip installs Sphinx and the package's dependencies from; empty: pip's own configuration. */
  indexUrl?: string;
}

export function parseDocsMode(value: string | undefined, input = 'docs'): DocsMode {
  const mode = (value ?? '').trim().toLowerCase() || 'auto';
  if (mode !== 'auto' && mode !== 'true' && mode !== 'false')
    throw new InputError(`input '${input}' must be auto, true or false, got '${value}'`, {
      hint: 'auto builds the Sphinx docs when the docs folder has a conf.py',
    });
  return mode;
}

export function parseDocsFailure(value: string | undefined, input = 'docs-failure'): DocsFailure {
  const failure = (value ?? '').trim().toLowerCase() || 'error';
  if (failure !== 'error' && failure !== 'warning')
    throw new InputError(`input '${input}' must be error or warning, got '${value}'`, {
      hint: 'warning records a failed docs build in the manifest and the summary without failing the build',
    });
  return failure;
}
