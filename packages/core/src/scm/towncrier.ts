/**
 * The input of setuptools_scm's `towncrier-fragments` version scheme
 * (vcs_versioning/_version_schemes/_towncrier.py): which kind of change the unreleased changelog
 * fragments announce. Read here, so the scheme itself stays a pure function.
 */
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';

export type FragmentBump = 'major' | 'minor' | 'patch';

const MAJOR = new Set(['major', 'breaking', 'removal']);
const MINOR = new Set(['feature', 'deprecation']);
const PATCH = new Set(['bugfix', 'doc', 'misc']);

function tomlDirectory(path: string, nested: boolean): string | undefined {
  try {
    const data = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    // setuptools_scm reads [tool.towncrier] directory from pyproject.toml, but a top-level `directory`
    // from towncrier.toml.
    const holder = nested ? ((data.tool as Record<string, unknown> | undefined)?.towncrier as Record<string, unknown> | undefined) : data;
    const directory = holder?.directory;
    return directory ? String(directory) : undefined;
  } catch {
    // setuptools_scm's read_toml_content(default={}) treats a missing or unreadable file as empty.
    return undefined;
  }
}

/** The bump the fragments in `root`'s changelog directory ask for; undefined when there are none. */
export function fragmentBump(root: string): FragmentBump | undefined {
  const directory =
    tomlDirectory(join(root, 'pyproject.toml'), true) ?? tomlDirectory(join(root, 'towncrier.toml'), false) ?? 'changelog.d';
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, directory), { withFileTypes: true });
  } catch {
    return undefined;
  }
  const types = new Set<string>();
  for (const entry of entries) {
    // Path.is_file() follows symbolic links.
    const isFile = entry.isSymbolicLink()
      ? statSync(join(root, directory, entry.name), { throwIfNoEntry: false })?.isFile()
      : entry.isFile();
    if (!isFile) continue;
    if (entry.name === 'template.md' || entry.name === 'README.md' || entry.name === '.gitkeep') continue;
    const kind = entry.name.split('.')[1];
    if (kind !== undefined) types.add(kind);
  }
  if ([...types].some((t) => MAJOR.has(t))) return 'major';
  if ([...types].some((t) => MINOR.has(t))) return 'minor';
  if ([...types].some((t) => PATCH.has(t))) return 'patch';
  return undefined;
}
