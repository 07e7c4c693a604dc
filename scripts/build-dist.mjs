#!/usr/bin/env node
// Rebuilds every bundle: dist/<name>/ from actions/<name>/src/index.ts (and the CLI from packages/cli),
// with ncc. `--out DIR` builds into another folder (check-dist compares that with dist/).
// An action's package.json may list `wheelwright.assets`: folders copied next to its bundle
// (templates the bundle reads at run time).
//
// licenses.txt is written from ncc's webpack stats (scripts/bundle-licenses.mjs: every package in every
// chunk), not by ncc's --license, which kept only the packages of the import() chunks.
//
// ncc runs with --transpile-only: `pnpm typecheck` checks the same sources with the same tsconfig
// (isolatedModules, so per-file transpiling emits what a full program would), and type-checking every
// bundle again tripled the build's time. The bundles are built a few at a time, one ncc process per core.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBundleLicenses } from './bundle-licenses.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, 'dist');
const only = args.filter((a, i) => !a.startsWith('--') && (outIndex < 0 || i !== outIndex + 1));

export function bundleEntries() {
  const entries = readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'src', 'index.ts')))
    .map((name) => ({ name, dir: join(root, 'actions', name) }));
  if (existsSync(join(root, 'packages', 'cli', 'src', 'index.ts'))) {
    entries.push({ name: 'cli', dir: join(root, 'packages', 'cli') });
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

const ncc = join(root, 'node_modules', '.bin', 'ncc');
const selected = bundleEntries().filter(({ name }) => only.length === 0 || only.includes(name));

// The CLI's flags are generated from the action.yml files: regenerate them before bundling, so a changed
// input can never ship in the actions and not the CLI (check-dist, with --out, only reads).
for (const { dir } of selected) {
  const generator = join(dir, 'scripts', 'generate-action-specs.mjs');
  if (outIndex < 0 && existsSync(generator)) execFileSync(process.execPath, [generator], { stdio: 'inherit' });
}

function bundle({ name, dir }) {
  const target = join(out, name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), `wheelwright-build-${name}-`));
  const stats = join(scratch, 'stats.json');
  return new Promise((done) => {
    const args = ['build', join(dir, 'src', 'index.ts'), '-o', target, '--stats-out', stats, '--transpile-only', '-q'];
    execFile(ncc, args, { cwd: root, maxBuffer: 16 << 20 }, (error, _stdout, stderr) => {
      let failure = error
        ? String(stderr ?? '')
            .split('\n')
            .filter((line) => !/^\s+at /.test(line))
            .join('\n')
        : undefined;
      if (failure === undefined) {
        try {
          writeBundleLicenses(stats, target, root);
        } catch (caught) {
          failure = `licenses.txt: ${caught instanceof Error ? caught.message : String(caught)}`;
        }
      }
      rmSync(scratch, { recursive: true, force: true });
      if (failure !== undefined) {
        process.stderr.write(`${failure}\nbuild of dist/${name} failed\n`);
        done(false);
        return;
      }
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      for (const asset of pkg.wheelwright?.assets ?? []) {
        cpSync(join(dir, asset.from), join(target, asset.to), { recursive: true });
      }
      process.stdout.write(`built dist/${name}\n`);
      done(true);
    });
  });
}

const queue = [...selected];
const workers = Array.from({ length: Math.max(1, Math.min(availableParallelism(), queue.length)) }, async () => {
  let ok = true;
  for (let next = queue.shift(); next; next = queue.shift()) ok = (await bundle(next)) && ok;
  return ok;
});
if (!(await Promise.all(workers)).every(Boolean)) process.exit(1);
