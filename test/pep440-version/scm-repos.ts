/**
 * Real git repositories in every state setuptools_scm distinguishes, built with fixed clocks (test/support/git-repo.ts).
 * Each fixture is a named root; the reference test runs every scheme combination on each.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo } from '../support/git-repo';

export interface Fixture {
  name: string;
  root: string;
}

function repo(base: string, name: string): GitRepo {
  return GitRepo.init(mkdir(join(base, name)));
}

function mkdir(path: string): string {
  execFileSync('mkdir', ['-p', path]);
  return path;
}

/** A clone of `source` (file:// so --depth is honoured), optionally shallow, with the same clock. */
export function clone(source: GitRepo, target: string, args: string[]): GitRepo {
  execFileSync('git', ['clone', '-q', ...args, `file://${source.dir}`, target], {
    stdio: 'pipe',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
  });
  const copy = new GitRepo(target);
  copy.git('config', 'user.name', 'Wheelwright Test');
  copy.git('config', 'user.email', 'test@example.invalid');
  return copy;
}

export function buildFixtures(): { base: string; fixtures: Fixture[]; repos: Record<string, GitRepo> } {
  const base = mkdtempSync(join(tmpdir(), 'ww-scm-'));
  const repos: Record<string, GitRepo> = {};
  const add = (name: string, build: (r: GitRepo) => void) => {
    const r = repo(base, name);
    build(r);
    repos[name] = r;
  };

  add('empty', () => {});
  add('no-tag', (r) => {
    r.commit();
    r.commit();
    r.commit();
  });
  add('no-tag-dirty', (r) => {
    r.commit();
    r.commit();
    r.write('file0.txt', 'changed\n');
  });
  add('exact', (r) => {
    r.commit();
    r.tag('1.0.0');
  });
  add('exact-dirty', (r) => {
    r.commit();
    r.tag('1.0.0');
    r.write('file0.txt', 'changed\n');
  });
  add('exact-untracked', (r) => {
    r.commit();
    r.tag('1.0.0');
    r.write('untracked.txt', 'new\n');
  });
  add('exact-staged', (r) => {
    r.commit();
    r.tag('1.0.0');
    r.write('staged.txt', 'new\n');
    r.git('add', 'staged.txt');
  });
  add('distance', (r) => {
    r.commit();
    r.tag('v1.2.3', { annotated: true });
    r.commit();
    r.commit();
  });
  add('distance-dirty', (r) => {
    r.commit();
    r.tag('1.2.3');
    r.commit();
    r.write('file0.txt', 'changed\n');
  });
  add('deleted-file', (r) => {
    r.commit();
    r.tag('1.2.3');
    r.commit();
    r.git('rm', '-q', 'file0.txt');
  });
  add('two-part', (r) => {
    r.commit();
    r.tag('1.2');
    r.commit();
  });
  add('four-part', (r) => {
    r.commit();
    r.tag('1.2.3.4');
    r.commit();
  });
  add('pre', (r) => {
    r.commit();
    r.tag('1.0rc1');
    r.commit();
  });
  add('pre-semverish', (r) => {
    r.commit();
    r.tag('2.0.0-rc.1');
    r.commit();
  });
  add('post', (r) => {
    r.commit();
    r.tag('1.0.post1');
    r.commit();
  });
  add('pre-post', (r) => {
    r.commit();
    r.tag('1.0b1.post2');
    r.commit();
  });
  add('dev0', (r) => {
    r.commit();
    r.tag('2.0.dev0');
    r.commit();
    r.commit();
  });
  add('dev3', (r) => {
    r.commit();
    r.tag('1.0.dev3');
    r.commit();
  });
  add('epoch', (r) => {
    r.commit();
    r.tag('1!2.0');
    r.commit();
  });
  add('uppercase-v', (r) => {
    r.commit();
    r.tag('V01.02');
    r.commit();
  });
  add('prefixed', (r) => {
    r.commit();
    r.tag('proj-v1.4.0');
    r.commit();
  });
  add('suffix-local', (r) => {
    r.commit();
    r.tag('1.0.0+local.7');
    r.commit();
  });
  add('suffix-semver', (r) => {
    r.commit();
    r.tag('1.0.0-beta.2+exp.sha.5114f85');
    r.commit();
    r.commit();
  });
  add('suffix-exact', (r) => {
    r.commit();
    r.tag('1.0.0+build.5');
  });
  add('non-version-tag', (r) => {
    r.commit();
    r.tag('1.1.0');
    r.commit();
    r.tag('latest');
  });
  add('event-tag', (r) => {
    r.commit();
    r.tag('1.1.0');
    r.commit();
    r.tag('deploy-42');
    r.commit();
  });
  add('unparseable-tag', (r) => {
    r.commit();
    r.tag('1.1.0');
    r.commit();
    r.tag('release/1.2.3');
  });
  // Python's \w and \d are Unicode-aware in the default tag_regex.
  add('unicode-prefix', (r) => {
    r.commit();
    r.tag('проект-1.2.0');
    r.commit();
  });
  add('unicode-digits', (r) => {
    r.commit();
    r.tag('v١.٢');
    r.commit();
  });
  add('big-number', (r) => {
    r.commit();
    r.tag('1.2.99999999999999999999');
    r.commit();
  });
  add('same-commit-lightweight', (r) => {
    r.commit();
    r.tag('1.2.1rc1');
    r.tag('1.2.1');
  });
  add('same-commit-annotated', (r) => {
    r.commit();
    r.tag('1.2.1', { annotated: true });
    r.tag('1.2.1rc1', { annotated: true });
  });
  add('same-commit-mixed', (r) => {
    r.commit();
    r.tag('1.2.1');
    r.tag('1.2.1rc1', { annotated: true });
  });
  add('same-commit-then-commit', (r) => {
    r.commit();
    r.tag('v1.9.0');
    r.tag('v1.10.0');
    r.commit();
  });
  add('merge', (r) => {
    r.commit();
    r.tag('1.0.0');
    r.git('checkout', '-q', '-b', 'side');
    r.commit();
    r.tag('0.9.0');
    r.git('checkout', '-q', 'main');
    r.commit();
    r.tag('1.1.0');
    r.commit();
    r.commit();
    r.git('merge', '-q', '--no-ff', '-m', 'merge side', 'side');
  });
  add('detached', (r) => {
    r.commit();
    r.tag('1.3.0');
    r.commit();
    r.commit();
    r.git('checkout', '-q', '--detach', 'HEAD~1');
  });
  add('release-branch', (r) => {
    r.commit();
    r.tag('1.2.0');
    r.git('checkout', '-q', '-b', 'release/1.2');
    r.commit();
  });
  add('release-branch-x', (r) => {
    r.commit();
    r.tag('1.2.3');
    r.git('checkout', '-q', '-b', 'maintenance/v1.2.x');
    r.commit();
  });
  add('release-branch-rc', (r) => {
    r.commit();
    r.tag('1.2.0rc1');
    r.git('checkout', '-q', '-b', 'release-1.2');
    r.commit();
  });
  add('feature-branch', (r) => {
    r.commit();
    r.tag('1.2.3');
    r.git('checkout', '-q', '-b', 'feature/thing');
    r.commit();
  });
  add('other-branch', (r) => {
    r.commit();
    r.tag('1.2.3');
    r.git('checkout', '-q', '-b', 'release/2.0');
    r.commit();
  });
  // BASE_TIME in git-repo.ts is 2023-11-14T22:13:20Z; commits advance by a minute.
  add('calver-same-day', (r) => {
    r.commit();
    r.tag('2023.11.14');
    r.commit();
  });
  add('calver-patch', (r) => {
    r.commit();
    r.tag('2023.11.14.3');
    r.commit();
  });
  add('calver-other-day', (r) => {
    r.commit();
    r.tag('2023.01.20');
    r.commit();
  });
  add('calver-short', (r) => {
    r.commit();
    r.tag('23.11.14');
    r.commit();
  });
  add('calver-future', (r) => {
    r.commit();
    r.tag('2024.01.01');
    r.commit();
  });
  add('calver-release-branch', (r) => {
    r.commit();
    r.tag('2023.01.20');
    r.git('checkout', '-q', '-b', 'release-2023.01.20');
    r.commit();
  });

  // towncrier-fragments: the changelog fragments decide the bump (major, minor, patch, none).
  const fragments: [string, Record<string, string>][] = [
    ['towncrier-major', { 'changelog.d/1.removal.md': 'x\n', 'changelog.d/2.feature.md': 'x\n' }],
    ['towncrier-minor', { 'changelog.d/3.feature.md': 'x\n', 'changelog.d/4.bugfix.md': 'x\n' }],
    ['towncrier-patch', { 'changelog.d/5.doc.md': 'x\n', 'changelog.d/README.md': 'x\n', 'changelog.d/template.md': 'x\n' }],
    ['towncrier-none', { 'changelog.d/README.md': 'x\n', 'changelog.d/6.unknown.md': 'x\n' }],
    ['towncrier-directory', { 'towncrier.toml': 'directory = "news"\n', 'news/7.breaking.rst': 'x\n', 'changelog.d/8.doc.md': 'x\n' }],
  ];
  for (const [name, files] of fragments) {
    add(name, (r) => {
      r.commit();
      r.tag('v1.2.3', { annotated: true });
      r.commit('fragments', files);
    });
  }

  // Shallow clones (the actions/checkout default is depth 1 without tags).
  const upstream = repos.distance as GitRepo;
  upstream.commit();
  const shallow = clone(upstream, join(base, 'shallow-depth1'), ['--depth', '1', '--no-tags']);
  repos['shallow-depth1'] = shallow;
  repos['shallow-depth2'] = clone(upstream, join(base, 'shallow-depth2'), ['--depth', '2']);
  repos['shallow-with-tag'] = clone(upstream, join(base, 'shallow-with-tag'), ['--depth', '5']);
  const tagged = repos.exact as GitRepo;
  repos['shallow-tagged'] = clone(tagged, join(base, 'shallow-tagged'), ['--depth', '1', '--branch', '1.0.0']);
  repos['full-clone'] = clone(upstream, join(base, 'full-clone'), []);
  // Only for the fetch_on_shallow case (the first run unshallows it): kept out of the scheme matrix.
  repos['extra-shallow-fetch'] = clone(upstream, join(base, 'extra-shallow-fetch'), ['--depth', '1', '--no-tags']);

  // A linked worktree: `.git` is a file there.
  const main = repos['two-part'] as GitRepo;
  main.git('worktree', 'add', '-q', '-b', 'wt', join(base, 'worktree'));
  const worktree = new GitRepo(join(base, 'worktree'));
  worktree.commit();
  repos.worktree = worktree;

  // Not a work tree at its root: a sub-directory of one.
  const sub = mkdir(join((repos.exact as GitRepo).dir, 'sub'));
  writeFileSync(join(sub, 'keep.txt'), '');
  const fixtures = Object.entries(repos).map(([name, r]) => ({ name, root: r.dir }));
  fixtures.push({ name: 'subdirectory', root: sub });
  // No git at all, in a folder named like an unpacked sdist (parentdir_prefix_version).
  fixtures.push({ name: 'parentdir', root: mkdir(join(base, 'myproj-1.4.0')) });
  // `git archive` output (no .git): setuptools_scm's .git_archival.txt in its filled-in forms, and PKG-INFO.
  const node = 'a'.repeat(40);
  const archives: [string, Record<string, string>][] = [
    [
      'archival-describe',
      {
        '.git_archival.txt': `node: ${node}\nnode-date: 2023-11-14T22:13:20+00:00\ndescribe-name: v1.2.3-4-g${node}\nref-names: HEAD -> main\n`,
      },
    ],
    [
      'archival-exact',
      {
        '.git_archival.txt': `node: ${node}\nnode-date: 2023-11-14T22:13:20+00:00\ndescribe-name: v2.0.0rc1\nref-names: HEAD -> main, tag: v2.0.0rc1\n`,
      },
    ],
    [
      'archival-ref-names',
      { '.git_archival.txt': `node: ${node}\nref-names: HEAD -> main, tag: nightly, tag: v3.1.0, tag: v3.1.0.post1\n` },
    ],
    [
      'archival-node',
      { '.git_archival.txt': `node: ${node}\nnode-date: 2023-11-14T22:13:20+00:00\ndescribe-name: \nref-names: HEAD -> main\n` },
    ],
    [
      'archival-unprocessed',
      { '.git_archival.txt': 'node: $Format:%H$\nnode-date: $Format:%cI$\ndescribe-name: $Format:%(describe:tags=true,match=*[0-9]*)$\n' },
    ],
    [
      'archival-unprocessed-pkginfo',
      {
        '.git_archival.txt': 'node: $Format:%H$\ndescribe-name: $Format:%(describe:tags=true,match=*[0-9]*)$\n',
        'PKG-INFO': 'Metadata-Version: 2.1\nName: thing\nVersion: 5.5.5.dev3+g1234567\n',
      },
    ],
    ['pkginfo', { 'PKG-INFO': 'Metadata-Version: 2.1\nName: thing\nVersion: 0.9.1\n' }],
  ];
  for (const [name, files] of archives) {
    const dir = mkdir(join(base, name));
    for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
    fixtures.push({ name, root: dir });
  }
  return { base, fixtures, repos };
}
