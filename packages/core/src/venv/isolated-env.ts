import { devNull } from 'node:os';

/**
 * The environment every pip/uv/python child of a clean-env run gets: nothing from the machine's or the
 * user's package-tool configuration. pip reads PIP_* variables and, unless PIP_CONFIG_FILE is os.devnull,
 * the global, user and site pip.conf files (pip's configuration.py skips *all* files when PIP_CONFIG_FILE
 * is os.devnull); uv reads UV_* and uv.toml unless UV_NO_CONFIG is set. Callers also pass `--isolated`
 * to pip, which makes it ignore environment variables and the user configuration a second time.
 */
const DROPPED = /^(PIP_|UV_|VIRTUAL_ENV$|CONDA_PREFIX$|PYTHONHOME$|PYTHONSTARTUP$|PYTHONUSERBASE$|PYTHONEXECUTABLE$|__PYVENV_LAUNCHER__$)/;

export interface IsolatedEnvOptions {
  /**
   * Keep PYTHONPATH (the test run does: a user's PYTHONPATH is part of how their tests run, and if it
   * names the checkout the import guard reports it as the leak it is). Installs never keep it.
   */
  keepPythonPath?: boolean;
}

export function isolatedPythonEnv(base: NodeJS.ProcessEnv = process.env, options: IsolatedEnvOptions = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) {
    if (value === undefined || DROPPED.test(key)) continue;
    if (key === 'PYTHONPATH' && !options.keepPythonPath) continue;
    env[key] = value;
  }
  return {
    ...env,
    PIP_CONFIG_FILE: devNull,
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_NO_INPUT: '1',
    PIP_NO_PYTHON_VERSION_WARNING: '1',
    UV_NO_CONFIG: '1',
    // The user site (~/.local) is outside the environment we promise; a venv already skips it, this
    // also covers the base interpreter that runs pip for the venv.
    PYTHONNOUSERSITE: '1',
  };
}
