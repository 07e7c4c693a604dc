import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '@wheelwright/core/errors';
import { MemoryLogger } from '@wheelwright/core/log';
import { LICENSE_IDS, type ScaffoldOptions, scaffoldProject, summaryMarkdown } from '@wheelwright/core/scaffold';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitRepo } from '../support/git-repo';

const NOW = new Date('2026-01-02T00:00:00Z');
const who = { author: 'Ada Lovelace', email: 'ada@example.org', now: NOW };
let base: string;

// Git identity comes from this file only, so the tests do not depend on the machine's git config.
const savedEnv = { ...process.env };
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'ww-scaffold-core-'));
  const gitconfig = join(base, 'gitconfig');
  writeFileSync(gitconfig, '[user]\n\tname = Grace Hopper\n\temail = grace@example.org\n[commit]\n\tgpgsign = false\n');
  process.env.GIT_CONFIG_GLOBAL = gitconfig;
  process.env.GIT_CONFIG_NOSYSTEM = '1';
});
afterAll(() => {
  process.env = savedEnv;
  rmSync(base, { recursive: true, force: true });
});

function fresh(name: string): string {
  return mkdtempSync(join(base, `${name}-`));
}

async function scaffold(options: ScaffoldOptions) {
  const logger = new MemoryLogger();
  const result = await scaffoldProject({ ...who, ...options }, logger);
  return { result, logger };
}

async function rejection(options: ScaffoldOptions): Promise<InputError> {
  const error = await scaffoldProject({ ...who, ...options }, new MemoryLogger()).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).message.split('\n')).toHaveLength(1);
  return error as InputError;
}

function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .filter((e) => e.name !== '.git')
    .flatMap((e) => (e.isDirectory() ? files(dir, join(prefix, e.name)) : [join(prefix, e.name)]))
    .sort();
}

describe('scaffoldProject', () => {
  it('makes a new git repository with one clean first commit', async () => {
    const cwd = fresh('new');
    const { result } = await scaffold({ name: 'Scikit-AI', package: 'skai', cwd });
    expect(result.path).toBe(join(cwd, 'Scikit-AI'));
    expect(result.package).toBe('skai');
    expect(result.git.action).toBe('initialised');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: result.path, encoding: 'utf8' }).trim();
    expect(git('rev-parse', 'HEAD')).toBe(result.git.commit);
    expect(git('status', '--porcelain')).toBe('');
    expect(git('ls-files').split('\n').sort()).toEqual([...result.files].sort());
    expect(result.files).toEqual(expect.arrayContaining(['src/skai/__init__.py', 'tests/conftest.py', '.github/workflows/release.yml']));
    expect(result.files).not.toContain('.gitlab-ci.yml');
  });

  it('takes author and email from git config when not given, like putup', async () => {
    const result = await scaffoldProject({ name: 'from-git', cwd: fresh('gitconfig'), dryRun: true }, new MemoryLogger());
    expect(result.options.author).toBe('Grace Hopper');
    expect(result.options.email).toBe('grace@example.org');
  });

  it('inside an existing repository it writes files and leaves committing to the user', async () => {
    const repo = GitRepo.init();
    repo.commit();
    const { result } = await scaffold({ name: 'inner', path: 'sub/inner', cwd: repo.dir });
    expect(result.git.action).toBe('existing');
    expect(existsSync(join(result.path, '.git'))).toBe(false);
    expect(repo.git('rev-list', '--count', 'HEAD')).toBe('1');
  });

  it("scaffolds into a freshly cloned repository with path '.' and update", async () => {
    const repo = GitRepo.init();
    repo.commit('init', { '.gitattributes': '* text=auto\n' });
    const { result } = await scaffold({ name: 'cloned', path: '.', update: true, cwd: repo.dir });
    expect(result.path).toBe(repo.dir);
    expect(result.git.action).toBe('existing');
    expect(result.files).toContain('pyproject.toml');
    expect(readFileSync(join(repo.dir, '.gitattributes'), 'utf8')).toBe('* text=auto\n');
  });

  it('asks for an author when neither the input nor git config has one', async () => {
    const previous = process.env.GIT_CONFIG_GLOBAL;
    const empty = join(base, 'empty-gitconfig');
    writeFileSync(empty, '');
    process.env.GIT_CONFIG_GLOBAL = empty;
    try {
      const error = await scaffoldProject({ name: 'anon', cwd: fresh('anon') }, new MemoryLogger()).catch((e: InputError) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe("input 'author' is required: it was not given and git config user.name is not set");
    } finally {
      process.env.GIT_CONFIG_GLOBAL = previous;
    }
  });

  it('dry-run lists every file and writes nothing', async () => {
    const cwd = fresh('dry');
    const { result, logger } = await scaffold({ name: 'dry', dryRun: true, gitlabCi: true, markdown: false, cwd });
    expect(readdirSync(cwd)).toEqual([]);
    expect(result.dryRun).toBe(true);
    expect(result.files).toContain('.gitlab-ci.yml');
    expect(result.files).toContain('README.rst');
    expect(result.git.action).toBe('none');
    expect(logger.lines.map((l) => l.message)).toContain('would create pyproject.toml');
    expect(summaryMarkdown(result)).toMatch(/dry run: nothing written/);
  });

  it('refuses an existing folder unless update or force is set, and writes nothing', async () => {
    const cwd = fresh('exists');
    mkdirSync(join(cwd, 'taken'));
    writeFileSync(join(cwd, 'taken', 'mine.txt'), 'mine');
    const error = await rejection({ name: 'taken', cwd });
    expect(error.message).toBe(`input 'path' ${join(cwd, 'taken')} already exists and is not empty; nothing was written`);
    expect(error.hint).toMatch(/update: true/);
    expect(files(join(cwd, 'taken'))).toEqual(['mine.txt']);
  });

  it('update adds only missing files, keeps the user files, and needs no flags again', async () => {
    const cwd = fresh('update');
    const made = await scaffold({ name: 'keeper', cwd, markdown: false, layout: 'setup.cfg', license: 'BSD-3-Clause', gitlabCi: true });
    const dir = made.result.path;
    writeFileSync(join(dir, 'README.rst'), 'my own words\n');
    writeFileSync(join(dir, 'NOTES.txt'), 'user file\n');
    rmSync(join(dir, 'tox.ini'));
    rmSync(join(dir, '.gitlab-ci.yml'));
    rmSync(join(dir, 'tests'), { recursive: true });

    // Only the folder: everything else comes from [tool.wheelwright.scaffold].
    const result = await scaffoldProject({ path: dir, update: true }, new MemoryLogger());
    expect(result.files.sort()).toEqual(['.gitlab-ci.yml', 'tests/conftest.py', 'tests/test_skeleton.py', 'tox.ini']);
    expect(result.replaced).toEqual([]);
    expect(result.kept).toEqual(expect.arrayContaining(['README.rst', 'setup.cfg', 'pyproject.toml', 'LICENSE.txt']));
    expect(result.options).toMatchObject({
      name: 'keeper',
      markdown: false,
      layout: 'setup.cfg',
      license: 'BSD-3-Clause',
      author: 'Ada Lovelace',
    });
    expect(readFileSync(join(dir, 'README.rst'), 'utf8')).toBe('my own words\n');
    expect(readFileSync(join(dir, 'NOTES.txt'), 'utf8')).toBe('user file\n');
    expect(result.git.action).toBe('existing');
  });

  it('force overwrites only what differs and lists it', async () => {
    const cwd = fresh('force');
    const made = await scaffold({ name: 'forced', cwd });
    writeFileSync(join(made.result.path, 'README.md'), 'changed\n');
    const { result, logger } = await scaffold({ name: 'forced', cwd, force: true });
    expect(result.replaced).toEqual(['README.md']);
    expect(result.files).toEqual(['README.md']);
    expect(result.entries.filter((e) => e.status === 'unchanged').length).toBe(made.result.files.length - 1);
    expect(logger.lines).toContainEqual({ level: 'warning', message: 'replace README.md (force)' });
    expect(readFileSync(join(made.result.path, 'README.md'), 'utf8')).toMatch(/^# forced/);
    expect(summaryMarkdown(result)).toMatch(/Replaced because of force: `README.md`/);
  });

  it('puts a namespaced package under src/<namespace>/ with no __init__.py in the namespace (PEP 420)', async () => {
    const { result } = await scaffold({ name: 'acme-demo', namespace: 'acme.tools', package: 'demo', cwd: fresh('ns'), dryRun: true });
    expect(result.package).toBe('acme.tools.demo');
    expect(result.files.filter((f) => f.startsWith('src/'))).toEqual([
      'src/acme/tools/demo/__init__.py',
      'src/acme/tools/demo/skeleton.py',
    ]);
  });

  it.each([
    [{ name: 'bad name' }, /input 'name' 'bad name' is not a valid project name/],
    [{ name: 'ok', package: 'os' }, /input 'package' 'os' is the name of a standard-library module/],
    [{ name: 'ok', package: 'lambda' }, /input 'package' 'lambda' is a Python keyword/],
    [{ name: 'json' }, /input 'package' 'json' is the name of a standard-library module/],
    [{ name: 'ok', license: 'WTFPL' }, /input 'license' 'WTFPL' is not one scaffold writes: expected one of MIT, Apache-2.0/],
    [{ name: 'ok', pythonRequires: '3.9+' }, /input 'python-requires' '3.9\+' is not a PEP 440 version specifier/],
    [{ name: 'ok', url: 'example.org' }, /input 'url' 'example.org' is not an http\(s\) URL/],
    [{ name: 'ok', email: 'nobody' }, /input 'email' 'nobody' is not an e-mail address/],
    [{ name: 'ok', description: 'two\nlines' }, /input 'description' must be one line/],
    [{}, /input 'name' is required/],
  ] as [ScaffoldOptions, RegExp][])('rejects %j before writing anything', async (options, message) => {
    const cwd = fresh('invalid');
    const error = await rejection({ ...options, cwd });
    expect(error.message).toMatch(message);
    expect(error.hint).toBeTruthy();
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.each(LICENSE_IDS)('writes the full %s text', async (spdx) => {
    const repo = GitRepo.init();
    const { result } = await scaffold({ name: 'lic', license: spdx.toLowerCase(), cwd: repo.dir, tests: false, docs: false });
    expect(result.options.license).toBe(spdx);
    const text = readFileSync(join(result.path, 'LICENSE.txt'), 'utf8');
    expect(text.length).toBeGreaterThan(spdx.includes('GPL') || spdx.includes('MPL') || spdx.includes('Apache') ? 7000 : 700);
    if (spdx === 'MIT') expect(text).toContain('Copyright (c) 2026 Ada Lovelace');
    if (['BSD-2-Clause', 'BSD-3-Clause', 'ISC'].includes(spdx)) expect(text).toContain('Copyright (c) 2026, Ada Lovelace');
    expect(readFileSync(join(result.path, 'pyproject.toml'), 'utf8')).toMatch(/"License :: OSI Approved :: /);
  });
});
