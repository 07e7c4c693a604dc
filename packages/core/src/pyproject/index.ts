/**
 * pyproject.toml, read once with a real TOML parser (smol-toml). Every module that needs the project's
 * settings (build-system, [project], [tool.setuptools_scm], [tool.wheelwright]) goes through here.
 */
// fs.promises is a lazy getter: importing node:fs/promises instead would load the FileHandle machinery
// (~1 ms) at the start of every bundle that reads pyproject.toml, used or not.
import { promises as fsPromises, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { ConfigError } from '../errors/index';

export type TomlTable = Record<string, unknown>;

export interface Pyproject {
  path: string;
  data: TomlTable;
}

/** Reads `<dir>/pyproject.toml`; undefined when the file does not exist, ConfigError when it is broken. */
export async function readPyproject(dir: string): Promise<Pyproject | undefined> {
  const path = join(dir, 'pyproject.toml');
  let text: string;
  try {
    text = await fsPromises.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parsePyproject(text, path);
}

/**
 * The synchronous twin of readPyproject, for start-up paths (pep440-version) where the promise-based
 * FileHandle machinery costs more than the read itself.
 */
export function readPyprojectSync(dir: string): Pyproject | undefined {
  const path = join(dir, 'pyproject.toml');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parsePyproject(text, path);
}

/** Parses pyproject.toml text; ConfigError naming `path` when it is broken. */
export function parsePyproject(text: string, path: string): Pyproject {
  try {
    return { path, data: parse(text) as TomlTable };
  } catch (error) {
    const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(`${path} is not valid TOML${where}: ${reason}`, {
      hint: "fix the syntax; `python -c \"import tomllib; tomllib.load(open('pyproject.toml','rb'))\"` shows the same error",
    });
  }
}

/** A nested table (`tool.setuptools_scm`), or undefined; ConfigError when the key holds a non-table. */
export function table(root: TomlTable, dottedKey: string, source = 'pyproject.toml'): TomlTable | undefined {
  let current: unknown = root;
  for (const key of dottedKey.split('.')) {
    if (current === undefined) return undefined;
    if (typeof current !== 'object' || current === null || Array.isArray(current)) {
      throw new ConfigError(`${source}: [${dottedKey}] must be a table`);
    }
    current = (current as TomlTable)[key];
  }
  if (current === undefined) return undefined;
  if (typeof current !== 'object' || current === null || Array.isArray(current))
    throw new ConfigError(`${source}: [${dottedKey}] must be a table`);
  return current as TomlTable;
}

/** A string setting, or undefined; ConfigError naming the key when it has another type. */
export function stringSetting(tableValue: TomlTable | undefined, key: string, where: string): string | undefined {
  const value = tableValue?.[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ConfigError(`${where}: '${key}' must be a string, got ${JSON.stringify(value)}`);
  return value;
}
