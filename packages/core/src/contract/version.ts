import { resolve } from 'node:path';
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
