import { actionLogger, appendSummary, runAction, runnerContext, runnerInputs, setOutputs } from '@wheelwright/action-io';
import { readScaffoldOptions } from '@wheelwright/core/contract';
import { scaffoldOutputs, scaffoldProject, summaryMarkdown } from '@wheelwright/core/scaffold';

export function run(): Promise<void> {
  return runAction(async () => {
    const result = await scaffoldProject(readScaffoldOptions(runnerInputs, runnerContext()), actionLogger);
    setOutputs(scaffoldOutputs(result));
    await appendSummary(summaryMarkdown(result));
  });
}
