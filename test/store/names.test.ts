/**
 * One PEP 503 normalization and one PEP 440 equality for the whole core: every module that compares
 * project names or versions gets the same function, and the function answers as packaging does.
 */
import { normalizeProjectName as distributionNormalize, sameVersion as distributionSame } from '@wheelwright/core/distribution';
import { normalizeProjectName as scaffoldNormalize } from '@wheelwright/core/scaffold';
import { normalizeProjectName, sameVersion } from '@wheelwright/core/store';
import { canonicalizeName } from '@wheelwright/core/version';
import { describe, expect, it } from 'vitest';

describe('one helper each', () => {
  it('the store, scaffold, version and distribution modules share one normalization and one equality', () => {
    expect(scaffoldNormalize).toBe(normalizeProjectName);
    expect(distributionNormalize).toBe(normalizeProjectName);
    expect(canonicalizeName).toBe(normalizeProjectName);
    expect(distributionSame).toBe(sameVersion);
  });
});

describe('sameVersion is PEP 440 equality (packaging.version.Version.__eq__)', () => {
  it.each([
    // zero padding: the release segment compares as if padded with zeros
    ['1.0', '1.0.0', true],
    ['1', '1.0.0.0', true],
    ['1.0.0', '1.0.1', false],
    // a post-release is a different version, even post0
    ['1.0.post0', '1.0', false],
    ['1.0.post1', '1.0-1', true],
    ['1.0.post1', '1.0.post2', false],
    // epochs: 0 is implicit, any other epoch differs
    ['0!1.0', '1.0', true],
    ['1!1.0', '1.0', false],
    // case and spelling of pre/dev labels
    ['1.0RC1', '1.0rc1', true],
    ['1.0rc1', '1.0.0-RC1', true],
    ['1.0alpha1', '1.0a1', true],
    ['1.0.DEV3', '1.0.dev3', true],
    ['1.0a1', '1.0b1', false],
    // local versions: part of the identity, compared case-insensitively with -, _ and . alike
    ['1.0+g1', '1.0+G1', true],
    ['1.0+ubuntu-1', '1.0+ubuntu.1', true],
    ['1.0+g1', '1.0', false],
    ['1.0+g1', '1.0+g2', false],
    ['1.0+01', '1.0+1', true],
    // not versions: equal only when identical
    ['not a version', 'not a version', true],
    ['not a version', 'Not A Version', false],
    ['1.0', 'banana', false],
  ])('%s == %s: %s', (a, b, same) => {
    expect(sameVersion(a, b)).toBe(same);
    expect(sameVersion(b, a)).toBe(same);
  });
});

describe('normalizeProjectName is PEP 503', () => {
  it.each([
    ['Friendly-Bard', 'friendly-bard'],
    ['FRIENDLY_BARD', 'friendly-bard'],
    ['friendly.bard', 'friendly-bard'],
    ['Friendly-._.-Bard', 'friendly-bard'],
    ['a__b', 'a-b'],
  ])('%s → %s', (name, normal) => expect(normalizeProjectName(name)).toBe(normal));
});
