import { checkChannelPolicy, targetChannel } from '@wheelwright/core/promote';
import { describe, expect, it } from 'vitest';

describe('channel policy (PEP 440 kind → highest channel)', () => {
  // PEP 440: post-releases are final; pre (a/b/rc, any spelling), dev and local parts are not.
  it.each(['1.0', '1.0.0', '2!1.0', '1.0.post1', '1.0-1', '1.0.0.post2', 'v1.2'])('stable accepts %s', (version) => {
    expect(() => checkChannelPolicy('pkg', version, 'stable')).not.toThrow();
  });
  it.each([
    ['1.0rc1', 'a pre-release'],
    ['1.0.0-RC.1', 'a pre-release'],
    ['1.0a1', 'a pre-release'],
    ['1.0b2.post1', 'a pre-release'],
    ['1.0.dev3', 'a development release'],
    ['1.0.post1.dev2', 'a development release'],
    ['1.0rc1.dev1', 'a development release'],
    ['1.0+g1234abc', 'a local version'],
    ['1.0.dev1+g1234abc', 'a local version'],
  ])('stable refuses %s (%s), naming the rule', (version, what) => {
    expect(() => checkChannelPolicy('pkg', version, 'stable')).toThrow(`stable-channel rule: pkg ${version} is ${what}`);
  });
  it.each(['1.0rc1', '1.0.dev3', '1.0+local', '1.0'])('testing and unstable accept %s', (version) => {
    expect(() => checkChannelPolicy('pkg', version, 'testing')).not.toThrow();
    expect(() => checkChannelPolicy('pkg', version, 'unstable')).not.toThrow();
  });
  it('refuses what is not a PEP 440 version', () => {
    expect(() => checkChannelPolicy('pkg', 'banana', 'testing')).toThrow(/^pep440 rule: pkg banana is not a PEP 440 version/);
  });
  it.each([
    ['', 'stable', 'stable'],
    ['', 'Testing', 'testing'],
    ['stable', 'prod', 'stable'],
    ['TESTING', 'stable', 'testing'],
  ])('to-channel %j with index %j → %s', (given, index, channel) => {
    expect(targetChannel(given, index)).toBe(channel);
  });
  it('asks for to-channel when the index name is no channel', () => {
    expect(() => targetChannel('', 'releases')).toThrow(/cannot tell the channel of target index 'releases'/);
  });
});
