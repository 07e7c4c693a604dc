// Shared timing helpers for the benchmarks: run a command N times, report the median and spread.
import { spawnSync } from 'node:child_process';

export function timeCommand(command, args, options = {}, runs = 15) {
  const samples = [];
  for (let i = 0; i < runs + 1; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { stdio: 'ignore', ...options });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.error) throw result.error;
    if (i > 0) samples.push(ms); // the first run warms the page cache
  }
  return summarize(samples);
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), runs: sorted.length };
}

export const fmt = (ms) => `${ms.toFixed(1)} ms`;
