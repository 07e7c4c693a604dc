import { isAbsolute, resolve } from 'node:path';
import { type ReleaseIndexes, resolveIndexes } from '../channels/index';
import type { VersionOptions } from '../version/index';
import type { FrontEndContext } from './context';
import { OptionReader, type OptionSource } from './options';

/** pep440-version's options, from its action.yml inputs. */
export function readVersionOptions(source: OptionSource, context: FrontEndContext): VersionOptions {
  const i = new OptionReader(source);
  return {
    path: resolve(context.workspace, i.text('path') || '.'),
    versionScheme: i.text('version-scheme'),
    localScheme: i.text('local-scheme'),
    tagRegex: i.text('tag-regex'),
    fallbackVersion: i.text('fallback-version'),
    pretendVersion: i.text('pretend-version'),
    distName: i.text('dist-name'),
    fetchTags: i.bool('fetch-tags', true),
    exportEnv: i.bool('export-env', false),
    failOnDirty: i.bool('fail-on-dirty', false),
    env: context.env,
    githubRef: context.ref,
    // The path's errors name it as the front end does (`input 'path'`, `option '--path'`).
    pathWhat: source.label('path'),
  };
}

/**
 * Where the release's indexes are (pep440-version's store inputs, read at the first step of the workflow so
 * later jobs get them as outputs). `ownStore` is the front end's file store, used when no store is named
 * and by a run that publishes nothing; a relative folder store is the workspace's.
 */
export function readIndexes(
  source: OptionSource,
  context: FrontEndContext,
  run: { pullRequest: boolean; ownStore: string },
): ReleaseIndexes {
  const i = new OptionReader(source);
  const store = i.text('store');
  return resolveIndexes(
    {
      store: store === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(store) || isAbsolute(store) ? store : resolve(context.workspace, store),
      names: { unstable: i.text('unstable-index'), testing: i.text('testing-index'), stable: i.text('stable-index') },
      urls: { unstable: i.text('unstable-url'), testing: i.text('testing-url'), stable: i.text('stable-url') },
      publish: i.bool('publish', true),
      pullRequest: run.pullRequest,
    },
    { defaultStore: run.ownStore, temporaryStore: run.ownStore },
  );
}
