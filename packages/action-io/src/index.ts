/**
 * The action adapters' side of the runner, on @actions/core and @actions/github: what the toolkit does not
 * do for us. Options come through the per-action contract readers (`@wheelwright/core/contract`) over the
 * runner's inputs; errors are rendered once, in the runner's words; text that comes from outside (servers,
 * archives, project metadata) is printed so that no line of it can be read as a workflow command; env and
 * output names are checked before they reach the runner's files.
 *
 * @actions/core is bundled side-effect-free (patches/@actions__core*.patch marks it so): the HTTP stack it
 * carries for OIDC is bundled only where `idTokenFor` is used, and loaded only when it is called.
 */

import { EOL, tmpdir } from 'node:os';
import {
  type AnnotationProperties,
  debug,
  setFailed as failStep,
  getInput,
  group,
  info,
  isDebug,
  error as runnerError,
  exportVariable as runnerExportVariable,
  setOutput as runnerSetOutput,
  setSecret,
  summary,
  warning,
} from '@actions/core';
import { context } from '@actions/github';
import type { FrontEndContext, OptionSource } from '@wheelwright/core/contract';
import { escapeControlCharacters } from '@wheelwright/core/distribution';
import { describeError, InputError } from '@wheelwright/core/errors';
import { guardWorkflowCommands, type Logger } from '@wheelwright/core/log';

// The toolkit's own calls, for adapters that need nothing more (release-report).
export { debug, getBooleanInput, getInput, notice, setOutput } from '@actions/core';
export { isDebug, setSecret };

/** The runner's inputs as a contract source: INPUT_<NAME>, named `input 'name'` in messages. */
export const runnerInputs: OptionSource = {
  // Untrimmed: the reader trims, except where the bytes matter (a key file's trailing newline).
  get: (name) => getInput(name, { trimWhitespace: false }),
  label: (name) => `input '${name}'`,
};

/** Where the step runs, from the runner's variables and the event context. */
export function runnerContext(): FrontEndContext {
  const env = process.env;
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: env.RUNNER_TEMP || tmpdir(),
    env,
    ref: context.ref ?? '',
    ...(env.RUNNER_OS ? { os: env.RUNNER_OS } : {}),
    // The JUnit XML and the freeze outlive the step (outputs); the runner empties RUNNER_TEMP after the job.
    ...(env.RUNNER_TEMP ? { resultsDir: env.RUNNER_TEMP } : {}),
    // Step debug logging keeps the work folder (venv, downloads) and says where.
    keepTemp: env.RUNNER_DEBUG === '1',
  };
}

/** Masks every secret a contract reader found, before anything else can print it. */
export function maskAll(secrets: readonly string[]): void {
  for (const secret of secrets) if (secret !== '') setSecret(secret);
}

// The runner's rule for a variable name in GITHUB_ENV (a shell-safe identifier); an output name may
// also hold hyphens (as action.yml output names do).
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Sets a variable for later steps; a name the runner would not take as one name is refused. */
export function exportVariable(name: string, value: string): void {
  if (!ENV_NAME.test(name)) {
    throw new InputError(`refusing to export '${escapeControlCharacters(name)}': not a variable name ([A-Za-z_][A-Za-z0-9_]*)`);
  }
  runnerExportVariable(name, value);
}

/** Sets the step's outputs; names are ours, checked anyway so no value can ever become a name. */
export function setOutputs(outputs: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (!OUTPUT_NAME.test(name)) throw new Error(`output name ${JSON.stringify(name)} is not a valid output name`);
    runnerSetOutput(name, value);
  }
}

/** Appends markdown to the job summary (no summary file: nothing to do, as off the runner). */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await summary.addRaw(markdown).write();
}

/**
 * Prints text that may come from outside (a server's message, a file name, project metadata) as plain
 * log text: when any line of it could start a workflow command, the block is wrapped in the runner's
 * `::stop-commands::<token>` … `::<token>::`, with a fresh token the text does not contain.
 */
export function printUntrusted(text: string): void {
  info(guardWorkflowCommands(text, EOL));
}

/** Core's logger on the runner: info as untrusted text, warnings as annotations, groups as log groups. */
export const actionLogger: Logger = {
  info: printUntrusted,
  // Annotation and debug messages are escaped by the toolkit (%0A), so they are one line each.
  debug: (message) => debug(message),
  warning: (message, where) =>
    warning(message, {
      ...(where?.file ? { file: where.file } : {}),
      ...(where?.line ? { startLine: where.line } : {}),
    }),
  group: (title, fn) => group(title, fn),
};

/** An error annotation with the toolkit's full properties (title, file, lines, columns). */
export function annotateError(message: string, properties: AnnotationProperties = {}): void {
  runnerError(message, properties);
}

/**
 * The one place an action fails: runs the body, turns any error into one `::error::` annotation plus its
 * hint, sends stacks to the debug log, and fails the step.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (caught) {
    const { message, hint, bug } = describeError(caught);
    failStep(message);
    if (hint) printUntrusted(`hint: ${hint}`);
    if (bug && caught instanceof Error && caught.stack) debug(caught.stack);
  }
}
