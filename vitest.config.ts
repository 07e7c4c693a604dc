import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest (measured on two cores), longest first: with two workers the run ends when
 * the last long file ends, so they start first and the many quick files fill in around them. A clean
 * clone has no timing cache, and vitest's fallback (largest file first) starts the Sphinx, browser and
 * scaffold files last. Files not listed follow in vitest's own order.
 */
const SLOW_FIRST = [
  'test/corpus/pipeline-to-stable.test.ts',
  'test/build-wheel/bundle.test.ts',
  'test/pipeline/e2e.test.ts',
  'test/cleanenv/project-shapes.test.ts',
  'test/pep440-version/scm-reference.test.ts',
  'test/docs/docs-build.test.ts',
  'test/scaffold/bundle-setup-cfg.test.ts',
  'test/board/browser.test.ts',
  'test/cleanenv/fresh-machine.test.ts',
  'test/clean-env-test/clean-env-test.test.ts',
  'test/frontends/untrusted-output.test.ts',
  'test/real-stores/promote.test.ts',
  'test/scaffold/bundle-pyproject.test.ts',
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const at = SLOW_FIRST.indexOf(relative(spec.project.config.root, spec.moduleId).replaceAll('\\', '/'));
      return at < 0 ? SLOW_FIRST.length : at;
    };
    // Array.prototype.sort is stable: unlisted files keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: SlowFirst },
    // One per-run root as TMPDIR, the real index servers' stop, and the check that nothing was left behind.
    globalSetup: ['test/support/global-setup.ts'],
    // GitHub's workflow parser ships ESM that needs vite's transform; it points at sources it does not ship.
    server: { deps: { inline: [/@actions\/workflow-parser/, /@actions\/expressions/] } },
    // Real git, Python and servers: two cores, so keep parallelism modest and never flaky.
    maxWorkers: 2,
  },
});
