#!/usr/bin/env node
// Scaffold wall time: a full project (every extension, git init + first commit) through the action's
// bundle, against bare node's start-up in the same run. The goal is well under one second.
// PyScaffold's putup is not installed here (not in the offline mirror), so there is no Python ratio.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, summarize, timeCommand } from './stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'scaffold', 'index.js');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const work = mkdtempSync(join(tmpdir(), 'ww-bench-scaffold-'));
const gitconfig = join(work, 'gitconfig');
writeFileSync(gitconfig, '[user]\n\tname = Bench\n\temail = bench@example.org\n[commit]\n\tgpgsign = false\n');

function scaffoldRuns(extra) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const env = {
      ...process.env,
      GIT_CONFIG_GLOBAL: gitconfig,
      GIT_CONFIG_NOSYSTEM: '1',
      INPUT_NAME: 'Scikit-AI',
      INPUT_PACKAGE: 'skai',
      INPUT_PATH: `project-${extra.label}-${i}`,
      'INPUT_GITLAB-CI': 'true',
      'INPUT_DRY-RUN': extra.dryRun ? 'true' : 'false',
      GITHUB_WORKSPACE: work,
    };
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bundle], { cwd: work, env, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`scaffold failed: ${result.stderr}`);
    if (i > 0) samples.push(ms); // the first run warms the page cache
  }
  return summarize(samples);
}

const bare = timeCommand(process.execPath, ['-e', '0'], {}, runs);
const full = scaffoldRuns({ label: 'full', dryRun: false });
const dry = scaffoldRuns({ label: 'dry', dryRun: true });
rmSync(work, { recursive: true, force: true });

const row = (name, s) =>
  `${name.padEnd(44)} median ${fmt(s.median).padStart(9)}  p10 ${fmt(s.p10).padStart(9)}  p90 ${fmt(s.p90).padStart(9)}`;
console.log(`scaffold bench (${runs} runs each, node ${process.version})`);
console.log(row('bare node (node -e 0)', bare));
console.log(row('scaffold bundle: full project, git commit', full));
console.log(row('scaffold bundle: dry run (no writes, no git)', dry));
console.log(`ratio full/bare node: ${(full.median / bare.median).toFixed(2)}x; goal < 1000 ms: ${full.median < 1000 ? 'met' : 'missed'}`);
