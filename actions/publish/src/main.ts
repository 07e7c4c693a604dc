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
import { publishedLine, publishOutputs, publishRelease, summaryMarkdown } from '@wheelwright/core/publish';

export function run(): Promise<void> {
  return runAction(async () => {
    const { options, secrets } = readPublishOptions(runnerInputs, runnerContext());
    maskAll(secrets);
    const result = await publishRelease({ ...options, onSecret: setSecret, idToken: idTokenFor }, actionLogger);
    setOutputs(publishOutputs(result));
    actionLogger.info(publishedLine(result));
    await appendSummary(summaryMarkdown(result));
  });
}
