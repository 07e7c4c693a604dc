#!/usr/bin/env node
// What building the Sphinx docs adds to build-wheel (and so to the pipeline's build step): the CLI bundle
// builds a scaffolded project (reStructuredText docs with autodoc/autosummary) with --docs false and with
// --docs auto, alternating (ABBA), ROUNDS times each; prints medians, the difference and the ratio.
// Sphinx and the package's dependencies come from BENCH_INDEX_URL (default: the offline mirror).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = join(root, 'dist', 'cli', 'index.js');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const INDEX = process.env.BENCH_INDEX_URL ?? 'file:///opt/pypi/simple';
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(PIP_|SETUPTOOLS_SCM_)/.test(k)));
Object.assign(env, {
  PIP_CONFIG_FILE: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org',
});
const work = mkdtempSync(join(tmpdir(), 'ww-bench-docs-'));
const run = (args, cwd) => execFileSync(process.execPath, [cli, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
run(['scaffold', '--name', 'Bench-Docs', '--package', 'benchdocs', '--no-markdown'], work);
const project = join(work, 'Bench-Docs');
execFileSync('git', ['tag', 'v1.0.0'], { cwd: project, env });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = (docs) => {
  rmSync(join(project, 'dist'), { recursive: true, force: true });
  const started = performance.now();
  run(
    ['build-wheel', '--python', '/usr/bin/python3', '--no-isolation', '--skip-dependency-check', '--index-url', INDEX, '--docs', docs],
    project,
  );
  return performance.now() - started;
};
const without = [];
const withDocs = [];
for (let round = 0; round < ROUNDS; round += 1) {
  if (round % 2 === 0) {
    without.push(time('false'));
    withDocs.push(time('auto'));
  } else {
    withDocs.push(time('auto'));
    without.push(time('false'));
  }
}
const a = median(without);
const b = median(withDocs);
console.log(`build-wheel with Sphinx docs (${ROUNDS} rounds each, ABBA, median)`);
console.log(`  --docs false  ${(a / 1000).toFixed(1)} s`);
console.log(`  --docs auto   ${(b / 1000).toFixed(1)} s`);
console.log(`  docs add      ${((b - a) / 1000).toFixed(1)} s (${(b / a).toFixed(2)}x the build step)`);
rmSync(work, { recursive: true, force: true });
