/**
 * A shallow clone the version step may not fetch (fetch-tags off) holds only part of the history. dunamai and
 * pdm-backend answer from the commits that are there, which is a wrong version whenever the part they need is
 * missing; this finds those cases so they are errors, never a version:
 * - no matching tag in the history held: the tools fall back to 0.0.0 counting only the fetched commits;
 * - a commit where the clone is cut (git's shallow file lists them) lies between the tag and HEAD: the
 *   distance counts only the fetched commits since the tag.
 * With the tag and every commit since it present, the answer is the full clone's.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WheelwrightError } from '../errors/index';

type Git = (args: string[]) => Promise<{ stdout: string }>;

/** git's shallow file is one commit id a line; one of more than this is no file git wrote for a clone. */
const MAX_SHALLOW_BYTES = 4_000_000;

export async function shallowCut(
  dir: string,
  git: Git,
  tag: string | undefined,
  tool: 'dunamai' | 'pdm-backend',
  /** The tool's own way out, added to the hint (dunamai: `fix-shallow-repository = true`). */
  toolRemedy?: string,
): Promise<WheelwrightError | undefined> {
  const hint = `fetch the history (actions/checkout with fetch-depth 0), or leave input 'fetch-tags' on${toolRemedy ? `, or set ${toolRemedy}` : ''}`;
  if (tag === undefined)
    return new WheelwrightError(
      'git',
      `${dir} is a shallow clone and no tag matching the pattern is in the history it holds: ${tool} would give 0.0.0 counting only the fetched commits`,
      { hint },
    );
  const [path, between] = await Promise.all([git(['rev-parse', '--git-path', 'shallow']), git(['rev-list', `refs/tags/${tag}..HEAD`])]);
  const shallowFile = resolve(dir, path.stdout.trim());
  // The size is checked before the file is read, not after.
  if (((await stat(shallowFile).catch(() => undefined))?.size ?? 0) > MAX_SHALLOW_BYTES)
    return new WheelwrightError('git', `${dir}: git's shallow file is larger than ${MAX_SHALLOW_BYTES} bytes`);
  const text = await readFile(shallowFile, 'utf8').catch(() => '');
  const cuts = new Set(text.split(/\s+/).filter((line) => line !== ''));
  if (between.stdout.split(/\s+/).some((commit) => cuts.has(commit)))
    return new WheelwrightError(
      'git',
      `${dir} is a shallow clone cut between tag ${tag} and HEAD: ${tool} would count only the fetched commits since the tag`,
      { hint },
    );
  return undefined;
}
