import {
  actionLogger,
  appendSummary,
  maskAll,
  notice,
  runAction,
  runnerContext,
  runnerInputs,
  setOutputs,
  setSecret,
} from '@wheelwright/action-io';
import { readPromoteOptions } from '@wheelwright/core/contract';

export function run(): Promise<void> {
  return runAction(async () => {
    // The trigger (release-only) is the event context's ref, read by runnerContext through @actions/github.
    const { options, secrets } = readPromoteOptions(runnerInputs, runnerContext());
    maskAll(secrets);
    // The stores, HTTP and archive readers load only once the options are sound (bench/cold-start.mjs).
    const { promoteOutputs, promoteRelease, promoteSummaryMarkdown } = await import('@wheelwright/core/promote');
    // Core reports every form of every credential (inside from/to URLs too) before it does anything.
    const result = await promoteRelease({ ...options, onSecret: setSecret }, actionLogger);
    // Held back is a normal outcome of a run that is not a release (a push to a branch): a notice, not a failure.
    if (result.heldBack) notice(result.heldBack);
    setOutputs(promoteOutputs(result));
    await appendSummary(promoteSummaryMarkdown(result));
  });
}
