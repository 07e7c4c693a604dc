import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5496:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(7282);
const utils = __nccwpck_require__(365);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 1225:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 4695:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(1225);
const utils = __nccwpck_require__(365);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 7282:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(843);
const parse = __nccwpck_require__(4695);
const utils = __nccwpck_require__(365);
const constants = __nccwpck_require__(1225);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 843:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(365);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(1225);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 365:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(1225);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 1603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(5519)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5733)
const { safeRe: re, t } = __nccwpck_require__(3191)

const parseOptions = __nccwpck_require__(7308)
const { compareIdentifiers } = __nccwpck_require__(9916)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1817:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(1603)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 1988:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1817)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 5733:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 5519:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 9916:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 7308:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 3191:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5733)
const debug = __nccwpck_require__(5519)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 1283:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2242);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ main_run)
});

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=6ae3d40069f1a6869629317f4d108d60728319f3adf0b287ab6c302a9e4b2003/node_modules/@actions/core/lib/core.js + 3 modules
var core = __nccwpck_require__(7149);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=6ae3d40069f1a6869629317f4d108d60728319f3adf0b287ab6c302a9e4b2003/node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+github@9.1.1_patch_hash=9df6c66da9720e83851f4a04566ec77e54b2c6ce37af12da4a720f74d39f91f5/node_modules/@actions/github/lib/context.js


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,external_fs_.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,external_fs_.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_os_.EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}
//# sourceMappingURL=context.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+github@9.1.1_patch_hash=9df6c66da9720e83851f4a04566ec77e54b2c6ce37af12da4a720f74d39f91f5/node_modules/@actions/github/lib/github.js


const context = new Context();
/**
 * Returns a hydrated octokit ready to use for GitHub Actions
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokit(token, options, ...additionalPlugins) {
    const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
    return new GitHubWithPlugins(getOctokitOptions(token, options));
}
//# sourceMappingURL=github.js.map
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __nccwpck_require__(2662);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/log/workflow-commands.ts
/**
 * Text from outside (a server's message, a file name, project metadata, a test's output) must never be
 * read by the GitHub runner as a workflow command. The runner takes a line as a command when, after
 * leading white space, it starts with `::`; it reads stdout and stderr alike, and .NET's line reader also
 * ends a line at a lone CR (NEL and the Unicode separators are counted too, to be safe). A block with such
 * a line is wrapped in the runner's `::stop-commands::<token>` … `::<token>::`, with a fresh token the text
 * does not hold, so the runner prints it verbatim. Off the runner the two extra lines are harmless.
 */

const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/;
const COMMAND_LINE = /^\s*::/;
/** Whether any line of `text` would be read by the runner as a workflow command. */
function startsWorkflowCommand(text) {
    return text.split(LINE_BREAK).some((line) => COMMAND_LINE.test(line));
}
/** The lines to print for `text` (no trailing newline): the text itself, or the text inside stop-commands. */
function guardWorkflowCommands(text, newline = '\n') {
    if (!startsWorkflowCommand(text))
        return text;
    let token;
    do
        token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    while (text.includes(token));
    return `::stop-commands::${token}${newline}${text}${newline}::${token}::`;
}
/** `guardWorkflowCommands` for a chunk that ends with a newline (a terminal write): the newline stays last. */
function guardChunk(chunk) {
    if (!startsWorkflowCommand(chunk))
        return chunk;
    const body = chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
    return `${guardWorkflowCommands(body)}${chunk.endsWith('\n') ? '\n' : ''}`;
}

;// CONCATENATED MODULE: ./packages/action-io/src/index.ts
/**
 * The action adapters' side of the runner, on @actions/core and @actions/github: what the toolkit does not
 * do for us. Options come through the per-action contract readers (`@wheelwright/core/contract`) over the
 * runner's inputs; errors are rendered once, in the runner's words; text that comes from outside (servers,
 * archives, project metadata) is printed so that no line of it can be read as a workflow command; env and
 * output names are checked before they reach the runner's files.
 *
 * @actions/core is bundled side-effect-free (patches/@actions__core*.patch marks it so): the HTTP stack it
 * carries for OIDC is bundled only where `idTokenFor` is used, and loaded only when it is called.
 */






// The toolkit's own calls, for adapters that need nothing more (release-report).


/** The runner's inputs as a contract source: INPUT_<NAME>, named `input 'name'` in messages. */
const runnerInputs = {
    // Untrimmed: the reader trims, except where the bytes matter (a key file's trailing newline).
    get: (name) => (0,core/* getInput */.V4)(name, { trimWhitespace: false }),
    label: (name) => `input '${name}'`,
};
/** Where the step runs, from the runner's variables and the event context. */
function runnerContext() {
    const env = process.env;
    return {
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        tempDir: env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(),
        env,
        ref: context.ref ?? '',
        ...(env.RUNNER_OS ? { os: env.RUNNER_OS } : {}),
        ...(env.RUNNER_TOOL_CACHE ? { toolCache: env.RUNNER_TOOL_CACHE } : {}),
        // The JUnit XML and the freeze outlive the step (outputs); the runner empties RUNNER_TEMP after the job.
        ...(env.RUNNER_TEMP ? { resultsDir: env.RUNNER_TEMP } : {}),
        // Step debug logging keeps the work folder (venv, downloads) and says where.
        keepTemp: env.RUNNER_DEBUG === '1',
    };
}
/** Masks every secret a contract reader found, before anything else can print it. */
function maskAll(secrets) {
    for (const secret of secrets)
        if (secret !== '')
            (0,core/* setSecret */.Pq)(secret);
}
// The runner's rule for a variable name in GITHUB_ENV (a shell-safe identifier); an output name may
// also hold hyphens (as action.yml output names do).
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Sets a variable for later steps; a name the runner would not take as one name is refused. */
function exportVariable(name, value) {
    if (!ENV_NAME.test(name)) {
        throw new InputError(`refusing to export '${escapeControlCharacters(name)}': not a variable name ([A-Za-z_][A-Za-z0-9_]*)`);
    }
    runnerExportVariable(name, value);
}
/** Sets the step's outputs; names are ours, checked anyway so no value can ever become a name. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (!OUTPUT_NAME.test(name))
            throw new Error(`output name ${JSON.stringify(name)} is not a valid output name`);
        (0,core/* setOutput */.uH)(name, value);
    }
}
/** Appends markdown to the job summary (no summary file: nothing to do, as off the runner). */
async function appendSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await summary.addRaw(markdown).write();
}
/**
 * Prints text that may come from outside (a server's message, a file name, project metadata) as plain
 * log text: when any line of it could start a workflow command, the block is wrapped in the runner's
 * `::stop-commands::<token>` … `::<token>::`, with a fresh token the text does not contain.
 */
function printUntrusted(text) {
    (0,core/* info */.pq)(guardWorkflowCommands(text, external_node_os_namespaceObject.EOL));
}
/** Core's logger on the runner: info as untrusted text, warnings as annotations, groups as log groups. */
const actionLogger = {
    info: printUntrusted,
    // Annotation and debug messages are escaped by the toolkit (%0A), so they are one line each.
    debug: (message) => (0,core/* debug */.Yz)(message),
    warning: (message, where) => (0,core/* warning */.$e)(message, {
        ...(where?.file ? { file: where.file } : {}),
        ...(where?.line ? { startLine: where.line } : {}),
    }),
    group: (title, fn) => (0,core/* group */.Os)(title, fn),
};
/** An error annotation with the toolkit's full properties (title, file, lines, columns). */
function annotateError(message, properties = {}) {
    (0,core/* error */.z3)(message, properties);
}
/**
 * The one place an action fails: runs the body, turns any error into one `::error::` annotation plus its
 * hint, sends stacks to the debug log, and fails the step.
 */
async function runAction(body) {
    try {
        await body();
    }
    catch (caught) {
        const { message, hint, bug } = (0,errors/* describeError */.Uc)(caught);
        (0,core/* setFailed */.C1)(message);
        if (hint)
            printUntrusted(`hint: ${hint}`);
        if (bug && caught instanceof Error && caught.stack)
            (0,core/* debug */.Yz)(caught.stack);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/action-io/src/tool-cache.ts




/**
 * `python: '3.12'` on the runner: the interpreter actions/setup-python put in the tool cache
 * (`$RUNNER_TOOL_CACHE/Python/<version>/<arch>/bin/python3`, finished when `<arch>.complete` is beside it),
 * the newest that matches, found by @actions/tool-cache's own lookup. A path or a command is left for core
 * to resolve; a version the cache does not hold is the `python` input's mistake, said in one line. The
 * tool-cache package (and the HTTP stack it carries) is loaded only for a version-shaped value.
 */
async function toolCachePython(python, label = "input 'python'") {
    if (!/^\d+(\.\d+){0,2}$/.test(python))
        return python;
    const cache = process.env.RUNNER_TOOL_CACHE;
    const { find, findAllVersions } = await __nccwpck_require__.e(/* import() */ 514).then(__nccwpck_require__.bind(__nccwpck_require__, 2514));
    const dir = cache ? find('Python', python, process.arch) : '';
    if (!dir) {
        const held = cache ? findAllVersions('Python', process.arch) : [];
        throw new errors/* InputError */.dz(`${label} is '${python}', but the runner's tool cache ${cache ? `(${(0,external_node_path_.join)(cache, 'Python')}) holds ${held.length > 0 ? `only ${held.join(', ')}` : 'no Python'}` : 'is not set (RUNNER_TOOL_CACHE)'}`, { hint: 'run actions/setup-python with that version first, or give the interpreter as a path or command (python3.12)' });
    }
    const candidates = process.platform === 'win32' ? [(0,external_node_path_.join)(dir, 'python.exe')] : [(0,external_node_path_.join)(dir, 'bin', 'python3'), (0,external_node_path_.join)(dir, 'bin', 'python')];
    const found = candidates.find((candidate) => (0,external_node_fs_.existsSync)(candidate)) ?? candidates[0] ?? dir;
    (0,core/* debug */.Yz)(`python ${python}: ${found} from the tool cache`);
    return found;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/distribution/printable-name.ts
var printable_name = __nccwpck_require__(8970);
;// CONCATENATED MODULE: ./packages/core/src/distribution/finding.ts

/**
 * The one-line text of a finding: `file: RULE message (paths…)`. Member names and metadata values come
 * from the archive: the rules quote names holding control characters (printableName), and any control
 * character left is escaped here, so a finding is always exactly one line.
 */
function formatFinding(finding, maxPaths = 5) {
    const paths = finding.paths ?? [];
    const shown = paths.slice(0, maxPaths).join(', ');
    const more = paths.length > maxPaths ? ` and ${paths.length - maxPaths} more` : '';
    return (0,printable_name/* escapeControlCharacters */.F7)(`${finding.file}: ${finding.rule} ${finding.message}${paths.length ? `: ${shown}${more}` : ''}`);
}

// EXTERNAL MODULE: ./packages/core/src/distribution/version-bridge.ts
var version_bridge = __nccwpck_require__(4101);
// EXTERNAL MODULE: ./packages/core/src/distribution/sha256-file.ts
var sha256_file = __nccwpck_require__(3815);
// EXTERNAL MODULE: ./packages/core/src/process/index.ts + 1 modules
var src_process = __nccwpck_require__(6894);
;// CONCATENATED MODULE: ./packages/core/src/log/index.ts
const silentLogger = {
    info() { },
    warning() { },
    debug() { },
    group: (_title, fn) => fn(),
};
/** Collects messages; for tests and for summaries that quote what happened. */
class MemoryLogger {
    lines = [];
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    warning(message) {
        this.lines.push({ level: 'warning', message });
    }
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    async group(title, fn) {
        this.lines.push({ level: 'info', message: title });
        return fn();
    }
}



;// CONCATENATED MODULE: ./packages/core/src/venv/virtualenv.ts
/**
 * Fresh virtualenvs and the installer that fills them. A venv is created without system site-packages
 * and, with pip, without pip itself: the base interpreter's pip installs into it through `pip --python`
 * (pip ≥ 22.3), which saves the 2-3 s ensurepip spends copying pip into every new environment.
 * Older base pips get a venv with its own pip. uv creates and fills the venv itself (`uv venv`, `uv pip`).
 */





function venvInterpreter(dir) {
    return process.platform === 'win32' ? (0,external_node_path_.join)(dir, 'Scripts', 'python.exe') : (0,external_node_path_.join)(dir, 'bin', 'python');
}
/** A console script of the venv (`bin/pytest`, `Scripts\\pytest.exe`). */
function venvScript(venv, name) {
    return process.platform === 'win32' ? join(venv.dir, 'Scripts', `${name}.exe`) : join(venv.dir, 'bin', name);
}
const PIP_PYTHON_OPTION = [22, 3];
function atLeast(version, minimum) {
    const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
    return major > minimum[0] || (major === minimum[0] && minor >= minimum[1]);
}
/** pip's version and runner, read by importing pip's package only (≈40 ms, vs ≈450 ms for `pip --version`). */
async function probePip(command, env) {
    try {
        const { stdout } = await (0,src_process/* run */.e)(command, [
            '-c',
            'import os, pip\nprint(pip.__version__)\nr = os.path.join(os.path.dirname(pip.__file__), "__pip-runner__.py")\nprint(r if os.path.isfile(r) else "")',
        ], { env, timeoutMs: 60_000, label: 'python -c "import pip"' });
        const [version = '', runner = ''] = stdout
            .trim()
            .split(/\r?\n/)
            .map((line) => line.trim());
        return version ? { version, runner: runner || undefined } : undefined;
    }
    catch {
        return undefined;
    }
}
async function createVirtualenv(options) {
    const { base, dir, installer, env } = options;
    const logger = options.logger ?? silentLogger;
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    if (installer === 'uv') {
        const version = await (0,src_process/* run */.e)('uv', ['--version'], {
            env,
            timeoutMs: 30_000,
            label: 'uv --version',
            missingHint: "install uv (astral-sh/setup-uv) or use installer 'pip'",
        });
        await (0,src_process/* run */.e)('uv', ['venv', '--no-config', '--quiet', '--python', base.executable || base.command, dir], {
            env,
            timeoutMs: 120_000,
            label: 'uv venv',
        });
        return {
            dir,
            python: venvInterpreter(dir),
            base,
            installer,
            pipMode: undefined,
            pipRunner: undefined,
            env,
            installerVersion: version.stdout.trim(),
        };
    }
    const pip = await probePip(base.command, env);
    const outer = pip !== undefined && atLeast(pip.version, PIP_PYTHON_OPTION);
    logger.debug(`venv: ${outer ? `base pip ${pip?.version} installs into it` : 'seeding pip into the venv'}`);
    try {
        await (0,src_process/* run */.e)(base.command, ['-m', 'venv', ...(outer ? ['--without-pip'] : []), dir], { env, timeoutMs: 180_000, label: 'python -m venv' });
    }
    catch (error) {
        throw new errors/* WheelwrightError */.LJ('python', `cannot create a virtualenv with ${base.command} (Python ${base.version}) in ${dir}`, {
            hint: "the interpreter needs its venv module (Debian/Ubuntu: apt install python3-venv); or use installer 'uv'",
            cause: error,
        });
    }
    if (outer) {
        return {
            dir,
            python: venvInterpreter(dir),
            base,
            installer,
            pipMode: 'outer',
            pipRunner: pip?.runner,
            env,
            installerVersion: `pip ${pip?.version}`,
        };
    }
    const inner = await probePip(venvInterpreter(dir), env);
    if (inner === undefined) {
        throw new errors/* WheelwrightError */.LJ('python', `the virtualenv in ${dir} has no pip and ${base.command} has no pip ≥ 22.3 to install into it`, {
            hint: "install pip for the interpreter (python -m ensurepip) or use installer 'uv'",
        });
    }
    return {
        dir,
        python: venvInterpreter(dir),
        base,
        installer,
        pipMode: 'inner',
        pipRunner: undefined,
        env,
        installerVersion: `pip ${inner.version}`,
    };
}
/** The command line of one pip (or uv pip) subcommand aimed at the venv. */
function installerCommand(venv, subcommand, args) {
    if (venv.installer === 'uv')
        return ['uv', ['pip', subcommand, '--no-config', '--python', venv.python, ...args]];
    // --isolated: pip ignores PIP_* variables and the user's pip.conf (the env already drops both).
    const common = ['--isolated', '--disable-pip-version-check', '--no-input'];
    if (venv.pipMode === 'outer' && venv.pipRunner)
        return [venv.python, [venv.pipRunner, subcommand, ...common, ...args]];
    if (venv.pipMode === 'outer')
        return [venv.base.command, ['-m', 'pip', '--python', venv.python, subcommand, ...common, ...args]];
    return [venv.python, ['-m', 'pip', subcommand, ...common, ...args]];
}
function dependencySourceArgs(installer, sources) {
    const args = [];
    const [first, ...rest] = sources.indexUrls;
    if (first === undefined)
        args.push('--no-index');
    else
        args.push('--index-url', first, ...rest.flatMap((url) => ['--extra-index-url', url]));
    for (const link of sources.findLinks)
        args.push('--find-links', link);
    if (sources.pre)
        args.push(...(installer === 'uv' ? ['--prerelease', 'allow'] : ['--pre']));
    return args;
}
/** The lines of pip's/uv's output that explain a failed install (its resolver error), as one line. */
function installerErrorLines(output) {
    const lines = output.split(/\r?\n/).map((line) => line.trimEnd());
    const start = lines.findIndex((line) => /^(ERROR:|error:|\s*×|\s*╰─▶)/.test(line));
    const picked = (start < 0 ? lines.slice(-5) : lines.slice(start))
        .map((line) => line.trim())
        .filter((line) => line !== '' && !/^(hint:|note: This error originates|\[notice\])/i.test(line));
    const text = picked.join(' ');
    return text.length > 900 ? `${text.slice(0, 900)}…` : text;
}
async function installIntoVirtualenv(venv, request) {
    const args = [
        ...(venv.installer === 'pip' ? ['--no-compile', '--progress-bar', 'off'] : []),
        ...dependencySourceArgs(venv.installer, request.sources),
        ...(request.requirementFiles ?? []).flatMap((file) => ['-r', file]),
        ...(request.groups ?? []).flatMap((group) => ['--group', group]),
        ...request.requirements,
    ];
    const [command, argv] = installerCommand(venv, 'install', args);
    try {
        await run(command, argv, {
            env: venv.env,
            timeoutMs: 20 * 60_000,
            label: `${venv.installer} install`,
            ...(request.onOutput ? { onStdout: request.onOutput, onStderr: request.onOutput } : {}),
        });
    }
    catch (error) {
        if (!(error instanceof ProcessError) || error.exitCode === null)
            throw error;
        throw new WheelwrightError('python', `${venv.installer} could not install ${request.what}: ${installerErrorLines(error.stderr)}`, {
            hint: 'a dependency is missing from the dependency indexes (extra-index-url, find-links) or the requirements conflict; the full log is above',
            cause: error,
        });
    }
}
// What `pip freeze --all` prints for index-installed distributions (`Name==version`, sorted by name, case
// folded), read with importlib.metadata in the venv's isolated interpreter (-I: no PYTHONPATH, no cwd).
// pip's own freeze costs a pip start (≈1 s through --python) for the same list.
const FREEZE = (/* unused pure expression or super */ null && (`import importlib.metadata as m
seen = {}
for d in m.distributions():
    name = d.metadata["Name"]
    if name and name.lower() not in seen:
        seen[name.lower()] = "%s==%s" % (name, d.version)
print("\\n".join(v for k, v in sorted(seen.items())))`));
/** The installed distributions of the venv, one `name==version` a line (`uv pip freeze` with uv). */
async function freezeVirtualenv(venv) {
    if (venv.installer === 'uv') {
        const [command, argv] = installerCommand(venv, 'freeze', []);
        return (await run(command, argv, { env: venv.env, timeoutMs: 120_000, label: 'uv pip freeze' })).stdout;
    }
    const { stdout } = await run(venv.python, ['-I', '-c', FREEZE], { env: venv.env, timeoutMs: 120_000, label: 'python freeze' });
    return stdout;
}
/** `auto`: uv when it runs from PATH (faster resolves and installs), else pip. */
async function resolveInstaller(requested, env = process.env) {
    if (requested !== 'auto')
        return requested;
    try {
        await run('uv', ['--version'], { env, timeoutMs: 30_000, label: 'uv --version' });
        return 'uv';
    }
    catch {
        return 'pip';
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __nccwpck_require__(2640);
;// CONCATENATED MODULE: ./packages/core/src/docs/docs-zip.ts
/**
 * The docs zip: the HTML a Sphinx build produced, `index.html` at its root — what devpi's documentation
 * upload takes (`devpi upload --with-docs` sends `<name>-<version>.doc.zip`) and what the embedded file
 * store unpacks under a release. Written reproducibly (sorted members, one timestamp, fixed modes), and
 * read back as hostile input: a zip from a store or an artifact may hold `..`, absolute paths, symlinks,
 * or a bomb, and none of it may leave its folder or fill the disk.
 */







/** `<name>-<version>.doc.zip`, the name devpi-client gives a docs archive (name as in wheel filenames). */
function docsZipName(project, version) {
    return `${(0,project_name/* escapeName */.L$)(project)}-${version}.doc.zip`;
}
/** Every regular file under `dir`, as forward-slash paths relative to it, sorted (symlinks are not followed). */
async function listTree(dir, prefix = '') {
    const files = [];
    for (const entry of (await (0,promises_.readdir)((0,external_node_path_.join)(dir, prefix), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            files.push(...(await listTree(dir, path)));
        else if (entry.isFile())
            files.push(path);
    }
    return files;
}
/** Zips the HTML tree `htmlDir` into `zipPath`; `epoch` (seconds) is every member's time (SOURCE_DATE_EPOCH). */
async function writeDocsZip(htmlDir, zipPath, epoch) {
    const { ZipFile } = await __nccwpck_require__.e(/* import() */ 980).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3980, 19));
    // Build bookkeeping, not documentation: Sphinx's .buildinfo holds a config hash, .doctrees pickles.
    const files = (await listTree(htmlDir)).filter((path) => !/^(\.buildinfo|\.doctrees\/)/.test(path));
    if (!files.includes('index.html'))
        throw new errors/* WheelwrightError */.LJ('build', `the docs build wrote no index.html into ${htmlDir}`, {
            hint: "the docs' root document must be index (Sphinx's root_doc)",
        });
    // Zip times are DOS times from 1980 on; an earlier epoch is clamped.
    const mtime = new Date(Math.max(epoch ?? 315532800, 315532800) * 1000);
    const zip = new ZipFile();
    for (const path of files)
        zip.addFile((0,external_node_path_.join)(htmlDir, path), path, { mtime, mode: 0o100644, compress: true });
    zip.end();
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(zipPath), { recursive: true });
    await (0,external_node_stream_promises_.pipeline)(zip.outputStream, (0,external_node_fs_.createWriteStream)(zipPath));
    return files.length;
}
/**
 * Why a member name cannot be written under a folder, or undefined when it can: the rules of Python's
 * tarfile "data" filter, for zips — no absolute path, drive or UNC name, no `..` part, no backslash (a
 * Windows separator in a zip name is a trick), no control character, no empty part.
 */
function unsafeMemberReason(name) {
    if (name === '')
        return 'an empty name';
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'a control character';
    if (name.includes('\\'))
        return 'a backslash';
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
        return 'an absolute path';
    const parts = name.replace(/\/$/, '').split('/');
    if (parts.some((part) => part === '..'))
        return "a '..' part";
    if (parts.some((part) => part === '' || part === '.'))
        return 'an empty or "." part';
    return undefined;
}
/**
 * Unpacks a docs zip into `target` (which must not exist yet), refusing the whole archive on the first
 * unsafe member: nothing is half-written, `target` is removed on any failure.
 */
async function unpackDocsZip(zipPath, target, limits = {}) {
    const maxFiles = limits.maxFiles ?? 20_000;
    const maxBytes = limits.maxBytes ?? 200 * 1024 * 1024;
    const root = resolve(target);
    let files = 0;
    let bytes = 0;
    let index = false;
    const refuse = (message) => new WheelwrightError('store', `docs archive ${zipPath.split(/[\\/]/).pop()} refused: ${message}`, {
        hint: 'the docs zip is built by build-wheel; rebuild it rather than editing it',
    });
    await mkdir(root, { recursive: false });
    try {
        await walkArchive(zipPath, async (entry) => {
            const reason = unsafeMemberReason(entry.path);
            if (reason)
                throw refuse(`member ${JSON.stringify(entry.path)} has ${reason}`);
            if (entry.type === 'directory')
                return false;
            if (entry.type !== 'file')
                throw refuse(`member ${JSON.stringify(entry.path)} is a ${entry.type}, not a file`);
            files += 1;
            bytes += entry.size;
            if (files > maxFiles)
                throw refuse(`more than ${maxFiles} members`);
            if (bytes > maxBytes)
                throw refuse(`more than ${maxBytes} bytes unpacked`);
            const destination = resolve(root, ...entry.path.split('/'));
            if (!destination.startsWith(root + sep))
                throw refuse(`member ${JSON.stringify(entry.path)} leaves the folder`);
            if (entry.path === 'index.html')
                index = true;
            if (await lstat(destination).catch(() => undefined))
                throw refuse(`member ${JSON.stringify(entry.path)} is stored twice`);
            await mkdir(dirname(destination), { recursive: true });
            // A member written twice (or a file where a folder was) is refused by 'wx' instead of followed.
            let written = 0;
            const stream = await entry.open();
            stream.on('data', (chunk) => {
                written += chunk.length;
                // The declared size is the cap: a member that inflates beyond it is a lie (a zip bomb).
                if (written > entry.size)
                    stream.destroy(refuse(`member ${JSON.stringify(entry.path)} inflates past its declared size`));
            });
            await pipeline(stream, createWriteStream(destination, { flags: 'wx', mode: 0o644 }));
            return false;
        });
        if (!index)
            throw refuse('it has no index.html at its root');
        // Nothing but regular files and folders may be left behind (a race with another writer is refused too).
        for (const path of await listTree(root)) {
            const stat = await lstat(join(root, path));
            if (!stat.isFile() || relative(root, join(root, path)).startsWith('..'))
                throw refuse(`${path} is not a regular file`);
        }
        return files;
    }
    catch (error) {
        await rm(root, { recursive: true, force: true });
        if (error instanceof WheelwrightError)
            throw error;
        throw refuse(error instanceof Error ? error.message : String(error));
    }
}
/** Posix-style path of `path` inside `root` for links, or undefined when it is outside. */
function linkPath(root, path) {
    const rel = relative(root, path);
    if (rel.startsWith('..') || rel === '')
        return undefined;
    return rel.split(sep).join(posix.sep);
}

;// CONCATENATED MODULE: ./packages/core/src/docs/sphinx-build.ts
/**
 * The project's Sphinx docs, built with the release: against the package **as installed from the built
 * wheel** (a fresh venv with the wheel, its dependencies and Sphinx), so API pages document what users
 * get, and a module missing from the wheel is a failed docs build instead of a page generated from the
 * checkout. The docs source is read from a copy of the project without the package's import roots
 * (a conf.py that puts `../src` on sys.path then finds nothing there), with `python -I` (no cwd, no
 * PYTHONPATH). The environment (venv + Sphinx) is prepared while the wheel builds; the wheel goes in
 * once it exists.
 */








const CONFIG = 'conf.py';
function parseDocsMode(value, input = 'docs') {
    const mode = (value ?? '').trim().toLowerCase() || 'auto';
    if (mode !== 'auto' && mode !== 'true' && mode !== 'false')
        throw new errors/* InputError */.dz(`input '${input}' must be auto, true or false, got '${value}'`, {
            hint: 'auto builds the Sphinx docs when the docs folder has a conf.py',
        });
    return mode;
}
function parseDocsFailure(value, input = 'docs-failure') {
    const failure = (value ?? '').trim().toLowerCase() || 'error';
    if (failure !== 'error' && failure !== 'warning')
        throw new errors/* InputError */.dz(`input '${input}' must be error or warning, got '${value}'`, {
            hint: 'warning records a failed docs build in the manifest and the summary without failing the build',
        });
    return failure;
}
/** The docs folder to build, or undefined when there is nothing to build; throws when `true` finds none. */
function findDocsSource(projectDir, options) {
    const mode = options.mode ?? 'auto';
    if (mode === 'false')
        return undefined;
    const given = (options.path ?? '').trim() || 'docs';
    if ((0,external_node_path_.isAbsolute)(given) || given.split(/[\\/]/).includes('..'))
        throw new errors/* InputError */.dz(`input 'docs-path' '${given}' must be a folder inside the project`, { hint: 'e.g. docs or doc/source' });
    const dir = (0,external_node_path_.resolve)(projectDir, given);
    const config = (0,external_node_path_.join)(dir, CONFIG);
    if ((0,external_node_fs_.existsSync)(config) && (0,external_node_fs_.statSync)(config).isFile())
        return dir;
    // action.yml's default is `docs`, so only another folder is an explicit choice that must hold conf.py.
    if (mode === 'true' || given !== 'docs')
        throw new errors/* InputError */.dz(`input 'docs-path' '${given}' has no ${CONFIG} (looked for ${config})`, {
            hint: 'point docs-path at the Sphinx source folder, or set docs: false (auto skips projects without docs)',
        });
    return undefined;
}
// Never copied into the docs' source copy: VCS data, environments, caches and build output.
const SKIPPED = new Set([
    '.git',
    '.hg',
    '.tox',
    '.nox',
    '.venv',
    'venv',
    'node_modules',
    '__pycache__',
    '.wheelwright',
    '_build',
    'build',
    'dist',
]);
/** Where pip gets Sphinx and the dependencies: the index given, else pip's own configuration (like the build). */
function pipEnv(base, indexUrl) {
    const env = { ...base, PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1', PYTHONNOUSERSITE: '1' };
    delete env.PYTHONPATH;
    delete env.VIRTUAL_ENV;
    if (indexUrl)
        env.PIP_INDEX_URL = indexUrl;
    return env;
}
async function pipInstall(venv, args, env, what) {
    const common = ['install', '--no-compile', '--progress-bar', 'off', '--disable-pip-version-check', ...args];
    const [command, argv] = venv.pipMode === 'outer'
        ? [venv.base.command, ['-m', 'pip', '--python', venv.python, ...common]]
        : [venv.python, ['-m', 'pip', ...common]];
    try {
        await (0,src_process/* run */.e)(command, argv, { env, timeoutMs: 20 * 60_000, label: `pip install (${what})` });
    }
    catch (error) {
        if (!(error instanceof errors/* ProcessError */.yI) || error.exitCode === null)
            throw error;
        throw new errors/* WheelwrightError */.LJ('build', `docs: pip could not install ${what}: ${installerErrorLines(error.stderr)}`, {
            hint: 'Sphinx, the extensions in docs/requirements.txt and the package dependencies come from index-url (or pip configuration)',
            cause: error,
        });
    }
}
/**
 * Starts the docs environment now (venv + Sphinx + docs/requirements.txt) and returns the function that,
 * given the built wheel, finishes the docs into a zip. Failures surface from `finish`.
 */
function startDocsBuild(request) {
    const started = Date.now();
    const env = pipEnv(request.env, request.indexUrl);
    const requirements = (0,external_node_path_.join)(request.docsDir, 'requirements.txt');
    const environment = (async () => {
        const base = await request.python;
        const venv = await createVirtualenv({ base, dir: (0,external_node_path_.join)(request.workDir, 'venv'), installer: 'pip', env, logger: request.logger });
        const reqs = (0,external_node_fs_.existsSync)(requirements) ? ['-r', requirements] : ['sphinx'];
        await pipInstall(venv, reqs, env, (0,external_node_fs_.existsSync)(requirements) ? (0,external_node_path_.relative)(request.projectDir, requirements) : 'sphinx');
        return venv;
    })();
    environment.catch(() => undefined);
    const finish = async (wheel, project, version) => {
        const venv = await environment;
        await pipInstall(venv, [wheel], env, (0,external_node_path_.basename)(wheel));
        const sphinx = (await (0,src_process/* run */.e)(venv.python, ['-I', '-c', 'import sphinx; print(sphinx.__version__)'], {
            env,
            timeoutMs: 60_000,
            label: 'sphinx --version',
        }).catch(() => {
            throw new errors/* WheelwrightError */.LJ('build', `docs: Sphinx is not importable in the docs environment after installing ${(0,external_node_path_.relative)(request.projectDir, requirements)}`, {
                hint: 'list sphinx in the docs requirements',
            });
        })).stdout.trim();
        const source = await copyWithoutPackage(request.projectDir, (0,external_node_path_.join)(request.workDir, 'source'), wheel, request.docsDir);
        const html = (0,external_node_path_.join)(request.workDir, 'html');
        const warningsFile = (0,external_node_path_.join)(request.workDir, 'warnings.txt');
        const sphinxEnv = { ...env, PYTHONHASHSEED: '0' };
        if (request.sourceDateEpoch)
            sphinxEnv.SOURCE_DATE_EPOCH = request.sourceDateEpoch;
        const docsSource = (0,external_node_path_.join)(source, (0,external_node_path_.relative)(request.projectDir, request.docsDir));
        let output = '';
        try {
            await (0,src_process/* run */.e)(venv.python, ['-I', '-m', 'sphinx', '-b', 'html', '-q', '-E', '-d', (0,external_node_path_.join)(request.workDir, 'doctrees'), '-w', warningsFile, docsSource, html], { env: sphinxEnv, cwd: docsSource, timeoutMs: 20 * 60_000, label: 'sphinx-build', onStderr: (chunk) => (output += chunk) });
        }
        catch (error) {
            const lines = output.split(/\r?\n/).filter((line) => line.trim() !== '');
            const last = lines
                .filter((line) => /error|exception/i.test(line))
                .slice(-3)
                .join(' ') || lines.slice(-3).join(' ');
            throw new errors/* WheelwrightError */.LJ('build', `docs: sphinx-build failed for ${(0,external_node_path_.relative)(request.projectDir, request.docsDir) || '.'}: ${last.slice(0, 600) || 'no output'}`, {
                hint: 'fix the docs (the full Sphinx output is in the log), or set docs-failure: warning to release without them',
                cause: error,
            });
        }
        // Sphinx writes a warning over several lines (an import failure carries its traceback): one block each.
        const blocks = [];
        for (const line of (await (0,promises_.readFile)(warningsFile, 'utf8').catch(() => '')).split(/\r?\n/)) {
            if (/WARNING|ERROR/.test(line))
                blocks.push([line.replaceAll(source + external_node_path_.sep, '').trim()]);
            else if (line.trim() !== '')
                blocks.at(-1)?.push(line.trim());
        }
        const warnings = blocks.map((block) => block[0] ?? '');
        // autodoc could not import a module: the docs would silently lack its API, and it means the wheel
        // does not hold what the docs document.
        const imports = blocks.filter((block) => /(autodoc|autosummary): failed to import|No module named/.test(block[0] ?? ''));
        if (imports[0]) {
            const cause = imports[0].filter((line) => /^\w*(Error|Exception):/.test(line)).at(-1);
            throw new errors/* WheelwrightError */.LJ('build', `docs: the package as installed from ${(0,external_node_path_.basename)(wheel)} does not import as the docs need: ${imports[0][0]}${cause ? ` ${cause}` : ''}`, {
                hint: 'the wheel lacks a module the docs document (check the package list of the build backend), or a dependency is not declared',
            });
        }
        const zipPath = (0,external_node_path_.join)(request.workDir, docsZipName(project, version));
        const epoch = request.sourceDateEpoch ? Number(request.sourceDateEpoch) : undefined;
        await writeDocsZip(html, zipPath, epoch);
        const { sha256, size } = await (0,sha256_file/* sha256File */.Q)(zipPath);
        return {
            record: {
                status: 'built',
                builder: 'sphinx',
                filename: (0,external_node_path_.basename)(zipPath),
                size,
                sha256,
                sphinx,
                warnings: warnings.length,
                ms: Date.now() - started,
            },
            zipPath,
            warnings: warnings.slice(0, 20),
        };
    };
    return {
        finish,
        settle: () => environment.then(() => undefined, () => undefined),
    };
}
/** The project copied for the docs build, minus the packages the wheel provides. */
async function copyWithoutPackage(projectDir, target, wheel, docsDir) {
    await (0,promises_.mkdir)(target, { recursive: true });
    await (0,promises_.cp)(projectDir, target, {
        recursive: true,
        verbatimSymlinks: true,
        filter: (path) => {
            const name = (0,external_node_path_.basename)(path);
            return path === projectDir || !(SKIPPED.has(name) || name.endsWith('.egg-info'));
        },
    });
    const docsTop = (0,external_node_path_.relative)(projectDir, docsDir).split(external_node_path_.sep)[0];
    for (const name of await wheelTopLevel(wheel)) {
        if (name === docsTop)
            continue;
        for (const base of [target, (0,external_node_path_.join)(target, 'src')])
            for (const candidate of [(0,external_node_path_.join)(base, name), (0,external_node_path_.join)(base, `${name}.py`)])
                await (0,promises_.rm)(candidate, { recursive: true, force: true });
    }
    return target;
}
/** The import roots a wheel installs (`pkg` for `pkg/__init__.py`, `mod` for `mod.py`), not its metadata. */
async function wheelTopLevel(wheel) {
    const { walkArchive } = await Promise.all(/* import() */[__nccwpck_require__.e(954), __nccwpck_require__.e(217)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9217));
    const names = new Set();
    await walkArchive(wheel, (entry) => {
        const first = entry.path.split('/')[0] ?? '';
        if (first && !/\.(dist-info|data)$/.test(first) && !/[\\:]/.test(first) && first !== '..' && first !== '.')
            names.add(first.replace(/\.(py|pyi|so|pyd)$/, ''));
        return false;
    });
    return [...names];
}

;// CONCATENATED MODULE: ./packages/core/src/docs/release-docs.ts
/**
 * The one entry build-wheel calls: find the docs (before anything starts, so a wrong input fails first),
 * prepare their environment while the wheel builds, finish them from the wheel, and apply the failure
 * policy — `error` fails the build, `warning` records the failure in the manifest and the summary.
 */



/** Resolves the docs folder now (inputs checked up front); undefined when there are no docs to build. */
function locateReleaseDocs(projectDir, options) {
    return findDocsSource(projectDir, options);
}
function startReleaseDocs(args) {
    const started = Date.now();
    const build = startDocsBuild({
        projectDir: args.projectDir,
        docsDir: args.docsDir,
        python: args.python,
        workDir: (0,external_node_path_.join)(args.work, 'docs'),
        env: args.env,
        ...(args.options.indexUrl ? { indexUrl: args.options.indexUrl } : {}),
        ...(args.sourceDateEpoch ? { sourceDateEpoch: args.sourceDateEpoch } : {}),
        logger: args.logger,
    });
    let running = Promise.resolve();
    return {
        source: args.docsDir,
        async finish(wheel, project, version) {
            if (!wheel) {
                args.logger.warning('docs: not built, because no wheel was built (the docs are built against the installed wheel)');
                return undefined;
            }
            const attempt = args.logger.group(`sphinx-build (${args.docsDir})`, () => build.finish(wheel, project, version));
            running = attempt.catch(() => undefined);
            try {
                const outcome = await attempt;
                args.logger.info(`docs: built ${outcome.record.filename} with Sphinx ${outcome.record.sphinx} in ${(outcome.record.ms / 1000).toFixed(1)} s` +
                    `${outcome.record.warnings ? `, ${outcome.record.warnings} warnings` : ''}`);
                for (const warning of outcome.warnings)
                    args.logger.warning(`docs: ${warning}`);
                return outcome;
            }
            catch (error) {
                if ((args.options.onFailure ?? 'error') === 'error')
                    throw error;
                const message = error instanceof errors/* WheelwrightError */.LJ ? error.message : String(error);
                args.logger.warning(`${message} (docs-failure: warning, so the release goes on without docs)`);
                return { record: { status: 'failed', builder: 'sphinx', ms: Date.now() - started, error: message }, warnings: [] };
            }
        },
        async settle() {
            await build.settle();
            await running;
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/manifest/index.ts
/**
 * The release manifest: the JSON contract between the actions (see DESIGN.md). build-wheel writes it;
 * publish, clean-env-test and promote read it and append what they did. Written atomically.
 */


async function readManifest(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch {
        throw new InputError(`manifest '${path}' does not exist`, {
            hint: "pass the manifest output of build-wheel (or publish) as 'manifest'",
        });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new ConfigError(`manifest '${path}' is not valid JSON`, { hint: 'it is written by build-wheel; do not edit it by hand' });
    }
    const manifest = data;
    if (manifest.schema !== 1 ||
        typeof manifest.name !== 'string' ||
        typeof manifest.version !== 'string' ||
        !Array.isArray(manifest.files)) {
        throw new ConfigError(`manifest '${path}' is not a Wheelwright release manifest (schema 1 with name, version, files)`);
    }
    // Every entry binds a filename to its size and sha256; later steps trust nothing else about the file.
    for (const [index, file] of manifest.files.entries()) {
        const entry = file;
        const valid = typeof entry === 'object' &&
            entry !== null &&
            typeof entry.filename === 'string' &&
            typeof entry.sha256 === 'string' &&
            /^[0-9a-fA-F]{64}$/.test(entry.sha256) &&
            Number.isSafeInteger(entry.size) &&
            entry.size >= 0 &&
            (entry.path === undefined || typeof entry.path === 'string');
        if (!valid) {
            throw new ConfigError(`manifest '${path}': files[${index}] is not an entry with filename, size and sha256`, {
                hint: 'it is written by build-wheel; do not edit it by hand',
            });
        }
    }
    return { stores: [], tests: [], promotions: [], kind: 'final', ...manifest };
}
/** Writes to a temporary file and renames it over the target, so a reader never sees half a manifest. */
async function writeManifest(path, manifest) {
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
    await (0,promises_.rename)(temporary, path);
}
/**
 * The test runs of the test legs' copies of a manifest (one per Python version of a matrix), merged into
 * it: each leg recorded its run in its own copy. A copy of another release is an error; a run already
 * there (same Python, OS, index and time) is not added twice.
 */
function mergeTestRuns(manifest, legs) {
    const tests = [...manifest.tests];
    const key = (run) => `${run.python} ${run.os} ${run.index} ${run.at}`;
    for (const leg of legs) {
        if (leg.manifest.name !== manifest.name || leg.manifest.version !== manifest.version)
            throw new ConfigError(`test results ${leg.path} are of ${leg.manifest.name} ${leg.manifest.version}, not ${manifest.name} ${manifest.version}`, { hint: 'pass only the manifests the test jobs of this release wrote' });
        for (const run of leg.manifest.tests)
            if (!tests.some((known) => key(known) === key(run)))
                tests.push(run);
    }
    return { ...manifest, tests };
}
/** True when at least one recorded test run of this release passed and none failed. */
function testsPassed(manifest) {
    return manifest.tests.length > 0 && manifest.tests.every((run) => run.failed === 0 && run.errors === 0 && run.passed > 0);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./packages/core/src/pyproject/index.ts
/**
 * pyproject.toml, read once with a real TOML parser (smol-toml). Every module that needs the project's
 * settings (build-system, [project], [tool.setuptools_scm], [tool.wheelwright]) goes through here.
 */
// fs.promises is a lazy getter: importing node:fs/promises instead would load the FileHandle machinery
// (~1 ms) at the start of every bundle that reads pyproject.toml, used or not.




/** Reads `<dir>/pyproject.toml`; undefined when the file does not exist, ConfigError when it is broken. */
async function readPyproject(dir) {
    const path = (0,external_node_path_.join)(dir, 'pyproject.toml');
    let text;
    try {
        text = await external_node_fs_.promises.readFile(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    return parsePyproject(text, path);
}
/**
 * The synchronous twin of readPyproject, for start-up paths (pep440-version) where the promise-based
 * FileHandle machinery costs more than the read itself.
 */
function readPyprojectSync(dir) {
    const path = join(dir, 'pyproject.toml');
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    return parsePyproject(text, path);
}
/** Parses pyproject.toml text; ConfigError naming `path` when it is broken. */
function parsePyproject(text, path) {
    try {
        return { path, data: parse(text) };
    }
    catch (error) {
        const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new errors/* ConfigError */.xL(`${path} is not valid TOML${where}: ${reason}`, {
            hint: "fix the syntax; `python -c \"import tomllib; tomllib.load(open('pyproject.toml','rb'))\"` shows the same error",
        });
    }
}
/** A nested table (`tool.setuptools_scm`), or undefined; ConfigError when the key holds a non-table. */
function table(root, dottedKey, source = 'pyproject.toml') {
    let current = root;
    for (const key of dottedKey.split('.')) {
        if (current === undefined)
            return undefined;
        if (typeof current !== 'object' || current === null || Array.isArray(current)) {
            throw new errors/* ConfigError */.xL(`${source}: [${dottedKey}] must be a table`);
        }
        current = current[key];
    }
    if (current === undefined)
        return undefined;
    if (typeof current !== 'object' || current === null || Array.isArray(current))
        throw new errors/* ConfigError */.xL(`${source}: [${dottedKey}] must be a table`);
    return current;
}
/** A string setting, or undefined; ConfigError naming the key when it has another type. */
function stringSetting(tableValue, key, where) {
    const value = tableValue?.[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string')
        throw new ConfigError(`${where}: '${key}' must be a string, got ${JSON.stringify(value)}`);
    return value;
}

;// CONCATENATED MODULE: ./packages/core/src/python/index.ts




/**
 * The Python launcher form `py -3.11` (Windows' py.exe, or the python-launcher on Unix): a program and its
 * version switch, which must be spawned as two arguments, never as one program name.
 */
function launcherSpec(requested) {
    const match = /^(py(?:\.exe)?)\s+(-\d+(?:\.\d+)?(?:-(?:32|64))?)$/i.exec(requested.trim());
    return match?.[1] && match[2] ? { program: match[1], args: [match[2]] } : undefined;
}
/**
 * How to start the interpreter a `python` setting names: the launcher form (`py -3.11`) as the program
 * `py` with its version switch, anything else (a name on PATH, a path, spaces and all) as one program; a
 * relative path is resolved against `cwd`; empty: the platform's default name. Every spawn of a `python`
 * setting goes through here, so a setting is never split on spaces nor run as a command line.
 */
function pythonSpawn(python, cwd) {
    const launcher = launcherSpec(python);
    if (launcher)
        return launcher;
    const requested = python.trim() === '' ? undefined : python;
    const [candidate = 'python3'] = candidatesFor(requested);
    return { program: commandFor(candidate, requested, cwd), args: [] };
}
function candidatesFor(requested) {
    return requested ? [requested] : process.platform === 'win32' ? ['python', 'python3'] : ['python3', 'python'];
}
function commandFor(candidate, requested, cwd) {
    return requested && /[\\/]/.test(candidate) && !(0,external_node_path_.isAbsolute)(candidate) ? (0,external_node_path_.resolve)(cwd ?? '.', candidate) : candidate;
}
function isExecutableFile(path) {
    try {
        if (!(0,external_node_fs_.statSync)(path).isFile())
            return false;
        if (process.platform !== 'win32')
            (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The command resolvePython settles on, found without starting an interpreter (so a build can start at
 * once and probe the version beside it): the requested one as given (a relative path resolved against
 * `cwd`), else the first of python3/python on PATH. Undefined when no default candidate is on PATH.
 */
function findPythonCommand(requested, cwd, env = process.env) {
    // A launcher form has no single command: resolvePython finds the interpreter it selects.
    if (requested && launcherSpec(requested))
        return undefined;
    if (requested)
        return commandFor(requested, requested, cwd);
    const dirs = (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean);
    const suffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
    for (const candidate of candidatesFor(undefined)) {
        if (dirs.some((dir) => suffixes.some((suffix) => isExecutableFile((0,external_node_path_.join)(dir, `${candidate}${suffix}`)))))
            return candidate;
    }
    return undefined;
}
const PROBE = 'import sys, platform; print(platform.python_version()); print(sys.executable)';
/**
 * Resolves the interpreter a step should use: the given one, else `python3` then `python` from PATH
 * (where actions/setup-python puts its interpreter; Windows has only `python`).
 */
async function resolvePython(requested, cwd) {
    let lastError;
    const launcher = requested ? launcherSpec(requested) : undefined;
    if (launcher) {
        try {
            const probe = await (0,src_process/* run */.e)(launcher.program, [...launcher.args, '-c', PROBE], { timeoutMs: 30_000, label: `${requested} --version` });
            const [version = '', executable = ''] = probe.stdout.trim().split(/\r?\n/);
            // Every later spawn uses the interpreter the launcher chose, by its path.
            if (executable.trim())
                return { command: executable.trim(), version: version.trim(), executable: executable.trim() };
        }
        catch (error) {
            lastError = error;
        }
    }
    for (const candidate of launcher ? [] : candidatesFor(requested)) {
        const command = commandFor(candidate, requested, cwd);
        try {
            const probe = await (0,src_process/* run */.e)(command, ['-c', PROBE], {
                timeoutMs: 30_000,
                label: `${command} --version`,
            });
            const [version = '', executable = ''] = probe.stdout.trim().split(/\r?\n/);
            return { command, version: version.trim(), executable: executable.trim() };
        }
        catch (error) {
            lastError = error;
        }
    }
    throw new errors/* WheelwrightError */.LJ('python', requested
        ? `python interpreter '${requested}' was not found or does not run`
        : 'no Python interpreter found on PATH (tried python3, python)', {
        hint: 'install Python (on GitHub: actions/setup-python) or set the python input to an interpreter path',
        options: [{ name: 'python' }],
        cause: lastError,
    });
}

// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/.pnpm/fdir@6.5.0_picomatch@4.0.7/node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(5496);
;// CONCATENATED MODULE: ./node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_.posix.relative(cwd, p) || ".";
	return (p) => external_path_.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_.posix.relative(escapedCwd, result) : external_path_.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


;// CONCATENATED MODULE: ./packages/core/src/scm/git-process.ts
/**
 * The one way core runs git (runGitIn), how setuptools_scm runs it (environment, default describe
 * command), and the early start of that describe. Kept apart from the rest of scm/ with nothing but the
 * process runner behind it, so that any module can run git without loading the schemes, and
 * pep440-version can start `git describe` before its bundle evaluates anything else (the describe then
 * runs on another core while the TOML parser, the schemes and the runner protocol load).
 */



// setuptools_scm: _run_cmd.no_git_env keeps only these GIT_* variables (a GIT_DIR from a hook must not leak).
const KEPT_GIT_VARIABLES = new Set([
    'GIT_CEILING_DIRECTORIES',
    'GIT_EXEC_PATH',
    'GIT_SSH',
    'GIT_SSH_COMMAND',
    'GIT_AUTHOR_DATE',
    'GIT_COMMITTER_DATE',
]);
function gitEnvironment(env) {
    const clean = {};
    for (const [key, value] of Object.entries(env)) {
        if (key.startsWith('GIT_') && !KEPT_GIT_VARIABLES.has(key))
            continue;
        clean[key] = value;
    }
    // setuptools_scm runs git with LC_ALL=C.UTF-8 so messages are not translated.
    clean.LC_ALL = 'C.UTF-8';
    return clean;
}
/** setuptools_scm: DEFAULT_DESCRIBE / make_describe_command. */
function describeCommand(matchGlob) {
    return ['git', 'describe', '--dirty', '--tags', '--long', '--abbrev=40', '--match', matchGlob];
}
/** setuptools_scm: TagConfiguration.describe_match_glob. */
function describeMatchGlob(prefix, strict) {
    return `${prefix}${strict ? '*[0-9]*.*[0-9]*' : '*[0-9]*'}`;
}
/** Runs `git <args>` in `cwd`: an argument array, a time-out, stderr captured, a hint when git is missing. */
function runGitIn(cwd, args, options = {}) {
    return (0,src_process/* run */.e)('git', options.gitDir === undefined ? args : ['--git-dir', options.gitDir, ...args], {
        cwd,
        env: options.env ?? process.env,
        okCodes: options.okCodes ?? [0],
        timeoutMs: options.timeoutMs ?? 60_000,
        label: `git ${args.find((arg, i) => !arg.startsWith('-') && args[i - 1] !== '-c') ?? args[0]}`,
        missingHint: 'install git and put it on PATH',
    });
}
/** `git --git-dir <root>/.git <args>` in `root`, as setuptools_scm runs it; `env` is already gitEnvironment()'s. */
function runGit(root, env, args, okCodes = [0], timeoutMs = 40_000) {
    return runGitIn(root, args, { gitDir: (0,external_node_path_.join)(root, '.git'), env, okCodes, timeoutMs });
}
/** The exit codes of a describe that found nothing (no tag, no commit): an answer, not a failure. */
const DESCRIBE_OK_CODES = [0, 1, 128];
/** A prefetched describe is for the computation that starts right after it; older ones are not trusted. */
const PREFETCH_LIFETIME_MS = 10_000;
const prefetched = new Map();
/** The key holds everything the answer depends on besides the repository's state: root, command, git's environment. */
function prefetchKey(root, command, env) {
    const gitVariables = Object.entries(env)
        .filter(([key]) => key.startsWith('GIT_') || key === 'HOME' || key === 'XDG_CONFIG_HOME')
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, value]) => `${key}=${value}`);
    return [root, ...command, ...gitVariables].join('\0');
}
/**
 * Starts setuptools_scm's default `git describe` for `root` now, so the child runs on another core while
 * the caller loads and reads everything else (the action calls this before evaluating its other modules).
 * takePrefetched hands it to GitWorkdir.describe when the configuration asks for that same command, in
 * that same root; otherwise it is never awaited. `env` must be the environment the later describe would use.
 */
function prefetchDescribe(root, env = process.env) {
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, '.git')))
        return;
    const command = describeCommand(describeMatchGlob('', undefined));
    const gitEnv = gitEnvironment(env);
    const key = prefetchKey(root, command, gitEnv);
    // The action starts one before its bundle loads and computeVersion asks again: one process for both.
    // An older one may predate a commit or a tag, so it is replaced.
    const early = prefetched.get(key);
    if (early && Date.now() - early.started <= PREFETCH_LIFETIME_MS)
        return;
    const promise = runGit(root, gitEnv, command.slice(1), DESCRIBE_OK_CODES);
    prefetched.set(key, { root, started: Date.now(), promise });
    promise.catch(() => undefined);
}
/**
 * The describe prefetchDescribe started for this root, command and environment, once; undefined when there
 * is none or it is older than a computation that follows it at once.
 */
function takePrefetched(root, command, env) {
    const key = prefetchKey(root, command, env);
    const early = prefetched.get(key);
    if (!early)
        return undefined;
    prefetched.delete(key);
    return Date.now() - early.started <= PREFETCH_LIFETIME_MS ? early.promise : undefined;
}
/** Forgets every describe started for `root` (the computation that asked for them has finished). */
function discardPrefetched(root) {
    for (const [key, entry] of prefetched)
        if (entry.root === root)
            prefetched.delete(key);
}

// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts
var pep440 = __nccwpck_require__(5282);
;// CONCATENATED MODULE: ./packages/core/src/scm/tag.ts
/**
 * Tags to versions as setuptools_scm reads them (vcs_versioning/_scm_version.py: _parse_version_tag,
 * tag_to_version; _config.py: DEFAULT_TAG_REGEX, _check_tag_regex).
 */


/** setuptools_scm's DEFAULT_TAG_REGEX, in Python syntax (as users write tag_regex). */
const DEFAULT_TAG_REGEX = String.raw `^(?:[\w-]+-)?(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$`;
// Python's `\w` and `\d` on str are Unicode-aware; JavaScript's are ASCII even with the `u` flag. On an
// ASCII tag both mean the ASCII classes, and Unicode property classes are slow to compile (measured ~3 ms
// each at start-up), so the Unicode translation is compiled only for tags that need it.
const PY_CLASSES = {
    unicode: {
        w: ['\\p{L}\\p{N}_', '[\\p{L}\\p{N}_]'],
        W: ['', '[^\\p{L}\\p{N}_]'],
        d: ['\\p{Nd}', '\\p{Nd}'],
        D: ['', '\\P{Nd}'],
    },
    ascii: {
        w: ['A-Za-z0-9_', '[A-Za-z0-9_]'],
        W: ['', '[^A-Za-z0-9_]'],
        d: ['0-9', '[0-9]'],
        D: ['', '[^0-9]'],
    },
};
/** Translates the common Python `re` syntax to a JavaScript RegExp source (named groups, classes, \A \Z). */
function pythonToJavaScript(source, mode) {
    let out = '';
    let inClass = false;
    let groups = 0;
    const names = [];
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\') {
            const next = source[i + 1] ?? '';
            i++;
            const py = PY_CLASSES[mode][next];
            if (py && (!inClass || py[0] !== ''))
                out += inClass ? py[0] : py[1];
            else if (next === 'A' && !inClass)
                out += '^';
            else if (next === 'Z' && !inClass)
                out += '$';
            else if (/[A-Za-z0-9^$\\.*+?()[\]{}|/]/.test(next) || (inClass && next === '-'))
                out += `\\${next}`;
            // Python allows escaping any punctuation; in a `u` pattern only syntax characters may be escaped.
            else
                out += next;
            continue;
        }
        if (inClass) {
            if (char === ']')
                inClass = false;
            out += char;
            continue;
        }
        if (char === '[') {
            inClass = true;
            out += char;
            if (source[i + 1] === '^')
                out += source[++i];
            if (source[i + 1] === ']')
                out += `\\${source[++i]}`;
            continue;
        }
        if (char === '(') {
            // Capturing groups: plain `(` and named `(?P<name>` / `(?<name>` (not lookbehind `(?<=`/`(?<!`).
            const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(source.slice(i));
            if (named) {
                groups++;
                names.push(named[1]);
                out += `(?<${named[1]}>`;
                i += named[0].length - 1;
                continue;
            }
            if (source[i + 1] !== '?')
                groups++;
        }
        if (source.startsWith('(?P=', i)) {
            const end = source.indexOf(')', i);
            out += `\\k<${source.slice(i + 4, end)}>`;
            i = end;
            continue;
        }
        out += char;
    }
    return { source: out, groups, named: names };
}
/** Compiles a tag_regex; an InputError naming `what` when it is invalid or lacks a version group. */
function compileTagRegex(source, what = 'tag_regex') {
    const text = source === undefined || source === '' ? DEFAULT_TAG_REGEX : source;
    let flags = 'duy';
    let body = text;
    // Leading inline flags, e.g. (?i).
    const inline = /^\(\?([aiLmsux]+)\)/.exec(body);
    if (inline) {
        body = body.slice(inline[0].length);
        if (inline[1]?.includes('i'))
            flags += 'i';
        if (inline[1]?.includes('m'))
            flags += 'm';
        if (inline[1]?.includes('s'))
            flags += 's';
    }
    const compile = (mode) => {
        const translated = pythonToJavaScript(body, mode);
        try {
            return { regex: new RegExp(translated.source, flags), ...translated };
        }
        catch (error) {
            throw new errors/* WheelwrightError */.LJ('input', `${what} '${text}' is not a valid regular expression: ${error.message}`, {
                hint: "use a regular expression with a group named 'version', e.g. ^v?(?P<version>\\d+(?:\\.\\d+)*)$",
            });
        }
    };
    const ascii = compile('ascii');
    if (ascii.groups === 0 || (ascii.groups > 1 && !ascii.named.includes('version'))) {
        throw new errors/* WheelwrightError */.LJ('input', `${what} '${text}' must contain a single group or a group named 'version' (setuptools_scm: "Expected tag_regex ... to contain a single match group")`, { hint: 'wrap the version part in (?P<version>...)' });
    }
    // A pattern with non-ASCII characters could match ASCII text differently under Unicode rules.
    const asciiSafe = /^[\x00-\x7f]*$/.test(body);
    let unicode;
    return {
        source: text,
        key: ascii.groups === 1 ? 1 : 'version',
        regexFor(tag) {
            if (asciiSafe && /^[\x00-\x7f]*$/.test(tag))
                return ascii.regex;
            unicode ??= compile('unicode').regex;
            return unicode;
        },
    };
}
/** setuptools_scm: _parse_version_tag → (version, prefix, suffix); undefined when the regex does not match. */
function matchTag(tag, pattern, prefix = '') {
    const text = prefix !== '' && tag.startsWith(prefix) ? tag.slice(prefix.length) : tag;
    // Python's re.match anchors at the start only: the sticky flag does the same.
    const regex = pattern.regexFor(text);
    regex.lastIndex = 0;
    const match = regex.exec(text);
    if (!match)
        return undefined;
    const version = pattern.key === 1 ? match[1] : match.groups?.version;
    if (!version) {
        throw new errors/* WheelwrightError */.LJ('config', `the tag_regex "${pattern.source}" matched tag "${tag}", however the matched group has no value`, {
            hint: 'make the version group match the version part of the tag',
        });
    }
    const span = pattern.key === 1 ? match.indices?.[1] : match.indices?.groups?.version;
    const end = span?.[1] ?? match.index + match[0].length;
    return { version, suffix: match[0].slice(end - match.index) };
}
/** setuptools_scm: tag_to_version + meta(): a tag that is not a version fails the whole computation. */
function tagToVersion(tag, pattern, prefix = '') {
    const found = matchTag(tag, pattern, prefix);
    const failure = () => new errors/* WheelwrightError */.LJ('version', `can't parse a version from tag '${tag}' (tag_regex=${pattern.source}, tag prefix='${prefix}')`, {
        hint: 'setuptools_scm fails on this tag too: delete or move the tag, or set tag-regex / [tool.setuptools_scm] tag.prefix so it is skipped',
    });
    if (!found)
        throw failure();
    const version = (0,pep440/* tryParseVersion */.z0)(found.version);
    if (!version)
        throw failure();
    if (found.suffix === '')
        return { versionText: found.version, version, warning: undefined };
    const withSuffix = (0,pep440/* tryParseVersion */.z0)(found.version + found.suffix);
    if (withSuffix)
        return { versionText: found.version, version: withSuffix, warning: undefined, suffixKept: found.suffix };
    return {
        versionText: found.version,
        version,
        warning: `tag '${tag}' will be stripped of its suffix '${found.suffix}'`,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/version/python-regex.ts
/**
 * Python `re` patterns as the version tools' users write them (dunamai's `pattern`, pdm-backend's
 * `tag_regex`, poetry-dynamic-versioning's `from-file.pattern`), compiled to JavaScript: leading inline
 * flags (`(?x)`, `(?i)`, …), verbose mode, `(?#…)` comments, then the shared translation of named groups
 * and character classes.
 */


/** Verbose mode: whitespace and `#…` comments outside classes are not part of the pattern. */
function stripVerbose(source) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\') {
            out += char + (source[i + 1] ?? '');
            i++;
            continue;
        }
        if (inClass) {
            if (char === ']')
                inClass = false;
            out += char;
            continue;
        }
        if (char === '[') {
            inClass = true;
            out += char;
            continue;
        }
        if (/\s/.test(char))
            continue;
        if (char === '#') {
            while (i < source.length && source[i] !== '\n')
                i++;
            continue;
        }
        out += char;
    }
    return out;
}
/** `(?#…)` comments, outside classes. */
function stripComments(source) {
    return source.replace(/\(\?#[^)]*\)/g, '');
}
/**
 * Compiles a Python pattern; a ConfigError naming `what` when JavaScript cannot express it. `flags` are
 * added to the translation (`y` for re.match, nothing for re.search, `m` for re.MULTILINE).
 */
function compilePythonRegex(source, what, flags = '') {
    let body = stripComments(source);
    let allFlags = `du${flags}`;
    for (;;) {
        const inline = /^\s*\(\?([aiLmsux]+)\)/.exec(body);
        if (!inline)
            break;
        body = body.slice(inline[0].length);
        const letters = inline[1];
        if (letters.includes('x'))
            body = stripVerbose(body);
        for (const letter of ['i', 'm', 's'])
            if (letters.includes(letter) && !allFlags.includes(letter))
                allFlags += letter;
    }
    const compile = (mode) => {
        const translated = pythonToJavaScript(body, mode);
        try {
            return { regex: new RegExp(translated.source, allFlags), ...translated };
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`${what} '${source}' is not a regular expression Wheelwright can read: ${error.message}`, {
                hint: 'write a plain regular expression (named groups as (?P<name>...))',
            });
        }
    };
    const ascii = compile('ascii');
    const asciiSafe = /^[\x00-\x7f]*$/.test(body);
    let unicode;
    return {
        source,
        named: ascii.named,
        groups: ascii.groups,
        regexFor(text) {
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

;// CONCATENATED MODULE: ./packages/core/src/version/dunamai.ts
/**
 * The version poetry-dynamic-versioning gives a project: its `[tool.poetry-dynamic-versioning]` settings
 * read as the plugin reads them (defaults from its `_default_config`), the git facts collected with the
 * commands dunamai runs (`Version.from_git`), and the version serialized as dunamai's `Version.serialize`
 * does. Only git is supported; Jinja templates and callables (project code) are refused with the key named.
 */






/** dunamai's VERSION_SOURCE_PATTERN (Pattern.Default), verbatim: a `v`-prefixed tag. */
const DUNAMAI_DEFAULT_PATTERN = String.raw `
    (?x)                                                        (?# ignore whitespace)
    ^v((?P<epoch>\d+)!)?(?P<base>\d+(\.\d+)*)                   (?# v1.2.3 or v1!2000.1.2)
    ([-._]?((?P<stage>[a-zA-Z]+)[-._]?(?P<revision>\d+)?))?     (?# b0)
    (\+(?P<tagged_metadata>.+))?$                               (?# +linux)
`.trim();
const KNOWN_KEYS = new Set([
    'enable',
    'vcs',
    'dirty',
    'pattern',
    'pattern-prefix',
    'latest-tag',
    'highest-tag',
    'substitution',
    'files',
    'style',
    'metadata',
    'format',
    'format-jinja',
    'format-jinja-imports',
    'bump',
    'tagged-metadata',
    'full-commit',
    'tag-branch',
    'tag-dir',
    'strict',
    'fix-shallow-repository',
    'ignore-untracked',
    'commit-length',
    'commit-prefix',
    'escape-with',
    'from-file',
]);
/** Reads `[tool.poetry-dynamic-versioning]` with the plugin's defaults; refuses what cannot be computed here. */
function readDunamaiSettings(settings, where) {
    const notes = [];
    const bad = (key, expected) => new errors/* ConfigError */.xL(`${where}: ${key} must be ${expected}`);
    const bool = (key, fallback) => {
        const value = settings[key];
        if (value === undefined)
            return fallback;
        if (typeof value !== 'boolean')
            throw bad(key, 'true or false');
        return value;
    };
    const text = (key) => {
        const value = settings[key];
        if (value === undefined)
            return undefined;
        if (typeof value !== 'string')
            throw bad(key, 'a string');
        return value;
    };
    const unknown = Object.keys(settings).filter((key) => !KNOWN_KEYS.has(key));
    // The plugin's `_validate_config` reports unknown keys too (as warnings); a typo here silently changes the version.
    if (unknown.length > 0)
        notes.push(`${where}: unknown key(s) ${unknown.join(', ')} (poetry-dynamic-versioning ignores them too)`);
    const vcs = text('vcs') ?? 'any';
    if (vcs !== 'any' && vcs !== 'git')
        throw new errors/* ConfigError */.xL(`${where}: vcs = "${vcs}" is not supported: Wheelwright computes dunamai's version from git only`, {
            hint: 'set vcs = "git" (or leave it out), or pass the version with the \'pretend-version\' input',
        });
    if (settings['format-jinja'] !== undefined && settings['format-jinja'] !== '')
        throw new errors/* ConfigError */.xL(`${where}: format-jinja is a Jinja template, which Wheelwright does not evaluate`, {
            hint: 'use the plain format key (dunamai placeholders such as "{base}.post{distance}"), or pass the version with \'pretend-version\'',
        });
    if (bool('highest-tag', false))
        throw new errors/* ConfigError */.xL(`${where}: highest-tag is not supported by Wheelwright (only the nearest matching tag)`, {
            hint: "remove highest-tag, or pass the version with the 'pretend-version' input",
        });
    const style = text('style');
    if (style !== undefined && style !== 'pep440' && style !== 'semver' && style !== 'pvp')
        throw bad('style', 'one of pep440, semver, pvp');
    const metadata = settings.metadata;
    if (metadata !== undefined && typeof metadata !== 'boolean')
        throw bad('metadata', 'true or false');
    const rawBump = settings.bump;
    let bump = { enable: false, index: -1 };
    if (typeof rawBump === 'boolean')
        bump = { enable: rawBump, index: -1 };
    else if (rawBump && typeof rawBump === 'object' && !Array.isArray(rawBump)) {
        const table = rawBump;
        const enable = table.enable ?? false;
        const index = table.index ?? -1;
        if (typeof enable !== 'boolean' || typeof index !== 'number' || !Number.isInteger(index))
            throw bad('bump', 'true/false or a table { enable = true, index = -1 }');
        bump = { enable, index };
    }
    else if (rawBump !== undefined)
        throw bad('bump', 'true/false or a table { enable = true, index = -1 }');
    const commitLength = settings['commit-length'];
    if (commitLength !== undefined && (typeof commitLength !== 'number' || !Number.isInteger(commitLength) || commitLength < 1))
        throw bad('commit-length', 'a positive whole number');
    let fromFile;
    const fromTable = settings['from-file'];
    if (fromTable && typeof fromTable === 'object' && !Array.isArray(fromTable)) {
        const source = fromTable.source;
        const pattern = fromTable.pattern;
        if (source !== undefined && typeof source !== 'string')
            throw bad('from-file.source', 'a path');
        if (pattern !== undefined && typeof pattern !== 'string')
            throw bad('from-file.pattern', 'a regular expression');
        if (typeof source === 'string')
            fromFile = { source, pattern: pattern };
    }
    // [substitution] is applied by the plugin's backend (given the version) or, in plugin mode, by build-wheel's
    // staged copy; [files] (initial-content, persistent-substitution) only by the plugin itself.
    if (settings.files !== undefined)
        notes.push(`${where}: the files table (initial-content, persistent-substitution) is applied only by the plugin's own backend`);
    if (settings['tag-dir'] !== undefined)
        notes.push(`${where}: tag-dir is for Subversion only and has no effect on git`);
    return {
        where,
        pattern: text('pattern') ?? 'default',
        patternPrefix: text('pattern-prefix') || undefined,
        latestTag: bool('latest-tag', false),
        style: style,
        metadata: metadata,
        dirty: bool('dirty', false),
        taggedMetadata: bool('tagged-metadata', false),
        format: text('format') || undefined,
        bump,
        strict: bool('strict', false),
        tagBranch: text('tag-branch') || undefined,
        fullCommit: bool('full-commit', false),
        commitLength: commitLength,
        commitPrefix: text('commit-prefix'),
        escapeWith: text('escape-with'),
        ignoreUntracked: bool('ignore-untracked', false),
        fixShallowRepository: bool('fix-shallow-repository', false),
        fromFile,
        notes,
    };
}
/** dunamai: Pattern.parse — a pattern with a `base` group is used as is, else it names a preset. */
function dunamaiPattern(pattern, prefix, where) {
    let source;
    if (pattern.includes('?P<base>'))
        source = pattern;
    else if (pattern === 'default')
        source = DUNAMAI_DEFAULT_PATTERN;
    else if (pattern === 'default-unprefixed')
        source = DUNAMAI_DEFAULT_PATTERN.replace('^v', '^v?');
    else
        throw new errors/* ConfigError */.xL(`${where}: pattern '${pattern}' has no (?P<base>...) group and is not a preset (default, default-unprefixed)`, {
            hint: 'write a regular expression with a group named base, e.g. ^v(?P<base>\\d+\\.\\d+\\.\\d+)$',
        });
    // dunamai: the prefix goes after the first `^` of the pattern.
    if (prefix)
        source = source.replace('^', `^${prefix}`);
    return compilePythonRegex(source, `${where}: pattern`);
}
/** dunamai: _match_version_pattern (re.search over the tags, newest first). */
function matchVersionPattern(pattern, tags, latestTag, strict, where) {
    const relevant = latestTag ? tags.slice(0, 1) : tags;
    let found = null;
    let base;
    let tag = '';
    for (const source of relevant) {
        found = pattern.regexFor(source).exec(source);
        tag = source;
        if (found === null)
            continue;
        if (!pattern.named.includes('base'))
            throw new errors/* ConfigError */.xL(`${where}: the pattern does not include the required group 'base'`, {
                hint: 'name the version part (?P<base>...)',
            });
        base = found.groups?.base;
        if (base !== undefined)
            break;
    }
    if (found === null || base === undefined) {
        if (latestTag && tags.length > 0)
            throw new errors/* WheelwrightError */.LJ('version', `the pattern did not match the latest tag '${tags[0]}' (latest-tag = true in ${where})`, {
                hint: 'tag the release so the pattern matches it, or set latest-tag = false',
            });
        if (strict)
            throw new errors/* WheelwrightError */.LJ('version', `the pattern did not match any tag (strict = true in ${where})`, {
                hint: 'tag a release (e.g. v0.1.0), or set strict = false to fall back to 0.0.0',
            });
        return undefined;
    }
    const groups = found.groups ?? {};
    const number = (value, what) => {
        if (value === undefined)
            return undefined;
        if (!/^\d+$/.test(value))
            throw new errors/* WheelwrightError */.LJ('version', `${what} '${value}' in tag '${tag}' is not a valid number`);
        return Number(value);
    };
    const stage = groups.stage;
    return {
        tag,
        base,
        stage,
        revision: stage === undefined ? undefined : number(groups.revision, 'Revision'),
        taggedMetadata: groups.tagged_metadata,
        epoch: number(groups.epoch, 'Epoch'),
    };
}
/** dunamai: bump_version (Python indexing; a positive index zeroes the parts after it). */
function bumpVersion(base, index = -1, increment = 1) {
    const parts = base.split('.').map((part) => {
        if (!/^\s*[+-]?\d+\s*$/.test(part))
            throw new errors/* WheelwrightError */.LJ('version', `cannot bump '${base}': '${part}' is not a number`);
        return Number(part);
    });
    const at = index < 0 ? parts.length + index : index;
    if (at < 0 || at >= parts.length)
        throw new errors/* WheelwrightError */.LJ('version', `cannot bump '${base}' at index ${index}: it has ${parts.length} parts`);
    parts[at] = parts[at] + increment;
    const limit = index < 0 ? 0 : parts.length;
    for (let i = index + 1; i < limit; i++)
        parts[i < 0 ? parts.length + i : i] = 0;
    return parts.join('.');
}
/** dunamai: Version.bump(index, smart=True) — nothing at distance 0. */
function smartBump(version, index) {
    if (version.distance === 0)
        return version;
    const bumped = { ...version, smartBumped: true };
    if (bumped.stage === undefined)
        bumped.base = bumpVersion(bumped.base, index);
    else
        bumped.revision = bumped.revision === undefined ? 2 : bumped.revision + 1;
    return bumped;
}
const VALID = {
    pep440: {
        name: 'PEP 440',
        regex: /^(\d+!)?\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?(\+([a-zA-Z0-9]|[a-zA-Z0-9]{2}|[a-zA-Z0-9][a-zA-Z0-9.]+[a-zA-Z0-9]))?$/,
    },
    semver: {
        name: 'Semantic Versioning',
        regex: /^\d+\.\d+\.\d+(-[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*)?(\+[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*)?$/,
    },
    pvp: { name: 'PVP', regex: /^\d+(\.\d+)*(-[a-zA-Z0-9]+)*$/ },
};
/** dunamai: check_version. */
function checkDunamaiVersion(version, style, where) {
    const rule = VALID[style];
    const semverLeadingZero = style === 'semver' && version.split('+')[0].split(/[.-]/).some((part) => /^0[0-9]+$/.test(part));
    if (!rule.regex.test(version) || semverLeadingZero)
        throw new errors/* WheelwrightError */.LJ('version', `dunamai's version '${version}' does not conform to the ${rule.name} style (${where})`, {
            hint: 'the build would fail the same way: change the format/style, or the tag',
        });
}
const PEP440_STAGES = { alpha: 'a', beta: 'b', c: 'rc', pre: 'rc', preview: 'rc' };
/** dunamai: serialize_pep440. */
function serializePep440(parts) {
    let out = parts.epoch !== undefined ? `${parts.epoch}!` : '';
    out += parts.base;
    if (parts.stage !== undefined) {
        const stage = parts.stage.toLowerCase();
        // PEP 440 does not allow omitting the revision: dunamai assumes 0.
        out += `${PEP440_STAGES[stage] ?? stage}${parts.revision ?? 0}`;
    }
    if (parts.post !== undefined)
        out += `.post${parts.post}`;
    if (parts.dev !== undefined)
        out += `.dev${parts.dev}`;
    if (parts.metadata.length > 0)
        out += `+${parts.metadata.join('.')}`;
    return out;
}
/** `YYYYmmddHHMMSS` in UTC, as dunamai's `{timestamp}`. */
function timestampText(date) {
    if (date === undefined)
        return '';
    const pad = (n) => String(n).padStart(2, '0');
    return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}
/** Python's str.format for named placeholders (`{name}`, `{{`, `}}`); format specs and conversions are refused. */
function pythonFormat(template, values, where) {
    let out = '';
    for (let i = 0; i < template.length; i++) {
        const char = template[i];
        if ((char === '{' || char === '}') && template[i + 1] === char) {
            out += char;
            i++;
            continue;
        }
        if (char === '}')
            throw new errors/* ConfigError */.xL(`${where}: format '${template}' is invalid: Single '}' encountered in format string`);
        if (char !== '{') {
            out += char;
            continue;
        }
        const end = template.indexOf('}', i);
        if (end === -1)
            throw new errors/* ConfigError */.xL(`${where}: format '${template}' is invalid: Single '{' encountered in format string`);
        const field = template.slice(i + 1, end);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field))
            throw new errors/* ConfigError */.xL(`${where}: format placeholder '{${field}}' is not supported (only plain names such as {base}, {distance})`);
        if (!(field in values))
            throw new errors/* ConfigError */.xL(`${where}: format contains invalid placeholder: '${field}'`, {
                hint: 'dunamai knows base, stage, revision, distance, commit, dirty, tagged_metadata, epoch, branch, branch_escaped, timestamp, major, minor, patch',
            });
        out += String(values[field]);
        i = end;
    }
    return out;
}
/** dunamai: Version.serialize(metadata, dirty, format, style, tagged_metadata, commit_prefix, escape_with). */
function serializeDunamai(version, settings) {
    const commit = version.commit !== undefined && settings.commitPrefix !== undefined ? `${settings.commitPrefix}${version.commit}` : version.commit;
    if (settings.format !== undefined) {
        const parts = version.base.split('.');
        const out = pythonFormat(settings.format, {
            base: version.base,
            stage: version.stage ?? '',
            revision: version.revision ?? '',
            distance: version.distance,
            commit: commit ?? '',
            tagged_metadata: version.taggedMetadata ?? '',
            dirty: version.dirty ? 'dirty' : 'clean',
            epoch: version.epoch ?? '',
            branch: version.branch ?? '',
            branch_escaped: (version.branch ?? '').replace(/[^a-zA-Z0-9]/g, settings.escapeWith ?? ''),
            timestamp: timestampText(version.timestamp),
            major: parts[0] ?? '0',
            minor: parts[1] ?? '0',
            patch: parts[2] ?? '0',
        }, settings.where);
        // dunamai validates a custom format only against a style set explicitly.
        if (settings.style !== undefined)
            checkDunamaiVersion(out, settings.style, settings.where);
        return out;
    }
    const style = settings.style ?? 'pep440';
    const bumped = version.smartBumped;
    const meta = [];
    if (settings.metadata !== false) {
        if (settings.taggedMetadata && version.taggedMetadata)
            meta.push(version.taggedMetadata);
        if ((settings.metadata || version.distance > 0) && commit !== undefined)
            meta.push(commit);
        if (settings.dirty && version.dirty)
            meta.push('dirty');
    }
    const pre = [];
    if (version.stage !== undefined) {
        pre.push(version.stage);
        if (version.revision !== undefined)
            pre.push(String(version.revision));
    }
    if (version.distance > 0)
        pre.push(bumped ? 'pre' : 'post', String(version.distance));
    let out;
    if (style === 'pep440') {
        let stage = version.stage;
        let post;
        let dev;
        if (stage === 'post') {
            stage = undefined;
            post = version.revision;
        }
        else if (stage === 'dev') {
            stage = undefined;
            dev = version.revision;
        }
        if (version.distance > 0) {
            if (bumped)
                dev = dev === undefined ? version.distance : dev + version.distance;
            else if (post === undefined && dev === undefined) {
                // dunamai: without bump, a commit after the tag is a post-release of it (`1.0.post3.dev0`).
                post = version.distance;
                dev = 0;
            }
            else if (dev === undefined)
                dev = version.distance;
            else
                dev += version.distance;
        }
        out = serializePep440({ base: version.base, stage, revision: version.revision, post, dev, epoch: version.epoch, metadata: meta });
    }
    else if (style === 'semver') {
        out = version.base + (pre.length > 0 ? `-${pre.join('.')}` : '') + (meta.length > 0 ? `+${meta.join('.')}` : '');
    }
    else {
        const all = [...pre, ...meta];
        out = version.base + (all.length > 0 ? `-${all.join('-')}` : '');
    }
    checkDunamaiVersion(out, style, settings.where);
    return out;
}
/** The version poetry-dynamic-versioning serializes: bump (smart) first, then serialize. */
function pluginVersion(version, settings) {
    return serializeDunamai(settings.bump.enable ? smartBump(version, settings.bump.index) : version, settings);
}
/** `[from-file]`: the file's text (stripped), or its pattern's first group. */
function versionFromFile(projectDir, settings) {
    const from = settings.fromFile;
    if (from === undefined)
        return undefined;
    const file = (0,external_node_path_.resolve)(projectDir, from.source);
    const inside = (0,external_node_path_.relative)(projectDir, file);
    if ((0,external_node_path_.isAbsolute)(from.source) || inside.startsWith(`..${external_node_path_.sep}`) || inside === '..')
        throw new errors/* ConfigError */.xL(`${settings.where}: from-file.source '${from.source}' is outside the project folder`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* ConfigError */.xL(`${settings.where}: from-file.source '${from.source}' does not exist`);
    // A symlink in the checkout (a pull request can add one) must not read a file outside the project either.
    const real = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(projectDir), (0,external_node_fs_.realpathSync)(file));
    if (real.startsWith(`..${external_node_path_.sep}`) || real === '..' || (0,external_node_path_.isAbsolute)(real))
        throw new errors/* ConfigError */.xL(`${settings.where}: from-file.source '${from.source}' is a link to outside the project folder`);
    // A version file is a few bytes; more is not a version file.
    const content = (0,external_node_fs_.readFileSync)(file, 'utf8')
        .slice(0, 1 << 16)
        .trim();
    if (from.pattern === undefined)
        return content;
    const regex = compilePythonRegex(from.pattern, `${settings.where}: from-file.pattern`, 'm');
    const match = regex.regexFor(content).exec(content);
    if (!match)
        throw new errors/* ConfigError */.xL(`${settings.where}: file '${from.source}' did not contain a match for '${from.pattern}'`);
    if (match[1] === undefined)
        throw new errors/* ConfigError */.xL(`${settings.where}: from-file.pattern '${from.pattern}' has no group`);
    return match[1];
}
/** The plugin's overrides: POETRY_DYNAMIC_VERSIONING_OVERRIDE (`name = version, …`) for `name`, then _BYPASS. */
function pluginOverride(env, name) {
    const overrides = env.POETRY_DYNAMIC_VERSIONING_OVERRIDE;
    if (name !== undefined && overrides !== undefined) {
        for (const pair of overrides.split(',')) {
            const at = pair.indexOf('=');
            if (at === -1)
                continue;
            if (pair.slice(0, at).trim() === name)
                return { variable: 'POETRY_DYNAMIC_VERSIONING_OVERRIDE', value: pair.slice(at + 1).trim() };
        }
    }
    const bypass = env.POETRY_DYNAMIC_VERSIONING_BYPASS;
    return bypass === undefined ? undefined : { variable: 'POETRY_DYNAMIC_VERSIONING_BYPASS', value: bypass };
}
/**
 * dunamai: Version.from_git, from the project folder (git finds the repository above it): branch, HEAD,
 * its committer time, dirtiness (`describe --dirty`, then untracked files unless ignore-untracked), the
 * tags merged into tag-branch ordered by topological distance then date, the first matching the pattern,
 * and the commits since it; 0.0.0 with every commit counted when none matches.
 */
async function dunamaiFromGit(dir, settings, env) {
    const gitEnv = gitEnvironment(env);
    const git = (args, okCodes = [0]) => runGitIn(dir, args, { env: gitEnv, okCodes, timeoutMs: 60_000 });
    const status = await git(['status'], [0, 128]);
    if (status.code !== 0)
        throw new errors/* WheelwrightError */.LJ('git', `${dir} is not in a git work tree, which poetry-dynamic-versioning reads the version from`, {
            hint: "check the repository out with its history (actions/checkout with 'fetch-depth: 0'), or pass the version with 'pretend-version'",
        });
    const fullCommit = settings.fullCommit || settings.commitLength !== undefined;
    const log = ['-c', 'log.showsignature=false', 'log'];
    const [shallow, branch, head, time, describe, porcelain] = await Promise.all([
        git(['rev-parse', '--is-shallow-repository']),
        git(['symbolic-ref', '--short', 'HEAD'], [0, 1, 128]),
        git([...log, '-n', '1', '--format=format:%H %h'], [0, 128]),
        git([...log, '-n', '1', '--pretty=format:%cI'], [0, 128]),
        git(['describe', '--always', '--dirty'], [0, 128]),
        settings.ignoreUntracked ? undefined : git(['status', '--porcelain']),
    ]);
    const isShallow = shallow.stdout.trim() === 'true';
    if (settings.strict && isShallow)
        throw new errors/* WheelwrightError */.LJ('git', `${dir} is a shallow repository, so dunamai may not produce the correct version (strict = true)`, {
            hint: "check out with 'fetch-depth: 0', or set fix-shallow-repository = true",
        });
    const branchName = branch.code === 0 ? branch.stdout.trim() : undefined;
    const blank = {
        base: '0.0.0',
        stage: undefined,
        revision: undefined,
        distance: 0,
        commit: undefined,
        dirty: true,
        taggedMetadata: undefined,
        epoch: undefined,
        branch: branchName,
        timestamp: undefined,
        smartBumped: false,
    };
    const fallback = (version, headHash) => {
        if (settings.strict)
            throw new errors/* WheelwrightError */.LJ('version', `no tags available and fallbacks disabled by strict = true in ${settings.where}`, {
                hint: 'tag a release (e.g. git tag v0.1.0), or set strict = false for 0.0.0',
            });
        return { version, tag: undefined, head: headHash, shallow: isShallow };
    };
    if (head.code !== 0)
        return fallback(blank, undefined);
    const [full, short] = head.stdout.trim().split(' ');
    const commit = fullCommit ? full.slice(0, settings.commitLength) : short;
    const dirty = describe.stdout.trim().endsWith('-dirty') || (porcelain !== undefined && porcelain.stdout.trim() !== '');
    const timestamp = time.stdout.trim() === '' ? undefined : new Date(time.stdout.trim());
    const facts = { ...blank, commit, dirty, timestamp };
    const tagBranch = settings.tagBranch ?? 'HEAD';
    const countAll = async () => Number((await git(['rev-list', '--count', 'HEAD'], [0, 128])).stdout.trim()) || 0;
    const [refs, topo] = await Promise.all([
        git([
            'for-each-ref',
            'refs/tags/**',
            '--merged',
            tagBranch,
            '--format',
            '%(refname)@{%(objectname)@{%(creatordate:iso-strict)@{%(*committerdate:iso-strict)@{%(taggerdate:iso-strict)',
        ]),
        git([...log, '--simplify-by-decoration', '--topo-order', '--decorate=full', tagBranch, '--format=%H%d', '--decorate-refs=refs/tags/']),
    ]);
    if (refs.stdout.trim() === '')
        return fallback({ ...facts, distance: await countAll() }, full);
    const offsets = new Map();
    const lines = topo.stdout
        .trim()
        .split('\n')
        .filter((line) => !line.includes(' (') || line.includes('tag: '));
    lines.forEach((line, offset) => {
        const open = line.indexOf('(');
        if (open === -1)
            return;
        const inner = line.slice(open + 1, -1);
        for (const item of inner.split(', ')) {
            const trimmed = item.trim();
            if (!trimmed.startsWith('tag: '))
                continue;
            const name = trimmed.split(/\s+/).pop();
            offsets.set(name.startsWith('refs/tags/') ? name : `refs/tags/${name}`, offset);
        }
    });
    const parsed = [];
    for (const line of refs.stdout.trim().split('\n')) {
        const parts = line.split('@{');
        if (parts.length !== 5)
            continue;
        const [ref, , creator, committer, tagger] = parts;
        // dunamai: _GitRefInfo.best_date — the tagger's date, else the commit's, else the creator date.
        const best = tagger || committer || creator;
        parsed.push({ ref, date: best ? Date.parse(best) : Number.NEGATIVE_INFINITY, offset: offsets.get(ref) ?? Number.MAX_SAFE_INTEGER });
    }
    // dunamai sorts by (-offset, date) reversed: nearest first, newest first on one commit; stable otherwise.
    parsed.sort((a, b) => a.offset - b.offset || b.date - a.date);
    const tags = parsed.map((tag) => tag.ref.replace('refs/tags/', ''));
    const pattern = dunamaiPattern(settings.pattern, settings.patternPrefix, settings.where);
    const matched = matchVersionPattern(pattern, tags, settings.latestTag, settings.strict, settings.where);
    if (matched === undefined)
        return fallback({ ...facts, distance: await countAll() }, full);
    const distance = await git(['rev-list', '--count', `refs/tags/${matched.tag}..HEAD`]);
    return {
        version: {
            ...facts,
            base: matched.base,
            stage: matched.stage,
            revision: matched.revision,
            taggedMetadata: matched.taggedMetadata,
            epoch: matched.epoch,
            distance: Number(distance.stdout.trim()),
        },
        tag: matched.tag,
        head: full,
        shallow: isShallow,
    };
}
/**
 * poetry-dynamic-versioning's `_apply_version` for a poetry-core build: the `[tool.poetry]` version
 * placeholder becomes the version (poetry-core reads it for `dynamic = ["version"]` too) and the plugin is
 * switched off in the copy (`enable = false`), as in the sdists the plugin makes. Checked by parsing the result.
 */
function substitutePoetryVersion(text, version, file) {
    if (!/^[A-Za-z0-9.!+_-]+$/.test(version))
        throw new errors/* WheelwrightError */.LJ('version', `'${version}' is not a version to write into ${file}`);
    const replaced = replaceInTable(text, 'tool.poetry', /^(\s*version\s*=\s*)(["'])[^"'\n]*\2/m, `$1"${version}"`);
    if (replaced === undefined)
        throw new errors/* ConfigError */.xL(`${file}: the [tool.poetry] version placeholder is not a plain 'version = "0.0.0"' line, so it cannot be replaced`, {
            hint: 'write version = "0.0.0" on its own line in [tool.poetry]',
        });
    const disabled = replaceInTable(replaced, 'tool.poetry-dynamic-versioning', /^(\s*enable\s*=\s*)true\b/m, '$1false') ?? replaced;
    const check = parsePyproject(disabled, file).data;
    if (table(check, 'tool.poetry', file)?.version !== version)
        throw new errors/* ConfigError */.xL(`${file}: replacing the [tool.poetry] version placeholder did not give version ${version}`);
    return disabled;
}
/** Replaces the first match of `line` inside the table `[name]`; undefined when the table or the line is not there. */
function replaceInTable(text, name, line, replacement) {
    const escaped = name.replace(/[.-]/g, (c) => (c === '.' ? '\\s*\\.\\s*' : '\\-'));
    const header = new RegExp(`^\\s*\\[\\s*${escaped}\\s*\\]\\s*(?:#.*)?$`, 'm').exec(text);
    if (!header)
        return undefined;
    const start = header.index + header[0].length;
    const next = /^\s*\[/m.exec(text.slice(start));
    const end = next ? start + next.index : text.length;
    const body = text.slice(start, end);
    if (!line.test(body))
        return undefined;
    return text.slice(0, start) + body.replace(line, replacement) + text.slice(end);
}

;// CONCATENATED MODULE: ./packages/core/src/scm/schemes.ts
/**
 * setuptools_scm's version and local schemes (vcs_versioning/_version_schemes/_standard.py, _common.py,
 * _modify_version.py in vcs-versioning 2.5 / setuptools_scm 10.3). Pure functions over an ScmState;
 * test/pep440-version/scm-reference.test.ts compares every combination with the real thing.
 */



/** Every version scheme name setuptools_scm 10.3 registers, with its canonical name. */
const VERSION_SCHEMES = {
    'guess-next-dev': 'guess-next-dev',
    'no-guess-dev': 'no-guess-dev',
    'post-release': 'post-release',
    'only-version': 'only-version',
    'calver-by-date': 'calver-by-date',
    'semver-pep440': 'semver-pep440',
    'python-simplified-semver': 'semver-pep440',
    'semver-pep440-release-branch': 'semver-pep440-release-branch',
    'release-branch-semver': 'semver-pep440-release-branch',
    'towncrier-fragments': 'towncrier-fragments',
};
/** Every local scheme name setuptools_scm 10.3 registers. */
const LOCAL_SCHEMES = [
    'node-and-date',
    'node-and-timestamp',
    'dirty-tag',
    'no-local-version',
    'no-local-version-strict',
    'fail-on-uncommitted-changes',
];
/** Schemes that read the branch (and calver the commit date): only they pay for the extra git calls. */
function schemeNeeds(scheme) {
    const canonical = VERSION_SCHEMES[scheme] ?? scheme;
    return {
        branch: canonical === 'semver-pep440' || canonical === 'semver-pep440-release-branch' || canonical === 'calver-by-date',
        nodeDate: canonical === 'calver-by-date',
    };
}
/** A dirty tree refused by a local scheme (setuptools_scm: DirtyWorkingTreeError). */
class DirtyWorkingTreeError extends errors/* WheelwrightError */.LJ {
    constructor(message) {
        super('version', message, {
            hint: 'commit or discard the changes (in CI usually a build step writing into the checkout)',
        });
    }
}
function schemeError(message) {
    return new errors/* WheelwrightError */.LJ('version', message, {
        hint: 'setuptools_scm fails the same way: retag, or choose another version_scheme',
    });
}
const exact = (v) => v.distance === 0 && !v.dirty;
// setuptools_scm: _modify_version._bump_dev
function bumpDev(version) {
    const at = version.lastIndexOf('.dev');
    if (at === -1)
        return undefined;
    if (version.slice(at + 4) !== '0') {
        throw schemeError(`choosing custom numbers for the .devX distance is not supported: the ${version} can't be bumped (tag a version ending in .dev0)`);
    }
    return version.slice(0, at);
}
// setuptools_scm: _modify_version._bump_regex — big numbers stay exact.
function bumpRegex(version) {
    const match = /^([\s\S]*?)(\d+)$/.exec(version);
    if (!match)
        throw schemeError(`${version} does not end with a number to bump`);
    return `${match[1]}${BigInt(match[2]) + 1n}`;
}
function guessNextVersion(tag) {
    return bumpDev(tag) ?? bumpRegex(tag);
}
// setuptools_scm: guess_next_simple_semver (the epoch is kept since vcs-versioning 2.x).
function guessNextSimpleSemver(tag, retain) {
    const epoch = tag.epoch !== 0n ? `${tag.epoch}!` : '';
    if (tag.dev === 0n) {
        const parts = [...tag.release];
        while (parts.length < 3)
            parts.push(0n);
        return epoch + parts.join('.');
    }
    const parts = tag.release.slice(0, retain);
    while (parts.length < retain)
        parts.push(0n);
    parts[parts.length - 1] = parts[parts.length - 1] + 1n;
    while (parts.length < 3)
        parts.push(0n);
    return epoch + parts.join('.');
}
// setuptools_scm: _DATE_REGEX in _standard.py.
const DATE_REGEX = /^(?<date>(?<prefix>[vV]?)(?<year>\d{2}|\d{4})(?:\.\d{1,2}){2})(?:\.(?<patch>\d*))?$/;
function pad(value, width) {
    return String(value).padStart(width, '0');
}
function formatDate(date, fourDigitYear) {
    const year = fourDigitYear ? pad(date.getUTCFullYear(), 4) : pad(date.getUTCFullYear() % 100, 2);
    return `${year}.${pad(date.getUTCMonth() + 1, 2)}.${pad(date.getUTCDate(), 2)}`;
}
/** Python's strptime for `%Y.%m.%d` / `%y.%m.%d` (two-digit years: 69-99 → 19xx, else 20xx). */
function schemes_parseDate(text, fourDigitYear) {
    const [y, m, d] = text.replace(/^[vV]/, '').split('.').map(Number);
    const year = fourDigitYear ? y : y >= 69 ? 1900 + y : 2000 + y;
    const date = new Date(Date.UTC(year, m - 1, d));
    if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || m < 1 || m > 12) {
        throw schemeError(`time data '${text}' does not match a valid calendar date (calver-by-date)`);
    }
    return date;
}
function utcDay(date) {
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
// setuptools_scm: guess_next_date_ver
function guessNextDateVersion(v, tag, warnings) {
    const match = DATE_REGEX.exec(tag)?.groups;
    let fourDigitYear = false;
    if (!match)
        warnings.push(`${tag} does not correspond to a valid versioning date, assuming legacy version`);
    else
        fourDigitYear = (match.year ?? '').length === 4;
    const headDate = v.nodeDate ?? v.time;
    let patch = 0n;
    if (match) {
        const tagDate = schemes_parseDate(match.date, fourDigitYear);
        if (utcDay(tagDate) === utcDay(headDate))
            patch = BigInt(match.patch || '0') + 1n;
        else if (utcDay(tagDate) > utcDay(headDate))
            warnings.push(`your previous tag (${tagDate.toISOString().slice(0, 10)}) is ahead your node date`);
    }
    const next = `${formatDate(headDate, fourDigitYear)}.${patch}`;
    const parsed = (0,pep440/* tryParseVersion */.z0)(next);
    if (!parsed)
        throw schemeError(`calver-by-date produced '${next}', which is not a version`);
    return (0,pep440/* formatVersion */.qh)(parsed);
}
function branchVersion(text, v) {
    return matchTag(text, v.tagPattern, v.tagPrefix)?.version;
}
/** The main (public) version by the named scheme; `warnings` collects what setuptools_scm would warn. */
function applyVersionScheme(scheme, v, warnings = []) {
    const canonical = VERSION_SCHEMES[scheme];
    // The scheme sees the tag without its local part (format_version passes Version(tag.public)).
    const base = { ...v.tag, local: undefined };
    const tag = v.tagText ?? (0,pep440/* publicVersion */.Yd)(base);
    const dev = (guessed) => `${guessed}.dev${v.distance}`;
    switch (canonical) {
        case 'guess-next-dev':
            return exact(v) ? tag : dev(guessNextVersion(tag));
        case 'no-guess-dev': {
            if (exact(v))
                return tag;
            const bumped = bumpDev(tag);
            if (bumped !== undefined)
                return dev(bumped);
            if (tag.includes('post'))
                throw schemeError(`${tag} already is a post release, refusing to guess the update`);
            return dev(`${tag}.post1`);
        }
        case 'post-release':
            return exact(v) ? tag : `${tag}.post${v.distance}`;
        case 'only-version':
            return tag;
        case 'semver-pep440': {
            if (exact(v))
                return tag;
            return dev(guessNextSimpleSemver(base, v.branch?.includes('feature') ? 2 : 3));
        }
        case 'semver-pep440-release-branch': {
            if (exact(v))
                return tag;
            if (v.branch !== undefined) {
                let found = branchVersion(v.branch.split('/').pop() ?? '', v);
                if (found !== undefined) {
                    // Only a lowercase `v` is dropped, as setuptools_scm does.
                    if (found.startsWith('v'))
                        found = found.slice(1);
                    const tagMinor = tag.split('.').slice(0, 2);
                    const branchMinor = found.split('.').slice(0, 2);
                    if (tagMinor.length === branchMinor.length && tagMinor.every((part, i) => part === branchMinor[i])) {
                        return dev(guessNextVersion(tag));
                    }
                }
            }
            return dev(guessNextSimpleSemver(base, 2));
        }
        case 'calver-by-date': {
            if (exact(v))
                return tag;
            if (v.branch?.startsWith('release-')) {
                const found = branchVersion(v.branch.split('-').pop() ?? '', v);
                if (found !== undefined && DATE_REGEX.test(found))
                    return found;
            }
            return dev(guessNextDateVersion(v, tag, warnings));
        }
        case 'towncrier-fragments': {
            if (exact(v))
                return tag;
            switch (v.fragmentBump) {
                case undefined:
                    return dev(guessNextVersion(tag));
                case 'major': {
                    // setuptools_scm: _guess_next_major reads the first dot-separated part (a leading v dropped).
                    const first = tag.split('+')[0]?.split('.')[0]?.replace(/^v+/, '') ?? '';
                    if (!/^\s*[+-]?\d+\s*$/.test(first))
                        throw schemeError(`invalid literal for int() with base 10: '${first}' (towncrier-fragments)`);
                    return dev(`${BigInt(first.trim()) + 1n}.0.0`);
                }
                default:
                    return dev(guessNextSimpleSemver(base, v.fragmentBump === 'minor' ? 2 : 3));
            }
        }
        default:
            throw new errors/* WheelwrightError */.LJ('config', `unknown version scheme '${scheme}'`);
    }
}
function utcStamp(time, withTime) {
    const date = `${pad(time.getUTCFullYear(), 4)}${pad(time.getUTCMonth() + 1, 2)}${pad(time.getUTCDate(), 2)}`;
    return withTime ? `${date}${pad(time.getUTCHours(), 2)}${pad(time.getUTCMinutes(), 2)}${pad(time.getUTCSeconds(), 2)}` : date;
}
/** The local part (`+…` or empty) by the named local scheme; undefined means "next scheme in the list". */
function applyLocalScheme(scheme, v) {
    const node = v.node?.slice(0, 10);
    switch (scheme) {
        case 'node-and-date':
        case 'node-and-timestamp': {
            // setuptools_scm: _format_local_with_time — the dirty date is `time` (SOURCE_DATE_EPOCH), not mtimes.
            const stamp = utcStamp(v.time, scheme === 'node-and-timestamp');
            if (exact(v) || node === undefined)
                return v.dirty ? `+d${stamp}` : '';
            return v.dirty ? `+${node}.d${stamp}` : `+${node}`;
        }
        case 'dirty-tag':
            return v.dirty ? '+dirty' : '';
        case 'no-local-version':
            return '';
        case 'no-local-version-strict':
        case 'fail-on-uncommitted-changes':
            if (v.dirty)
                throw new DirtyWorkingTreeError('Working tree has uncommitted changes (SCM reports dirty).');
            return scheme === 'no-local-version-strict' ? '' : undefined;
        default:
            throw new errors/* WheelwrightError */.LJ('config', `unknown local scheme '${scheme}'`);
    }
}
/** setuptools_scm: combine_version_with_local_parts — segments de-duplicated, joined after one `+`. */
function combineLocalParts(main, ...locals) {
    const plus = main.indexOf('+');
    const head = plus === -1 ? main : main.slice(0, plus);
    const segments = plus === -1 ? [] : main.slice(plus + 1).split('.');
    for (const part of locals) {
        if (!part || part.trim() === '')
            continue;
        const clean = part.replace(/^\++|\++$/g, '');
        for (const segment of clean.split('.')) {
            if (segment && !segments.includes(segment))
                segments.push(segment);
        }
    }
    return segments.length > 0 ? `${head}+${segments.join('.')}` : head;
}
/** setuptools_scm: format_version — version scheme(s), local scheme(s), the tag's own local part. */
function formatScmVersion(versionSchemes, localSchemes, v, warnings = []) {
    const main = applyVersionScheme(versionSchemes[0], v, warnings);
    let local;
    for (const scheme of localSchemes) {
        local = applyLocalScheme(scheme, v);
        if (local !== undefined)
            break;
    }
    const tagLocal = v.tag.local?.join('.');
    return combineLocalParts(main, tagLocal, local ?? '+unknown');
}

;// CONCATENATED MODULE: ./packages/core/src/scm/index.ts
/**
 * The git side of setuptools_scm (vcs_versioning/_backends/_git.py in setuptools_scm 10.3 / vcs-versioning
 * 2.5): the same `git describe`, the same parsing, the same fallback queries, and nothing more — every
 * process costs milliseconds, so the common case is one `git describe`.
 */










/** A git work tree at `root`, queried as setuptools_scm does: `git --git-dir <root>/.git …`, cwd = root. */
class GitWorkdir {
    root;
    env;
    constructor(root, env = process.env) {
        this.root = root;
        this.env = gitEnvironment(env);
    }
    /**
     * setuptools_scm only probes `root` itself (a `.git` directory or worktree file there); a sub-directory
     * of a work tree is not a git root for it, unless search_parent_directories is set.
     */
    static isRoot(root) {
        return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, '.git'));
    }
    git(args, okCodes = [0], timeoutMs = 40_000) {
        return runGit(this.root, this.env, args, okCodes, timeoutMs);
    }
    /** setuptools_scm: GitWorkdir.is_shallow — the `.git/shallow` file (never present for worktrees). */
    isShallow() {
        try {
            return (0,external_node_fs_.statSync)((0,external_node_path_.join)(this.root, '.git', 'shallow')).isFile();
        }
        catch {
            // ENOENT, or ENOTDIR where `.git` is a worktree's file.
            return false;
        }
    }
    /**
     * Runs the describe command; undefined when it fails (no matching tag, no commit). A describe started
     * earlier by prefetchDescribe for the same root and command is used instead of a new process.
     */
    async describe(command) {
        const [program, ...args] = command;
        const result = (await takePrefetched(this.root, command, this.env)) ??
            (program === 'git'
                ? await this.git(args, DESCRIBE_OK_CODES)
                : await (0,src_process/* run */.e)(program ?? 'git', args, { cwd: this.root, env: this.env, okCodes: DESCRIBE_OK_CODES, timeoutMs: 40_000 }));
        if (result.code !== 0)
            return undefined;
        return parseDescribe(result.stdout.trim());
    }
    /** setuptools_scm's no-tag path: every commit counts, dirtiness from git status; no commit → dirty. */
    async describeWithoutTag() {
        const [head, count, status] = await Promise.all([
            this.git(['rev-parse', '--verify', '--quiet', 'HEAD'], [0, 1, 128]),
            this.git(['rev-list', '--count', 'HEAD'], [0, 128]),
            this.git(['status', '--porcelain', '--untracked-files=no'], [0, 128]),
        ]);
        if (head.code !== 0 || head.stdout.trim() === '') {
            return { tag: undefined, distance: 0, node: undefined, dirty: true, describeOutput: '' };
        }
        return {
            tag: undefined,
            distance: Number(count.stdout.trim()),
            node: `g${head.stdout.trim()}`,
            dirty: status.stdout.trim() !== '',
            describeOutput: '',
        };
    }
    /** setuptools_scm: GitWorkdir.get_branch (`HEAD` when detached). */
    async branch() {
        const abbrev = await this.git(['rev-parse', '--abbrev-ref', 'HEAD'], [0, 1, 128]);
        if (abbrev.code === 0 && abbrev.stdout.trim() !== '')
            return abbrev.stdout.trim();
        const symbolic = await this.git(['symbolic-ref', '--short', 'HEAD'], [0, 1, 128]);
        return symbolic.code === 0 && symbolic.stdout.trim() !== '' ? symbolic.stdout.trim() : undefined;
    }
    /** setuptools_scm: GitWorkdir.get_head_date — the committer date of HEAD as a UTC calendar date. */
    async headDate() {
        const result = await this.git(['-c', 'log.showSignature=false', 'log', '-n', '1', 'HEAD', '--format=%cI'], [0, 128]);
        const text = result.stdout.trim();
        if (result.code !== 0 || text === '')
            return undefined;
        const date = new Date(text);
        return Number.isNaN(date.getTime()) ? undefined : date;
    }
    /** The commit a tag points at, or undefined. */
    async tagCommit(tag) {
        const result = await this.git(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], [0, 1, 128]);
        return result.code === 0 ? result.stdout.trim() || undefined : undefined;
    }
    /** Tracked files with uncommitted changes (what `git describe --dirty` calls dirty), for error messages. */
    async dirtyFiles() {
        const result = await this.git(['status', '--porcelain', '--untracked-files=no']);
        return result.stdout
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => line.slice(3));
    }
    async remotes() {
        const result = await this.git(['remote'], [0, 128]);
        return result.stdout.split('\n').filter((line) => line.trim() !== '');
    }
    /**
     * Fetches what describing HEAD needs: the whole history of a shallow clone and every tag. A bare
     * `--unshallow` (not setuptools_scm's `--filter=blob:none`) so the clone does not become a partial clone.
     */
    async fetchHistory(remote, shallow) {
        const args = shallow ? ['fetch', '--quiet', '--unshallow', '--tags', remote] : ['fetch', '--quiet', '--tags', remote];
        const result = await this.git(args, [0, 1, 128], 240_000);
        if (result.code !== 0) {
            const reason = result.stderr.trim().split('\n').pop() ?? '';
            throw new errors/* WheelwrightError */.LJ('git', `${this.root} is a ${shallow ? 'shallow clone' : 'clone without tags'} and 'git ${args.join(' ')}' failed: ${reason}`, {
                hint: "check out with 'fetch-depth: 0' (actions/checkout), or set fetch-tags: false to compute from the history that is there",
            });
        }
    }
}
// setuptools_scm: DESCRIBE_SUFFIX_RE (the tag is greedy, so dashes in tags are fine).
const DESCRIBE_SUFFIX = /^(?<tag>.+)-(?<distance>\d+)-g(?<node>[0-9a-f]+)$/s;
/** setuptools_scm: _git_parse_describe. */
function parseDescribe(output) {
    let text = output;
    const dirty = text.endsWith('-dirty');
    if (dirty)
        text = text.slice(0, -'-dirty'.length);
    const match = DESCRIBE_SUFFIX.exec(text)?.groups;
    if (!match)
        return { tag: text, distance: 0, node: undefined, dirty, describeOutput: output };
    return {
        tag: match.tag,
        distance: Number(match.distance),
        node: `g${match.node}`,
        dirty,
        describeOutput: output,
    };
}
/** fnmatch/wildmatch without PATHNAME (as `git describe --match` uses it): `*` also matches `/`. */
function globMatches(glob, text) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if (char === '*')
            source += '[\\s\\S]*';
        else if (char === '?')
            source += '[\\s\\S]';
        else if (char === '[') {
            const end = glob.indexOf(']', i + 2);
            if (end === -1)
                source += '\\[';
            else {
                let body = glob.slice(i + 1, end);
                if (body.startsWith('!'))
                    body = `^${body.slice(1)}`;
                source += `[${body.replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else
            source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^${source}$`, 'u').test(text);
}
/** shlex.split for the configured describe_command (quotes and backslashes, POSIX mode). */
function shellSplit(text) {
    const words = [];
    let word;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quote === "'") {
            if (char === "'")
                quote = undefined;
            else
                word += char;
        }
        else if (quote === '"') {
            if (char === '"')
                quote = undefined;
            else if (char === '\\' && i + 1 < text.length && '\\"$`\n'.includes(text[i + 1]))
                word = `${word ?? ''}${text[++i]}`;
            else
                word += char;
        }
        else if (/\s/.test(char)) {
            if (word !== undefined)
                words.push(word);
            word = undefined;
        }
        else {
            word ??= '';
            if (char === "'" || char === '"')
                quote = char;
            else if (char === '\\' && i + 1 < text.length)
                word += text[++i];
            else
                word += char;
        }
    }
    if (quote)
        throw new errors/* WheelwrightError */.LJ('config', `describe_command has an unclosed quote: ${text}`);
    if (word !== undefined)
        words.push(word);
    return words;
}

;// CONCATENATED MODULE: ./packages/core/src/scm/towncrier.ts
/**
 * The input of setuptools_scm's `towncrier-fragments` version scheme
 * (vcs_versioning/_version_schemes/_towncrier.py): which kind of change the unreleased changelog
 * fragments announce. Read here, so the scheme itself stays a pure function.
 */



const MAJOR = new Set(['major', 'breaking', 'removal']);
const MINOR = new Set(['feature', 'deprecation']);
const PATCH = new Set(['bugfix', 'doc', 'misc']);
function tomlDirectory(path, nested) {
    try {
        const data = parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        // setuptools_scm reads [tool.towncrier] directory from pyproject.toml, but a top-level `directory`
        // from towncrier.toml.
        const holder = nested ? data.tool?.towncrier : data;
        const directory = holder?.directory;
        return directory ? String(directory) : undefined;
    }
    catch {
        // setuptools_scm's read_toml_content(default={}) treats a missing or unreadable file as empty.
        return undefined;
    }
}
/** The bump the fragments in `root`'s changelog directory ask for; undefined when there are none. */
function fragmentBump(root) {
    const directory = tomlDirectory((0,external_node_path_.join)(root, 'pyproject.toml'), true) ?? tomlDirectory((0,external_node_path_.join)(root, 'towncrier.toml'), false) ?? 'changelog.d';
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, directory), { withFileTypes: true });
    }
    catch {
        return undefined;
    }
    const types = new Set();
    for (const entry of entries) {
        // Path.is_file() follows symbolic links.
        const isFile = entry.isSymbolicLink()
            ? (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, directory, entry.name), { throwIfNoEntry: false })?.isFile()
            : entry.isFile();
        if (!isFile)
            continue;
        if (entry.name === 'template.md' || entry.name === 'README.md' || entry.name === '.gitkeep')
            continue;
        const kind = entry.name.split('.')[1];
        if (kind !== undefined)
            types.add(kind);
    }
    if ([...types].some((t) => MAJOR.has(t)))
        return 'major';
    if ([...types].some((t) => MINOR.has(t)))
        return 'minor';
    if ([...types].some((t) => PATCH.has(t)))
        return 'patch';
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/scm/fallback.ts
/**
 * What setuptools_scm reads where there is no git work tree (vcs_versioning/_fallback_workdir.py,
 * _backends/_git.py archival_to_version, _fallbacks.py): a `.git_archival.txt` that `git archive` filled
 * in (export-subst), an sdist's PKG-INFO, and the configured constants. Tried in setuptools_scm's order:
 * archival, then PKG-INFO, each nearest to the project first.
 */



/** Archival files and PKG-INFO are a few hundred bytes; a larger one is not what we look for. */
const MAX_METADATA_BYTES = 1024 * 1024;
/** The headers of an RFC 822 style file (email.parser.HeaderParser): `Key: value`, continuation lines folded. */
function readHeaders(text) {
    const headers = {};
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if (/^[ \t]/.test(line) && last !== undefined) {
            headers[last] = `${headers[last]}\n${line}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        last = line.slice(0, colon);
        // setuptools_scm builds a dict from the headers: a repeated key keeps its last value.
        headers[last] = line.slice(colon + 1).trim();
    }
    return headers;
}
function readSmall(path) {
    try {
        const buffer = (0,external_node_fs_.readFileSync)(path);
        if (buffer.length > MAX_METADATA_BYTES)
            return undefined;
        return buffer.toString('utf8');
    }
    catch {
        return undefined;
    }
}
// setuptools_scm: REF_TAG_RE = (?<=\btag: )([^,]+)\b
const REF_TAG = /(?<=\btag: )([^,]+)\b/g;
/**
 * setuptools_scm's archival_to_version, up to the tag parsing: `tagParses` says whether a ref-names tag
 * gives a version (setuptools_scm tries them in order and keeps the first that does).
 */
function readArchival(dir, tagParses, warnings) {
    const text = readSmall((0,external_node_path_.join)(dir, '.git_archival.txt'));
    if (text === undefined)
        return undefined;
    const data = readHeaders(text);
    const describeName = data['describe-name'] ?? '%(describe';
    if (describeName.includes('%(describe'))
        warnings.push('git archive did not support describe output');
    else if (describeName !== '')
        return { kind: 'describe', description: parseDescribe(describeName) };
    for (const match of (data['ref-names'] ?? '').matchAll(REF_TAG)) {
        const tag = match[1];
        if (tagParses(tag))
            return { kind: 'ref', tag };
    }
    const node = data.node;
    if (node === undefined)
        return undefined;
    if (node.toUpperCase().includes('$FORMAT')) {
        warnings.push('unprocessed git archival found (no export subst applied)');
        return undefined;
    }
    return { kind: 'node', node };
}
/** setuptools_scm: parse_pkginfo — PKG-INFO's Version, used verbatim; undefined when absent or UNKNOWN. */
function readPkgInfoVersion(dir) {
    const text = readSmall((0,external_node_path_.join)(dir, 'PKG-INFO'));
    if (text === undefined)
        return undefined;
    const version = readHeaders(text).Version;
    return version === undefined || version === 'UNKNOWN' ? undefined : version;
}

;// CONCATENATED MODULE: ./packages/core/src/version/pdm-scm.ts
/**
 * The version pdm-backend gives a project with `[tool.pdm.version] source = "scm"`: the git facts
 * collected with the commands its `git_parse_version` runs, the tag read with its `tag_to_version`, and the
 * version made by its `default_version_formatter` (which differs from setuptools_scm: the local part is
 * `+g<abbrev>`, a dirty tree adds `.d<today>`, and a tag at HEAD is the version itself).
 */






/** Reads `[tool.pdm.version]` (source = "scm"); a version_format callable is project code and is refused. */
function readPdmScmSettings(settings, where) {
    const text = (key) => {
        const value = settings[key];
        if (value === undefined)
            return undefined;
        if (typeof value !== 'string')
            throw new errors/* ConfigError */.xL(`${where}: ${key} must be a string`);
        return value;
    };
    if (settings.version_format !== undefined)
        throw new errors/* ConfigError */.xL(`${where}: version_format names a Python callable (${String(settings.version_format)}), which only running project code can apply`, { hint: "remove version_format to use pdm-backend's default format, or pass the version with the 'pretend-version' input" });
    const notes = [];
    if (settings.write_to !== undefined)
        notes.push(`${where}: write_to is left to the build (pdm-backend writes the version it is given through PDM_BUILD_SCM_VERSION)`);
    return {
        where,
        tagRegex: text('tag_regex') || undefined,
        tagFilter: text('tag_filter') || undefined,
        fallbackVersion: text('fallback_version'),
        notes,
    };
}
/** pdm-backend: tag_to_version — no match is 0.0.0 (with a warning); a suffix after the version is dropped. */
function pdm_scm_tagToVersion(tag, settings, warnings) {
    const pattern = compileTagRegex(settings.tagRegex, `${settings.where}: tag_regex`);
    let found;
    try {
        found = matchTag(tag, pattern);
    }
    catch {
        found = undefined;
    }
    if (!found?.version) {
        warnings.push(`tag '${tag}' no version found`);
        return (0,pep440/* tryParseVersion */.z0)('0.0.0');
    }
    if (found.suffix)
        warnings.push(`tag '${tag}' will be stripped of its suffix '${found.suffix}'`);
    const version = (0,pep440/* tryParseVersion */.z0)(found.version);
    if (!version)
        throw new errors/* WheelwrightError */.LJ('version', `tag '${tag}' gives '${found.version}', which is not a PEP 440 version (${settings.where})`, {
            hint: 'pdm-backend fails on this tag too: retag, or set tag_regex/tag_filter so it is skipped',
        });
    return version;
}
/**
 * pdm-backend: git_parse_version. undefined when there is no git repository around `dir` (pdm-backend then
 * uses fallback_version).
 */
async function pdmFromGit(dir, settings, env) {
    const gitEnv = gitEnvironment(env);
    const top = await runGitIn(dir, ['rev-parse', '--show-toplevel'], { env: gitEnv, okCodes: [0, 128] });
    const repo = top.stdout.trim();
    if (top.code !== 0 || repo === '')
        return undefined;
    const git = (args, okCodes = [0]) => runGitIn(repo, args, { env: gitEnv, okCodes, timeoutMs: 60_000 });
    const warnings = [];
    const shallow = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(repo, '.git', 'shallow'));
    if (shallow)
        warnings.push(`'${repo}' is shallow and may cause errors`);
    const [describe, branch, head] = await Promise.all([
        git(['-c', 'core.abbrev=auto', 'describe', '--dirty', '--tags', '--long', '--match', settings.tagFilter || '*.*'], [0, 1, 128]),
        git(['rev-parse', '--abbrev-ref', 'HEAD'], [0, 1, 128]),
        git(['rev-parse', '--verify', '--quiet', 'HEAD'], [0, 1, 128]),
    ]);
    const branchName = branch.code === 0 ? branch.stdout.trim() : undefined;
    const headHash = head.code === 0 && head.stdout.trim() !== '' ? head.stdout.trim() : undefined;
    const zero = (0,pep440/* tryParseVersion */.z0)('0.0');
    if (describe.code !== 0) {
        const status = await git(['status', '--porcelain', '--untracked-files=no'], [0, 128]);
        const dirty = status.stdout.trim() !== '';
        if (headHash === undefined)
            return {
                scm: { version: zero, distance: 0, dirty, node: undefined, branch: undefined },
                tag: undefined,
                describeOutput: '',
                head: undefined,
                shallow,
                warnings,
            };
        // pdm-backend counts `git rev-list HEAD`'s lines as out.count("\n") + 1 on the stripped output.
        const all = await git(['rev-list', 'HEAD']);
        const count = all.stdout.trim().split('\n').length;
        return {
            scm: { version: zero, distance: count, dirty, node: `g${headHash.slice(0, 7)}`, branch: branchName },
            tag: undefined,
            describeOutput: '',
            head: headHash,
            shallow,
            warnings,
        };
    }
    let output = describe.stdout.trim();
    const dirty = output.endsWith('-dirty');
    if (dirty)
        output = output.slice(0, -'-dirty'.length);
    const match = /^(.*)-(\d+)-([^-]+)$/s.exec(output);
    if (!match)
        throw new errors/* WheelwrightError */.LJ('git', `cannot read git describe's answer '${output}' in ${repo}`);
    const [, tag, number, node] = match;
    return {
        scm: { version: pdm_scm_tagToVersion(tag, settings, warnings), distance: Number(number) || undefined, dirty, node, branch: branchName },
        tag,
        describeOutput: describe.stdout.trim(),
        head: headHash,
        shallow,
        warnings,
    };
}
/** pdm-backend: guess_next_version — a `.devN` tag drops it (only dev0 is allowed), else the last number + 1. */
function pdm_scm_guessNextVersion(version) {
    const text = (0,pep440/* formatVersion */.qh)(version).split('+')[0];
    if (text.includes('.dev')) {
        const at = text.lastIndexOf('.dev');
        if (text.slice(at + 4) !== '0')
            throw new errors/* WheelwrightError */.LJ('version', `pdm-backend cannot compute a version after the tag's ${text} (own dev numbers are unsupported)`, {
                hint: 'tag a version without .devN, or one with .dev0',
            });
        return text.slice(0, at);
    }
    const match = /^(.*?)(\d+)$/s.exec(text);
    return `${match[1]}${BigInt(match[2]) + 1n}`;
}
/** pdm-backend: default_version_formatter (the date is today's, in UTC, as pdm-backend's datetime.now). */
function pdmDefaultFormat(scm, now = new Date()) {
    const main = scm.distance === undefined ? (0,pep440/* formatVersion */.qh)(scm.version) : `${pdm_scm_guessNextVersion(scm.version)}.dev${scm.distance}`;
    const date = `${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, '0')}${String(now.getUTCDate()).padStart(2, '0')}`;
    const plain = scm.distance === undefined || scm.node === undefined;
    const local = scm.dirty ? (plain ? `+d${date}` : `+${scm.node}.d${date}`) : plain ? '' : `+${scm.node}`;
    return main + local;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/valid.js
var valid = __nccwpck_require__(1988);
var valid_default = /*#__PURE__*/__nccwpck_require__.n(valid);
;// CONCATENATED MODULE: ./packages/core/src/version/semver.ts
/**
 * The SemVer 2.0 rendering of a PEP 440 version, for container images and npm artefacts built beside
 * the wheel. Only `semver/functions/valid` is loaded (the whole package costs start-up time).
 *
 * Mapping: release padded/truncated to MAJOR.MINOR.PATCH; pre-release `a1`/`b1`/`rc1` → `-a.1`/`-b.1`/
 * `-rc.1` (SemVer orders a < b < rc like PEP 440); `.devN` → `-dev.N` (or `.dev.N` after a pre-release);
 * post-release, extra release parts, epoch and local segments go to build metadata, which SemVer ignores
 * for precedence (a post-release cannot be expressed as higher than its release without lying).
 */

function toSemver(version) {
    const [major = 0n, minor = 0n, patch = 0n, ...rest] = version.release;
    let text = `${major}.${minor}.${patch}`;
    const pre = [];
    if (version.pre)
        pre.push(version.pre[0], String(version.pre[1]));
    if (version.dev !== undefined)
        pre.push('dev', String(version.dev));
    if (pre.length > 0)
        text += `-${pre.join('.')}`;
    const build = [];
    if (version.post !== undefined)
        build.push('post', String(version.post));
    if (rest.length > 0)
        build.push('release', ...rest.map(String));
    if (version.epoch !== 0n)
        build.push('epoch', String(version.epoch));
    if (version.local)
        build.push(...version.local.map(String));
    if (build.length > 0)
        text += `+${build.join('.')}`;
    // The semver package also rejects numbers beyond Number.MAX_SAFE_INTEGER; such versions get no rendering.
    // `valid` returns the version without build metadata, so it only checks; we keep our text.
    return valid_default()(text) === null ? '' : text;
}

;// CONCATENATED MODULE: ./packages/core/src/version/source.ts
/**
 * Where a project's version comes from, read the way its build backend reads it: a static version
 * ([project] version, flit's `__version__`, hatchling's regex source, setup.cfg `attr:`/`file:`, poetry's
 * [tool.poetry] version) IS the version; setuptools_scm (pyproject.toml, setup.cfg, `setup.py
 * use_scm_version=`) and hatch-vcs derive it from git. Nothing here runs project code: a version that only
 * running the project could produce is reported as such.
 */




/** Readable names of the version sources, for summaries. */
const source_VERSION_SOURCE_NAMES = {
    static: 'static version',
    setuptools_scm: 'setuptools_scm',
    'hatch-vcs': 'hatch-vcs (setuptools_scm)',
    'poetry-dynamic-versioning': 'poetry-dynamic-versioning (dunamai)',
    'pdm-scm': 'pdm-backend SCM',
    pretend: 'pretend version',
};
/** The environment variable the project's own build backend takes a version from, for the tool sources. */
const source_BUILD_VERSION_VARIABLES = {
    // poetry-dynamic-versioning: _get_override_version reads it before asking the VCS.
    'poetry-dynamic-versioning': 'POETRY_DYNAMIC_VERSIONING_BYPASS',
    // pdm-backend: resolve_version_from_scm takes it before running git.
    'pdm-scm': 'PDM_BUILD_SCM_VERSION',
};
const PROJECT_FILES = ['pyproject.toml', 'setup.cfg', 'setup.py'];
/** True when `dir` holds a file a Python build reads (pyproject.toml, setup.cfg or setup.py). */
function isProjectDir(dir) {
    return PROJECT_FILES.some((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name)));
}
/** The nearest folder above `dir` (not `dir` itself) that holds a project, or undefined. */
function nearestProjectAbove(dir) {
    let current = (0,external_node_path_.resolve)(dir);
    for (;;) {
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current)
            return undefined;
        current = parent;
        if (isProjectDir(current))
            return current;
    }
}
/**
 * Checks the folder the user named: it must exist and be a folder. `what` names it in the front end's
 * words (input 'path', --path).
 */
function checkProjectPath(path, what) {
    const dir = (0,external_node_path_.resolve)(path);
    const stat = (0,external_node_fs_.statSync)(dir, { throwIfNoEntry: false });
    if (!stat) {
        throw new errors/* InputError */.dz(`${what} '${path}' does not exist`, {
            hint: 'point it at the folder holding pyproject.toml (relative to the workspace), after checking the repository out',
        });
    }
    if (!stat.isDirectory()) {
        throw new errors/* InputError */.dz(`${what} '${path}' is a file, not a folder`, { hint: 'point it at the folder holding pyproject.toml' });
    }
    return dir;
}
/** The error for a folder that holds no project, naming the nearest one above it. */
function noProjectError(dir, what) {
    const above = nearestProjectAbove(dir);
    // The hint names the folder the way the path is given: relative to the working folder (the workspace).
    const fromHere = above === undefined ? '' : (0,external_node_path_.relative)(process.cwd(), above);
    const shown = fromHere === '' ? '.' : fromHere.startsWith('..') ? above : fromHere;
    return new errors/* InputError */.dz(`${what} '${dir}' holds no Python project (no pyproject.toml, setup.cfg or setup.py)${above === undefined ? ', and no folder above it does' : `; the nearest project folder above it is ${above}`}`, {
        hint: above === undefined ? 'point it at the folder holding pyproject.toml' : `set it to '${shown}', the folder holding the project`,
    });
}
/** A small reader for setup.cfg, as configparser reads the parts we need (sections, `=`/`:`, continuations). */
function parseSetupCfg(text) {
    const sections = {};
    let section;
    let key;
    for (const raw of text.split(/\r?\n/)) {
        if (/^\s*[#;]/.test(raw))
            continue;
        if (raw.trim() === '') {
            key = undefined;
            continue;
        }
        const header = /^\[([^\]]+)\]\s*$/.exec(raw);
        if (header) {
            const name = header[1].trim();
            sections[name] ??= {};
            section = sections[name];
            key = undefined;
            continue;
        }
        if (/^\s/.test(raw) && key !== undefined && section) {
            section[key] = `${section[key]}\n${raw.trim()}`;
            continue;
        }
        const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
        if (pair && section) {
            key = pair[1].trim().toLowerCase();
            section[key] = pair[2].trim();
        }
    }
    return sections;
}
function readText(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** `NAME = "1.2.3"` (or `NAME: str = '1.2.3'`) at the start of a line: the literal a backend reads with ast. */
function literalAssignment(text, name) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`^${escaped}\\s*(?::[^=\\n]*)?=\\s*(?:[rRuU]?)(['"])([^'"\\n]*)\\1\\s*(?:#.*)?$`, 'm').exec(text);
    return match?.[2];
}
/** The file of module `dotted` below `dir` (flat or src layout, or under `packageDir`). */
function moduleFile(dir, dotted, packageDir) {
    const parts = dotted.split('.');
    const roots = packageDir !== undefined ? [(0,external_node_path_.join)(dir, packageDir)] : [dir, (0,external_node_path_.join)(dir, 'src')];
    for (const root of roots) {
        const base = (0,external_node_path_.join)(root, ...parts);
        for (const candidate of [`${base}.py`, (0,external_node_path_.join)(base, '__init__.py')])
            if ((0,external_node_fs_.existsSync)(candidate))
                return candidate;
    }
    return undefined;
}
/** setuptools' `attr:` (module.attribute), read without running the module. */
function attrVersion(dir, spec, where, packageDir) {
    const dotted = spec.trim();
    const at = dotted.lastIndexOf('.');
    const moduleName = at === -1 ? '__init__' : dotted.slice(0, at);
    const attribute = dotted.slice(at + 1);
    const file = moduleFile(dir, moduleName, packageDir);
    if (file === undefined)
        throw new errors/* ConfigError */.xL(`${where}: attr ${dotted}: module ${moduleName} is not in ${dir} (flat or src layout)`, {
            hint: 'check the module path, or give the version in [project] version',
        });
    const value = literalAssignment((0,external_node_fs_.readFileSync)(file, 'utf8'), attribute);
    if (value === undefined)
        throw new errors/* ConfigError */.xL(`${where}: ${attribute} in ${file} is not a plain string literal, so its value is only known by running the code`, {
            hint: 'write the version as a literal (__version__ = "1.2.3"), or pass it with the \'pretend-version\' input',
        });
    return value;
}
/** setuptools' `file:` (one or more files, comma separated, joined by newlines, stripped). */
function fileVersion(dir, spec, where) {
    const files = (Array.isArray(spec) ? spec : spec.split(',')).map((f) => f.trim()).filter((f) => f !== '');
    const parts = [];
    for (const f of files) {
        const text = readText((0,external_node_path_.join)(dir, f));
        if (text === undefined)
            throw new errors/* ConfigError */.xL(`${where}: version file ${f} does not exist in ${dir}`);
        parts.push(text);
    }
    return parts.join('\n').trim();
}
function stringList(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
function requirementNames(requires) {
    return requires.map((r) => (/^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(r)?.[1] ?? '').replace(/[-_.]+/g, '-').toLowerCase());
}
/** The first of setuptools_scm's tables present (setuptools_scm reads [tool.setuptools_scm] before [tool.vcs-versioning]). */
function scmSection(data, file) {
    for (const name of ['setuptools_scm', 'vcs-versioning']) {
        const found = table(data, `tool.${name}`, file);
        if (found)
            return { settings: found, name };
    }
    return undefined;
}
/**
 * How the project in `dir` gets its version. `what` names the path in the front end's words. A folder
 * without project files is a project only when it is a git top level (setuptools_scm's defaults apply
 * there, as `python -m setuptools_scm` does) or when `assumeScm` is set (a fallback or pretend version
 * was given explicitly).
 */
function detectVersionSource(dir, what, options) {
    const pyprojectPath = (0,external_node_path_.join)(dir, 'pyproject.toml');
    const pyprojectText = readText(pyprojectPath);
    const data = pyprojectText === undefined ? undefined : parsePyproject(pyprojectText, pyprojectPath).data;
    const setupCfgText = readText((0,external_node_path_.join)(dir, 'setup.cfg'));
    const setupCfg = setupCfgText === undefined ? undefined : parseSetupCfg(setupCfgText);
    const setupPy = readText((0,external_node_path_.join)(dir, 'setup.py'));
    const notes = [];
    const project = data ? table(data, 'project', pyprojectPath) : undefined;
    const distName = (typeof project?.name === 'string' ? project.name : undefined) ??
        (setupCfg?.metadata?.name || undefined) ??
        (setupPy ? /\bname\s*=\s*['"]([^'"]+)['"]/.exec(setupPy)?.[1] : undefined);
    const base = { projectDir: dir, notes, ...(distName !== undefined ? { distName } : {}) };
    const staticSource = (version, where) => ({ ...base, kind: 'static', where, staticVersion: version });
    const section = data ? scmSection(data, pyprojectPath) : undefined;
    const scmFromPyproject = (where) => ({
        ...base,
        kind: 'setuptools_scm',
        where: where ?? (section ? `pyproject.toml [tool.${section.name}]` : 'setuptools_scm defaults'),
        scm: {
            settings: section?.settings ?? {},
            where: section ? `${pyprojectPath} [tool.${section.name}]` : pyprojectPath,
            file: data ? pyprojectPath : undefined,
            base: dir,
        },
    });
    if (data === undefined && setupCfg === undefined && setupPy === undefined) {
        if (options.gitTopLevel || options.assumeScm) {
            return {
                ...base,
                kind: 'setuptools_scm',
                where: 'setuptools_scm defaults (no project file)',
                scm: { settings: {}, where: dir, file: undefined, base: dir },
            };
        }
        throw noProjectError(dir, what);
    }
    const dynamic = stringList(project?.dynamic);
    if (typeof project?.version === 'string' && !dynamic.includes('version')) {
        if (section)
            notes.push(`[tool.${section.name}] is ignored: [project] version is static (setuptools_scm warns "version already set")`);
        return staticSource(project.version, 'pyproject.toml [project] version');
    }
    const buildSystem = data ? table(data, 'build-system', pyprojectPath) : undefined;
    const backend = typeof buildSystem?.['build-backend'] === 'string' ? buildSystem['build-backend'] : 'setuptools.build_meta';
    const requires = requirementNames(stringList(buildSystem?.requires));
    const tool = (key) => (data ? table(data, key, pyprojectPath) : undefined);
    if (backend.startsWith('hatchling')) {
        const hatchVersion = tool('tool.hatch.version') ?? {};
        const sourceName = typeof hatchVersion.source === 'string' ? hatchVersion.source : 'regex';
        if (sourceName === 'vcs') {
            // hatch-vcs: setuptools_scm.get_version(**raw-options, root=<project>), tag-pattern and
            // fallback-version mapped onto setuptools_scm's keys; pyproject's [tool.setuptools_scm] is not read.
            const raw = table(hatchVersion, 'raw-options', `${pyprojectPath} [tool.hatch.version]`) ?? {};
            const settings = { ...raw };
            if (typeof hatchVersion['tag-pattern'] === 'string' && hatchVersion['tag-pattern'] !== '')
                settings.tag_regex = hatchVersion['tag-pattern'];
            if (typeof hatchVersion['fallback-version'] === 'string' && hatchVersion['fallback-version'] !== '')
                settings.fallback_version = hatchVersion['fallback-version'];
            return {
                ...base,
                kind: 'hatch-vcs',
                where: 'pyproject.toml [tool.hatch.version] source = "vcs"',
                scm: { settings, where: `${pyprojectPath} [tool.hatch.version]`, file: undefined, base: dir },
            };
        }
        if (sourceName === 'regex' && typeof hatchVersion.path === 'string') {
            const file = (0,external_node_path_.join)(dir, hatchVersion.path);
            const text = readText(file);
            if (text === undefined)
                throw new errors/* ConfigError */.xL(`${pyprojectPath}: [tool.hatch.version] path ${hatchVersion.path} does not exist`);
            if (typeof hatchVersion.pattern === 'string')
                throw unsupported(pyprojectPath, "hatchling's version path with a custom pattern");
            // hatchling's default pattern: (?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\2
            const found = /^(?:__version__|VERSION) *= *(['"])v?(.+?)\1/im.exec(text)?.[2];
            if (found === undefined)
                throw new errors/* ConfigError */.xL(`${pyprojectPath}: no version found in ${hatchVersion.path} by [tool.hatch.version]`, {
                    hint: "use hatchling's default form __version__ = \"1.2.3\", or pass the version with 'pretend-version'",
                });
            return staticSource(found, `${hatchVersion.path} (hatchling [tool.hatch.version] path)`);
        }
        throw unsupported(pyprojectPath, `hatchling's version source "${sourceName}"`);
    }
    if (backend.startsWith('flit_core') || backend.startsWith('flit.')) {
        const moduleTable = tool('tool.flit.module');
        const moduleName = typeof moduleTable?.name === 'string' ? moduleTable.name : typeof distName === 'string' ? distName.replace(/[-.]/g, '_') : undefined;
        if (moduleName === undefined)
            throw new errors/* ConfigError */.xL(`${pyprojectPath}: [project] name is missing`);
        const file = moduleFile(dir, moduleName);
        if (file === undefined)
            throw new errors/* ConfigError */.xL(`${pyprojectPath}: flit reads the version from module ${moduleName}, which is not in ${dir} or ${(0,external_node_path_.join)(dir, 'src')}`);
        const value = literalAssignment((0,external_node_fs_.readFileSync)(file, 'utf8'), '__version__');
        if (value === undefined)
            throw new errors/* ConfigError */.xL(`${file}: __version__ is not a plain string literal, so flit imports the module to read it`, {
                hint: 'write __version__ = "1.2.3", or pass the version with \'pretend-version\'',
            });
        return staticSource(value, `${(0,external_node_path_.relative)(dir, file)} __version__ (flit)`);
    }
    if (backend.startsWith('poetry')) {
        const pdv = tool('tool.poetry-dynamic-versioning');
        const poetry = tool('tool.poetry');
        if (pdv?.enable === true) {
            // poetry-dynamic-versioning acts on two shapes only: classic ([tool.poetry] name) or PEP 621
            // ([project] name, version in project.dynamic, a [tool.poetry] version placeholder).
            const classic = typeof poetry?.name === 'string';
            const pep621 = typeof project?.name === 'string' && dynamic.includes('version') && project.version === undefined;
            if (classic || pep621) {
                if (typeof poetry?.version !== 'string')
                    throw new errors/* ConfigError */.xL(`${pyprojectPath}: poetry-dynamic-versioning needs a placeholder [tool.poetry] version (e.g. "0.0.0")`, {
                        hint: 'add version = "0.0.0" to [tool.poetry]',
                    });
                const where = `${pyprojectPath} [tool.poetry-dynamic-versioning]`;
                const pluginMode = !backend.startsWith('poetry_dynamic_versioning');
                return {
                    ...base,
                    ...(classic ? { distName: poetry?.name } : {}),
                    kind: 'poetry-dynamic-versioning',
                    where: `pyproject.toml [tool.poetry-dynamic-versioning]${pluginMode ? ' (Poetry plugin, poetry-core backend)' : ''}`,
                    tool: { settings: pdv, where, pluginMode },
                };
            }
        }
        if (typeof poetry?.version === 'string')
            return staticSource(poetry.version, 'pyproject.toml [tool.poetry] version');
    }
    if (backend.startsWith('pdm')) {
        const pdmVersion = tool('tool.pdm.version');
        if (pdmVersion?.source === 'scm') {
            if (!dynamic.includes('version'))
                throw new errors/* ConfigError */.xL(`${pyprojectPath}: [tool.pdm.version] source = "scm" needs 'version' in [project] dynamic`, {
                    hint: 'add dynamic = ["version"] to [project] (pdm-backend refuses the same)',
                });
            return {
                ...base,
                kind: 'pdm-scm',
                where: 'pyproject.toml [tool.pdm.version] source = "scm"',
                tool: { settings: pdmVersion, where: `${pyprojectPath} [tool.pdm.version]`, pluginMode: false },
            };
        }
        if (pdmVersion?.source === 'file' && typeof pdmVersion.path === 'string') {
            const value = literalAssignment((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, pdmVersion.path), 'utf8'), '__version__');
            if (value !== undefined)
                return staticSource(value, `${pdmVersion.path} __version__ (pdm-backend)`);
        }
    }
    // setuptools (also the backend when pyproject.toml names none).
    const keyword = setupPy === undefined ? undefined : useScmVersionKeyword(setupPy, (0,external_node_path_.join)(dir, 'setup.py'));
    if (keyword !== undefined) {
        // setuptools_scm: the keyword's settings override the pyproject.toml table.
        const found = scmFromPyproject(section ? `setup.py use_scm_version and pyproject.toml [tool.${section.name}]` : 'setup.py use_scm_version');
        const scm = found.scm;
        return { ...found, scm: { ...scm, settings: { ...scm.settings, ...keyword }, where: section ? scm.where : (0,external_node_path_.join)(dir, 'setup.py') } };
    }
    if (section)
        return scmFromPyproject();
    const setuptoolsDynamic = tool('tool.setuptools.dynamic');
    const dynamicVersion = setuptoolsDynamic?.version;
    if (dynamicVersion && typeof dynamicVersion === 'object' && !Array.isArray(dynamicVersion)) {
        const spec = dynamicVersion;
        const packageDirs = table(tool('tool.setuptools') ?? {}, 'package-dir', pyprojectPath);
        const packageDir = typeof packageDirs?.[''] === 'string' ? packageDirs[''] : undefined;
        if (typeof spec.attr === 'string')
            return staticSource(attrVersion(dir, spec.attr, `${pyprojectPath} [tool.setuptools.dynamic]`, packageDir), `[tool.setuptools.dynamic] version attr ${spec.attr}`);
        if (typeof spec.file === 'string' || Array.isArray(spec.file))
            return staticSource(fileVersion(dir, spec.file, `${pyprojectPath} [tool.setuptools.dynamic]`), '[tool.setuptools.dynamic] version file');
    }
    const cfgVersion = setupCfg?.metadata?.version;
    if (cfgVersion !== undefined && cfgVersion !== '') {
        const optionsDir = setupCfg?.options?.package_dir;
        const packageDir = optionsDir ? /(?:^|\n)\s*=\s*(\S+)/.exec(optionsDir)?.[1] : undefined;
        if (cfgVersion.startsWith('attr:'))
            return staticSource(attrVersion(dir, cfgVersion.slice(5), `${(0,external_node_path_.join)(dir, 'setup.cfg')} [metadata] version`, packageDir), `setup.cfg version = ${cfgVersion}`);
        if (cfgVersion.startsWith('file:'))
            return staticSource(fileVersion(dir, cfgVersion.slice(5), `${(0,external_node_path_.join)(dir, 'setup.cfg')} [metadata] version`), `setup.cfg version = ${cfgVersion}`);
        return staticSource(cfgVersion, 'setup.cfg [metadata] version');
    }
    if (requires.includes('setuptools-scm') && dynamic.includes('version'))
        return scmFromPyproject('setuptools-scm in build-system.requires');
    const setupPyVersion = setupPy ? /\bversion\s*=\s*['"]([^'"]+)['"]/.exec(setupPy)?.[1] : undefined;
    if (setupPyVersion !== undefined)
        return staticSource(setupPyVersion, 'setup.py version=');
    if (options.gitTopLevel || options.assumeScm) {
        notes.push('no version setting found: setuptools_scm defaults assumed');
        return scmFromPyproject('setuptools_scm defaults (no version setting found)');
    }
    throw new errors/* ConfigError */.xL(`cannot tell how the project in ${dir} gets its version: no [project] version, version setting or setuptools_scm table`, {
        hint: "set [project] version, configure setuptools_scm ([tool.setuptools_scm]), or pass the version with 'pretend-version'",
    });
}
/**
 * The settings of `setup(use_scm_version=…)`: `True` is none, a dict literal is read (strings, numbers,
 * booleans, None, lists, nested dicts, `__file__`); anything else is code, which only running setup.py
 * could evaluate. undefined when setup.py does not use the keyword.
 */
function useScmVersionKeyword(text, file) {
    const match = /\buse_scm_version\s*=\s*/.exec(text);
    if (!match)
        return undefined;
    const reader = new PythonLiteral(text, match.index + match[0].length, file);
    const value = reader.value();
    if (value === true)
        return {};
    if (value && typeof value === 'object' && !Array.isArray(value)) {
        const settings = { ...value };
        // relative_to=__file__ names setup.py, whose folder `root` is already relative to.
        delete settings.relative_to;
        return settings;
    }
    throw reader.failure();
}
const FILE_MARKER = Symbol('__file__');
/** A reader for the Python literals a use_scm_version dict holds; anything else is code. */
class PythonLiteral {
    text;
    at;
    file;
    constructor(text, at, file) {
        this.text = text;
        this.at = at;
        this.file = file;
    }
    failure() {
        return new errors/* ConfigError */.xL(`${this.file}: use_scm_version is not a literal dict (it holds code, which only running setup.py can evaluate)`, {
            hint: 'move the settings to [tool.setuptools_scm] in pyproject.toml and write use_scm_version=True',
        });
    }
    skip() {
        for (;;) {
            const rest = this.text.slice(this.at);
            const space = /^(?:\s+|#[^\n]*)/.exec(rest);
            if (!space)
                return;
            this.at += space[0].length;
        }
    }
    peek() {
        this.skip();
        return this.text[this.at] ?? '';
    }
    value() {
        const char = this.peek();
        const rest = this.text.slice(this.at);
        if (char === '{')
            return this.collection('}', true);
        if (char === '[' || char === '(')
            return this.collection(char === '[' ? ']' : ')', false);
        const string = /^[rRuU]?(?:'([^'\\\n]*)'|"([^"\\\n]*)")/.exec(rest);
        if (string) {
            this.at += string[0].length;
            return string[1] ?? string[2] ?? '';
        }
        const word = /^(True|False|None|__file__|-?\d+)\b/.exec(rest);
        if (!word)
            throw this.failure();
        this.at += word[0].length;
        if (word[1] === 'True')
            return true;
        if (word[1] === 'False')
            return false;
        if (word[1] === 'None')
            return undefined;
        if (word[1] === '__file__')
            return FILE_MARKER;
        return Number(word[1]);
    }
    collection(close, dict) {
        this.at++;
        const items = [];
        const entries = {};
        for (;;) {
            if (this.peek() === close) {
                this.at++;
                return dict ? entries : items;
            }
            const first = this.value();
            if (dict) {
                if (typeof first !== 'string' || this.peek() !== ':')
                    throw this.failure();
                this.at++;
                const second = this.value();
                if (second !== undefined && second !== FILE_MARKER)
                    entries[first] = second;
            }
            else
                items.push(first);
            const next = this.peek();
            if (next === ',')
                this.at++;
            else if (next !== close)
                throw this.failure();
        }
    }
}
function unsupported(file, what, bypass) {
    return new errors/* ConfigError */.xL(`${file}: the version comes from ${what}, which Wheelwright does not compute`, {
        hint: `pass the version with the 'pretend-version' input${bypass ? ` (and set ${bypass} for the build)` : ''}`,
    });
}
/**
 * The manifest's record of how the version was made (`source.versionSource`, `source.versionFrom`), so a
 * later step can say "bump the version in pyproject.toml" for a static one. Never throws: a project whose
 * source cannot be read records nothing.
 */
function versionOrigin(projectDir) {
    try {
        const source = detectVersionSource(projectDir, 'path', { gitTopLevel: (0,external_node_fs_.existsSync)((0,external_node_path_.join)(projectDir, '.git')) });
        return { versionSource: source.kind, versionFrom: source.where };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/version/index.ts
/**
 * The version setuptools_scm will compute at build time, computed before the build: one entry,
 * `computeVersion`, shared by the pep440-version action and the CLI. Behaviour follows setuptools_scm
 * 10.3.x (vcs-versioning 2.5); every difference is a bug (test/pep440-version/scm-reference.test.ts).
 */
















function settingList(value, key, where) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string'))
        return value;
    throw new errors/* ConfigError */.xL(`${where}: ${key} must be a string or a list of strings`);
}
function settingString(section, key, where) {
    const value = section?.[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string')
        throw new errors/* ConfigError */.xL(`${where}: ${key} must be a string`);
    return value;
}
function checkSchemes(names, known, what, fromInput) {
    for (const name of names) {
        if (!known.includes(name)) {
            const message = `${what} '${name}' is not a setuptools_scm scheme (expected one of ${known.join(', ')})`;
            const hint = 'module:function references run project code and are not supported by Wheelwright';
            throw fromInput ? new errors/* InputError */.dz(message, { hint }) : new errors/* ConfigError */.xL(message, { hint });
        }
    }
}
/** Reads setuptools_scm's settings (from the table the project uses) and lets the options override them. */
function resolveConfig(options, source, scm, warnings) {
    const settings = scm.settings;
    const where = scm.where;
    const tagTable = table(settings, 'tag', where);
    const gitTable = table(settings, 'scm.git', where);
    // setuptools_scm: relative_to in the configuration is ignored ("always relative to the config file").
    if (settings.relative_to !== undefined && scm.file !== undefined)
        warnings.push(`${where}: ignoring relative_to=${JSON.stringify(settings.relative_to)}: setuptools_scm resolves root relative to the configuration file`);
    const configuredRoot = settingString(settings, 'root', where);
    const root = configuredRoot === undefined ? scm.base : (0,external_node_path_.isAbsolute)(configuredRoot) ? configuredRoot : (0,external_node_path_.resolve)(scm.base, configuredRoot);
    const versionSchemes = options.versionScheme
        ? [options.versionScheme]
        : (settingList(settings.version_scheme, 'version_scheme', where) ?? ['guess-next-dev']);
    const localSchemes = options.localScheme
        ? [options.localScheme]
        : (settingList(settings.local_scheme, 'local_scheme', where) ?? ['node-and-date']);
    const schemeWhat = options.versionScheme ? "input 'version-scheme'" : `${where}: version_scheme`;
    const localWhat = options.localScheme ? "input 'local-scheme'" : `${where}: local_scheme`;
    checkSchemes(versionSchemes, Object.keys(VERSION_SCHEMES), schemeWhat, Boolean(options.versionScheme));
    checkSchemes(localSchemes, LOCAL_SCHEMES, localWhat, Boolean(options.localScheme));
    const tableRegex = settingString(tagTable, 'regex', where);
    const topRegex = settingString(settings, 'tag_regex', where);
    if (tableRegex !== undefined && topRegex !== undefined)
        throw new errors/* ConfigError */.xL(`${where}: both tag_regex and tag.regex are set`, {
            hint: "keep only 'tag.regex' (setuptools_scm refuses both)",
        });
    const configuredRegex = tableRegex ?? topRegex;
    const strict = tagTable?.strict;
    if (strict !== undefined && typeof strict !== 'boolean')
        throw new errors/* ConfigError */.xL(`${where}: tag.strict must be true or false`);
    const describe = gitTable?.describe_command ?? settings.git_describe_command;
    let command;
    if (typeof describe === 'string')
        command = shellSplit(describe);
    else if (Array.isArray(describe) && describe.length > 0 && describe.every((item) => typeof item === 'string'))
        command = describe;
    else if (describe !== undefined)
        throw new errors/* ConfigError */.xL(`${where}: describe_command must be a string or a list of strings`);
    const normalize = settings.normalize;
    if (normalize !== undefined && typeof normalize !== 'boolean')
        throw new errors/* ConfigError */.xL(`${where}: normalize must be true or false`);
    const configuredName = settingString(settings, 'dist_name', where) ?? source.distName;
    return {
        root,
        versionSchemes,
        localSchemes,
        tagRegex: options.tagRegex || configuredRegex,
        tagRegexWhat: options.tagRegex ? "input 'tag-regex'" : `${where}: tag_regex`,
        tagPrefix: settingString(tagTable, 'prefix', where) ?? '',
        tagStrict: strict,
        fallbackVersion: options.fallbackVersion || settingString(settings, 'fallback_version', where),
        fallbackWhat: options.fallbackVersion ? "input 'fallback-version'" : `${where}: fallback_version`,
        parentdirPrefixVersion: settingString(settings, 'parentdir_prefix_version', where),
        describeCommand: command,
        searchParentDirectories: settings.search_parent_directories === true,
        preParse: settingString(gitTable, 'pre_parse', where),
        normalize: normalize !== false,
        distName: checkedDistName(options.distName || configuredName, options.distName ? "input 'dist-name'" : `${where}: the project name`),
        configFile: scm.file,
        projectDir: source.projectDir,
        where,
    };
}
// PEP 508 names: letters and digits, with `.`, `-`, `_` inside. The name becomes part of an environment
// variable's name (SETUPTOOLS_SCM_PRETEND_VERSION_FOR_<NAME>, also written to GITHUB_ENV): anything else
// (a line break, `=`, a control character) could name or set another variable.
const PROJECT_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
function checkedDistName(name, what) {
    if (name === undefined || PROJECT_NAME.test(name))
        return name;
    const hint = 'a project name (PEP 508) holds letters, digits, ".", "-" and "_", and starts and ends with a letter or digit';
    const message = `${what} '${(0,printable_name/* escapeControlCharacters */.F7)(name)}' is not a valid project name`;
    if (what.startsWith('input'))
        throw new errors/* InputError */.dz(message, { hint, options: [{ name: 'dist-name' }] });
    throw new errors/* ConfigError */.xL(message, { hint });
}
// setuptools_scm: dist_env_suffix — canonicalize_name, then `-` → `_`, upper case.
function distEnvSuffix(distName) {
    return canonicalizeName(distName).replace(/-/g, '_').toUpperCase();
}
/** PEP 503 name normalization. */
const canonicalizeName = project_name/* normalizeProjectName */.yz;
/**
 * setuptools_scm's pretend lookup (vcs_versioning EnvReader.read("PRETEND_VERSION")): the `_FOR_<DIST>`
 * variables of both tool prefixes, then the plain ones; the first that exists wins even when empty.
 * Failing those, any `…_FOR_<X>` whose X canonicalizes to the dist (with a warning).
 */
function readPretendVersion(env, distName, warnings) {
    const tools = ['SETUPTOOLS_SCM', 'VCS_VERSIONING'];
    const candidates = [];
    if (distName !== undefined)
        for (const tool of tools)
            candidates.push(`${tool}_PRETEND_VERSION_FOR_${distEnvSuffix(distName)}`);
    for (const tool of tools)
        candidates.push(`${tool}_PRETEND_VERSION`);
    for (const name of candidates) {
        const value = env[name];
        if (value !== undefined)
            return value === '' ? undefined : { name, value };
    }
    if (distName === undefined)
        return undefined;
    const canonical = canonicalizeName(distName);
    for (const tool of tools) {
        const prefix = `${tool}_PRETEND_VERSION_FOR_`;
        for (const [name, value] of Object.entries(env)) {
            if (!name.startsWith(prefix) || value === undefined)
                continue;
            if (canonicalizeName(name.slice(prefix.length).toLowerCase().replace(/_/g, '-')) === canonical) {
                warnings.push(`Found environment variable '${name}' for dist name '${distName}', but expected '${tool}_PRETEND_VERSION_FOR_${distEnvSuffix(distName)}'`);
                return value === '' ? undefined : { name, value };
            }
        }
    }
    return undefined;
}
function sourceTime(env) {
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch !== undefined && /^\s*[+-]?\d+\s*$/.test(epoch))
        return new Date(Number(epoch.trim()) * 1000);
    return new Date();
}
function findGitRoot(root, searchParents) {
    let current = root;
    for (;;) {
        if (GitWorkdir.isRoot(current))
            return current;
        const parent = (0,external_node_path_.dirname)(current);
        if (!searchParents || parent === current)
            return undefined;
        current = parent;
    }
}
/** The top level of the git work tree holding `dir` (the nearest folder at or above it with `.git`). */
function enclosingGitRoot(dir) {
    return findGitRoot(dir, true);
}
/**
 * Computes the version the project at `options.path` gets when it is built: its static version, or the one
 * setuptools_scm (directly or through hatch-vcs) derives from git.
 */
async function computeVersion(options, logger) {
    const env = options.env ?? process.env;
    const warnings = [];
    const warn = (message) => {
        warnings.push(message);
        logger.warning(message);
    };
    const pathWhat = options.pathWhat ?? "input 'path'";
    const dir = checkProjectPath(options.path || '.', pathWhat);
    // Start the default `git describe` before reading the configuration: the child runs on another core
    // meanwhile, and is used if the configuration keeps the default root and command.
    prefetchDescribe(dir, env);
    try {
        return await computeIn(dir, options, env, logger, warnings, warn);
    }
    finally {
        // A describe started for this folder and not used now must never answer a later call.
        discardPrefetched(dir);
    }
}
async function computeIn(dir, options, env, logger, warnings, warn) {
    const pathWhat = options.pathWhat ?? "input 'path'";
    let source;
    try {
        source = detectVersionSource(dir, pathWhat, {
            // A git top level, or an unpacked archive or sdist (setuptools_scm reads those without a project file).
            gitTopLevel: GitWorkdir.isRoot(dir) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git_archival.txt')) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'PKG-INFO')),
            // A version given explicitly (input or setuptools_scm's pretend variables) needs no project file.
            assumeScm: Boolean(options.fallbackVersion || options.pretendVersion) ||
                Object.keys(env).some((key) => /^(SETUPTOOLS_SCM|VCS_VERSIONING)_PRETEND_VERSION/.test(key)),
        });
    }
    catch (error) {
        // An explicit pretend version stands in for a version Wheelwright cannot read.
        if (!options.pretendVersion || !(error instanceof errors/* ConfigError */.xL))
            throw error;
        source = { kind: 'pretend', projectDir: dir, where: `input 'pretend-version' (${error.message})`, notes: [] };
    }
    for (const note of source.notes)
        warn(note);
    if (source.tool)
        return toolVersion(dir, source, source.tool, options, env, logger, warnings, warn);
    if (source.kind === 'static') {
        if (options.pretendVersion) {
            throw new errors/* InputError */.dz(`input 'pretend-version' '${options.pretendVersion}' cannot change a static version: ${source.where} is ${source.staticVersion}, and the build makes that`, { hint: `bump the version in ${source.where}, or leave input 'pretend-version' empty` });
        }
        return staticVersion(dir, source, options, env, warnings, warn);
    }
    const scm = source.scm ?? { settings: {}, where: dir, file: undefined, base: dir };
    const config = resolveConfig(options, source, scm, warnings);
    const tagPattern = compileTagRegex(config.tagRegex, config.tagRegexWhat);
    if (config.fallbackVersion !== undefined && !(0,pep440/* tryParseVersion */.z0)(config.fallbackVersion)) {
        throw new errors/* InputError */.dz(`${config.fallbackWhat} '${config.fallbackVersion}' is not a valid PEP 440 version`, {
            hint: 'use a PEP 440 version such as 0.0.0 or 1.0.dev0',
        });
    }
    const base = baseOf(config, source, config.versionSchemes.join(', '), config.localSchemes.join(', '));
    const none = NO_DESCRIPTION;
    // 1. Pretend version: the input, else setuptools_scm's environment variables. Kept verbatim.
    const pretend = options.pretendVersion
        ? { name: "input 'pretend-version'", value: options.pretendVersion }
        : readPretendVersion(env, config.distName, warnings);
    if (pretend) {
        if (source.kind === 'pretend')
            warn(`the version comes from the 'pretend-version' input: ${source.where}`);
        if (!(0,pep440/* tryParseVersion */.z0)(pretend.value)) {
            throw new errors/* InputError */.dz(`${pretend.name} '${pretend.value}' is not a valid PEP 440 version`, {
                hint: 'use a PEP 440 version such as 1.2.3 or 1.2.4.dev1',
            });
        }
        logger.info(`Version ${pretend.value} from ${pretend.name}`);
        return finish(options, config, base, warnings, { version: pretend.value, source: 'pretend', description: none, command: '' });
    }
    // 2. The git work tree (setuptools_scm probes `root` only, parents when search_parent_directories).
    const gitRoot = findGitRoot(config.root, config.searchParentDirectories);
    if (gitRoot === undefined)
        return withoutGit(options, config, base, tagPattern, warnings, warn, logger);
    const workdir = new GitWorkdir(gitRoot, env);
    const command = config.describeCommand ?? describeCommand(describeMatchGlob(config.tagPrefix, config.tagStrict));
    // 3. git describe — the one process of the common case.
    let description = await workdir.describe(command);
    let fetched;
    const exactTag = (d) => d?.tag !== undefined && d.distance === 0;
    const shallow = workdir.isShallow();
    if (shallow && !exactTag(description)) {
        if (options.fetchTags === false && config.preParse === 'fail_on_shallow') {
            throw new errors/* WheelwrightError */.LJ('git', `${gitRoot} is shallow, please correct with "git fetch --unshallow" (scm.git.pre_parse = fail_on_shallow)`, {
                hint: 'set fetch-tags: true, or check out with fetch-depth: 0',
            });
        }
        else if (options.fetchTags === false && config.preParse !== 'fetch_on_shallow') {
            warn(`"${gitRoot}" is shallow and may cause errors (fetch-tags is false: the version is computed from the history that is there)`);
        }
        else {
            fetched = await fetchMissingHistory(workdir, true, logger);
            description = await workdir.describe(command);
        }
    }
    else if (description === undefined && options.fetchTags !== false) {
        // A complete clone without tags (e.g. fetched without them): fetch tags once, if there is a remote.
        const remotes = await workdir.remotes();
        if (remotes.length > 0) {
            fetched = await fetchMissingHistory(workdir, false, logger, remotes);
            description = await workdir.describe(command);
        }
    }
    // 4. A release-tag trigger names the tag when several sit on HEAD.
    let triggerTag;
    let setuptoolsScmTag;
    const refTag = options.githubRef?.startsWith('refs/tags/') ? options.githubRef.slice('refs/tags/'.length) : undefined;
    if (refTag !== undefined && description?.tag !== undefined && description.distance === 0 && refTag !== description.tag) {
        const head = description.node?.slice(1);
        const glob = describeMatchGlob(config.tagPrefix, config.tagStrict);
        if (head !== undefined && globMatches(glob, refTag) && (await workdir.tagCommit(refTag)) === head) {
            setuptoolsScmTag = description.tag;
            triggerTag = refTag;
            description = { ...description, tag: refTag };
            warn(`several tags on HEAD: using ${refTag} (GITHUB_REF) where setuptools_scm alone would pick ${setuptoolsScmTag}; set export-env: true so the build uses this version`);
        }
    }
    else if (refTag !== undefined && description?.tag === refTag) {
        triggerTag = refTag;
    }
    let tag;
    if (description !== undefined) {
        const parsed = tagToVersion(description.tag, tagPattern, config.tagPrefix);
        if (parsed.warning)
            warn(parsed.warning);
        tag = { version: parsed.version, text: config.normalize ? undefined : rawTagText(parsed) };
        if (config.tagStrict === undefined &&
            !config.describeCommand &&
            !globMatches(describeMatchGlob(config.tagPrefix, true), description.tag)) {
            warn(`tag.strict is not set, and the future default (strict) would not accept tag '${description.tag}' (setuptools_scm warns the same)`);
        }
    }
    else {
        // setuptools_scm: no usable describe → fallback_version (or 0.0) as the tag, every commit counted.
        description = await workdir.describeWithoutTag();
        const text = config.fallbackVersion ?? '0.0';
        tag = { version: (0,pep440/* tryParseVersion */.z0)(text), text: config.normalize ? undefined : text.split('+')[0] };
        if (shallow)
            warn(`"${gitRoot}" is shallow and has no tag reachable from HEAD`);
    }
    const needs = config.versionSchemes.map(schemeNeeds);
    const [branch, headDate] = await Promise.all([
        needs.some((n) => n.branch) ? workdir.branch() : Promise.resolve(undefined),
        needs.some((n) => n.nodeDate) ? workdir.headDate() : Promise.resolve(undefined),
    ]);
    const state = {
        tag: tag.version,
        tagText: tag.text,
        distance: description.distance,
        node: description.node,
        dirty: description.dirty,
        branch,
        // setuptools_scm: no HEAD date → today (the real clock, not SOURCE_DATE_EPOCH).
        nodeDate: headDate ?? new Date(),
        time: sourceTime(env),
        tagPattern,
        tagPrefix: config.tagPrefix,
        fragmentBump: fragmentsFor(config),
    };
    if (options.failOnDirty && description.dirty)
        throw await dirtyError(workdir);
    let version;
    try {
        version = formatScmVersion(config.versionSchemes, config.localSchemes, state, warnings);
    }
    catch (error) {
        if (error instanceof DirtyWorkingTreeError)
            throw await dirtyError(workdir, config.localSchemes.join(', '));
        throw error;
    }
    return finish(options, config, base, warnings, {
        version,
        source: 'git',
        description,
        command: command.join(' '),
        fetched,
        triggerTag,
        setuptoolsScmTag,
        branch,
    });
}
/** The tag's version as written (normalize = false): the version group, with a suffix that is a valid local part. */
function rawTagText(parsed) {
    return `${parsed.versionText}${parsed.suffixKept ?? ''}`.split('+')[0];
}
/** towncrier-fragments reads the fragments next to the configuration file (else at the root). */
function fragmentsFor(config) {
    if (!config.versionSchemes.some((s) => VERSION_SCHEMES[s] === 'towncrier-fragments'))
        return undefined;
    return fragmentBump(config.configFile !== undefined ? (0,external_node_path_.dirname)(config.configFile) : config.root);
}
/**
 * No git work tree at the root: setuptools_scm's fallbacks, nearest to the project first — a filled-in
 * `.git_archival.txt`, an sdist's PKG-INFO, then parentdir_prefix_version and fallback_version.
 */
function withoutGit(options, config, base, tagPattern, warnings, warn, logger) {
    const none = NO_DESCRIPTION;
    const probes = [...new Set([config.projectDir, config.root])].sort((a, b) => b.length - a.length);
    const tagParses = (tag) => {
        try {
            tagToVersion(tag, tagPattern, config.tagPrefix);
            return true;
        }
        catch {
            warn(`tag '${tag}' no version found`);
            return false;
        }
    };
    for (const dir of probes) {
        const archival = readArchival(dir, tagParses, warnings);
        if (archival === undefined)
            continue;
        const time = sourceTime(options.env ?? process.env);
        const state = (tag, description) => {
            const parsed = tag === undefined ? undefined : tagToVersion(tag, tagPattern, config.tagPrefix);
            if (parsed?.warning)
                warn(parsed.warning);
            return {
                tag: parsed?.version ?? (0,pep440/* tryParseVersion */.z0)('0.0'),
                tagText: config.normalize ? undefined : parsed ? rawTagText(parsed) : '0.0',
                distance: description.distance,
                node: description.node,
                dirty: false,
                branch: undefined,
                nodeDate: time,
                time,
                tagPattern,
                tagPrefix: config.tagPrefix,
                fragmentBump: fragmentsFor(config),
            };
        };
        const description = archival.kind === 'describe'
            ? { ...archival.description, dirty: false }
            : archival.kind === 'ref'
                ? { ...none, tag: archival.tag }
                : { ...none, node: archival.node };
        const version = formatScmVersion(config.versionSchemes, config.localSchemes, state(description.tag, description), warnings);
        logger.info(`Version ${version} from ${(0,external_node_path_.join)(dir, '.git_archival.txt')} (no git work tree at ${config.root})`);
        return finish(options, config, base, warnings, { version, source: 'archival', description, command: '' });
    }
    for (const dir of probes) {
        const version = readPkgInfoVersion(dir);
        if (version === undefined)
            continue;
        return finish(options, config, base, warnings, { version, source: 'pkg-info', description: none, command: '' });
    }
    const name = (0,external_node_path_.basename)(config.projectDir);
    const prefix = config.parentdirPrefixVersion;
    if (prefix && name.startsWith(prefix)) {
        const found = matchTag(name.slice(prefix.length), tagPattern, config.tagPrefix);
        const parsed = found && (0,pep440/* tryParseVersion */.z0)(found.version);
        if (parsed) {
            warn(`${config.root} is not a git work tree: using the version ${(0,pep440/* formatVersion */.qh)(parsed)} from the folder name ${name}`);
            return finish(options, config, base, warnings, {
                version: (0,pep440/* formatVersion */.qh)(parsed),
                source: 'fallback',
                description: none,
                command: '',
            });
        }
    }
    if (config.fallbackVersion !== undefined && config.fallbackVersion !== '') {
        warn(`${config.root} is not a git work tree: using the fallback version ${config.fallbackVersion}`);
        return finish(options, config, base, warnings, { version: config.fallbackVersion, source: 'fallback', description: none, command: '' });
    }
    const top = enclosingGitRoot(config.root);
    if (top !== undefined) {
        const up = (0,external_node_path_.relative)(config.projectDir, top).split(external_node_path_.sep).join('/') || '.';
        throw new errors/* WheelwrightError */.LJ('git', `setuptools_scm finds no git work tree at ${config.root}: the repository's top level is ${top}, and ${config.where} does not point there`, { hint: `set root = "${up}" in ${config.where} (setuptools_scm fails the same way without it)` });
    }
    throw new errors/* WheelwrightError */.LJ('git', `${config.root} is not in a git work tree and holds no .git_archival.txt or PKG-INFO to read the version from`, {
        hint: 'check the repository out (actions/checkout) with its history, or set fallback-version',
    });
}
/**
 * A static version is the version; git, where there is a work tree around the project, only adds the
 * commit, the nearest tag and dirtiness to the outputs (and a warning when HEAD's tag says otherwise).
 */
async function staticVersion(dir, source, options, env, warnings, warn) {
    const written = source.staticVersion ?? '';
    const parsed = (0,pep440/* tryParseVersion */.z0)(written);
    if (!parsed) {
        throw new errors/* ConfigError */.xL(`${source.where} '${written}' in ${dir} is not a valid PEP 440 version`, {
            hint: 'write a PEP 440 version such as 1.2.3, 1.2.3rc1 or 1.2.3.dev0',
        });
    }
    const version = (0,pep440/* formatVersion */.qh)(parsed);
    const top = enclosingGitRoot(dir);
    let description = { tag: undefined, distance: 0, node: undefined, dirty: false, describeOutput: '' };
    let command = '';
    // A tag on HEAD that names exactly the static version is the release's tag (a release-tag build of a
    // static project may reach stable); any other tag is only the nearest one, for the summary.
    let releaseTag;
    if (top !== undefined) {
        const workdir = new GitWorkdir(top, env);
        const argv = describeCommand(describeMatchGlob('', undefined));
        command = argv.join(' ');
        description = (await workdir.describe(argv)) ?? (await workdir.describeWithoutTag());
        if (options.failOnDirty && description.dirty)
            throw await dirtyError(workdir);
        if (description.tag !== undefined && description.distance === 0) {
            const tagged = matchTag(description.tag, compileTagRegex(undefined));
            const tagVersion = tagged && (0,pep440/* tryParseVersion */.z0)(tagged.version);
            if (tagVersion && ((0,pep440/* formatVersion */.qh)(tagVersion) === version || (0,pep440/* publicVersion */.Yd)(tagVersion) === version)) {
                releaseTag = description.tag;
            }
            else if (tagVersion) {
                warn(`HEAD is tagged ${description.tag}, but the project's version is static (${source.where} = ${written}): the build makes ${version}`);
            }
        }
    }
    const fake = {
        root: top ?? dir,
        versionSchemes: [],
        localSchemes: [],
        tagRegex: undefined,
        tagRegexWhat: '',
        tagPrefix: '',
        tagStrict: undefined,
        fallbackVersion: undefined,
        fallbackWhat: '',
        parentdirPrefixVersion: undefined,
        describeCommand: undefined,
        searchParentDirectories: false,
        preParse: undefined,
        normalize: true,
        distName: options.distName || source.distName,
        configFile: (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'pyproject.toml')) ? (0,external_node_path_.join)(dir, 'pyproject.toml') : undefined,
        projectDir: dir,
        where: source.where,
    };
    return finish(options, fake, {
        versionScheme: '',
        localScheme: '',
        distName: fake.distName,
        root: dir,
        configFile: fake.configFile,
        versionSource: 'static',
        versionSourceWhere: source.where,
    }, warnings, 
    // The version does not come from a tag: the tag and distance outputs stay empty unless HEAD's tag names
    // that very version; the nearest tag is in the summary.
    {
        version,
        source: 'static',
        description: { ...description, tag: releaseTag, distance: 0 },
        command,
        raw: written,
        nearestTag: description.tag,
    });
}
/**
 * A version made by the project's own versioning tool (poetry-dynamic-versioning through dunamai, or
 * pdm-backend's SCM source), computed the way that tool does; the build gets it through the variable the
 * tool's backend honours (BUILD_VERSION_VARIABLES).
 */
async function toolVersion(dir, source, tool, options, env, logger, warnings, warn) {
    const dunamai = source.kind === 'poetry-dynamic-versioning' ? readDunamaiSettings(tool.settings, tool.where) : undefined;
    const pdm = source.kind === 'pdm-scm' ? readPdmScmSettings(tool.settings, tool.where) : undefined;
    for (const note of [...(dunamai?.notes ?? []), ...(pdm?.notes ?? [])])
        warn(note);
    const top = enclosingGitRoot(dir);
    const config = {
        root: top ?? dir,
        versionSchemes: [],
        localSchemes: [],
        tagRegex: pdm?.tagRegex,
        tagRegexWhat: '',
        tagPrefix: '',
        tagStrict: undefined,
        fallbackVersion: options.fallbackVersion || pdm?.fallbackVersion,
        fallbackWhat: options.fallbackVersion ? "input 'fallback-version'" : `${tool.where}: fallback_version`,
        parentdirPrefixVersion: undefined,
        describeCommand: undefined,
        searchParentDirectories: true,
        preParse: undefined,
        normalize: true,
        distName: options.distName || source.distName,
        configFile: (0,external_node_path_.join)(dir, 'pyproject.toml'),
        projectDir: dir,
        where: tool.where,
    };
    const style = dunamai ? (dunamai.format ? `format ${dunamai.format}` : `dunamai ${dunamai.style ?? 'pep440'}`) : 'pdm-backend default';
    const base = baseOf(config, source, style, '');
    const none = NO_DESCRIPTION;
    const toolName = source_VERSION_SOURCE_NAMES[source.kind];
    // The version as the build will write it (the backends normalize it): PEP 440 or nothing.
    const accepted = (text, what) => {
        const parsed = (0,pep440/* tryParseVersion */.z0)(text);
        if (!parsed)
            // The text can come from a file of the project: shown short and with no line break it could forge.
            throw new errors/* WheelwrightError */.LJ('version', `${what} '${(0,printable_name/* printableName */.Nt)(text.length > 80 ? `${text.slice(0, 80)}…` : text)}' is not a PEP 440 version`, {
                hint: 'the build would fail on it too: change the style/format or the tag, or pass a PEP 440 version',
            });
        return { version: (0,pep440/* formatVersion */.qh)(parsed), raw: text };
    };
    // 1. Explicit versions: the input, then the tool's own variables (which its backend would read too).
    const pretend = options.pretendVersion
        ? { name: "input 'pretend-version'", value: options.pretendVersion }
        : dunamai
            ? (() => {
                const found = pluginOverride(env, source.distName);
                return found && { name: found.variable, value: found.value };
            })()
            : env.PDM_BUILD_SCM_VERSION
                ? { name: 'PDM_BUILD_SCM_VERSION', value: env.PDM_BUILD_SCM_VERSION }
                : undefined;
    if (pretend) {
        const { version, raw } = accepted(pretend.value, pretend.name);
        logger.info(`Version ${version} from ${pretend.name}`);
        return finish(options, config, base, warnings, { version, raw, source: 'pretend', description: none, command: '' });
    }
    if (dunamai?.fromFile) {
        const { version, raw } = accepted(versionFromFile(dir, dunamai), `${tool.where}: from-file`);
        return finish(options, config, base, warnings, { version, raw, source: 'static', description: none, command: '' });
    }
    // 2. A shallow clone: fetch its history first (as for setuptools_scm), unless fetch-tags is false.
    const workdir = top === undefined ? undefined : new GitWorkdir(top, env);
    let fetched;
    const wantsFetch = options.fetchTags !== false || dunamai?.fixShallowRepository === true;
    if (workdir?.isShallow() && wantsFetch)
        fetched = await fetchMissingHistory(workdir, true, logger);
    if (dunamai) {
        const facts = await dunamaiFromGit(dir, dunamai, env);
        if (facts.shallow)
            warn('This is a shallow repository, so dunamai may not produce the correct version.');
        if (options.failOnDirty && facts.version.dirty && workdir)
            throw await dirtyError(workdir);
        const { version, raw } = accepted(pluginVersion(facts.version, dunamai), `${toolName}'s version`);
        logger.info(`Version ${version} from ${facts.tag === undefined ? 'no matching tag (dunamai falls back to 0.0.0)' : `tag ${facts.tag}`}`);
        return finish(options, config, base, warnings, {
            version,
            raw,
            source: 'git',
            description: {
                tag: facts.tag,
                distance: facts.version.distance,
                node: facts.head === undefined ? undefined : `g${facts.head}`,
                dirty: facts.version.dirty === true,
                describeOutput: '',
            },
            command: 'git for-each-ref refs/tags/** --merged HEAD (dunamai)',
            fetched,
            branch: facts.version.branch,
        });
    }
    const settings = pdm;
    const facts = await pdmFromGit(dir, settings, env);
    if (facts === undefined) {
        if (config.fallbackVersion !== undefined) {
            warn(`Can't get a valid version from scm, use fallback_version instead (${dir} is not in a git work tree)`);
            const { version, raw } = accepted(config.fallbackVersion, config.fallbackWhat);
            return finish(options, config, base, warnings, { version, raw, source: 'fallback', description: none, command: '' });
        }
        throw new errors/* WheelwrightError */.LJ('git', `${dir} is not in a git work tree, which pdm-backend reads the version from`, {
            hint: "check the repository out with its history, or set fallback_version in [tool.pdm.version] (or the 'fallback-version' input)",
        });
    }
    for (const message of facts.warnings)
        warn(message);
    if (options.failOnDirty && facts.scm.dirty && workdir)
        throw await dirtyError(workdir);
    const formatted = pdmDefaultFormat(facts.scm);
    let result;
    let from = 'git';
    if ((0,pep440/* tryParseVersion */.z0)(formatted))
        result = accepted(formatted, `${toolName}'s version`);
    else if (config.fallbackVersion !== undefined) {
        // pdm-backend: a formatted version that is not PEP 440 gives way to fallback_version.
        warn(`Can't get a valid version from scm, use fallback_version instead ('${formatted}' is not PEP 440)`);
        result = accepted(config.fallbackVersion, config.fallbackWhat);
        from = 'fallback';
    }
    else
        result = accepted(formatted, `${toolName}'s version`);
    return finish(options, config, base, warnings, {
        ...result,
        source: from,
        description: {
            tag: facts.tag,
            distance: facts.scm.distance ?? 0,
            node: facts.head === undefined ? undefined : `g${facts.head}`,
            dirty: facts.scm.dirty,
            describeOutput: facts.describeOutput,
        },
        command: `git describe --dirty --tags --long --match ${settings.tagFilter || '*.*'}`,
        fetched,
        branch: facts.scm.branch,
    });
}
async function dirtyError(workdir, scheme) {
    const files = await workdir.dirtyFiles();
    const listed = files.length > 0 ? files.join(', ') : '(no tracked file differs; the index may be stale)';
    return new errors/* WheelwrightError */.LJ('version', `the work tree ${workdir.root} has uncommitted changes${scheme ? ` (local scheme ${scheme})` : ''}: ${listed}`, { hint: 'a build step probably wrote into the checkout: write outputs outside the tree or add them to .gitignore' });
}
async function fetchMissingHistory(workdir, shallow, logger, known) {
    const remotes = known ?? (await workdir.remotes());
    const remote = remotes.includes('origin') ? 'origin' : remotes[0];
    if (remote === undefined) {
        throw new errors/* WheelwrightError */.LJ('git', `${workdir.root} is a shallow clone without a remote to fetch its history from`, {
            hint: "check out with 'fetch-depth: 0' (actions/checkout), or set fetch-tags: false to compute from the history that is there",
        });
    }
    const what = shallow ? `full history and tags from ${remote}` : `tags from ${remote}`;
    await logger.group(`Fetching ${what} (the clone is ${shallow ? 'shallow' : 'without tags'})`, () => workdir.fetchHistory(remote, shallow));
    return what;
}
/** A git description for a version that no git state gave (pretend, archive, PKG-INFO, fallback). */
const NO_DESCRIPTION = { tag: undefined, distance: 0, node: undefined, dirty: false, describeOutput: '' };
/** What every result says of where its version came from, whichever tool computed it. */
function baseOf(config, source, versionScheme, localScheme) {
    return {
        versionScheme,
        localScheme,
        distName: config.distName,
        root: config.root,
        configFile: config.configFile,
        versionSource: source.kind,
        versionSourceWhere: source.where,
    };
}
function finish(options, config, base, warnings, derived) {
    const parsed = (0,pep440/* tryParseVersion */.z0)(derived.version);
    if (!parsed) {
        throw new errors/* WheelwrightError */.LJ('version', `setuptools_scm's scheme ${base.versionScheme} gives '${derived.version}', which is not a PEP 440 version`, { hint: 'the build would fail on it too: choose another version_scheme or retag' });
    }
    const classification = (0,pep440/* classifyVersion */.ZG)(parsed);
    const exportVariables = {};
    // A static version needs no pretend variables: the build reads it from the project itself.
    const buildVariable = source_BUILD_VERSION_VARIABLES[base.versionSource];
    if (options.exportEnv && buildVariable !== undefined) {
        exportVariables[buildVariable] = derived.version;
    }
    else if (options.exportEnv && derived.source !== 'static') {
        if (config.distName)
            exportVariables[`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${distEnvSuffix(config.distName)}`] = derived.version;
        exportVariables.SETUPTOOLS_SCM_PRETEND_VERSION = derived.version;
    }
    const d = derived.description;
    return {
        ...base,
        version: derived.version,
        writtenVersion: derived.raw !== undefined && derived.raw !== derived.version ? derived.raw : undefined,
        nearestTag: derived.nearestTag,
        publicVersion: (0,pep440/* publicVersion */.Yd)(parsed),
        baseVersion: classification.base,
        classification,
        semver: toSemver(parsed),
        source: derived.source,
        tag: d.tag ?? '',
        distance: d.distance,
        dirty: d.dirty,
        node: d.node?.slice(0, 10) ?? '',
        commit: d.node?.slice(1) ?? '',
        branch: derived.branch,
        describeCommand: derived.command,
        describeOutput: d.describeOutput,
        fetched: derived.fetched,
        triggerTag: derived.triggerTag,
        setuptoolsScmTag: derived.setuptoolsScmTag,
        exportVariables,
        warnings,
    };
}
/** The action's outputs, by output name. */
function versionOutputs(result) {
    const c = result.classification;
    return {
        version: result.version,
        'version-source': result.versionSource,
        'public-version': result.publicVersion,
        'base-version': result.baseVersion,
        tag: result.tag,
        distance: String(result.distance),
        dirty: String(result.dirty),
        node: result.node,
        'is-final': String(c.isFinal),
        'is-prerelease': String(c.isPrerelease),
        'is-devrelease': String(c.isDevrelease),
        'is-postrelease': String(c.isPostrelease),
        channel: c.channel,
        semver: result.semver,
    };
}
/** The job summary: the version and how it was derived. */
function summaryMarkdown(result) {
    const c = result.classification;
    // poetry-dynamic-versioning and pdm-backend: the tool's name, and its format in place of setuptools_scm's schemes.
    const tool = BUILD_VERSION_VARIABLES[result.versionSource] !== undefined;
    const from = result.source === 'static'
        ? `the static version in ${result.versionSourceWhere}${result.writtenVersion ? ` (written ${cell(result.writtenVersion)})` : ''}, not git${result.nearestTag ? ` (nearest tag ${cell(result.nearestTag)})` : ''}`
        : result.source === 'pretend'
            ? 'a pretend version (not from git)'
            : result.source === 'fallback'
                ? 'the fallback version (no git work tree)'
                : result.source === 'archival'
                    ? `the git archive's .git_archival.txt${result.tag ? ` (tag ${cell(result.tag)})` : ''}`
                    : result.source === 'pkg-info'
                        ? "the sdist's PKG-INFO"
                        : result.tag
                            ? `tag ${cell(result.tag)}${result.triggerTag && result.setuptoolsScmTag ? ` (named by GITHUB_REF; setuptools_scm alone would pick ${cell(result.setuptoolsScmTag)})` : ''}`
                            : `no tag reachable from HEAD (${tool ? VERSION_SOURCE_NAMES[result.versionSource] : 'setuptools_scm'} counts every commit)`;
    const rows = [
        ['Version', cell(result.version)],
        [
            'Version source',
            `${cell(result.versionSource)}${tool ? ` — ${VERSION_SOURCE_NAMES[result.versionSource]}` : ''} (${result.versionSourceWhere})`,
        ],
        ['Derived from', from],
        ['Distance', String(result.distance)],
        ['Dirty', String(result.dirty)],
        ['Node', cell(result.node)],
        ...(result.source === 'static'
            ? []
            : tool
                ? [['Format', `${cell(result.versionScheme)}${result.writtenVersion ? ` (written ${cell(result.writtenVersion)})` : ''}`]]
                : [['Schemes', `${cell(result.versionScheme)} + ${cell(result.localScheme)}`]]),
        ['Kind', `${c.kind} → highest channel **${c.channel}**`],
        ['Public / base', `${cell(result.publicVersion)} / ${cell(result.baseVersion)}`],
        ['SemVer', cell(result.semver)],
    ];
    if (result.describeCommand)
        rows.push(['git', `${cell(result.describeCommand)} → ${cell(result.describeOutput)}`]);
    if (result.fetched)
        rows.push(['Fetched', result.fetched]);
    if (result.configFile)
        rows.push(['Configuration', cell(result.configFile)]);
    const exported = Object.keys(result.exportVariables);
    if (exported.length > 0)
        rows.push(['Exported', exported.map(cell).join(', ')]);
    const lines = ['### PEP 440 version', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
    if (result.warnings.length > 0)
        lines.push('', ...result.warnings.map((w) => `> ⚠️ ${w}`));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/version/build-version.ts
/**
 * How a build gets the version for projects versioned by poetry-dynamic-versioning or pdm-backend's SCM
 * source: the variable the project's own backend honours (POETRY_DYNAMIC_VERSIONING_BYPASS,
 * PDM_BUILD_SCM_VERSION), and for poetry-dynamic-versioning's plugin mode (a plain poetry-core backend,
 * which knows nothing of the plugin) a staged copy of the project with the placeholder replaced, as the
 * plugin does in place for `poetry build` — the user's checkout is never written.
 */











/**
 * The build set-up for `version` when the project in `projectDir` takes its version from
 * poetry-dynamic-versioning or pdm-backend; undefined for every other project (or one whose source
 * cannot be read: the build reports that itself). Without a version, only plugin mode needs one (its
 * backend would write the placeholder), computed here as pep440-version does.
 */
async function toolBuild(projectDir, given, tempRoot, env) {
    let source;
    try {
        source = detectVersionSource(projectDir, 'path', { gitTopLevel: false });
    }
    catch {
        return undefined;
    }
    const variable = source_BUILD_VERSION_VARIABLES[source.kind];
    if (variable === undefined || source.tool === undefined)
        return undefined;
    if (given === undefined && !source.tool.pluginMode)
        return undefined;
    const version = given ?? (await computeVersion({ path: projectDir, env, fetchTags: false, exportEnv: false }, silentLogger)).version;
    const variables = { [variable]: version };
    if (!source.tool.pluginMode)
        return { variables, note: `${variable}=${version}` };
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempRoot, 'wheelwright-stage-'));
    const remove = () => (0,promises_.rm)(dir, { recursive: true, force: true });
    try {
        await copyProject(projectDir, dir);
        const pyproject = (0,external_node_path_.join)(dir, 'pyproject.toml');
        await (0,promises_.writeFile)(pyproject, substitutePoetryVersion(await (0,promises_.readFile)(pyproject, 'utf8'), version, (0,external_node_path_.join)(projectDir, 'pyproject.toml')));
        await substituteVersionFiles(dir, source.tool.settings, version, source.tool.where);
        return {
            variables,
            staged: { dir, remove },
            note: `${variable}=${version}; built from a copy whose [tool.poetry] version is ${version} (poetry-core does not run the plugin)`,
        };
    }
    catch (error) {
        await remove();
        throw error;
    }
}
/** The files a build of the checkout would see: tracked and untracked-but-not-ignored ones (everything outside git). */
async function copyProject(projectDir, target) {
    const listed = await runGitIn(projectDir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
        okCodes: [0, 128],
        timeoutMs: 60_000,
    });
    if (listed.code !== 0) {
        await (0,promises_.cp)(projectDir, target, { recursive: true, verbatimSymlinks: true, filter: (path) => !path.split(external_node_path_.sep).includes('.git') });
        return;
    }
    const root = (0,external_node_path_.resolve)(target);
    for (const file of new Set(listed.stdout.split('\0').filter(Boolean))) {
        const from = (0,external_node_path_.join)(projectDir, file);
        const to = (0,external_node_path_.resolve)(root, file);
        // git names paths inside the work tree; anything else is not copied.
        if (!to.startsWith(`${root}${external_node_path_.sep}`) || !(0,external_node_fs_.existsSync)(from))
            continue;
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(to), { recursive: true });
        await (0,promises_.cp)(from, to, { verbatimSymlinks: true }).catch(() => (0,promises_.copyFile)(from, to));
    }
}
// poetry-dynamic-versioning's default substitution (its _default_config): these files, these two patterns.
const DEFAULT_FILES = ['*.py', '*/__init__.py', '*/__version__.py', '*/_version.py'];
const DEFAULT_PATTERNS = [
    { value: String.raw `(^__version__\s*(?::.*?)?=\s*['"])[^'"]*(['"])`, mode: 'str' },
    { value: String.raw `(^__version_tuple__\s*(?::.*?)?=\s*\()[^)]*(\))`, mode: 'tuple' },
];
/** poetry-dynamic-versioning: the `tuple` mode — `0.1.2.dev0+a.b` as `0, 1, 2, "dev0", "a.b"`. */
function versionTuple(version) {
    const [public_, ...local] = version.split('+');
    const parts = [...public_.split(/[-.]/), ...(local.length > 0 ? [local.join('+')] : [])]
        .filter((part) => part !== '')
        .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : `"${part}"`));
    return parts.length === 1 ? `${parts[0]},` : parts.join(', ');
}
/**
 * poetry-dynamic-versioning's `_substitute_version` in the staged copy: the `__version__` and
 * `__version_tuple__` placeholders (or the project's own `[substitution]` files, patterns and folders)
 * get the version, as `poetry build` with the plugin writes them into the artefacts.
 */
async function substituteVersionFiles(dir, settings, version, where) {
    const table = (settings.substitution ?? {});
    const list = (value, fallback) => (Array.isArray(value) ? value : fallback);
    const patternsOf = (value) => list(value, DEFAULT_PATTERNS).map((item) => {
        const entry = typeof item === 'string' ? { value: item, mode: 'str' } : item;
        if (typeof entry.value !== 'string' || (entry.mode !== undefined && entry.mode !== 'str' && entry.mode !== 'tuple'))
            throw new errors/* ConfigError */.xL(`${where}: substitution.patterns entries are regular expressions or { value, mode = "str" | "tuple" }`);
        return { regex: compilePythonRegex(entry.value, `${where}: substitution pattern`, 'gm'), tuple: entry.mode === 'tuple' };
    });
    const files = list(table.files, DEFAULT_FILES).filter((item) => typeof item === 'string');
    const folders = [
        { path: '.', files, patterns: patternsOf(table.patterns) },
        ...list(table.folders, []).map((item) => {
            const folder = item;
            if (typeof folder.path !== 'string')
                throw new errors/* ConfigError */.xL(`${where}: substitution.folders entries need a path`);
            return {
                path: folder.path,
                files: Array.isArray(folder.files) ? folder.files.filter((f) => typeof f === 'string') : files,
                patterns: folder.patterns === undefined ? patternsOf(table.patterns) : patternsOf(folder.patterns),
            };
        }),
    ];
    const root = (0,external_node_path_.resolve)(dir);
    const seen = new Set();
    for (const folder of folders) {
        const base = (0,external_node_path_.resolve)(root, folder.path);
        if (base !== root && !base.startsWith(`${root}${external_node_path_.sep}`))
            continue;
        for (const found of await glob(folder.files, { cwd: base, absolute: true, dot: true, onlyFiles: true })) {
            const file = (0,external_node_path_.resolve)(found);
            if (seen.has(file) || !file.startsWith(`${root}${external_node_path_.sep}`))
                continue;
            seen.add(file);
            const original = await (0,promises_.readFile)(file, 'utf8');
            let text = original;
            for (const pattern of folder.patterns) {
                const insert = pattern.tuple ? versionTuple(version) : version;
                text = text.replace(pattern.regex.regexFor(text), (_match, before, after) => `${before}${insert}${after}`);
            }
            if (text !== original)
                await (0,promises_.writeFile)(file, text);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/http/redact.ts
/**
 * Secrets out of every message. A URL's userinfo is replaced up to the last `@` of the URL as written (not
 * as a parser reads it): `https://ci:pa/ss@host/` is no valid URL, and `https://ci:p@ss@host/` holds one
 * password, yet both must print as `https://***@host/`. An `@` in a path is redacted too; losing a few
 * characters of a path in a message is the price of never printing a password.
 */
const USERINFO_AT_START = /^(\s*[a-z][a-z0-9+.-]*:\/\/)\S*@/i;
const USERINFO_ANYWHERE = /([a-z][a-z0-9+.-]*:\/\/)[^\s'"<>`]*@/gi;
/** `https://user:secret@host/` becomes `https://***@host/`, whatever the password holds. */
function redactUrl(url) {
    return url.replace(USERINFO_AT_START, '$1***@');
}
/**
 * Replaces every secret (raw and URL-encoded, of any length, longest first) and every URL's userinfo in
 * a text, for messages built from servers' answers.
 */
function redactSecrets(text, secrets) {
    let result = text.replace(USERINFO_ANYWHERE, '$1***@');
    const forms = new Set();
    for (const secret of secrets) {
        if (!secret)
            continue;
        forms.add(secret);
        forms.add(encodeURIComponent(secret));
    }
    for (const form of [...forms].sort((a, b) => b.length - a.length))
        result = result.split(form).join('***');
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/build/build-environment.ts
/**
 * The environment `python -m build` runs in: SOURCE_DATE_EPOCH for reproducible archives, setuptools_scm's
 * pretend variables for a given version, and the index pip uses to fill the isolated build environment.
 */






async function git(cwd, args) {
    try {
        const result = await runGitIn(cwd, args, { timeoutMs: 30_000 });
        return result.stdout;
    }
    catch {
        return undefined;
    }
}
/**
 * What the build's environment needs from git, read before the build starts: the last commit and its
 * time (SOURCE_DATE_EPOCH), and whether tracked files differ from it (before the build can write into the
 * tree). Two processes side by side; every field absent outside a git work tree or without a commit.
 */
async function readCommitState(projectDir) {
    const [head, status] = await Promise.all([
        git(projectDir, ['log', '-1', '--format=%H %ct', 'HEAD']),
        git(projectDir, ['status', '--porcelain', '--untracked-files=no']),
    ]);
    const [commit, time] = head?.trim().split(' ') ?? [];
    if (!commit)
        return {};
    return { commit, dirty: (status ?? '').trim() !== '', ...(time ? { commitTime: time } : {}) };
}
/**
 * The rest of what git knows, which only the inspection and the manifest need, so it is read while the
 * build runs: the tag on HEAD (newest first) else the nearest one `git describe` finds with the distance
 * to it, and the tracked files (a work tree without commits still has an index worth comparing).
 */
/**
 * True when the tag, minus a prefix (`pkg-a-v`, `release-`), spells `version`: the tag of this release
 * among several on one commit (a monorepo tags each package's release on the same commit).
 */
function tagNamesVersion(tag, version) {
    for (let start = 0; start < tag.length; start++) {
        if (start > 0 && /[0-9A-Za-z]/.test(tag[start - 1] ?? ''))
            continue;
        const rest = tag.slice(start);
        if (/^[vV]?\d/.test(rest) && (0,version_bridge/* normalizeVersion */.Qj)(rest) !== undefined && (0,version_bridge/* sameVersion */.r1)(rest, version))
            return true;
    }
    return false;
}
async function readSourceRefs(projectDir, commit, version) {
    const [files, tags, described] = await Promise.all([
        git(projectDir, ['ls-files', '-z']),
        commit ? git(projectDir, ['tag', '--points-at', 'HEAD', '--sort=-creatordate']) : undefined,
        commit ? git(projectDir, ['describe', '--tags', '--long', '--abbrev=40', 'HEAD']) : undefined,
    ]);
    const info = {};
    const onHead = (tags ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
    const tag = (version ? onHead.find((name) => tagNamesVersion(name, version)) : undefined) ?? onHead[0];
    const nearest = /^(.+)-(\d+)-g[0-9a-f]{40}$/.exec(described?.trim() ?? '');
    if (tag) {
        info.tag = tag.trim();
        info.distance = 0;
    }
    else if (nearest?.[1]) {
        info.tag = nearest[1];
        info.distance = Number(nearest[2]);
    }
    if (files !== undefined)
        info.trackedFiles = files.split('\0').filter(Boolean);
    return info;
}
/** The value of SOURCE_DATE_EPOCH: the input, else one already in the environment, else the last commit. */
function chooseSourceDateEpoch(input, env, source) {
    if (input !== undefined && input !== '') {
        if (!/^\d+$/.test(input))
            throw new errors/* InputError */.dz(`input 'source-date-epoch' must be whole seconds since 1970-01-01 UTC, got '${input}'`, {
                hint: 'use `git log -1 --format=%ct` or leave it empty for the last commit time',
            });
        // zip stores DOS times, which start in 1980: earlier values make setuptools/wheel fail.
        if (Number(input) < 315532800)
            throw new errors/* InputError */.dz(`input 'source-date-epoch' ${input} is before 1980-01-01, which zip files cannot store`);
        return input;
    }
    if (env.SOURCE_DATE_EPOCH)
        return env.SOURCE_DATE_EPOCH;
    return source.commitTime;
}
/**
 * setuptools_scm's pretend variables for `name` (its `SETUPTOOLS_SCM_PRETEND_VERSION_FOR_*` overrides): the canonical
 * `_FOR_<NAME>` form (`My.Pkg-Name` → `MY_PKG_NAME`) that 8+ reads, 7.1's `_FOR_<name.upper()>` when it
 * differs (`MY.PKG-NAME`: a valid variable name for a process, if not for a shell), and the unnamed one when the name is unknown (setup.py-only projects). hatch-vcs reads the same.
 */
function pretendVersionVariables(version, name) {
    if (!name)
        return { SETUPTOOLS_SCM_PRETEND_VERSION: version };
    const canonical = (0,project_name/* normalizeProjectName */.yz)(name).replace(/-/g, '_').toUpperCase();
    const variables = { [`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${canonical}`]: version };
    const legacy = name.toUpperCase();
    if (legacy !== canonical && /^[A-Z0-9_.-]+$/.test(legacy))
        variables[`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${legacy}`] = version;
    return variables;
}
/** `https://user:secret@host/simple` → `https://***@host/simple`, for logs and errors: the one redaction. */

/**
 * Whether `version` must be pretended for the build. Not when setuptools_scm gives exactly it from git at
 * a release tag (clean, distance 0): setuptools_scm 10 writes `*.egg-info/scm_version.json` into the
 * sdist only for a version it derived itself, so pretending there makes the sdist differ from a plain
 * `python -m build`. Anywhere else (dev versions, other schemes, any doubt) the version is pretended.
 */
async function versionNeedsPretending(projectDir, version, env) {
    const own = Object.fromEntries(Object.entries(env).filter(([key]) => !/^(SETUPTOOLS_SCM|VCS_VERSIONING)_PRETEND_VERSION/.test(key)));
    try {
        const result = await computeVersion({ path: projectDir, env: own, fetchTags: false, exportEnv: false }, silentLogger);
        return !(result.source === 'git' && result.distance === 0 && !result.dirty && (0,version_bridge/* sameVersion */.r1)(result.version, version));
    }
    catch {
        return true;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/build/build-frontend.ts
/**
 * The build frontend comes with us: when the chosen interpreter lacks pypa/build, a tools virtualenv of
 * that same interpreter gets it, once, in a cache folder, and `python -m build` runs from there. The
 * wheel is still built by the chosen Python (the venv is its own), and pip fills the venv from the
 * configured sources (the build's index-url, else pip's own configuration and find-links).
 *
 * Layout: `<cache>/py<version>-<interpreter hash>-build<build version>/`, complete by construction: it
 * is filled in a private staging folder beside it and renamed into place (an atomic rename on one
 * filesystem), so a concurrent run either sees nothing and builds its own copy (the loser of the rename
 * discards it) or sees a finished environment. A venv survives the rename: its interpreter finds its
 * prefix through `pyvenv.cfg` next to it, and we only ever start it as `python -m build`.
 */








const MARKER = 'wheelwright-tools.json';
/** The frontend we install: the 1.x line (pip `--python` support, `< `-prefixed pip output). */
const BUILD_REQUIREMENT = 'build>=1.0';
/** The default cache folder: `$XDG_CACHE_HOME/wheelwright/tools` (`%LOCALAPPDATA%` on Windows, else ~/.cache). */
function defaultToolsCacheDir(env = process.env) {
    const base = process.platform === 'win32'
        ? env.LOCALAPPDATA || (0,external_node_path_.join)((0,external_node_os_namespaceObject.homedir)(), 'AppData', 'Local')
        : env.XDG_CACHE_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_namespaceObject.homedir)(), '.cache');
    return (0,external_node_path_.join)(base, 'wheelwright', 'tools');
}
function realPath(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/** `py3.11.2-<12 hex>`: the interpreter's version and its resolved path, hashed (a path is not a folder name). */
function toolsEnvPrefix(python) {
    const version = /^\d+\.\d+\.\d+[a-z0-9]*$/i.test(python.version) ? python.version : 'unknown';
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(`${realPath(python.executable || python.command)}\0${python.version}`)
        .digest('hex')
        .slice(0, 12);
    return `py${version}-${digest}`;
}
async function findExisting(cacheDir, prefix) {
    const entries = await (0,promises_.readdir)(cacheDir).catch(() => []);
    const matches = entries.filter((entry) => entry.startsWith(`${prefix}-build`)).sort();
    // Newest build version last (a later install wins after an upgrade of the index).
    for (const entry of matches.reverse()) {
        const dir = (0,external_node_path_.join)(cacheDir, entry);
        const marker = await (0,promises_.readFile)((0,external_node_path_.join)(dir, MARKER), 'utf8').catch(() => undefined);
        if (marker === undefined)
            continue;
        const buildVersion = entry.slice(`${prefix}-build`.length);
        return { python: venvInterpreter(dir), dir, buildVersion, created: false };
    }
    return undefined;
}
const SITE_PROBE = `import json, sys, sysconfig
paths = sysconfig.get_paths()
print(json.dumps({"venv": sys.prefix != sys.base_prefix, "site": sorted({paths["purelib"], paths["platlib"]})}))`;
/**
 * \`python -m venv\` run by a venv's interpreter makes a venv of the *base* interpreter, whose system
 * site-packages are not the chosen venv's. A .pth file in the tools venv adds the chosen venv's
 * site-packages after its own, so a build without isolation still finds the backend installed there.
 */
async function linkVenvSitePackages(python, tools, env) {
    const chosen = JSON.parse((await (0,src_process/* run */.e)(python.command, ['-c', SITE_PROBE], { env, timeoutMs: 60_000, label: 'python sysconfig' })).stdout);
    if (!chosen.venv)
        return;
    const own = JSON.parse((await (0,src_process/* run */.e)(tools, ['-c', SITE_PROBE], { env, timeoutMs: 60_000, label: 'python sysconfig' })).stdout);
    const purelib = own.site[0];
    if (purelib)
        await (0,promises_.writeFile)((0,external_node_path_.join)(purelib, '_wheelwright_interpreter_site.pth'), `${chosen.site.join('\n')}\n`, 'utf8');
}
/** A staging folder older than this belongs to a run that was killed (creation takes seconds to minutes). */
const STALE_STAGING_MS = 60 * 60_000;
async function removeStaleStaging(cacheDir) {
    const entries = await (0,promises_.readdir)(cacheDir).catch(() => []);
    await Promise.all(entries
        .filter((entry) => entry.startsWith('.staging-'))
        .map(async (entry) => {
        const path = (0,external_node_path_.join)(cacheDir, entry);
        const modified = (await (0,promises_.stat)(path).catch(() => undefined))?.mtimeMs;
        if (modified !== undefined && Date.now() - modified > STALE_STAGING_MS)
            await (0,promises_.rm)(path, { recursive: true, force: true });
    }));
}
/** The cached tools venv with pypa/build for `python`, created when missing. */
async function ensureBuildFrontend(options) {
    const { python, cacheDir, env, logger } = options;
    const prefix = toolsEnvPrefix(python);
    const existing = await findExisting(cacheDir, prefix);
    if (existing) {
        logger.info(`${python.command} has no pypa/build: using the tools environment ${existing.dir} (build ${existing.buildVersion})`);
        return existing;
    }
    await (0,promises_.mkdir)(cacheDir, { recursive: true });
    await removeStaleStaging(cacheDir);
    const staging = (0,external_node_path_.join)(cacheDir, `.staging-${prefix}-${process.pid}-${Date.now().toString(36)}`);
    logger.info(`${python.command} (Python ${python.version}) has no pypa/build: creating a tools environment with it in ${cacheDir}`);
    try {
        try {
            // System site-packages stay visible: a build without isolation uses the interpreter's own backend.
            await (0,src_process/* run */.e)(python.command, ['-m', 'venv', '--system-site-packages', staging], { env, timeoutMs: 300_000, label: 'python -m venv' });
        }
        catch (error) {
            throw new errors/* WheelwrightError */.LJ('python', `cannot create the tools environment for pypa/build with ${python.command} (Python ${python.version})`, {
                hint: 'the interpreter needs its venv module and ensurepip (Debian/Ubuntu: apt install python3-venv), or install build into it: python -m pip install build',
                cause: error,
            });
        }
        const tools = venvInterpreter(staging);
        await linkVenvSitePackages(python, tools, env);
        try {
            await (0,src_process/* run */.e)(tools, ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--progress-bar', 'off', BUILD_REQUIREMENT], {
                env,
                timeoutMs: 600_000,
                label: 'pip install build',
                onStdout: (chunk) => logger.debug(chunk.trimEnd()),
                onStderr: (chunk) => logger.debug(chunk.trimEnd()),
            });
        }
        catch (error) {
            const stderr = error.stderr ?? '';
            const reason = stderr
                .split(/\r?\n/)
                .map((line) => /^ERROR: (.+)$/.exec(line.trim())?.[1])
                .find((line) => line !== undefined && !line.startsWith('Could not find a version')) ?? 'pip failed';
            throw new errors/* WheelwrightError */.LJ('python', `cannot install pypa/build into the tools environment: ${reason}`, {
                hint: "pip installs it from the index-url input, else pip's configuration (pip.conf, PIP_INDEX_URL, PIP_FIND_LINKS); or install build into the interpreter yourself",
                cause: error,
            });
        }
        const { stdout } = await (0,src_process/* run */.e)(tools, ['-c', 'import build; print(build.__version__)'], {
            env,
            timeoutMs: 60_000,
            label: 'python -c "import build"',
        });
        const buildVersion = stdout.trim();
        if (!/^[0-9][0-9A-Za-z.+-]*$/.test(buildVersion))
            throw new errors/* WheelwrightError */.LJ('python', `the tools environment's pypa/build reports an unusable version '${buildVersion.slice(0, 40)}'`);
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, MARKER), `${JSON.stringify({ python: python.executable, version: python.version, build: buildVersion })}\n`);
        const dir = (0,external_node_path_.join)(cacheDir, `${prefix}-build${buildVersion}`);
        try {
            await (0,promises_.rename)(staging, dir);
        }
        catch (error) {
            // Another run renamed its copy first: use that one, drop ours.
            const code = error.code;
            if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM')
                throw error;
            const winner = await findExisting(cacheDir, prefix);
            if (!winner)
                throw error;
            return winner;
        }
        logger.info(`Tools environment ready: ${dir} (build ${buildVersion})`);
        return { python: venvInterpreter(dir), dir, buildVersion, created: true };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/build/pypa-build.ts
/**
 * Runs pypa/build (`python -m build`) the way its CLI documents: with neither `--sdist` nor `--wheel`
 * it builds the sdist and then the wheel *from the sdist*, which is what catches files missing from it;
 * `--sdist --wheel` together would build both from the tree, so we never pass both.
 */


const MISSING_BUILD_HINT = 'install pypa/build into that interpreter: `python -m pip install build` (Debian/Ubuntu: `apt install python3-build`)';
/**
 * `python -m build` without pypa/build installed: runpy's one line (`…: No module named build`, or
 * `build.__main__` for a stray `build` package). Detected from the failure instead of probing first, which
 * would cost another interpreter start on every build.
 */
function isBuildMissing(output) {
    return /No module named build(\.__main__)?\b|No module named 'build'|'build' is a package and cannot be directly executed/.test(output);
}
/** The interpreter has no pypa/build; buildRelease answers it with the tools environment. */
class BuildFrontendMissingError extends errors/* WheelwrightError */.LJ {
    constructor(python, cause) {
        super('build', `\`${python} -m build\` is not available: the build module (pypa/build) is not installed`, {
            hint: MISSING_BUILD_HINT,
            cause,
        });
    }
}
// pypa/build's `* Building wheel from sdist` step line (0.9 and 1.x), with or without colour codes.
const FROM_SDIST = /^(?:\x1b\[[0-9;]*m)*\* Building .+ from sdist(?:\x1b\[[0-9;]*m)*$/;
function buildArguments(options) {
    const args = ['-m', 'build'];
    if (options.sdist && !options.wheel)
        args.push('--sdist');
    if (options.wheel && !options.sdist)
        args.push('--wheel');
    if (!options.isolation)
        args.push('--no-isolation');
    if (options.skipDependencyCheck)
        args.push('--skip-dependency-check');
    for (const setting of options.configSettings)
        args.push(`--config-setting=${setting}`);
    args.push('--outdir', options.outDir, options.projectDir);
    return args;
}
/** Streams the build's output into the logger line by line (inside the caller's log group). */
async function runPypaBuild(options, logger) {
    let sdistBuilt = false;
    const lines = lineSplitter((line) => {
        logger.info(line);
        if (!sdistBuilt && options.onSdistBuilt && FROM_SDIST.test(line)) {
            sdistBuilt = true;
            options.onSdistBuilt();
        }
    });
    const args = buildArguments(options);
    logger.info(`$ ${[options.python, ...args].join(' ')}`);
    try {
        await (0,src_process/* run */.e)(options.python, args, {
            cwd: options.projectDir,
            env: options.env,
            timeoutMs: options.timeoutMs ?? 30 * 60 * 1000,
            label: 'python -m build',
            onStdout: lines.stdout,
            onStderr: lines.stderr,
        });
    }
    catch (error) {
        const output = `${error.stderr ?? ''}`;
        if (isBuildMissing(output) || isBuildMissing(lines.all().join('\n')))
            throw new BuildFrontendMissingError(options.python, error);
        const reason = buildFailure(lines.all(), output);
        throw new errors/* WheelwrightError */.LJ('build', reason.kind === 'requirements'
            ? `python -m build could not install the build requirements of ${options.projectDir}: ${reason.line}`
            : `python -m build failed in ${options.projectDir}: ${reason.line}`, {
            hint: reason.kind === 'requirements'
                ? "the build requirements come from the index-url input (else pip's configuration); pip's full output is in the 'python -m build' log"
                : "the backend's full output is in the 'python -m build' log",
            cause: error,
        });
    }
    finally {
        lines.flush();
    }
}
// pypa/build 1.x prefixes the output of the pip it runs with `< `; 0.9 prints it as is.
const PIP_ERROR = /^(?:<\s*)?ERROR: (.+)$/;
// The wrapper pypa/build raises around a failed pip; the reason is in pip's own lines before it.
const WRAPPER = /^(?:<\s*)?(?:subprocess\.)?CalledProcessError:/;
/**
 * The root cause of a failed build, as one line. When pip could not install the build requirements
 * (pypa/build then raises `subprocess.CalledProcessError` naming pip's command line), pip's own reason:
 * `No matching distribution found for …`, else its first `ERROR:` line (a conflict says which
 * requirements clash; the closing `ResolutionImpossible` line only points at the docs). Otherwise the
 * backend's exception (`ValueError: …`, `error: …`), else pypa/build's own `ERROR …` line, else the last line.
 */
function buildFailure(output, stderr = '') {
    const lines = [...output, ...stderr.split(/\r?\n/)].map((line) => line.trim()).filter(Boolean);
    const pipErrors = lines.map((line) => PIP_ERROR.exec(line)?.[1]?.trim()).filter((line) => !!line);
    if (pipErrors.length > 0 && lines.some((line) => WRAPPER.test(line) || /^ERROR Command '.*pip/.test(line))) {
        const notFound = pipErrors.find((line) => line.startsWith('No matching distribution found'));
        const first = pipErrors.find((line) => !line.startsWith('ResolutionImpossible'));
        return { kind: 'requirements', line: notFound ?? first ?? pipErrors[0] ?? '' };
    }
    return { kind: 'backend', line: backendReason(lines) };
}
/**
 * The most telling line of a failed backend: its exception (`ValueError: …`, `error: …`), else
 * pypa/build's own `ERROR …` line, else the last line.
 */
function backendReason(output, stderr = '') {
    const lines = [...output, ...stderr.split(/\r?\n/)].map((line) => line.trim()).filter(Boolean);
    const generic = /^ERROR Backend subprocess exited|^ERROR Backend operation failed|^\*|^TIP /;
    const exception = [...lines]
        .reverse()
        .find((line) => !WRAPPER.test(line) && /^([A-Za-z_][\w.]*(Error|Exception)|error|distutils\.errors\.\w+):/.test(line));
    if (exception)
        return exception;
    const errorAt = lines.findLastIndex((line) => line.startsWith('ERROR') && !generic.test(line));
    if (errorAt >= 0) {
        const line = (lines[errorAt] ?? '').replace(/^ERROR\s+/, '');
        // `ERROR Missing dependencies:` is followed by the list, one per line.
        const details = line.endsWith(':') ? lines.slice(errorAt + 1).filter((next) => !next.startsWith('ERROR') && !next.startsWith('*')) : [];
        return details.length ? `${line} ${details.join(', ')}` : line;
    }
    return lines.filter((line) => !generic.test(line)).pop() ?? lines.pop() ?? 'no output';
}
function lineSplitter(emit) {
    const all = [];
    const buffers = { stdout: '', stderr: '' };
    const feed = (key) => (chunk) => {
        buffers[key] += chunk;
        const parts = buffers[key].split(/\r?\n/);
        buffers[key] = parts.pop() ?? '';
        for (const line of parts) {
            all.push(line);
            emit(line);
        }
    };
    return {
        stdout: feed('stdout'),
        stderr: feed('stderr'),
        all: () => [...all, buffers.stdout, buffers.stderr],
        flush: () => {
            for (const key of ['stdout', 'stderr']) {
                if (buffers[key] !== '') {
                    all.push(buffers[key]);
                    emit(buffers[key]);
                    buffers[key] = '';
                }
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/build/build-release.ts
/**
 * build-wheel's whole behaviour: validate the request, build with pypa/build into a private temporary
 * folder, inspect the artefacts, and only then move them (and the release manifest) into the output
 * folder — a failed or rejected build leaves nothing behind there.
 */
















const MANIFEST_FILENAME = 'wheelwright-manifest.json';
/** The inspection rejected the artefacts; carries every finding so adapters can annotate each. */
class InspectionError extends errors/* WheelwrightError */.LJ {
    findings;
    constructor(findings) {
        const [first] = findings;
        const more = findings.length > 1 ? ` (and ${findings.length - 1} more)` : '';
        super('inspect', `inspection failed: ${first ? formatFinding(first, 3) : 'no findings'}${more}`, {
            hint: 'each finding names the artefact, the rule and the paths; `strict: false` turns the soft ones into warnings',
        });
        this.findings = findings;
    }
}
function checkOptions(options) {
    if (options.sdist === false && options.wheel === false)
        throw new errors/* InputError */.dz("input 'sdist' and input 'wheel' are both false: nothing to build", {
            hint: "set input 'sdist' or input 'wheel' to true",
            options: [{ name: 'sdist' }, { name: 'wheel' }],
        });
    if (options.version !== undefined && options.version !== '' && (0,version_bridge/* normalizeVersion */.Qj)(options.version) === undefined)
        throw new errors/* InputError */.dz(`input 'version' '${options.version}' is not a PEP 440 version`, {
            hint: "pass pep440-version's output, e.g. 1.2.0 or 1.2.1.dev3",
        });
    for (const setting of options.configSettings ?? []) {
        if (!/^[^=\s][^=]*=/.test(setting) && !/^[^=\s]+$/.test(setting))
            throw new errors/* InputError */.dz(`input 'config-settings' line '${setting}' is not KEY=VALUE`);
    }
    if (options.indexUrl && !/^(https?|file):\/\//i.test(options.indexUrl))
        throw new errors/* InputError */.dz(`input 'index-url' '${redactUrl(options.indexUrl)}' is not an http(s):// or file:// URL`);
}
/** Trove classifiers `Programming Language :: Python :: 3.11` → `3.11`, sorted numerically. */
function pythonVersionsFromClassifiers(classifiers) {
    const versions = classifiers
        .map((classifier) => /^Programming Language :: Python :: (\d+\.\d+)$/.exec(classifier.trim())?.[1])
        .filter((version) => version !== undefined);
    return [...new Set(versions)].sort((a, b) => {
        const [a1 = 0, a2 = 0] = a.split('.').map(Number);
        const [b1 = 0, b2 = 0] = b.split('.').map(Number);
        return a1 - b1 || a2 - b2;
    });
}
/** Work started now whose failure only matters once awaited: no unhandled rejection meanwhile. */
function background(promise) {
    promise.catch(() => undefined);
    return promise;
}
async function moveInto(source, target) {
    try {
        await (0,promises_.rename)(source, target);
    }
    catch (error) {
        if (error.code !== 'EXDEV')
            throw error;
        // Another filesystem (tmpfs /tmp vs the workspace): copy beside the target, then rename into place.
        const partial = `${target}.partial`;
        try {
            await (0,promises_.copyFile)(source, partial);
            await (0,promises_.rename)(partial, target);
        }
        catch (copyError) {
            await (0,promises_.unlink)(partial).catch(() => { });
            throw copyError;
        }
    }
}
async function buildRelease(options, logger) {
    const started = Date.now();
    checkOptions(options);
    const cwd = options.cwd ?? process.cwd();
    const projectDir = (0,external_node_path_.resolve)(cwd, options.path || '.');
    if (!(0,external_node_fs_.existsSync)(projectDir) || !(0,external_node_fs_.statSync)(projectDir).isDirectory())
        throw new errors/* InputError */.dz(`input 'path' '${options.path ?? '.'}' is not a folder (resolved to ${projectDir})`);
    const pyproject = await readPyproject(projectDir);
    if (!pyproject && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(projectDir, 'setup.py')))
        throw new errors/* ConfigError */.xL(`${projectDir} is not a Python project: it has neither pyproject.toml nor setup.py`, {
            hint: "point input 'path' at the folder holding pyproject.toml",
            options: [{ name: 'path' }],
        });
    const outputDir = (0,external_node_path_.isAbsolute)(options.outputDir ?? '') ? options.outputDir : (0,external_node_path_.join)(projectDir, options.outputDir || 'dist');
    const projectName = pyproject ? table(pyproject.data, 'project', pyproject.path)?.name : undefined;
    const baseEnv = { ...(options.env ?? process.env) };
    // Only what the build's environment needs is read before it starts (one pair of git processes); the
    // interpreter's version and the rest of git's answers are read while it runs.
    const [state, pretend] = await Promise.all([
        readCommitState(projectDir),
        options.version ? versionNeedsPretending(projectDir, options.version, baseEnv) : false,
    ]);
    const env = { ...baseEnv };
    const sourceDateEpoch = chooseSourceDateEpoch(options.sourceDateEpoch, baseEnv, state);
    if (sourceDateEpoch !== undefined)
        env.SOURCE_DATE_EPOCH = sourceDateEpoch;
    if (options.version && pretend)
        Object.assign(env, pretendVersionVariables(options.version, projectName));
    if (options.indexUrl)
        env.PIP_INDEX_URL = options.indexUrl;
    const wantSdist = options.sdist ?? true;
    const wantWheel = options.wheel ?? true;
    const docsDir = locateReleaseDocs(projectDir, options.docs ?? {});
    const tempRoot = options.tempDir || (0,external_node_os_namespaceObject.tmpdir)();
    await (0,promises_.mkdir)(tempRoot, { recursive: true });
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempRoot, 'wheelwright-build-'));
    // poetry-dynamic-versioning / pdm-backend take the version from their own variable; the plugin mode of
    // poetry-dynamic-versioning builds from a staged copy with the placeholder replaced.
    const tool = await toolBuild(projectDir, options.version || undefined, tempRoot, baseEnv).catch(async (error) => {
        await (0,promises_.rm)(work, { recursive: true, force: true });
        throw error;
    });
    if (tool) {
        Object.assign(env, tool.variables);
        logger.info(`Version for the build: ${tool.note}`);
    }
    const buildDir = tool?.staged?.dir ?? projectDir;
    // The inspection's modules are evaluated while the build runs (see inspection-stack.ts).
    const stack = background(Promise.all(/* import() */[__nccwpck_require__.e(954), __nccwpck_require__.e(517)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3517)));
    let early;
    let docs;
    try {
        const buildStart = Date.now();
        const setupMs = buildStart - started;
        const what = wantSdist && wantWheel ? 'sdist and wheel (from the sdist)' : wantSdist ? 'sdist' : 'wheel';
        // The sdist is final once pypa/build starts the wheel from it: clamp, read and hash it while the wheel
        // builds. The clamp writes a new file and renames it over the old one, never touching pypa/build's copy.
        const onSdistBuilt = () => {
            early ??= background(prepareSdist(work, sourceDateEpoch, stack));
        };
        const build = (command) => logger.group('python -m build', () => runPypaBuild({
            python: command,
            projectDir: buildDir,
            outDir: work,
            sdist: wantSdist,
            wheel: wantWheel,
            isolation: options.isolation ?? true,
            skipDependencyCheck: options.skipDependencyCheck ?? false,
            configSettings: options.configSettings ?? [],
            env,
            onSdistBuilt,
        }, logger));
        const command = findPythonCommand(options.python || undefined, cwd, baseEnv);
        logger.info(`Building the ${what} of ${projectDir} with ${command ?? 'python'}, ` +
            `${options.isolation === false ? 'without isolation' : `isolated${options.indexUrl ? `, build requirements from ${redactUrl(options.indexUrl)}` : ''}`}` +
            `${sourceDateEpoch ? `, SOURCE_DATE_EPOCH=${sourceDateEpoch}` : ''}${options.version ? `, version ${options.version}` : ''}`);
        // The build starts first: every process started costs the main thread a few ms (fork).
        const probe = background(resolvePython(options.python || undefined, cwd));
        // The launcher form (`py -3.11`) names no program to build with: the interpreter it selects, by path.
        const launched = options.python && launcherSpec(options.python) ? probe.then((python) => python.command) : undefined;
        const building = background(command !== undefined
            ? build(command)
            : launched
                ? launched.then(build)
                : Promise.reject(new errors/* WheelwrightError */.LJ('python', 'no Python interpreter on PATH')));
        const refs = background(readSourceRefs(projectDir, state.commit, options.version));
        // The docs environment (venv + Sphinx) fills while the wheel builds.
        if (docsDir)
            docs = startReleaseDocs({
                projectDir,
                docsDir,
                options: { ...options.docs, ...(options.indexUrl ? { indexUrl: options.indexUrl } : {}) },
                python: probe,
                work,
                env: baseEnv,
                sourceDateEpoch,
                logger,
            });
        let python;
        let toolsEnv;
        const rebuild = async (builder) => {
            await early?.catch(() => undefined);
            early = undefined;
            await (0,promises_.rm)(work, { recursive: true, force: true });
            await (0,promises_.mkdir)(work, { recursive: true });
            await build(builder);
        };
        // An interpreter without pypa/build gets it in a cached tools environment of its own, then builds again.
        const withFrontend = async (error, interpreter) => {
            if (!(error instanceof BuildFrontendMissingError))
                throw error;
            toolsEnv = await ensureBuildFrontend({
                python: interpreter,
                cacheDir: options.toolsCacheDir || defaultToolsCacheDir(baseEnv),
                env,
                logger,
            });
            await rebuild(toolsEnv.python);
        };
        try {
            await building;
            python = await probe;
        }
        catch (buildError) {
            // The probe explains a build that could not start (no interpreter, or one that does not run). When
            // python3 is on PATH but does not run and python does, the build runs again with python.
            python = await probe;
            if (python.command === command)
                await withFrontend(buildError, python);
            else
                await rebuild(python.command).catch((error) => withFrontend(error, python));
        }
        logger.info(`Built with ${python.executable} (Python ${python.version})`);
        const buildMs = Date.now() - buildStart;
        const source = { ...state, ...(await refs) };
        const { inspectRelease, sha256File } = await stack;
        const produced = await (0,promises_.readdir)(work);
        const sdistName = produced.find(isSdistName);
        const wheelName = produced.find((file) => file.endsWith('.whl'));
        if ((wantSdist && !sdistName) || (wantWheel && !wheelName))
            throw new errors/* WheelwrightError */.LJ('build', `python -m build succeeded but left ${produced.join(', ') || 'nothing'} (expected ${what})`);
        const prepared = await early;
        const sdist = prepared?.name === sdistName ? prepared : sdistName ? await prepareSdist(work, sourceDateEpoch, stack) : undefined;
        if (sdist?.clamped)
            logger.info(`Made the sdist reproducible: ${sdist.clamped} member times clamped to SOURCE_DATE_EPOCH, gzip header time 0 (the backend ignores SOURCE_DATE_EPOCH for sdists)`);
        const inspectStart = Date.now();
        const report = await inspectRelease({
            ...(sdistName ? { sdist: (0,external_node_path_.join)(work, sdistName) } : {}),
            ...(sdist ? { sdistContents: sdist.contents } : {}),
            ...(wheelName ? { wheel: (0,external_node_path_.join)(work, wheelName) } : {}),
            ...(options.version ? { expectedVersion: options.version } : {}),
            ...(source.trackedFiles ? { trackedFiles: source.trackedFiles } : {}),
            python: python.command,
        });
        const inspectMs = Date.now() - inspectStart;
        logger.debug(`timings: setup ${setupMs} ms, python -m build ${buildMs} ms, sdist and inspection ${Date.now() - buildStart - buildMs} ms`);
        const strict = options.strict ?? true;
        const failing = report.findings.filter((finding) => finding.severity === 'error' || (strict && finding.severity === 'soft'));
        if (failing.length)
            throw new InspectionError(failing);
        const kept = report.findings.filter((finding) => !failing.includes(finding));
        for (const finding of kept)
            logger.warning(formatFinding(finding));
        for (const note of report.notes)
            logger.info(`note: ${note}`);
        const docsOutcome = await docs?.finish(wheelName ? (0,external_node_path_.join)(work, wheelName) : undefined, report.name, report.version);
        await (0,promises_.mkdir)(outputDir, { recursive: true });
        const files = [];
        for (const [kind, name] of [
            ['sdist', sdistName],
            ['wheel', wheelName],
        ]) {
            if (!name)
                continue;
            const { sha256, size } = kind === 'sdist' && sdist ? sdist.hash : await sha256File((0,external_node_path_.join)(work, name));
            files.push({ kind, filename: name, path: (0,external_node_path_.join)(outputDir, name), size, sha256 });
        }
        const moved = [];
        try {
            for (const file of files) {
                await moveInto((0,external_node_path_.join)(work, file.filename), file.path);
                moved.push(file.path);
            }
            if (docsOutcome?.zipPath && docsOutcome.record.filename) {
                docsOutcome.record.path = (0,external_node_path_.join)(outputDir, docsOutcome.record.filename);
                await moveInto(docsOutcome.zipPath, docsOutcome.record.path);
                moved.push(docsOutcome.record.path);
            }
            const metadata = report.metadata;
            const origin = versionOrigin(projectDir);
            const manifest = {
                schema: 1,
                name: report.name,
                version: report.version,
                kind: (0,version_bridge/* classifyVersion */.ZG)(report.version),
                ...(metadata?.fields['Requires-Python'] ? { requiresPython: String(metadata.fields['Requires-Python']) } : {}),
                ...(source.commit || origin
                    ? {
                        source: {
                            ...(source.commit ? { commit: source.commit } : {}),
                            ...(source.tag ? { tag: source.tag } : {}),
                            ...(source.distance !== undefined ? { distance: source.distance } : {}),
                            ...(source.dirty !== undefined ? { dirty: source.dirty } : {}),
                            ...origin,
                        },
                    }
                    : {}),
                files: files.map((file) => ({ filename: file.filename, size: file.size, sha256: file.sha256, path: file.path })),
                ...(docsOutcome ? { docs: docsOutcome.record } : {}),
                ...(kept.length > 0
                    ? { inspection: { findings: kept.map(({ rule, severity, file, message }) => ({ rule, severity, file, message })) } }
                    : {}),
                stores: [],
                tests: [],
                promotions: [],
            };
            const manifestPath = (0,external_node_path_.join)(outputDir, MANIFEST_FILENAME);
            await writeManifest(manifestPath, manifest);
            logger.debug(`timings: total ${Date.now() - started} ms`);
            const classifiers = metadata?.fields.Classifier;
            return {
                name: report.name,
                version: report.version,
                kind: manifest.kind,
                requiresPython: manifest.requiresPython ?? '',
                pythonVersions: pythonVersionsFromClassifiers(Array.isArray(classifiers) ? classifiers : classifiers ? [classifiers] : []),
                ...(files.find((file) => file.kind === 'sdist') ? { sdist: files.find((file) => file.kind === 'sdist') } : {}),
                ...(files.find((file) => file.kind === 'wheel') ? { wheel: files.find((file) => file.kind === 'wheel') } : {}),
                files,
                manifestPath,
                manifest,
                findings: kept,
                notes: report.notes,
                sourceDateEpoch,
                source,
                wheelFiles: report.wheel ? report.wheel.contents.members.filter((m) => m.type !== 'directory').map((m) => m.path) : [],
                python,
                toolsEnv,
                ...(docsOutcome ? { docs: docsOutcome } : {}),
                timings: { buildMs, inspectMs, ...(docsOutcome ? { docsMs: docsOutcome.record.ms } : {}) },
            };
        }
        catch (error) {
            // All-or-nothing: take back what was moved before the failure.
            await Promise.all(moved.map((path) => (0,promises_.unlink)(path).catch(() => { })));
            throw error;
        }
    }
    finally {
        // A failed wheel build can leave the sdist stage running: let it end before the folder goes.
        await early?.catch(() => undefined);
        await docs?.settle();
        await (0,promises_.rm)(work, { recursive: true, force: true });
        await tool?.staged?.remove();
    }
}
const isSdistName = (file) => file.endsWith('.tar.gz') || file.endsWith('.zip');
/** Makes the sdist in `work` reproducible, then reads and hashes it; undefined when there is none yet. */
async function prepareSdist(work, sourceDateEpoch, stack) {
    const name = (await (0,promises_.readdir)(work)).find(isSdistName);
    if (!name)
        return undefined;
    const { clampSdistTimes, readSdistContents, sdistNeedsClamping, sha256File } = await stack;
    const path = (0,external_node_path_.join)(work, name);
    const epoch = sourceDateEpoch === undefined ? undefined : Number(sourceDateEpoch);
    const clamped = epoch !== undefined && (await sdistNeedsClamping(path, epoch)) ? await clampSdistTimes(path, epoch) : 0;
    const [contents, hash] = await Promise.all([readSdistContents(path), sha256File(path)]);
    return { name, clamped, contents, hash };
}

;// CONCATENATED MODULE: ./packages/core/src/log/markdown.ts
/**
 * Markdown for job summaries and reports. Text in a cell comes from outside (file names, server
 * messages, test output): it must stay inside its cell and its line, so every line break (CR, LF, NEL,
 * the Unicode separators) and every other control character becomes a space, and `|` is escaped.
 */
const BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;
function markdownCell(text) {
    return text.replace(BREAKS, ' ').replace(/\|/g, '\\|');
}
/** A code span in a cell (a version, a tag); '' shows as an em dash. */
function markdownCode(text) {
    return text === '' ? '—' : `\`${markdownCell(text).replace(/`/g, "'")}\``;
}
function markdownTable(header, rows) {
    const lines = [
        `| ${header.map(markdownCell).join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
    ];
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/build/build-summary.ts
/**
 * What the action hands on: output values (names as in action.yml) and the job summary — a table of
 * artefacts with sizes and hashes, what was tolerated, and the wheel's file tree.
 */


const BUILD_OUTPUTS = (/* unused pure expression or super */ null && ([
    'sdist',
    'wheel',
    'files',
    'name',
    'version',
    'requires-python',
    'python-versions',
    'docs',
    'manifest',
]));
function buildOutputs(result) {
    return {
        sdist: result.sdist?.path ?? '',
        wheel: result.wheel?.path ?? '',
        files: JSON.stringify(result.files.map((file) => ({ name: file.filename, size: file.size, sha256: file.sha256 }))),
        name: result.name,
        version: result.version,
        'requires-python': result.requiresPython,
        'python-versions': JSON.stringify(result.pythonVersions),
        docs: result.docs?.record.path ?? '',
        manifest: result.manifestPath,
    };
}
function humanSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
/** An indented tree of member paths (`pkg/`, `  __init__.py`), folders first, each level sorted. */
function fileTree(paths) {
    const root = { dirs: new Map(), files: [] };
    for (const path of paths) {
        const parts = path.split('/').filter(Boolean);
        const file = parts.pop();
        let node = root;
        for (const part of parts) {
            let next = node.dirs.get(part);
            if (!next) {
                next = { dirs: new Map(), files: [] };
                node.dirs.set(part, next);
            }
            node = next;
        }
        if (file)
            node.files.push(file);
    }
    const lines = [];
    const walk = (node, depth) => {
        // Code-point order, like the files below: localeCompare's first call loads ICU collation (~7 ms).
        for (const [name, child] of [...node.dirs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            lines.push(`${'  '.repeat(depth)}${name}/`);
            walk(child, depth + 1);
        }
        for (const file of node.files.sort())
            lines.push(`${'  '.repeat(depth)}${file}`);
    };
    walk(root, 0);
    return lines.join('\n');
}
function buildSummaryMarkdown(result) {
    const rows = result.files.map((file) => `| ${file.kind} | \`${markdownCell(file.filename)}\` | ${humanSize(file.size)} | \`${file.sha256}\` |`);
    const parts = [
        `### Built ${result.name} ${result.version} (${result.kind})`,
        '',
        '| kind | file | size | sha256 |',
        '| --- | --- | --- | --- |',
        ...rows,
        ...(result.docs?.record.status === 'built' && result.docs.record.filename
            ? [
                `| docs | \`${markdownCell(result.docs.record.filename)}\` | ${humanSize(result.docs.record.size ?? 0)} | \`${result.docs.record.sha256}\` |`,
            ]
            : []),
        '',
        ...(result.docs
            ? [
                result.docs.record.status === 'built'
                    ? `Docs: Sphinx ${markdownCell(result.docs.record.sphinx ?? '')} against the installed wheel, ${((result.docs.record.ms ?? 0) / 1000).toFixed(1)} s, ${result.docs.record.warnings ?? 0} warnings`
                    : `**Docs failed** (recorded, release goes on): ${markdownCell(result.docs.record.error ?? '')}`,
                '',
            ]
            : []),
        `Python ${result.python.version}${result.sourceDateEpoch ? ` · SOURCE_DATE_EPOCH=${result.sourceDateEpoch}` : ''}` +
            `${result.source.commit ? ` · commit \`${result.source.commit.slice(0, 12)}\`` : ''}${result.source.tag ? ` · tag \`${result.source.tag}\`${result.source.distance ? ` + ${result.source.distance} commits` : ''}` : ''}` +
            `${result.requiresPython ? ` · Requires-Python \`${markdownCell(result.requiresPython)}\`` : ''}`,
        '',
    ];
    if (result.findings.length) {
        parts.push('**Warnings**', '', ...result.findings.map((finding) => `- ${markdownCell(formatFinding(finding))}`), '');
    }
    if (result.wheel) {
        parts.push(`<details><summary>Files in ${result.wheel.filename} (${result.wheelFiles.length})</summary>`, '', '```', fileTree(result.wheelFiles), '```', '', '</details>', '');
    }
    return `${parts.join('\n')}\n`;
}
/** The job summary of a rejected build: every finding, so the run page explains the red step. */
function inspectionFailureMarkdown(findings) {
    const rows = findings.map((finding) => `| ${finding.rule} | ${finding.severity} | \`${markdownCell(finding.file)}\` | ${markdownCell(finding.message)} | ${markdownCell((finding.paths ?? []).slice(0, 10).join(', '))} |`);
    return `### Build rejected by the inspection\n\nNothing was written to the output folder.\n\n| rule | severity | artefact | problem | paths |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/http/credentials.ts
/**
 * Credentials bound to the origins they were given for. The HTTP client attaches a `Credentials`' headers
 * only to a request whose origin (scheme, host, port) is one of `origins`, and refuses credential headers
 * passed any other way, so no caller can send a password or token to a host an index page or a redirect
 * names (what browsers, requests and pip do for Basic auth; here for every kind of credential).
 */
/** `URL.origin` of each place (lower-case host, default port left out), without duplicates. */
function originsOf(places) {
    const list = typeof places === 'string' || places instanceof URL ? [places] : places;
    const origins = new Set();
    for (const place of list) {
        if (place === undefined)
            continue;
        const origin = new URL(String(place)).origin;
        // Opaque origins ("null": file:, data:) name no server; credentials are never bound to them.
        if (origin !== 'null')
            origins.add(origin);
    }
    return [...origins];
}
/** True when `url` is on one of the credentials' origins. */
function belongsToOrigin(credentials, url) {
    return credentials.origins.includes(url.origin);
}
/** The forms a `user:password` pair can leak in: the password raw and URL-encoded, the Basic pair and its base64. */
function secretForms(username, password) {
    const forms = [];
    if (password) {
        const pair = `${username}:${password}`;
        forms.push(password, encodeURIComponent(password), pair, Buffer.from(pair, 'utf8').toString('base64'));
    }
    else if (username) {
        // A token given as the user name alone (`https://TOKEN@host/`).
        forms.push(username, encodeURIComponent(username), Buffer.from(`${username}:`, 'utf8').toString('base64'));
    }
    return [...new Set(forms.filter((form) => form !== ''))];
}
function basicCredentials(origins, username, password) {
    const pair = `${username}:${password}`;
    return {
        origins: originsOf(origins),
        headers: { Authorization: `Basic ${Buffer.from(pair, 'utf8').toString('base64')}` },
        secrets: secretForms(username, password),
    };
}
function bearerCredentials(origins, token) {
    return { origins: originsOf(origins), headers: { Authorization: `Bearer ${token}` }, secrets: [token] };
}
/** Any other credential header (devpi's `X-Devpi-Auth`); `secrets` are the values to scrub. */
function headerCredentials(origins, headers, secrets) {
    return { origins: originsOf(origins), headers: { ...headers }, secrets: [...Object.values(headers), ...secrets].filter(Boolean) };
}
const SCHEME = /^\s*[a-z][a-z0-9+.-]*:\/\//i;
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * The credentials in a URL (`https://user:password@host/…`), read with the WHATWG URL parser, so a
 * password holding `@` or `:` is read whole. A password holding `/`, `?` or `#` unencoded makes the text
 * no URL at all (or another URL: `https://ci:12/34@host/` is host `ci`, port 12); then the userinfo as
 * written, up to the last `@`, is still returned so that every form of it can be masked.
 */
function urlCredentials(text) {
    if (!SCHEME.test(text))
        return undefined;
    let parsed;
    try {
        parsed = new URL(text.trim());
    }
    catch {
        parsed = undefined;
    }
    let written;
    let username;
    let password;
    if (parsed && (parsed.username || parsed.password)) {
        written = /^\s*[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)@/i.exec(text)?.[1];
        username = decode(parsed.username);
        password = decode(parsed.password);
    }
    else {
        // Not a URL, or a URL that only parsed by reading part of the password as a port and a path.
        written = /^\s*[a-z][a-z0-9+.-]*:\/\/(\S*)@/i.exec(text)?.[1];
        if (written === undefined || (parsed && !written.includes(':')))
            return undefined;
        const colon = written.indexOf(':');
        username = decode(colon < 0 ? written : written.slice(0, colon));
        password = decode(colon < 0 ? '' : written.slice(colon + 1));
        parsed = undefined;
    }
    const secrets = secretForms(username, password);
    if (written !== undefined) {
        const colon = written.indexOf(':');
        const writtenPassword = colon < 0 ? '' : written.slice(colon + 1);
        if (writtenPassword)
            secrets.push(writtenPassword);
        if (parsed?.password)
            secrets.push(parsed.password);
        if (!password && written)
            secrets.push(written);
    }
    const result = { username, password, secrets: [...new Set(secrets.filter(Boolean))] };
    if (parsed) {
        parsed.username = '';
        parsed.password = '';
        result.url = parsed.href;
    }
    return result;
}
/**
 * Every form to mask of the credentials a front end was given: the password (raw, encoded, the Basic
 * pair and its base64 with the username) and the credentials inside each URL. Core entry points report
 * these through `onSecret` before doing anything, so every adapter masks the same set.
 */
function credentialSecrets(urls, username, password) {
    const secrets = [];
    if (password)
        secrets.push(...secretForms(username ?? '', password), ...secretForms('__token__', password));
    for (const url of urls)
        if (url)
            secrets.push(...(urlCredentials(url)?.secrets ?? []));
    return [...new Set(secrets)];
}

;// CONCATENATED MODULE: ./packages/core/src/contract/context.ts

/** Every form of the credentials inside a URL (raw, decoded, `user:password`, Basic), to mask at once. */
function urlSecrets(text) {
    return urlCredentials(text)?.secrets ?? [];
}
/** Whether a store location is an index server (credentials apply) rather than a folder or file:// URL. */
function isServerLocation(location) {
    return /^https?:\/\//i.test(location.trim());
}

;// CONCATENATED MODULE: ./packages/core/src/contract/options.ts
/**
 * How every front end reads an action's options: from a name → string lookup (the runner's INPUT_*
 * variables, the CLI's flags, the pipeline's settings), with the runner's input semantics, so each rule
 * (booleans, lists, choices, extras) exists once. An option's name is the action.yml input name; how a
 * front end spells it in a message (`input 'path'`, `--path`) is the front end's business: readers name
 * options through `OptionSource.label` and attach the structured reference to the errors they throw.
 */

/** The runner's wording, for sources that have no wording of their own (tests, the pipeline). */
const inputLabel = (name) => `input '${name}'`;
/** A source over a plain map (the CLI's parsed flags, a test's values). */
function mapSource(values, label = inputLabel) {
    return { get: (name) => values[name] ?? '', label };
}
function invalid(source, name, expected, value) {
    return new errors/* InputError */.dz(`${source.label(name)} must be ${expected}, got '${value}'`, { options: [{ name }] });
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** Typed reads over a source; every action's reader is built from these. */
class OptionReader {
    source;
    constructor(source) {
        this.source = source;
    }
    /** The value with surrounding space removed, as the runner's getInput does. */
    text(name) {
        return this.source.get(name).trim();
    }
    /** The value exactly as given (a key file's trailing newline matters). */
    raw(name) {
        return this.source.get(name);
    }
    optional(name) {
        return this.text(name) || undefined;
    }
    required(name, what = '') {
        const value = this.text(name);
        if (value === '')
            throw new errors/* InputError */.dz(`${this.source.label(name)} is required${what ? `: ${what}` : ''}`, { options: [{ name }] });
        return value;
    }
    /** YAML 1.2 core-schema booleans, as the toolkit's getBooleanInput accepts them; '' is "not set". */
    optionalBool(name) {
        const value = this.text(name);
        if (value === '')
            return undefined;
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        throw invalid(this.source, name, 'true or false', value);
    }
    bool(name, fallback) {
        return this.optionalBool(name) ?? fallback;
    }
    /** Lines of a multi-line value, blank lines and surrounding space dropped. */
    lines(name) {
        return this.text(name)
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter((line) => line !== '');
    }
    /** Items one per line or separated by spaces (URLs, folders). */
    list(name) {
        return this.lines(name).flatMap((line) => line.split(/\s+/));
    }
    /** Items separated by commas (extras). */
    commaList(name) {
        return this.text(name)
            .split(',')
            .map((item) => item.trim())
            .filter((item) => item !== '');
    }
    choice(name, choices) {
        const value = this.text(name);
        if (!choices.includes(value))
            throw invalid(this.source, name, `one of ${choices.join(', ')}`, value);
        return value;
    }
    /** A choice where '' means "not set". */
    optionalChoice(name, choices) {
        return this.text(name) === '' ? undefined : this.choice(name, choices);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/contract/build.ts




/** build-wheel's options, and the secrets in them (the index URL's credentials) to mask at once. */
function readBuildOptions(source, context) {
    const i = new OptionReader(source);
    const indexUrl = i.text('index-url');
    return {
        secrets: urlSecrets(indexUrl),
        options: {
            path: i.text('path') || '.',
            python: i.text('python'),
            outputDir: i.text('output-dir') || 'dist',
            sdist: i.bool('sdist', true),
            wheel: i.bool('wheel', true),
            isolation: i.bool('isolation', true),
            skipDependencyCheck: i.bool('skip-dependency-check', false),
            configSettings: i.lines('config-settings'),
            version: i.text('version'),
            sourceDateEpoch: i.text('source-date-epoch'),
            strict: i.bool('strict', true),
            indexUrl,
            // The tools environment (pypa/build per interpreter) lives in the runner's tool cache between runs.
            toolsCacheDir: i.text('tools-cache') || (context.toolCache ? (0,external_node_path_.join)(context.toolCache, 'wheelwright-tools') : ''),
            tempDir: context.tempDir,
            docs: { mode: parseDocsMode(i.text('docs')), path: i.text('docs-path'), onFailure: parseDocsFailure(i.text('docs-failure')) },
            env: context.env,
            cwd: context.workspace,
        },
    };
}

;// CONCATENATED MODULE: ./actions/build-wheel/src/main.ts





function main_run() {
    return runAction(async () => {
        const { options, secrets } = readBuildOptions(runnerInputs, runnerContext());
        maskAll(secrets);
        options.python = await toolCachePython(options.python ?? '');
        try {
            const result = await buildRelease(options, actionLogger);
            setOutputs(buildOutputs(result));
            await appendSummary(buildSummaryMarkdown(result));
        }
        catch (caught) {
            // One annotation per finding, so every broken rule shows on the run page; runAction fails the step.
            if (caught instanceof InspectionError) {
                for (const finding of caught.findings.slice(1))
                    annotateError(formatFinding(finding, 20));
                await appendSummary(inspectionFailureMarkdown(caught.findings));
            }
            throw caught;
        }
    });
}


/***/ }),

/***/ 8970:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F7: () => (/* binding */ escapeControlCharacters),
/* harmony export */   Kg: () => (/* binding */ hasControlCharacters),
/* harmony export */   Nt: () => (/* binding */ printableName)
/* harmony export */ });
/**
 * Names and text from archives on their way into log lines, annotations and the job summary: a name
 * holding a control character could end a log line and start a forged one (`\n::error::…`) or drive the
 * terminal (`\x1b[…`). Such names are a hard finding (X008) and are always shown escaped.
 */
/** C0 and C1 controls, DEL, and the Unicode line/paragraph separators some parsers break lines on. */
function isControl(code) {
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}
/** True when a name holds a character that could break or forge a log line. */
function hasControlCharacters(name) {
    for (let index = 0; index < name.length; index++)
        if (isControl(name.charCodeAt(index)))
            return true;
    return false;
}
/** Every control character as a `\uXXXX` escape; everything else unchanged. */
function escapeControlCharacters(text) {
    if (!hasControlCharacters(text))
        return text;
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
function printableName(name) {
    if (!hasControlCharacters(name))
        return name;
    return `"${escapeControlCharacters(name.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`;
}


/***/ }),

/***/ 2640:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ escapeName),
/* harmony export */   uV: () => (/* binding */ isValidName),
/* harmony export */   yz: () => (/* binding */ normalizeProjectName)
/* harmony export */ });
/**
 * Project names as every Python packaging tool compares them. No imports: the version action's start-up
 * path uses this too.
 */
/** PEP 503 normalization (also PEP 685 for extras): runs of `-`, `_`, `.` become one `-`, lower case. */
function normalizeProjectName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** The distribution component a wheel or PEP 625 sdist filename carries for `name` (PEP 491 escaping). */
function escapeName(name) {
    return name.replace(/[-_.]+/g, '_').toLowerCase();
}
// Core metadata spec: names are ASCII letters, digits, `.`, `_`, `-`, starting and ending alphanumeric.
const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
/** A valid project name; nothing else (no separator, control character or `..` on its own) passes. */
function isValidName(name) {
    return VALID_NAME.test(name);
}


/***/ }),

/***/ 3815:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/** The sha256 (hex) and size of a file, streamed: artefacts can be hundreds of megabytes. */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}


/***/ }),

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   ZG: () => (/* binding */ classifyVersion),
/* harmony export */   r1: () => (/* binding */ sameVersion)
/* harmony export */ });
/* harmony import */ var _pep440_index__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5282);

/** PEP 440 normal form (`1.0-1` → `1.0.post1`, `1.0RC1` → `1.0rc1`), or undefined when not a version. */
function normalizeVersion(version) {
    const text = version.trim();
    return (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .isValidVersion */ .ri)(text) ? (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .normalizeVersion */ .Qj)(text) : undefined;
}
/**
 * PEP 440 equality, as packaging's `Version.__eq__` and the indexes see it: `1.0 == 1.0.0` (zero padding),
 * `0!1.0 == 1.0`, `1.0RC1 == 1.0rc1`, `1.0+Ubuntu-1 == 1.0+ubuntu.1`; a post-release (`1.0.post0`) or a
 * local part makes a different version. Texts that are not versions are equal only when identical.
 */
function sameVersion(a, b) {
    const left = (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .tryParseVersion */ .z0)(a.trim());
    const right = (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .tryParseVersion */ .z0)(b.trim());
    return left !== undefined && right !== undefined ? (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(left, right) === 0 : a === b;
}
/** The release kind the manifest records: a local part wins, then dev, pre, post, else final. */
function classifyVersion(version) {
    return (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .isValidVersion */ .ri)(version) ? (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .classifyVersion */ .ZG)(version).kind : 'final';
}


/***/ }),

/***/ 2662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ WheelwrightError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yI: () => (/* binding */ ProcessError)
/* harmony export */ });
/* unused harmony exports StoreError, NotImplementedError, isWheelwrightError, renderOptionReferences */
class WheelwrightError extends Error {
    code;
    hint;
    options;
    constructor(code, message, details = {}) {
        // A one-line message is part of the contract: logs and annotations show only the first line.
        super(message.replace(/\s*\n\s*/g, ' '), details.cause === undefined ? undefined : { cause: details.cause });
        this.name = new.target.name;
        this.code = code;
        this.hint = details.hint;
        this.options = details.options ?? [];
    }
}
/** A user's input (action input, CLI flag) is malformed or out of range. */
class InputError extends WheelwrightError {
    constructor(message, details = {}) {
        super('input', message, details);
    }
}
/** The project's own configuration (pyproject.toml, setuptools_scm settings) is wrong. */
class ConfigError extends WheelwrightError {
    constructor(message, details = {}) {
        super('config', message, details);
    }
}
/** An artefact store refused, failed or answered something we cannot use. */
class StoreError extends WheelwrightError {
    status;
    constructor(message, details = {}) {
        super(details.code ?? 'store', message, details);
        this.status = details.status;
    }
}
/** A child process could not start, timed out or failed. */
class ProcessError extends WheelwrightError {
    exitCode;
    stderr;
    constructor(message, details = {}) {
        super('process', message, details);
        this.exitCode = details.exitCode ?? null;
        this.stderr = details.stderr ?? '';
    }
}
class NotImplementedError extends WheelwrightError {
    constructor(feature) {
        super('not-implemented', `${feature} is not implemented yet`, {
            hint: 'this action is planned but not built yet; follow the Wheelwright issues for its status',
        });
    }
}
function isWheelwrightError(error) {
    return error instanceof WheelwrightError;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Rewrites the runner's wording of the given options into another front end's (the CLI's flags). */
function renderOptionReferences(text, options, wording) {
    let out = text;
    for (const { name } of options) {
        const n = escapeRegExp(name);
        out = out
            .replace(new RegExp(`set '${n}: ([^']*)'`, 'g'), (_all, value) => `pass ${wording.setting(name, value)}`)
            .replace(new RegExp(`input '${n}'`, 'g'), wording.option(name))
            .replace(new RegExp(`the ${n} input`, 'g'), wording.option(name));
    }
    return out;
}
/** The user-facing line for any thrown value; unexpected errors are labelled as bugs. */
function describeError(error, wording, 
/** Further options the front end knows the error may name in the runner's words (its command's). */
declared = []) {
    if (error instanceof WheelwrightError) {
        if (!wording)
            return { message: error.message, hint: error.hint, bug: false };
        const options = [...error.options, ...declared.map((name) => ({ name }))];
        const render = (text) => renderOptionReferences(text, options, wording);
        return { message: render(error.message), hint: error.hint === undefined ? undefined : render(error.hint), bug: false };
    }
    const text = error instanceof Error ? error.message : String(error);
    return {
        message: `unexpected error (a bug in Wheelwright): ${text.split('\n')[0]}`,
        hint: 'please report it with the debug log (ACTIONS_STEP_DEBUG=true or --debug)',
        bug: true,
    };
}



/***/ }),

/***/ 5282:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   Yd: () => (/* binding */ publicVersion),
/* harmony export */   ZG: () => (/* binding */ classifyVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   ri: () => (/* binding */ isValidVersion),
/* harmony export */   z0: () => (/* binding */ tryParseVersion)
/* harmony export */ });
/* unused harmony exports parseVersion, baseVersion, sortVersions */
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2662);
/**
 * PEP 440 versions, exactly as `packaging.version.Version` (26.x) reads, prints and orders them.
 *
 * Why not @renovatebot/pep440 for this: it stores numbers as JavaScript `Number` (a tag such as
 * `1.2.99999999999999999999` loses digits, and setuptools_scm bumps such numbers), it reads local
 * segments with `Number()` (so `+1e5` and `+0x1` become numbers), and it does not accept the surrounding
 * whitespace `Version()` accepts. The grammar is small and fixed by PEP 440 (Appendix B regex), so we
 * keep our own with `bigint` parts; test/pep440-version/pep440-corpus.test.ts checks validity, normal
 * form and order against packaging on a generated corpus. The other modules keep using
 * @renovatebot/pep440 for specifiers.
 */

// Python's `\s` on str (Py_UNICODE_ISSPACE), which differs from JavaScript's `\s` (no U+FEFF; adds
// U+001C-U+001F and U+0085). packaging strips it around the version.
const SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*';
// PEP 440 Appendix B / packaging.version.VERSION_PATTERN. packaging 26 compiles it with IGNORECASE and
// ASCII-only classes; JavaScript's `i` flag without `u` folds ASCII letters only, which is the same.
const CORE = 'v?' +
    '(?:(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?' +
    '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?';
const VERSION = new RegExp(`^${SPACE}${CORE}${SPACE}$`, 'i');
const SIMPLE = /^[0-9.]*$/;
const PRE_LABELS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    pre: 'rc',
    preview: 'rc',
    rc: 'rc',
};
/** Parses a version; undefined when it is not PEP 440. */
function tryParseVersion(text) {
    if (SIMPLE.test(text)) {
        // packaging's fast path: digits and dots only, no empty part.
        const parts = text.split('.');
        if (parts.includes(''))
            return undefined;
        return { epoch: 0n, release: parts.map(BigInt), pre: undefined, post: undefined, dev: undefined, local: undefined };
    }
    const groups = VERSION.exec(text)?.groups;
    if (!groups)
        return undefined;
    const preLabel = groups.pre_l;
    const postNumber = groups.post_n1 ?? groups.post_n2;
    return {
        epoch: groups.epoch === undefined ? 0n : BigInt(groups.epoch),
        release: (groups.release ?? '0').split('.').map(BigInt),
        pre: preLabel === undefined ? undefined : [PRE_LABELS[preLabel.toLowerCase()] ?? 'rc', BigInt(groups.pre_n ?? 0)],
        // `1.0-1` is an implicit post-release; `1.0.post` means post0.
        post: groups.post_l === undefined && groups.post_n1 === undefined ? undefined : BigInt(postNumber ?? 0),
        dev: groups.dev_l === undefined ? undefined : BigInt(groups.dev_n ?? 0),
        local: groups.local === undefined
            ? undefined
            : groups.local.split(/[-_.]/).map((part) => (/^[0-9]+$/.test(part) ? BigInt(part) : part.toLowerCase())),
    };
}
/** Parses a version; a WheelwrightError naming the text when it is not PEP 440. */
function parseVersion(text, what = 'version') {
    const version = tryParseVersion(text);
    if (version === undefined) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_0__/* .WheelwrightError */ .LJ('version', `${what} '${text}' is not a valid PEP 440 version`, {
            hint: 'use a PEP 440 version such as 1.2.3, 1.2.3rc1, 1.2.3.post1 or 1.2.3.dev4',
        });
    }
    return version;
}
function isValidVersion(text) {
    return tryParseVersion(text) !== undefined;
}
function asVersion(version) {
    return typeof version === 'string' ? parseVersion(version) : version;
}
/** `1!2.0` — epoch (when not 0) and release. */
function baseVersion(version) {
    const v = asVersion(version);
    const release = v.release.join('.');
    return v.epoch === 0n ? release : `${v.epoch}!${release}`;
}
/** The normal form without the local part. */
function publicVersion(version) {
    const v = asVersion(version);
    let text = baseVersion(v);
    if (v.pre)
        text += `${v.pre[0]}${v.pre[1]}`;
    if (v.post !== undefined)
        text += `.post${v.post}`;
    if (v.dev !== undefined)
        text += `.dev${v.dev}`;
    return text;
}
/** packaging's `str(Version(text))`: `1.0-RC1` → `1.0rc1`, `v01.02` → `1.2`, `1.0+Ubuntu-1` → `1.0+ubuntu.1`. */
function formatVersion(version) {
    const text = publicVersion(version);
    return version.local === undefined ? text : `${text}+${version.local.join('.')}`;
}
/** The normal form of a version string; throws (naming the text) when it is not PEP 440. */
function normalizeVersion(text) {
    return formatVersion(parseVersion(text));
}
function compareBig(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function trimmedRelease(release) {
    let end = release.length;
    while (end > 0 && release[end - 1] === 0n)
        end--;
    return release.slice(0, end);
}
// packaging's _cmpkey: (pre_rank, pre_n, post_rank, post_n, dev_rank, dev_n); dev-only releases sort
// before any pre-release, releases without pre after rc, without post before post, without dev after dev.
const PRE_RANK = { a: 0n, b: 1n, rc: 2n };
function suffixKey(v) {
    let preRank;
    let preN = 0n;
    if (v.pre === undefined && v.post === undefined && v.dev !== undefined)
        preRank = -1n;
    else if (v.pre === undefined)
        preRank = 3n;
    else
        [preRank, preN] = [PRE_RANK[v.pre[0]], v.pre[1]];
    return [preRank, preN, v.post === undefined ? 0n : 1n, v.post ?? 0n, v.dev === undefined ? 1n : 0n, v.dev ?? 0n];
}
function compareLocal(a, b) {
    // No local part sorts before any local part; strings before numbers; shorter prefix first.
    if (a === undefined || b === undefined)
        return a === b ? 0 : a === undefined ? -1 : 1;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (typeof x === 'bigint' && typeof y === 'bigint') {
            const order = compareBig(x, y);
            if (order !== 0)
                return order;
        }
        else if (typeof x === 'bigint')
            return 1;
        else if (typeof y === 'bigint')
            return -1;
        else if (x !== y)
            return x < y ? -1 : 1;
    }
    return Math.sign(a.length - b.length);
}
/** PEP 440 order (-1, 0, 1); `1.0 == 1.0.0`. Strings are parsed (and must be valid). */
function compareVersions(left, right) {
    const a = asVersion(left);
    const b = asVersion(right);
    let order = compareBig(a.epoch, b.epoch);
    if (order !== 0)
        return order;
    const ra = trimmedRelease(a.release);
    const rb = trimmedRelease(b.release);
    for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
        order = compareBig(ra[i], rb[i]);
        if (order !== 0)
            return order;
    }
    if (ra.length !== rb.length)
        return Math.sign(ra.length - rb.length);
    const sa = suffixKey(a);
    const sb = suffixKey(b);
    for (let i = 0; i < sa.length; i++) {
        order = compareBig(sa[i], sb[i]);
        if (order !== 0)
            return order;
    }
    return compareLocal(a.local, b.local);
}
/** A sorted copy, lowest first. */
function sortVersions(versions) {
    const parsed = versions.map((text) => ({ text, version: parseVersion(text) }));
    parsed.sort((x, y) => compareVersions(x.version, y.version));
    return parsed.map((entry) => entry.text);
}
/**
 * What kind of release a version is, and the highest channel it may reach: `stable` only for a final
 * release (no pre, dev or local part; post-releases are final), `testing` for everything else.
 */
function classifyVersion(version) {
    const v = asVersion(version);
    const hasLocal = v.local !== undefined;
    const isDevrelease = v.dev !== undefined;
    const isPostrelease = v.post !== undefined;
    const hasPre = v.pre !== undefined;
    const isFinal = !hasPre && !isDevrelease && !hasLocal;
    const kind = hasLocal ? 'local' : isDevrelease ? 'dev' : hasPre ? 'pre' : isPostrelease ? 'post' : 'final';
    return {
        kind,
        isFinal,
        isPrerelease: hasPre || isDevrelease,
        isDevrelease,
        isPostrelease,
        hasLocal,
        public: publicVersion(v),
        base: baseVersion(v),
        channel: isFinal ? 'stable' : 'testing',
    };
}


/***/ }),

/***/ 6894:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __nccwpck_require__(2662);
;// CONCATENATED MODULE: ./packages/core/src/process/index.ts


const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
function run(command, args, options = {}) {
    const label = options.label ?? [command, ...args.slice(0, 2)].join(' ');
    const okCodes = options.okCodes ?? [0];
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        child.stdout?.on('data', (chunk) => {
            out.push(chunk);
            options.onStdout?.(chunk.toString('utf8'));
        });
        child.stderr?.on('data', (chunk) => {
            err.push(chunk);
            options.onStderr?.(chunk.toString('utf8'));
        });
        if (options.input !== undefined && child.stdin)
            child.stdin.end(options.input);
        child.on('error', (error) => {
            clearTimeout(timer);
            if (error.code === 'ENOENT') {
                reject(new errors/* ProcessError */.yI(`${command} was not found (needed for ${label})`, {
                    hint: options.missingHint ?? `install ${command} or put it on PATH`,
                    cause: error,
                }));
            }
            else {
                reject(new errors/* ProcessError */.yI(`${label} could not start: ${error.message}`, { cause: error }));
            }
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const stdout = Buffer.concat(out).toString('utf8');
            const stderr = Buffer.concat(err).toString('utf8');
            if (timedOut) {
                reject(new errors/* ProcessError */.yI(`${label} timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`, { stderr }));
                return;
            }
            const exit = code ?? (signal ? 128 : 1);
            if (!okCodes.includes(exit)) {
                const detail = lastLine(stderr) || lastLine(stdout) || `signal ${signal ?? 'none'}`;
                reject(new errors/* ProcessError */.yI(`${label} failed (exit ${exit}): ${detail}`, { exitCode: exit, stderr }));
                return;
            }
            resolve({ code: exit, stdout, stderr });
        });
    });
}
function lastLine(text) {
    const lines = text.trim().split(/\r?\n/);
    return (lines[lines.length - 1] ?? '').trim();
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, isDebug, markdownSummary, notice, platform, saveState, setCommandEcho, startGroup, summary, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=6ae3d40069f1a6869629317f4d108d60728319f3adf0b287ab6c302a9e4b2003/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=6ae3d40069f1a6869629317f4d108d60728319f3adf0b287ab6c302a9e4b2003/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=6ae3d40069f1a6869629317f4d108d60728319f3adf0b287ab6c302a9e4b2003/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=6ae3d40069f1a6869629317f4d108d60728319f3adf0b287ab6c302a9e4b2003/node_modules/@actions/core/lib/core.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return __awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return __awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1283);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
