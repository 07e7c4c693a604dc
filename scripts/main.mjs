#!/usr/bin/env node
// The README's main command: the whole Wheelwright flow on a fresh demo package, with nothing but Node,
// Python 3 and git. It scaffolds a package in a temporary folder (the committed CLI bundle, as a user
// would run `wheelwright scaffold`), tags the first commit v0.1.0 (a release), and runs
// `wheelwright pipeline` on it against the embedded file store: version → build → publish (unstable) →
// tests in a clean virtualenv → promote (testing) → promote (stable). It prints each step, where the
// release ended, and the `pip install` line that installs it from the store (the pipeline's own).
//
// Test dependencies (pytest) come from the machine's pip configuration: PyPI on a connected machine,
// the configured mirror offline. The demo folder (and its store, which the pip line reads) stays in the
// temporary folder; `--clean` removes it at the end; `--dir DIR` uses DIR instead of a temporary folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const args = process.argv.slice(2);
const keep = !args.includes('--clean');
const dirIndex = args.indexOf('--dir');
const base = dirIndex >= 0 ? resolve(args[dirIndex + 1] ?? '.') : mkdtempSync(join(tmpdir(), 'wheelwright-demo-'));
const project = join(base, 'wheelwright-demo');

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function step(title, command, commandArgs, options = {}) {
  process.stderr.write(`${title}\n`);
  const result = spawnSync(command, commandArgs, {
    stdio: ['ignore', options.capture ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
    ...options,
  });
  if (result.error) fail(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) fail(`${title.trim()} failed (exit ${result.status})${keep ? `; the demo is in ${base}` : ''}`);
  return result.stdout ?? '';
}

if (!existsSync(cli)) fail(`${cli} is missing: this checkout has no CLI bundle (pnpm build)`);
// A fresh machine may have no git identity; the demo's commits and tag must not depend on one.
const git = {
  ...process.env,
  GIT_AUTHOR_NAME: process.env.GIT_AUTHOR_NAME ?? 'Wheelwright Demo',
  GIT_AUTHOR_EMAIL: process.env.GIT_AUTHOR_EMAIL ?? 'demo@example.invalid',
  GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME ?? 'Wheelwright Demo',
  GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL ?? 'demo@example.invalid',
};

/**
 * The machine's configured pip sources (`pip config list`: files and PIP_* variables). When they name
 * indexes but no index-url, pip would ask PyPI first; offline that costs retries per package, so the
 * configured indexes are used alone (PyPI is used when nothing is configured).
 */
function pipSources(python) {
  const listing = spawnSync(python, ['-m', 'pip', 'config', 'list'], { encoding: 'utf8' }).stdout ?? '';
  const values = (key) =>
    [...listing.matchAll(new RegExp(`^[^\\s=]*\\.${key}='([^']*)'$`, 'gm'))].flatMap((m) => m[1].split(/\s+/)).filter(Boolean);
  const indexes = [...new Set([...values('index-url'), ...values('extra-index-url')])];
  const links = [...new Set(values('find-links'))];
  return [
    ...(indexes.length > 0 ? ['--index-url', indexes[0], ...indexes.slice(1).flatMap((u) => ['--extra-index-url', u])] : []),
    ...links.flatMap((l) => ['--find-links', l]),
  ];
}

const python = process.env.PYTHON ?? (process.platform === 'win32' ? 'python' : 'python3');
try {
  // pypa/build is the one tool the build step needs in the interpreter; a fresh machine may lack it.
  const tools = join(base, 'tools');
  step(`0. python -m venv ${tools} + pip install build`, python, ['-m', 'venv', tools]);
  const toolsPython = join(tools, process.platform === 'win32' ? 'Scripts' : 'bin', process.platform === 'win32' ? 'python.exe' : 'python');
  step('   pip install build', toolsPython, ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', ...pipSources(python), 'build'], {
    quiet: true,
  });
  // The demo's author: the user's git identity, else a placeholder (a fresh machine has none).
  const gitName = spawnSync('git', ['config', 'user.name'], { encoding: 'utf8' }).stdout?.trim();
  const author = gitName ? [] : ['--author', git.GIT_AUTHOR_NAME, '--email', git.GIT_AUTHOR_EMAIL];
  step(
    `1. wheelwright scaffold wheelwright-demo (in ${base})`,
    process.execPath,
    [
      cli,
      'scaffold',
      '--name',
      'wheelwright-demo',
      '--path',
      project,
      '--description',
      'A demo package released by Wheelwright',
      '--docs=false',
      ...author,
    ],
    { env: git, capture: true },
  );
  step('2. git tag v0.1.0', 'git', ['-C', project, 'tag', 'v0.1.0'], { env: git });
  process.stderr.write('3. wheelwright pipeline\n');
  const result = spawnSync(process.execPath, [cli, 'pipeline', project, '--python', toolsPython], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: git,
  });
  if (result.status !== 0) fail(`the pipeline failed${keep ? `; the demo is in ${base}` : ''}`);
  const outcome = JSON.parse(result.stdout);
  // The pipeline's own install line: the wheel by direct reference to the store, pinned by its sha256, the
  // dependencies from the user's usual index (an --index-url line fails for a package with dependencies,
  // and an extra index would let another index offer the same name).
  if (!outcome.install) fail(`the pipeline printed no install line${keep ? `; the demo is in ${base}` : ''}`);
  process.stdout.write(`\nwheelwright-demo ${outcome.version} ended in ${outcome.channel}. Install it with:\n\n`);
  process.stdout.write(`  ${outcome.install}\n\n`);
  process.stdout.write(
    keep ? `(the demo project and its store are in ${base})\n` : '(--clean: the demo folder and its store were removed)\n',
  );
} finally {
  if (!keep && dirIndex < 0) rmSync(base, { recursive: true, force: true });
}
