/**
 * A Chromium-family browser for playwright-core, found where the machines we run on keep one: Debian's
 * `chromium` package (/usr/bin/chromium), and GitHub's Ubuntu runner image, which ships Google Chrome
 * (CHROME_BIN=/usr/bin/google-chrome) and a Chromium build. On Ubuntu the `chromium`/`chromium-browser`
 * apt packages only install a wrapper that starts the snap, which does not run in containers and cannot
 * use a profile folder under /tmp: such a wrapper is refused, not used.
 */
import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { run } from './processes';

/** Where to look, first match wins: CHROME_BIN when set, then the usual paths. */
export function browserCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = [
    env.CHROME_BIN,
    '/usr/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/chromium-browser',
  ];
  return [...new Set(listed.filter((path): path is string => typeof path === 'string' && path !== ''))];
}

export const INSTALL_BROWSER =
  'install one: on Debian `apt-get install chromium`; on Ubuntu Google Chrome (GitHub runners have it, CHROME_BIN), since its chromium package is a snap wrapper; or set CHROME_BIN to a Chromium or Chrome binary';

/** Whether a (small, script) launcher hands over to a snap. */
function startsASnap(path: string): boolean {
  const real = realpathSync(path);
  if (real.startsWith('/snap/')) return true;
  if (statSync(real).size > 64 * 1024) return false; // a real browser binary, not a launcher script
  const head = Buffer.alloc(64 * 1024);
  const fd = openSync(real, 'r');
  try {
    const read = readSync(fd, head, 0, head.length, 0);
    return /\/snap\/bin\/|\bsnap run\b/.test(head.subarray(0, read).toString('latin1'));
  } finally {
    closeSync(fd);
  }
}

/**
 * The first candidate that exists, is no snap wrapper, and answers `--version` as Chromium or Chrome;
 * otherwise an error naming what each candidate was and what to install.
 */
export async function findBrowser(candidates: readonly string[] = browserCandidates()): Promise<{ path: string; version: string }> {
  const tried: string[] = [];
  for (const path of candidates) {
    if (!existsSync(path)) {
      tried.push(`${path} (missing)`);
      continue;
    }
    if (startsASnap(path)) {
      tried.push(`${path} (a snap wrapper)`);
      continue;
    }
    const answer = await run(path, ['--version'], { timeoutMs: 60_000 });
    const version = /\b(?:Chromium|Google Chrome(?: for Testing)?) \d+[\d.]*/.exec(answer.stdout)?.[0];
    if (answer.code === 0 && version) return { path, version };
    tried.push(`${path} (\`--version\` exited ${answer.code}: ${JSON.stringify(`${answer.stdout}${answer.stderr}`.trim().slice(0, 120))})`);
  }
  throw new Error(`no working Chromium or Chrome for the browser test: tried ${tried.join(', ')}; ${INSTALL_BROWSER}`);
}
