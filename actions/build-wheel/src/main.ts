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
import { runnerToolsCache, toolCachePython } from '@wheelwright/action-io/tool-cache';
import { buildOutputs, buildRelease, buildSummaryMarkdown, InspectionError, inspectionFailureMarkdown } from '@wheelwright/core/build';
import { readBuildOptions } from '@wheelwright/core/contract';
import { formatFinding } from '@wheelwright/core/distribution';

export function run(): Promise<void> {
  return runAction(async () => {
    const { options, secrets } = readBuildOptions(runnerInputs, runnerContext());
    maskAll(secrets);
    options.python = await toolCachePython(options.python ?? '');
    const toolsCache = runnerToolsCache(options.toolsCacheDir);
    if (toolsCache) options.toolsCache = toolsCache;
    try {
      const result = await buildRelease(options, actionLogger);
      setOutputs(buildOutputs(result));
      await appendSummary(buildSummaryMarkdown(result));
    } catch (caught) {
      // One annotation per finding, so every broken rule shows on the run page; runAction fails the step.
      if (caught instanceof InspectionError) {
        for (const finding of caught.findings.slice(1)) annotateError(formatFinding(finding, 20));
        await appendSummary(inspectionFailureMarkdown(caught.findings));
      }
      throw caught;
    }
  });
}
