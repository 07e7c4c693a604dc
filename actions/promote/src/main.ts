import {
  actionLogger,
  appendSummary,
  getBooleanInput,
  getChoiceInput,
  getInput,
  getMultilineInput,
  runAction,
  setOutput,
  setSecret,
} from '@wheelwright/action-io';
import { CHANNELS, type PromoteOptions, promoteOutputs, promoteRelease, promoteSummaryMarkdown } from '@wheelwright/core/promote';

/** Every input read and checked in one place; secrets masked before anything else can print them. */
function readInputs(): PromoteOptions {
  const fromPassword = getInput('from-password');
  const toPassword = getInput('to-password');
  setSecret(fromPassword);
  setSecret(toPassword);
  const toChannel = getInput('to-channel');
  const options: PromoteOptions = {
    manifest: getInput('manifest'),
    tested: getMultilineInput('tested'),
    package: getInput('package'),
    version: getInput('version'),
    from: getInput('from', { required: true }),
    to: getInput('to', { required: true }),
    fromUploadUrl: getInput('from-upload-url'),
    toUploadUrl: getInput('to-upload-url'),
    fromUsername: getInput('from-username'),
    fromPassword,
    toUsername: getInput('to-username'),
    toPassword,
    toChannel: toChannel === '' ? '' : getChoiceInput('to-channel', CHANNELS),
    mode: getChoiceInput('mode', ['copy', 'move'] as const),
    requireTests: getBooleanInput('require-tests', true),
    requireSignedTag: getBooleanInput('require-signed-tag', false),
    allowedSigners: getInput('allowed-signers', { trim: false }),
    tag: getInput('tag'),
    repository: getInput('repository') || process.env.GITHUB_WORKSPACE || process.cwd(),
    dryRun: getBooleanInput('dry-run', false),
    // Core reports every form of every credential (inside from/to URLs too) before it does anything.
    onSecret: setSecret,
  };
  if (process.env.RUNNER_TEMP) options.workDir = process.env.RUNNER_TEMP;
  return options;
}

export function run(): Promise<void> {
  return runAction(async () => {
    const result = await promoteRelease(readInputs(), actionLogger);
    for (const [name, value] of Object.entries(promoteOutputs(result))) setOutput(name, value);
    appendSummary(promoteSummaryMarkdown(result));
  });
}
