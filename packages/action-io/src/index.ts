/**
 * The GitHub runner's protocol for a JavaScript action: inputs arrive as INPUT_<NAME> variables, results
 * leave through the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_PATH / GITHUB_STEP_SUMMARY files and `::command::`
 * lines on stdout. Written here (not taken from @actions/core) because @actions/core eagerly loads an HTTP
 * stack for OIDC that costs ~100 ms at every start (measured: 110-170 ms vs 60-90 ms for bare node), and
 * pep440-version has to stay within 1.25× of bare node.
 */
import { appendFileSync } from 'node:fs';
import { describeError, InputError } from '@wheelwright/core/errors';
import type { Logger } from '@wheelwright/core/log';

function inputVariable(name: string): string {
  // The runner upper-cases the name and replaces spaces with underscores; hyphens stay.
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function getInput(name: string, options: { required?: boolean; trim?: boolean } = {}): string {
  const raw = process.env[inputVariable(name)] ?? '';
  const value = options.trim === false ? raw : raw.trim();
  if (options.required && value === '') throw new InputError(`input '${name}' is required and was empty`);
  return value;
}

/** YAML 1.2 core-schema booleans, as the toolkit's getBooleanInput accepts them. */
export function getBooleanInput(name: string, fallback?: boolean): boolean {
  const value = getInput(name);
  if (value === '' && fallback !== undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input '${name}' must be true or false, got '${value}'`);
}

/** Lines of a multi-line input, blank lines and surrounding space dropped. */
export function getMultilineInput(name: string): string[] {
  return getInput(name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function getChoiceInput<T extends string>(name: string, choices: readonly T[]): T {
  const value = getInput(name);
  if (!(choices as readonly string[]).includes(value)) {
    throw new InputError(`input '${name}' must be one of ${choices.join(', ')}, got '${value}'`);
  }
  return value as T;
}

// Runner files and stdout use the platform's line ending (as @actions/core's os.EOL); spelled out here so
// the bundle does not load node:os at start.
const EOL = process.platform === 'win32' ? '\r\n' : '\n';

function toCommandValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function appendFileCommand(variable: string, line: string): boolean {
  const file = process.env[variable];
  if (!file) return false;
  appendFileSync(file, `${line}${EOL}`, 'utf8');
  return true;
}

function keyValueMessage(key: string, value: unknown): string {
  const text = toCommandValue(value);
  // The runner reads the value up to the delimiter line, so the value must never contain it: a value
  // cannot smuggle in another output. Checking that (and drawing again) is what makes the delimiter safe;
  // it need not be unguessable, so no node:crypto at start (measured ~2-4 ms of cold start).
  let delimiter: string;
  do {
    delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  } while (key.includes(delimiter) || text.includes(delimiter));
  return `${key}<<${delimiter}${EOL}${text}${EOL}${delimiter}`;
}

export function setOutput(name: string, value: unknown): void {
  setOutputs({ [name]: value });
}

/** Several outputs in one append to GITHUB_OUTPUT (one open/write/close, not one per output). */
export function setOutputs(outputs: Record<string, unknown>): void {
  const messages = Object.entries(outputs).map(([name, value]) => keyValueMessage(name, value));
  if (messages.length === 0) return;
  if (!appendFileCommand('GITHUB_OUTPUT', messages.join(EOL))) {
    for (const [name, value] of Object.entries(outputs)) issue('set-output', toCommandValue(value), { name });
  }
}

export function exportVariable(name: string, value: unknown): void {
  process.env[name] = toCommandValue(value);
  if (!appendFileCommand('GITHUB_ENV', keyValueMessage(name, value))) {
    issue('set-env', toCommandValue(value), { name });
  }
}

export function addPath(dir: string): void {
  if (!appendFileCommand('GITHUB_PATH', dir)) issue('add-path', dir);
  process.env.PATH = `${dir}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`;
}

/** Masks a value in every later log line. Call it the moment a secret is read. */
export function setSecret(value: string): void {
  if (value !== '') issue('add-mask', value);
}

export function appendSummary(markdown: string): void {
  appendFileCommand('GITHUB_STEP_SUMMARY', markdown);
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function issue(command: string, message: string, properties: Record<string, unknown> = {}): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}
export function debug(message: string): void {
  issue('debug', message);
}
export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue('warning', message, { ...properties });
}
export function error(message: string, properties: AnnotationProperties = {}): void {
  issue('error', message, { ...properties });
}
export function notice(message: string, properties: AnnotationProperties = {}): void {
  issue('notice', message, { ...properties });
}

export async function group<T>(title: string, fn: () => Promise<T>): Promise<T> {
  issue('group', title);
  try {
    return await fn();
  } finally {
    issue('endgroup', '');
  }
}

/** Maps core's logger onto workflow commands. */
export const actionLogger: Logger = {
  info,
  debug,
  warning: (message, where) => warning(message, where ?? {}),
  group,
};

/**
 * The one place an action fails: runs the body, turns any error into one `::error::` line plus its hint,
 * sends stacks to the debug log, and sets a non-zero exit code.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (caught) {
    const { message, hint, bug } = describeError(caught);
    error(message);
    if (hint) info(`hint: ${hint}`);
    if (bug && caught instanceof Error && caught.stack) debug(caught.stack);
    process.exitCode = 1;
  }
}

/** A markdown table for job summaries; cells are escaped so file names cannot break the table. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines = [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
