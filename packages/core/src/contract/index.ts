/**
 * One contract per action: a typed options reader over a name → string lookup, shared by the action
 * adapter (runner inputs), the CLI subcommand (flags) and the pipeline (settings). The outputs writer of
 * each action is its core `…Outputs(result)`.
 */
export { readBuildOptions } from './build';
export { readCleanEnvOptions } from './clean-env';
export { type FrontEndContext, urlSecrets } from './context';
export { inputLabel, mapSource, OptionReader, type OptionReference, type OptionSource } from './options';
export { readPromoteOptions } from './promote';
export { readPublishOptions } from './publish';
export { readScaffoldOptions, SCAFFOLD_OPTIONAL_SWITCHES } from './scaffold';
export { readIndexes, readVersionOptions } from './version';
