/**
 * Where a project's version comes from, read the way its build backend reads it: a static version
 * ([project] version, flit's `__version__`, hatchling's regex source, setup.cfg `attr:`/`file:`, poetry's
 * [tool.poetry] version) IS the version; setuptools_scm (pyproject.toml, setup.cfg, `setup.py
 * use_scm_version=`) and hatch-vcs derive it from git. Nothing here runs project code: a version that only
 * running the project could produce is reported as such.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigError, type WheelwrightError } from '../errors/index';
import { parsePyproject, type TomlTable, table } from '../pyproject/index';
import { noProjectError } from './project-folder';

/** The values of the `version-source` output. */
export type VersionSourceKind = 'static' | 'setuptools_scm' | 'hatch-vcs' | 'poetry-dynamic-versioning' | 'pdm-scm' | 'pretend';

/** Readable names of the version sources, for summaries. */
export const VERSION_SOURCE_NAMES: Record<VersionSourceKind, string> = {
  static: 'static version',
  setuptools_scm: 'setuptools_scm',
  'hatch-vcs': 'hatch-vcs (setuptools_scm)',
  'poetry-dynamic-versioning': 'poetry-dynamic-versioning (dunamai)',
  'pdm-scm': 'pdm-backend SCM',
  pretend: 'pretend version',
};

/** The environment variable the project's own build backend takes a version from, for the tool sources. */
export const BUILD_VERSION_VARIABLES: Partial<Record<VersionSourceKind, string>> = {
  // poetry-dynamic-versioning: _get_override_version reads it before asking the VCS.
  'poetry-dynamic-versioning': 'POETRY_DYNAMIC_VERSIONING_BYPASS',
  // pdm-backend: resolve_version_from_scm takes it before running git.
  'pdm-scm': 'PDM_BUILD_SCM_VERSION',
};

/** The configuration table setuptools_scm reads, and where `root` is relative to. */
export interface ScmTable {
  /** The settings (setuptools_scm's keys), possibly empty. */
  settings: TomlTable;
  /** What to name in messages: `pyproject.toml [tool.setuptools_scm]`, `[tool.hatch.version]`, … */
  where: string;
  /** The configuration file (relative_to), when there is one. */
  file: string | undefined;
  /** The folder `root` is relative to. */
  base: string;
}

export interface VersionSource {
  kind: VersionSourceKind;
  /** The project folder (holding pyproject.toml, setup.cfg or setup.py). */
  projectDir: string;
  /** Human words for where the version was found (`pyproject.toml [project] version`). */
  where: string;
  /** The version as written, for a static source. */
  staticVersion?: string;
  /** setuptools_scm's configuration, for a git-derived source. */
  scm?: ScmTable;
  /**
   * poetry-dynamic-versioning's or pdm-backend's table, for those sources. `pluginMode`: the backend is
   * plain poetry-core, so the build only gets the version when the placeholder is replaced before it runs.
   */
  tool?: { settings: TomlTable; where: string; pluginMode: boolean };
  /** [project] name (or setup.cfg's) for pretend variables. */
  distName?: string;
  /** Notes for the summary (what was ignored and why). */
  notes: string[];
}

/** A small reader for setup.cfg, as configparser reads the parts we need (sections, `=`/`:`, continuations). */
export function parseSetupCfg(text: string): Record<string, Record<string, string>> {
  const sections: Record<string, Record<string, string>> = {};
  let section: Record<string, string> | undefined;
  let key: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(raw)) continue;
    if (raw.trim() === '') {
      key = undefined;
      continue;
    }
    const header = /^\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      const name = (header[1] as string).trim();
      sections[name] ??= {};
      section = sections[name];
      key = undefined;
      continue;
    }
    if (/^\s/.test(raw) && key !== undefined && section) {
      section[key] = `${section[key]}\n${raw.trim()}`;
      continue;
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (pair && section) {
      key = (pair[1] as string).trim().toLowerCase();
      section[key] = (pair[2] as string).trim();
    }
  }
  return sections;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** `NAME = "1.2.3"` (or `NAME: str = '1.2.3'`) at the start of a line: the literal a backend reads with ast. */
function literalAssignment(text: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^${escaped}\\s*(?::[^=\\n]*)?=\\s*(?:[rRuU]?)(['"])([^'"\\n]*)\\1\\s*(?:#.*)?$`, 'm').exec(text);
  return match?.[2];
}

/** The file of module `dotted` below `dir` (flat or src layout, or under `packageDir`). */
function moduleFile(dir: string, dotted: string, packageDir?: string): string | undefined {
  const parts = dotted.split('.');
  const roots = packageDir !== undefined ? [join(dir, packageDir)] : [dir, join(dir, 'src')];
  for (const root of roots) {
    const base = join(root, ...parts);
    for (const candidate of [`${base}.py`, join(base, '__init__.py')]) if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** setuptools' `attr:` (module.attribute), read without running the module. */
function attrVersion(dir: string, spec: string, where: string, packageDir?: string): string {
  const dotted = spec.trim();
  const at = dotted.lastIndexOf('.');
  const moduleName = at === -1 ? '__init__' : dotted.slice(0, at);
  const attribute = dotted.slice(at + 1);
  const file = moduleFile(dir, moduleName, packageDir);
  if (file === undefined)
    throw new ConfigError(`${where}: attr ${dotted}: module ${moduleName} is not in ${dir} (flat or src layout)`, {
      hint: 'check the module path, or give the version in [project] version',
    });
  const value = literalAssignment(readFileSync(file, 'utf8'), attribute);
  if (value === undefined)
    throw new ConfigError(
      `${where}: ${attribute} in ${file} is not a plain string literal, so its value is only known by running the code`,
      {
        hint: 'write the version as a literal (__version__ = "1.2.3"), or pass it with input \'pretend-version\'',
      },
    );
  return value;
}

/** setuptools' `file:` (one or more files, comma separated, joined by newlines, stripped). */
function fileVersion(dir: string, spec: string | string[], where: string): string {
  const files = (Array.isArray(spec) ? spec : spec.split(',')).map((f) => f.trim()).filter((f) => f !== '');
  const parts: string[] = [];
  for (const f of files) {
    const text = readText(join(dir, f));
    if (text === undefined) throw new ConfigError(`${where}: version file ${f} does not exist in ${dir}`);
    parts.push(text);
  }
  return parts.join('\n').trim();
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function requirementNames(requires: string[]): string[] {
  return requires.map((r) => (/^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(r)?.[1] ?? '').replace(/[-_.]+/g, '-').toLowerCase());
}

/** The first of setuptools_scm's tables present (setuptools_scm reads [tool.setuptools_scm] before [tool.vcs-versioning]). */
function scmSection(data: TomlTable, file: string): { settings: TomlTable; name: string } | undefined {
  for (const name of ['setuptools_scm', 'vcs-versioning']) {
    const found = table(data, `tool.${name}`, file);
    if (found) return { settings: found, name };
  }
  return undefined;
}

/**
 * How the project in `dir` gets its version. `what` names the path in the front end's words. A folder
 * without project files is a project only when it is a git top level (setuptools_scm's defaults apply
 * there, as `python -m setuptools_scm` does) or when `assumeScm` is set (a fallback or pretend version
 * was given explicitly).
 */
export function detectVersionSource(dir: string, what: string, options: { gitTopLevel: boolean; assumeScm?: boolean }): VersionSource {
  const pyprojectPath = join(dir, 'pyproject.toml');
  const pyprojectText = readText(pyprojectPath);
  const data = pyprojectText === undefined ? undefined : parsePyproject(pyprojectText, pyprojectPath).data;
  const setupCfgText = readText(join(dir, 'setup.cfg'));
  const setupCfg = setupCfgText === undefined ? undefined : parseSetupCfg(setupCfgText);
  const setupPy = readText(join(dir, 'setup.py'));
  const notes: string[] = [];

  const project = data ? table(data, 'project', pyprojectPath) : undefined;
  const distName =
    (typeof project?.name === 'string' ? project.name : undefined) ??
    (setupCfg?.metadata?.name || undefined) ??
    (setupPy ? /\bname\s*=\s*['"]([^'"]+)['"]/.exec(setupPy)?.[1] : undefined);
  const base = { projectDir: dir, notes, ...(distName !== undefined ? { distName } : {}) };
  const staticSource = (version: string, where: string): VersionSource => ({ ...base, kind: 'static', where, staticVersion: version });
  const section = data ? scmSection(data, pyprojectPath) : undefined;
  const scmFromPyproject = (where?: string): VersionSource => ({
    ...base,
    kind: 'setuptools_scm',
    where: where ?? (section ? `pyproject.toml [tool.${section.name}]` : 'setuptools_scm defaults'),
    scm: {
      settings: section?.settings ?? {},
      where: section ? `${pyprojectPath} [tool.${section.name}]` : pyprojectPath,
      file: data ? pyprojectPath : undefined,
      base: dir,
    },
  });

  if (data === undefined && setupCfg === undefined && setupPy === undefined) {
    if (options.gitTopLevel || options.assumeScm) {
      return {
        ...base,
        kind: 'setuptools_scm',
        where: 'setuptools_scm defaults (no project file)',
        scm: { settings: {}, where: dir, file: undefined, base: dir },
      };
    }
    throw noProjectError(dir, what);
  }

  const dynamic = stringList(project?.dynamic);
  if (typeof project?.version === 'string' && !dynamic.includes('version')) {
    if (section) notes.push(`[tool.${section.name}] is ignored: [project] version is static (setuptools_scm warns "version already set")`);
    return staticSource(project.version, 'pyproject.toml [project] version');
  }

  const buildSystem = data ? table(data, 'build-system', pyprojectPath) : undefined;
  const backend = typeof buildSystem?.['build-backend'] === 'string' ? (buildSystem['build-backend'] as string) : 'setuptools.build_meta';
  const requires = requirementNames(stringList(buildSystem?.requires));
  const tool = (key: string) => (data ? table(data, key, pyprojectPath) : undefined);

  if (backend.startsWith('hatchling')) {
    const hatchVersion = tool('tool.hatch.version') ?? {};
    const sourceName = typeof hatchVersion.source === 'string' ? hatchVersion.source : 'regex';
    if (sourceName === 'vcs') {
      // hatch-vcs: setuptools_scm.get_version(**raw-options, root=<project>), tag-pattern and
      // fallback-version mapped onto setuptools_scm's keys; pyproject's [tool.setuptools_scm] is not read.
      const raw = table(hatchVersion, 'raw-options', `${pyprojectPath} [tool.hatch.version]`) ?? {};
      const settings: TomlTable = { ...raw };
      if (typeof hatchVersion['tag-pattern'] === 'string' && hatchVersion['tag-pattern'] !== '')
        settings.tag_regex = hatchVersion['tag-pattern'];
      if (typeof hatchVersion['fallback-version'] === 'string' && hatchVersion['fallback-version'] !== '')
        settings.fallback_version = hatchVersion['fallback-version'];
      return {
        ...base,
        kind: 'hatch-vcs',
        where: 'pyproject.toml [tool.hatch.version] source = "vcs"',
        scm: { settings, where: `${pyprojectPath} [tool.hatch.version]`, file: undefined, base: dir },
      };
    }
    if (sourceName === 'regex' && typeof hatchVersion.path === 'string') {
      const file = join(dir, hatchVersion.path);
      const text = readText(file);
      if (text === undefined) throw new ConfigError(`${pyprojectPath}: [tool.hatch.version] path ${hatchVersion.path} does not exist`);
      if (typeof hatchVersion.pattern === 'string') throw unsupported(pyprojectPath, "hatchling's version path with a custom pattern");
      // hatchling's default pattern: (?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\2
      const found = /^(?:__version__|VERSION) *= *(['"])v?(.+?)\1/im.exec(text)?.[2];
      if (found === undefined)
        throw new ConfigError(`${pyprojectPath}: no version found in ${hatchVersion.path} by [tool.hatch.version]`, {
          hint: "use hatchling's default form __version__ = \"1.2.3\", or pass the version with input 'pretend-version'",
        });
      return staticSource(found, `${hatchVersion.path} (hatchling [tool.hatch.version] path)`);
    }
    throw unsupported(pyprojectPath, `hatchling's version source "${sourceName}"`);
  }

  if (backend.startsWith('flit_core') || backend.startsWith('flit.')) {
    const moduleTable = tool('tool.flit.module');
    const moduleName =
      typeof moduleTable?.name === 'string' ? moduleTable.name : typeof distName === 'string' ? distName.replace(/[-.]/g, '_') : undefined;
    if (moduleName === undefined) throw new ConfigError(`${pyprojectPath}: [project] name is missing`);
    const file = moduleFile(dir, moduleName);
    if (file === undefined)
      throw new ConfigError(
        `${pyprojectPath}: flit reads the version from module ${moduleName}, which is not in ${dir} or ${join(dir, 'src')}`,
      );
    const value = literalAssignment(readFileSync(file, 'utf8'), '__version__');
    if (value === undefined)
      throw new ConfigError(`${file}: __version__ is not a plain string literal, so flit imports the module to read it`, {
        hint: 'write __version__ = "1.2.3", or pass the version with input \'pretend-version\'',
      });
    return staticSource(value, `${relative(dir, file)} __version__ (flit)`);
  }

  if (backend.startsWith('poetry')) {
    const pdv = tool('tool.poetry-dynamic-versioning');
    const poetry = tool('tool.poetry');
    if (pdv?.enable === true) {
      // poetry-dynamic-versioning acts on two shapes only: classic ([tool.poetry] name) or PEP 621
      // ([project] name, version in project.dynamic, a [tool.poetry] version placeholder).
      const classic = typeof poetry?.name === 'string';
      const pep621 = typeof project?.name === 'string' && dynamic.includes('version') && project.version === undefined;
      if (classic || pep621) {
        if (typeof poetry?.version !== 'string')
          throw new ConfigError(`${pyprojectPath}: poetry-dynamic-versioning needs a placeholder [tool.poetry] version (e.g. "0.0.0")`, {
            hint: 'add version = "0.0.0" to [tool.poetry]',
          });
        const where = `${pyprojectPath} [tool.poetry-dynamic-versioning]`;
        const pluginMode = !backend.startsWith('poetry_dynamic_versioning');
        return {
          ...base,
          ...(classic ? { distName: poetry?.name as string } : {}),
          kind: 'poetry-dynamic-versioning',
          where: `pyproject.toml [tool.poetry-dynamic-versioning]${pluginMode ? ' (Poetry plugin, poetry-core backend)' : ''}`,
          tool: { settings: pdv, where, pluginMode },
        };
      }
    }
    if (typeof poetry?.version === 'string') return staticSource(poetry.version, 'pyproject.toml [tool.poetry] version');
  }

  if (backend.startsWith('pdm')) {
    const pdmVersion = tool('tool.pdm.version');
    if (pdmVersion?.source === 'scm') {
      if (!dynamic.includes('version'))
        throw new ConfigError(`${pyprojectPath}: [tool.pdm.version] source = "scm" needs "version" in [project] dynamic`, {
          hint: 'add dynamic = ["version"] to [project] (pdm-backend refuses the same)',
        });
      return {
        ...base,
        kind: 'pdm-scm',
        where: 'pyproject.toml [tool.pdm.version] source = "scm"',
        tool: { settings: pdmVersion, where: `${pyprojectPath} [tool.pdm.version]`, pluginMode: false },
      };
    }
    if (pdmVersion?.source === 'file' && typeof pdmVersion.path === 'string') {
      const value = literalAssignment(readFileSync(join(dir, pdmVersion.path), 'utf8'), '__version__');
      if (value !== undefined) return staticSource(value, `${pdmVersion.path} __version__ (pdm-backend)`);
    }
  }

  // setuptools (also the backend when pyproject.toml names none).
  const keyword = setupPy === undefined ? undefined : useScmVersionKeyword(setupPy, join(dir, 'setup.py'));
  if (keyword !== undefined) {
    // setuptools_scm: the keyword's settings override the pyproject.toml table.
    const found = scmFromPyproject(
      section ? `setup.py use_scm_version and pyproject.toml [tool.${section.name}]` : 'setup.py use_scm_version',
    );
    const scm = found.scm as ScmTable;
    return { ...found, scm: { ...scm, settings: { ...scm.settings, ...keyword }, where: section ? scm.where : join(dir, 'setup.py') } };
  }
  if (section) return scmFromPyproject();
  const setuptoolsDynamic = tool('tool.setuptools.dynamic');
  const dynamicVersion = setuptoolsDynamic?.version;
  if (dynamicVersion && typeof dynamicVersion === 'object' && !Array.isArray(dynamicVersion)) {
    const spec = dynamicVersion as TomlTable;
    const packageDirs = table(tool('tool.setuptools') ?? {}, 'package-dir', pyprojectPath);
    const packageDir = typeof packageDirs?.[''] === 'string' ? (packageDirs[''] as string) : undefined;
    if (typeof spec.attr === 'string')
      return staticSource(
        attrVersion(dir, spec.attr, `${pyprojectPath} [tool.setuptools.dynamic]`, packageDir),
        `[tool.setuptools.dynamic] version attr ${spec.attr}`,
      );
    if (typeof spec.file === 'string' || Array.isArray(spec.file))
      return staticSource(
        fileVersion(dir, spec.file as string | string[], `${pyprojectPath} [tool.setuptools.dynamic]`),
        '[tool.setuptools.dynamic] version file',
      );
  }
  const cfgVersion = setupCfg?.metadata?.version;
  if (cfgVersion !== undefined && cfgVersion !== '') {
    const optionsDir = setupCfg?.options?.package_dir;
    const packageDir = optionsDir ? /(?:^|\n)\s*=\s*(\S+)/.exec(optionsDir)?.[1] : undefined;
    if (cfgVersion.startsWith('attr:'))
      return staticSource(
        attrVersion(dir, cfgVersion.slice(5), `${join(dir, 'setup.cfg')} [metadata] version`, packageDir),
        `setup.cfg version = ${cfgVersion}`,
      );
    if (cfgVersion.startsWith('file:'))
      return staticSource(
        fileVersion(dir, cfgVersion.slice(5), `${join(dir, 'setup.cfg')} [metadata] version`),
        `setup.cfg version = ${cfgVersion}`,
      );
    return staticSource(cfgVersion, 'setup.cfg [metadata] version');
  }
  if (requires.includes('setuptools-scm') && dynamic.includes('version'))
    return scmFromPyproject('setuptools-scm in build-system.requires');
  const setupPyVersion = setupPy ? /\bversion\s*=\s*['"]([^'"]+)['"]/.exec(setupPy)?.[1] : undefined;
  if (setupPyVersion !== undefined) return staticSource(setupPyVersion, 'setup.py version=');
  if (options.gitTopLevel || options.assumeScm) {
    notes.push('no version setting found: setuptools_scm defaults assumed');
    return scmFromPyproject('setuptools_scm defaults (no version setting found)');
  }
  throw new ConfigError(
    `cannot tell how the project in ${dir} gets its version: no [project] version, version setting or setuptools_scm table`,
    {
      hint: "set [project] version, configure setuptools_scm ([tool.setuptools_scm]), or pass the version with input 'pretend-version'",
    },
  );
}

/**
 * The settings of `setup(use_scm_version=…)`: `True` is none, a dict literal is read (strings, numbers,
 * booleans, None, lists, nested dicts, `__file__`); anything else is code, which only running setup.py
 * could evaluate. undefined when setup.py does not use the keyword.
 */
export function useScmVersionKeyword(text: string, file: string): TomlTable | undefined {
  const match = /\buse_scm_version\s*=\s*/.exec(text);
  if (!match) return undefined;
  const reader = new PythonLiteral(text, match.index + match[0].length, file);
  const value = reader.value();
  if (value === true) return {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const settings = { ...(value as TomlTable) };
    // relative_to=__file__ names setup.py, whose folder `root` is already relative to.
    delete settings.relative_to;
    return settings;
  }
  throw reader.failure();
}

const FILE_MARKER = Symbol('__file__');

/** A reader for the Python literals a use_scm_version dict holds; anything else is code. */
class PythonLiteral {
  constructor(
    private readonly text: string,
    private at: number,
    private readonly file: string,
  ) {}

  failure(): WheelwrightError {
    return new ConfigError(
      `${this.file}: use_scm_version is not a literal dict (it holds code, which only running setup.py can evaluate)`,
      {
        hint: 'move the settings to [tool.setuptools_scm] in pyproject.toml and write use_scm_version=True',
      },
    );
  }

  private skip(): void {
    for (;;) {
      const rest = this.text.slice(this.at);
      const space = /^(?:\s+|#[^\n]*)/.exec(rest);
      if (!space) return;
      this.at += space[0].length;
    }
  }

  private peek(): string {
    this.skip();
    return this.text[this.at] ?? '';
  }

  value(): unknown {
    const char = this.peek();
    const rest = this.text.slice(this.at);
    if (char === '{') return this.collection('}', true);
    if (char === '[' || char === '(') return this.collection(char === '[' ? ']' : ')', false);
    const string = /^[rRuU]?(?:'([^'\\\n]*)'|"([^"\\\n]*)")/.exec(rest);
    if (string) {
      this.at += string[0].length;
      return string[1] ?? string[2] ?? '';
    }
    const word = /^(True|False|None|__file__|-?\d+)\b/.exec(rest);
    if (!word) throw this.failure();
    this.at += (word[0] as string).length;
    if (word[1] === 'True') return true;
    if (word[1] === 'False') return false;
    if (word[1] === 'None') return undefined;
    if (word[1] === '__file__') return FILE_MARKER;
    return Number(word[1]);
  }

  private collection(close: string, dict: boolean): unknown {
    this.at++;
    const items: unknown[] = [];
    const entries: TomlTable = {};
    for (;;) {
      if (this.peek() === close) {
        this.at++;
        return dict ? entries : items;
      }
      const first = this.value();
      if (dict) {
        if (typeof first !== 'string' || this.peek() !== ':') throw this.failure();
        this.at++;
        const second = this.value();
        if (second !== undefined && second !== FILE_MARKER) entries[first] = second;
      } else items.push(first);
      const next = this.peek();
      if (next === ',') this.at++;
      else if (next !== close) throw this.failure();
    }
  }
}

function unsupported(file: string, what: string, bypass?: string): WheelwrightError {
  return new ConfigError(`${file}: the version comes from ${what}, which Wheelwright does not compute`, {
    hint: `pass the version with input 'pretend-version'${bypass ? ` (and set ${bypass} for the build)` : ''}`,
  });
}

/**
 * The manifest's record of how the version was made (`source.versionSource`, `source.versionFrom`), so a
 * later step can say "bump the version in pyproject.toml" for a static one. Never throws: a project whose
 * source cannot be read records nothing.
 */
export function versionOrigin(projectDir: string): { versionSource: VersionSourceKind; versionFrom: string } | undefined {
  try {
    const source = detectVersionSource(projectDir, 'path', { gitTopLevel: existsSync(join(projectDir, '.git')) });
    return { versionSource: source.kind, versionFrom: source.where };
  } catch {
    return undefined;
  }
}
