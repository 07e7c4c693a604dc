#!/usr/bin/env node
// Each bundle's size and cold start (node start to exit on an input error: no inputs, an empty
// folder) against bare `node -e 0`, measured in the same run. Usage: node bench/cold-start.mjs [runs]
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, timeCommand } from './stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const empty = mkdtempSync(join(tmpdir(), 'ww-bench-empty-'));
const env = { PATH: process.env.PATH, HOME: empty };

const bare = timeCommand(process.execPath, ['-e', '0'], { env, cwd: empty }, runs);
console.log(`bare node -e 0: median ${fmt(bare.median)} (p10 ${fmt(bare.p10)}, p90 ${fmt(bare.p90)}, ${bare.runs} runs)`);
console.log('| bundle | index.js size | cold start (median) | ratio to bare node |');
console.log('| --- | ---: | ---: | ---: |');
for (const name of readdirSync(join(root, 'dist')).sort()) {
  const bundle = join(root, 'dist', name, 'index.js');
  const size = statSync(bundle).size;
  const timing = timeCommand(process.execPath, [bundle], { env, cwd: empty }, runs);
  console.log(`| ${name} | ${(size / 1024).toFixed(0)} KiB | ${fmt(timing.median)} | ${(timing.median / bare.median).toFixed(2)}× |`);
}
