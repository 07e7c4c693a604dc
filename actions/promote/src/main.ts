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
import { readPromoteOptions } from '@wheelwright/core/contract';
import { promoteOutputs, promoteRelease, promoteSummaryMarkdown } from '@wheelwright/core/promote';

export function run(): Promise<void> {
  return runAction(async () => {
    const { options, secrets } = readPromoteOptions(runnerInputs, runnerContext());
    maskAll(secrets);
    // Core reports every form of every credential (inside from/to URLs too) before it does anything.
    const result = await promoteRelease({ ...options, onSecret: setSecret }, actionLogger);
    setOutputs(promoteOutputs(result));
    await appendSummary(promoteSummaryMarkdown(result));
  });
}
