/**
 * `wheelwright <action> [--input value…]` runs one action's core entry and prints its outputs as JSON;
 * `wheelwright pipeline [project]` runs the whole flow. `--help` everywhere. A failure is one line and a
 * hint on stderr and exit code 1 (2 for a mistake on the command line itself); unexpected errors say they are bugs.
 */
import { describeError, type OptionWording, renderOptionReferences } from '@wheelwright/core/errors';
import { guardChunk } from '@wheelwright/core/log';
import pkg from '../package.json';
import { ACTION_SPECS, actionSpec } from './action-list';
import { closest, parseArgs, UsageError } from './args';
import { formatHelp } from './help';
import { maskSecrets, secretsOf, TerminalLogger } from './terminal-logger';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Inputs that carry secrets may come from WHEELWRIGHT_<NAME> instead of a flag (process lists show flags). */
const SECRET_INPUT = /(^|-)(password|username|token)$/;

function topHelp(): string {
  const width = Math.max(...ACTION_SPECS.map((s) => s.name.length), 'pipeline'.length);
  return [
    'usage: wheelwright <command> [options]',
    '',
    'Python packaging from commit to promoted release: the Wheelwright actions on the command line.',
    '',
    'commands:',
    `  ${'pipeline'.padEnd(width)}  the whole flow: version, build, publish, clean-env test, promote`,
    ...ACTION_SPECS.map((spec) => `  ${spec.name.padEnd(width)}  ${spec.description.split('. ')[0]?.replace(/\.$/, '')}`),
    '',
    'wheelwright <command> --help shows the options, named as the action inputs.',
    '',
  ].join('\n');
}

/** The CLI's words for an option: `option '--python'`, `--no-require-tests`, `--to-channel testing`. */
export const FLAG_WORDING: OptionWording = {
  option: (name) => `option '--${name}'`,
  setting: (name, value) => (value === 'false' ? `--no-${name}` : value === 'true' ? `--${name}` : `--${name} ${value}`),
  // A single command prints every group's output to the terminal, above the error.
  log: (group) => (group === undefined ? 'the output above' : `the '${group}' output above`),
};

/**
 * An error in the CLI's words: the options it refers to, and every option of the command it came from
 * (core writes the runner's `input 'x'`), are named as flags.
 */
export function describeForCli(error: unknown, declared: readonly string[] = []): ReturnType<typeof describeError> {
  return describeError(error, FLAG_WORDING, declared);
}

export async function main(argv: readonly string[], given: CliIo): Promise<number> {
  // The CLI may run in a workflow's `run:` step: no line it prints (a server's message, a file name) may
  // be read by the runner as a workflow command, on stdout or stderr.
  const io: CliIo = { ...given, out: (text) => given.out(guardChunk(text)), err: (text) => given.err(guardChunk(text)) };
  const [command, ...rest] = argv;
  const secrets: string[] = [];
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      if (topic === 'pipeline') io.out((await import('./pipeline-command')).pipelineHelp());
      else if (topic && actionSpec(topic)) return main([topic, '--help'], given);
      else io.out(topHelp());
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-V') {
      io.out(`wheelwright ${pkg.version}\n`);
      return 0;
    }
    // The core entries (stores, HTTP, archive readers, the build) load only for a command that runs, after
    // its flags are checked: help and usage errors answer at once (bench/cold-start.mjs).
    if (command === 'pipeline') return await (await import('./pipeline-command')).pipelineCommand(rest, io);
    const spec = actionSpec(command);
    if (!spec) {
      const suggestion = closest(command, ['pipeline', ...ACTION_SPECS.map((s) => s.name)]);
      throw new UsageError(`unknown command '${command}'${suggestion ? ` (did you mean ${suggestion}?)` : ''}`, {
        hint: 'wheelwright --help lists the commands',
      });
    }
    const args = parseArgs(rest, spec.inputs, command);
    if (args.help) {
      io.out(formatHelp(`wheelwright ${command} [options]`, spec.description, spec.inputs, spec.outputs));
      return 0;
    }
    if (args.positional.length > 0)
      throw new UsageError(`${command}: unexpected argument '${args.positional[0]}'`, {
        hint: `options are flags: see wheelwright ${command} --help`,
      });
    for (const input of spec.inputs) {
      const fromEnv = io.env[`WHEELWRIGHT_${input.name.replace(/-/g, '_').toUpperCase()}`];
      if (!args.given.has(input.name) && SECRET_INPUT.test(input.name) && fromEnv) args.values[input.name] = fromEnv;
      if (input.required && (args.values[input.name] ?? '') === '')
        throw new UsageError(`${command}: option '--${input.name}' is required`, { hint: input.description });
    }
    secrets.push(...secretsOf(args.values));
    const declared = spec.inputs.map((input) => ({ name: input.name }));
    const logger = new TerminalLogger({
      write: io.err,
      secrets,
      debug: Boolean(io.env.WHEELWRIGHT_DEBUG),
      words: (message) => renderOptionReferences(message, declared, FLAG_WORDING),
    });
    const { commandRunner } = await import('./commands');
    const outputs = await commandRunner(command)(args.values, logger, {
      env: io.env,
      cwd: io.cwd,
      onSecret: (secret) => secrets.push(secret),
    });
    io.out(maskSecrets(`${JSON.stringify(outputs, null, 2)}\n`, secrets));
    return 0;
  } catch (error) {
    const { message, hint, bug } = describeForCli(error, actionSpec(command ?? '')?.inputs.map((input) => input.name) ?? []);
    io.err(maskSecrets(`error: ${message}\n`, secrets));
    if (hint) io.err(maskSecrets(`hint: ${hint}\n`, secrets));
    if (bug && error instanceof Error && error.stack && io.env.WHEELWRIGHT_DEBUG) io.err(`${error.stack}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
