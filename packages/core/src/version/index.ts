import { explain } from '@renovatebot/pep440';
import { WheelwrightError } from '../errors/index';
import type { GitDescription } from '../scm/index';

/**
 * The minimal guess-next-dev + node-and-date rendering (setuptools_scm's defaults). The full scheme set
 * is built in the pep440-version issue.
 */
export function formatVersion(description: GitDescription): string {
  const tag = description.tag === undefined ? '0.0' : normalizeTag(description.tag);
  const exact = description.distance === 0 && !description.dirty && description.tag !== undefined;
  if (exact) return tag;
  const bumped = tag.replace(/(\d+)$/, (digits) => (BigInt(digits) + 1n).toString());
  const main = `${bumped}.dev${description.distance}`;
  const node = description.node?.slice(0, 10);
  if (node === undefined) return main;
  return `${main}+${node}`;
}

function normalizeTag(tag: string): string {
  const version = tag.replace(/^(?:[\w-]+-)?/, '').replace(/^[vV]/, '');
  const parsed = explain(version);
  if (!parsed) throw new WheelwrightError('version', `tag '${tag}' is not a PEP 440 version`);
  return parsed.public;
}
