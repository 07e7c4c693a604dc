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

export interface ErrorDetails {
  hint?: string;
  cause?: unknown;
}

export class WheelwrightError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    // A one-line message is part of the contract: logs and annotations show only the first line.
    super(message.replace(/\s*\n\s*/g, ' '), details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = details.hint;
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

/** The user-facing line for any thrown value; unexpected errors are labelled as bugs. */
export function describeError(error: unknown): { message: string; hint: string | undefined; bug: boolean } {
  if (error instanceof WheelwrightError) return { message: error.message, hint: error.hint, bug: false };
  const text = error instanceof Error ? error.message : String(error);
  return {
    message: `unexpected error (a bug in Wheelwright): ${text.split('\n')[0]}`,
    hint: 'please report it with the debug log (ACTIONS_STEP_DEBUG=true or --debug)',
    bug: true,
  };
}
