import {
  actionLogger,
  appendSummary,
  getBooleanInput,
  getInput,
  getMultilineInput,
  runAction,
  setOutput,
  setSecret,
} from '@wheelwright/action-io';
import { urlCredentials } from '@wheelwright/core/http';
import { publishOutputs, publishRelease, summaryMarkdown } from '@wheelwright/core/publish';

/** Masks every form of a URL's credentials (`https://user:secret@host/`, however the password is spelled). */
function maskUrlCredentials(url: string): void {
  for (const secret of urlCredentials(url)?.secrets ?? []) setSecret(secret);
}

export function run(): Promise<void> {
  return runAction(async () => {
    // Secrets are masked the moment they are read, before anything else can print them.
    const password = getInput('password');
    setSecret(password);
    const store = getInput('store') || '.wheelwright/unstable';
    const uploadUrl = getInput('upload-url');
    maskUrlCredentials(store);
    maskUrlCredentials(uploadUrl);
    const result = await publishRelease(
      {
        store,
        uploadUrl,
        username: getInput('username'),
        password,
        indexName: getInput('index-name'),
        trustedPublishing: getBooleanInput('trusted-publishing', false),
        onSecret: setSecret,
        manifest: getInput('manifest'),
        files: getMultilineInput('files'),
        skipExisting: getBooleanInput('skip-existing', true),
        verify: getBooleanInput('verify', true),
        dryRun: getBooleanInput('dry-run', false),
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      },
      actionLogger,
    );
    for (const [name, value] of Object.entries(publishOutputs(result))) setOutput(name, value);
    actionLogger.info(
      `${result.dryRun ? 'Dry run: would upload' : 'Uploaded'} ${result.dryRun ? result.files.filter((f) => f.outcome === 'would-upload').length : result.uploaded.length}, skipped ${result.dryRun ? result.files.filter((f) => f.outcome === 'would-skip').length : result.skipped.length}; install with --index-url ${result.indexUrl}`,
    );
    appendSummary(summaryMarkdown(result));
  });
}
