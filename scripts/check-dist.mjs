#!/usr/bin/env node
// Rebuilds every bundle into a temporary folder and fails when dist/ differs from it: a file that
// changed, one that is missing, or one that should not be there. Users run dist/, not src/.
//   --dist DIR    the bundles to check (default dist/)
//   --fresh DIR   compare with bundles already built there instead of rebuilding (the checker's own
//                 tests use a tiny fixture; CI runs the full rebuild once, as its own step)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distArg = process.argv.indexOf('--dist');
const dist = distArg >= 0 ? resolve(process.argv[distArg + 1]) : join(root, 'dist');
const freshArg = process.argv.indexOf('--fresh');
const prebuilt = freshArg >= 0 ? resolve(process.argv[freshArg + 1]) : undefined;
const fresh = prebuilt ?? mkdtempSync(join(tmpdir(), 'wheelwright-check-dist-'));

function files(dir) {
  const found = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else found.push(relative(dir, p));
    }
  };
  try {
    walk(dir);
  } catch {
    /* a missing dist/ is reported file by file below */
  }
  return found.sort();
}

// No process.exit() before the finally: the rebuilt copy must not stay behind in the temporary folder.
try {
  let built = true;
  if (!prebuilt) {
    try {
      execFileSync(process.execPath, [join(root, 'scripts', 'build-dist.mjs'), '--out', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      built = false; // build-dist.mjs said why on stderr
      process.exitCode = 1;
    }
  }
  if (built) {
    const want = files(fresh);
    const have = new Set(files(dist));
    const problems = [];
    for (const file of want) {
      if (!have.has(file)) problems.push(`missing: dist/${file}`);
      else if (!readFileSync(join(fresh, file)).equals(readFileSync(join(dist, file)))) problems.push(`stale: dist/${file}`);
      have.delete(file);
    }
    for (const file of have) problems.push(`unexpected: dist/${file}`);
    if (problems.length > 0) {
      process.stderr.write(`${problems.join('\n')}\ndist/ is not what the sources build: run \`pnpm build\` and commit dist/.\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(`dist/ is fresh (${want.length} files)\n`);
    }
  }
} finally {
  if (!prebuilt) rmSync(fresh, { recursive: true, force: true });
}
