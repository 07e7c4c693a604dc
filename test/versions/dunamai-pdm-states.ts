/**
 * Git states for projects versioned by poetry-dynamic-versioning (dunamai) and pdm-backend's SCM source,
 * each with the version the tool itself gives. Every expected value was verified by running the tools'
 * own code on the same states: dunamai 1.26.1 (commit 5c6c2597) through poetry-dynamic-versioning's
 * `_get_version` (commit 9990b9a1), and pdm-backend's `get_version_from_scm` + `default_version_formatter`
 * (commit 75974828).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GitRepo } from '../support/git-repo';

export interface StateFacts {
  /** `git log -1 --format=%h` (dunamai's commit). */
  short: string;
  /** The abbreviation `git describe` prints (pdm-backend's node), `g` included. */
  describeNode: string;
  full: string;
  /** Today in UTC, YYYYmmdd (pdm-backend's `.d` date). */
  today: string;
}

export interface VersionState {
  name: string;
  tool: 'pdv' | 'pdm';
  /** Lines for [tool.poetry-dynamic-versioning] / [tool.pdm.version]. */
  config?: string;
  /** Git work after the first commit (which holds pyproject.toml). */
  setup: (repo: GitRepo) => void;
  /** The version string the tool prints, or the error Wheelwright gives. */
  expected: ((facts: StateFacts) => string) | RegExp;
  /** No git repository at all. */
  noGit?: boolean;
}

export function pyprojectFor(state: Pick<VersionState, 'tool' | 'config'>): string {
  const config = state.config ? `${state.config}\n` : '';
  if (state.tool === 'pdv')
    return `[build-system]\nrequires = ["poetry-core>=1.0.0"]\nbuild-backend = "poetry.core.masonry.api"\n\n[tool.poetry]\nname = "demo"\nversion = "0.0.0"\ndescription = "a demo"\nauthors = ["Test <test@example.invalid>"]\n\n[tool.poetry-dynamic-versioning]\nenable = true\n${config}`;
  return `[build-system]\nrequires = ["pdm-backend"]\nbuild-backend = "pdm.backend"\n\n[project]\nname = "demo"\ndynamic = ["version"]\n\n[tool.pdm.version]\nsource = "scm"\n${config}`;
}

const commits = (repo: GitRepo, n: number) => {
  for (let i = 0; i < n; i++) repo.commit();
};

export const STATES: VersionState[] = [
  // poetry-dynamic-versioning / dunamai
  { name: 'tag at HEAD', tool: 'pdv', setup: (r) => void r.tag('v1.2.3'), expected: () => '1.2.3' },
  {
    name: 'three commits after the tag (no bump: a post-release)',
    tool: 'pdv',
    setup: (r) => {
      r.tag('v1.3.1');
      commits(r, 3);
    },
    expected: (f) => `1.3.1.post3.dev0+${f.short}`,
  },
  {
    name: 'bump = true',
    tool: 'pdv',
    config: 'bump = true',
    setup: (r) => {
      r.tag('v1.3.1');
      commits(r, 3);
    },
    expected: (f) => `1.3.2.dev3+${f.short}`,
  },
  {
    name: 'bump at index 1',
    tool: 'pdv',
    config: 'bump = { enable = true, index = 1 }',
    setup: (r) => {
      r.tag('v1.2.3');
      commits(r, 1);
    },
    expected: (f) => `1.3.0.dev1+${f.short}`,
  },
  {
    name: 'bump at the tag does nothing',
    tool: 'pdv',
    config: 'bump = true',
    setup: (r) => void r.tag('v1.2.3'),
    expected: () => '1.2.3',
  },
  {
    name: 'dirty tree at the tag (dirty = false: nothing shown)',
    tool: 'pdv',
    setup: (r) => {
      r.tag('v1.2.3');
      r.write('pyproject.toml', `${pyprojectFor({ tool: 'pdv' })}# changed\n`);
    },
    expected: () => '1.2.3',
  },
  {
    name: 'dirty tree at the tag with dirty = true',
    tool: 'pdv',
    config: 'dirty = true',
    setup: (r) => {
      r.tag('v1.2.3');
      r.write('demo/__init__.py', '# changed\n');
    },
    expected: () => '1.2.3+dirty',
  },
  {
    name: 'an untracked file is dirt for dunamai',
    tool: 'pdv',
    config: 'dirty = true',
    setup: (r) => {
      r.tag('v1.2.3');
      r.write('notes.txt', 'untracked\n');
    },
    expected: () => '1.2.3+dirty',
  },
  {
    name: 'ignore-untracked',
    tool: 'pdv',
    config: 'dirty = true\nignore-untracked = true',
    setup: (r) => {
      r.tag('v1.2.3');
      r.write('notes.txt', 'untracked\n');
    },
    expected: () => '1.2.3',
  },
  {
    name: 'pre-release tag and two commits',
    tool: 'pdv',
    setup: (r) => {
      r.tag('v2.0.0rc1');
      commits(r, 2);
    },
    expected: (f) => `2.0.0rc1.post2.dev0+${f.short}`,
  },
  {
    name: 'pre-release tag, bump = true',
    tool: 'pdv',
    config: 'bump = true',
    setup: (r) => {
      r.tag('v2.0.0rc1');
      commits(r, 2);
    },
    expected: (f) => `2.0.0rc2.dev2+${f.short}`,
  },
  { name: 'beta tag spelled out', tool: 'pdv', setup: (r) => void r.tag('v1.0.0-beta.2'), expected: () => '1.0.0b2' },
  { name: 'epoch tag', tool: 'pdv', setup: (r) => void r.tag('v1!2.0'), expected: () => '1!2.0' },
  {
    name: 'custom pattern',
    tool: 'pdv',
    config: String.raw`pattern = '^release-(?P<base>\d+\.\d+)$'`,
    setup: (r) => void r.tag('release-1.4'),
    expected: () => '1.4',
  },
  {
    name: 'pattern default-unprefixed',
    tool: 'pdv',
    config: 'pattern = "default-unprefixed"',
    setup: (r) => void r.tag('3.0'),
    expected: () => '3.0',
  },
  {
    name: 'pattern-prefix skips the other package’s newer tag',
    tool: 'pdv',
    config: 'pattern-prefix = "pkg-"',
    setup: (r) => {
      r.tag('pkg-v0.5.0');
      commits(r, 1);
      r.tag('other-v9.0.0');
    },
    expected: (f) => `0.5.0.post1.dev0+${f.short}`,
  },
  {
    name: 'the nearest of two annotated tags on one commit is the newer',
    tool: 'pdv',
    setup: (r) => {
      r.tag('v1.0.0', { annotated: true });
      r.tag('v1.1.0', { annotated: true });
    },
    expected: () => '1.1.0',
  },
  {
    name: 'style semver after the tag',
    tool: 'pdv',
    config: 'style = "semver"',
    setup: (r) => {
      r.tag('v1.3.1');
      commits(r, 2);
    },
    expected: (f) => `1.3.1-post.2+${f.short}`,
  },
  { name: 'style pvp at the tag', tool: 'pdv', config: 'style = "pvp"', setup: (r) => void r.tag('v1.3.1'), expected: () => '1.3.1' },
  {
    name: 'style pvp after the tag is not PEP 440',
    tool: 'pdv',
    config: 'style = "pvp"',
    setup: (r) => {
      r.tag('v1.3.1');
      commits(r, 2);
    },
    expected: /'1\.3\.1-post-2-[0-9a-f]+' is not a PEP 440 version/,
  },
  {
    name: 'format string',
    tool: 'pdv',
    config: 'format = "{base}.dev{distance}+{commit}"',
    setup: (r) => {
      r.tag('v1.3.1');
      commits(r, 2);
    },
    expected: (f) => `1.3.1.dev2+${f.short}`,
  },
  {
    name: 'format with branch_escaped and timestamp',
    tool: 'pdv',
    config: 'format = "{major}.{minor}.{patch}+{branch_escaped}.{timestamp}"',
    setup: (r) => {
      r.tag('v4.5');
      r.git('checkout', '-q', '-b', 'feature/x-1');
      commits(r, 1);
    },
    // The commit time is the GitRepo clock: 1_700_000_000 + 3 ticks of 60 s.
    expected: () => '4.5.0+featurex1.20231114221620',
  },
  {
    name: 'metadata = true at the tag',
    tool: 'pdv',
    config: 'metadata = true',
    setup: (r) => void r.tag('v1.2.3'),
    expected: (f) => `1.2.3+${f.short}`,
  },
  {
    name: 'metadata = false after the tag',
    tool: 'pdv',
    config: 'metadata = false',
    setup: (r) => {
      r.tag('v1.3.1');
      commits(r, 3);
    },
    expected: () => '1.3.1.post3.dev0',
  },
  {
    name: 'tagged-metadata',
    tool: 'pdv',
    config: 'tagged-metadata = true',
    setup: (r) => void r.tag('v1.0.0+linux'),
    expected: () => '1.0.0+linux',
  },
  {
    name: 'commit-length',
    tool: 'pdv',
    config: 'commit-length = 10',
    setup: (r) => {
      r.tag('v1.0');
      commits(r, 1);
    },
    expected: (f) => `1.0.post1.dev0+${f.full.slice(0, 10)}`,
  },
  // dunamai's serialize: commit_prefix goes before the commit wherever the commit is shown (the metadata of
  // the default form, {commit} of a format); at the tag without metadata the commit is not shown at all.
  {
    name: 'commit-prefix after the tag',
    tool: 'pdv',
    config: 'commit-prefix = "g"',
    setup: (r) => {
      r.tag('v1.3.1');
      commits(r, 3);
    },
    expected: (f) => `1.3.1.post3.dev0+g${f.short}`,
  },
  {
    name: 'commit-prefix in a format',
    tool: 'pdv',
    config: 'commit-prefix = "sha."\nformat = "{base}.dev{distance}+{commit}"',
    setup: (r) => {
      r.tag('v2.0');
      commits(r, 1);
    },
    expected: (f) => `2.0.dev1+sha.${f.short}`,
  },
  {
    name: 'commit-prefix at the tag shows no commit',
    tool: 'pdv',
    config: 'commit-prefix = "g"',
    setup: (r) => void r.tag('v1.2.3'),
    expected: () => '1.2.3',
  },
  {
    name: 'commit-prefix with metadata = true at the tag',
    tool: 'pdv',
    config: 'commit-prefix = "g"\nmetadata = true',
    setup: (r) => void r.tag('v1.2.3'),
    expected: (f) => `1.2.3+g${f.short}`,
  },
  // _escape_branch: every character but ASCII letters and digits becomes escape-with ('' by default).
  {
    name: 'escape-with in branch_escaped',
    tool: 'pdv',
    config: 'escape-with = "."\nformat = "{base}+{branch_escaped}"',
    setup: (r) => {
      r.tag('v4.5');
      r.git('checkout', '-q', '-b', 'feature/x-1');
      commits(r, 1);
    },
    expected: () => '4.5+feature.x.1',
  },
  {
    name: 'escape-with of several characters',
    tool: 'pdv',
    config: 'escape-with = "zz"\nformat = "{base}.dev{distance}+{branch_escaped}"',
    setup: (r) => {
      r.tag('v4.5');
      r.git('checkout', '-q', '-b', 'fix_é/1');
      commits(r, 2);
    },
    expected: () => '4.5.dev2+fixzzzzzz1',
  },
  {
    name: 'escape-with "-": no style, no check (the build normalizes the local part)',
    tool: 'pdv',
    config: 'escape-with = "-"\nformat = "{base}+{branch_escaped}"',
    setup: (r) => {
      r.tag('v4.5');
      r.git('checkout', '-q', '-b', 'feat/x');
      commits(r, 1);
    },
    expected: () => '4.5+feat-x',
  },
  {
    name: 'escape-with "-" with style pep440: dunamai’s own check refuses a "-" in the local part',
    tool: 'pdv',
    config: 'escape-with = "-"\nformat = "{base}+{branch_escaped}"\nstyle = "pep440"',
    setup: (r) => {
      r.tag('v4.5');
      r.git('checkout', '-q', '-b', 'feat/x');
      commits(r, 1);
    },
    expected: /'4\.5\+feat-x' does not conform to the /,
  },
  {
    name: 'no tag: 0.0.0 with every commit counted',
    tool: 'pdv',
    setup: (r) => commits(r, 1),
    expected: (f) => `0.0.0.post2.dev0+${f.short}`,
  },
  { name: 'no tag with strict = true', tool: 'pdv', config: 'strict = true', setup: (r) => commits(r, 1), expected: /strict = true/ },
  {
    name: 'latest-tag refuses a newer tag the pattern does not match',
    tool: 'pdv',
    config: 'latest-tag = true',
    setup: (r) => {
      r.tag('v1.0.0');
      commits(r, 1);
      r.tag('nightly');
    },
    expected: /did not match the latest tag 'nightly'/,
  },
  {
    name: 'without latest-tag the older matching tag is used',
    tool: 'pdv',
    setup: (r) => {
      r.tag('v1.0.0');
      commits(r, 1);
      r.tag('nightly');
    },
    expected: (f) => `1.0.0.post1.dev0+${f.short}`,
  },
  {
    name: 'tag-branch',
    tool: 'pdv',
    config: 'tag-branch = "release"',
    setup: (r) => {
      r.git('branch', 'release');
      r.git('checkout', '-q', 'release');
      commits(r, 1);
      r.tag('v7.0.0');
      r.git('checkout', '-q', 'main');
      commits(r, 1);
    },
    // dunamai: tags merged into tag-branch, but the distance is counted from the tag to HEAD.
    expected: (f) => `7.0.0.post1.dev0+${f.short}`,
  },
  // pdm-backend
  { name: 'pdm: tag at HEAD', tool: 'pdm', setup: (r) => void r.tag('1.2.3'), expected: () => '1.2.3' },
  { name: 'pdm: v-prefixed tag', tool: 'pdm', setup: (r) => void r.tag('v1.2.3'), expected: () => '1.2.3' },
  {
    name: 'pdm: three commits after the tag',
    tool: 'pdm',
    setup: (r) => {
      r.tag('v1.2.3');
      commits(r, 3);
    },
    expected: (f) => `1.2.4.dev3+${f.describeNode}`,
  },
  {
    name: 'pdm: dirty at the tag',
    tool: 'pdm',
    setup: (r) => {
      r.tag('1.2.3');
      r.write('pyproject.toml', `${pyprojectFor({ tool: 'pdm' })}# changed\n`);
    },
    expected: (f) => `1.2.3+d${f.today}`,
  },
  {
    name: 'pdm: dirty after the tag',
    tool: 'pdm',
    setup: (r) => {
      r.tag('1.2.3');
      commits(r, 1);
      r.write('pyproject.toml', `${pyprojectFor({ tool: 'pdm' })}# changed\n`);
    },
    expected: (f) => `1.2.4.dev1+${f.describeNode}.d${f.today}`,
  },
  {
    name: 'pdm: an untracked file is not dirt',
    tool: 'pdm',
    setup: (r) => {
      r.tag('1.2.3');
      r.write('notes.txt', 'untracked\n');
    },
    expected: () => '1.2.3',
  },
  {
    name: 'pdm: pre-release tag and a commit',
    tool: 'pdm',
    setup: (r) => {
      r.tag('2.0rc1');
      commits(r, 1);
    },
    expected: (f) => `2.0rc2.dev1+${f.describeNode}`,
  },
  {
    name: 'pdm: post-release tag and a commit',
    tool: 'pdm',
    setup: (r) => {
      r.tag('1.0.post1');
      commits(r, 1);
    },
    expected: (f) => `1.0.post2.dev1+${f.describeNode}`,
  },
  {
    name: 'pdm: dev0 tag and a commit',
    tool: 'pdm',
    setup: (r) => {
      r.tag('1.0.dev0');
      commits(r, 1);
    },
    expected: (f) => `1.0.dev1+${f.describeNode}`,
  },
  {
    name: 'pdm: no tag',
    tool: 'pdm',
    setup: (r) => commits(r, 1),
    expected: (f) => `0.1.dev2+g${f.full.slice(0, 7)}`,
  },
  {
    name: 'pdm: tag without a dot is not matched by the default filter',
    tool: 'pdm',
    setup: (r) => {
      r.tag('1.0');
      commits(r, 1);
      r.tag('v2');
    },
    expected: (f) => `1.1.dev1+${f.describeNode}`,
  },
  {
    name: 'pdm: tag_regex and tag_filter for one package of several',
    tool: 'pdm',
    config: 'tag_filter = "pkg-v*"\ntag_regex = \'^pkg-v(?P<version>.+)$\'',
    setup: (r) => {
      r.tag('pkg-v0.5.0');
      commits(r, 1);
      r.tag('other-v9.0.0');
    },
    expected: (f) => `0.5.1.dev1+${f.describeNode}`,
  },
  {
    name: 'pdm: fallback_version without git',
    tool: 'pdm',
    config: 'fallback_version = "0.0.1"',
    noGit: true,
    setup: () => undefined,
    expected: () => '0.0.1',
  },
  { name: 'pdm: no git and no fallback', tool: 'pdm', noGit: true, setup: () => undefined, expected: /not in a git work tree/ },
];

/** The facts an expected value is written with, read from the repository after the state is built. */
export function stateFacts(dir: string, noGit = false): StateFacts {
  const now = new Date();
  const today = `${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, '0')}${String(now.getUTCDate()).padStart(2, '0')}`;
  if (noGit) return { short: '', describeNode: '', full: '', today };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  const full = git('rev-parse', 'HEAD');
  const described = execFileSync('git', ['-c', 'core.abbrev=auto', 'describe', '--tags', '--long', '--always'], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
  return { short: git('log', '-1', '--format=%h'), describeNode: described.split('-').pop() ?? '', full, today };
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** The state's project: pyproject.toml and the package in a first commit, then the state's own git work. */
export function buildStateIn(
  state: Pick<VersionState, 'tool' | 'config' | 'setup' | 'noGit'>,
  made: string[],
  extra: Record<string, string> = {},
): string {
  const files = { 'pyproject.toml': pyprojectFor(state), 'demo/__init__.py': '__version__ = "0.0.0"\n', ...extra };
  if (state.noGit) {
    const dir = mkdtempSync(join(tmpdir(), 'ww-nogit-'));
    made.push(dir);
    write(dir, files);
    return dir;
  }
  const repo = GitRepo.init();
  made.push(repo.dir);
  repo.commit('project', files);
  state.setup(repo);
  return repo.dir;
}
