import { run } from './main';

// No top-level await: the bundle is CommonJS (see package.json). runAction() reports every failure.
void run();
