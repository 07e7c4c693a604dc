/**
 * The two shell steps of python-release.yml, run with bash as the runner runs them (env in, GITHUB_OUTPUT
 * out): the index resolution of the version job, and the merge of the test legs' manifests before
 * promotion (jq, preinstalled on GitHub's runners).
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

describe('promote-testing job: Gather the test results into the manifest', () => {
  const text = script('promote-testing', (s) => (s.name ?? '').startsWith('Gather'));
  const hasJq = spawnSync('jq', ['--version']).status === 0;

  it('appends every leg’s test runs to the published manifest', () => {
    expect(hasJq, 'jq is missing: install it (apt-get install -y jq; GitHub’s runners have it)').toBe(true);
    const temp = mkdtempSync(join(tmpdir(), 'ww-merge-'));
    const manifest = join(temp, 'release', 'wheelwright-manifest.json');
    mkdirSync(join(temp, 'release'));
    const base = {
      schema: 1,
      name: 'demo',
      version: '1.0',
      files: [{ filename: 'demo-1.0.tar.gz' }],
      stores: [{ index: 'unstable' }],
      tests: [],
    };
    writeFileSync(manifest, JSON.stringify(base));
    for (const python of ['3.10', '3.12']) {
      mkdirSync(join(temp, 'tested', `wheelwright-tested-${python}`), { recursive: true });
      writeFileSync(
        join(temp, 'tested', `wheelwright-tested-${python}`, 'wheelwright-manifest.json'),
        JSON.stringify({ ...base, tests: [{ python, passed: 3, failed: 0 }] }),
      );
    }
    const run = runStep(text, { MANIFEST: manifest, TESTED: join(temp, 'tested') });
    expect(run.code).toBe(0);
    const merged = JSON.parse(readFileSync(manifest, 'utf8'));
    expect(merged).toEqual({
      ...base,
      tests: [
        { python: '3.10', passed: 3, failed: 0 },
        { python: '3.12', passed: 3, failed: 0 },
      ],
    });
    expect(execFileSync('ls', [join(temp, 'release')], { encoding: 'utf8' }).trim()).toBe('wheelwright-manifest.json');
  });
});
