/**
 * Where tools environments are kept between runs, behind one small interface so that core never touches
 * the runner: the action backs it with @actions/tool-cache (the runner's tool cache, which self-hosted
 * runners keep between jobs), the CLI with a folder of its own (`FolderToolsCache`, the user's cache).
 *
 * Both lay a kept environment out as the tool cache does, `<root>/<tool>/<version>/<arch>`, complete once
 * `<arch>.complete` sits beside it; a copy without the mark is never found. Core chooses and validates the
 * tool name and version (`toolsEnvTool`, `toolsEnvVersion`), stages new environments in `scratch(tool)`
 * and serialises their creation there; a cache only lists, finds and keeps folders.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import valid from 'semver/functions/valid';

export interface ToolsCache {
  /** The cache's folder, for messages. */
  readonly where: string;
  /** The versions of `tool` held complete, in no particular order. */
  versions(tool: string): Promise<string[]>;
  /** The folder of the complete `tool` `version`; undefined when the cache does not hold it complete. */
  find(tool: string, version: string): Promise<string | undefined>;
  /**
   * Puts the finished folder `staging` into the cache as `tool` `version`, replacing what was there, and
   * marks it complete last; returns its folder. The caller removes `staging` afterwards.
   */
  keep(staging: string, tool: string, version: string): Promise<string>;
  /** A folder of `tool`'s own for staging and the creation lock, on the cache's filesystem. */
  scratch(tool: string): string;
}

/** Tool names and versions become folder names: nothing but these characters, no `..`, no separators. */
const TOOL_NAME = /^wheelwright-build-py[0-9a-z.]{1,24}-[0-9a-f]{12}$/;
const TOOL_VERSION = /^\d{1,6}\.\d{1,6}\.\d{1,6}(-[0-9a-z]+(\.[0-9a-z]+)*)?$/i;

export function isToolName(tool: string): boolean {
  return TOOL_NAME.test(tool) && !tool.includes('..');
}

export function isToolVersion(version: string): boolean {
  return TOOL_VERSION.test(version) && valid(version) === version;
}

/** The default folder for the CLI: `$XDG_CACHE_HOME/wheelwright/tools` (`%LOCALAPPDATA%` on Windows, else ~/.cache). */
export function defaultToolsCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    process.platform === 'win32'
      ? env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local')
      : env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(base, 'wheelwright', 'tools');
}

function checked(tool: string, version?: string): void {
  if (!isToolName(tool)) throw new Error(`not a tools environment name: ${JSON.stringify(tool.slice(0, 80))}`);
  if (version !== undefined && !isToolVersion(version))
    throw new Error(`not a tools environment version: ${JSON.stringify(version.slice(0, 40))}`);
}

/**
 * A cache folder of our own with the tool cache's layout. `keep` renames the staging folder into place
 * (one filesystem: `scratch` is inside the same tool folder), so keeping costs no copy.
 */
export class FolderToolsCache implements ToolsCache {
  constructor(
    readonly where: string,
    private readonly arch: string = process.arch,
  ) {}

  private place(tool: string, version: string): string {
    checked(tool, version);
    return join(this.where, tool, version, this.arch);
  }

  async versions(tool: string): Promise<string[]> {
    checked(tool);
    const entries = await readdir(join(this.where, tool)).catch(() => [] as string[]);
    return entries.filter((entry) => isToolVersion(entry) && existsSync(`${join(this.where, tool, entry, this.arch)}.complete`));
  }

  async find(tool: string, version: string): Promise<string | undefined> {
    const dir = this.place(tool, version);
    return existsSync(dir) && existsSync(`${dir}.complete`) ? dir : undefined;
  }

  async keep(staging: string, tool: string, version: string): Promise<string> {
    const dir = this.place(tool, version);
    // The mark goes first and comes back last: between the two, nobody finds the folder.
    await rm(`${dir}.complete`, { force: true });
    await rm(dir, { recursive: true, force: true });
    await mkdir(join(this.where, tool, version), { recursive: true });
    await rename(staging, dir);
    await writeFile(`${dir}.complete`, '');
    return dir;
  }

  scratch(tool: string): string {
    checked(tool);
    return join(this.where, tool);
  }
}
