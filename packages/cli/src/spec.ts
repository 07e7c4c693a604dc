/** The shape of a command-line contract, generated from action.yml (see scripts/generate-action-specs.mjs). */
export interface InputSpec {
  name: string;
  description: string;
  default: string;
  required: boolean;
  /** The input takes true/false: a switch on the command line (`--x`, `--no-x`, `--x=false`). */
  boolean?: boolean;
}

export interface OutputSpec {
  name: string;
  description: string;
}

export interface ActionSpec {
  name: string;
  description: string;
  inputs: InputSpec[];
  outputs: OutputSpec[];
}
