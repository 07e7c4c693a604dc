import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeForCli, main } from '../../packages/cli/src/main';
import { PIPELINE_INPUTS } from '../../packages/cli/src/pipeline-command';
import { maskSecrets, secretsOf, TerminalLogger } from '../../packages/cli/src/terminal-logger';
import { describeError, WheelwrightError } from '../../packages/core/src/errors/index';
import { readActionManifest, repoRoot } from '../support/action-harness';
import { run } from '../support/processes';

const ACTIONS = ['build-wheel', 'clean-env-test', 'pep440-version', 'promote', 'publish', 'scaffold'];

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env: {}, cwd: repoRoot });
  return { code, out, err };
}

describe('the CLI contract comes from action.yml', () => {
  it('the generated specs are fresh', async () => {
    const check = await run(process.execPath, [join(repoRoot, 'packages', 'cli', 'scripts', 'generate-action-specs.mjs'), '--check']);
    expect(check.code, `${check.stdout}${check.stderr}`).toBe(0);
  });

  it.each(ACTIONS)('wheelwright %s --help lists exactly the action inputs and outputs', async (name) => {
    const { code, out } = await cli(name, '--help');
    expect(code).toBe(0);
    const manifest = readActionManifest(name);
    const flags = [...out.matchAll(/^ {2}--(?:\[no-\])?([\w-]+)/gm)].map((m) => m[1]);
    expect(flags).toEqual(Object.keys(manifest.inputs ?? {}));
    for (const output of Object.keys(manifest.outputs ?? {})) expect(out).toContain(`  ${output}: `);
  });

  it('pipeline flags are the reusable workflow inputs, minus the runner-only ones', async () => {
    const { out } = await cli('pipeline', '--help');
    const workflow = parse(readFileSync(join(repoRoot, '.github', 'workflows', 'python-release.yml'), 'utf8'));
    const expected = Object.keys(workflow.on.workflow_call.inputs).filter(
      (name) => !['runs-on', 'python-version', 'github-release'].includes(name),
    );
    const flags = PIPELINE_INPUTS.map((input) => input.name);
    expect(flags.slice(0, expected.length)).toEqual(expected);
    for (const name of flags) expect(out).toMatch(new RegExp(`--(\\[no-\\])?${name}\\b`));
  });
});

describe('usage errors are one line and a hint', () => {
  it('suggests the closest flag', async () => {
    const { code, err } = await cli('promote', '--form', 'x', '--to', 'y');
    expect(code).toBe(2);
    expect(err).toMatch(/^error: promote: unknown option '--form' \(did you mean --from\?\)\nhint: /);
  });
  it('suggests the closest command', async () => {
    const { code, err } = await cli('pipline');
    expect(code).toBe(2);
    expect(err).toContain('did you mean pipeline?');
  });
  it('names a missing required flag', async () => {
    const { code, err } = await cli('promote', '--from', 'x');
    expect(code).toBe(2);
    expect(err).toContain("option '--to' is required");
  });
  it('checks switch values', async () => {
    const { err } = await cli('promote', '--from', 'x', '--to', 'y', '--dry-run=maybe');
    expect(err).toContain("'--dry-run' must be true or false");
  });
});

describe('the bundle', () => {
  it('dist/cli/index.js runs, prints its version and help', async () => {
    const bundle = join(repoRoot, 'dist', 'cli', 'index.js');
    const version = await run(process.execPath, [bundle, '--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^wheelwright \d+\.\d+\.\d+/);
    const help = await run(process.execPath, [bundle, '--help']);
    for (const name of ['pipeline', ...ACTIONS]) expect(help.stdout).toContain(`  ${name} `);
  });
});

describe('secrets never reach the terminal', () => {
  it('finds password and token options and passwords inside URLs', () => {
    expect(
      secretsOf({
        password: 'pa55word',
        'to-password': 't0ken-value',
        store: 'https://user:s%40cret@devpi.example/acme/',
        username: 'alice',
      }).sort(),
    ).toEqual(
      // The URL's password as written and decoded, and the Basic pair it makes, raw and in base64.
      ['pa55word', 's%40cret', 's@cret', 't0ken-value', 'user:s@cret', Buffer.from('user:s@cret').toString('base64')].sort(),
    );
  });
  it('masks them in every logged line and in text', () => {
    let text = '';
    const logger = new TerminalLogger({ write: (t) => (text += t), secrets: ['pa55word'], debug: true });
    logger.info('uploading with pa55word');
    logger.warning('retry pa55word');
    logger.debug('header Basic pa55word');
    expect(text).not.toContain('pa55word');
    expect(text.match(/\*\*\*/g)?.length).toBe(3);
    expect(maskSecrets('a pa55word b', ['pa55word'])).toBe('a *** b');
  });
});

describe('each front end speaks its own words', () => {
  it.each([
    [
      "fix the failures, or set 'require-tests: false' to promote anyway",
      ['require-tests'],
      'fix the failures, or pass --no-require-tests to promote anyway',
    ],
    ['set the python input to an interpreter path', ['python'], "set option '--python' to an interpreter path"],
    ["input 'to-channel' must be stable", ['to-channel'], "option '--to-channel' must be stable"],
    ["set 'to-channel: testing'", ['to-channel'], 'pass --to-channel testing'],
    ["input 'python' here, input 'other' stays", ['python'], "option '--python' here, input 'other' stays"],
  ])('%s', (text, names, expected) => {
    const error = new WheelwrightError('policy', 'message', { hint: text });
    expect(describeForCli(error, names).hint).toBe(expected);
    // The runner's words stay on the runner.
    expect(describeError(error).hint).toBe(text);
  });

  it('an option-reading error names the flag in the CLI', async () => {
    const { code, err } = await cli('promote', '--from', 'x', '--to', 'y', '--mode', 'swap');
    expect(code).toBe(1);
    expect(err).toContain("option '--mode' must be one of copy, move, got 'swap'");
    expect(err).not.toContain('input');
  });
});

describe('pipeline: mistakes stop before anything is written', () => {
  it('a path that does not exist is an error that creates nothing', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'ww-cli-missing-'));
    const missing = join(parent, 'no-such-project');
    try {
      const { code, err } = await cli('pipeline', missing);
      expect(code).toBe(2);
      expect(err).toContain(`'${missing}' is not a folder`);
      expect(existsSync(missing)).toBe(false);
      expect(readdirSync(parent)).toEqual([]);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it.each(['WHEELWRIGHT_STORE_PASSWORD', 'WHEELWRIGHT_STORE_USERNAME', 'WHEELWRIGHT_STABLE_PASSWORD'])(
    '%s for a folder store is an error, before anything is written',
    async (variable) => {
      const project = mkdtempSync(join(tmpdir(), 'ww-cli-creds-'));
      try {
        let err = '';
        const code = await main(['pipeline', project, '--store', join(project, 'store')], {
          out: () => {},
          err: (t) => (err += t),
          env: { [variable]: 'secret-pw' },
          cwd: project,
        });
        expect(code).toBe(2);
        expect(err).toContain(`${variable} is set, but the store is a folder, which takes no credentials`);
        expect(err).not.toContain('secret-pw');
        expect(readdirSync(project)).toEqual([]);
      } finally {
        rmSync(project, { recursive: true, force: true });
      }
    },
  );

  it('offers the version, inspection and test options the actions have', async () => {
    const { out } = await cli('pipeline', '--help');
    for (const flag of ['--[no-]strict', '--pretend-version', '--fallback-version', '--tag-regex', '--pytest-args'])
      expect(out).toContain(flag);
  });
});
