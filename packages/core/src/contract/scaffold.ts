import { LAYOUTS, type ScaffoldOptions } from '../scaffold/index';
import type { FrontEndContext } from './context';
import { OptionReader, type OptionSource } from './options';

/**
 * scaffold's options. Its switches are optional: empty means "the value recorded on update, else the
 * default", so the CLI offers them as --x / --no-x with no default.
 */
export const SCAFFOLD_OPTIONAL_SWITCHES = [
  'markdown',
  'tests',
  'docs',
  'tox',
  'pre-commit',
  'github-actions',
  'gitlab-ci',
  'update',
  'force',
  'dry-run',
] as const;

export function readScaffoldOptions(source: OptionSource, context: FrontEndContext): ScaffoldOptions {
  const i = new OptionReader(source);
  return {
    name: i.optional('name'),
    path: i.optional('path'),
    package: i.optional('package'),
    description: i.optional('description'),
    url: i.optional('url'),
    license: i.optional('license'),
    author: i.optional('author'),
    email: i.optional('email'),
    pythonRequires: i.optional('python-requires'),
    namespace: i.optional('namespace'),
    markdown: i.optionalBool('markdown'),
    layout: i.optionalChoice('layout', LAYOUTS),
    tests: i.optionalBool('tests'),
    docs: i.optionalBool('docs'),
    tox: i.optionalBool('tox'),
    preCommit: i.optionalBool('pre-commit'),
    githubActions: i.optionalBool('github-actions'),
    gitlabCi: i.optionalBool('gitlab-ci'),
    update: i.bool('update', false),
    force: i.bool('force', false),
    dryRun: i.bool('dry-run', false),
    cwd: context.workspace,
  };
}
