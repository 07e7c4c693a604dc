import { actionLogger, appendSummary, getInput, runAction, setOutput } from '@wheelwright/action-io';
import { InputError } from '@wheelwright/core/errors';
import { LAYOUTS, type Layout, type ScaffoldOptions, scaffoldOutputs, scaffoldProject, summaryMarkdown } from '@wheelwright/core/scaffold';

/** An optional boolean: empty means "the recorded value on update, else the default". */
function optionalBoolean(name: string): boolean | undefined {
  const value = getInput(name);
  if (value === '') return undefined;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input '${name}' must be true or false, got '${value}'`);
}

function optionalString(name: string): string | undefined {
  return getInput(name) || undefined;
}

function readInputs(): ScaffoldOptions {
  const layout = optionalString('layout');
  if (layout !== undefined && !(LAYOUTS as readonly string[]).includes(layout)) {
    throw new InputError(`input 'layout' must be one of ${LAYOUTS.join(', ')}, got '${layout}'`);
  }
  return {
    name: optionalString('name'),
    path: optionalString('path'),
    package: optionalString('package'),
    description: optionalString('description'),
    url: optionalString('url'),
    license: optionalString('license'),
    author: optionalString('author'),
    email: optionalString('email'),
    pythonRequires: optionalString('python-requires'),
    namespace: optionalString('namespace'),
    markdown: optionalBoolean('markdown'),
    layout: layout as Layout | undefined,
    tests: optionalBoolean('tests'),
    docs: optionalBoolean('docs'),
    tox: optionalBoolean('tox'),
    preCommit: optionalBoolean('pre-commit'),
    githubActions: optionalBoolean('github-actions'),
    gitlabCi: optionalBoolean('gitlab-ci'),
    update: optionalBoolean('update') ?? false,
    force: optionalBoolean('force') ?? false,
    dryRun: optionalBoolean('dry-run') ?? false,
    cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
  };
}

export function run(): Promise<void> {
  return runAction(async () => {
    const result = await scaffoldProject(readInputs(), actionLogger);
    for (const [name, value] of Object.entries(scaffoldOutputs(result))) setOutput(name, value);
    appendSummary(summaryMarkdown(result));
  });
}
