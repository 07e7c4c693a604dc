import { InputError } from '../errors/index';
import type { PublishOptions } from '../publish/index';
import { type FrontEndContext, isServerLocation, urlSecrets } from './context';
import { OptionReader, type OptionSource } from './options';

/** publish's options, and the secrets in them (password, URL credentials) to mask at once. */
export function readPublishOptions(source: OptionSource, context: FrontEndContext): { options: PublishOptions; secrets: string[] } {
  const i = new OptionReader(source);
  const password = i.text('password');
  const store = i.text('store') || '.wheelwright/unstable';
  const uploadUrl = i.text('upload-url');
  const username = i.text('username');
  // A folder store takes no credentials: one given for it means a wrong store, not something to ignore.
  for (const [name, value] of [
    ['username', username],
    ['password', password],
  ] as const) {
    if (value && !isServerLocation(store) && !isServerLocation(uploadUrl))
      throw new InputError(`${source.label(name)} was given, but store '${store}' is a folder, which takes no credentials`, {
        hint: `drop ${source.label(name)}, or give ${source.label('store')} as the URL of an index server`,
        options: [{ name }, { name: 'store' }],
      });
  }
  const manifest = i.text('manifest');
  const files = i.lines('files');
  // No manifest and no patterns can match nothing: said here, before the stores and HTTP load.
  if (!manifest && files.length === 0)
    throw new InputError(`${source.label('files')} is empty and no manifest was given: nothing to publish`, {
      hint: "pass build-wheel's manifest output as input 'manifest', or the built files' globs as input 'files' (e.g. dist/*)",
      options: [{ name: 'files' }, { name: 'manifest' }],
    });
  return {
    secrets: [...(password ? [password] : []), ...urlSecrets(store), ...urlSecrets(uploadUrl)],
    options: {
      store,
      uploadUrl,
      username,
      password,
      indexName: i.text('index-name'),
      trustedPublishing: i.bool('trusted-publishing', false),
      manifest,
      files,
      skipExisting: i.bool('skip-existing', true),
      verify: i.bool('verify', true),
      dryRun: i.bool('dry-run', false),
      workspace: context.workspace,
    },
  };
}
