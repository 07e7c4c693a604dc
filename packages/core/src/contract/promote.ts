import { resolve } from 'node:path';
import { triggerOfRef } from '../channels/index';
import { InputError } from '../errors/index';
import { CHANNELS, type PromoteOptions } from '../promote/index';
import { type FrontEndContext, isServerLocation, urlSecrets } from './context';
import { OptionReader, type OptionSource } from './options';

/** promote's options, and the secrets in them (passwords, URL credentials) to mask at once. */
export function readPromoteOptions(source: OptionSource, context: FrontEndContext): { options: PromoteOptions; secrets: string[] } {
  const i = new OptionReader(source);
  const fromPassword = i.text('from-password');
  const toPassword = i.text('to-password');
  const from = i.required('from', 'the store or index the release is in');
  const to = i.required('to', 'the store or index to promote the release to');
  const fromUploadUrl = i.text('from-upload-url');
  const toUploadUrl = i.text('to-upload-url');
  // A folder store takes no credentials: one given for it means a wrong store, not something to ignore.
  for (const side of ['from', 'to'] as const) {
    const location = side === 'from' ? from : to;
    const upload = side === 'from' ? fromUploadUrl : toUploadUrl;
    for (const name of [`${side}-username`, `${side}-password`]) {
      if (i.text(name) && !isServerLocation(location) && !isServerLocation(upload))
        throw new InputError(`${source.label(name)} was given, but '${location}' is a folder, which takes no credentials`, {
          hint: `drop ${source.label(name)}, or give ${source.label(side)} as the URL of an index server`,
          options: [{ name }, { name: side }],
        });
    }
  }
  return {
    secrets: [
      ...[fromPassword, toPassword].filter((secret) => secret !== ''),
      ...[from, to, fromUploadUrl, toUploadUrl].flatMap(urlSecrets),
    ],
    options: {
      manifest: i.text('manifest'),
      tested: i.lines('tested').map((path) => resolve(context.workspace, path)),
      package: i.text('package'),
      version: i.text('version'),
      from,
      to,
      fromUploadUrl,
      toUploadUrl,
      fromUsername: i.text('from-username'),
      fromPassword,
      toUsername: i.text('to-username'),
      toPassword,
      toChannel: i.optionalChoice('to-channel', CHANNELS) ?? '',
      mode: i.choice('mode', ['copy', 'move'] as const),
      requireTests: i.bool('require-tests', true),
      requireSignedTag: i.bool('require-signed-tag', false),
      allowedSigners: i.raw('allowed-signers'),
      tag: i.text('tag'),
      repository: i.text('repository') || context.workspace,
      dryRun: i.bool('dry-run', false),
      releaseOnly: i.bool('release-only', false),
      trigger: triggerOfRef(context.ref),
      workDir: context.tempDir,
    },
  };
}
