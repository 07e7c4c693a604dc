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

export function run(): Promise<void> {
  return runAction(async () => {
    const { options, secrets } = readPromoteOptions(runnerInputs, runnerContext());
    maskAll(secrets);
    // The stores, HTTP and archive readers load only once the options are sound (bench/cold-start.mjs).
    const { promoteOutputs, promoteRelease, promoteSummaryMarkdown } = await import('@wheelwright/core/promote');
    // Core reports every form of every credential (inside from/to URLs too) before it does anything.
    const result = await promoteRelease({ ...options, onSecret: setSecret }, actionLogger);
    setOutputs(promoteOutputs(result));
    await appendSummary(promoteSummaryMarkdown(result));
  });
}
