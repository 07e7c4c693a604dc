/**
 * How every front end reads an action's options: from a name → string lookup (the runner's INPUT_*
 * variables, the CLI's flags, the pipeline's settings), with the runner's input semantics, so each rule
 * (booleans, lists, choices, extras) exists once. An option's name is the action.yml input name; how a
 * front end spells it in a message (`input 'path'`, `--path`) is the front end's business: readers name
 * options through `OptionSource.label` and attach the structured reference to the errors they throw.
 */
import { InputError, type OptionReference } from '../errors/index';

export interface OptionSource {
  /** The raw value of an option; '' when not given (defaults are the source's job, as action.yml's are). */
  get(name: string): string;
  /** How this front end names an option in a message: `input 'path'` on the runner, `option '--path'` in the CLI. */
  label(name: string): string;
}

/** The runner's wording, for sources that have no wording of their own (tests, the pipeline). */
export const inputLabel = (name: string): string => `input '${name}'`;

/** A source over a plain map (the CLI's parsed flags, a test's values). */
export function mapSource(
  values: Readonly<Record<string, string | undefined>>,
  label: (name: string) => string = inputLabel,
): OptionSource {
  return { get: (name) => values[name] ?? '', label };
}

function invalid(source: OptionSource, name: string, expected: string, value: string): InputError {
  return new InputError(`${source.label(name)} must be ${expected}, got '${value}'`, { options: [{ name }] });
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** Typed reads over a source; every action's reader is built from these. */
export class OptionReader {
  constructor(readonly source: OptionSource) {}

  /** The value with surrounding space removed, as the runner's getInput does. */
  text(name: string): string {
    return this.source.get(name).trim();
  }

  /** The value exactly as given (a key file's trailing newline matters). */
  raw(name: string): string {
    return this.source.get(name);
  }

  optional(name: string): string | undefined {
    return this.text(name) || undefined;
  }

  required(name: string, what = ''): string {
    const value = this.text(name);
    if (value === '') throw new InputError(`${this.source.label(name)} is required${what ? `: ${what}` : ''}`, { options: [{ name }] });
    return value;
  }

  /** YAML 1.2 core-schema booleans, as the toolkit's getBooleanInput accepts them; '' is "not set". */
  optionalBool(name: string): boolean | undefined {
    const value = this.text(name);
    if (value === '') return undefined;
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    throw invalid(this.source, name, 'true or false', value);
  }

  bool(name: string, fallback: boolean): boolean {
    return this.optionalBool(name) ?? fallback;
  }

  /** Lines of a multi-line value, blank lines and surrounding space dropped. */
  lines(name: string): string[] {
    return this.text(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }

  /** Items one per line or separated by spaces (URLs, folders). */
  list(name: string): string[] {
    return this.lines(name).flatMap((line) => line.split(/\s+/));
  }

  /** Items separated by commas (extras). */
  commaList(name: string): string[] {
    return this.text(name)
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  choice<T extends string>(name: string, choices: readonly T[]): T {
    const value = this.text(name);
    if (!(choices as readonly string[]).includes(value)) throw invalid(this.source, name, `one of ${choices.join(', ')}`, value);
    return value as T;
  }

  /** A choice where '' means "not set". */
  optionalChoice<T extends string>(name: string, choices: readonly T[]): T | undefined {
    return this.text(name) === '' ? undefined : this.choice(name, choices);
  }
}

export type { OptionReference };
