/**
 * Once per test run (vitest globalSetup, in the main process before any worker starts):
 *
 * - one per-run root, `$TMPDIR/wheelwright-test-<pid>/`, becomes TMPDIR for every worker and everything
 *   they spawn, so every temporary folder of the run lives under it and goes with it at the end;
 * - a marker variable (WHEELWRIGHT_TEST_RUN) every process of the run inherits, so the end of the run can
 *   find processes the suite left behind (a gpg-agent, a server, a pipeline still running) even after they
 *   were re-parented or started their own session;
 * - at the end: stop the real index servers if a test started them (test/support/real-stores.ts), then
 *   fail the run if a process of the run is still alive or the suite created entries of its own in the
 *   machine's temporary folder instead of the per-run root; then remove the root.
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { RUN_MARKER, storesFolder, TEMP_ENTRY, testRootName } from './run-root';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The per-run root (also TMPDIR and WHEELWRIGHT_TEST_ROOT in every worker). */
    testRoot: string;
  }
}

/** Processes whose initial environment carries `marker` (this uid only; /proc of others is unreadable). */
function markedProcesses(marker: string): { pid: number; ppid: number; command: string }[] {
  const found: { pid: number; ppid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, 'latin1');
      if (!environ.split('\0').includes(marker)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z') continue; // a zombie holds nothing; its parent reaps it
      const command = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').join(' ').trim();
      found.push({ pid, ppid: Number(fields[1]), command });
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(command, args, { env, timeout: 60_000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, output: `${stdout}${stderr}` });
    });
  });
}

/**
 * Roots of runs that died without their teardown (killed, or interrupted: vitest exits on Ctrl-C without
 * running it): stop their real servers if any, then remove them. A root whose vitest is alive is another
 * run's, and left alone.
 */
function sweepDeadRuns(systemTemp: string): void {
  for (const name of readdirSync(systemTemp)) {
    const match = /^wheelwright-test-(\d+)$/.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    let command = '';
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
    } catch {
      // no such process
    }
    if (pid !== process.pid && /vitest/.test(command)) continue;
    const stores = storesFolder(join(systemTemp, name));
    if (existsSync(join(stores.root, 'run', 'pids')) && existsSync(stores.down)) {
      try {
        execFileSync('bash', [stores.down], { env: { ...process.env, STORES_ROOT: stores.root }, stdio: 'ignore', timeout: 60_000 });
      } catch {
        // best effort: its servers may be long gone
      }
    }
    rmSync(join(systemTemp, name), { recursive: true, force: true });
  }
}

export default function setup(project: TestProject): () => Promise<void> {
  const systemTemp = tmpdir();
  const root = join(systemTemp, testRootName(process.pid));
  sweepDeadRuns(systemTemp);
  mkdirSync(root, { recursive: true });
  const marker = `${RUN_MARKER}=${process.pid}-${randomBytes(6).toString('hex')}`;
  const before = new Set(readdirSync(systemTemp));

  // Workers are forked with a copy of process.env taken after global setup, so this reaches every test
  // file, and from there every process a test spawns.
  process.env.TMPDIR = root;
  process.env.WHEELWRIGHT_TEST_ROOT = root;
  process.env[RUN_MARKER] = marker.slice(RUN_MARKER.length + 1);
  project.provide('testRoot', root);

  return async () => {
    const problems: string[] = [];
    const stores = storesFolder(root);
    if (existsSync(join(stores.root, 'run', 'pids'))) {
      const down = await run('bash', [stores.down], { ...process.env, STORES_ROOT: stores.root });
      if (down.code !== 0) problems.push(`stopping the real index servers failed (down.sh exit ${down.code}):\n${down.output}`);
      // Their logs go with the root: show any server-side traceback first (a 500 a test saw, say).
      const logs = join(stores.root, 'log');
      for (const name of existsSync(logs) ? readdirSync(logs) : []) {
        const text = readFileSync(join(logs, name), 'utf8');
        const at = text.indexOf('Traceback');
        if (at >= 0) console.warn(`real index server log ${name} holds a traceback:\n${text.slice(Math.max(0, at - 2000), at + 6000)}`);
      }
    }

    // vitest's own workers are still alive here (the pool closes after global teardown): they are children
    // of this process running vitest's worker entry. Anything else carrying the marker was left behind.
    const isWorker = (p: { ppid: number; command: string }) => p.ppid === process.pid && /vitest[/\\]dist[/\\]workers[/\\]/.test(p.command);
    let leftovers = markedProcesses(marker).filter((p) => !isWorker(p));
    for (let waited = 0; leftovers.length > 0 && waited < 5_000; waited += 250) {
      await sleep(250); // a process that was already exiting gets a moment
      leftovers = markedProcesses(marker).filter((p) => !isWorker(p));
    }
    if (leftovers.length > 0) {
      problems.push(
        `the suite left ${leftovers.length} process(es) running (now killed):\n` +
          leftovers.map((p) => `  pid ${p.pid}: ${p.command.slice(0, 300)}`).join('\n') +
          '\nstop what a test starts (await its exit; `gpgconf --kill gpg-agent` for every GNUPGHOME).',
      );
      for (const p of leftovers) {
        try {
          process.kill(p.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }

    // An entry in the machine's temporary folder cannot be traced to the process that made it. On a CI
    // machine (CI set) nothing else runs, so a new entry with our prefixes is this run's leak and fails it;
    // on a shared machine other checkouts' runs make such entries too, so it is only reported. Never
    // removed: it may belong to someone else.
    const strays = readdirSync(systemTemp).filter(
      (name) => !before.has(name) && TEMP_ENTRY.test(name) && !/^wheelwright-test-\d+$/.test(name),
    );
    if (strays.length > 0) {
      const report =
        `${strays.length} new entr(y/ies) in ${systemTemp} with this suite's prefixes, not under the per-run root ${root}:\n` +
        strays.map((name) => `  ${join(systemTemp, name)}`).join('\n') +
        '\ncreate temporary folders under os.tmpdir() (TMPDIR is the per-run root), never a fixed /tmp path.';
      if (process.env.CI || process.env.WHEELWRIGHT_TEST_STRICT) problems.push(report);
      else console.warn(`warning (not failing: CI is not set, and other runs on this machine may have made them): ${report}`);
    }

    rmSync(root, { recursive: true, force: true });
    if (problems.length > 0) {
      // vitest only logs an error thrown here; the exit code is what CI sees.
      process.exitCode = 1;
      throw new Error(`test run left things behind:\n${problems.join('\n\n')}`);
    }
  };
}
