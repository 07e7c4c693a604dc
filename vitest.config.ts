import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // GitHub's workflow parser ships ESM that needs vite's transform; it points at sources it does not ship.
    server: { deps: { inline: [/@actions\/workflow-parser/, /@actions\/expressions/] } },
    // Real git, Python and servers: two cores, so keep parallelism modest and never flaky.
    maxWorkers: 2,
  },
});
