/**
 * The end-of-run check (test/support/global-setup.ts) on a run of its own: a test file that leaves a
 * process in a session of its own and an entry beside the per-run root fails the run, names both, and the
 * process is gone afterwards; a clean run passes; either way the per-run root is removed.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../support/action-harness';

const config = join(repoRoot, 'test', 'fixtures', 'run-hygiene', 'vitest.config.ts');

/** A vitest run of the fixture; its "machine temporary folder" is `temp`, so nothing outside it is touched. */
function innerRun(leak: string, temp: string): Promise<{ code: number; output: string; pid: number }> {
  return new Promise((done) => {
    const child = execFile(
      join(repoRoot, 'node_modules', '.bin', 'vitest'),
      ['run', '--config', config],
      { cwd: repoRoot, env: { ...process.env, TMPDIR: temp, LEAK: leak, WHEELWRIGHT_TEST_STRICT: '1', CI: '' }, timeout: 120_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, output: `${stdout}${stderr}`, pid: child.pid ?? 0 }),
    );
  });
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

it('fails a run that leaves a process or a temporary entry behind, and kills the process', async () => {
  const temp = mkdtempSync(join(tmpdir(), 'ww-hygiene-'));
  const run = await innerRun('process,temp', temp);
  expect(run.code, run.output).toBe(1);
  expect(run.output).toMatch(/the suite left 1 process\(es\) running \(now killed\):\n\s+pid \d+: sleep 300/);
  expect(run.output).toMatch(new RegExp(`1 new entr\\(y/ies\\) in ${temp} .*\\n\\s+${temp}/ww-stray-\\d+\\n`));
  const leaked = readdirSync(temp).find((name) => name.startsWith('leaked-pid-'));
  const pid = Number(readFileSync(join(temp, leaked ?? 'missing'), 'utf8'));
  expect(pid).toBeGreaterThan(0);
  expect(alive(pid)).toBe(false);
  expect(existsSync(join(temp, `wheelwright-test-${run.pid}`))).toBe(false);
}, 180_000);

it('passes a run that cleans up after itself, and removes its root', async () => {
  const temp = mkdtempSync(join(tmpdir(), 'ww-hygiene-'));
  const run = await innerRun('', temp);
  expect(run.code, run.output).toBe(0);
  expect(run.output).not.toMatch(/left things behind|new entr/);
  expect(readdirSync(temp)).toEqual([]);
}, 180_000);
