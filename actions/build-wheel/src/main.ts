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
import { checkBuildRequest } from '@wheelwright/core/build';
import { readBuildOptions } from '@wheelwright/core/contract';

export function run(): Promise<void> {
  return runAction(async () => {
    const { options, secrets } = readBuildOptions(runnerInputs, runnerContext());
    maskAll(secrets);
    // A wrong input or a folder without a project is answered before the build loads (its TOML parser,
    // processes, archive readers and inspection come in one lazy chunk; bench/cold-start.mjs).
    checkBuildRequest(options);
    options.python = await toolCachePython(options.python ?? '');
    const toolsCache = runnerToolsCache(options.toolsCacheDir);
    if (toolsCache) options.toolsCache = toolsCache;
    const { buildOutputs, buildRelease, buildSummaryMarkdown, InspectionError, inspectionFailureMarkdown } = await import(
      '@wheelwright/core/build'
    );
    try {
      const result = await buildRelease(options, actionLogger);
      setOutputs(buildOutputs(result));
      await appendSummary(buildSummaryMarkdown(result));
    } catch (caught) {
      // One annotation per finding, so every broken rule shows on the run page; runAction fails the step.
      if (caught instanceof InspectionError) {
        const { formatFinding } = await import('@wheelwright/core/distribution');
        for (const finding of caught.findings.slice(1)) annotateError(formatFinding(finding, 20));
        await appendSummary(inspectionFailureMarkdown(caught.findings));
      }
      throw caught;
    }
  });
}
