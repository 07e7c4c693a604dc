/**
 * The tests leave the checkout before they run: the tests folder (conftest.py and data included), the
 * checkout's root conftest.py and its pytest configuration file are copied into a fresh folder, at the
 * same relative paths, and pytest runs there. Relative paths in reports map back to the repository
 * unchanged, and tests that open `tests/data/…` relative to the working directory still find them —
 * but no copy of the package is within reach.
 */
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors/index';

export interface CopiedTests {
  /** The folder pytest runs in (its rootdir and working directory). */
  root: string;
  /** The tests folders (or files) relative to `root` (and to the checkout), `/`-separated: pytest's arguments. */
  testsPaths: string[];
  /** The pytest configuration file copied from the checkout, if any. */
  configFile: string | undefined;
}

// Caches and environments never belong to a test suite (and `tests: .` would otherwise copy .git and venvs).
const SKIPPED = new Set(['__pycache__', '.pytest_cache', '.mypy_cache', '.ruff_cache', '.tox', '.nox', '.git', '.venv', 'node_modules']);

/**
 * pytest's own order of configuration files (pytest docs, "Configuration file formats"): pytest.toml,
 * .pytest.toml, pytest.ini, .pytest.ini, then pyproject.toml, tox.ini and setup.cfg only when they hold
 * a pytest section.
 */
const CONFIG_FILES: readonly [string, RegExp | undefined][] = [
  ['pytest.toml', undefined],
  ['.pytest.toml', undefined],
  ['pytest.ini', undefined],
  ['.pytest.ini', undefined],
  ['pyproject.toml', /^\[tool\.pytest(\.ini_options)?\]/m],
  ['tox.ini', /^\[pytest\]/m],
  ['setup.cfg', /^\[tool:pytest\]/m],
];

export async function findPytestConfig(checkout: string): Promise<string | undefined> {
  for (const [name, section] of CONFIG_FILES) {
    const text = await readFile(join(checkout, name), 'utf8').catch(() => undefined);
    if (text !== undefined && (section === undefined || section.test(text))) return name;
  }
  return undefined;
}

export async function copyTests(checkout: string, tests: readonly string[], destination: string): Promise<CopiedTests> {
  const testsPaths: string[] = [];
  await mkdir(destination, { recursive: true });
  for (const test of tests) {
    const source = resolve(checkout, test);
    if (!(await stat(source).catch(() => undefined))) {
      throw new InputError(`tests folder '${test}' does not exist in ${checkout}`, {
        hint: "set input 'tests' to the folder holding the test suite, relative to the checkout",
      });
    }
    const inside = relative(checkout, source);
    const testsPath = inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? basename(source) : inside;
    await cp(source, join(destination, testsPath), {
      recursive: true,
      filter: (path) => !SKIPPED.has(basename(path)) && !path.endsWith('.pyc'),
    });
    testsPaths.push(testsPath.split(sep).join('/'));
  }
  let configFile: string | undefined;
  if (!testsPaths.includes('.')) {
    configFile = await findPytestConfig(checkout);
    if (configFile) await cp(join(checkout, configFile), join(destination, configFile));
    const rootConftest = join(checkout, 'conftest.py');
    if (await stat(rootConftest).catch(() => undefined)) await cp(rootConftest, join(destination, 'conftest.py'));
  }
  // Without a configuration file pytest would look for one in the temporary folder's parents.
  if (configFile === undefined && !(await findPytestConfig(destination))) await writeFile(join(destination, 'pytest.ini'), '[pytest]\n');
  return { root: destination, testsPaths, configFile };
}
