/**
 * Which release may enter which channel. DESIGN.md: the policy lives here (PEP 440 kind → highest index),
 * not in workflow `if:` expressions. Every refusal names its rule, so the log says why, not only that.
 */

import { InputError, WheelwrightError } from '../errors/index';
import { classifyVersion, isValidVersion } from '../pep440/index';

export const CHANNELS = ['stable', 'testing', 'unstable'] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

/** `to-channel` when given, else the target index's own name (`…/stable/` is the stable channel). */
export function targetChannel(toChannel: string | undefined, indexName: string): Channel {
  const given = (toChannel ?? '').trim().toLowerCase();
  if (given !== '') {
    if (!isChannel(given)) throw new InputError(`input 'to-channel' must be stable, testing or unstable, got '${toChannel}'`);
    return given;
  }
  const name = indexName.trim().toLowerCase();
  if (isChannel(name)) return name;
  throw new InputError(`cannot tell the channel of target index '${indexName}': its name is not stable, testing or unstable`, {
    hint: "set input 'to-channel' to the policy the target index follows (stable accepts only final releases)",
  });
}

export class PolicyError extends WheelwrightError {
  readonly rule: string;
  constructor(rule: string, message: string, hint?: string) {
    super('policy', `${rule} rule: ${message}`, hint === undefined ? {} : { hint });
    this.rule = rule;
  }
}

/**
 * `stable` accepts only final releases: PEP 440 pre-releases (a/b/rc), developmental releases and local
 * versions are refused; post-releases are final (PEP 440, "Post-releases"). `testing` and `unstable`
 * accept any tested build.
 */
export function checkChannelPolicy(project: string, version: string, channel: Channel): void {
  if (!isValidVersion(version)) {
    throw new PolicyError('pep440', `${project} ${version} is not a PEP 440 version, so no channel policy can admit it`);
  }
  if (channel !== 'stable') return;
  const { kind, isFinal } = classifyVersion(version);
  if (isFinal || kind === 'final' || kind === 'post') return;
  const what = { pre: 'a pre-release', dev: 'a development release', local: 'a local version' }[kind];
  throw new PolicyError(
    'stable-channel',
    `${project} ${version} is ${what}; the stable channel accepts only final releases (no pre, dev or local part)`,
    kind === 'pre'
      ? 'promote it to testing; tag the same commit with the final version to release it to stable'
      : 'promote it to testing or unstable',
  );
}
