/**
 * Text from outside (a server's message, a file name, project metadata, a test's output) must never be
 * read by the GitHub runner as a workflow command. The runner takes a line as a command when, after
 * leading white space, it starts with `::`; it reads stdout and stderr alike, and .NET's line reader also
 * ends a line at a lone CR (NEL and the Unicode separators are counted too, to be safe). A block with such
 * a line is wrapped in the runner's `::stop-commands::<token>` … `::<token>::`, with a fresh token the text
 * does not hold, so the runner prints it verbatim. Off the runner the two extra lines are harmless.
 */
import { randomBytes } from 'node:crypto';

const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/;
const COMMAND_LINE = /^\s*::/;

/** Whether any line of `text` would be read by the runner as a workflow command. */
export function startsWorkflowCommand(text: string): boolean {
  return text.split(LINE_BREAK).some((line) => COMMAND_LINE.test(line));
}

/** The lines to print for `text` (no trailing newline): the text itself, or the text inside stop-commands. */
export function guardWorkflowCommands(text: string, newline = '\n'): string {
  if (!startsWorkflowCommand(text)) return text;
  let token: string;
  do token = randomBytes(16).toString('hex');
  while (text.includes(token));
  return `::stop-commands::${token}${newline}${text}${newline}::${token}::`;
}

/** `guardWorkflowCommands` for a chunk that ends with a newline (a terminal write): the newline stays last. */
export function guardChunk(chunk: string): string {
  if (!startsWorkflowCommand(chunk)) return chunk;
  const body = chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
  return `${guardWorkflowCommands(body)}${chunk.endsWith('\n') ? '\n' : ''}`;
}
