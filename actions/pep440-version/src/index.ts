import { resolve } from 'node:path';
import { prefetchDescribe } from '@wheelwright/core/scm';

// Start-up order matters here (bench/pep440-version.mjs): `git describe` starts first, so the child runs on
// another core while the rest of the bundle (TOML parser, semver, runner protocol) is evaluated. `require`
// (not `import`, which is hoisted) defers that evaluation; ncc inlines it in the same file, no chunk.
prefetchDescribe(resolve(process.env.INPUT_PATH?.trim() || '.'));
const { run } = require('./main') as typeof import('./main');

// No top-level await: the bundle is CommonJS (see package.json). runAction() reports every failure.
void run();
