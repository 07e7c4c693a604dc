import { join } from 'node:path';
import {
  actionLogger,
  appendSummary,
  error,
  getBooleanInput,
  getInput,
  getMultilineInput,
  runAction,
  setOutput,
  setSecret,
} from '@wheelwright/action-io';
import {
  type BuildOptions,
  buildOutputs,
  buildRelease,
  buildSummaryMarkdown,
  InspectionError,
  inspectionFailureMarkdown,
} from '@wheelwright/core/build';
import { formatFinding } from '@wheelwright/core/distribution';
import { parseDocsFailure, parseDocsMode } from '@wheelwright/core/docs';
import { urlCredentials } from '@wheelwright/core/http';

function readInputs(): BuildOptions {
  const indexUrl = getInput('index-url');
  // The password of https://user:password@host/simple must never reach a log line.
  for (const secret of urlCredentials(indexUrl)?.secrets ?? []) setSecret(secret);
  return {
    path: getInput('path') || '.',
    python: getInput('python'),
    outputDir: getInput('output-dir') || 'dist',
    sdist: getBooleanInput('sdist', true),
    wheel: getBooleanInput('wheel', true),
    isolation: getBooleanInput('isolation', true),
    skipDependencyCheck: getBooleanInput('skip-dependency-check', false),
    configSettings: getMultilineInput('config-settings'),
    version: getInput('version'),
    sourceDateEpoch: getInput('source-date-epoch'),
    strict: getBooleanInput('strict', true),
    indexUrl,
    toolsCacheDir:
      getInput('tools-cache') || (process.env.RUNNER_TOOL_CACHE ? join(process.env.RUNNER_TOOL_CACHE, 'wheelwright-tools') : ''),
    ...(process.env.RUNNER_TEMP ? { tempDir: process.env.RUNNER_TEMP } : {}),
    docs: { mode: parseDocsMode(getInput('docs')), path: getInput('docs-path'), onFailure: parseDocsFailure(getInput('docs-failure')) },
  };
}

export function run(): Promise<void> {
  return runAction(async () => {
    const options = readInputs();
    try {
      const result = await buildRelease(options, actionLogger);
      for (const [name, value] of Object.entries(buildOutputs(result))) setOutput(name, value);
      appendSummary(buildSummaryMarkdown(result));
    } catch (caught) {
      // One annotation per finding, so every broken rule shows on the run page; runAction fails the step.
      if (caught instanceof InspectionError) {
        for (const finding of caught.findings.slice(1)) error(formatFinding(finding, 20));
        appendSummary(inspectionFailureMarkdown(caught.findings));
      }
      throw caught;
    }
  });
}
