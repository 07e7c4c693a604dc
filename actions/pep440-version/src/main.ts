import { actionLogger, appendSummary, exportVariable, runAction, runnerContext, runnerInputs, setOutputs } from '@wheelwright/action-io';
import { readVersionOptions } from '@wheelwright/core/contract';
import { computeVersion, summaryMarkdown, versionOutputs } from '@wheelwright/core/version';

export function run(): Promise<void> {
  return runAction(async () => {
    const result = await computeVersion(readVersionOptions(runnerInputs, runnerContext()), actionLogger);
    setOutputs(versionOutputs(result));
    for (const [name, value] of Object.entries(result.exportVariables)) exportVariable(name, value);
    actionLogger.info(`Version ${result.version} (${result.classification.kind}, channel ${result.classification.channel})`);
    await appendSummary(summaryMarkdown(result));
  });
}
