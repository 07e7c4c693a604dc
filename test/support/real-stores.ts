/**
 * The real index servers (devpi-server with devpi-web, and three pypiserver processes) for tests.
 *
 * A test file that needs them calls `beforeAll(startRealStores, STORES_START_TIMEOUT_MS)`. The first
 * caller in a run starts them (the shared `up.sh`, on free ports, under the per-run root); every other
 * caller, in any worker, waits for that start and gets the same servers. So a run that selects no such
 * file never pays the start (~12–20 s), and a run that does starts them once. The global setup stops them
 * at the end of the run. The stores are shared by every test of the run: give each test its own project
 * names (`uniqueProject`).
 *
 * A missing prerequisite is a failure naming what to install, never a skip. WHEELWRIGHT_TEST_STORES_ENV
 * (the env.sh of servers started by hand with up.sh) reuses running servers instead.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { storesFolder, storesScripts } from './run-root';

export interface RealDevpi {
  /** Server root, e.g. http://127.0.0.1:40123 */
  url: string;
  /** Index URLs (upload here; install from `<index>/+simple/`): unstable → testing → stable inherit downwards. */
  unstable: string;
  testing: string;
  /** Non-volatile: a release there cannot be overwritten or deleted. */
  stable: string;
  user: string;
  password: string;
  rootPassword: string;
  /** The devpi command-line client of the servers' venv. */
  client: string;
}

export interface RealPypiserver {
  /** Root URLs (upload here; install from `<url>/simple/`). unstable and testing allow overwrite; stable refuses it. */
  unstable: string;
  testing: string;
  stable: string;
  user: string;
  password: string;
  /** The folders each server serves (simple-dir backend: a file dropped in shows up at once). */
  dirs: { unstable: string; testing: string; stable: string };
}

export interface RealStores {
  devpi: RealDevpi;
  pypiserver: RealPypiserver;
}

/** For `beforeAll(startRealStores, STORES_START_TIMEOUT_MS)`: a cold start on two loaded cores. */
export const STORES_START_TIMEOUT_MS = 300_000;

function testRoot(): string {
  const root = process.env.WHEELWRIGHT_TEST_ROOT;
  if (!root) throw new Error('WHEELWRIGHT_TEST_ROOT is not set: run the tests through vitest (vitest.config.ts sets up the run)');
  return root;
}

async function freePorts(count: number): Promise<number[]> {
  // Hold all of them open at once so the kernel hands out distinct ports, then release them for up.sh.
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<import('node:net').Server>((done, fail) => {
          const server = createServer();
          server.once('error', fail);
          server.listen(0, '127.0.0.1', () => done(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as import('node:net').AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  return ports;
}

function readEnvFile(envSh: string): Promise<Record<string, string>> {
  // env.sh is shell (printf %q quoting): let bash read it and hand back NUL-separated pairs.
  return new Promise((done, fail) => {
    const child = spawn('bash', ['-c', 'set -e; . "$1"; env -0', 'bash', envSh], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`could not read ${envSh} (bash exit ${code})`));
      const env: Record<string, string> = {};
      for (const pair of Buffer.concat(out).toString().split('\0')) {
        const eq = pair.indexOf('=');
        if (eq > 0) env[pair.slice(0, eq)] = pair.slice(eq + 1);
      }
      done(env);
    });
  });
}

function fromEnv(env: Record<string, string>): RealStores {
  const get = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`the real stores' env.sh does not export ${name}`);
    return value;
  };
  return {
    devpi: {
      url: get('DEVPI_URL'),
      unstable: get('DEVPI_UNSTABLE'),
      testing: get('DEVPI_TESTING'),
      stable: get('DEVPI_STABLE'),
      user: get('STORES_CI_USER'),
      password: get('STORES_CI_PASSWORD'),
      rootPassword: get('DEVPI_ROOT_PASSWORD'),
      client: join(get('STORES_VENV'), 'bin', 'devpi'),
    },
    pypiserver: {
      unstable: get('PYPISERVER_UNSTABLE'),
      testing: get('PYPISERVER_TESTING'),
      stable: get('PYPISERVER_STABLE'),
      user: get('STORES_CI_USER'),
      password: get('STORES_CI_PASSWORD'),
      dirs: { unstable: get('PYPISERVER_DIR_UNSTABLE'), testing: get('PYPISERVER_DIR_TESTING'), stable: get('PYPISERVER_DIR_STABLE') },
    },
  };
}

function runUp(up: string, storesRoot: string, log: string): Promise<{ code: number; output: string }> {
  return freePorts(4).then(
    ([devpi, unstable, testing, stable]) =>
      new Promise((done, fail) => {
        const fd = openSync(log, 'a');
        const child = spawn('bash', [up], {
          env: {
            ...process.env,
            STORES_ROOT: storesRoot,
            DEVPI_PORT: String(devpi),
            PYPISERVER_PORT_UNSTABLE: String(unstable),
            PYPISERVER_PORT_TESTING: String(testing),
            PYPISERVER_PORT_STABLE: String(stable),
          },
          stdio: ['ignore', fd, fd],
        });
        child.on('error', fail);
        child.on('close', (code) => done({ code: code ?? 1, output: readFileSync(log, 'utf8') }));
      }),
  );
}

let started: RealStores | undefined;

async function startHere(): Promise<RealStores> {
  const paths = storesFolder(testRoot());
  if (!storesScripts() || !existsSync(paths.up)) {
    throw new Error(
      `the real index servers' scripts are missing: expected ${paths.up} (the shared/stores folder beside the checkout); ` +
        'set WHEELWRIGHT_TEST_STORES to the folder holding up.sh and down.sh',
    );
  }
  mkdirSync(paths.root, { recursive: true });
  // A port taken between our probe and up.sh's bind is the one failure worth a second try.
  for (let attempt = 1; ; attempt++) {
    const { code, output } = await runUp(paths.up, paths.root, paths.log);
    if (code === 0) break;
    if (attempt < 3 && /already in use/.test(output)) continue;
    const tail = output.trim().split('\n').slice(-15).join('\n');
    throw new Error(`the real index servers did not start (up.sh exit ${code}; log ${paths.log}):\n${tail}`);
  }
  return fromEnv(await readEnvFile(join(paths.root, 'env.sh')));
}

/**
 * Starts the real servers once per run (whichever worker comes first) and returns their addresses;
 * idempotent, safe to call from every test file.
 */
export async function startRealStores(): Promise<RealStores> {
  if (started) return started;
  // Servers someone already started by hand (up.sh's env.sh): for iterating on one test file without
  // paying the start each time. Never stopped by the run.
  const running = process.env.WHEELWRIGHT_TEST_STORES_ENV;
  if (running) {
    started = fromEnv(await readEnvFile(running));
    return started;
  }
  const paths = storesFolder(testRoot());
  let mine = false;
  try {
    mkdirSync(paths.lock); // atomic: exactly one worker of the run wins
    mine = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (mine) {
    try {
      started = await startHere();
      writeFileSync(paths.ready, JSON.stringify(started));
    } catch (error) {
      writeFileSync(paths.failed, (error as Error).message);
      throw error;
    }
    return started;
  }
  const deadline = Date.now() + STORES_START_TIMEOUT_MS;
  for (;;) {
    if (existsSync(paths.ready)) {
      started = JSON.parse(readFileSync(paths.ready, 'utf8')) as RealStores;
      return started;
    }
    if (existsSync(paths.failed)) throw new Error(readFileSync(paths.failed, 'utf8'));
    if (Date.now() > deadline) throw new Error(`timed out waiting for another worker to start the real index servers (${paths.log})`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** The servers `startRealStores()` started; call that in `beforeAll` first. */
export function realStores(): RealStores {
  if (!started)
    throw new Error('the real index servers are not started in this file: add beforeAll(startRealStores, STORES_START_TIMEOUT_MS)');
  return started;
}

let counter = 0;

/**
 * A project name no other test of the run uses (the real stores are shared by the whole run): a PEP 503
 * normalized name from `label`, this worker's pid and a counter. `module` is its import name.
 */
export function uniqueProject(label: string): { name: string; module: string } {
  const base = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const name = `${base || 'p'}-${process.pid.toString(36)}-${(++counter).toString(36)}`;
  return { name, module: name.replace(/-/g, '_') };
}
