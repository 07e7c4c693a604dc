/**
 * computeVersion against the newest setuptools_scm (10.3.x with vcs-versioning, from the offline mirror) on
 * real git repositories in every state setuptools_scm distinguishes, every version scheme (and alias) × every local
 * scheme. The whole matrix is answered by ONE Python process (reference/scm_driver.py).
 */
import { execFile } from 'node:child_process';
import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { silentLogger } from '@wheelwright/core/log';
import { isValidVersion } from '@wheelwright/core/pep440';
import { computeVersion, type VersionOptions } from '@wheelwright/core/version';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanPythonEnv, referenceVenv, venvPython } from '../support/python';
import { buildFixtures, type Fixture } from './scm-repos';

const SETUPTOOLS_SCM = 'setuptools-scm==10.3.4';
const SOURCE_DATE_EPOCH = '1700050000'; // 2023-11-15T12:06:40Z: a day after the commits, so dates differ.

const SCHEMES = [
  'guess-next-dev',
  'no-guess-dev',
  'post-release',
  'only-version',
  'semver-pep440',
  'semver-pep440-release-branch',
  'calver-by-date',
  'towncrier-fragments',
];
const ALIASES = ['python-simplified-semver', 'release-branch-semver'];
const LOCALS: (string | string[])[] = [
  'node-and-date',
  'node-and-timestamp',
  'dirty-tag',
  'no-local-version',
  'no-local-version-strict',
  'fail-on-uncommitted-changes',
  ['fail-on-uncommitted-changes', 'node-and-date'],
];
/** Fixtures on which the full cross product runs (the others get every scheme and every local scheme). */
const FULL_MATRIX = [
  'empty',
  'no-tag',
  'no-tag-dirty',
  'exact',
  'exact-dirty',
  'distance',
  'distance-dirty',
  'suffix-semver',
  'release-branch',
  'calver-same-day',
  'epoch',
  'shallow-depth1',
];

interface Case {
  label: string;
  root: string;
  /** setuptools_scm.get_version keyword arguments, or undefined to read <root>/pyproject.toml. */
  kwargs?: Record<string, unknown>;
  pyproject?: string;
  env?: Record<string, string>;
  options: VersionOptions;
}

interface Answer {
  version?: string;
  error?: string;
}

function schemeCase(fixture: Fixture, scheme: string, local: string | string[]): Case {
  const localName = Array.isArray(local) ? local.join('+') : local;
  return {
    label: `${fixture.name} ${scheme} ${localName}`,
    root: fixture.root,
    // A list of local schemes exists only in configuration, so those cases go through pyproject.toml.
    ...(Array.isArray(local)
      ? {
          pyproject: `[tool.setuptools_scm]\nversion_scheme = "${scheme}"\nlocal_scheme = ${JSON.stringify(local)}\n`,
        }
      : { kwargs: { version_scheme: scheme, local_scheme: local } }),
    options: Array.isArray(local)
      ? { path: fixture.root, fetchTags: false }
      : { path: fixture.root, versionScheme: scheme, localScheme: local, fetchTags: false },
  };
}

function buildCases(fixtures: Fixture[]): Case[] {
  const cases: Case[] = [];
  for (const fixture of fixtures) {
    if (fixture.name.startsWith('extra-')) continue;
    const full = FULL_MATRIX.includes(fixture.name);
    for (const scheme of [...SCHEMES, ...ALIASES]) {
      const locals = full && !ALIASES.includes(scheme) ? LOCALS : ['node-and-date'];
      for (const local of locals) cases.push(schemeCase(fixture, scheme, local));
    }
    if (!full) for (const local of LOCALS.slice(1)) cases.push(schemeCase(fixture, 'guess-next-dev', local));
  }
  const root = (name: string) => (fixtures.find((f) => f.name === name) as Fixture).root;
  const extra = (label: string, name: string, spec: Omit<Case, 'label' | 'root' | 'options'>, options: VersionOptions = {}) =>
    cases.push({ label, root: root(name), ...spec, options: { path: root(name), fetchTags: false, ...options } });

  // fallback_version: the base tag inside git (newest), verbatim without a work tree.
  extra('fallback no-tag', 'no-tag', { kwargs: { fallback_version: '1.2.4' } }, { fallbackVersion: '1.2.4' });
  extra('fallback empty', 'empty', { kwargs: { fallback_version: '1.2.4' } }, { fallbackVersion: '1.2.4' });
  extra('fallback tagged', 'distance', { kwargs: { fallback_version: '9.9' } }, { fallbackVersion: '9.9' });
  extra('fallback subdirectory', 'subdirectory', { kwargs: { fallback_version: '3.0.0rc1' } }, { fallbackVersion: '3.0.0rc1' });
  extra('fallback pyproject', 'no-tag', { pyproject: '[tool.setuptools_scm]\nfallback_version = "0.5"\n' });
  // tag_regex
  const regex = String.raw`^release-(?P<version>\d+\.\d+\.\d+)$`;
  extra('regex no match', 'distance', { kwargs: { tag_regex: regex } }, { tagRegex: regex });
  extra(
    'regex single group',
    'prefixed',
    { kwargs: { tag_regex: String.raw`^proj-v(\d+\.\d+\.\d+)$` } },
    { tagRegex: String.raw`^proj-v(\d+\.\d+\.\d+)$` },
  );
  extra('regex pyproject', 'prefixed', { pyproject: `[tool.setuptools_scm]\ntag_regex = '^proj-(?P<version>v\\d+(?:\\.\\d+)*)$'\n` });
  extra('regex tag table', 'prefixed', { pyproject: `[tool.setuptools_scm.tag]\nregex = '^proj-(?P<version>v\\d+(?:\\.\\d+)*)$'\n` });
  // tag.prefix and tag.strict
  extra('prefix', 'prefixed', { pyproject: '[tool.setuptools_scm.tag]\nprefix = "proj-"\n' });
  extra('prefix other', 'distance', { pyproject: '[tool.setuptools_scm.tag]\nprefix = "proj-"\n' });
  extra('strict event tag', 'event-tag', { pyproject: '[tool.setuptools_scm.tag]\nstrict = true\n' });
  extra('strict false', 'event-tag', { pyproject: '[tool.setuptools_scm.tag]\nstrict = false\n' });
  // describe_command
  extra('describe command', 'same-commit-lightweight', {
    pyproject: `[tool.setuptools_scm.scm.git]\ndescribe_command = "git describe --dirty --tags --long --abbrev=40 --match '*rc*'"\n`,
  });
  // Pretend versions: plain, _FOR_<DIST> with canonicalization, fuzzy names, empty, invalid.
  const project = (name: string) => `[project]\nname = "${name}"\ndynamic = ["version"]\n[tool.setuptools_scm]\n`;
  extra('pretend plain', 'distance', { pyproject: project('My.Pkg-Name'), env: { SETUPTOOLS_SCM_PRETEND_VERSION: 'v2.0.0-RC1' } });
  extra('pretend for dist', 'distance', {
    pyproject: project('My.Pkg-Name'),
    env: { SETUPTOOLS_SCM_PRETEND_VERSION: '1.0', SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_PKG_NAME: '3.1.4' },
  });
  extra('pretend vcs prefix', 'distance', { pyproject: project('my-pkg'), env: { VCS_VERSIONING_PRETEND_VERSION_FOR_MY_PKG: '4.0' } });
  extra('pretend fuzzy', 'distance', { pyproject: project('my-pkg'), env: { 'SETUPTOOLS_SCM_PRETEND_VERSION_FOR_my.pkg': '5.0' } });
  extra('pretend other dist', 'distance', { pyproject: project('my-pkg'), env: { SETUPTOOLS_SCM_PRETEND_VERSION_FOR_OTHER: '6.0' } });
  extra('pretend empty', 'distance', {
    pyproject: project('my-pkg'),
    env: { SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_PKG: '', SETUPTOOLS_SCM_PRETEND_VERSION: '7.0' },
  });
  extra('pretend invalid', 'distance', { pyproject: project('my-pkg'), env: { SETUPTOOLS_SCM_PRETEND_VERSION: 'not a version' } });
  extra('pretend no git', 'subdirectory', { kwargs: {}, env: { SETUPTOOLS_SCM_PRETEND_VERSION: '1.2.3.post4' } });
  extra('parentdir prefix', 'parentdir', { pyproject: '[tool.setuptools_scm]\nparentdir_prefix_version = "myproj-"\n' });
  extra('parentdir fallback', 'parentdir', { pyproject: '[tool.setuptools_scm]\nfallback_version = "0.0.1"\n' });
  extra('parentdir nothing', 'parentdir', { pyproject: '[tool.setuptools_scm]\n' });
  // scm.git.pre_parse on a shallow clone (fetch-tags false, so only the configuration decides).
  extra('fail on shallow', 'shallow-depth1', { pyproject: '[tool.setuptools_scm.scm.git]\npre_parse = "fail_on_shallow"\n' });
  extra('fetch on shallow', 'extra-shallow-fetch', { pyproject: '[tool.setuptools_scm.scm.git]\npre_parse = "fetch_on_shallow"\n' });
  extra('search parents', 'subdirectory', { pyproject: '[tool.setuptools_scm]\nsearch_parent_directories = true\n' });
  extra('describe command list', 'same-commit-lightweight', {
    pyproject: `[tool.setuptools_scm.scm.git]\ndescribe_command = ["git", "describe", "--dirty", "--tags", "--long", "--abbrev=40", "--match", "*rc*"]\n`,
  });
  // pyproject root relative to the file.
  extra('pyproject root', 'subdirectory', { pyproject: '[tool.setuptools_scm]\nroot = ".."\n' });
  // relative_to in the file is ignored (with a warning); tag_regex and tag.regex together are refused.
  extra('pyproject relative_to', 'distance', { pyproject: '[tool.setuptools_scm]\nrelative_to = "elsewhere/setup.py"\n' });
  extra('tag_regex and tag.regex', 'distance', {
    pyproject: `[tool.setuptools_scm]\ntag_regex = '^v(?P<version>.*)$'\n[tool.setuptools_scm.tag]\nregex = '^v(?P<version>.*)$'\n`,
  });
  // The newest table name, [tool.vcs-versioning], with root and the git describe_command.
  extra('vcs-versioning table', 'distance', {
    pyproject: '[tool.vcs-versioning]\nversion_scheme = "no-guess-dev"\nlocal_scheme = "node-and-timestamp"\n',
  });
  extra('vcs-versioning root', 'subdirectory', {
    pyproject: `[tool.vcs-versioning]\nroot = ".."\nscm.git.describe_command = ["git", "describe", "--dirty", "--tags", "--long", "--match", "1.*"]\n`,
  });
  extra('git_describe_command', 'same-commit-lightweight', {
    pyproject: `[tool.setuptools_scm]\ngit_describe_command = "git describe --dirty --tags --long --abbrev=40 --match '*rc*'"\n`,
  });
  // towncrier-fragments reads the fragments beside the configuration file.
  for (const name of ['towncrier-major', 'towncrier-minor', 'towncrier-patch', 'towncrier-none', 'towncrier-directory'])
    extra(`towncrier pyproject ${name}`, name, { pyproject: '[tool.setuptools_scm]\nversion_scheme = "towncrier-fragments"\n' });
  // normalize = false keeps the tag's spelling through every scheme.
  for (const name of ['distance', 'suffix-semver', 'exact', 'no-tag', 'epoch', 'prefixed', 'towncrier-minor', 'archival-describe']) {
    for (const scheme of SCHEMES)
      extra(`normalize false ${name} ${scheme}`, name, {
        pyproject: `[tool.setuptools_scm]\nnormalize = false\nversion_scheme = "${scheme}"\nfallback_version = "1.0-RC1"\n`,
      });
  }
  return cases;
}

async function ours(c: Case): Promise<Answer> {
  const env = { ...cleanPythonEnv(), SOURCE_DATE_EPOCH, ...(c.env ?? {}) };
  try {
    const result = await computeVersion({ ...c.options, env }, silentLogger);
    return { version: result.version };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe(`pep440-version against ${SETUPTOOLS_SCM}`, () => {
  let base = '';
  let cases: Case[] = [];
  const answers: { ours: Answer; theirs: Answer }[] = [];
  let versions: Record<string, string> = {};

  beforeAll(async () => {
    const built = buildFixtures();
    base = built.base;
    cases = buildCases(built.fixtures);
    const python = venvPython(await referenceVenv([SETUPTOOLS_SCM]));
    // Our answers, one case at a time (pyproject.toml is written per case, untracked so never dirty).
    const mine: Answer[] = new Array(cases.length);
    // Cases reading a pyproject.toml run one by one (the file is written for the case, untracked so never
    // dirty); the others four at a time.
    const plain = cases.map((c, i) => ({ c, i })).filter(({ c }) => c.pyproject === undefined);
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let next = plain.shift(); next; next = plain.shift()) mine[next.i] = await ours(next.c);
      }),
    );
    for (const [i, c] of cases.entries()) {
      if (c.pyproject === undefined) continue;
      writeFileSync(join(c.root, 'pyproject.toml'), c.pyproject);
      mine[i] = await ours(c);
      unlinkSync(join(c.root, 'pyproject.toml'));
    }
    // setuptools_scm's answers: the whole matrix in one interpreter.
    const input = cases.map((c) => ({
      root: c.root,
      kwargs: c.kwargs ?? null,
      pyproject: c.pyproject ?? null,
      env: { SOURCE_DATE_EPOCH, ...(c.env ?? {}) },
    }));
    const child = promisify(execFile)(python, [join(import.meta.dirname, 'reference', 'scm_driver.py')], {
      env: cleanPythonEnv(),
      maxBuffer: 64 * 1024 * 1024,
    });
    child.child.stdin?.end(JSON.stringify(input));
    const output = JSON.parse((await child).stdout);
    versions = output.versions;
    const theirs: Answer[] = output.results;
    cases.forEach((_, i) => {
      answers.push({ ours: mine[i] as Answer, theirs: theirs[i] as Answer });
    });
  }, 600_000);

  afterAll(() => {
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it('uses the newest setuptools_scm and vcs-versioning', () => {
    expect(versions['setuptools-scm']).toBe('10.3.4');
    expect(versions['vcs-versioning']).toBeDefined();
  });

  it('gives the same version (or fails) on every repository, scheme and local scheme', () => {
    const differences: string[] = [];
    cases.forEach((c, i) => {
      const { ours: mine, theirs } = answers[i] as { ours: Answer; theirs: Answer };
      if (theirs.version !== undefined && isValidVersion(theirs.version)) {
        if (mine.version !== theirs.version)
          differences.push(`${c.label}: setuptools_scm ${theirs.version}, ours ${mine.version ?? mine.error}`);
      } else if (mine.error === undefined) {
        // setuptools_scm failed (or produced a non-PEP 440 string the build would reject): so must we.
        differences.push(`${c.label}: setuptools_scm ${theirs.error ?? theirs.version}, ours ${mine.version}`);
      }
    });
    expect(differences).toEqual([]);
    // The matrix must cover both outcomes, and many cases.
    expect(cases.length).toBeGreaterThan(800);
    expect(answers.filter((a) => a.theirs.error !== undefined).length).toBeGreaterThan(20);
  });
});
