#!/usr/bin/env node
// The README's main command (for now): run the bundled pep440-version action on this repository, as the
// runner would, and print the version. Needs only Node and git: the bundle is committed and self-contained.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const temp = mkdtempSync(join(tmpdir(), 'wheelwright-main-'));
const output = join(temp, 'output');
writeFileSync(output, '');
const result = spawnSync(process.execPath, [join(root, 'dist', 'pep440-version', 'index.js')], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, INPUT_PATH: root, GITHUB_OUTPUT: output, RUNNER_TEMP: temp },
});
const text = readFileSync(output, 'utf8');
rmSync(temp, { recursive: true, force: true });
const version = /^version<<(.+)\n([^\n]*)\n\1$/m.exec(text)?.[2];
if (result.status !== 0 || !version) {
  process.stderr.write('pep440-version failed\n');
  process.exit(result.status || 1);
}
console.log(`wheelwright ${version}`);
