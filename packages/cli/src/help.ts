import type { InputSpec, OutputSpec } from './spec';

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

export function formatHelp(
  usage: string,
  description: string,
  inputs: readonly InputSpec[],
  outputs: readonly OutputSpec[] = [],
  notes = '',
  heading = 'options (the action inputs):',
): string {
  const parts = [`usage: ${usage}`, '', wrap(description, 100, ''), ''];
  if (inputs.length > 0) {
    parts.push(heading);
    for (const input of inputs) {
      const flag = input.boolean ? `--[no-]${input.name}` : `--${input.name} <value>`;
      const fallback = input.required ? ' (required)' : input.default !== '' ? ` (default: ${input.default})` : '';
      parts.push(`  ${flag}`);
      parts.push(`      ${wrap(input.description + fallback, 94, '      ')}`);
    }
    parts.push('  -h, --help');
    parts.push('');
  }
  if (outputs.length > 0) {
    parts.push('prints a JSON object of the outputs on stdout:');
    for (const output of outputs) parts.push(`  ${output.name}: ${wrap(output.description, 90, '      ')}`);
    parts.push('');
  }
  if (notes) parts.push(notes, '');
  return parts.join('\n');
}
