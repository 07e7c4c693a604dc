import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleNode, NODE24_CACHE, parseFileCommands, parseWorkflowCommands, repoRoot, runAction } from '../support/action-harness';
import { runOk } from '../support/processes';

// The fixture action is bundled with ncc like a real one, so this also exercises @wheelwright/action-io
// end to end through a bundle.
const fixture = join(repoRoot, 'test', 'fixtures', 'echo-action');
let bundleDir: string;

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'ww-echo-'));
  // --transpile-only, as scripts/build-dist.mjs builds the real bundles (typecheck covers the sources).
  const ncc = join(repoRoot, 'node_modules', '.bin', 'ncc');
  await runOk(ncc, ['build', join(fixture, 'src', 'index.ts'), '-o', bundleDir, '--transpile-only', '-q'], {
    cwd: repoRoot,
    timeoutMs: 180_000,
  });
}, 240_000);
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

describe('runner-faithful harness', () => {
  it('round-trips a multi-line output, an exported variable, a path, the summary and annotations', async () => {
    const text = 'line one\nline two = with equals\n<<not a delimiter\n';
    const run = await runAction(fixture, { inputs: { text }, mainOverride: join(bundleDir, 'index.js') });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.text).toBe(text);
    expect(JSON.parse(run.outputs.json ?? '')).toEqual({ list: [1, 2], text });
    expect(run.outputs.twice).toBe(`${text}${text}`);
    expect(run.env.ECHO_TEXT).toBe(text);
    expect(run.path).toEqual(['/opt/echo/bin']);
    expect(run.summary).toContain('## Echo');
    expect(run.commands.map((c) => c.command)).toEqual(['group', 'warning', 'endgroup']);
    const warning = run.commands.find((c) => c.command === 'warning');
    expect(warning?.message).toBe('careful, 50% done, a:b');
    expect(warning?.properties).toEqual({ file: 'src/x.py', line: '3' });
  });

  it('applies action.yml defaults as INPUT_ variables', async () => {
    const run = await runAction(fixture, { mainOverride: join(bundleDir, 'index.js') });
    expect(run.outputs.text).toBe('default text');
  });

  it('reports masks and turns a WheelwrightError into one error line, a hint and exit 1', async () => {
    const run = await runAction(fixture, { inputs: { secret: 's3cr3t', fail: true }, mainOverride: join(bundleDir, 'index.js') });
    expect(run.exitCode).toBe(1);
    expect(run.masks).toEqual(['s3cr3t']);
    expect(run.errors).toEqual(["input 'fail' asked to fail"]);
    expect(run.stdout).toContain('hint: set fail: false');
    expect(run.outputs).toEqual({});
  });

  it('runs bundles on the Node action.yml declares (node24) when it is installed, and on CI always (Node 20 on explicit opt-in)', async () => {
    const probe = join(bundleDir, 'node-version.cjs');
    writeFileSync(probe, "require('fs').appendFileSync(process.env.GITHUB_OUTPUT, 'node=' + process.version + '\\n');\n");
    const run = await runAction(fixture, { mainOverride: probe });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.node).toBe(execFileSync(bundleNode(), ['--version'], { encoding: 'utf8' }).trim());
    // The declared node24, or Node 20 when a run asks for it explicitly (CI's second leg).
    const major = process.env.WHEELWRIGHT_TEST_NODE_MAJOR || '24';
    if (process.env.CI || process.env.WHEELWRIGHT_TEST_NODE || bundleNode() === NODE24_CACHE)
      expect(run.outputs.node?.startsWith(`v${major}.`)).toBe(true);
  });

  it('runs the tests themselves (and so the CLI tests) on a Node the root package.json engines allows, on CI the oldest', () => {
    const engines = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).engines.node as string;
    const oldest = Number(/^>=(\d+)$/.exec(engines)?.[1]);
    const major = Number(process.versions.node.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(oldest);
    if (process.env.CI) expect(major, `CI runs the CLI tests on Node ${oldest}, the oldest engines allows`).toBe(oldest);
  });

  it('refuses an input the action does not declare (a typo in a test)', async () => {
    await expect(runAction(fixture, { inputs: { txet: 'x' } })).rejects.toThrow(/not declared/);
  });
});

describe('runner file formats', () => {
  it.each([
    ['a=1\nb=two words\n', { a: '1', b: 'two words' }],
    ['m<<EOF\nx\ny\nEOF\n', { m: 'x\ny' }],
    ['e<<D\n\nD\nk=v=w\n', { e: '', k: 'v=w' }],
    ['m<<ghadelimiter_1\na=b\nghadelimiter_1\n', { m: 'a=b' }],
  ])('parses %j', (text, expected) => {
    expect(parseFileCommands(text)).toEqual(expected);
  });

  it('rejects a heredoc without its delimiter', () => {
    expect(() => parseFileCommands('m<<EOF\nx\n')).toThrow(/delimiter/);
  });

  it('unescapes workflow command data and properties', () => {
    expect(parseWorkflowCommands('::error file=a%2Cb.py,line=2,title=x%3Ay::50%25%0Anext\nplain line')).toEqual([
      { command: 'error', properties: { file: 'a,b.py', line: '2', title: 'x:y' }, message: '50%\nnext' },
    ]);
  });
});
