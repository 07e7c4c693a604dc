#!/usr/bin/env node
// @actions/exec against core's process runner (packages/core/src/process), measured rather than argued:
//  1. size and cold start of an ncc bundle that starts one child (`node -e 0`) with each, over bare
//     `node -e 0` (rounds interleave the three, so a busy machine slows all alike; medians of the
//     per-round differences), on BENCH_NODE (the Node 24 action.yml declares) in a PATH+HOME environment;
//  2. what each does with the things core's runner is for: a time-out, and an argument that carries a
//     credential (exec echoes the command line to stdout unless `silent`).
// Usage: BENCH_NODE=~/.cache/wheelwright/node24/bin/node node bench/exec.mjs [rounds]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, summarize } from './stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 15);
const NODE = process.env.BENCH_NODE ?? process.execPath;
// @actions/exec is a dependency of @actions/tool-cache, not of ours: taken from pnpm's store.
const execPkg = join(root, 'node_modules', '.pnpm', 'node_modules', '@actions', 'exec', 'lib', 'exec.js');
const corePkg = join(root, 'packages', 'core', 'src', 'process', 'index.ts');
const work = mkdtempSync(join(tmpdir(), 'ww-bench-exec-'));
const empty = join(work, 'cwd');
mkdirSync(empty);
const env = { PATH: process.env.PATH, HOME: empty };

const entries = {
  'core run': `import { run } from ${JSON.stringify(corePkg)};\nawait run(process.execPath, ['-e', '0'], { timeoutMs: 30_000 });\n`,
  '@actions/exec': `import { getExecOutput } from ${JSON.stringify(execPkg)};\nawait getExecOutput(process.execPath, ['-e', '0'], { silent: true });\n`,
};
const bundles = {};
try {
  for (const [name, source] of Object.entries(entries)) {
    const dir = join(work, name.replace(/\W+/g, '-'));
    mkdirSync(dir);
    writeFileSync(join(dir, 'entry.mjs'), source);
    execFileSync(join(root, 'node_modules', '.bin', 'ncc'), ['build', join(dir, 'entry.mjs'), '-o', join(dir, 'out'), '-q'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const out = join(dir, 'out');
    const size = readdirSync(out)
      .filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
      .reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
    const main = readdirSync(out).find((f) => /^index\.m?js$/.test(f));
    bundles[name] = { main: join(out, main), size };
  }

  const once = (args) => {
    const started = process.hrtime.bigint();
    const result = spawnSync(NODE, args, { stdio: 'ignore', env, cwd: empty });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const bare = [];
  const over = Object.fromEntries(Object.keys(bundles).map((name) => [name, []]));
  for (let round = 0; round <= rounds; round++) {
    const base = once(['-e', '0']);
    for (const [name, { main }] of Object.entries(bundles)) {
      const ms = once([main]);
      if (round > 0) over[name].push(ms - base); // round 0 warms the page cache
    }
    if (round > 0) bare.push(base);
  }
  console.log(`node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${rounds} rounds`);
  console.log(`bare node -e 0: median ${fmt(summarize(bare).median)}`);
  console.log('| runner | bundle (all .js) | start + one child, over bare node (median of pairs) |');
  console.log('| --- | ---: | ---: |');
  for (const [name, { size }] of Object.entries(bundles)) {
    console.log(`| ${name} | ${(size / 1024).toFixed(0)} KiB | +${fmt(summarize(over[name]).median)} |`);
  }

  // Behaviour: a child that outlives its time-out, and a credential in an argument.
  const probe = join(work, 'probe.mjs');
  writeFileSync(
    probe,
    `import { run } from ${JSON.stringify(corePkg)};
import { getExecOutput } from ${JSON.stringify(execPkg)};
import { Writable } from 'node:stream';
const hang = ['-e', 'setTimeout(() => {}, 5000)'];
let t = Date.now();
const core = await run(process.execPath, hang, { timeoutMs: 300 }).then(() => 'finished', (e) => e.message);
const coreMs = Date.now() - t;
t = Date.now();
// ExecOptions has no time-out and no AbortSignal: the child runs until it exits by itself.
await getExecOutput(process.execPath, hang, { silent: true });
const execMs = Date.now() - t;
let echoed = '';
const sink = new Writable({ write(chunk, _e, done) { echoed += chunk; done(); } });
await getExecOutput(process.execPath, ['-e', '0', 'https://user:s3cret@example.invalid/simple'], { outStream: sink });
console.log(JSON.stringify({ core, coreMs, execMs, echoesCredential: echoed.includes('s3cret') }));
`,
  );
  const bundledProbe = join(work, 'probe-out');
  execFileSync(join(root, 'node_modules', '.bin', 'ncc'), ['build', probe, '-o', bundledProbe, '-q'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const main = readdirSync(bundledProbe).find((f) => /^index\.m?js$/.test(f));
  const facts = JSON.parse(execFileSync(NODE, [join(bundledProbe, main)], { encoding: 'utf8', env, cwd: empty }).trim());
  console.log(`a child that sleeps 5 s, time-out 300 ms: core run rejects after ${facts.coreMs} ms (${facts.core});`);
  console.log(`  @actions/exec has no time-out option and returns after ${facts.execMs} ms, when the child exits by itself`);
  console.log(`an argument carrying a credential: @actions/exec echoes it to stdout unless silent: ${facts.echoesCredential}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
