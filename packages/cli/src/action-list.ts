/**
 * The actions as CLI commands: names, descriptions, inputs and outputs from the action.yml files
 * (generated into action-specs.json). Light on purpose: help and usage errors need only this, so they
 * answer before any core entry loads.
 */
import { SCAFFOLD_OPTIONAL_SWITCHES } from '@wheelwright/core/contract';
import specs from './action-specs.json';
import type { ActionSpec } from './spec';

/** Inputs that are true/false switches on the command line although their default is empty ("recorded"). */
const OPTIONAL_SWITCHES: Record<string, readonly string[]> = { scaffold: SCAFFOLD_OPTIONAL_SWITCHES };

export const ACTION_SPECS: ActionSpec[] = (specs.actions as ActionSpec[]).map((spec) => ({
  ...spec,
  inputs: spec.inputs.map((input) => (OPTIONAL_SWITCHES[spec.name]?.includes(input.name) ? { ...input, boolean: true } : input)),
}));

export function actionSpec(name: string): ActionSpec | undefined {
  return ACTION_SPECS.find((spec) => spec.name === name);
}
