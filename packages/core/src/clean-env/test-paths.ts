/**
 * Which tests run when the tests input is not given: pytest's own `testpaths` from the configuration file
 * pytest would read (all of them), else a `tests` or `test` folder. Every configured path is checked before it
 * becomes a pytest argument: relative, inside the project (also through links), and existing; pytest itself
 * expands glob patterns in testpaths and drops those matching nothing, and so do we.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { glob } from 'tinyglobby';
import { ConfigError } from '../errors/index';
import { iniSection } from './test-dependencies';
import { findPytestConfig } from './tests-copy';

export interface TestPaths {
  /** Paths relative to the checkout, `/`-separated, in pytest's order. */
  paths: string[];
  /** Where they came from, in words for the log and the summary. */
  source: string;
}

/** A configuration file larger than this is no pytest configuration we read. */
const MAX_CONFIG_BYTES = 1_000_000;
/** More entries than this is no test layout; it is a file made to slow us down. */
const MAX_PATHS = 200;

type Table = Record<string, unknown>;

/** The testpaths of the configuration file pytest would use, as written, or undefined when it sets none. */
async function configuredTestPaths(checkout: string): Promise<{ file: string; section: string; values: string[] } | undefined> {
  const file = await findPytestConfig(checkout);
  if (file === undefined) return undefined;
  const path = join(checkout, file);
  if ((await stat(path)).size > MAX_CONFIG_BYTES)
    throw new ConfigError(`${file} is larger than 1 MB; pytest's configuration is not read from it`);
  const text = await readFile(path, 'utf8');
  if (file.endsWith('.toml')) {
    let data: Table;
    try {
      data = parseToml(text) as Table;
    } catch (error) {
      throw new ConfigError(`${file} is not valid TOML: ${error instanceof TomlError ? error.message.split('\n')[0] : String(error)}`);
    }
    // pytest.toml holds [pytest]; pyproject.toml [tool.pytest] (pytest 9's native table) or [tool.pytest.ini_options].
    const tool = (data.tool ?? {}) as Table;
    const pytestTable = (file === 'pyproject.toml' ? tool.pytest : data.pytest) as Table | undefined;
    const candidates: [string, unknown][] =
      file === 'pyproject.toml'
        ? [
            ['[tool.pytest]', pytestTable?.testpaths],
            ['[tool.pytest.ini_options]', (pytestTable?.ini_options as Table | undefined)?.testpaths],
          ]
        : [['[pytest]', pytestTable?.testpaths]];
    for (const [section, value] of candidates) {
      if (value === undefined) continue;
      // An ini_options value may be one string, split as pytest splits an "args" setting.
      const values = typeof value === 'string' ? splitArgs(value) : Array.isArray(value) ? value : undefined;
      if (!values?.every((item) => typeof item === 'string'))
        throw new ConfigError(`${file} ${section}: testpaths must be a list of strings`);
      return { file, section, values: values as string[] };
    }
    return undefined;
  }
  const section = file === 'setup.cfg' ? 'tool:pytest' : 'pytest';
  const lines = iniSection(text, section).get('testpaths');
  return lines === undefined ? undefined : { file, section: `[${section}]`, values: splitArgs(lines.join('\n')) };
}

/** Whitespace-separated words, quotes grouping (pytest splits "args" settings with shlex). */
function splitArgs(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/** The checkout-relative path, or undefined when it leaves the checkout (by `..`, an absolute path or a link). */
async function insideCheckout(checkout: string, path: string): Promise<string | undefined> {
  const [root, real] = await Promise.all([realpath(checkout), realpath(join(checkout, path)).catch(() => undefined)]);
  if (real === undefined) return undefined;
  const rel = relative(root, real);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}

/**
 * The paths pytest runs: the tests input when given (checked where it is used), else the configured
 * testpaths, else `tests` or `test`.
 */
export async function resolveTestPaths(checkout: string, given: string): Promise<TestPaths> {
  if (given !== '') return { paths: [given], source: `input 'tests'` };
  const configured = await configuredTestPaths(checkout);
  if (configured && configured.values.length > 0) {
    const where = `${configured.file} ${configured.section}`;
    if (configured.values.length > MAX_PATHS)
      throw new ConfigError(`${where}: testpaths has ${configured.values.length} entries (at most ${MAX_PATHS})`);
    const paths: string[] = [];
    for (const value of configured.values) {
      if (value === '' || isAbsolute(value) || /^[A-Za-z]:/.test(value) || value.split(/[\\/]/).includes('..'))
        throw new ConfigError(`${where}: testpaths entry '${value.slice(0, 120)}' is not a path inside the project`, {
          hint: "write testpaths relative to the project folder, or set input 'tests'",
        });
      // pytest expands each entry with glob (recursive), sorted; an entry matching nothing is dropped.
      const matches = /[*?[]/.test(value)
        ? (await glob(value, { cwd: checkout, onlyFiles: false, dot: false, expandDirectories: false, followSymbolicLinks: false })).sort()
        : [value];
      for (const match of matches) {
        const inside = await insideCheckout(checkout, match);
        if (inside === undefined) {
          if (await stat(join(checkout, match)).catch(() => undefined))
            throw new ConfigError(`${where}: testpaths entry '${match.slice(0, 120)}' leads outside the project (a link)`, {
              hint: "keep the tests inside the project, or set input 'tests'",
            });
          continue;
        }
        if (!paths.includes(inside)) paths.push(inside);
        if (paths.length > MAX_PATHS)
          throw new ConfigError(`${where}: testpaths matches more than ${MAX_PATHS} paths`, {
            hint: "name the test folders in testpaths, or set input 'tests'",
          });
      }
    }
    if (paths.length > 0) return { paths, source: `testpaths in ${where}` };
  }
  for (const folder of ['tests', 'test'])
    if ((await stat(join(checkout, folder)).catch(() => undefined))?.isDirectory())
      return {
        paths: [folder],
        source: `the ${folder}/ folder${configured ? ` (the testpaths in ${configured.file} match nothing)` : ''}`,
      };
  return { paths: ['tests'], source: 'the default tests/ folder' };
}
