import type { BuildOptions } from '../build/index';
import { parseDocsFailure, parseDocsMode } from '../docs/docs-options';
import { type FrontEndContext, urlSecrets } from './context';
import { OptionReader, type OptionSource } from './options';

/** build-wheel's options, and the secrets in them (the index URL's credentials) to mask at once. */
export function readBuildOptions(source: OptionSource, context: FrontEndContext): { options: BuildOptions; secrets: string[] } {
  const i = new OptionReader(source);
  const indexUrl = i.text('index-url');
  return {
    secrets: urlSecrets(indexUrl),
    options: {
      path: i.text('path') || '.',
      python: i.text('python'),
      outputDir: i.text('output-dir') || 'dist',
      sdist: i.bool('sdist', true),
      wheel: i.bool('wheel', true),
      isolation: i.bool('isolation', true),
      skipDependencyCheck: i.bool('skip-dependency-check', false),
      configSettings: i.lines('config-settings'),
      version: i.text('version'),
      sourceDateEpoch: i.text('source-date-epoch'),
      strict: i.bool('strict', true),
      indexUrl,
      // A named folder for the tools environment (pypa/build per interpreter); empty: the front end's own
      // cache (the action: the runner's tool cache through @actions/tool-cache; the CLI: the user's cache).
      toolsCacheDir: i.text('tools-cache'),
      tempDir: context.tempDir,
      docs: { mode: parseDocsMode(i.text('docs')), path: i.text('docs-path'), onFailure: parseDocsFailure(i.text('docs-failure')) },
      env: context.env,
      cwd: context.workspace,
    },
  };
}
