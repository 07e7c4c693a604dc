/**
 * What each action's cold start evaluates (bench/cold-start.mjs measures how long it takes): a missing or
 * wrong input in an empty workspace is answered by the bundle's index.js alone. The heavy parts (archive
 * readers, HTTP, the build, the version computation) are ncc chunks beside it, loaded with import() only
 * once the inputs and the project folder are sound; a copy of the bundle without its chunks must give the
 * very same answer as the whole bundle, and a run that gets past the checks must load them.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runAction } from '../support/action-harness';

const ACTIONS = readdirSync(join(repoRoot, 'actions'))
  .filter((name) => existsSync(join(repoRoot, 'actions', name, 'src', 'index.ts')))
  .sort();
// ncc names the chunks of import() <id>.index.js, beside the entry.
const CHUNK = /^\d+\.index\.js$/;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** dist/<action>/ without its chunks: index.js and its assets (package.json, templates). */
function withoutChunks(action: string): { main: string; chunks: string[] } {
  const dist = join(repoRoot, 'dist', action);
  const copy = temp(`ww-cold-${action}-`);
  cpSync(dist, copy, { recursive: true, filter: (source) => !CHUNK.test(source.slice(dist.length + 1)) });
  return { main: join(copy, 'index.js'), chunks: readdirSync(dist).filter((file) => CHUNK.test(file)) };
}

describe.each(ACTIONS)('%s', (action) => {
  it('answers a missing input in an empty workspace from index.js alone, as the whole bundle does', async () => {
    const { main } = withoutChunks(action);
    const whole = await runAction(action, { workspace: temp(`ww-cold-ws-${action}-`) });
    const alone = await runAction(action, { workspace: temp(`ww-cold-ws-${action}-`), mainOverride: main });
    expect(whole.exitCode).toBe(1);
    expect(whole.errors).toHaveLength(1);
    expect(whole.stderr).toBe('');
    // The workspace folder's name differs between the two runs; the answer must not.
    const shown = (run: typeof whole) => run.errors.map((error) => error.replace(/ww-cold-ws-[^/ ']+/g, '<workspace>'));
    expect(shown(alone)).toEqual(shown(whole));
    expect(alone.exitCode).toBe(1);
    expect(alone.stderr).toBe('');
  });
});

// The two actions whose whole work used to load at start: past the checks, they do need their chunks.
it.each([
  ['build-wheel', { 'pyproject.toml': '[project]\nname = "cold"\nversion = "1.0"\n' }, {}],
  ['pep440-version', { 'pyproject.toml': '[project]\nname = "cold"\nversion = "1.0"\n' }, {}],
])('%s loads its work as chunks once the inputs and the project are sound', async (action, files, inputs) => {
  const { main, chunks } = withoutChunks(action);
  expect(chunks.length).toBeGreaterThan(0);
  const workspace = temp(`ww-cold-ws-${action}-`);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
  const alone = await runAction(action, { workspace, inputs, mainOverride: main });
  expect(alone.exitCode).toBe(1);
  expect(`${alone.stdout}${alone.stderr}`).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
});
