import {
  actionLogger,
  appendSummary,
  maskAll,
  runAction,
  runnerContext,
  runnerInputs,
  setOutputs,
  setSecret,
} from '@wheelwright/action-io';
import { idTokenFor } from '@wheelwright/action-io/oidc';
import { readPublishOptions } from '@wheelwright/core/contract';
import { checkFilePatterns } from '@wheelwright/core/publish';

export function run(): Promise<void> {
  return runAction(async () => {
    const { options, secrets } = readPublishOptions(runnerInputs, runnerContext());
    maskAll(secrets);
    // The stores, HTTP, archive readers and the glob engine load only once the options are sound and a file
    // can match (bench/cold-start.mjs).
    checkFilePatterns(options);
    const { publishedLine, publishOutputs, publishRelease, summaryMarkdown } = await import('@wheelwright/core/publish');
    const result = await publishRelease({ ...options, onSecret: setSecret, idToken: idTokenFor }, actionLogger);
    setOutputs(publishOutputs(result));
    actionLogger.info(publishedLine(result));
    await appendSummary(summaryMarkdown(result));
  });
}
