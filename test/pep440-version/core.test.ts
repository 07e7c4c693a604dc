/** Table tests for the small pure pieces of pep440-version's core (the matrix covers the rest end to end). */
import { tryParseVersion } from '@wheelwright/core/pep440';
import { compileTagRegex, globMatches, parseDescribe, shellSplit, tagToVersion } from '@wheelwright/core/scm';
import { distEnvSuffix, readPretendVersion, toSemver } from '@wheelwright/core/version';
import { describe, expect, it } from 'vitest';

describe('semver rendering', () => {
  it.each([
    ['1.2.3', '1.2.3'],
    ['1.2', '1.2.0'],
    ['1.2.4.dev3+g1a2b3c4d5', '1.2.4-dev.3+g1a2b3c4d5'],
    ['1.0rc1', '1.0.0-rc.1'],
    ['1.0b2.dev1', '1.0.0-b.2.dev.1'],
    ['1.0.post2', '1.0.0+post.2'],
    ['1!2.0', '2.0.0+epoch.1'],
    ['1.2.3.4', '1.2.3+release.4'],
    ['1.2.99999999999999999999', ''],
  ])('%s → %s', (pep440, semver) => {
    expect(toSemver(tryParseVersion(pep440) as NonNullable<ReturnType<typeof tryParseVersion>>)).toBe(semver);
  });
});

describe('pretend variables', () => {
  it.each([
    ['My.Pkg-Name', 'MY_PKG_NAME'],
    ['my__pkg', 'MY_PKG'],
    ['skai', 'SKAI'],
  ])('%s → _FOR_%s', (name, suffix) => {
    expect(distEnvSuffix(name)).toBe(suffix);
  });

  it('prefers _FOR_<DIST>, then the plain variable; an existing empty one stops the search', () => {
    const warnings: string[] = [];
    expect(
      readPretendVersion({ SETUPTOOLS_SCM_PRETEND_VERSION: '1', SETUPTOOLS_SCM_PRETEND_VERSION_FOR_A_B: '2' }, 'a.b', warnings),
    ).toEqual({
      name: 'SETUPTOOLS_SCM_PRETEND_VERSION_FOR_A_B',
      value: '2',
    });
    expect(
      readPretendVersion({ SETUPTOOLS_SCM_PRETEND_VERSION_FOR_A_B: '', SETUPTOOLS_SCM_PRETEND_VERSION: '1' }, 'a.b', warnings),
    ).toBeUndefined();
    expect(readPretendVersion({ 'SETUPTOOLS_SCM_PRETEND_VERSION_FOR_a.b': '3' }, 'A_B', warnings)?.value).toBe('3');
    expect(warnings).toHaveLength(1);
  });
});

describe('git describe output', () => {
  it.each([
    ['1.0-3-gabc123', { tag: '1.0', distance: 3, node: 'gabc123', dirty: false }],
    ['my-tag-with-dashes-0-gabc-dirty', { tag: 'my-tag-with-dashes', distance: 0, node: 'gabc', dirty: true }],
    ['1.0', { tag: '1.0', distance: 0, node: undefined, dirty: false }],
  ])('%s', (output, expected) => {
    expect(parseDescribe(output)).toMatchObject(expected);
  });

  it.each([
    ['*[0-9]*', 'v1.0', true],
    ['*[0-9]*', 'latest', false],
    ['*[0-9]*.*[0-9]*', 'deploy-42', false],
    ['proj-*[0-9]*', 'proj-v1', true],
    ['*[0-9]*', 'release/1.2', true],
  ])('glob %s on %s is %s', (glob, text, expected) => {
    expect(globMatches(glob, text)).toBe(expected);
  });

  it('splits describe_command like shlex', () => {
    expect(shellSplit(`git describe --match '*rc*' "a b" c\\ d`)).toEqual(['git', 'describe', '--match', '*rc*', 'a b', 'c d']);
  });
});

describe('tag regex', () => {
  it('translates Python syntax and keeps a valid local suffix', () => {
    const pattern = compileTagRegex(undefined);
    expect(tagToVersion('v1.0.0+local.7', pattern).version.local).toEqual(['local', 7n]);
    expect(tagToVersion('\u043f\u0440\u043e\u0435\u043a\u0442-1.2.0', pattern).versionText).toBe('1.2.0');
    const custom = compileTagRegex(String.raw`^rel_(?P<version>\d+(?:\.\d+)*)(?P<rest>.*)$`);
    expect(tagToVersion('rel_2.5x', custom).versionText).toBe('2.5');
  });

  it('rejects a pattern without a version group', () => {
    expect(() => compileTagRegex('^(a)(b)$', "input 'tag-regex'")).toThrow("must contain a single group or a group named 'version'");
  });
});
