import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One per-run root as TMPDIR, the real index servers' stop, and the check that nothing was left behind.
    globalSetup: ['test/support/global-setup.ts'],
    // GitHub's workflow parser ships ESM that needs vite's transform; it points at sources it does not ship.
    server: { deps: { inline: [/@actions\/workflow-parser/, /@actions\/expressions/] } },
    // Real git, Python and servers: two cores, so keep parallelism modest and never flaky.
    maxWorkers: 2,
  },
});
