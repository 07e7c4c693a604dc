import {
  actionLogger,
  appendSummary,
  error,
  getChoiceInput,
  getInput,
  getMultilineInput,
  runAction,
  setOutput,
} from '@wheelwright/action-io';
import {
  assertTestsPassed,
  type CleanEnvTestOptions,
  cleanEnvSummaryMarkdown,
  cleanEnvTestOutputs,
  testRelease,
} from '@wheelwright/core/clean-env';
import { resolveInstaller } from '@wheelwright/core/venv';

/** URLs and folders, one per line or separated by spaces. */
function listInput(name: string): string[] {
  return getMultilineInput(name)
    .flatMap((line) => line.split(/\s+/))
    .filter((item) => item !== '');
}

async function readInputs(): Promise<CleanEnvTestOptions> {
  const extras = getInput('extras');
  const python = getInput('python');
  const manifest = getInput('manifest');
  const packageName = getInput('package');
  const version = getInput('version');
  const indexUrl = getInput('index-url');
  const testRequirements = getInput('test-requirements');
  return {
    ...(manifest ? { manifest } : {}),
    ...(packageName ? { package: packageName } : {}),
    ...(version ? { version } : {}),
    ...(indexUrl ? { indexUrl } : {}),
    extraIndexUrl: listInput('extra-index-url'),
    findLinks: listInput('find-links'),
    ...(extras
      ? {
          extras: extras
            .split(',')
            .map((e) => e.trim())
            .filter((e) => e !== ''),
        }
      : {}),
    ...(testRequirements ? { testRequirements } : {}),
    tests: getInput('tests') || 'tests',
    ...(python ? { python } : {}),
    pytestArgs: getMultilineInput('pytest-args'),
    installer: await resolveInstaller(getChoiceInput('installer', ['pip', 'uv', 'auto'] as const)),
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: process.env.RUNNER_TEMP || (await import('node:os')).tmpdir(),
    ...(process.env.RUNNER_OS ? { os: process.env.RUNNER_OS } : {}),
  };
}

export function run(): Promise<void> {
  return runAction(async () => {
    const options = await readInputs();
    const result = await testRelease(options, actionLogger);
    for (const [name, value] of Object.entries(cleanEnvTestOutputs(result))) setOutput(name, value);
    for (const failure of result.failures) {
      error(failure.message, {
        title: failure.title,
        ...(failure.file ? { file: failure.file } : {}),
        ...(failure.line ? { line: failure.line } : {}),
      });
    }
    appendSummary(cleanEnvSummaryMarkdown(result));
    assertTestsPassed(result);
  });
}
