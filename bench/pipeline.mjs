#!/usr/bin/env node
// The whole pipeline's wall time on the demo package (scaffolded by the CLI, tagged v0.1.0 so it goes all
// the way to stable), with each step's share, against the same flow done by hand in the same run:
//   python -m build (sdist, then the wheel from the sdist) → copy the files into a folder "unstable" →
//   python -m venv + pip install the wheel (find-links on that folder) + pytest on a copy of the tests →
//   copy the files to "testing" and "stable".
// The hand-made flow does less (no inspection, no index pages, no hash checks, no manifest), so it is the
// floor. Goal: the pipeline within 1.2× of it. Runs alternate (pipeline, by hand) so drift hits both.
// Third-party wheels come from one index for both (WHEELWRIGHT_TEST_INDEX_URL, default the offline
// mirror); WHEELWRIGHT_BENCH_RUNS sets the number of runs.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize } from './stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const python = process.env.WHEELWRIGHT_TEST_PYTHON ?? '/usr/bin/python3';
const runs = Number(process.env.WHEELWRIGHT_BENCH_RUNS ?? 3);
const temp = mkdtempSync(join(tmpdir(), 'ww-bench-pipeline-'));
const upstream = process.env.WHEELWRIGHT_TEST_INDEX_URL ?? 'file:///opt/pypi/simple';
// Both flows get third-party wheels (build backends, pytest) from the same one index and nothing else.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(PIP_|UV_|VIRTUAL_ENV|PYTHONPATH|SETUPTOOLS_SCM_)/.test(k)),
);
const git = {
  ...cleanEnv,
  PIP_CONFIG_FILE: '/dev/null',
  PIP_INDEX_URL: upstream,
  PIP_DISABLE_PIP_VERSION_CHECK: '1',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
};

function must(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: git, ...options });
  if (result.status !== 0) {
    process.stderr.write(`${command} ${args.join(' ')} failed:\n${result.stderr}\n${result.stdout}\n`);
    process.exit(1);
  }
  return result.stdout;
}

const project = join(temp, 'wheelwright-demo');
must(process.execPath, [
  cli,
  'scaffold',
  '--name',
  'wheelwright-demo',
  '--path',
  project,
  '--docs=false',
  '--author',
  'Bench',
  '--email',
  'bench@example.invalid',
]);
must('git', ['-C', project, 'tag', 'v0.1.0']);

function pipelineRun(i) {
  const store = join(temp, `store-${i}`);
  const started = performance.now();
  const out = must(process.execPath, [
    cli,
    'pipeline',
    project,
    '--store',
    store,
    '--python',
    python,
    '--work-dir',
    join(temp, `work-${i}`),
  ]);
  const ms = performance.now() - started;
  const result = JSON.parse(out);
  if (result.channel !== 'stable') throw new Error(`the pipeline ended in ${result.channel}`);
  return { ms, steps: result.steps };
}

function handRun(i) {
  const base = join(temp, `hand-${i}`);
  const dist = join(base, 'dist');
  const started = performance.now();
  const marks = {};
  const mark = (name, since) => {
    marks[name] = performance.now() - since;
    return performance.now();
  };
  let t = performance.now();
  // The build in a clean copy of the checkout, as CI has (the pipeline builds from the tree too).
  must(python, ['-m', 'build', '--outdir', dist, project], { env: { ...git, SETUPTOOLS_SCM_PRETEND_VERSION: '0.1.0' } });
  t = mark('build', t);
  const indexes = Object.fromEntries(['unstable', 'testing', 'stable'].map((n) => [n, join(base, n)]));
  mkdirSync(indexes.unstable, { recursive: true });
  for (const file of readdirSync(dist)) cpSync(join(dist, file), join(indexes.unstable, file));
  t = mark('publish', t);
  const venv = join(base, 'venv');
  must(python, ['-m', 'venv', venv]);
  const vpython = join(venv, 'bin', 'python');
  // The package from the folder index only; pytest from pip's configured sources.
  must(vpython, ['-m', 'pip', 'install', '-q', '--find-links', indexes.unstable, 'wheelwright-demo[testing]==0.1.0', 'pytest']);
  const tests = join(base, 'tests');
  cpSync(join(project, 'tests'), tests, { recursive: true });
  must(vpython, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', tests], { cwd: base });
  t = mark('clean-env-test', t);
  for (const target of ['testing', 'stable']) {
    mkdirSync(indexes[target], { recursive: true });
    for (const file of readdirSync(indexes.unstable)) cpSync(join(indexes.unstable, file), join(indexes[target], file));
  }
  mark('promote ×2', t);
  return { ms: performance.now() - started, marks };
}

const pipelineSamples = [];
const handSamples = [];
const stepTotals = new Map();
const handTotals = new Map();
try {
  for (let i = 0; i < runs; i++) {
    const p = pipelineRun(i);
    pipelineSamples.push(p.ms);
    for (const step of p.steps) {
      const key = step.name.replace(/ \(.*\)$/, '');
      stepTotals.set(key, (stepTotals.get(key) ?? 0) + step.seconds * 1000);
    }
    const h = handRun(i);
    handSamples.push(h.ms);
    const build = p.steps.find((step) => step.action === 'build-wheel')?.seconds ?? 0;
    console.log(
      `  run ${i + 1}: pipeline ${(p.ms / 1000).toFixed(2)} s (build ${build.toFixed(2)} s), by hand ${(h.ms / 1000).toFixed(2)} s (build ${(h.marks.build / 1000).toFixed(2)} s)`,
    );
    for (const [k, v] of Object.entries(h.marks)) handTotals.set(k, (handTotals.get(k) ?? 0) + v);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

const p = summarize(pipelineSamples);
const h = summarize(handSamples);
const total = [...stepTotals.values()].reduce((a, b) => a + b, 0);
const handTotal = [...handTotals.values()].reduce((a, b) => a + b, 0);
console.log(`demo package (scaffolded, tagged v0.1.0 → stable), ${runs} runs each, medians:`);
console.log(
  `  wheelwright pipeline   ${(p.median / 1000).toFixed(2)} s  (p10 ${(p.p10 / 1000).toFixed(2)}, p90 ${(p.p90 / 1000).toFixed(2)})`,
);
for (const [name, ms] of stepTotals) console.log(`    ${name.padEnd(22)} ${((100 * ms) / total).toFixed(1).padStart(5)} %`);
console.log(
  `  by hand                ${(h.median / 1000).toFixed(2)} s  (p10 ${(h.p10 / 1000).toFixed(2)}, p90 ${(h.p90 / 1000).toFixed(2)})`,
);
for (const [name, ms] of handTotals) console.log(`    ${name.padEnd(22)} ${((100 * ms) / handTotal).toFixed(1).padStart(5)} %`);
const min = (list) => Math.min(...list);
console.log(
  `  ratio pipeline / by hand: ${(p.median / h.median).toFixed(2)}× of medians, ${(min(pipelineSamples) / min(handSamples)).toFixed(2)}× of the fastest runs (goal ≤ 1.2×)`,
);
