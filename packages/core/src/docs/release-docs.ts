/**
 * The one entry build-wheel calls: find the docs (before anything starts, so a wrong input fails first),
 * prepare their environment while the wheel builds, finish them from the wheel, and apply the failure
 * policy — `error` fails the build, `warning` records the failure in the manifest and the summary.
 */
import { join } from 'node:path';
import { WheelwrightError } from '../errors/index';
import type { Logger } from '../log/index';
import type { PythonInterpreter } from '../python/index';
import type { DocsOptions } from './docs-options';
import { type DocsOutcome, findDocsSource, startDocsBuild } from './sphinx-build';

export interface ReleaseDocs {
  /** The docs folder being built. */
  readonly source: string;
  /** Builds the docs from the wheel; undefined without a wheel. Throws under `error`, records under `warning`. */
  finish(wheel: string | undefined, project: string, version: string): Promise<DocsOutcome | undefined>;
  /** Waits for background work to end (before its folder is removed). */
  settle(): Promise<void>;
}

/** Resolves the docs folder now (inputs checked up front); undefined when there are no docs to build. */
export function locateReleaseDocs(projectDir: string, options: DocsOptions): string | undefined {
  return findDocsSource(projectDir, options);
}

export function startReleaseDocs(args: {
  projectDir: string;
  docsDir: string;
  options: DocsOptions;
  python: Promise<PythonInterpreter>;
  /** The build's private folder; the docs use `<work>/docs`. */
  work: string;
  env: NodeJS.ProcessEnv;
  sourceDateEpoch: string | undefined;
  logger: Logger;
}): ReleaseDocs {
  const started = Date.now();
  const build = startDocsBuild({
    projectDir: args.projectDir,
    docsDir: args.docsDir,
    python: args.python,
    workDir: join(args.work, 'docs'),
    env: args.env,
    ...(args.options.indexUrl ? { indexUrl: args.options.indexUrl } : {}),
    ...(args.sourceDateEpoch ? { sourceDateEpoch: args.sourceDateEpoch } : {}),
    logger: args.logger,
  });
  let running: Promise<unknown> = Promise.resolve();
  return {
    source: args.docsDir,
    async finish(wheel, project, version) {
      if (!wheel) {
        args.logger.warning('docs: not built, because no wheel was built (the docs are built against the installed wheel)');
        return undefined;
      }
      const attempt = args.logger.group(`sphinx-build (${args.docsDir})`, () => build.finish(wheel, project, version));
      running = attempt.catch(() => undefined);
      try {
        const outcome = await attempt;
        args.logger.info(
          `docs: built ${outcome.record.filename} with Sphinx ${outcome.record.sphinx} in ${(outcome.record.ms / 1000).toFixed(1)} s` +
            `${outcome.record.warnings ? `, ${outcome.record.warnings} warnings` : ''}`,
        );
        for (const warning of outcome.warnings) args.logger.warning(`docs: ${warning}`);
        return outcome;
      } catch (error) {
        if ((args.options.onFailure ?? 'error') === 'error') throw error;
        const message = error instanceof WheelwrightError ? error.message : String(error);
        args.logger.warning(`${message} ('docs-failure: warning', so the release goes on without docs)`);
        return { record: { status: 'failed', builder: 'sphinx', ms: Date.now() - started, error: message }, warnings: [] };
      }
    },
    async settle() {
      await build.settle();
      await running;
    },
  };
}
