import { join } from 'node:path';
import { WheelwrightError } from '@wheelwright/core/errors';
import { silentLogger } from '@wheelwright/core/log';
import {
  type PipelineAction,
  type PipelineOptions,
  pipelineStores,
  releaseTarget,
  releaseTrigger,
  runPipeline,
  type StepRunner,
} from '@wheelwright/core/pipeline';
import { describe, expect, it } from 'vitest';

describe('releaseTrigger reads CI hints', () => {
  it.each([
    [{}, { kind: 'local' }],
    [
      { GITHUB_ACTIONS: 'true', GITHUB_REF: 'refs/tags/v1.2.1' },
      { kind: 'tag', ref: 'v1.2.1' },
    ],
    [
      { GITHUB_ACTIONS: 'true', GITHUB_REF: 'refs/heads/main' },
      { kind: 'branch', ref: 'main' },
    ],
    [{ GITHUB_REF: 'refs/tags/v1' }, { kind: 'local' }],
    [{ CI_COMMIT_TAG: '1.2.1rc1' }, { kind: 'tag', ref: '1.2.1rc1' }],
    [{ CI_COMMIT_BRANCH: 'main' }, { kind: 'branch', ref: 'main' }],
    [{ TAG_NAME: 'v2.0.0' }, { kind: 'tag', ref: 'v2.0.0' }],
    [{ BRANCH_NAME: 'develop' }, { kind: 'branch', ref: 'develop' }],
  ] as const)('%j', (env, expected) => {
    expect(releaseTrigger(env as NodeJS.ProcessEnv)).toEqual(expected);
  });
});

describe('releaseTarget: stable needs a final version released from its tag', () => {
  const at = (channel: string, tag: string, distance: string, dirty = 'false') => ({ channel, tag, distance, dirty });
  it.each([
    ['final at tag, tag build', at('stable', 'v1.2.1', '0'), { kind: 'tag' }, 'stable'],
    ['final at tag, laptop', at('stable', 'v1.2.1', '0'), { kind: 'local' }, 'stable'],
    ['final at tag, branch build', at('stable', 'v1.2.1', '0'), { kind: 'branch' }, 'testing'],
    ['final but dirty', at('stable', 'v1.2.1', '0', 'true'), { kind: 'local' }, 'testing'],
    ['pre-release tag build', at('testing', 'v1.2.1rc1', '0'), { kind: 'tag' }, 'testing'],
    ['dev version', at('testing', 'v1.2.0', '3'), { kind: 'local' }, 'testing'],
    ['pretend version without tag', at('stable', '', '0'), { kind: 'tag' }, 'testing'],
  ] as const)('%s', (_name, version, trigger, expected) => {
    expect(releaseTarget(version, trigger)).toBe(expected);
  });
});

describe('pipelineStores resolves the three indexes like python-release.yml', () => {
  const base: PipelineOptions = { packagePath: '/p', workDir: '/w' };
  it('defaults to the embedded store under the project', () => {
    expect(pipelineStores(base, '/tmp/s')).toEqual({
      unstable: join('/p', '.wheelwright', 'unstable'),
      testing: join('/p', '.wheelwright', 'testing'),
      stable: join('/p', '.wheelwright', 'stable'),
      embedded: true,
    });
  });
  it('joins index names to a server store and lets explicit URLs win', () => {
    const stores = pipelineStores(
      { ...base, store: 'https://devpi.example/acme/', stableIndex: 'prod', stableUrl: 'https://pypi.example/simple/' },
      '/tmp/s',
    );
    expect(stores).toEqual({
      unstable: 'https://devpi.example/acme/unstable',
      testing: 'https://devpi.example/acme/testing',
      stable: 'https://pypi.example/simple/',
      embedded: false,
    });
  });
  it('uses a temporary store when publishing nothing', () => {
    expect(pipelineStores({ ...base, store: 'https://x/', publish: false }, '/tmp/s').unstable).toBe(join('/tmp/s', 'unstable'));
  });
  it('refuses a missing index', () => {
    expect(() => pipelineStores({ ...base, unstableUrl: 'https://x/u' }, '/tmp/s')).toThrow(/no testing index/);
  });
});

/** A fake flow: each action answers from a table; records what ran. */
function fakeSteps(
  version: Record<string, string>,
  fail?: PipelineAction,
): { runner: StepRunner; calls: [PipelineAction, Record<string, string>][] } {
  const calls: [PipelineAction, Record<string, string>][] = [];
  const runner: StepRunner = async (action, inputs) => {
    calls.push([action, inputs]);
    if (action === fail) throw new WheelwrightError(action === 'clean-env-test' ? 'tests' : 'build', `${action} failed`);
    switch (action) {
      case 'pep440-version':
        return version;
      case 'build-wheel':
        return { manifest: '/w/dist/manifest.json', name: 'demo', sdist: '/w/dist/demo.tar.gz', wheel: '/w/dist/demo.whl' };
      case 'publish':
        return { 'index-url': `file://${inputs.store}`, uploaded: '["a","b"]', skipped: '[]' };
      case 'clean-env-test':
        return { passed: '3', failed: '0', errors: '0', skipped: '0' };
      case 'promote':
        return { 'target-index-url': `file://${inputs.to}`, promoted: '["a","b"]', skipped: '[]' };
    }
  };
  return { runner, calls };
}

describe('runPipeline', () => {
  const options: PipelineOptions = { packagePath: '/p', workDir: '/w', trigger: { kind: 'local' } };
  const dev = { version: '1.2.1.dev3', channel: 'testing', tag: 'v1.2.0', distance: '3', dirty: 'false' };
  const final = { version: '1.2.1', channel: 'stable', tag: 'v1.2.1', distance: '0', dirty: 'false' };

  it('a dev build ends in testing', async () => {
    const { runner, calls } = fakeSteps(dev);
    const result = await runPipeline(options, runner, silentLogger);
    expect(result.ok).toBe(true);
    expect(result.channel).toBe('testing');
    expect(calls.map(([a]) => a)).toEqual(['pep440-version', 'build-wheel', 'publish', 'clean-env-test', 'promote']);
    expect(calls[4]?.[1]).toMatchObject({
      from: join('/p', '.wheelwright', 'unstable'),
      to: join('/p', '.wheelwright', 'testing'),
      'to-channel': 'testing',
    });
  });

  it('a final tagged release ends in stable, tested on every Python', async () => {
    const { runner, calls } = fakeSteps(final);
    const result = await runPipeline({ ...options, pythonVersions: ['3.11', '/opt/py/bin/python'] }, runner, silentLogger);
    expect(result.channel).toBe('stable');
    expect(result.indexUrl).toBe(`file://${join('/p', '.wheelwright', 'stable')}`);
    expect(calls.filter(([a]) => a === 'clean-env-test').map(([, i]) => i.python)).toEqual(['python3.11', '/opt/py/bin/python']);
    expect(calls.at(-1)?.[1]).toMatchObject({ 'to-channel': 'stable', from: join('/p', '.wheelwright', 'testing') });
  });

  it('a branch build of a final version stops in testing', async () => {
    const { runner } = fakeSteps(final);
    expect((await runPipeline({ ...options, trigger: { kind: 'branch', ref: 'main' } }, runner, silentLogger)).channel).toBe('testing');
  });

  it('a failing test leaves the release in unstable and promotes nothing', async () => {
    const { runner, calls } = fakeSteps(final, 'clean-env-test');
    const result = await runPipeline(options, runner, silentLogger);
    expect(result).toMatchObject({ ok: false, channel: 'unstable' });
    expect(result.error?.message).toBe('clean-env-test failed');
    expect(calls.map(([a]) => a)).not.toContain('promote');
    expect(result.steps.at(-1)).toMatchObject({ status: 'failed', action: 'clean-env-test' });
  });

  it('a broken package publishes nothing', async () => {
    const { runner, calls } = fakeSteps(dev, 'build-wheel');
    const result = await runPipeline(options, runner, silentLogger);
    expect(result).toMatchObject({ ok: false, channel: 'none' });
    expect(calls.map(([a]) => a)).toEqual(['pep440-version', 'build-wheel']);
  });

  it('publish: false tests from a temporary store and promotes nothing', async () => {
    const { runner, calls } = fakeSteps(final);
    const result = await runPipeline({ ...options, publish: false }, runner, silentLogger);
    expect(result.ok).toBe(true);
    expect(calls.find(([a]) => a === 'publish')?.[1].store).toBe(join('/w', 'store', 'unstable'));
    expect(calls.map(([a]) => a)).not.toContain('promote');
  });
});
