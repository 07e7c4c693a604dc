import {
  actionLogger,
  annotateError,
  appendSummary,
  maskAll,
  runAction,
  runnerContext,
  runnerInputs,
  setOutputs,
} from '@wheelwright/action-io';
import { toolCachePython } from '@wheelwright/action-io/tool-cache';
import { checkTestTarget } from '@wheelwright/core/clean-env';
import { readCleanEnvOptions } from '@wheelwright/core/contract';

export function run(): Promise<void> {
  return runAction(async () => {
    const { options, secrets } = await readCleanEnvOptions(runnerInputs, runnerContext());
    maskAll(secrets);
    checkTestTarget(options);
    if (options.python) options.python = await toolCachePython(options.python);
    // The installer, the stores and the report readers load only once the options are sound (bench/cold-start.mjs).
    const { assertTestsPassed, cleanEnvSummaryMarkdown, cleanEnvTestOutputs, testRelease } = await import('@wheelwright/core/clean-env');
    const result = await testRelease(options, actionLogger);
    setOutputs(cleanEnvTestOutputs(result));
    // One annotation per failing test, on its file and line in the checkout.
    for (const failure of result.failures) {
      annotateError(failure.message, {
        title: failure.title,
        ...(failure.file ? { file: failure.file } : {}),
        ...(failure.line ? { startLine: failure.line } : {}),
      });
    }
    await appendSummary(cleanEnvSummaryMarkdown(result));
    assertTestsPassed(result);
  });
}
