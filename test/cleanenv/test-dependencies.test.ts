/**
 * Finding the test dependencies (clean-env/test-dependencies.ts): PEP 735 resolution with its rules
 * (include-group, normalized names, cycles refused, every string a valid PEP 508 requirement), the
 * detection order, tox deps, and requirements files kept inside the checkout.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findTestDependencies, parseTestDependencyChoice, resolveDependencyGroup } from '@wheelwright/core/clean-env';
import { describe, expect, it } from 'vitest';

function checkout(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ww-testdeps-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('resolveDependencyGroup (PEP 735)', () => {
  const groups = {
    test: ['pytest>=8', { 'include-group': 'Typing_Stuff' }, 'six'],
    'typing-stuff': ['mypy', "tomli; python_version < '3.11'", 'six'],
    all: [{ 'include-group': 'test' }, { 'include-group': 'docs' }],
    docs: ['sphinx'],
  };

  it.each([
    ['test', ['pytest>=8', 'mypy', "tomli; python_version < '3.11'", 'six']],
    ['TEST', ['pytest>=8', 'mypy', "tomli; python_version < '3.11'", 'six']],
    ['all', ['pytest>=8', 'mypy', "tomli; python_version < '3.11'", 'six', 'sphinx']],
  ])('%s → %j (includes expanded, names normalized, duplicates once)', (name, expected) => {
    expect(resolveDependencyGroup(groups, name)).toEqual(expected);
  });

  it.each([
    [{ a: [{ 'include-group': 'b' }], b: [{ 'include-group': 'a' }] }, 'a', 'pyproject.toml: [dependency-groups] include cycle: a → b → a'],
    [{ a: [{ 'include-group': 'A' }] }, 'a', 'pyproject.toml: [dependency-groups] include cycle: a → a'],
    [{ a: [{ 'include-group': 'nope' }] }, 'a', "pyproject.toml: [dependency-groups] has no group 'nope' (included from 'a')"],
    [
      { a: ['pytest', 'not a requirement!'] },
      'a',
      /^pyproject\.toml \[dependency-groups\] 'a': 'not a requirement!' is not a valid requirement \(PEP 508\)/,
    ],
    [
      { a: ['--index-url=http://evil/simple'] },
      'a',
      /is not a valid requirement \(PEP 508\): it does not start with a valid project name$/,
    ],
    [{ a: [{ 'include-group': 'x', extra: 1 }] }, 'a', /neither a requirement string nor \{include-group/],
    [
      { Test: ['a'], test: ['b'] },
      'test',
      "pyproject.toml: [dependency-groups] names 'Test' and 'test' are the same group (PEP 735 normalizes names)",
    ],
    [{ a: 'pytest' }, 'a', "pyproject.toml: [dependency-groups] 'a' must be an array"],
  ])('refuses %j', (bad, name, message) => {
    expect(() => resolveDependencyGroup(bad, name)).toThrow(message);
  });
});

describe('parseTestDependencyChoice', () => {
  it.each([
    ['', { kind: 'auto' }],
    ['auto', { kind: 'auto' }],
    ['none', { kind: 'none' }],
    ['tox', { kind: 'tox' }],
    ['group:test', { kind: 'group', name: 'test' }],
    ['extra:testing', { kind: 'extra', name: 'testing' }],
    ['requirements:requirements/test.txt', { kind: 'requirements', path: 'requirements/test.txt' }],
  ])('%j', (value, expected) => {
    expect(parseTestDependencyChoice(value)).toEqual(expected);
  });
  it.each([
    ['pip', "test-dependencies 'pip' is not one of auto, none, tox, group:<name>, extra:<name>, requirements:<path>"],
    ['group:', "test-dependencies 'group:' is not one of auto, none, tox, group:<name>, extra:<name>, requirements:<path>"],
    ['group:a b', "test-dependencies 'group:a b': 'a b' is not a valid group name"],
  ])('refuses %j', (value, message) => {
    expect(() => parseTestDependencyChoice(value)).toThrow(message);
  });
});

describe('detection order', () => {
  const all = {
    'pyproject.toml': '[dependency-groups]\ndev = ["black"]\ntests = ["six"]\n',
    'requirements-test.txt': 'tomli_w\n',
    'tox.ini': '[testenv]\ndeps = colorama\n',
  };
  const find = (files: Record<string, string>, declaredExtras: string[] = [], choice = 'auto') =>
    findTestDependencies({ workspace: checkout(files), choice: parseTestDependencyChoice(choice), declaredExtras });

  it.each<[string, Record<string, string>, string[], string]>([
    ['a test group first', all, ['testing'], "dependency group 'tests' (pyproject.toml)"],
    [
      'then a test extra',
      { ...all, 'pyproject.toml': '[dependency-groups]\ndev = ["black"]\n' },
      ['docs', 'testing'],
      "extra 'testing' of the release",
    ],
    [
      'then a requirements file',
      { ...all, 'pyproject.toml': '[dependency-groups]\ndev = ["black"]\n' },
      [],
      "requirements file 'requirements-test.txt'",
    ],
    [
      'requirements/test*.txt, first by name',
      { 'requirements/tests.txt': 'six\n', 'requirements/test-base.txt': 'six\n' },
      [],
      "requirements file 'requirements/test-base.txt'",
    ],
    ['then tox deps', { 'pyproject.toml': '[dependency-groups]\ndev = ["black"]\n', 'tox.ini': all['tox.ini'] }, [], 'tox deps (tox.ini)'],
    ['a dev group last', { 'pyproject.toml': '[dependency-groups]\ndev = ["black"]\n' }, [], "dependency group 'dev' (pyproject.toml)"],
    [
      'nothing',
      { 'pyproject.toml': '[project]\nname = "x"\n' },
      ['docs'],
      'none found (no test group, test extra, test requirements file or tox deps)',
    ],
  ])('%s', async (_name, files, extras, source) => {
    expect((await find(files, extras)).source).toBe(source);
  });

  it('a named choice wins over the order', async () => {
    expect((await find(all, ['testing'], 'extra:testing')).extras).toEqual(['testing']);
    expect((await find(all, [], 'tox')).requirements).toEqual(['colorama']);
    expect((await find(all, [], 'none')).source).toBe("none ('test-dependencies: none')");
    await expect(find(all, ['docs'], 'extra:testing')).rejects.toThrow(
      "'test-dependencies: extra:testing': the release does not declare that extra (it declares docs)",
    );
    await expect(find({ 'tox.ini': '[tox]\n' }, [], 'group:test')).rejects.toThrow('pyproject.toml has no [dependency-groups] table');
  });

  it('reads tox deps from tox.toml, [tool.tox] and legacy_tox_ini; extras too; substitutions left out', async () => {
    expect(await find({ 'tox.toml': '[env_run_base]\ndeps = ["six", "tomli_w>=1"]\nextras = ["testing"]\n' }, [], 'tox')).toMatchObject({
      source: 'tox deps (tox.toml)',
      requirements: ['six', 'tomli_w>=1'],
      extras: ['testing'],
    });
    expect(await find({ 'pyproject.toml': '[tool.tox.env_run_base]\ndeps = ["six"]\n' }, [], 'tox')).toMatchObject({
      source: 'tox deps (pyproject.toml [tool.tox])',
      requirements: ['six'],
    });
    const legacy = await find(
      { 'pyproject.toml': '[tool.tox]\nlegacy_tox_ini = """\n[testenv]\ndeps =\n    six\n    {[base]deps}\nextras = testing\n"""\n' },
      [],
      'tox',
    );
    expect(legacy).toMatchObject({ requirements: ['six'], extras: ['testing'], skipped: ['{[base]deps}'] });
  });

  it('keeps requirements files inside the checkout and refuses one that installs the checkout itself', async () => {
    const outside = checkout({ 'reqs.txt': 'six\n' });
    await expect(find({ 'x.txt': 'six\n' }, [], `requirements:${join(outside, 'reqs.txt')}`)).rejects.toThrow(/is outside the checkout/);
    await expect(find({ 'x.txt': 'six\n' }, [], 'requirements:../reqs.txt')).rejects.toThrow(/does not exist in|is outside the checkout/);
    // A symlink inside the checkout that points outside it is outside.
    const dir = checkout({ 'tox.ini': '[testenv]\ndeps = -r linked.txt\n' });
    symlinkSync(join(outside, 'reqs.txt'), join(dir, 'linked.txt'));
    await expect(findTestDependencies({ workspace: dir, choice: { kind: 'tox' }, declaredExtras: [] })).rejects.toThrow(
      "tox.ini deps requirement file 'linked.txt' is outside the checkout",
    );
    await expect(find({ 'requirements-test.txt': 'six\n-e .\n' })).rejects.toThrow(
      "requirements-test.txt: '-e .' would install the checkout itself over the package under test",
    );
  });
});
