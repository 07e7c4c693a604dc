/**
 * Command-line flags named exactly as the action inputs: `--name value`, `--name=value`, a repeated flag
 * for a multi-line input (one value per line, as in the workflow), and for true/false inputs a switch:
 * `--dry-run`, `--no-dry-run`, `--dry-run=false`. Unknown flags are an error that suggests the closest.
 */
import { closest, InputError } from '@wheelwright/core/errors';

export { closest };

/** A mistake on the command line itself (unknown option, missing value): exit code 2, as shells expect. */
export class UsageError extends InputError {}

import type { InputSpec } from './spec';

export interface ParsedArgs {
  values: Record<string, string>;
  /** Flags that were given (not defaulted). */
  given: Set<string>;
  positional: string[];
  help: boolean;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export function parseArgs(argv: readonly string[], inputs: readonly InputSpec[], command: string): ParsedArgs {
  const byName = new Map(inputs.map((input) => [input.name, input]));
  const given = new Map<string, string[]>();
  const positional: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-')
        throw new UsageError(`${command}: unknown option '${arg}'`, { hint: `see wheelwright ${command} --help` });
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    let name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined;
    let spec = byName.get(name);
    if (!spec && name.startsWith('no-') && byName.get(name.slice(3))?.boolean && value === undefined) {
      name = name.slice(3);
      spec = byName.get(name);
      value = 'false';
    }
    if (!spec) {
      const suggestion = closest(name, [...byName.keys()]);
      throw new UsageError(`${command}: unknown option '--${name}'${suggestion ? ` (did you mean --${suggestion}?)` : ''}`, {
        hint: `see wheelwright ${command} --help`,
      });
    }
    if (value === undefined) {
      const next = argv[i + 1];
      if (spec.boolean) {
        if (next !== undefined && (TRUE.includes(next) || FALSE.includes(next))) {
          value = next;
          i++;
        } else value = 'true';
      } else {
        if (next === undefined) throw new UsageError(`${command}: option '--${name}' needs a value`, { hint: spec.description });
        value = next;
        i++;
      }
    }
    if (spec.boolean && !TRUE.includes(value) && !FALSE.includes(value))
      throw new UsageError(`${command}: option '--${name}' must be true or false, got '${value}'`);
    given.set(name, [...(given.get(name) ?? []), value]);
  }
  const values: Record<string, string> = {};
  for (const input of inputs) {
    const list = given.get(input.name);
    // A repeated flag is a multi-line input, one value per line, as a workflow writes it.
    values[input.name] = list ? (input.boolean ? (list[list.length - 1] ?? '') : list.join('\n')) : input.default;
  }
  return { values, given: new Set(given.keys()), positional, help };
}

/** `dry-run` → `dryRun`: the core entries' option names are the camelCase of the inputs. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_all, c: string) => c.toUpperCase());
}

/** Inputs as the core options object: booleans as booleans, the rest as the strings the runner passes. */
export function toOptions(values: Record<string, string>, inputs: readonly InputSpec[]): Record<string, string | boolean> {
  const options: Record<string, string | boolean> = {};
  for (const input of inputs) {
    const value = values[input.name] ?? input.default;
    options[camelCase(input.name)] = input.boolean ? TRUE.includes(value) : value;
  }
  return options;
}
