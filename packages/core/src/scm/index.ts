import { WheelwrightError } from '../errors/index';
import { run } from '../process/index';

/** What `git describe` says about HEAD, parsed as setuptools_scm parses it. */
export interface GitDescription {
  tag: string | undefined;
  distance: number;
  /** `g` + the commit hash (setuptools_scm keeps 9 hex digits in the version). */
  node: string | undefined;
  dirty: boolean;
}

// setuptools_scm: DEFAULT_DESCRIBE in vcs_versioning/_backends/_git.py
const DESCRIBE = ['describe', '--dirty', '--tags', '--long', '--abbrev=40', '--match', '*[0-9]*'];

function git(root: string, args: string[], okCodes: number[] = [0]) {
  return run('git', args, { cwd: root, okCodes, timeoutMs: 40_000, label: `git ${args[0]}`, missingHint: 'install git' });
}

export async function describeGit(root: string): Promise<GitDescription> {
  const inside = await git(root, ['rev-parse', '--is-inside-work-tree'], [0, 128]);
  if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
    throw new WheelwrightError('git', `${root} is not a git work tree`, {
      hint: 'check out the repository first (actions/checkout) or set path',
    });
  }
  const described = await git(root, DESCRIBE, [0, 128]);
  if (described.code === 0) {
    let text = described.stdout.trim();
    const dirty = text.endsWith('-dirty');
    if (dirty) text = text.slice(0, -'-dirty'.length);
    const match = /^(?<tag>.+)-(?<distance>\d+)-g(?<node>[0-9a-f]+)$/.exec(text);
    if (match?.groups) {
      return { tag: match.groups.tag, distance: Number(match.groups.distance), node: `g${match.groups.node}`, dirty };
    }
    return { tag: text, distance: 0, node: undefined, dirty };
  }
  // No tag reachable: setuptools_scm counts every commit and asks git status for dirtiness.
  const head = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD'], [0, 1]);
  const status = await git(root, ['status', '--porcelain', '--untracked-files=no']);
  if (head.code !== 0) return { tag: undefined, distance: 0, node: undefined, dirty: true };
  const count = await git(root, ['rev-list', '--count', 'HEAD']);
  return { tag: undefined, distance: Number(count.stdout.trim()), node: `g${head.stdout.trim()}`, dirty: status.stdout.trim() !== '' };
}
