#!/usr/bin/env node
// Writes src/action-specs.json from the single source of truth for every flag: each actions/<name>/action.yml
// (one subcommand per action, flags = inputs, printed outputs = outputs) and the workflow_call inputs of
// .github/workflows/python-release.yml (the flags of `wheelwright pipeline`). `--check` fails when the
// committed file differs (test/pipeline/cli.test.ts runs it), so the CLI cannot drift from the contracts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');
const target = join(here, '..', 'src', 'action-specs.json');

function inputs(map) {
  return Object.entries(map ?? {}).map(([name, spec]) => ({
    name,
    description: String(spec?.description ?? ''),
    default: spec?.default === undefined ? '' : String(spec.default),
    required: spec?.required === true,
    ...(spec?.type === 'boolean' ||
    spec?.default === 'true' ||
    spec?.default === 'false' ||
    spec?.default === true ||
    spec?.default === false
      ? { boolean: true }
      : {}),
  }));
}

export function generate() {
  const actions = readdirSync(join(root, 'actions'))
    .sort()
    .map((name) => {
      const manifest = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'));
      return {
        name,
        description: String(manifest.description ?? ''),
        inputs: inputs(manifest.inputs),
        outputs: Object.entries(manifest.outputs ?? {}).map(([output, spec]) => ({
          name: output,
          description: String(spec?.description ?? ''),
        })),
      };
    });
  const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'python-release.yml'), 'utf8'));
  const pipeline = inputs(workflow.on.workflow_call.inputs);
  // JSON (not TypeScript) so the file is data the formatter leaves alone; ncc inlines it into the bundle.
  return `${JSON.stringify({ generatedBy: 'packages/cli/scripts/generate-action-specs.mjs', actions, pipeline }, null, 2)}\n`;
}

const text = generate();
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    process.stderr.write('packages/cli/src/action-specs.json is stale: run node packages/cli/scripts/generate-action-specs.mjs\n');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
