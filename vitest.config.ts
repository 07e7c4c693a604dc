import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    // The defaults catch a hang in a quick test; every test that does real work (builds, installs, a
    // server round) sets its own timeout, sized for two cores busy with something else too.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A worker that ran pipelines can take a while to exit on a loaded machine; vitest's 10 s only logs noise.
    teardownTimeout: 60_000,
    pool: 'forks',
    // One per-run root as TMPDIR, the real index servers' stop, and the check that nothing was left behind.
    globalSetup: ['test/support/global-setup.ts'],
    // GitHub's workflow parser ships ESM that needs vite's transform; it points at sources it does not ship.
    server: { deps: { inline: [/@actions\/workflow-parser/, /@actions\/expressions/] } },
    // Real git, Python and servers: two cores, so keep parallelism modest and never flaky.
    maxWorkers: 2,
  },
});
