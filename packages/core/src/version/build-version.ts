/**
 * How a build gets the version for projects versioned by poetry-dynamic-versioning or pdm-backend's SCM
 * source: the variable the project's own backend honours (POETRY_DYNAMIC_VERSIONING_BYPASS,
 * PDM_BUILD_SCM_VERSION), and for poetry-dynamic-versioning's plugin mode (a plain poetry-core backend,
 * which knows nothing of the plugin) a staged copy of the project with the placeholder replaced, as the
 * plugin does in place for `poetry build` — the user's checkout is never written.
 */
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { silentLogger } from '../log/index';
import { runGitIn } from '../scm/git-process';
import { substitutePoetryVersion } from './dunamai';
import { computeVersion } from './index';
import { BUILD_VERSION_VARIABLES, detectVersionSource } from './source';

export interface ToolBuild {
  /** Variables for the build's environment. */
  variables: Record<string, string>;
  /** The folder to build from instead of the project (plugin mode), and how to remove it. */
  staged?: { dir: string; remove(): Promise<void> };
  /** What was done, for the log. */
  note: string;
}

/**
 * The build set-up for `version` when the project in `projectDir` takes its version from
 * poetry-dynamic-versioning or pdm-backend; undefined for every other project (or one whose source
 * cannot be read: the build reports that itself). Without a version, only plugin mode needs one (its
 * backend would write the placeholder), computed here as pep440-version does.
 */
export async function toolBuild(
  projectDir: string,
  given: string | undefined,
  tempRoot: string,
  env: NodeJS.ProcessEnv,
): Promise<ToolBuild | undefined> {
  let source: ReturnType<typeof detectVersionSource>;
  try {
    source = detectVersionSource(projectDir, 'path', { gitTopLevel: false });
  } catch {
    return undefined;
  }
  const variable = BUILD_VERSION_VARIABLES[source.kind];
  if (variable === undefined || source.tool === undefined) return undefined;
  if (given === undefined && !source.tool.pluginMode) return undefined;
  const version = given ?? (await computeVersion({ path: projectDir, env, fetchTags: false, exportEnv: false }, silentLogger)).version;
  const variables = { [variable]: version };
  if (!source.tool.pluginMode) return { variables, note: `${variable}=${version}` };
  const dir = await mkdtemp(join(tempRoot, 'wheelwright-stage-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await copyProject(projectDir, dir);
    const pyproject = join(dir, 'pyproject.toml');
    await writeFile(pyproject, substitutePoetryVersion(await readFile(pyproject, 'utf8'), version, join(projectDir, 'pyproject.toml')));
    return {
      variables,
      staged: { dir, remove },
      note: `${variable}=${version}; built from a copy whose [tool.poetry] version is ${version} (poetry-core does not run the plugin)`,
    };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** The files a build of the checkout would see: tracked and untracked-but-not-ignored ones (everything outside git). */
async function copyProject(projectDir: string, target: string): Promise<void> {
  const listed = await runGitIn(projectDir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    okCodes: [0, 128],
    timeoutMs: 60_000,
  });
  if (listed.code !== 0) {
    await cp(projectDir, target, { recursive: true, verbatimSymlinks: true, filter: (path) => !path.split(sep).includes('.git') });
    return;
  }
  const root = resolve(target);
  for (const file of new Set(listed.stdout.split('\0').filter(Boolean))) {
    const from = join(projectDir, file);
    const to = resolve(root, file);
    // git names paths inside the work tree; anything else is not copied.
    if (!to.startsWith(`${root}${sep}`) || !existsSync(from)) continue;
    await mkdir(dirname(to), { recursive: true });
    await cp(from, to, { verbatimSymlinks: true }).catch(() => copyFile(from, to));
  }
}
