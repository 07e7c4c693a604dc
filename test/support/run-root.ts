/** Names shared by the global setup (main process) and the helpers tests use (workers). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './action-harness';

/** Every process of a test run inherits this variable; the end of the run looks for it in /proc. */
export const RUN_MARKER = 'WHEELWRIGHT_TEST_RUN';

/** The per-run root under the machine's temporary folder. */
export const testRootName = (pid: number) => `wheelwright-test-${pid}`;

/** Names our tests and actions (and mktemp, for shell steps) give temporary entries; in the machine's /tmp, a leak. */
export const TEMP_ENTRY = /^(ww-|wheelwright-|tmp\.[A-Za-z0-9]{10}$)/;

/**
 * The real-server scripts (up.sh, down.sh): WHEELWRIGHT_TEST_STORES, else `shared/stores` beside the
 * checkout or beside one of its parent folders (a git worktree lives one level deeper than the clone).
 */
export function storesScripts(): string | undefined {
  const given = process.env.WHEELWRIGHT_TEST_STORES;
  if (given) return given;
  for (let dir = dirname(repoRoot); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'stores');
    if (existsSync(join(candidate, 'up.sh'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Where one run's servers keep their venv, data, logs and state. */
export function storesFolder(testRoot: string) {
  const scripts = storesScripts() ?? join(dirname(repoRoot), 'shared', 'stores');
  return {
    root: join(testRoot, 'stores'),
    up: join(scripts, 'up.sh'),
    down: join(scripts, 'down.sh'),
    lock: join(testRoot, 'stores.lock'),
    ready: join(testRoot, 'stores.json'),
    failed: join(testRoot, 'stores.failed'),
    log: join(testRoot, 'stores-up.log'),
  };
}
