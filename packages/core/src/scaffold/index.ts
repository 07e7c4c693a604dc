/**
 * scaffold: a proper, releasable Python package in one step, like PyScaffold's `putup`. One entry,
 * `scaffoldProject`, serves the action and the CLI; templates are real files under templates/, found
 * next to the running bundle (dist/<name>/templates) or next to this source file.
 */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validRange } from '@renovatebot/pep440';
import { ConfigError, InputError, WheelwrightError } from '../errors/index';
import type { Logger } from '../log/index';
import { readPyproject, type TomlTable, table } from '../pyproject/index';
import { runGitIn } from '../scm/git-process';
import { findLicense, LICENSE_IDS } from './licenses';
import { derivePackageName, parseStdlibList, validateIdentifier, validateNamespace, validateProjectName } from './names';
import { type ProjectChoices, projectFiles } from './project-files';
import { renderTemplate, type TemplateVariables } from './render';

export { LICENSE_IDS } from './licenses';
export {
  derivePackageName,
  normalizeProjectName,
  parseStdlibList,
  validateIdentifier,
  validateNamespace,
  validateProjectName,
} from './names';
export { renderTemplate } from './render';

export type Layout = 'pyproject' | 'setup.cfg';
export const LAYOUTS: readonly Layout[] = ['pyproject', 'setup.cfg'];

/** Mirrors the action's inputs (camelCase). Undefined means "the recorded value on update, else the default". */
export interface ScaffoldOptions {
  name?: string | undefined;
  /** The folder to create; relative to `cwd`. Default: the project name. */
  path?: string | undefined;
  package?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
  license?: string | undefined;
  author?: string | undefined;
  email?: string | undefined;
  pythonRequires?: string | undefined;
  namespace?: string | undefined;
  markdown?: boolean | undefined;
  layout?: Layout | undefined;
  tests?: boolean | undefined;
  docs?: boolean | undefined;
  tox?: boolean | undefined;
  preCommit?: boolean | undefined;
  githubActions?: boolean | undefined;
  gitlabCi?: boolean | undefined;
  update?: boolean | undefined;
  force?: boolean | undefined;
  dryRun?: boolean | undefined;
  /** Where a relative path is resolved (the workspace); default: the process's working directory. */
  cwd?: string | undefined;
  /** Where the templates are; default: next to the bundle or this source file. */
  templatesDir?: string | undefined;
  /** The copyright year's clock (tests). */
  now?: Date | undefined;
}

/** The options after defaults, records and git config: what the files are rendered from. */
export interface ResolvedScaffoldOptions extends ProjectChoices {
  name: string;
  package: string;
  namespace: string;
  description: string;
  url: string;
  license: string;
  author: string;
  email: string;
  pythonRequires: string;
}

export type FileStatus = 'created' | 'replaced' | 'unchanged' | 'kept';

export interface ScaffoldedFile {
  /** Relative to the project folder, POSIX separators. */
  path: string;
  status: FileStatus;
}

export interface ScaffoldResult {
  /** The project folder, absolute. */
  path: string;
  /** The import name, dotted with its namespace (acme.tools.skai). */
  package: string;
  options: ResolvedScaffoldOptions;
  /** Every file of the project and what happened to it. */
  entries: ScaffoldedFile[];
  /** Written (or, with dry-run, to be written): created and replaced files. */
  files: string[];
  /** Existing files overwritten because of `force` (their content differed). */
  replaced: string[];
  /** Existing files left alone (update without force). */
  kept: string[];
  dryRun: boolean;
  /** What happened in git: a new repository with a first commit, an existing one left to the user, or nothing (dry run). */
  git: { action: 'initialised' | 'existing' | 'none'; commit?: string };
}

const DEFAULTS = {
  description: 'Add a short description here!',
  license: 'MIT',
  pythonRequires: '>=3.9',
  markdown: true,
  layout: 'pyproject' as Layout,
  tests: true,
  docs: true,
  tox: true,
  preCommit: true,
  githubActions: true,
  gitlabCi: false,
};

// The record in [tool.wheelwright.scaffold]: key (as the action input) → option.
const RECORD_KEYS = [
  ['name', 'name'],
  ['package', 'package'],
  ['namespace', 'namespace'],
  ['description', 'description'],
  ['url', 'url'],
  ['license', 'license'],
  ['author', 'author'],
  ['email', 'email'],
  ['python-requires', 'pythonRequires'],
  ['markdown', 'markdown'],
  ['layout', 'layout'],
  ['tests', 'tests'],
  ['docs', 'docs'],
  ['tox', 'tox'],
  ['pre-commit', 'preCommit'],
  ['github-actions', 'githubActions'],
  ['gitlab-ci', 'gitlabCi'],
] as const satisfies readonly (readonly [string, keyof ResolvedScaffoldOptions])[];

/** templates/ beside the running bundle (dist/scaffold, dist/cli) or beside this source file. */
export function defaultTemplatesDir(): string {
  const candidates: string[] = [];
  // A bundle's own folder comes first: ncc may bake the source location into import.meta.url.
  if (process.argv[1]) {
    try {
      candidates.push(join(dirname(realpathSync(process.argv[1])), 'templates'));
    } catch {
      // argv[1] is not a file (node -e, a REPL): only the module's own location is left.
    }
  }
  try {
    candidates.push(join(dirname(fileURLToPath(import.meta.url)), 'templates'));
  } catch {
    // import.meta.url is not a file URL in some bundlers' output.
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'stdlib-modules.txt')));
  if (!found) {
    throw new WheelwrightError('scaffold', `scaffold's templates were not found (looked in ${candidates.join(', ')})`, {
      hint: 'a bundle needs its templates folder beside it: rebuild it with scripts/build-dist.mjs',
    });
  }
  return found;
}

export async function scaffoldProject(options: ScaffoldOptions, logger: Logger): Promise<ScaffoldResult> {
  const templatesDir = options.templatesDir ?? defaultTemplatesDir();
  const cwd = options.cwd ?? process.cwd();
  const given = options.path?.trim() || options.name?.trim();
  if (!given) {
    throw new InputError("input 'name' is required: the project's distribution name, e.g. 'Scikit-AI'", {
      hint: "set input 'name' (and input 'path' for a folder of another name)",
    });
  }
  const target = isAbsolute(given) ? given : resolve(cwd, given);
  const existing = folderState(target);
  if (existing === 'file') throw new InputError(`input 'path' ${target} is a file, not a folder`, { hint: "choose another input 'path'" });
  if (existing === 'non-empty' && !options.update && !options.force) {
    throw new InputError(`input 'path' ${target} already exists and is not empty; nothing was written`, {
      hint: "set 'update: true' to add only the missing files, or 'force: true' to overwrite them (listed afterwards)",
    });
  }

  const recorded = existing === 'non-empty' ? await readRecord(target) : {};
  const resolved = await resolveOptions(options, recorded, target);
  const stdlibNames = parseStdlibList(await readFile(join(templatesDir, 'stdlib-modules.txt'), 'utf8'));
  validateNames(resolved, stdlibNames);
  const license = findLicense(resolved.license);
  if (!license) throw new Error(`license ${resolved.license} passed validation but has no entry`);

  const namespaceParts = resolved.namespace ? resolved.namespace.split('.') : [];
  const importName = [...namespaceParts, resolved.package].join('.');
  const packageDir = ['src', ...namespaceParts, resolved.package].join('/');
  const variables = templateVariables(resolved, importName, options.now ?? new Date());

  const entries: ScaffoldedFile[] = [];
  const writes: { path: string; content: string }[] = [];
  for (const file of projectFiles(resolved, license.file)) {
    const relative = file.target.replace('{package_dir}', packageDir);
    const source = join(templatesDir, file.template);
    const content = renderTemplate(await readFile(source, 'utf8'), variables, file.template);
    const absolute = join(target, ...relative.split('/'));
    const current = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    let status: FileStatus;
    if (current === undefined) status = 'created';
    else if (!options.force) status = 'kept';
    else status = current === content ? 'unchanged' : 'replaced';
    entries.push({ path: relative, status });
    if (status === 'created' || status === 'replaced') writes.push({ path: absolute, content });
  }

  const dryRun = options.dryRun === true;
  const result: ScaffoldResult = {
    path: target,
    package: importName,
    options: resolved,
    entries,
    files: entries.filter((e) => e.status === 'created' || e.status === 'replaced').map((e) => e.path),
    replaced: entries.filter((e) => e.status === 'replaced').map((e) => e.path),
    kept: entries.filter((e) => e.status === 'kept').map((e) => e.path),
    dryRun,
    git: { action: 'none' },
  };
  const verb = dryRun ? 'would ' : '';
  for (const entry of entries) {
    if (entry.status === 'created') logger.info(`${verb}create ${entry.path}`);
    else if (entry.status === 'replaced') logger.warning(`${verb}replace ${entry.path} (force)`);
    else if (entry.status === 'kept') logger.info(`keep ${entry.path} (exists)`);
  }
  if (dryRun) return result;

  // Asked before the first write, so a missing git fails with nothing written.
  const insideRepository = await isInsideWorkTree(nearestExisting(target));
  for (const write of writes) {
    await mkdir(dirname(write.path), { recursive: true });
    await writeFile(write.path, write.content, 'utf8');
  }
  if (insideRepository) result.git = { action: 'existing' };
  else if (existing === 'missing' || existing === 'empty') result.git = await initialCommit(target, resolved, logger);
  return result;
}

/** The action's outputs, as strings. */
export function scaffoldOutputs(result: ScaffoldResult): Record<'path' | 'package' | 'files', string> {
  return { path: result.path, package: result.package, files: JSON.stringify(result.files) };
}

/** The job summary: what was made, where, and what happened to each file. */
export function summaryMarkdown(result: ScaffoldResult): string {
  const o = result.options;
  const extensions = (
    [
      ['tests', o.tests],
      ['docs', o.docs],
      ['tox', o.tox],
      ['pre-commit', o.preCommit],
      ['github-actions', o.githubActions],
      ['gitlab-ci', o.gitlabCi],
    ] as const
  )
    .filter(([, on]) => on)
    .map(([name]) => name);
  const git =
    result.git.action === 'initialised'
      ? `a new git repository, first commit \`${result.git.commit?.slice(0, 12) ?? ''}\``
      : result.git.action === 'existing'
        ? 'inside an existing git repository (nothing committed)'
        : 'no git changes';
  const lines = [
    `### Scaffold${result.dryRun ? ' (dry run: nothing written)' : ''}: ${o.name}`,
    '',
    `Package \`${result.package}\` in \`${result.path}\`: ${o.layout} layout, ${o.license}, ${o.markdown ? 'Markdown' : 'reStructuredText'}, ` +
      `extensions: ${extensions.join(', ') || 'none'}; ${git}.`,
    '',
    '| file | status |',
    '| --- | --- |',
    ...result.entries.map((e) => `| \`${e.path}\` | ${result.dryRun && e.status !== 'kept' ? `would be ${e.status}` : e.status} |`),
    '',
  ];
  if (result.replaced.length > 0) lines.push(`Replaced because of force: ${result.replaced.map((p) => `\`${p}\``).join(', ')}.`, '');
  return lines.join('\n');
}

type FolderState = 'missing' | 'empty' | 'non-empty' | 'file';

function folderState(path: string): FolderState {
  try {
    return readdirSync(path).length === 0 ? 'empty' : 'non-empty';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    if (code === 'ENOTDIR') return 'file';
    throw error;
  }
}

type Recorded = Partial<Record<(typeof RECORD_KEYS)[number][1], string | boolean>>;

/** [tool.wheelwright.scaffold] of an existing project: the options it was made with. */
async function readRecord(target: string): Promise<Recorded> {
  const pyproject = await readPyproject(target);
  if (!pyproject) return {};
  const record: TomlTable | undefined = table(pyproject.data, 'tool.wheelwright.scaffold', pyproject.path);
  if (!record) return {};
  const result: Recorded = {};
  for (const [key, option] of RECORD_KEYS) {
    const value = record[key];
    if (value === undefined) continue;
    const expected = typeof DEFAULTS[option as keyof typeof DEFAULTS] === 'boolean' ? 'boolean' : 'string';
    if (typeof value !== expected) {
      throw new ConfigError(`${pyproject.path}: [tool.wheelwright.scaffold] ${key} must be a ${expected}, got ${JSON.stringify(value)}`, {
        hint: `fix or remove ${key} in [tool.wheelwright.scaffold]`,
      });
    }
    result[option] = value as string | boolean;
  }
  return result;
}

function pick<T>(given: T | undefined, recorded: unknown, fallback: T): T {
  if (given !== undefined) return given;
  if (recorded !== undefined) return recorded as T;
  return fallback;
}

async function resolveOptions(options: ScaffoldOptions, recorded: Recorded, target: string): Promise<ResolvedScaffoldOptions> {
  const trimmed = (value: string | undefined) => (value === undefined ? undefined : value.trim() || undefined);
  const name = trimmed(options.name) ?? (recorded.name as string | undefined);
  if (!name) {
    throw new InputError("input 'name' is required: no name was given and the folder has no [tool.wheelwright.scaffold] record", {
      hint: "set input 'name' to the project's distribution name",
    });
  }
  validateProjectName(name);
  const packageName = trimmed(options.package) ?? (recorded.package as string | undefined) ?? derivePackageName(name);
  let author = trimmed(options.author) ?? (recorded.author as string | undefined);
  let email = trimmed(options.email) ?? (recorded.email as string | undefined);
  // putup's default: the author is whoever git says the user is.
  if (author === undefined) author = await gitConfig(nearestExisting(target), 'user.name');
  if (email === undefined) email = await gitConfig(nearestExisting(target), 'user.email');
  if (!author) {
    throw new InputError("input 'author' is required: it was not given and git config user.name is not set", {
      hint: "set input 'author' (and input 'email'), or run `git config --global user.name \"Your Name\"`",
    });
  }
  const layout = pick(trimmed(options.layout) as Layout | undefined, recorded.layout, DEFAULTS.layout);
  if (!LAYOUTS.includes(layout)) {
    throw new InputError(`input 'layout' '${layout}' is not known: expected ${LAYOUTS.join(' or ')}`, {
      hint: 'use pyproject (PEP 621) or setup.cfg',
    });
  }
  return {
    name,
    package: packageName,
    namespace: trimmed(options.namespace) ?? (recorded.namespace as string | undefined) ?? '',
    description: pick(trimmed(options.description), recorded.description, DEFAULTS.description),
    url: trimmed(options.url) ?? (recorded.url as string | undefined) ?? '',
    license: pick(trimmed(options.license), recorded.license, DEFAULTS.license),
    author,
    email: email ?? '',
    pythonRequires: pick(trimmed(options.pythonRequires), recorded.pythonRequires, DEFAULTS.pythonRequires),
    layout,
    markdown: pick(options.markdown, recorded.markdown, DEFAULTS.markdown),
    tests: pick(options.tests, recorded.tests, DEFAULTS.tests),
    docs: pick(options.docs, recorded.docs, DEFAULTS.docs),
    tox: pick(options.tox, recorded.tox, DEFAULTS.tox),
    preCommit: pick(options.preCommit, recorded.preCommit, DEFAULTS.preCommit),
    githubActions: pick(options.githubActions, recorded.githubActions, DEFAULTS.githubActions),
    gitlabCi: pick(options.gitlabCi, recorded.gitlabCi, DEFAULTS.gitlabCi),
  };
}

function validateNames(o: ResolvedScaffoldOptions, stdlib: ReadonlySet<string>): void {
  const namespaceParts = o.namespace ? validateNamespace(o.namespace, stdlib) : [];
  validateIdentifier(o.package, 'package', stdlib, namespaceParts.length === 0);
  const singleLine = (input: string, value: string) => {
    if (/[\r\n]/.test(value))
      throw new InputError(`input '${input}' must be one line (it becomes a single metadata field)`, {
        hint: `remove the line breaks from input '${input}'`,
      });
  };
  singleLine('description', o.description);
  singleLine('author', o.author);
  if (o.email && !/^[^@\s<>,]+@[^@\s<>,]+$/.test(o.email)) {
    throw new InputError(`input 'email' '${o.email}' is not an e-mail address`, {
      hint: 'use the form name@example.org, or leave it empty',
    });
  }
  if (o.url) {
    let protocol = '';
    try {
      protocol = new URL(o.url).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'https:' && protocol !== 'http:') {
      throw new InputError(`input 'url' '${o.url}' is not an http(s) URL`, {
        hint: 'use the full address, e.g. https://github.com/you/project',
      });
    }
  }
  const license = findLicense(o.license);
  if (!license) {
    throw new InputError(`input 'license' '${o.license}' is not one scaffold writes: expected one of ${LICENSE_IDS.join(', ')}`, {
      hint: 'pick one of those SPDX ids, then replace LICENSE.txt and the classifier by hand if you need another',
    });
  }
  o.license = license.spdx;
  // PEP 440 specifiers, as Requires-Python holds them.
  if (!validRange(o.pythonRequires)) {
    throw new InputError(`input 'python-requires' '${o.pythonRequires}' is not a PEP 440 version specifier`, { hint: "use e.g. '>=3.9'" });
  }
}

function templateVariables(o: ResolvedScaffoldOptions, importName: string, now: Date): TemplateVariables {
  const license = findLicense(o.license);
  const markdown = o.markdown;
  const record = RECORD_KEYS.map(([key, option]) => {
    const value = o[option];
    return `${key} = ${typeof value === 'boolean' ? String(value) : JSON.stringify(value)}`;
  }).join('\n');
  return {
    name: o.name,
    package: o.package,
    import_name: importName,
    namespace: o.namespace,
    description: o.description,
    url: o.url,
    license: o.license,
    license_classifier: license?.classifier ?? '',
    author: o.author,
    email: o.email,
    year: String(now.getUTCFullYear()),
    python_requires: o.pythonRequires,
    readme: markdown ? 'README.md' : 'README.rst',
    readme_type: markdown ? 'text/markdown' : 'text/x-rst',
    markdown,
    pyproject: o.layout === 'pyproject',
    tests: o.tests,
    docs: o.docs,
    tox: o.tox,
    pre_commit: o.preCommit,
    github_actions: o.githubActions,
    gitlab_ci: o.gitlabCi,
    entry_point_where: o.layout === 'pyproject' ? '[project.scripts] in pyproject.toml' : '[options.entry_points] in setup.cfg',
    scaffold_record: record,
  };
}

function nearestExisting(path: string): string {
  let current = path;
  while (!existsSync(current)) {
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return current;
}

function git(cwd: string, args: string[], okCodes: number[] = [0]) {
  return runGitIn(cwd, args, { okCodes });
}

async function gitConfig(cwd: string, key: string): Promise<string | undefined> {
  const result = await git(cwd, ['config', '--get', key], [0, 1]);
  return result.code === 0 ? result.stdout.trim() || undefined : undefined;
}

async function isInsideWorkTree(dir: string): Promise<boolean> {
  const inside = await git(dir, ['rev-parse', '--is-inside-work-tree'], [0, 128]);
  return inside.code === 0 && inside.stdout.trim() === 'true';
}

/** putup's behaviour: a new project becomes a git repository with a first commit (unless it sits inside one). */
async function initialCommit(target: string, o: ResolvedScaffoldOptions, logger: Logger): Promise<ScaffoldResult['git']> {
  await git(target, ['init', '-q']);
  await git(target, ['add', '--all']);
  // The first commit is the author's when git does not know who the user is (a fresh CI runner).
  const identity: string[] = [];
  if (!(await gitConfig(target, 'user.name'))) identity.push('-c', `user.name=${o.author}`);
  if (!(await gitConfig(target, 'user.email'))) identity.push('-c', `user.email=${o.email || 'scaffold@wheelwright.invalid'}`);
  await git(target, [...identity, 'commit', '-q', '-m', `Initial commit: ${o.name} scaffolded by Wheelwright`]);
  const head = await git(target, ['rev-parse', 'HEAD']);
  const commit = head.stdout.trim();
  logger.info(`git: initialised ${target}, first commit ${commit.slice(0, 12)}`);
  return { action: 'initialised', commit };
}
