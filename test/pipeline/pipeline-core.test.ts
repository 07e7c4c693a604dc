import { join } from 'node:path';
import { WheelwrightError } from '@wheelwright/core/errors';
import { silentLogger } from '@wheelwright/core/log';
import {
  type PipelineAction,
  type PipelineEntries,
  type PipelineOptions,
  pipelineStores,
  releaseTarget,
  releaseTrigger,
  runPipeline,
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
  const at = (channel: string, tag: string, distance: number, dirty = false) => ({ channel, tag, distance, dirty });
  it.each([
    ['final at tag, tag build', at('stable', 'v1.2.1', 0), { kind: 'tag' }, 'stable'],
    ['final at tag, laptop', at('stable', 'v1.2.1', 0), { kind: 'local' }, 'stable'],
    ['final at tag, branch build', at('stable', 'v1.2.1', 0), { kind: 'branch' }, 'testing'],
    ['final but dirty', at('stable', 'v1.2.1', 0, true), { kind: 'local' }, 'testing'],
    ['pre-release tag build', at('testing', 'v1.2.1rc1', 0), { kind: 'tag' }, 'testing'],
    ['dev version', at('testing', 'v1.2.0', 3), { kind: 'local' }, 'testing'],
    ['pretend version without tag', at('stable', '', 0), { kind: 'tag' }, 'testing'],
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

interface FakeVersion {
  version: string;
  channel: 'stable' | 'testing';
  tag: string;
  distance: number;
  dirty: boolean;
}

/**
 * Fake core entries: each answers a typed result from a table and records the typed options it got (the
 * options come through the real contract readers, as the CLI and the actions read them).
 */
function fakeEntries(
  version: FakeVersion,
  fail?: PipelineAction,
): { entries: PipelineEntries; calls: [PipelineAction, Record<string, unknown>][] } {
  const calls: [PipelineAction, Record<string, unknown>][] = [];
  const record = (action: PipelineAction, options: object): void => {
    calls.push([action, options as Record<string, unknown>]);
    if (action === fail) throw new WheelwrightError(action === 'clean-env-test' ? 'tests' : 'build', `${action} failed`);
  };
  // Only the fields the flow reads; the rest of each result is irrelevant to it.
  const entries = {
    version: async (options: object) => {
      record('pep440-version', options);
      return {
        version: version.version,
        tag: version.tag,
        distance: version.distance,
        dirty: version.dirty,
        classification: { channel: version.channel },
      };
    },
    build: async (options: object) => {
      record('build-wheel', options);
      return { name: 'demo', manifestPath: '/w/dist/manifest.json', sdist: { filename: 'demo.tar.gz' }, wheel: { filename: 'demo.whl' } };
    },
    publish: async (options: { store: string }) => {
      record('publish', options);
      return { indexUrl: `file://${options.store}`, uploaded: ['a', 'b'], skipped: [] };
    },
    test: async (options: object) => {
      record('clean-env-test', options);
      return { counts: { passed: 3, failed: 0, errors: 0, skipped: 0 } };
    },
    promote: async (options: { to: string }) => {
      record('promote', options);
      return { to: { indexUrl: `file://${options.to}` }, promoted: ['a', 'b'], skipped: [] };
    },
  } as unknown as PipelineEntries;
  return { entries, calls };
}

describe('runPipeline', () => {
  const options: PipelineOptions = { packagePath: '/p', workDir: '/w', trigger: { kind: 'local' } };
  const dev: FakeVersion = { version: '1.2.1.dev3', channel: 'testing', tag: 'v1.2.0', distance: 3, dirty: false };
  const final: FakeVersion = { version: '1.2.1', channel: 'stable', tag: 'v1.2.1', distance: 0, dirty: false };

  it('a dev build ends in testing', async () => {
    const { entries, calls } = fakeEntries(dev);
    const result = await runPipeline(options, silentLogger, undefined, entries);
    expect(result.ok).toBe(true);
    expect(result.channel).toBe('testing');
    expect(calls.map(([a]) => a)).toEqual(['pep440-version', 'build-wheel', 'publish', 'clean-env-test', 'promote']);
    expect(calls[4]?.[1]).toMatchObject({
      from: join('/p', '.wheelwright', 'unstable'),
      to: join('/p', '.wheelwright', 'testing'),
      toChannel: 'testing',
      mode: 'copy',
      // A folder store gets no credentials.
      fromPassword: '',
      toPassword: '',
    });
  });

  it('a final tagged release ends in stable, tested on every Python', async () => {
    const { entries, calls } = fakeEntries(final);
    const result = await runPipeline({ ...options, pythonVersions: ['3.11', '/opt/py/bin/python'] }, silentLogger, undefined, entries);
    expect(result.channel).toBe('stable');
    expect(result.indexUrl).toBe(`file://${join('/p', '.wheelwright', 'stable')}`);
    expect(calls.filter(([a]) => a === 'clean-env-test').map(([, i]) => i.python)).toEqual(['python3.11', '/opt/py/bin/python']);
    expect(calls.at(-1)?.[1]).toMatchObject({ toChannel: 'stable', from: join('/p', '.wheelwright', 'testing') });
    // Typed options all the way: the version step's options as the contract reader builds them.
    expect(calls[0]?.[1]).toMatchObject({ path: '/p', fetchTags: true, exportEnv: false });
  });

  it('a branch build of a final version stops in testing', async () => {
    const { entries } = fakeEntries(final);
    expect((await runPipeline({ ...options, trigger: { kind: 'branch', ref: 'main' } }, silentLogger, undefined, entries)).channel).toBe(
      'testing',
    );
  });

  it('a failing test leaves the release in unstable and promotes nothing', async () => {
    const { entries, calls } = fakeEntries(final, 'clean-env-test');
    const result = await runPipeline(options, silentLogger, undefined, entries);
    expect(result).toMatchObject({ ok: false, channel: 'unstable' });
    expect(result.error?.message).toBe('clean-env-test failed');
    expect(calls.map(([a]) => a)).not.toContain('promote');
    expect(result.steps.at(-1)).toMatchObject({ status: 'failed', action: 'clean-env-test' });
  });

  it('a broken package publishes nothing', async () => {
    const { entries, calls } = fakeEntries(dev, 'build-wheel');
    const result = await runPipeline(options, silentLogger, undefined, entries);
    expect(result).toMatchObject({ ok: false, channel: 'none' });
    expect(calls.map(([a]) => a)).toEqual(['pep440-version', 'build-wheel']);
  });

  it('publish: false tests from a temporary store and promotes nothing', async () => {
    const { entries, calls } = fakeEntries(final);
    const result = await runPipeline({ ...options, publish: false }, silentLogger, undefined, entries);
    expect(result.ok).toBe(true);
    expect(calls.find(([a]) => a === 'publish')?.[1].store).toBe(join('/w', 'store', 'unstable'));
    expect(calls.map(([a]) => a)).not.toContain('promote');
  });
});
