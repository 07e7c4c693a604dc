/**
 * The browser test's lookup (test/support/browser.ts): a snap wrapper such as Ubuntu's chromium package
 * installs is passed over, a launcher that does not answer `--version` as a browser is passed over, and
 * with nothing usable the error names every candidate and what to install.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { browserCandidates, findBrowser } from '../support/browser';

const dir = mkdtempSync(join(tmpdir(), 'ww-find-browser-'));
function script(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}
// What Ubuntu's transitional chromium-browser package installs: a script that hands over to the snap.
const snapWrapper = script('chromium-browser', 'exec /snap/bin/chromium "$@"');
const broken = script('chromium', 'echo "cannot open display" >&2; exit 1');
const fake = script('google-chrome', 'echo "Google Chrome 151.0.7922.137"');

it('takes CHROME_BIN first, then the usual paths, without duplicates', () => {
  expect(browserCandidates({ CHROME_BIN: '/usr/bin/google-chrome' })).toEqual([
    '/usr/bin/google-chrome',
    '/usr/bin/chromium',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/chromium-browser',
  ]);
  expect(browserCandidates({})[0]).toBe('/usr/bin/chromium');
});

it('passes over a missing path, a snap wrapper and a launcher that fails, and takes the next that answers', async () => {
  expect(await findBrowser([join(dir, 'missing'), snapWrapper, broken, fake])).toEqual({
    path: fake,
    version: 'Google Chrome 151.0.7922.137',
  });
});

it('fails naming every candidate and what to install when none works', async () => {
  const error = await findBrowser([join(dir, 'missing'), snapWrapper, broken]).catch((e: Error) => e);
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message).toContain(`${join(dir, 'missing')} (missing)`);
  expect(message).toContain(`${snapWrapper} (a snap wrapper)`);
  expect(message).toContain(`${broken} (\`--version\` exited 1: "cannot open display")`);
  expect(message).toMatch(/apt-get install chromium.*Google Chrome.*CHROME_BIN/);
});

it("finds this machine's browser", async () => {
  const found = await findBrowser();
  expect(found.version).toMatch(/^(Chromium|Google Chrome)/);
});
