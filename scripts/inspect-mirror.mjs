#!/usr/bin/env node
// Runs build-wheel's inspection over every wheel a PEP 503 index links (default: the offline mirror
// file:///opt/pypi/simple) and prints the findings by rule and severity, then every hard finding with its
// wheel. It bundles the core's distribution module with ncc first, so it measures exactly what ships.
//
//   node scripts/inspect-mirror.mjs [--index file:///opt/pypi/simple] [--jobs 2] [--json out.json] [--max-mb N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const index = option('--index', 'file:///opt/pypi/simple');
const jobs = Number(option('--jobs', '2'));
const jsonOut = option('--json', undefined);
const maxBytes = Number(option('--max-mb', 'Infinity')) * 1024 * 1024;

if (!index.startsWith('file://')) {
  process.stderr.write(`--index '${index}' must be a file:// URL of a PEP 503 simple index\n`);
  process.exit(2);
}

/** Every wheel the simple index links, as local paths (PEP 503: one folder per project, links in index.html). */
function wheelsOf(simple) {
  const wheels = new Set();
  for (const project of readdirSync(simple)) {
    const page = join(simple, project, 'index.html');
    if (!existsSync(page)) continue;
    for (const match of readFileSync(page, 'utf8').matchAll(/href="([^"#]+\.whl)(#[^"]*)?"/g)) {
      const file = fileURLToPath(new URL(match[1], pathToFileURL(page)));
      if (existsSync(file) && statSync(file).size <= maxBytes) wheels.add(file);
    }
  }
  return [...wheels].sort();
}

const bundleDir = join(root, 'node_modules', '.cache', 'wheelwright-inspect-mirror');
mkdirSync(bundleDir, { recursive: true });
execFileSync(
  join(root, 'node_modules', '.bin', 'ncc'),
  ['build', join(root, 'packages', 'core', 'src', 'distribution', 'index.ts'), '-o', bundleDir, '-q'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
const core = await import(pathToFileURL(join(bundleDir, 'index.js')).href);

const wheels = wheelsOf(fileURLToPath(index));
const started = Date.now();
const results = [];
let next = 0;
async function worker() {
  while (next < wheels.length) {
    const wheel = wheels[next++];
    try {
      const report = await core.inspectRelease({ wheel });
      results.push({ wheel: basename(wheel), findings: report.findings });
    } catch (error) {
      results.push({
        wheel: basename(wheel),
        findings: [{ rule: 'READ', severity: 'error', file: basename(wheel), message: String(error?.message ?? error) }],
      });
    }
  }
}
await Promise.all(Array.from({ length: jobs }, worker));
const seconds = ((Date.now() - started) / 1000).toFixed(1);

const counts = new Map();
for (const { wheel, findings } of results) {
  for (const finding of findings) {
    const key = `${finding.rule} ${finding.severity}`;
    const entry = counts.get(key) ?? { findings: 0, wheels: new Set() };
    entry.findings++;
    entry.wheels.add(wheel);
    counts.set(key, entry);
  }
}
const lines = [
  `${wheels.length} wheels inspected in ${seconds} s (${jobs} at a time)`,
  '',
  '| rule | severity | wheels |',
  '|---|---|---|',
];
for (const [key, entry] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
  const [rule, severity] = key.split(' ');
  lines.push(`| ${rule} | ${severity} | ${entry.wheels.size} |`);
}
lines.push('', 'Hard findings (severity error):');
results.sort((a, b) => a.wheel.localeCompare(b.wheel));
for (const { findings } of results) {
  for (const finding of findings.filter((item) => item.severity === 'error')) lines.push(`- ${core.formatFinding(finding, 3)}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1));
