/**
 * What build-wheel checks before it starts anything: the inputs that can be judged on their own, the
 * project folder, and that it holds a project. Kept apart from the build (no TOML parser, no processes, no
 * archive readers), so the action answers a wrong input before it loads the rest of the build.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalizeVersion } from '../distribution/version-bridge';
import { ConfigError, InputError } from '../errors/index';
import { redactUrl } from '../http/redact';
import type { BuildOptions } from './build-release';

/** Checks the request; returns the project folder (absolute). */
export function checkBuildRequest(options: BuildOptions): string {
  if (options.sdist === false && options.wheel === false)
    throw new InputError("input 'sdist' and input 'wheel' are both false: nothing to build", {
      hint: "set input 'sdist' or input 'wheel' to true",
      options: [{ name: 'sdist' }, { name: 'wheel' }],
    });
  if (options.version !== undefined && options.version !== '' && normalizeVersion(options.version) === undefined)
    throw new InputError(`input 'version' '${options.version}' is not a PEP 440 version`, {
      hint: "pass pep440-version's output, e.g. 1.2.0 or 1.2.1.dev3",
    });
  for (const setting of options.configSettings ?? []) {
    if (!/^[^=\s][^=]*=/.test(setting) && !/^[^=\s]+$/.test(setting))
      throw new InputError(`input 'config-settings' line '${setting}' is not KEY=VALUE`);
  }
  if (options.indexUrl && !/^(https?|file):\/\//i.test(options.indexUrl))
    throw new InputError(`input 'index-url' '${redactUrl(options.indexUrl)}' is not an http(s):// or file:// URL`);
  const projectDir = resolve(options.cwd ?? process.cwd(), options.path || '.');
  if (!existsSync(projectDir) || !statSync(projectDir).isDirectory())
    throw new InputError(`input 'path' '${options.path ?? '.'}' is not a folder (resolved to ${projectDir})`);
  // Whether pyproject.toml parses is the build's question; here only whether a project is there at all.
  if (!existsSync(join(projectDir, 'pyproject.toml')) && !existsSync(join(projectDir, 'setup.py')))
    throw new ConfigError(`${projectDir} is not a Python project: it has neither pyproject.toml nor setup.py`, {
      hint: "point input 'path' at the folder holding pyproject.toml",
      options: [{ name: 'path' }],
    });
  return projectDir;
}
