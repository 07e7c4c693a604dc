import { actionLogger, appendSummary, exportVariable, getBooleanInput, getInput, runAction, setOutputs } from '@wheelwright/action-io';
import { computeVersion, summaryMarkdown, versionOutputs } from '@wheelwright/core/version';

export function run(): Promise<void> {
  return runAction(async () => {
    const result = await computeVersion(
      {
        path: getInput('path') || '.',
        versionScheme: getInput('version-scheme'),
        localScheme: getInput('local-scheme'),
        tagRegex: getInput('tag-regex'),
        fallbackVersion: getInput('fallback-version'),
        pretendVersion: getInput('pretend-version'),
        distName: getInput('dist-name'),
        fetchTags: getBooleanInput('fetch-tags', true),
        exportEnv: getBooleanInput('export-env', false),
        failOnDirty: getBooleanInput('fail-on-dirty', false),
        env: process.env,
        githubRef: process.env.GITHUB_REF ?? '',
      },
      actionLogger,
    );
    setOutputs(versionOutputs(result));
    for (const [name, value] of Object.entries(result.exportVariables)) exportVariable(name, value);
    actionLogger.info(`Version ${result.version} (${result.classification.kind}, channel ${result.classification.channel})`);
    appendSummary(summaryMarkdown(result));
  });
}
