/**
 * The one rule for an option that holds a program's arguments (clean-env-test's `pytest-args`), in a module
 * of its own so only the readers that take such an option carry the shell-words parser.
 */
import { parse as parseShellWords } from 'shell-quote';
import { InputError } from '../errors/index';
import type { OptionReader } from './options';

/**
 * Arguments for a program (pytest's): each line split as a POSIX shell splits words, quotes respected
 * (`-k "slow and not net"` is two arguments), the lines' arguments appended in order (a repeated flag
 * adds a line). Nothing is expanded: `$HOME` and `*.py` reach the program as written, since no shell
 * runs; shell operators (`|`, `;`, `>`, `&&`) and comments are refused rather than passed on.
 */
export function shellWords(reader: OptionReader, name: string): string[] {
  const words: string[] = [];
  for (const given of reader.lines(name)) {
    const line = shellLine(given);
    if (line === undefined)
      throw new InputError(`${reader.source.label(name)} has an unclosed quote: ${given}`, {
        hint: `close the quote, or quote the whole argument (e.g. -k "a or b") in ${reader.source.label(name)}`,
        options: [{ name }],
      });
    for (const entry of parseShellWords(line, (variable) => `$${variable}`)) {
      if (typeof entry === 'string') words.push(entry);
      else if ('op' in entry && entry.op === 'glob') words.push(entry.pattern);
      else
        throw new InputError(
          `${reader.source.label(name)} holds ${'op' in entry ? `the shell operator '${entry.op}'` : 'a shell comment'}: ${given}`,
          {
            hint: `no shell runs these arguments; quote the character to pass it on (e.g. '${'op' in entry ? entry.op : '#'}') in ${reader.source.label(name)}`,
            options: [{ name }],
          },
        );
    }
  }
  return words;
}

/**
 * Reads a line's quoting as a POSIX shell does: undefined when a quote is left open (the parser accepts
 * such lines silently), else the line with every `#` inside a word escaped, since only a `#` that starts a
 * word begins a comment for a shell, while the parser takes `test#1` as `test` and a comment.
 */
function shellLine(line: string): string | undefined {
  let quote: '' | "'" | '"' = '';
  let out = '';
  for (let at = 0; at < line.length; at++) {
    const char = line[at] ?? '';
    if (quote === "'") {
      if (char === "'") quote = '';
    } else if (char === '\\') {
      out += char + (line[at + 1] ?? '');
      at++;
      continue;
    } else if (quote === '"') {
      if (char === '"') quote = '';
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '#' && at > 0 && !/\s/.test(line[at - 1] ?? '')) {
      out += '\\#';
      continue;
    }
    out += char;
  }
  return quote === '' ? out : undefined;
}
