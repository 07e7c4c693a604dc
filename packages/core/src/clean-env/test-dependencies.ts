/**
 * Where a project keeps its test dependencies, found the way a contributor would look: PEP 735
 * dependency groups, the release's own test extras, a test requirements file, tox's `deps`. One source
 * is chosen (auto-detected in a fixed order, or named by the user); its requirement strings are validated
 * with our PEP 508 parser before pip sees them, and requirements files must lie inside the checkout.
 *
 * Auto-detection order (the first that exists wins):
 *   1. `[dependency-groups]` group `test`, `tests` or `testing` (pyproject.toml, PEP 735)
 *   2. an extra of the release named `test`, `tests` or `testing` (its Provides-Extra)
 *   3. `requirements-test.txt`, `requirements-tests.txt`, `requirements-testing.txt`, `test-requirements.txt`,
 *      `tests-requirements.txt`, then `requirements/test*.txt` (first by name)
 *   4. tox's `deps` (and `extras`) of the base test environment: tox.toml, `[tool.tox]` in pyproject.toml,
 *      tox.ini `[testenv]`
 *   5. `[dependency-groups]` group `dev` (often linters too, so only when nothing more specific exists)
 */
import { realpathSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { checkRequirement } from '../distribution/pep508';
import { normalizeProjectName } from '../distribution/project-name';
import { ConfigError, InputError } from '../errors/index';
import { parsePyproject, type TomlTable } from '../pyproject/index';

export type TestDependencyChoice =
  | { kind: 'auto' }
  | { kind: 'none' }
  | { kind: 'group'; name: string }
  | { kind: 'extra'; name: string }
  | { kind: 'requirements'; path: string }
  | { kind: 'tox' };

export interface TestDependencies {
  /** What was used, for the log and the summary: `dependency group 'test' (pyproject.toml)`, `none found`. */
  source: string;
  kind: TestDependencyChoice['kind'];
  /** Validated PEP 508 strings to install (a group resolved, tox deps). */
  requirements: string[];
  /** Requirements files inside the checkout, absolute. */
  requirementFiles: string[];
  /** Extras of the release to install with it (PEP 685-normalized). */
  extras: string[];
  /** A dependency group installed by name: pip ≥ 25.1 takes `--group <pyproject>:<name>` itself. */
  group?: { pyproject: string; name: string };
  /** Lines left out (tox substitutions, factor-conditional lines), for a warning. */
  skipped: string[];
}

const GROUPS_FIRST = ['test', 'tests', 'testing'];
const EXTRAS = ['test', 'tests', 'testing'];
const REQUIREMENT_FILES = [
  'requirements-test.txt',
  'requirements-tests.txt',
  'requirements-testing.txt',
  'test-requirements.txt',
  'tests-requirements.txt',
];
const GROUP_LAST = 'dev';

/** Parses the input value: `auto`, `none`, `tox`, `group:<name>`, `extra:<name>`, `requirements:<path>`. */
export function parseTestDependencyChoice(value: string, inputName = 'test-dependencies'): TestDependencyChoice {
  const text = value.trim();
  if (text === '' || text === 'auto') return { kind: 'auto' };
  if (text === 'none') return { kind: 'none' };
  if (text === 'tox') return { kind: 'tox' };
  const match = /^(group|extra|requirements):(.+)$/.exec(text);
  const rest = match?.[2]?.trim() ?? '';
  if (match && rest !== '') {
    if (match[1] === 'requirements') return { kind: 'requirements', path: rest };
    if (/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(rest)) return { kind: match[1] as 'group' | 'extra', name: rest };
    throw new InputError(`${inputName} '${text}': '${rest}' is not a valid ${match[1]} name`, {
      hint: 'names are letters, digits, and . _ - inside (PEP 735 / PEP 685)',
    });
  }
  throw new InputError(`${inputName} '${text}' is not one of auto, none, tox, group:<name>, extra:<name>, requirements:<path>`, {
    hint: 'e.g. group:test, extra:testing, requirements:requirements/test.txt',
  });
}

function validate(requirement: string, where: string): string {
  const text = requirement.trim();
  const problem = checkRequirement(text);
  if (problem !== undefined) {
    throw new ConfigError(`${where}: '${text.slice(0, 200)}' is not a valid requirement (PEP 508): it ${problem}`, {
      hint: 'fix the requirement string; pip would refuse it too',
    });
  }
  return text;
}

/**
 * Resolves a PEP 735 group into requirement strings: `{include-group = "…"}` expanded depth first, names
 * compared normalized, duplicates kept once in order, a cycle refused (PEP 735 requires tools to).
 */
export function resolveDependencyGroup(groups: TomlTable, name: string, source = 'pyproject.toml'): string[] {
  const byName = new Map<string, { name: string; items: unknown }>();
  for (const [key, items] of Object.entries(groups)) {
    const normalized = normalizeProjectName(key);
    const clash = byName.get(normalized);
    if (clash)
      throw new ConfigError(
        `${source}: [dependency-groups] names '${clash.name}' and '${key}' are the same group (PEP 735 normalizes names)`,
      );
    byName.set(normalized, { name: key, items });
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (wanted: string, chain: string[]) => {
    const normalized = normalizeProjectName(wanted);
    const group = byName.get(normalized);
    if (!group) {
      const from = chain.length > 0 ? ` (included from '${chain[chain.length - 1]}')` : '';
      throw new ConfigError(`${source}: [dependency-groups] has no group '${wanted}'${from}`, {
        hint: `it has ${[...byName.values()].map((g) => `'${g.name}'`).join(', ') || 'none'}`,
      });
    }
    if (chain.map(normalizeProjectName).includes(normalized))
      throw new ConfigError(`${source}: [dependency-groups] include cycle: ${[...chain, group.name].join(' → ')}`, {
        hint: 'a group may not include itself, directly or through others (PEP 735)',
      });
    if (!Array.isArray(group.items)) throw new ConfigError(`${source}: [dependency-groups] '${group.name}' must be an array`);
    for (const item of group.items) {
      if (typeof item === 'string') {
        const requirement = validate(item, `${source} [dependency-groups] '${group.name}'`);
        if (!seen.has(requirement)) {
          seen.add(requirement);
          out.push(requirement);
        }
      } else if (item && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).join() === 'include-group') {
        const included = (item as TomlTable)['include-group'];
        if (typeof included !== 'string')
          throw new ConfigError(`${source}: [dependency-groups] '${group.name}': include-group must name a group`);
        visit(included, [...chain, group.name]);
      } else {
        throw new ConfigError(
          `${source}: [dependency-groups] '${group.name}' holds ${JSON.stringify(item).slice(0, 80)}, neither a requirement string nor {include-group = "…"}`,
        );
      }
    }
  };
  visit(name, []);
  return out;
}

/** The path inside the checkout, or a one-line error: a requirements file never comes from outside it. */
function insideCheckout(workspace: string, path: string, what: string): string {
  const absolute = resolve(workspace, path);
  let real: string;
  let root: string;
  try {
    real = realpathSync(absolute);
    root = realpathSync(workspace);
  } catch {
    throw new InputError(`${what} '${path}' does not exist in ${workspace}`, {
      hint: 'give a requirements file relative to the checkout',
    });
  }
  const rel = relative(root, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
    throw new InputError(`${what} '${path}' is outside the checkout ${workspace}`, {
      hint: 'requirements files are read only from inside the repository',
    });
  return real;
}

// A requirements line that installs the checkout itself would replace the package under test.
const SELF_INSTALL = /^(?:-e|--editable)\b|^\.(?:[/\\].*)?(?:\[.*\])?$|^file:/;

/** Refuses a requirements file that would install the checkout itself (`-e .`, `.`), checked before pip runs. */
async function checkRequirementsFile(path: string, shown: string): Promise<void> {
  if ((await stat(path)).size > 1_000_000) throw new ConfigError(`${shown} is larger than 1 MB`);
  const text = await readFile(path, 'utf8');
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (SELF_INSTALL.test(line))
      throw new ConfigError(`${shown}: '${line.slice(0, 120)}' would install the checkout itself over the package under test`, {
        hint: 'the clean environment tests the release from the store; keep only test dependencies in this file',
      });
  }
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function findRequirementsFile(workspace: string): Promise<string | undefined> {
  for (const name of REQUIREMENT_FILES) if (await exists(join(workspace, name))) return name;
  const inFolder = (await readdir(join(workspace, 'requirements')).catch(() => [] as string[]))
    .filter((name) => /^test.*\.txt$/i.test(name))
    .sort();
  return inFolder[0] ? `requirements/${inFolder[0]}` : undefined;
}

interface ToxDeps {
  file: string;
  deps: string[];
  extras: string[];
}

/** An ini section (tox, pytest): each value with its continuation lines as a list, comment lines dropped. */
export function iniSection(text: string, section: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  let inside = false;
  let key: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const header = /^\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      inside = header[1]?.trim() === section;
      key = undefined;
      continue;
    }
    if (!inside || /^\s*[#;]/.test(raw)) continue;
    const entry = /^([A-Za-z_][\w-]*)\s*[=:]\s*(.*)$/.exec(raw);
    if (entry?.[1] && !/^\s/.test(raw)) {
      key = entry[1];
      values.set(key, entry[2]?.trim() ? [entry[2].trim()] : []);
    } else if (key && /^\s+\S/.test(raw)) {
      values.get(key)?.push(raw.trim());
    }
  }
  return values;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

async function readToxDeps(workspace: string, pyproject: TomlTable | undefined): Promise<ToxDeps | undefined> {
  // tox 4's own order: tox.ini, setup.cfg, pyproject.toml ([tool.tox]), tox.toml; we read the formats it documents as simple.
  const ini = await readFile(join(workspace, 'tox.ini'), 'utf8').catch(() => undefined);
  if (ini !== undefined) {
    const testenv = iniSection(ini, 'testenv');
    return {
      file: 'tox.ini',
      deps: testenv.get('deps') ?? [],
      extras: (testenv.get('extras') ?? []).flatMap((line) => line.split(',')),
    };
  }
  const tool = (pyproject?.tool as TomlTable | undefined)?.tox as TomlTable | undefined;
  if (tool && typeof tool.legacy_tox_ini === 'string') {
    const testenv = iniSection(tool.legacy_tox_ini, 'testenv');
    return {
      file: 'pyproject.toml [tool.tox] legacy_tox_ini',
      deps: testenv.get('deps') ?? [],
      extras: (testenv.get('extras') ?? []).flatMap((line) => line.split(',')),
    };
  }
  let native: TomlTable | undefined = tool;
  let file = 'pyproject.toml [tool.tox]';
  const toxToml = await readFile(join(workspace, 'tox.toml'), 'utf8').catch(() => undefined);
  if (!native && toxToml !== undefined) {
    try {
      native = parseToml(toxToml) as TomlTable;
    } catch (error) {
      throw new ConfigError(`tox.toml is not valid TOML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    file = 'tox.toml';
  }
  const base = native?.env_run_base as TomlTable | undefined;
  if (!base) return undefined;
  // tox.toml deps items may be tables (substitutions); only plain strings are taken.
  const rawDeps = Array.isArray(base.deps) ? (base.deps as unknown[]) : [];
  return {
    file,
    deps: rawDeps.map((item) => (typeof item === 'string' ? item : `{${JSON.stringify(item)}}`)),
    extras: stringList(base.extras),
  };
}

async function fromTox(workspace: string, tox: ToxDeps): Promise<TestDependencies> {
  const requirements: string[] = [];
  const requirementFiles: string[] = [];
  const skipped: string[] = [];
  const where = tox.file;
  for (const raw of tox.deps) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    // Factor conditions (`py311: x`) and substitutions (`{[base]deps}`) need tox's own engine.
    if (/^[\w!,.-]+:\s/.test(line) || line.includes('{')) {
      skipped.push(line);
      continue;
    }
    const file = /^(?:-r|--requirement)\s*=?\s*(.+)$/.exec(line)?.[1];
    if (file) {
      requirementFiles.push(await requirementsFileInCheckout(workspace, file, `${where} deps requirement file`));
      continue;
    }
    if (/^-c|^--constraint/.test(line) || SELF_INSTALL.test(line)) {
      skipped.push(line);
      continue;
    }
    requirements.push(validate(line, `${where} deps`));
  }
  return {
    source: `tox deps (${where})`,
    kind: 'tox',
    requirements,
    requirementFiles,
    extras: tox.extras.map((extra) => normalizeProjectName(extra.trim())).filter(Boolean),
    skipped,
  };
}

export interface FindTestDependenciesOptions {
  workspace: string;
  choice: TestDependencyChoice;
  /** The release's Provides-Extra, PEP 685-normalized. */
  declaredExtras: readonly string[];
}

/** A requirements file inside the checkout that does not install the checkout itself; its real path. */
export async function requirementsFileInCheckout(workspace: string, path: string, what: string): Promise<string> {
  const absolute = insideCheckout(workspace, path, what);
  await checkRequirementsFile(absolute, path);
  return absolute;
}

const NONE = (source: string): TestDependencies => ({
  source,
  kind: 'none',
  requirements: [],
  requirementFiles: [],
  extras: [],
  skipped: [],
});

/** The test dependencies the choice names, or the first source found (the order in this module's comment). */
export async function findTestDependencies(options: FindTestDependenciesOptions): Promise<TestDependencies> {
  const { workspace, choice } = options;
  if (choice.kind === 'none') return NONE("none ('test-dependencies: none')");
  const pyprojectText = await readFile(join(workspace, 'pyproject.toml'), 'utf8').catch(() => undefined);
  const pyproject = pyprojectText === undefined ? undefined : parsePyproject(pyprojectText, join(workspace, 'pyproject.toml')).data;
  const groupsValue = pyproject?.['dependency-groups'];
  if (groupsValue !== undefined && (typeof groupsValue !== 'object' || groupsValue === null || Array.isArray(groupsValue)))
    throw new ConfigError('pyproject.toml: [dependency-groups] must be a table');
  const groups = groupsValue as TomlTable | undefined;
  const groupNames = new Map(Object.keys(groups ?? {}).map((name) => [normalizeProjectName(name), name]));
  const group = (name: string): TestDependencies => {
    const requirements = resolveDependencyGroup(groups ?? {}, name);
    return {
      source: `dependency group '${name}' (pyproject.toml)`,
      kind: 'group',
      requirements,
      requirementFiles: [],
      extras: [],
      group: { pyproject: join(workspace, 'pyproject.toml'), name: groupNames.get(normalizeProjectName(name)) ?? name },
      skipped: [],
    };
  };
  const extra = (name: string): TestDependencies => ({
    source: `extra '${name}' of the release`,
    kind: 'extra',
    requirements: [],
    requirementFiles: [],
    extras: [normalizeProjectName(name)],
    skipped: [],
  });
  const requirementsFile = async (path: string): Promise<TestDependencies> => {
    const absolute = await requirementsFileInCheckout(workspace, path, 'test requirements file');
    return {
      source: `requirements file '${relative(realpathSync(workspace), absolute).split(sep).join('/')}'`,
      kind: 'requirements',
      requirements: [],
      requirementFiles: [absolute],
      extras: [],
      skipped: [],
    };
  };

  switch (choice.kind) {
    case 'group':
      if (!groups) throw new ConfigError(`'test-dependencies: group:${choice.name}': pyproject.toml has no [dependency-groups] table`);
      return group(choice.name);
    case 'extra':
      if (!options.declaredExtras.includes(normalizeProjectName(choice.name)))
        throw new InputError(
          `'test-dependencies: extra:${choice.name}': the release does not declare that extra (it declares ${options.declaredExtras.join(', ') || 'none'})`,
        );
      return extra(choice.name);
    case 'requirements':
      return requirementsFile(choice.path);
    case 'tox': {
      const tox = await readToxDeps(workspace, pyproject);
      if (!tox)
        throw new ConfigError("'test-dependencies: tox': the checkout has no tox.ini, tox.toml or [tool.tox] with a base test environment");
      return fromTox(workspace, tox);
    }
  }

  for (const name of GROUPS_FIRST) if (groupNames.has(name)) return group(groupNames.get(name) ?? name);
  for (const name of EXTRAS) if (options.declaredExtras.includes(name)) return extra(name);
  const file = await findRequirementsFile(workspace);
  if (file) return requirementsFile(file);
  const tox = await readToxDeps(workspace, pyproject);
  if (tox && (tox.deps.length > 0 || tox.extras.length > 0)) return fromTox(workspace, tox);
  if (groupNames.has(GROUP_LAST)) return group(groupNames.get(GROUP_LAST) ?? GROUP_LAST);
  return NONE('none found (no test group, test extra, test requirements file or tox deps)');
}
