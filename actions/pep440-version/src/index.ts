import { resolve } from 'node:path';
import { prefetchDescribe } from '@wheelwright/core/scm';

// Start-up order matters here (bench/pep440-version.mjs): `git describe` starts first, so the child runs on
// another core while the rest is evaluated: the runner protocol and the contract (`require`, not `import`,
// which is hoisted, defers them; ncc inlines them in the same file), then the version computation (TOML
// parser, schemes, semver), which main.ts loads as a chunk once the inputs and the project folder are sound.
prefetchDescribe(resolve(process.env.INPUT_PATH?.trim() || '.'));
const { run } = require('./main') as typeof import('./main');

// No top-level await: the bundle is CommonJS (see package.json). runAction() reports every failure.
void run();
