import {
  actionLogger,
  appendSummary,
  error,
  getChoiceInput,
  getInput,
  getMultilineInput,
  runAction,
  setOutput,
  setSecret,
} from '@wheelwright/action-io';
import {
  assertTestsPassed,
  type CleanEnvTestOptions,
  cleanEnvSummaryMarkdown,
  cleanEnvTestOutputs,
  testRelease,
} from '@wheelwright/core/clean-env';
import { urlCredentials } from '@wheelwright/core/http';
import { resolveInstaller } from '@wheelwright/core/venv';

/** Masks every form of a URL's credentials (`https://user:secret@host/…`) the moment the input is read. */
function maskUrlPassword(url: string): void {
  for (const secret of urlCredentials(url)?.secrets ?? []) setSecret(secret);
}

/** URLs and folders, one per line or separated by spaces. */
function listInput(name: string): string[] {
  const items = getMultilineInput(name)
    .flatMap((line) => line.split(/\s+/))
    .filter((item) => item !== '');
  items.forEach(maskUrlPassword);
  return items;
}

async function readInputs(): Promise<CleanEnvTestOptions> {
  const indexUrl = getInput('index-url');
  maskUrlPassword(indexUrl);
  const extras = getInput('extras');
  const python = getInput('python');
  const manifest = getInput('manifest');
  const packageName = getInput('package');
  const version = getInput('version');
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
            .map((extra) => extra.trim())
            .filter((extra) => extra !== ''),
        }
      : {}),
    ...(testRequirements ? { testRequirements } : {}),
    testDependencies: getInput('test-dependencies') || 'auto',
    testsFrom: getChoiceInput('tests-from', ['checkout', 'copy'] as const),
    tests: getInput('tests') || 'tests',
    ...(python ? { python } : {}),
    pytestArgs: getMultilineInput('pytest-args'),
    installer: await resolveInstaller(getChoiceInput('installer', ['pip', 'uv', 'auto'] as const)),
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: process.env.RUNNER_TEMP || (await import('node:os')).tmpdir(),
    // The JUnit XML and the freeze outlive the step (outputs); the runner empties RUNNER_TEMP after the job.
    ...(process.env.RUNNER_TEMP ? { resultsDir: process.env.RUNNER_TEMP } : {}),
    // Step debug logging keeps the work folder (venv, downloads) and says where.
    keepTemp: process.env.RUNNER_DEBUG === '1',
    ...(process.env.RUNNER_OS ? { os: process.env.RUNNER_OS } : {}),
  };
}

export function run(): Promise<void> {
  return runAction(async () => {
    const options = await readInputs();
    const result = await testRelease(options, actionLogger);
    for (const [name, value] of Object.entries(cleanEnvTestOutputs(result))) setOutput(name, value);
    // One annotation per failing test, on its file and line in the checkout.
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
