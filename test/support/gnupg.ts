/**
 * A throw-away GNUPGHOME for a test. gpg starts a gpg-agent daemon per home on first use, and that daemon
 * outlives the test (and the run) unless it is told to stop: `stop()` does that with gpgconf, then removes
 * the home. The end-of-run check (test/support/global-setup.ts) fails the run on an agent left running.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GnupgHome {
  home: string;
  /** gpg with this home, in batch mode; returns stdout. */
  gpg(...args: string[]): Buffer;
  /** Stops every daemon of this home (gpg-agent, keyboxd, dirmngr) and removes it. */
  stop(): void;
}

export function gnupgHome(): GnupgHome {
  const home = mkdtempSync(join(tmpdir(), 'ww-gnupg-'));
  return {
    home,
    gpg: (...args) =>
      execFileSync('gpg', ['--homedir', home, '--batch', '--quiet', ...args], { stdio: 'pipe', env: { ...process.env, GNUPGHOME: home } }),
    stop: () => {
      execFileSync('gpgconf', ['--homedir', home, '--kill', 'all'], { stdio: 'pipe', env: { ...process.env, GNUPGHOME: home } });
      rmSync(home, { recursive: true, force: true });
    },
  };
}
