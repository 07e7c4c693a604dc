/**
 * Python `re` patterns as the version tools' users write them (dunamai's `pattern`, pdm-backend's
 * `tag_regex`, poetry-dynamic-versioning's `from-file.pattern`), compiled to JavaScript: leading inline
 * flags (`(?x)`, `(?i)`, …), verbose mode, `(?#…)` comments, then the shared translation of named groups
 * and character classes.
 */
import { ConfigError } from '../errors/index';
import { pythonToJavaScript } from '../scm/tag';

export interface PythonRegex {
  /** The pattern as written (Python syntax). */
  source: string;
  /** Group names the pattern defines. */
  named: string[];
  /** Capturing groups, named or not. */
  groups: number;
  /** The compiled pattern for `text` (non-ASCII text gets Python's Unicode `\w`/`\d`). */
  regexFor(text: string): RegExp;
}

/** Verbose mode: whitespace and `#…` comments outside classes are not part of the pattern. */
function stripVerbose(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === '\\') {
      out += char + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      out += char;
      continue;
    }
    if (char === '[') {
      inClass = true;
      out += char;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (char === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    out += char;
  }
  return out;
}

/** `(?#…)` comments, outside classes. */
function stripComments(source: string): string {
  return source.replace(/\(\?#[^)]*\)/g, '');
}

/**
 * Compiles a Python pattern; a ConfigError naming `what` when JavaScript cannot express it. `flags` are
 * added to the translation (`y` for re.match, nothing for re.search, `m` for re.MULTILINE).
 */
export function compilePythonRegex(source: string, what: string, flags = ''): PythonRegex {
  let body = stripComments(source);
  let allFlags = `du${flags}`;
  for (;;) {
    const inline = /^\s*\(\?([aiLmsux]+)\)/.exec(body);
    if (!inline) break;
    body = body.slice(inline[0].length);
    const letters = inline[1] as string;
    if (letters.includes('x')) body = stripVerbose(body);
    for (const letter of ['i', 'm', 's']) if (letters.includes(letter) && !allFlags.includes(letter)) allFlags += letter;
  }
  const compile = (mode: 'ascii' | 'unicode') => {
    const translated = pythonToJavaScript(body, mode);
    try {
      return { regex: new RegExp(translated.source, allFlags), ...translated };
    } catch (error) {
      throw new ConfigError(`${what} '${source}' is not a regular expression Wheelwright can read: ${(error as Error).message}`, {
        hint: 'write a plain regular expression (named groups as (?P<name>...))',
      });
    }
  };
  const ascii = compile('ascii');
  const asciiSafe = /^[\x00-\x7f]*$/.test(body);
  let unicode: RegExp | undefined;
  return {
    source,
    named: ascii.named,
    groups: ascii.groups,
    regexFor(text: string): RegExp {
      let regex = ascii.regex;
      if (!asciiSafe || !/^[\x00-\x7f]*$/.test(text)) {
        unicode ??= compile('unicode').regex;
        regex = unicode;
      }
      regex.lastIndex = 0;
      return regex;
    },
  };
}
