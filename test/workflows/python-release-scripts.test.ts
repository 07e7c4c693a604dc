/**
 * The shell step of python-release.yml, run with bash as the runner runs it (env in, GITHUB_OUTPUT out):
 * the index resolution of the version job. (The merge of the test legs' manifests is promote's `tested`
 * input: test/release/tested-merge.test.ts.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseFileCommands, repoRoot } from '../support/action-harness';

interface Step {
  id?: string;
  name?: string;
  run?: string;
}
const workflow = parse(readFileSync(join(repoRoot, '.github', 'workflows', 'python-release.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>;
};

function script(job: string, match: (step: Step) => boolean): string {
  const step = workflow.jobs[job]?.steps.find(match);
  if (!step?.run) throw new Error(`no such step in ${job}`);
  return step.run;
}

function runStep(text: string, env: Record<string, string>): { code: number; outputs: Record<string, string>; stdout: string } {
  const temp = mkdtempSync(join(tmpdir(), 'ww-step-'));
  const output = join(temp, 'output');
  writeFileSync(output, '');
  const result = spawnSync('bash', ['-e', '-c', text], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TMPDIR: tmpdir(), GITHUB_OUTPUT: output, RUNNER_TEMP: '/runner/temp', ...env },
  });
  return { code: result.status ?? 1, outputs: parseFileCommands(readFileSync(output, 'utf8')), stdout: result.stdout };
}

describe('version job: Resolve the indexes', () => {
  const text = script('version', (s) => s.id === 'stores');
  const names = { UNSTABLE_INDEX: 'unstable', TESTING_INDEX: 'testing', STABLE_INDEX: 'stable', PUBLISH: 'true' };

  it('no store: the embedded file store under the runner temp folder', () => {
    expect(runStep(text, { ...names, STORE: '', UNSTABLE_URL: '', TESTING_URL: '', STABLE_URL: '' }).outputs).toEqual({
      unstable: '/runner/temp/wheelwright-store/unstable',
      testing: '/runner/temp/wheelwright-store/testing',
      stable: '/runner/temp/wheelwright-store/stable',
      embedded: 'true',
    });
  });

  it('one store with index names; an explicit URL wins', () => {
    const run = runStep(text, {
      ...names,
      STABLE_INDEX: 'prod',
      STORE: 'https://devpi.example/acme/',
      STABLE_URL: 'https://upload.pypi.org/legacy/',
    });
    expect(run.outputs).toEqual({
      unstable: 'https://devpi.example/acme/unstable',
      testing: 'https://devpi.example/acme/testing',
      stable: 'https://upload.pypi.org/legacy/',
      embedded: 'false',
    });
  });

  it('a pull request (publish false) always uses the temporary embedded store', () => {
    const run = runStep(text, { ...names, PUBLISH: 'false', STORE: 'https://devpi.example/acme' });
    expect(run.outputs).toMatchObject({ unstable: '/runner/temp/wheelwright-store/unstable', embedded: 'true' });
  });

  it('a missing index is an error annotation', () => {
    const run = runStep(text, { ...names, UNSTABLE_URL: 'https://nexus.example/u/' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::no testing index: set the store input or testing-url');
  });
});
