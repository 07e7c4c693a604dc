import { debug } from '@actions/core';

/**
 * `python: '3.12'` on the runner: the interpreter actions/setup-python put in the tool cache
 * (`$RUNNER_TOOL_CACHE/Python/<version>/<arch>/bin/python`), the newest that matches. Anything else (a
 * path, a command, a version the cache does not hold) is left for core to resolve. The tool-cache package
 * (and the HTTP stack it carries) is loaded only for a version-shaped value.
 */
export async function toolCachePython(python: string): Promise<string> {
  if (!/^\d+(\.\d+){0,2}$/.test(python) || !process.env.RUNNER_TOOL_CACHE) return python;
  const { find } = await import('@actions/tool-cache');
  const dir = find('Python', python, process.arch);
  if (!dir) return python;
  const found = process.platform === 'win32' ? `${dir}\\python.exe` : `${dir}/bin/python`;
  debug(`python ${python}: ${found} from the tool cache`);
  return found;
}
