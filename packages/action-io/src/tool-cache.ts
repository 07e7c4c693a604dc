import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { debug } from '@actions/core';
import type { ToolsCache } from '@wheelwright/core/build';
import { InputError } from '@wheelwright/core/errors';

/**
 * `python: '3.12'` on the runner: the interpreter actions/setup-python put in the tool cache
 * (`$RUNNER_TOOL_CACHE/Python/<version>/<arch>/bin/python3`, finished when `<arch>.complete` is beside it),
 * the newest that matches, found by @actions/tool-cache's own lookup. A path or a command is left for core
 * to resolve; a version the cache does not hold is the `python` input's mistake, said in one line. The
 * tool-cache package (and the HTTP stack it carries) is loaded only for a version-shaped value.
 */
export async function toolCachePython(python: string, label = "input 'python'"): Promise<string> {
  if (!/^\d+(\.\d+){0,2}$/.test(python)) return python;
  const cache = process.env.RUNNER_TOOL_CACHE;
  const { find, findAllVersions } = await import('@actions/tool-cache');
  const dir = cache ? find('Python', python, process.arch) : '';
  if (!dir) {
    const held = cache ? findAllVersions('Python', process.arch) : [];
    throw new InputError(
      `${label} is '${python}', but the runner's tool cache ${cache ? `(${join(cache, 'Python')}) holds ${held.length > 0 ? `only ${held.join(', ')}` : 'no Python'}` : 'is not set (RUNNER_TOOL_CACHE)'}`,
      { hint: 'run actions/setup-python with that version first, or give the interpreter as a path or command (python3.12)' },
    );
  }
  const candidates = process.platform === 'win32' ? [join(dir, 'python.exe')] : [join(dir, 'bin', 'python3'), join(dir, 'bin', 'python')];
  const found = candidates.find((candidate) => existsSync(candidate)) ?? candidates[0] ?? dir;
  debug(`python ${python}: ${found} from the tool cache`);
  return found;
}

/**
 * The tools environment (pypa/build for an interpreter that lacks it) kept in the runner's tool cache,
 * which self-hosted runners keep between jobs: found with @actions/tool-cache's `find`/`findAllVersions`
 * and kept with its `cacheDir` (which writes the `.complete` mark last). Undefined when the `tools-cache`
 * input names a folder of its own or there is no tool cache; core then uses a plain folder. Core chooses
 * and validates the tool name and version and serialises creation; the package loads on first use.
 */
export function runnerToolsCache(namedFolder: string | undefined): ToolsCache | undefined {
  const root = process.env.RUNNER_TOOL_CACHE;
  if (namedFolder || !root) return undefined;
  const arch = process.arch;
  const toolCache = () => import('@actions/tool-cache');
  return {
    where: root,
    versions: async (tool) => (await toolCache()).findAllVersions(tool, arch),
    find: async (tool, version) => (await toolCache()).find(tool, version, arch) || undefined,
    keep: async (staging, tool, version) => (await toolCache()).cacheDir(staging, tool, version, arch),
    scratch: (tool) => join(root, tool),
  };
}
