import { join } from 'node:path';
import { context } from '@actions/github';
import { actionLogger, appendSummary, exportVariable, runAction, runnerContext, runnerInputs, setOutputs } from '@wheelwright/action-io';
import { indexOutputs, tagReleaseOutputs, triggerOfRef } from '@wheelwright/core/channels';
import { readIndexes, readVersionOptions } from '@wheelwright/core/contract';
import { checkVersionProject } from '@wheelwright/core/version';

// A pull request's build is never published to the real indexes, whatever the caller's publish says.
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

export function run(): Promise<void> {
  return runAction(async () => {
    const where = runnerContext();
    // The indexes are resolved first: a wrong store input fails before git is asked anything. The run's own
    // store lives in the runner's temp folder (the reusable workflow carries it between jobs as an artifact).
    const ownStore = join(where.tempDir, 'wheelwright-store');
    const indexes = readIndexes(runnerInputs, where, { pullRequest: PULL_REQUEST_EVENTS.includes(context.eventName), ownStore });
    const options = readVersionOptions(runnerInputs, where);
    // A path without a project is answered before the computation loads (TOML parser, schemes, dunamai and
    // pdm sources come in one lazy chunk, read while the prefetched `git describe` runs; bench/cold-start.mjs).
    checkVersionProject(options);
    const { computeVersion, summaryMarkdown, versionOutputs } = await import('@wheelwright/core/version');
    const result = await computeVersion(options, actionLogger);
    setOutputs({
      ...versionOutputs(result),
      ...indexOutputs(indexes),
      ...tagReleaseOutputs(result, triggerOfRef(where.ref), indexes.publishes),
    });
    for (const [name, value] of Object.entries(result.exportVariables)) exportVariable(name, value);
    actionLogger.info(`Version ${result.version} (${result.classification.kind}, channel ${result.classification.channel})`);
    if (!indexes.publishes) actionLogger.info(`This run publishes nothing: the indexes are the run's own store ${ownStore}`);
    await appendSummary(summaryMarkdown(result));
  });
}
