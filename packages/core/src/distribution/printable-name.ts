/**
 * Names and text from archives on their way into log lines, annotations and the job summary: a name
 * holding a control character could end a log line and start a forged one (`\n::error::…`) or drive the
 * terminal (`\x1b[…`). Such names are a hard finding (X008) and are always shown escaped.
 */

/** C0 and C1 controls, DEL, and the Unicode line/paragraph separators some parsers break lines on. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/** True when a name holds a character that could break or forge a log line. */
export function hasControlCharacters(name: string): boolean {
  for (let index = 0; index < name.length; index++) if (isControl(name.charCodeAt(index))) return true;
  return false;
}

/** Every control character as a `\uXXXX` escape; everything else unchanged. */
export function escapeControlCharacters(text: string): string {
  if (!hasControlCharacters(text)) return text;
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += isControl(code) ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }
  return out;
}

/**
 * A name as a log line can show it: unchanged when plain, else JSON-style quoted with every control
 * character escaped (`"pkg/\u001b[31m.py"`), so it reads as one value and no newline survives.
 */
export function printableName(name: string): string {
  if (!hasControlCharacters(name)) return name;
  return `"${escapeControlCharacters(name.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`;
}
