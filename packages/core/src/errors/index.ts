/**
 * One error family for every user-facing failure. `message` is one line that names the input, file or
 * URL and what was expected; `hint` says how to fix it. Adapters print both and fail the step once;
 * anything that is not a WheelwrightError is a bug in Wheelwright and is reported as one.
 */
export type ErrorCode =
  | 'input'
  | 'config'
  | 'git'
  | 'version'
  | 'build'
  | 'inspect'
  | 'store'
  | 'auth'
  | 'conflict'
  | 'python'
  | 'tests'
  | 'policy'
  | 'process'
  | 'scaffold'
  | 'not-implemented';

/**
 * An option (action.yml input name) a message or hint refers to, and the value it suggests. Messages are
 * written in the runner's words (`input 'python'`, `set 'require-tests: false'`, `the python input`); a
 * front end with other words (the CLI's `--python`, `--no-require-tests`) rewrites exactly these forms for
 * the options listed here (see `renderOptionReferences`).
 */
export interface OptionReference {
  name: string;
  /** The value a hint suggests (`false` in "set 'require-tests: false'"). */
  value?: string;
}

export interface ErrorDetails {
  hint?: string;
  cause?: unknown;
  options?: readonly OptionReference[];
}

export class WheelwrightError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly options: readonly OptionReference[];

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    // A one-line message is part of the contract: logs and annotations show only the first line.
    super(message.replace(/\s*\n\s*/g, ' '), details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = details.hint;
    this.options = details.options ?? [];
  }
}

/** A user's input (action input, CLI flag) is malformed or out of range. */
export class InputError extends WheelwrightError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('input', message, details);
  }
}

/** The project's own configuration (pyproject.toml, setuptools_scm settings) is wrong. */
export class ConfigError extends WheelwrightError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('config', message, details);
  }
}

/** An artefact store refused, failed or answered something we cannot use. */
export class StoreError extends WheelwrightError {
  readonly status: number | undefined;
  constructor(message: string, details: ErrorDetails & { status?: number; code?: ErrorCode } = {}) {
    super(details.code ?? 'store', message, details);
    this.status = details.status;
  }
}

/** A child process could not start, timed out or failed. */
export class ProcessError extends WheelwrightError {
  readonly exitCode: number | null;
  readonly stderr: string;
  constructor(message: string, details: ErrorDetails & { exitCode?: number | null; stderr?: string } = {}) {
    super('process', message, details);
    this.exitCode = details.exitCode ?? null;
    this.stderr = details.stderr ?? '';
  }
}

export class NotImplementedError extends WheelwrightError {
  constructor(feature: string) {
    super('not-implemented', `${feature} is not implemented yet`, {
      hint: 'this action is planned but not built yet; follow the Wheelwright issues for its status',
    });
  }
}

export function isWheelwrightError(error: unknown): error is WheelwrightError {
  return error instanceof WheelwrightError;
}

/**
 * How a front end spells what core writes in the runner's words: an option (`input 'name'`, `the name input`),
 * a setting (`set 'name: value'`, `'name: value'`) and where a step's full output is (`the 'title' log group`,
 * `the log above`). Core writes only these forms (see `runnerWords`), so one rewrite serves every message.
 */
export interface OptionWording {
  /** `option '--python'` */
  option(name: string): string;
  /** `--no-require-tests`, `--python /usr/bin/python3.12` */
  setting(name: string, value: string): string;
  /**
   * Where the output of a group (or, without a title, of the step) can be read: the terminal above for a
   * single CLI command, the step log file for the pipeline, which shows only warnings. Without it the
   * runner's words stay.
   */
  log?(group: string | undefined): string;
}

/** The runner's words for the forms `OptionWording` rewrites; core composes messages with these. */
export const runnerWords = {
  /** `input 'docs-failure'` */
  option: (name: string): string => `input '${name}'`,
  /** `set 'docs-failure: warning'`: a hint's suggestion. */
  set: (name: string, value: string): string => `set '${name}: ${value}'`,
  /** `'docs-failure: warning'`: a setting in force, stated. */
  setting: (name: string, value: string): string => `'${name}: ${value}'`,
  /** `the 'python -m build' log group`, or `the log above` for the current step's output. */
  log: (group?: string): string => (group === undefined ? 'the log above' : `the '${group}' log group`),
} as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rewrites the runner's wording of the given options (and log places) into another front end's. */
export function renderOptionReferences(text: string, options: readonly OptionReference[], wording: OptionWording): string {
  let out = text;
  for (const { name } of options) {
    const n = escapeRegExp(name);
    out = out
      .replace(new RegExp(`set '${n}: ([^']*)'`, 'g'), (_all, value: string) => `pass ${wording.setting(name, value)}`)
      .replace(new RegExp(`'${n}: ([^']*)'`, 'g'), (_all, value: string) => wording.setting(name, value))
      .replace(new RegExp(`input '${n}'`, 'g'), wording.option(name))
      .replace(new RegExp(`the ${n} input`, 'g'), wording.option(name));
  }
  const log = wording.log;
  if (log) out = out.replace(/the '([^']+)' log group|the log above/g, (_all, group: string | undefined) => log(group));
  return out;
}

/** The user-facing line for any thrown value; unexpected errors are labelled as bugs. */
export function describeError(
  error: unknown,
  wording?: OptionWording,
  /** Further options the front end knows the error may name in the runner's words (its command's). */
  declared: readonly string[] = [],
): { message: string; hint: string | undefined; bug: boolean } {
  if (error instanceof WheelwrightError) {
    if (!wording) return { message: error.message, hint: error.hint, bug: false };
    const options = [...error.options, ...declared.map((name) => ({ name }))];
    const render = (text: string) => renderOptionReferences(text, options, wording);
    return { message: render(error.message), hint: error.hint === undefined ? undefined : render(error.hint), bug: false };
  }
  const text = error instanceof Error ? error.message : String(error);
  return {
    message: `unexpected error (a bug in Wheelwright): ${text.split('\n')[0]}`,
    hint: 'please report it with the debug log (ACTIONS_STEP_DEBUG=true or --debug)',
    bug: true,
  };
}

export { closest, editDistance } from './suggest';
