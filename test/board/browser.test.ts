/**
 * The release board in a real browser (Debian's chromium, or the Chrome of GitHub's runner image, through
 * playwright-core; test/support/browser.ts finds it), after the flow of
 * python-release.yml ran through the bundles three times on one commit of a scaffolded project with
 * Sphinx docs: a push to main (ends in testing), an rc tag (testing), the final tag (stable). The board
 * renders from file://, shows every release in its channels with commit, tag, findings, tests, hashes and
 * docs, every link resolves, and the console stays clean (no script runs at all).
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitChange, git, gitEnvironment } from '../scaffold/project-tools';
import { repoRoot, runAction } from '../support/action-harness';
import { findBrowser } from '../support/browser';
import { cleanPythonEnv, PYTHON, UPSTREAM_INDEX } from '../support/python';

// Looked up while the release flow runs; a machine without a usable browser fails the rendering test
// with what to install (the promise is awaited there; the catch only keeps the rejection handled meanwhile).
const browser = findBrowser();
browser.catch(() => {});
const temp = mkdtempSync(join(tmpdir(), 'ww-board-browser-'));
const store = join(temp, 'store');
const stores = { unstable: join(store, 'unstable'), testing: join(store, 'testing'), stable: join(store, 'stable') };
let project = '';

/** python-release.yml's jobs in order, with its inputs; returns where the release ended. */
async function releaseWorkflow(ref: string): Promise<{ version: string; channel: string }> {
  const env = cleanPythonEnv();
  const step = async (action: string, inputs: Record<string, string | boolean>) => {
    const run = await runAction(action, { workspace: project, ref, env, inputs, timeoutMs: 400_000 });
    if (run.exitCode !== 0) throw new Error(`${action} failed on ${ref}: ${run.errors.join('; ')}`);
    return run.outputs;
  };
  const version = await step('pep440-version', { path: '.' });
  const releaseDir = mkdtempSync(join(temp, 'release-'));
  const build = await step('build-wheel', {
    path: '.',
    version: version.version ?? '',
    'output-dir': releaseDir,
    python: PYTHON,
    isolation: false,
    'skip-dependency-check': true,
    'index-url': UPSTREAM_INDEX,
  });
  const manifest = build.manifest ?? '';
  const published = await step('publish', { store: stores.unstable, 'index-name': 'unstable', manifest });
  await step('clean-env-test', {
    manifest,
    'index-url': published['index-url'] ?? '',
    python: PYTHON,
    tests: './tests',
    'extra-index-url': UPSTREAM_INDEX,
  });
  await step('promote', { manifest, from: stores.unstable, to: stores.testing, 'to-channel': 'testing' });
  if (version.channel === 'stable' && ref.startsWith('refs/tags/')) {
    await step('promote', { manifest, from: stores.testing, to: stores.stable, 'to-channel': 'stable' });
    return { version: version.version ?? '', channel: 'stable' };
  }
  return { version: version.version ?? '', channel: 'testing' };
}

const ended: { version: string; channel: string }[] = [];

beforeAll(async () => {
  const env = gitEnvironment();
  const scaffolded = await runAction('scaffold', {
    inputs: { name: 'Board-Demo', package: 'boarddemo', description: 'Boards, demonstrated.', markdown: false },
    workspace: temp,
    env,
  });
  if (scaffolded.exitCode !== 0) throw new Error(`scaffold failed: ${scaffolded.errors.join('; ')}`);
  project = join(temp, 'Board-Demo');
  git(project, env, 'tag', 'v0.1.0');
  commitChange(
    project,
    env,
    'src/boarddemo/greeting.py',
    '"""Greetings."""\n\n\ndef greet(name: str) -> str:\n    """Greet *name*."""\n    return f"hi {name}"\n',
  );
  ended.push(await releaseWorkflow('refs/heads/main'));
  git(project, env, 'tag', 'v0.2.0rc1');
  ended.push(await releaseWorkflow('refs/tags/v0.2.0rc1'));
  git(project, env, 'tag', 'v0.2.0');
  ended.push(await releaseWorkflow('refs/tags/v0.2.0'));
}, 1_500_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the release board in chromium', () => {
  it('the three runs ended where the policy says', () => {
    expect(ended.map((e) => e.channel)).toEqual(['testing', 'testing', 'stable']);
    expect(ended[0]?.version).toMatch(/^0\.1\.1\.dev1\+g[0-9a-f]+/);
    expect(ended.slice(1).map((e) => e.version)).toEqual(['0.2.0rc1', '0.2.0']);
  });

  it('renders from file://, every link resolves, the console shows no error', async () => {
    const { path: executablePath } = await browser;
    const profile = mkdtempSync(join(temp, 'profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1400, height: 900 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
      const board = join(store, 'index.html');
      await page.goto(pathToFileURL(board).href);
      expect(await page.title()).toBe('Release board');
      expect(await page.locator('h2').allTextContents()).toEqual(['board-demo']);

      // One row per version, newest first, marked in the channels that hold it.
      const rows = page.locator('tbody tr');
      expect(await rows.locator('th').allTextContents()).toEqual(['0.2.0', '0.2.0rc1', ended[0]?.version]);
      const final = rows.nth(0);
      for (const channel of ['unstable', 'testing', 'stable'])
        expect(await final.locator('td.in').allTextContents()).toContain(`✔ ${channel}`);
      expect(await rows.nth(1).locator('td.in').allTextContents()).toEqual(['✔ unstable', '✔ testing']);
      const commit = git(project, gitEnvironment(), 'rev-parse', 'HEAD');
      expect(await final.textContent()).toContain(commit.slice(0, 12));
      expect(await final.textContent()).toContain('tag v0.2.0');
      expect(await final.textContent()).toMatch(/Python 3\.\d+ \(Linux\): \d+ passed, 0 failed/);
      expect(await final.locator('code.hash').count()).toBe(2);

      // Every link resolves to a file on disk; the docs and the PEP 503 pages open in the browser.
      const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => (a as unknown as { href: string }).href));
      expect(hrefs.length).toBeGreaterThan(10);
      for (const href of hrefs) {
        const path = fileURLToPath(href);
        expect(existsSync(path) && statSync(path).isFile(), href).toBe(true);
      }
      await page.screenshot({ path: join(temp, 'release-board.png'), fullPage: true });
      if (process.env.WHEELWRIGHT_UPDATE_SCREENSHOT)
        copyFileSync(join(temp, 'release-board.png'), join(repoRoot, 'docs', 'release-board.png'));

      const docs = hrefs.find((href) => href.endsWith('/stable/board-demo/0.2.0/+doc/index.html'));
      expect(docs).toBeDefined();
      await page.goto(docs ?? '');
      expect(await page.locator('body').textContent()).toContain('Boards, demonstrated.');
      await page.goto(hrefs.find((href) => href.endsWith('/stable/board-demo/index.html')) ?? '');
      expect(await page.locator('a').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringMatching(/^board_demo-0\.2\.0-py3-none-any\.whl$/i)]),
      );
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    expect(readFileSync(join(store, 'index.html'), 'utf8')).not.toMatch(/<script|https?:\/\//);
  }, 120_000);
});
