/**
 * A validator for PEP 508 dependency specifiers (`Requires-Dist`), following the grammar of
 * https://packaging.python.org/en/latest/specifications/dependency-specifiers/ as packaging's
 * `Requirement` parser applies it. No maintained JavaScript PEP 508 parser exists; version specifiers
 * are delegated to the PEP 440 library.
 */
import { validRange } from '@renovatebot/pep440';

const MARKER_VARIABLES = new Set([
  'python_version',
  'python_full_version',
  'os_name',
  'sys_platform',
  'platform_release',
  'platform_system',
  'platform_version',
  'platform_machine',
  'platform_python_implementation',
  'implementation_name',
  'implementation_version',
  'extra',
  'extras',
  'dependency_groups',
  // Legacy dotted names packaging still accepts.
  'os.name',
  'sys.platform',
  'platform.version',
  'platform.machine',
  'platform.python_implementation',
  'python_implementation',
]);

const MARKER_OPS = ['===', '==', '!=', '<=', '>=', '~=', '<', '>', 'not in', 'in'];

/** Undefined when valid, else what is wrong. */
export function checkRequirement(text: string): string | undefined {
  const semicolon = splitMarker(text);
  const head = semicolon.head.trim();
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s.exec(head);
  if (!match) return 'does not start with a valid project name';
  const extras = match[2];
  if (extras !== undefined) {
    const names = extras
      .slice(1, -1)
      .split(',')
      .map((name) => name.trim());
    if (!(names.length === 1 && names[0] === '') && names.some((name) => !/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(name)))
      return `has an invalid extra in ${extras}`;
  }
  let rest = (match[3] ?? '').trim();
  if (rest.startsWith('@')) {
    const url = rest.slice(1).trim();
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(url)) return `has an invalid URL '${url}'`;
    // packaging: a URL requirement needs whitespace before ';' (else the ';' belongs to the URL).
    if (semicolon.marker !== undefined && !/\s$/.test(semicolon.head)) return "needs a space before ';' after a URL";
  } else if (rest !== '') {
    if (rest.startsWith('(') && rest.endsWith(')')) rest = rest.slice(1, -1).trim();
    for (const clause of rest.split(',')) {
      const spec = clause.trim();
      if (!/^(===|==|!=|<=|>=|~=|<|>)\s*\S+$/.test(spec) || !validRange(spec)) return `has an invalid version specifier '${spec}'`;
    }
  }
  if (semicolon.marker !== undefined) {
    const problem = checkMarker(semicolon.marker);
    if (problem) return `has an invalid environment marker: ${problem}`;
  }
  return undefined;
}

function splitMarker(text: string): { head: string; marker?: string } {
  // A `;` inside a URL without following whitespace belongs to the URL; otherwise it starts the marker.
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ';') {
      const head = text.slice(0, i);
      if (head.includes('@') && !/\s$/.test(head) && !/\s/.test(text[i + 1] ?? '')) continue;
      return { head, marker: text.slice(i + 1) };
    }
  }
  return { head: text };
}

/** A recursive-descent check of the marker grammar: or/and of comparisons, parentheses. */
export function checkMarker(marker: string): string | undefined {
  const tokens: string[] = [];
  const pattern = /\s*(\(|\)|"[^"]*"|'[^']*'|===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b|and\b|or\b|[A-Za-z_][A-Za-z0-9_.]*)/y;
  let index = 0;
  const text = marker.trim();
  while (index < text.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) return `unexpected text at '${text.slice(index)}'`;
    tokens.push((match[1] ?? '').replace(/\s+/g, ' '));
    index = pattern.lastIndex;
    while (text[index] === ' ') index++;
  }
  if (tokens.length === 0) return 'empty marker';
  let position = 0;
  const peek = () => tokens[position];
  const value = (): string | undefined => {
    const token = peek();
    if (token === undefined) return 'expected a variable or a string';
    if (/^["']/.test(token) || MARKER_VARIABLES.has(token)) {
      position++;
      return undefined;
    }
    return `unknown marker variable '${token}'`;
  };
  const expression = (): string | undefined => {
    const term = (): string | undefined => {
      const atom = (): string | undefined => {
        if (peek() === '(') {
          position++;
          const inner = expression();
          if (inner) return inner;
          if (peek() !== ')') return "missing ')'";
          position++;
          return undefined;
        }
        const left = value();
        if (left) return left;
        const op = peek();
        if (op === undefined || !MARKER_OPS.includes(op)) return `expected a comparison operator after the variable, got '${op ?? 'end'}'`;
        position++;
        return value();
      };
      let problem = atom();
      while (!problem && peek() === 'and') {
        position++;
        problem = atom();
      }
      return problem;
    };
    let problem = term();
    while (!problem && peek() === 'or') {
      position++;
      problem = term();
    }
    return problem;
  };
  const problem = expression();
  if (problem) return problem;
  if (position < tokens.length) return `unexpected '${tokens[position]}'`;
  return undefined;
}

/** `Requires-Python`: a comma-separated PEP 440 specifier set. */
export function checkSpecifierSet(text: string): string | undefined {
  for (const clause of text.split(',')) {
    const spec = clause.trim();
    if (!/^(===|==|!=|<=|>=|~=|<|>)\s*\S+$/.test(spec) || !validRange(spec)) return `'${spec}' is not a PEP 440 version specifier`;
  }
  return undefined;
}
