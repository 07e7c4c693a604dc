/**
 * One subcommand per action: the action's core entry, called with the options its adapter would pass
 * (camelCase of the inputs), and its outputs mapper. An action whose core entry has not landed yet is
 * absent here and fails with "not implemented yet", as its bundle does.
 */
import { NotImplementedError } from '@wheelwright/core/errors';
import type { Logger } from '@wheelwright/core/log';
import { type PromoteOptions, promoteOutputs, promoteRelease } from '@wheelwright/core/promote';
import specs from './action-specs.json';
import { toOptions } from './args';
import type { ActionSpec } from './spec';

export const ACTION_SPECS = specs.actions as ActionSpec[];

export type CommandRunner = (values: Record<string, string>, logger: Logger) => Promise<Record<string, string>>;

function entry<O, R>(
  call: (options: O, logger: Logger) => Promise<R>,
  outputs: (result: R) => Record<string, string>,
  adjust: (options: Record<string, string | boolean>) => Record<string, unknown> = (o) => o,
): (spec: ActionSpec) => CommandRunner {
  return (spec) => async (values, logger) => outputs(await call(adjust(toOptions(values, spec.inputs)) as O, logger));
}

const ENTRIES: Partial<Record<string, (spec: ActionSpec) => CommandRunner>> = {
  promote: entry<PromoteOptions, Awaited<ReturnType<typeof promoteRelease>>>(promoteRelease, promoteOutputs),
};

export function actionSpec(name: string): ActionSpec | undefined {
  return ACTION_SPECS.find((spec) => spec.name === name);
}

/** The runner of an action's core entry, or one that fails with "not implemented yet". */
export function commandRunner(name: string): CommandRunner {
  const spec = actionSpec(name);
  const make = ENTRIES[name];
  if (!spec || !make)
    return async () => {
      throw new NotImplementedError(`wheelwright ${name}`);
    };
  return make(spec);
}

/** Fills the action.yml defaults for inputs a caller left out, and rejects undeclared ones (a typo). */
export function withDefaults(name: string, inputs: Record<string, string>): Record<string, string> {
  const spec = actionSpec(name);
  if (!spec) throw new Error(`no action named ${name}`);
  const declared = new Set(spec.inputs.map((input) => input.name));
  for (const key of Object.keys(inputs)) if (!declared.has(key)) throw new Error(`${name}: input '${key}' is not declared in action.yml`);
  const values: Record<string, string> = {};
  for (const input of spec.inputs) values[input.name] = inputs[input.name] ?? input.default;
  return values;
}
