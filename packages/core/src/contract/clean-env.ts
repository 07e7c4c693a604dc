import type { CleanEnvTestOptions } from '../clean-env/index';
import { resolveInstaller } from '../venv/index';
import { type FrontEndContext, urlSecrets } from './context';
import { OptionReader, type OptionSource } from './options';
import { shellWords } from './words';

/** clean-env-test's options, and the secrets in them (URL credentials) to mask at once. */
export async function readCleanEnvOptions(
  source: OptionSource,
  context: FrontEndContext,
): Promise<{ options: CleanEnvTestOptions; secrets: string[] }> {
  const i = new OptionReader(source);
  const indexUrl = i.text('index-url');
  const extraIndexUrl = i.list('extra-index-url');
  const findLinks = i.list('find-links');
  const extras = i.commaList('extras');
  const python = i.text('python');
  const manifest = i.text('manifest');
  const packageName = i.text('package');
  const version = i.text('version');
  const testRequirements = i.text('test-requirements');
  const installer = i.choice('installer', ['pip', 'uv', 'auto'] as const);
  return {
    secrets: [indexUrl, ...extraIndexUrl, ...findLinks].flatMap(urlSecrets),
    options: {
      ...(manifest ? { manifest } : {}),
      ...(packageName ? { package: packageName } : {}),
      ...(version ? { version } : {}),
      ...(indexUrl ? { indexUrl } : {}),
      extraIndexUrl,
      findLinks,
      ...(extras.length > 0 ? { extras } : {}),
      ...(testRequirements ? { testRequirements } : {}),
      testDependencies: i.text('test-dependencies') || 'auto',
      testsFrom: i.choice('tests-from', ['checkout', 'copy'] as const),
      // Empty: pytest's configured testpaths, else tests/ or test/ (resolveTestPaths).
      tests: i.text('tests'),
      ...(python ? { python } : {}),
      pytestArgs: shellWords(i, 'pytest-args'),
      installer: await resolveInstaller(installer, context.env),
      workspace: context.workspace,
      tempDir: context.tempDir,
      ...(context.os ? { os: context.os } : {}),
      ...(context.resultsDir ? { resultsDir: context.resultsDir } : {}),
      keepTemp: context.keepTemp === true,
      env: context.env,
    },
  };
}
