/**
 * One subcommand per action: the action's contract reader (`@wheelwright/core/contract`, the same one its
 * adapter uses) over the flags, the action's core entry, and its outputs writer. Messages name flags.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOutputs, buildRelease } from '@wheelwright/core/build';
import { indexOutputs, tagReleaseOutputs } from '@wheelwright/core/channels';
import { cleanEnvTestOutputs, reportTestRun, testRelease } from '@wheelwright/core/clean-env';
import {
  type FrontEndContext,
  mapSource,
  type OptionSource,
  readBuildOptions,
  readCleanEnvOptions,
  readIndexes,
  readPromoteOptions,
  readPublishOptions,
  readScaffoldOptions,
  readVersionOptions,
} from '@wheelwright/core/contract';
import { NotImplementedError } from '@wheelwright/core/errors';
import type { Logger } from '@wheelwright/core/log';
import { releaseTrigger } from '@wheelwright/core/pipeline';
import { promoteOutputs, promoteRelease } from '@wheelwright/core/promote';
import { publishOutputs, publishRelease } from '@wheelwright/core/publish';
import { scaffoldOutputs, scaffoldProject } from '@wheelwright/core/scaffold';
import { computeVersion, versionOutputs } from '@wheelwright/core/version';
import { actionSpec } from './action-list';

// The list lives apart so that help and usage errors answer before any core entry loads (main.ts).
export { ACTION_SPECS, actionSpec } from './action-list';

export interface CommandContext {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Registers a secret (a password flag, URL credentials, a minted upload token) so no later line prints it. */
  onSecret?: (secret: string) => void;
}

export type CommandRunner = (values: Record<string, string>, logger: Logger, context: CommandContext) => Promise<Record<string, string>>;

/** How the CLI names an option in a message. */
export const flagLabel = (name: string): string => `option '--${name}'`;

/** The flags as a contract source. */
export function flagSource(values: Readonly<Record<string, string>>): OptionSource {
  return mapSource(values, flagLabel);
}

/** The CLI's run context: the current folder, the system's temp folder, a CI build's ref. */
export function cliContext({ env, cwd }: CommandContext): FrontEndContext {
  const trigger = releaseTrigger(env);
  // A CI tag build (GitHub, GitLab, Jenkins) names the release tag, as GITHUB_REF does on the runner.
  return {
    workspace: cwd,
    // The environment's temp folder (TMPDIR, TEMP): the one this command was given, as the system's would be.
    tempDir: env.TMPDIR || env.TEMP || env.TMP || tmpdir(),
    env,
    // A CI branch build keeps its branch (promote's release-only holds it back); no CI hint: no ref (local).
    ref: trigger.kind === 'tag' ? `refs/tags/${trigger.ref}` : trigger.kind === 'branch' ? `refs/heads/${trigger.ref ?? ''}` : '',
    // The JUnit XML and the freeze are outputs: beside the pipeline's step log, not in /tmp.
    resultsDir: join(cwd, '.wheelwright', 'run', 'clean-env-test'),
    // Debug output keeps the work folders too (and says where), as step debug logging does on the runner.
    keepTemp: env.WHEELWRIGHT_KEEP_TEMP === '1' || Boolean(env.WHEELWRIGHT_DEBUG),
  };
}

function maskAll(secrets: readonly string[], context: CommandContext): void {
  for (const secret of secrets) context.onSecret?.(secret);
}

const RUNNERS: Partial<Record<string, CommandRunner>> = {
  'pep440-version': async (values, logger, context) => {
    // No runner to export variables to: the CLI prints the outputs.
    const where = cliContext(context);
    // The indexes by the workflow's rule; the CLI's own store is the project's, as the pipeline's is.
    const indexes = readIndexes(flagSource(values), where, { pullRequest: false, ownStore: join(where.workspace, '.wheelwright') });
    const options = { ...readVersionOptions(flagSource(values), where), exportEnv: false };
    const result = await computeVersion(options, logger);
    return {
      ...versionOutputs(result),
      ...indexOutputs(indexes),
      ...tagReleaseOutputs(result, releaseTrigger(context.env), indexes.publishes),
    };
  },

  'build-wheel': async (values, logger, context) => {
    const { options, secrets } = readBuildOptions(flagSource(values), cliContext(context));
    maskAll(secrets, context);
    return buildOutputs(await buildRelease(options, logger));
  },

  scaffold: async (values, logger, context) =>
    scaffoldOutputs(await scaffoldProject(readScaffoldOptions(flagSource(values), cliContext(context)), logger)),

  'clean-env-test': async (values, logger, context) => {
    const { options, secrets } = await readCleanEnvOptions(flagSource(values), cliContext(context));
    maskAll(secrets, context);
    const result = await testRelease(options, logger);
    reportTestRun(result, logger);
    return cleanEnvTestOutputs(result);
  },

  publish: async (values, logger, context) => {
    const { options, secrets } = readPublishOptions(flagSource(values), cliContext(context));
    maskAll(secrets, context);
    // trusted publishing needs a GitHub job's OIDC token (ACTIONS_ID_TOKEN_REQUEST_*): the CLI inside a job.
    const result = await publishRelease({ ...options, ...(context.onSecret ? { onSecret: context.onSecret } : {}) }, logger);
    return publishOutputs(result);
  },

  promote: async (values, logger, context) => {
    const { options, secrets } = readPromoteOptions(flagSource(values), cliContext(context));
    maskAll(secrets, context);
    return promoteOutputs(await promoteRelease({ ...options, ...(context.onSecret ? { onSecret: context.onSecret } : {}) }, logger));
  },
};

/** The runner of an action's core entry, or one that fails with "not implemented yet". */
export function commandRunner(name: string): CommandRunner {
  const runner = RUNNERS[name];
  if (!actionSpec(name) || !runner)
    return async () => {
      throw new NotImplementedError(`wheelwright ${name}`);
    };
  return runner;
}

/** Fills the action.yml defaults for inputs a caller left out, and rejects undeclared ones (a typo). */
export function withDefaults(name: string, inputs: Record<string, string>): Record<string, string> {
  const spec = actionSpec(name);
  if (!spec) throw new Error(`no action named ${name}`);
  const declared = new Set(spec.inputs.map((input) => input.name));
  for (const key of Object.keys(inputs)) if (!declared.has(key)) throw new Error(`${name}: input '${key}' is not declared in action.yml`);
  const values: Record<string, string> = {};
  for (const input of spec.inputs) values[input.name] = inputs[input.name] ?? input.default;
  return values;
}
