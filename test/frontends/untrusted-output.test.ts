/**
 * Outside text (server messages, file names, project metadata) can neither issue a workflow command nor
 * name or set a variable for later steps: the output layer itself, through a bundle (a fixture action
 * that prints the text through every path of @wheelwright/action-io), through the real pep440-version
 * bundle (a hostile project name with export-env), and through the CLI.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main';
import { guardWorkflowCommands, markdownCell, markdownTable, startsWorkflowCommand } from '../../packages/core/src/log/index';
import { parseWorkflowCommands, repoRoot, runAction } from '../support/action-harness';
import { GitRepo } from '../support/git-repo';
import { runOk } from '../support/processes';

// Each a way a line could start with `::` for the runner: LF, CRLF, a lone CR (.NET ends a line there),
// leading white space, NEL and the Unicode separators, and a fake stop-commands end.
const ATTACKS = [
  'pkg-1.0-py3-none-any.whl\n::error title=pwned::pwned',
  'pkg-1.0-py3-none-any.whl\r\n::warning::pwned',
  'pkg-1.0-py3-none-any.whl\r::add-mask::pwned',
  'x\n   ::set-env name=BASH_ENV::/tmp/pwned',
  'x\u2028::error::pwned',
  'x\u0085::error::pwned',
  '::stop-commands::abc\n::abc::\n::error::pwned',
];

describe('the output layer keeps outside text from issuing workflow commands', () => {
  it.each(ATTACKS)('guards %j', (text) => {
    const guarded = guardWorkflowCommands(text);
    expect(startsWorkflowCommand(text)).toBe(true);
    // Read as the runner reads it: nothing but the text, no command.
    expect(parseWorkflowCommands(`${guarded}\n`)).toEqual([]);
    expect(guarded).toContain(text);
  });

  it('leaves ordinary text alone', () => {
    expect(guardWorkflowCommands('Uploaded pkg-1.0.tar.gz: a::b')).toBe('Uploaded pkg-1.0.tar.gz: a::b');
  });

  it.each(ATTACKS)('keeps %j inside one markdown cell and one line', (text) => {
    const table = markdownTable(['file'], [[text]]);
    expect(table.split('\n').filter((line) => line !== '')).toHaveLength(3);
    expect(markdownCell('a|b\0c')).toBe('a\\|b c');
  });
});

describe('through a bundle: every path of the action adapter layer', () => {
  const fixture = join(repoRoot, 'test', 'frontends', 'fixtures', 'hostile-action');
  let bundleDir: string;
  beforeAll(async () => {
    bundleDir = mkdtempSync(join(tmpdir(), 'ww-hostile-'));
    await runOk(join(repoRoot, 'node_modules', '.bin', 'ncc'), ['build', join(fixture, 'src', 'index.ts'), '-o', bundleDir, '-q'], {
      cwd: repoRoot,
      timeoutMs: 600_000,
    });
  }, 900_000);
  afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));
  const run = (inputs: Record<string, string>) => runAction(fixture, { inputs, mainOverride: join(bundleDir, 'index.js') });

  it.each(ATTACKS)('logs, annotations, groups, outputs and the summary carry %j without a command', async (text) => {
    const result = await run({ text });
    expect(result.exitCode).toBe(0);
    // Only the adapter's own commands: one warning, one group, one debug line.
    expect(result.commands.map((c) => c.command)).toEqual(['warning', 'group', 'debug', 'endgroup']);
    expect(result.commands.find((c) => c.command === 'warning')?.message).toBe(`odd file ${text}`);
    // The output file is read line by line, so CRLF inside a value comes back as LF.
    expect(result.outputs.text).toBe(text.replace(/\r\n/g, '\n'));
    expect(result.stdout).toContain(text);
    // The summary table keeps its three lines: the file name adds none.
    expect(result.summary.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(3);
    expect(result.summary).not.toMatch(/^::/m);
  });

  it.each(ATTACKS)('a failure with %j in its message and hint is one error annotation', async (text) => {
    const result = await run({ text, fail: 'true' });
    expect(result.exitCode).toBe(1);
    expect(result.commands.map((c) => c.command)).toEqual(['error']);
    expect(result.errors[0]).toBe(`the server said: ${text}`.replace(/\s*\n\s*/g, ' '));
  });

  it.each(['BASH_ENV\nLD_PRELOAD', 'A=B', 'X\rY', 'NAME\u2028X', '1ABC', 'A B'])('refuses to export a variable named %j', async (name) => {
    const result = await run({ text: 'v', 'env-name': name });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(/not a variable name/);
    expect(result.env).toEqual({});
  });
});

describe('pep440-version: a project name never becomes more than one variable name', () => {
  // An attacker's project name, in pyproject.toml or as dist-name: LF, CRLF, CR, '=', NUL, U+2028.
  const NAMES = ['demo\nBASH_ENV=/tmp/pwned', 'demo\r\nLD_PRELOAD=/tmp/x.so', 'demo\rX=1', 'demo=1', 'demo\u0000X', 'demo\u2028X'];

  // An environment variable cannot hold NUL, so the runner cannot pass one as an input.
  it.each(NAMES.filter((name) => !name.includes('\0')))('refuses dist-name %j with export-env, naming the input', async (name) => {
    const repo = GitRepo.init();
    repo.commit();
    repo.tag('v1.0.0');
    const result = await runAction('pep440-version', { workspace: repo.dir, inputs: { 'dist-name': name, 'export-env': 'true' } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^input 'dist-name' '[^\n\r\u2028]*' is not a valid project name$/);
    expect(result.env).toEqual({});
    expect(result.outputs).toEqual({});
  });

  it.each(NAMES)('refuses the project name %j from pyproject.toml', async (name) => {
    const repo = GitRepo.init();
    writeFileSync(
      join(repo.dir, 'pyproject.toml'),
      `[project]\nname = ${JSON.stringify(name)}\ndynamic = ["version"]\n[tool.setuptools_scm]\n`,
    );
    repo.commit();
    repo.tag('v1.0.0');
    const result = await runAction('pep440-version', { workspace: repo.dir, inputs: { 'export-env': 'true' } });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/pyproject\.toml.*: the project name '[^\n\r\u2028]*' is not a valid project name/);
    expect(result.env).toEqual({});
  });

  it('a valid name exports exactly the two pretend variables', async () => {
    const repo = GitRepo.init();
    repo.commit();
    repo.tag('v1.0.0');
    const result = await runAction('pep440-version', { workspace: repo.dir, inputs: { 'dist-name': 'My.Pkg_x', 'export-env': 'true' } });
    expect(result.exitCode).toBe(0);
    expect(result.env).toEqual({ SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_PKG_X: '1.0.0', SETUPTOOLS_SCM_PRETEND_VERSION: '1.0.0' });
  });
});

describe('the CLI prints no workflow command either (it may run in a run: step)', () => {
  it.each(ATTACKS)('a file name %j in an error stays text on stdout and stderr', async (text) => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-cli-hostile-'));
    try {
      const name = text.replace(/\0/g, '');
      writeFileSync(join(dir, name.replace(/\//g, '_')), 'not a wheel');
      let out = '';
      let err = '';
      const code = await main(['publish', '--files', '*', '--store', join(dir, 'store')], {
        out: (t) => (out += t),
        err: (t) => (err += t),
        env: {},
        cwd: dir,
      });
      expect(code).not.toBe(0);
      expect(parseWorkflowCommands(out)).toEqual([]);
      expect(parseWorkflowCommands(err)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
