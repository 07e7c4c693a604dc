/**
 * Markdown for job summaries and reports. Text in a cell comes from outside (file names, server
 * messages, test output): it must stay inside its cell and its line, so every line break (CR, LF, NEL,
 * the Unicode separators) and every other control character becomes a space, and `|` is escaped.
 */
const BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;

export function markdownCell(text: string): string {
  return text.replace(BREAKS, ' ').replace(/\|/g, '\\|');
}

/** A code span in a cell (a version, a tag); '' shows as an em dash. */
export function markdownCode(text: string): string {
  return text === '' ? '—' : `\`${markdownCell(text).replace(/`/g, "'")}\``;
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [
    `| ${header.map(markdownCell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
