import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3637:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 2242:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(4434)


/***/ }),

/***/ 3037:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 1729:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(3037)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 218:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
}


/***/ }),

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

/***/ 5464:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(2242)
const FIFO = __nccwpck_require__(1729)
const TextDecoder = __nccwpck_require__(799)

const StreamError = __nccwpck_require__(2165)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 2165:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 4652:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(9896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 3992:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(5464)
const FIFO = __nccwpck_require__(1729)
const b4a = __nccwpck_require__(3637)
const headers = __nccwpck_require__(4939)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = headers.decodePax(buf)
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? headers.decodePax(buf)
          : Object.assign({}, this._paxGlobal, headers.decodePax(buf))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return
    }

    this._continueWrite(null)
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 4939:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3637)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  b4a.write(buf, encodeOct((opts.mtime.getTime() / 1000) | 0, 11), 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -1 * sum
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 3237:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.extract = __nccwpck_require__(3992)
/* unused reexport */ __nccwpck_require__(4436)


/***/ }),

/***/ 4436:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(5464)
const b4a = __nccwpck_require__(3637)

const constants = __nccwpck_require__(4652)
const headers = __nccwpck_require__(4939)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(5563)
const UTF8Decoder = __nccwpck_require__(8821)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 5563:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3637)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 8821:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3637)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 9489:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 7783:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(9896);
var util = __nccwpck_require__(9023);
var stream = __nccwpck_require__(2203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(218);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 7198:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(9896);
var zlib = __nccwpck_require__(3106);
var fd_slicer = __nccwpck_require__(7783);
var util = __nccwpck_require__(9023);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var Writable = (__nccwpck_require__(2203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(9489);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 9586:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4037);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4037:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=6ae3d40069f1a6869629317f4d108d60728319f3adf0b287ab6c302a9e4b2003/node_modules/@actions/core/lib/core.js + 4 modules
var core = __nccwpck_require__(5291);
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
        tempDir: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
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
    (0,core/* info */.pq)(guardWorkflowCommands(text, external_node_os_.EOL));
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
    runnerError(message, properties);
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

;// CONCATENATED MODULE: ./packages/action-io/src/oidc.ts


/**
 * The job's OIDC ID token for an audience (trusted publishing), masked the moment it arrives. The toolkit's
 * OIDC client (and its HTTP stack) is loaded only here; its failures become one line naming the fix.
 */
async function idTokenFor(audience) {
    const { OidcClient } = await __nccwpck_require__.e(/* import() */ 650).then(__nccwpck_require__.bind(__nccwpck_require__, 3650));
    let token;
    try {
        token = await OidcClient.getIDToken(audience);
    }
    catch (caught) {
        const status = /Error Code : (\d+)/.exec(caught instanceof Error ? caught.message : '')?.[1];
        throw new errors/* StoreError */.AD(`the runner did not issue an OIDC token${status ? ` (HTTP ${status})` : ''}`, {
            code: 'auth',
            ...(status ? { status: Number(status) } : {}),
            hint: 'check `permissions: id-token: write` on the job',
        });
    }
    (0,core/* setSecret */.Pq)(token);
    return token;
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

;// CONCATENATED MODULE: ./packages/core/src/contract/publish.ts



/** publish's options, and the secrets in them (password, URL credentials) to mask at once. */
function readPublishOptions(source, context) {
    const i = new OptionReader(source);
    const password = i.text('password');
    const store = i.text('store') || '.wheelwright/unstable';
    const uploadUrl = i.text('upload-url');
    const username = i.text('username');
    // A folder store takes no credentials: one given for it means a wrong store, not something to ignore.
    for (const [name, value] of [
        ['username', username],
        ['password', password],
    ]) {
        if (value && !isServerLocation(store) && !isServerLocation(uploadUrl))
            throw new errors/* InputError */.dz(`${source.label(name)} was given, but store '${store}' is a folder, which takes no credentials`, {
                hint: `drop the ${name}, or give the store as the URL of an index server`,
                options: [{ name }, { name: 'store' }],
            });
    }
    return {
        secrets: [...(password ? [password] : []), ...urlSecrets(store), ...urlSecrets(uploadUrl)],
        options: {
            store,
            uploadUrl,
            username,
            password,
            indexName: i.text('index-name'),
            trustedPublishing: i.bool('trusted-publishing', false),
            manifest: i.text('manifest'),
            files: i.lines('files'),
            skipExisting: i.bool('skip-existing', true),
            verify: i.bool('verify', true),
            dryRun: i.bool('dry-run', false),
            workspace: context.workspace,
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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


// EXTERNAL MODULE: ./packages/core/src/docs/store-docs.ts + 1 modules
var store_docs = __nccwpck_require__(2805);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./packages/core/src/distribution/sha256-file.ts


/** The sha256 (hex) and size of a file, streamed: artefacts can be hundreds of megabytes. */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./packages/core/src/store/hashing.ts




/**
 * A pass-through stream that hashes what flows through it: always sha256, plus the other algorithms
 * asked for (an index that lists only md5 is checked by md5 while the sha256 is computed for us).
 */
function hashingStream(others = []) {
    const hashes = new Map([['sha256', (0,external_node_crypto_.createHash)('sha256')]]);
    for (const algorithm of others)
        if (!hashes.has(algorithm))
            hashes.set(algorithm, (0,external_node_crypto_.createHash)(algorithm));
    const digests = new Map();
    let bytes = 0;
    const stream = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            for (const hash of hashes.values())
                hash.update(chunk);
            bytes += chunk.length;
            callback(null, chunk);
        },
    });
    stream.digest = (algorithm = 'sha256') => {
        const known = digests.get(algorithm);
        if (known !== undefined)
            return known;
        const hash = hashes.get(algorithm);
        if (!hash)
            throw new Error(`hashingStream: ${algorithm} was not computed`);
        const digest = hash.digest('hex');
        digests.set(algorithm, digest);
        return digest;
    };
    stream.bytes = () => bytes;
    return stream;
}
/** Copies `source` to `destination` and returns the sha256 of what was written. */
async function copyAndHash(source, destination) {
    const hasher = hashingStream();
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(source), hasher, (0,external_node_fs_.createWriteStream)(destination));
    return hasher.digest();
}
// Strongest first: the one hash an index offers besides (or instead of) sha256 that a download is checked by.
const STRENGTH = ['sha512', 'sha384', 'sha256', 'sha224', 'sha1', 'md5'];
/** The strongest hash an index listed for a file, or undefined. */
function strongestHash(hashes) {
    for (const algorithm of STRENGTH) {
        const hex = hashes?.[algorithm];
        if (hex)
            return { algorithm, hex };
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/core/src/distribution/printable-name.ts
var printable_name = __nccwpck_require__(8970);
;// CONCATENATED MODULE: ./packages/core/src/store/inside.ts
/**
 * Joining a name from outside (an index link, a manifest entry, a METADATA field) onto a folder. The
 * name must be one plain path segment, and the joined path must still be inside the folder once both
 * are resolved — on every OS, whichever separator the name tried to smuggle in.
 */



/** `folder/name`, or a StoreError when `name` is not a single segment that stays inside `folder`. */
function resolveInside(folder, name, what = 'file name') {
    const base = (0,external_node_path_.resolve)(folder);
    const joined = (0,external_node_path_.resolve)(base, name);
    const rel = (0,external_node_path_.relative)(base, joined);
    // A name is one segment: no separator of either OS, no `.`/`..`, no control character, no drive.
    const plain = name !== '' && name !== '.' && name !== '..' && !/[\\/\0-\x1f\x7f]|^[A-Za-z]:/.test(name);
    if (!plain || rel === '' || rel.startsWith(`..${external_node_path_.sep}`) || rel === '..' || (0,external_node_path_.isAbsolute)(rel) || rel.includes(external_node_path_.sep)) {
        throw new errors/* StoreError */.AD(`refusing the ${what} '${(0,printable_name/* printableName */.Nt)(name)}': it would not stay inside ${base}`, {
            code: 'input',
            hint: 'a file name from an index, a manifest or an archive must be a plain name; this one came from an untrusted source',
        });
    }
    return joined;
}

// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __nccwpck_require__(2640);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts
var pep440 = __nccwpck_require__(5282);
;// CONCATENATED MODULE: ./packages/core/src/distribution/version-bridge.ts

/** PEP 440 normal form (`1.0-1` → `1.0.post1`, `1.0RC1` → `1.0rc1`), or undefined when not a version. */
function version_bridge_normalizeVersion(version) {
    const text = version.trim();
    return (0,pep440/* isValidVersion */.ri)(text) ? (0,pep440/* normalizeVersion */.Qj)(text) : undefined;
}
/**
 * PEP 440 equality, as packaging's `Version.__eq__` and the indexes see it: `1.0 == 1.0.0` (zero padding),
 * `0!1.0 == 1.0`, `1.0RC1 == 1.0rc1`, `1.0+Ubuntu-1 == 1.0+ubuntu.1`; a post-release (`1.0.post0`) or a
 * local part makes a different version. Texts that are not versions are equal only when identical.
 */
function sameVersion(a, b) {
    const left = (0,pep440/* tryParseVersion */.z0)(a.trim());
    const right = (0,pep440/* tryParseVersion */.z0)(b.trim());
    return left !== undefined && right !== undefined ? (0,pep440/* compareVersions */.Zy)(left, right) === 0 : a === b;
}
/** The release kind the manifest records: a local part wins, then dev, pre, post, else final. */
function classifyVersion(version) {
    return isValidVersion(version) ? classify(version).kind : 'final';
}

;// CONCATENATED MODULE: ./packages/core/src/distribution/artefact-filename.ts
/**
 * Artefact filenames: wheels per the binary distribution format (PEP 427, PEP 491) and sdists per the
 * source distribution format (PEP 625), plus the legacy sdist names pip still installs
 * (`My.Package-1.0.tar.gz`, `.zip`), split the way packaging.utils does.
 */





const SDIST_EXTENSIONS = ['.tar.gz', '.zip', '.tar.bz2', '.tar.xz', '.tgz', '.tar'];
/** The expected wheel/sdist filename prefix `{escaped name}-{normalized version}`. */
function artefactStem(name, version) {
    return `${escapeName(name)}-${normalizeVersion(version) ?? version}`;
}
// Every character a wheel or sdist filename can hold: names are ASCII letters, digits, `._-`; PEP 440
// versions add `+!` (and nothing else once normalized); tags are letters, digits, `_` and `.`.
const FILENAME_CHARACTERS = /^[A-Za-z0-9._+!-]+$/;
/**
 * Parses a wheel or sdist filename; InputError naming the file when it is neither. A directory part is
 * ignored (callers pass paths of local files), but the name itself must consist of the characters a
 * distribution filename can hold: a separator, control character or space is never part of one.
 */
function artefact_filename_parseArtefactFilename(filename) {
    const base = filename.replace(/^.*[\\/]/, '');
    if (!FILENAME_CHARACTERS.test(base)) {
        throw new errors/* InputError */.dz(`'${(0,printable_name/* printableName */.Nt)(base)}' is not a distribution filename: it holds characters no wheel or sdist name has`, {
            hint: 'names are ASCII letters, digits and . _ - (versions add + and !); rebuild with a PEP 517 backend',
        });
    }
    if (base.endsWith('.whl'))
        return parseWheelFilename(base);
    const extension = SDIST_EXTENSIONS.find((ext) => base.toLowerCase().endsWith(ext));
    if (extension)
        return parseSdistFilename(base, extension);
    throw new errors/* InputError */.dz(`'${base}' is not a wheel (.whl) or sdist (.tar.gz, .zip) filename`, {
        hint: 'artefacts are named {name}-{version}-{python}-{abi}-{platform}.whl or {name}-{version}.tar.gz',
    });
}
// PEP 425 tags: each compressed set is dot-separated parts of letters, digits and `_`.
const TAG_SET = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;
/**
 * A filename that came from outside and is about to become a path, a URL segment or a log line: a bare
 * name (no directory part) that follows the wheel (PEP 427) or sdist (PEP 625, or the legacy `.zip`)
 * grammar in full, with a valid project name, a PEP 440 version and well-formed tags.
 */
function parseDistributionFilename(filename) {
    if (/[\\/]/.test(filename) || filename === '' || filename !== filename.trim()) {
        throw new errors/* InputError */.dz(`'${(0,printable_name/* printableName */.Nt)(filename)}' is not a distribution filename (it has a directory part or surrounding space)`);
    }
    const parsed = artefact_filename_parseArtefactFilename(filename);
    if (!parsed.validVersion) {
        throw new errors/* InputError */.dz(`'${filename}' does not carry a PEP 440 version ('${parsed.rawVersion}')`, {
            hint: 'build with a version such as 1.2.3, 1.2.3rc1 or 1.2.3.dev4',
        });
    }
    if (parsed.kind === 'wheel') {
        const sets = filename.slice(0, -'.whl'.length).split('-').slice(-3);
        if (!sets.every((set) => TAG_SET.test(set)) || (parsed.buildTag !== undefined && !/^\d[A-Za-z0-9_.]*$/.test(parsed.buildTag))) {
            throw new errors/* InputError */.dz(`wheel filename '${filename}' has malformed tags (PEP 425: python-abi-platform, parts joined by .)`);
        }
    }
    else if (parsed.extension !== '.tar.gz' && parsed.extension !== '.zip') {
        throw new errors/* InputError */.dz(`sdist filename '${filename}' must end in .tar.gz (PEP 625) or the legacy .zip`);
    }
    return parsed;
}
function parseWheelFilename(filename) {
    const parts = filename.slice(0, -'.whl'.length).split('-');
    // PEP 427: {distribution}-{version}(-{build tag})?-{python tag}-{abi tag}-{platform tag}.whl
    if (parts.length !== 5 && parts.length !== 6) {
        throw new errors/* InputError */.dz(`wheel filename '${filename}' does not have 5 or 6 dash-separated parts`, {
            hint: 'PEP 427: {distribution}-{version}(-{build tag})?-{python tag}-{abi tag}-{platform tag}.whl; a dash in the name must be written as _',
        });
    }
    const [distribution = '', rawVersion = ''] = parts;
    const buildTag = parts.length === 6 ? parts[2] : undefined;
    const [pythonTag = '', abiTag = '', platformTag = ''] = parts.slice(-3);
    if (buildTag !== undefined && !/^\d/.test(buildTag)) {
        throw new errors/* InputError */.dz(`wheel filename '${filename}' has build tag '${buildTag}', which must start with a digit (PEP 427)`);
    }
    if (!(0,project_name/* isValidName */.uV)(distribution)) {
        throw new errors/* InputError */.dz(`wheel filename '${filename}' has an invalid distribution name '${distribution}'`);
    }
    if (!pythonTag || !abiTag || !platformTag)
        throw new errors/* InputError */.dz(`wheel filename '${filename}' has an empty compatibility tag`);
    const normal = version_bridge_normalizeVersion(rawVersion);
    return {
        kind: 'wheel',
        filename,
        distribution,
        name: (0,project_name/* normalizeProjectName */.yz)(distribution),
        rawVersion,
        version: normal ?? rawVersion,
        validVersion: normal !== undefined,
        ...(buildTag === undefined ? {} : { buildTag }),
        pythonTags: pythonTag.split('.'),
        abiTags: abiTag.split('.'),
        platformTags: platformTag.split('.'),
        extension: '.whl',
        normalized: distribution === (0,project_name/* escapeName */.L$)(distribution) && rawVersion === normal,
    };
}
function parseSdistFilename(filename, extension) {
    const stem = filename.slice(0, -extension.length);
    // packaging.utils.parse_sdist_filename: the version is after the last dash (legacy names keep dashes).
    const dash = stem.lastIndexOf('-');
    if (dash <= 0 || dash === stem.length - 1) {
        throw new errors/* InputError */.dz(`sdist filename '${filename}' is not {name}-{version}${extension}`, {
            hint: 'PEP 625: {name with _ for runs of -_.}-{normalized version}.tar.gz',
        });
    }
    const distribution = stem.slice(0, dash);
    const rawVersion = stem.slice(dash + 1);
    if (!(0,project_name/* isValidName */.uV)(distribution))
        throw new errors/* InputError */.dz(`sdist filename '${filename}' has an invalid distribution name '${distribution}'`);
    const normal = version_bridge_normalizeVersion(rawVersion);
    return {
        kind: 'sdist',
        filename,
        distribution,
        name: (0,project_name/* normalizeProjectName */.yz)(distribution),
        rawVersion,
        version: normal ?? rawVersion,
        validVersion: normal !== undefined,
        extension,
        normalized: extension === '.tar.gz' && distribution === (0,project_name/* escapeName */.L$)(distribution) && rawVersion === normal,
    };
}

// EXTERNAL MODULE: ./packages/core/src/distribution/archive.ts
var archive = __nccwpck_require__(9217);
;// CONCATENATED MODULE: ./packages/core/src/distribution/core-metadata.ts
/**
 * Core metadata (METADATA in a wheel, PKG-INFO in an sdist), read the way Python reads it: RFC 822
 * headers through `email.parser` with the compat32 policy (what packaging.metadata, pkginfo and twine
 * use), continuation lines folded, multiple-use fields collected in order, the body as the description.
 * https://packaging.python.org/en/latest/specifications/core-metadata/
 */



/** Fields the core metadata spec marks "Multiple use", in the spec's spelling. */
const MULTIPLE_USE_FIELDS = [
    'Dynamic',
    'Platform',
    'Supported-Platform',
    'Classifier',
    'Requires-Dist',
    'Requires-External',
    'Project-URL',
    'Provides-Extra',
    'Provides-Dist',
    'Obsoletes-Dist',
    'License-File',
    'Import-Name',
    'Import-Namespace',
    // Metadata 1.1 (PEP 314) names, still read by pkginfo.
    'Requires',
    'Provides',
    'Obsoletes',
];
const SINGLE_USE_FIELDS = [
    'Metadata-Version',
    'Name',
    'Version',
    'Summary',
    'Description',
    'Description-Content-Type',
    'Keywords',
    'Home-page',
    'Download-URL',
    'Author',
    'Author-email',
    'Maintainer',
    'Maintainer-email',
    'License',
    'License-Expression',
    'Requires-Python',
];
const CANONICAL = new Map([...MULTIPLE_USE_FIELDS, ...SINGLE_USE_FIELDS].map((field) => [field.toLowerCase(), field]));
const MULTIPLE = new Set(MULTIPLE_USE_FIELDS);
/** The canonical spelling of a field name (headers are case-insensitive). */
function canonicalField(name) {
    return CANONICAL.get(name.toLowerCase()) ?? name;
}
/**
 * Folds a header value like setuptools' `rfc822_unescape`: the first line stripped, continuation lines
 * dedented together; a legacy Description whose continuation lines all start with `|` (the spec's
 * 7 spaces + pipe escape) loses the pipes.
 */
function unfold(lines, field) {
    const [first = '', ...rest] = lines;
    if (rest.length === 0)
        return first.trim();
    const indents = rest.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
    const cut = indents.length ? Math.min(...indents) : 0;
    let continuation = rest.map((line) => line.slice(Math.min(cut, /^[ \t]*/.exec(line)?.[0].length ?? 0)));
    if (field === 'Description' && continuation.every((line) => line.startsWith('|'))) {
        continuation = continuation.map((line) => line.slice(1));
    }
    return [first.trim(), ...continuation].join('\n').replace(/\s+$/, '');
}
function parseCoreMetadata(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
    const headers = [];
    const malformedLines = [];
    let index = 0;
    for (; index < lines.length; index++) {
        const line = lines[index] ?? '';
        if (line === '') {
            index++;
            break;
        }
        if (/^[ \t]/.test(line)) {
            const last = headers[headers.length - 1];
            if (last)
                last.lines.push(line);
            else
                malformedLines.push(line);
            continue;
        }
        // RFC 5322 field names: printable ASCII except the colon; Python's feedparser uses the same rule.
        const match = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:(.*)$/.exec(line);
        if (!match) {
            // email.feedparser: a non-header line ends the headers (MissingHeaderBodySeparatorDefect) and
            // starts the body.
            malformedLines.push(line);
            break;
        }
        headers.push({ field: canonicalField(match[1] ?? ''), lines: [match[2] ?? ''] });
    }
    const body = lines.slice(index).join('\n');
    const fields = {};
    const repeated = [];
    for (const header of headers) {
        const value = unfold(header.lines, header.field);
        if (MULTIPLE.has(header.field)) {
            const list = fields[header.field];
            if (Array.isArray(list))
                list.push(value);
            else
                fields[header.field] = [value];
        }
        else if (header.field in fields) {
            if (!repeated.includes(header.field))
                repeated.push(header.field);
        }
        else {
            fields[header.field] = value;
        }
    }
    const metadata = {
        metadataVersion: stringField(fields, 'Metadata-Version'),
        name: stringField(fields, 'Name'),
        version: stringField(fields, 'Version'),
        fields,
        repeated,
        malformedLines,
    };
    // The body wins over the legacy header (metadata 2.1 moved the description there).
    const description = body.trim() !== '' ? body.replace(/\n+$/, '\n') : typeof fields.Description === 'string' ? fields.Description : undefined;
    if (description !== undefined)
        metadata.description = description;
    return metadata;
}
function stringField(fields, name) {
    const value = fields[name];
    return typeof value === 'string' ? value : '';
}
/** All values of a field as a list (empty when absent). */
function fieldValues(metadata, field) {
    const value = metadata.fields[canonicalField(field)];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
/** One value of a field, or undefined. */
function fieldValue(metadata, field) {
    const value = metadata.fields[canonicalField(field)];
    return Array.isArray(value) ? value[0] : value;
}
/** Where the metadata file sits in an archive: `<name>-<version>.dist-info/METADATA` or `<top>/PKG-INFO`. */
function isMetadataMember(kind, path) {
    const parts = path.split('/');
    if (kind === 'wheel')
        return parts.length === 2 && (parts[0] ?? '').endsWith('.dist-info') && parts[1] === 'METADATA';
    return parts.length === 2 && parts[1] === 'PKG-INFO';
}
/**
 * Reads the core metadata of a wheel (`*.dist-info/METADATA`) or sdist (`<top>/PKG-INFO`), streaming the
 * archive up to that member and reading it with the member cap (MEMBER_READ_LIMIT): a larger file fails
 * with an error naming the archive and member, never a truncated parse. WheelwrightError naming the file
 * when it is missing.
 */
async function readCoreMetadataFile(path) {
    archiveFormat(path);
    const kind = path.toLowerCase().endsWith('.whl') ? 'wheel' : 'sdist';
    let expectedDir;
    if (kind === 'wheel') {
        try {
            const parsed = parseArtefactFilename(path);
            expectedDir = `${parsed.distribution}-${parsed.rawVersion}.dist-info`;
        }
        catch {
            expectedDir = undefined;
        }
    }
    const found = [];
    await walkArchive(path, async (entry) => {
        if (entry.type !== 'file' || !isMetadataMember(kind, entry.path))
            return false;
        const text = (await readEntry(path, entry)).toString('utf8');
        found.push({ member: entry.path, text });
        // A wheel may (wrongly) carry several .dist-info folders; keep looking unless this is the expected one.
        return kind === 'sdist' || entry.path.startsWith(`${expectedDir}/`);
    });
    const chosen = found.find((item) => expectedDir !== undefined && item.member.startsWith(`${expectedDir}/`)) ?? found[0];
    if (!chosen) {
        const where = kind === 'wheel' ? '*.dist-info/METADATA' : '<top folder>/PKG-INFO';
        throw new WheelwrightError('inspect', `${path} has no core metadata (${where})`, {
            hint: kind === 'wheel'
                ? 'the wheel was not written by a PEP 517 backend; rebuild it'
                : 'sdists must carry PKG-INFO (PEP 643); rebuild with python -m build --sdist',
        });
    }
    return { ...chosen, metadata: parseCoreMetadata(chosen.text) };
}
/** The parsed core metadata of a wheel or sdist (see readCoreMetadataFile). */
async function readCoreMetadata(path) {
    return (await readCoreMetadataFile(path)).metadata;
}

;// CONCATENATED MODULE: ./packages/core/src/store/local-artefact.ts
/**
 * A built file on disk as the stores need it: name, size, sha256 and its core metadata (parsed for the
 * upload API's form fields, raw for the file index's PEP 658 file). Read with the one archive reader;
 * the metadata member is read up to a cap, and its Name and Version must agree with the filename, since
 * the filename decides where the file is filed and the metadata what the index records.
 */




async function readLocalArtefact(path) {
    const filename = (0,external_node_path_.basename)(path);
    const parsed = parseDistributionFilename(filename);
    const expectedDir = parsed.kind === 'wheel' ? `${parsed.distribution}-${parsed.rawVersion}.dist-info/` : undefined;
    const found = [];
    await (0,archive/* walkArchive */.wU)(path, async (entry) => {
        if (entry.type !== 'file' || !isMetadataMember(parsed.kind, entry.path))
            return false;
        // Capped (the declared size first, then the bytes inflated): a 1 GB METADATA is refused, not read.
        found.push({ member: entry.path, text: (await (0,archive/* readEntry */.hB)(path, entry)).toString('utf8') });
        return parsed.kind === 'sdist' || entry.path.startsWith(expectedDir ?? '\0');
    });
    const chosen = found.find((item) => expectedDir !== undefined && item.member.startsWith(expectedDir)) ?? found[0];
    if (!chosen) {
        throw new errors/* WheelwrightError */.LJ('inspect', `${path} has no core metadata (${parsed.kind === 'wheel' ? '*.dist-info/METADATA' : 'PKG-INFO'})`, {
            hint: 'rebuild it with a PEP 517 backend (python -m build)',
        });
    }
    const metadata = parseCoreMetadata(chosen.text);
    const { sha256, size } = await sha256File(path);
    const fields = { ...metadata.fields };
    if (metadata.description !== undefined)
        fields.Description = metadata.description;
    const artefact = { path, filename, sha256, size, metadata: fields, metadataText: chosen.text };
    artefactIdentity(artefact);
    return artefact;
}
/**
 * The project (normalized) and version an artefact is published as: its filename's, which must follow
 * the wheel/sdist grammar and agree with the core metadata's Name and Version — a wheel named
 * `advpkg-2.0.0-…` whose METADATA says `Name: victim` is refused, never filed under `victim`.
 */
function artefactIdentity(artefact) {
    let parsed;
    try {
        parsed = parseDistributionFilename(artefact.filename);
    }
    catch (error) {
        throw new errors/* StoreError */.AD(error.message, {
            code: 'input',
            hint: 'publish only the .whl and .tar.gz files a PEP 517 build produced',
        });
    }
    const project = (0,project_name/* normalizeProjectName */.yz)(parsed.distribution);
    const name = metadataField(artefact.metadata, 'Name') ?? '';
    if ((0,project_name/* normalizeProjectName */.yz)(name) !== project) {
        throw new errors/* StoreError */.AD(`'${artefact.filename}' names the project '${project}' but its core metadata says Name: '${(0,printable_name/* printableName */.Nt)(name)}'; a file is published only under the name it carries`, { code: 'input', hint: 'rebuild it with a PEP 517 backend: the filename and METADATA come from the same project name' });
    }
    const version = metadataField(artefact.metadata, 'Version') ?? '';
    if (!sameVersion(version, parsed.rawVersion)) {
        throw new errors/* StoreError */.AD(`'${artefact.filename}' carries version ${parsed.rawVersion} but its core metadata says Version: '${(0,printable_name/* printableName */.Nt)(version)}'`, { code: 'input', hint: 'rebuild it: the filename and METADATA must name the same version' });
    }
    return { project, version: parsed.rawVersion };
}
/** Looks up a core metadata field whatever the reader's key style (`Requires-Python`, `requires_python`). */
function metadataField(metadata, field) {
    const wanted = field.toLowerCase().replace(/_/g, '-');
    for (const [key, value] of Object.entries(metadata)) {
        if (key.toLowerCase().replace(/_/g, '-') === wanted)
            return Array.isArray(value) ? value[0] : value;
    }
    return undefined;
}
/** Multi-valued metadata field as an array (`Classifier`, `Requires-Dist`). */
function metadataList(metadata, field) {
    const wanted = field.toLowerCase().replace(/_/g, '-');
    for (const [key, value] of Object.entries(metadata)) {
        if (key.toLowerCase().replace(/_/g, '-') === wanted)
            return Array.isArray(value) ? value : [value];
    }
    return [];
}

// EXTERNAL MODULE: ./packages/core/src/store/lock.ts
var lock = __nccwpck_require__(9715);
;// CONCATENATED MODULE: ./packages/core/src/store/names.ts


/**
 * Names as indexes see them: PEP 503 project-name normalization, and the parts of a distribution
 * filename (wheel: PEP 427; sdist: PEP 625).
 */

/**
 * The project and version a distribution filename names; undefined when it is not one in full (the
 * wheel/sdist grammar with a PEP 440 version; no directory part, no character a filename cannot have).
 */
function splitArtefactFilename(filename) {
    try {
        const parsed = parseDistributionFilename(filename);
        const parts = { project: parsed.distribution, version: parsed.rawVersion, kind: parsed.kind };
        if (parsed.pythonTags)
            parts.pythonTag = parsed.pythonTags.join('.');
        return parts;
    }
    catch {
        return undefined;
    }
}
/** True when `filename` is a distribution of `project` (names compared normalized). */
function belongsTo(filename, project) {
    const parts = splitArtefactFilename(filename);
    return parts !== undefined && normalizeProjectName(parts.project) === normalizeProjectName(project);
}
/** The local part of a version (`+g1abc`), or undefined. */
function localPart(version) {
    return (0,pep440/* tryParseVersion */.z0)(version)?.local?.join('.');
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

;// CONCATENATED MODULE: ./packages/core/src/store/server-answers.ts
/**
 * What an index server said, in the words a user can act on: the first line of an error answer, a file
 * that is already there with other bytes. (A JSON view that answers anything else is the HTTP client's
 * `json()` error, naming the URL and what came back.)
 */


/** The first line of what a server said: reason phrase, plus the body's text when it is short. */
function serverMessage(response) {
    const body = response
        .text()
        .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const reason = response.reason && !/^(OK|Bad Request|Conflict|Forbidden|Unauthorized|Not Found|Internal Server Error)$/i.test(response.reason)
        ? response.reason
        : '';
    const text = [reason, body.length > 0 && body.length < 300 ? body : ''].filter(Boolean).join(': ');
    // A server may echo what it was sent (a Basic pair, a token): never into a message.
    return redactSecrets(`HTTP ${response.status}${text ? ` ${text}` : ` ${response.reason}`}`.trim(), response.secrets);
}
function conflictError(filename, where, existing, ours) {
    return new errors/* StoreError */.AD(`'${filename}' already exists in ${redactUrl(where)} with different content (sha256 ${existing} there, ${ours} here)`, {
        code: 'conflict',
        hint: 'a published file is never overwritten: bump the version (or rebuild from the tagged commit) and publish again',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/store/simple-html.ts
/**
 * PEP 503 simple index pages: written by the file index, read back from any server that answers HTML
 * (pypiserver always does). The reader only needs the anchors, their href and data-* attributes, so it is
 * a small tokenizer over `<a …>…</a>` rather than a full HTML parser.
 */
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, entity) => {
        if (entity[0] === '#') {
            const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
            return Number.isFinite(code) ? String.fromCodePoint(code) : all;
        }
        return ENTITIES[entity.toLowerCase()] ?? all;
    });
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Every anchor of a page, attributes decoded (names lower-cased). */
function parseSimpleLinks(html) {
    const links = [];
    const anchor = /<a\s([^>]*)>([\s\S]*?)<\/a\s*>/gi;
    const attribute = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
    for (const match of html.matchAll(anchor)) {
        const attributes = {};
        for (const a of (match[1] ?? '').matchAll(attribute)) {
            attributes[(a[1] ?? '').toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
        }
        if (attributes.href === undefined)
            continue;
        links.push({ href: attributes.href, text: decodeEntities((match[2] ?? '').replace(/<[^>]*>/g, '').trim()), attributes });
    }
    return links;
}
function page(title, body) {
    // PEP 629: the repository version meta tag; 1.1 because PEP 700/714 attributes may appear.
    return `<!DOCTYPE html>
<html>
  <head>
    <meta name="pypi:repository-version" content="1.1">
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <h1>${escapeHtml(title)}</h1>
${body}  </body>
</html>
`;
}
/** A project page: one link per file, relative to the page, with the hash and PEP 503/658/714 attributes. */
function renderProjectPage(project, files) {
    const lines = [...files]
        .sort((a, b) => a.filename.localeCompare(b.filename))
        .map((file) => {
        let attributes = `href="${escapeHtml(encodeURIComponent(file.filename))}#sha256=${file.sha256}"`;
        if (file.requiresPython)
            attributes += ` data-requires-python="${escapeHtml(file.requiresPython)}"`;
        // PEP 714 renamed data-dist-info-metadata to data-core-metadata; pip before 23.3 reads only the old name.
        if (file.metadataSha256)
            attributes += ` data-dist-info-metadata="sha256=${file.metadataSha256}" data-core-metadata="sha256=${file.metadataSha256}"`;
        return `    <a ${attributes}>${escapeHtml(file.filename)}</a><br>\n`;
    })
        .join('');
    return page(`Links for ${project}`, lines);
}
/** The root page: one link per project, to its normalized folder. */
function renderRootPage(projects) {
    const lines = [...projects]
        .sort()
        .map((name) => `    <a href="${escapeHtml(encodeURIComponent(name))}/">${escapeHtml(name)}</a><br>\n`)
        .join('');
    return page('Simple index', lines);
}
// PEP 503: the fragment names a hashlib algorithm guaranteed everywhere; these are the ones Node has too.
const LINK_HASHES = new Set(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']);
/**
 * Splits `…#<algorithm>=<hex>` into the URL without fragment and the hash: `sha256` when the index gives
 * one, and every recognised hash in `hashes` (pypiserver `--hash-algo md5`, Nexus: md5 or sha1 only).
 */
function splitHashFragment(href) {
    const at = href.indexOf('#');
    if (at < 0)
        return { url: href };
    const url = href.slice(0, at);
    const match = /^([a-z0-9]+)=([0-9a-fA-F]+)$/.exec(href.slice(at + 1));
    const algorithm = match?.[1];
    if (!match || algorithm === undefined || !LINK_HASHES.has(algorithm))
        return { url };
    const hex = (match[2] ?? '').toLowerCase();
    if (algorithm === 'sha256')
        return hex.length === 64 ? { url, sha256: hex, hashes: { sha256: hex } } : { url };
    return { url, hashes: { [algorithm]: hex } };
}

;// CONCATENATED MODULE: ./packages/core/src/store/file-index.ts
/**
 * The embedded default store: a folder holding a static PEP 503 simple index and the files themselves,
 *
 *   <root>/index.html                         the project list
 *   <root>/<normalized-name>/index.html       one link per file, `#sha256=`, data-requires-python, PEP 658/714
 *   <root>/<normalized-name>/<file>           the artefact
 *   <root>/<normalized-name>/<file>.metadata  its core metadata (PEP 658)
 *   <root>/.tmp/                              files being copied in (one per writer process)
 *   <root>/.lock                              held while anything under a project folder changes
 *
 * pip installs from it by `file://` URL (it reads `index.html` in each folder), and any static host can
 * serve it. A file is copied into `.tmp/` outside the lock, then, under the lock, renamed into its project
 * folder, and the project page is written last: the page is the commit point, so it never lists a file
 * that is not complete on disk, and a crash before it leaves a complete file that the next upload of it
 * checks by hash, lists and reports as uploaded. The page is also the record of each file's hash (as on a
 * server): a file replaced behind the index's back keeps its listed hash, so a download detects it.
 *
 * Every name that becomes a path comes from the artefact's filename (checked against the wheel/sdist
 * grammar) and is joined with `resolveInside`; the METADATA Name must agree with it.
 */
















const PAGE = 'index.html';
const LOCK = '.lock';
const TEMP = '.tmp';
/** A temporary file whose writer cannot be asked (another host, a reused pid) is old after a day. */
const TEMP_MAX_AGE_MS = 24 * 3600_000;
const HOST = (0,external_node_os_.hostname)().replace(/[^A-Za-z0-9-]/g, '-') || 'host';
async function writeAtomically(path, content) {
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temporary, content);
        await (0,promises_.rename)(temporary, path);
    }
    finally {
        await (0,promises_.rm)(temporary, { force: true });
    }
}
function headerField(metadataText, field) {
    // Core metadata is RFC 822-style headers; the body (description) follows the first blank line.
    const headers = metadataText.split(/\r?\n\r?\n/, 1)[0] ?? '';
    return new RegExp(`^${field}:[ \\t]*(.*)$`, 'im').exec(headers)?.[1]?.trim() || undefined;
}
/** Temporary files of writers that are gone: this host's dead pids, or anything older than a day. */
async function removeStaleTemporaries(folder, pattern) {
    const names = await (0,promises_.readdir)(folder).catch(() => []);
    for (const name of names) {
        const match = pattern.exec(name);
        if (!match)
            continue;
        const path = (0,external_node_path_.join)(folder, name);
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        if (!info)
            continue;
        const pid = Number(match.groups?.pid);
        const host = match.groups?.host ?? HOST;
        if ((0,lock/* ownerGone */.R)(pid, host === HOST ? (0,external_node_os_.hostname)() : host) || Date.now() - info.mtimeMs > TEMP_MAX_AGE_MS) {
            await (0,promises_.rm)(path, { force: true, recursive: true });
        }
    }
}
/** `.tmp/<pid>.<host>.<random>.tmp` (this layout), and `.<file>.<pid>.<random>.tmp` in project folders (older writers). */
const TEMP_FILE = /^(?<pid>\d+)\.(?<host>[A-Za-z0-9-]+)\.[0-9a-f]+\.tmp$/;
const LEGACY_TEMP_FILE = /^\..+\.(?<pid>\d+)\.[0-9a-f]+\.tmp$/;
class FileIndexStore {
    root;
    name;
    kind = 'file';
    indexUrl;
    uploadUrl;
    capabilities = { delete: true, localVersions: true, push: false, reuseFilenames: true };
    constructor(root, name) {
        this.root = root;
        this.name = name;
        this.indexUrl = `${(0,external_node_url_.pathToFileURL)(root).href.replace(/\/$/, '')}/`;
        this.uploadUrl = this.indexUrl;
    }
    projectDir(project) {
        return resolveInside(this.root, (0,project_name/* normalizeProjectName */.yz)(project), 'project folder');
    }
    /** The files a project page lists, by filename (only names that are distribution filenames of this project). */
    async readPage(project) {
        const files = new Map();
        let html;
        try {
            html = await (0,promises_.readFile)((0,external_node_path_.join)(this.projectDir(project), PAGE), 'utf8');
        }
        catch {
            return files;
        }
        for (const link of parseSimpleLinks(html)) {
            const { url, sha256 } = splitHashFragment(link.href);
            if (!sha256)
                continue;
            let filename;
            try {
                filename = decodeURIComponent(url);
            }
            catch {
                continue;
            }
            const parts = splitArtefactFilename(filename);
            if (!parts || (0,project_name/* normalizeProjectName */.yz)(parts.project) !== (0,project_name/* normalizeProjectName */.yz)(project))
                continue;
            const metadata = /^sha256=([0-9a-f]{64})$/.exec(link.attributes['data-core-metadata'] ?? link.attributes['data-dist-info-metadata'] ?? '');
            files.set(filename, {
                filename,
                sha256,
                ...(link.attributes['data-requires-python'] ? { requiresPython: link.attributes['data-requires-python'] } : {}),
                ...(metadata?.[1] ? { metadataSha256: metadata[1] } : {}),
            });
        }
        return files;
    }
    async listFiles(project) {
        const dir = this.projectDir(project);
        const listed = await this.readPage(project);
        return [...listed.values()].map((file) => ({
            filename: file.filename,
            url: (0,external_node_url_.pathToFileURL)(resolveInside(dir, file.filename)).href,
            sha256: file.sha256,
            hashes: { sha256: file.sha256 },
            version: splitArtefactFilename(file.filename)?.version ?? '',
            ...(file.requiresPython ? { requiresPython: file.requiresPython } : {}),
            hasMetadata: file.metadataSha256 !== undefined,
        }));
    }
    async listProjects() {
        const entries = await (0,promises_.readdir)(this.root, { withFileTypes: true }).catch(() => []);
        const projects = [];
        for (const entry of entries) {
            if (!entry.isDirectory() || entry.name.startsWith('.'))
                continue;
            if (await (0,promises_.stat)((0,external_node_path_.join)(this.root, entry.name, PAGE)).catch(() => undefined))
                projects.push(entry.name);
        }
        return projects.sort();
    }
    /**
     * The page entries of the artefacts in a project folder (`except` left out): hashes from the current
     * page where it lists the file, from the file itself otherwise (a complete file a crashed writer
     * renamed into place but never listed).
     */
    async folderEntries(project, except = new Set()) {
        const dir = this.projectDir(project);
        const listed = await this.readPage(project);
        const names = (await (0,promises_.readdir)(dir).catch(() => [])).filter((n) => {
            const parts = !n.startsWith('.') && !except.has(n) ? splitArtefactFilename(n) : undefined;
            return parts !== undefined && (0,project_name/* normalizeProjectName */.yz)(parts.project) === (0,project_name/* normalizeProjectName */.yz)(project);
        });
        const files = [];
        for (const filename of names.sort()) {
            const known = listed.get(filename);
            const entry = { filename, sha256: known?.sha256 ?? (await sha256File((0,external_node_path_.join)(dir, filename))).sha256 };
            const metadataPath = (0,external_node_path_.join)(dir, `${filename}.metadata`);
            const metadataText = await (0,promises_.readFile)(metadataPath, 'utf8').catch(() => undefined);
            const requiresPython = known?.requiresPython ?? (metadataText ? headerField(metadataText, 'Requires-Python') : undefined);
            if (requiresPython)
                entry.requiresPython = requiresPython;
            // PEP 658 covers any distribution, but pip trusts an sdist's metadata only from 2.2 on: advertise it for
            // wheels. pip before 23.2 (Debian 12's 23.0.1) compares the file's Name with the requirement as typed
            // (pypa/pip#12038, fixed by #12044) and discards the wheel when they differ; a Name already in normal
            // form matches what users and our own actions type, any other spelling would make old pips fail.
            const name = metadataText === undefined ? undefined : headerField(metadataText, 'Name');
            if (filename.endsWith('.whl') && name !== undefined && name === (0,project_name/* normalizeProjectName */.yz)(name)) {
                entry.metadataSha256 = (await sha256File(metadataPath)).sha256;
            }
            files.push(entry);
        }
        return files;
    }
    /**
     * Rewrites the pages for a project's folder. With files: the root page lists the project first, the
     * project page (the commit point) last. Without: the project page goes first, then the empty folder
     * (only if it is empty: never another writer's file), then the root page's entry.
     */
    async writePages(project, files) {
        const dir = this.projectDir(project);
        const normalized = (0,project_name/* normalizeProjectName */.yz)(project);
        if (files.length > 0) {
            const projects = new Set(await this.listProjects());
            if (!projects.has(normalized)) {
                projects.add(normalized);
                await writeAtomically((0,external_node_path_.join)(this.root, PAGE), renderRootPage([...projects]));
            }
            await writeAtomically((0,external_node_path_.join)(dir, PAGE), renderProjectPage(normalized, files));
            return;
        }
        await (0,promises_.rm)((0,external_node_path_.join)(dir, PAGE), { force: true });
        await (0,promises_.rmdir)(dir).catch(() => undefined);
        await writeAtomically((0,external_node_path_.join)(this.root, PAGE), renderRootPage(await this.listProjects()));
    }
    async lock(fn) {
        await (0,promises_.mkdir)(this.root, { recursive: true });
        return (0,lock/* withDirectoryLock */.r)((0,external_node_path_.join)(this.root, LOCK), async () => {
            await removeStaleTemporaries((0,external_node_path_.join)(this.root, TEMP), TEMP_FILE);
            return fn();
        });
    }
    async upload(artefact) {
        const { project } = artefactIdentity(artefact);
        const dir = this.projectDir(project);
        const target = resolveInside(dir, artefact.filename);
        // Copy outside the lock (it may be large) into the store's own temporary folder, which nothing removes
        // while this process lives; rename into the project folder under the lock.
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.root, TEMP), { recursive: true });
        const temporary = (0,external_node_path_.join)(this.root, TEMP, `${process.pid}.${HOST}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
        try {
            const copied = await copyAndHash(artefact.path, temporary);
            if (copied !== artefact.sha256) {
                throw new errors/* StoreError */.AD(`'${artefact.path}' changed while it was being published (sha256 ${copied}, expected ${artefact.sha256})`, {
                    hint: 'do not rebuild while publishing; run the publish step again',
                });
            }
            return await this.lock(async () => {
                await (0,promises_.mkdir)(dir, { recursive: true });
                await removeStaleTemporaries(dir, LEGACY_TEMP_FILE);
                const existing = (await this.readPage(project)).get(artefact.filename);
                if (existing) {
                    if (existing.sha256 !== artefact.sha256)
                        throw conflictError(artefact.filename, this.indexUrl, existing.sha256, artefact.sha256);
                    // Listed already; make sure the root page lists the project too (a run that stopped in between).
                    await this.writePages(project, await this.folderEntries(project));
                    return 'skipped';
                }
                // Not listed. A complete file in place is a previous run's that stopped before its page was
                // written: the same bytes are published by listing them; other bytes were never listed, so
                // nobody installed them, and ours replace them.
                if (artefact.metadataText !== undefined)
                    await writeAtomically(`${target}.metadata`, artefact.metadataText);
                await (0,promises_.rename)(temporary, target);
                await this.writePages(project, await this.folderEntries(project));
                return 'uploaded';
            });
        }
        finally {
            await (0,promises_.rm)(temporary, { force: true });
        }
    }
    async download(file, destination) {
        const project = splitArtefactFilename(file.filename)?.project;
        const source = resolveInside(this.projectDir(project ?? ''), file.filename);
        const hasher = hashingStream();
        try {
            await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(source), hasher, (0,external_node_fs_.createWriteStream)(destination));
        }
        catch (error) {
            await (0,promises_.rm)(destination, { force: true });
            throw new errors/* StoreError */.AD(`cannot read '${file.filename}' from the file index ${this.indexUrl}: ${error.message}`, {
                cause: error,
            });
        }
        if (file.sha256 && hasher.digest() !== file.sha256) {
            await (0,promises_.rm)(destination, { force: true });
            throw new errors/* StoreError */.AD(`'${file.filename}' in ${this.indexUrl} does not match its listed hash (sha256 ${hasher.digest()}, index says ${file.sha256})`, { code: 'conflict', hint: 'the file was changed after it was published; publish the release again under a new version' });
        }
        return hasher.digest();
    }
    async deleteRelease(project, version) {
        const dir = this.projectDir(project);
        await this.lock(async () => {
            const names = await (0,promises_.readdir)(dir).catch(() => []);
            const release = new Set(names.filter((name) => {
                const parts = name.startsWith('.') ? undefined : splitArtefactFilename(name);
                return (parts !== undefined &&
                    (0,project_name/* normalizeProjectName */.yz)(parts.project) === (0,project_name/* normalizeProjectName */.yz)(project) &&
                    sameVersion(parts.version, version));
            }));
            // The page stops listing the release before its files go: it never lists a file that is not there.
            // A stop in between leaves the files unlisted; the next write of this project lists them again, so
            // the release is back whole in the source and a re-run of the move completes it.
            const remaining = await this.folderEntries(project, release);
            if (remaining.length > 0)
                await this.writePages(project, remaining);
            else
                await (0,promises_.rm)((0,external_node_path_.join)(dir, PAGE), { force: true });
            for (const name of release) {
                await (0,promises_.rm)(resolveInside(dir, name), { force: true });
                await (0,promises_.rm)(resolveInside(dir, `${name}.metadata`), { force: true });
            }
            // The release's docs and record (`<project>/<version>/`) go with its files.
            const { releaseFolder } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2805));
            await (0,promises_.rm)(releaseFolder(this.root, project, version), { recursive: true, force: true });
            if (remaining.length === 0)
                await this.writePages(project, []);
        });
    }
    pipIndexArgs() {
        return ['--index-url', this.indexUrl];
    }
    async uploadDocs(project, version, archive) {
        const { releaseFolder, unpackDocsIntoFileIndex } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2805));
        const outcome = await unpackDocsIntoFileIndex(this.root, project, version, archive);
        return { outcome, url: (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(releaseFolder(this.root, project, version), '+doc', PAGE)).href };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/board/release-record.ts
/**
 * What the embedded file store keeps about a release besides its files, for the release board:
 * `<index>/<project>/<version>/wheelwright-release.json`, a copy of the manifest's facts (source commit
 * and tag, inspection findings, test runs, docs) written by publish and promote. Written atomically;
 * read back as untrusted (a store folder can be edited by anyone who can write it).
 */




const RECORD = 'wheelwright-release.json';
function recordOf(manifest) {
    const docs = manifest.docs;
    return {
        name: manifest.name,
        version: manifest.version,
        kind: manifest.kind,
        ...(manifest.source ? { source: manifest.source } : {}),
        ...(docs
            ? {
                docs: {
                    status: docs.status,
                    ...(docs.filename ? { filename: docs.filename } : {}),
                    ...(docs.sha256 ? { sha256: docs.sha256 } : {}),
                    ...(docs.error ? { error: docs.error } : {}),
                },
            }
            : {}),
        ...(manifest.inspection ? { inspection: manifest.inspection } : {}),
        tests: manifest.tests,
        at: new Date().toISOString(),
    };
}
async function writeReleaseRecord(indexRoot, manifest) {
    const folder = (0,store_docs.releaseFolder)(indexRoot, manifest.name, manifest.version);
    await (0,promises_.mkdir)(folder, { recursive: true });
    const temporary = (0,external_node_path_.join)(folder, `.${RECORD}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temporary, `${JSON.stringify(recordOf(manifest), null, 2)}\n`);
        await (0,promises_.rename)(temporary, (0,external_node_path_.join)(folder, RECORD));
    }
    finally {
        await (0,promises_.rm)(temporary, { force: true });
    }
}
const MAX_RECORD = 4 * 1024 * 1024;
/** The record of a release, or undefined when there is none or it is not one (never trusted further). */
async function readReleaseRecord(folder) {
    try {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(folder, RECORD), 'utf8');
        if (text.length > MAX_RECORD)
            return undefined;
        const data = JSON.parse(text);
        if (typeof data.name !== 'string' || typeof data.version !== 'string')
            return undefined;
        return { ...data, tests: Array.isArray(data.tests) ? data.tests : [] };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/board/render-board.ts

const BOARD_GENERATOR = 'wheelwright release board';
const render_board_text = (value) => escapeHtml(String(value ?? '')).replace(/'/g, '&#39;');
/** An href: built from validated names, escaped once more for the attribute. */
const href = (value) => render_board_text(value);
function channelCells(release, indexes) {
    return indexes
        .map((index) => {
        const link = release.channels[index];
        return link
            ? `<td class="in"><a href="${href(link)}" title="${render_board_text(`${release.version} is in ${index}`)}">✔ ${render_board_text(index)}</a></td>`
            : '<td class="out">–</td>';
    })
        .join('');
}
function sourceCell(release) {
    const source = release.source;
    if (!source?.commit)
        return '<td class="muted">unknown</td>';
    const parts = [`<code title="${render_board_text(source.commit)}">${render_board_text(String(source.commit).slice(0, 12))}</code>`];
    if (source.tag)
        parts.push(`tag <code>${render_board_text(source.tag)}</code>${source.distance ? ` +${render_board_text(source.distance)}` : ''}`);
    if (source.dirty)
        parts.push('<span class="bad">dirty</span>');
    return `<td>${parts.join('<br>')}</td>`;
}
function findingsCell(release) {
    if (release.findings.length === 0)
        return '<td class="good">clean</td>';
    const items = release.findings
        .slice(0, 50)
        .map((f) => `<li><code>${render_board_text(f.rule)}</code> ${render_board_text(f.severity)}: ${render_board_text(f.file)}: ${render_board_text(f.message)}</li>`)
        .join('');
    return `<td><details><summary>${release.findings.length} tolerated</summary><ul>${items}</ul></details></td>`;
}
function testsCell(release) {
    if (release.tests.length === 0)
        return '<td class="muted">not tested</td>';
    const rows = release.tests.map((run) => {
        const ok = Number(run.failed) === 0 && Number(run.errors) === 0 && Number(run.passed) > 0;
        return `<li class="${ok ? 'good' : 'bad'}">Python ${render_board_text(run.python)} (${render_board_text(run.os)}): ${render_board_text(run.passed)} passed, ${render_board_text(run.failed)} failed, ${render_board_text(run.errors)} errors, ${render_board_text(run.skipped)} skipped</li>`;
    });
    return `<td><ul>${rows.join('')}</ul></td>`;
}
function filesCell(release) {
    const rows = release.files.map((file) => `<li><a href="${href(file.href)}">${render_board_text(file.filename)}</a><br><code class="hash">sha256 ${render_board_text(file.sha256)}</code></li>`);
    return `<td><ul>${rows.join('')}</ul></td>`;
}
function docsCell(release) {
    if (!release.docs)
        return '<td class="muted">none</td>';
    if ('failed' in release.docs)
        return `<td class="bad" title="${render_board_text(release.docs.failed)}">build failed</td>`;
    return `<td><a href="${href(release.docs.href)}">docs</a></td>`;
}
const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1f2328;background:#fff}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}
p.meta{color:#59636e;margin:0 0 1.5rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d1d9e0;padding:.4rem .5rem;vertical-align:top;text-align:left}
th{background:#f6f8fa}td.in{background:#dafbe1}td.in a{color:#116329;text-decoration:none;font-weight:600}
td.out,.muted{color:#8c959f}.good{color:#116329}.bad{color:#d1242f;font-weight:600}
ul{margin:0;padding-left:1.1rem}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}code.hash{color:#59636e;word-break:break-all}
a{color:#0969da}
`;
function renderBoard(data) {
    const head = data.indexes.map((index) => `<th>${render_board_text(index)}</th>`).join('');
    const sections = data.projects.map((project) => {
        const rows = project.releases.map((release) => `<tr><th scope="row">${render_board_text(release.version)}</th>${channelCells(release, data.indexes)}${sourceCell(release)}${findingsCell(release)}${testsCell(release)}${filesCell(release)}${docsCell(release)}</tr>`);
        return `<section id="${render_board_text(project.name)}">
<h2>${render_board_text(project.name)}</h2>
<table>
<thead><tr><th>version</th>${head}<th>source</th><th>inspection</th><th>tests</th><th>files</th><th>docs</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
    });
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="${BOARD_GENERATOR}">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Release board</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Release board</h1>
<p class="meta">${data.projects.length} project(s) across ${data.indexes.map((i) => render_board_text(i)).join(' → ') || 'no index'} · regenerated ${render_board_text(data.generatedAt)} · pip reads the indexes: ${data.indexes.map((i) => `<a href="${href(`${encodeURIComponent(i)}/index.html`)}">${render_board_text(i)}</a>`).join(', ')}</p>
${sections.join('\n') || '<p>No release yet.</p>'}
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./packages/core/src/board/release-board.ts
/**
 * The release board of the embedded file store: `<store>/index.html`, beside the index folders
 * (`<store>/unstable/`, `testing/`, `stable/`), regenerated from what the folders hold after every publish
 * and promote, under the store's board lock. It is only written where the folder is a store — nothing
 * but index folders, dot-files and an earlier board — so a file index published into a project's own
 * folder never gets a page dropped beside its sources.
 */








const BOARD_PAGE = 'index.html';
const release_board_LOCK = '.board.lock';
const ORDER = ['unstable', 'testing', 'stable'];
const segment = (value) => encodeURIComponent(value);
async function isIndexFolder(path) {
    return (await (0,promises_.stat)((0,external_node_path_.join)(path, 'index.html')).catch(() => undefined))?.isFile() === true;
}
/** The store folder holding `indexRoot`, when it is one (see the header); undefined otherwise. */
async function boardRootOf(indexRoot) {
    const root = (0,external_node_path_.dirname)(indexRoot);
    if (root === indexRoot)
        return undefined;
    for (const entry of await (0,promises_.readdir)(root, { withFileTypes: true }).catch(() => [])) {
        if (entry.name.startsWith('.'))
            continue;
        if (entry.isDirectory())
            continue;
        if (entry.name === BOARD_PAGE && entry.isFile()) {
            const head = (await (0,promises_.readFile)((0,external_node_path_.join)(root, entry.name), 'utf8').catch(() => '')).slice(0, 2000);
            if (head.includes(`content="${BOARD_GENERATOR}"`))
                continue;
        }
        return undefined;
    }
    return root;
}
function orderIndexes(names) {
    const known = ORDER.filter((name) => names.includes(name));
    return [...known, ...names.filter((name) => !ORDER.includes(name)).sort()];
}
/** Reads every index folder of the store into the board's data. */
async function collectBoard(storeRoot) {
    const names = [];
    for (const entry of await (0,promises_.readdir)(storeRoot, { withFileTypes: true })) {
        if (entry.isDirectory() && !entry.name.startsWith('.') && (await isIndexFolder((0,external_node_path_.join)(storeRoot, entry.name))))
            names.push(entry.name);
    }
    const indexes = orderIndexes(names);
    const projects = new Map();
    for (const index of indexes) {
        const store = new FileIndexStore((0,external_node_path_.join)(storeRoot, index), index);
        for (const project of await store.listProjects()) {
            const releases = projects.get(project) ?? new Map();
            projects.set(project, releases);
            for (const file of await store.listFiles(project)) {
                if (!(0,pep440/* isValidVersion */.ri)(file.version))
                    continue;
                const version = (0,pep440/* normalizeVersion */.Qj)(file.version);
                const release = releases.get(version) ?? { version, channels: {}, files: [], findings: [], tests: [] };
                releases.set(version, release);
                release.channels[index] = `${segment(index)}/${segment(project)}/index.html`;
                const known = release.files.find((f) => f.filename === file.filename);
                if (known)
                    known.indexes.push(index);
                else
                    release.files.push({
                        filename: file.filename,
                        sha256: file.sha256,
                        href: `${segment(index)}/${segment(project)}/${segment(file.filename)}`,
                        indexes: [index],
                    });
                // The furthest index's record wins: it carries the tests that promoted the release there.
                const folder = (0,external_node_path_.join)(storeRoot, index, project, version);
                const record = await readReleaseRecord(folder);
                if (record) {
                    if (record.source && typeof record.source === 'object')
                        release.source = record.source;
                    release.findings = Array.isArray(record.inspection?.findings) ? record.inspection.findings : [];
                    release.tests = record.tests;
                    if (record.docs?.status === 'failed')
                        release.docs = { failed: String(record.docs.error ?? 'the docs build failed') };
                }
                if ((await (0,promises_.stat)((0,external_node_path_.join)(folder, '+doc', 'index.html')).catch(() => undefined))?.isFile())
                    release.docs = { href: `${segment(index)}/${segment(project)}/${segment(version)}/+doc/index.html` };
            }
        }
    }
    const result = [...projects.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, releases]) => ({
        name,
        releases: [...releases.values()].sort((a, b) => (0,pep440/* compareVersions */.Zy)(b.version, a.version)),
    }));
    return { indexes, projects: result, generatedAt: new Date().toISOString() };
}
/** Regenerates the board of the store holding `indexRoot`; returns its path, or undefined when there is no store folder. */
async function regenerateBoard(indexRoot) {
    const root = await boardRootOf(indexRoot);
    if (!root)
        return undefined;
    return (0,lock/* withDirectoryLock */.r)((0,external_node_path_.join)(root, release_board_LOCK), async () => {
        const page = (0,external_node_path_.join)(root, BOARD_PAGE);
        const temporary = (0,external_node_path_.join)(root, `.${(0,external_node_path_.basename)(page)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
        try {
            await (0,promises_.writeFile)(temporary, renderBoard(await collectBoard(root)));
            await (0,promises_.rename)(temporary, page);
        }
        finally {
            await (0,promises_.rm)(temporary, { force: true });
        }
        return page;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/board/index.ts
/**
 * What travels with a release besides its files — the docs and, in the embedded file store, the release
 * record and the release board. publish and promote call `prepareReleaseExtras` before they write (a
 * missing or altered docs zip refuses the run up front) and `shipReleaseExtras` after their files are in.
 */










async function prepareReleaseExtras(manifest, manifestPath) {
    if (!manifest || !manifestPath)
        return {};
    const docs = await (0,store_docs/* docsArchiveOf */.H)(manifest, manifestPath);
    return docs ? { docs } : {};
}
/**
 * Docs into `store` (a conflict with docs already fixed on a non-volatile index is a warning: the files
 * are what a release is), then the record and board of a file store. `refresh` are further stores whose
 * boards changed too (the source of a promote).
 */
async function shipReleaseExtras(store, manifest, extras, logger, refresh = []) {
    const shipped = {};
    if (manifest) {
        try {
            shipped.docs = await (0,store_docs/* publishDocs */._)(store, manifest, extras.docs, logger);
        }
        catch (error) {
            if (!(0,errors/* isWheelwrightError */.HX)(error) || error.code !== 'conflict')
                throw error;
            logger.warning(error.message);
            shipped.docs = { outcome: 'skipped', message: error.message };
        }
        if (store instanceof FileIndexStore)
            await writeReleaseRecord(store.root, manifest);
    }
    const roots = new Set();
    for (const each of [store, ...refresh])
        if (each instanceof FileIndexStore)
            roots.add(each.root);
    for (const root of roots) {
        const board = await regenerateBoard(root);
        if (board && !shipped.board) {
            shipped.board = board;
            logger.info(`release board: ${board}`);
        }
    }
    return shipped;
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

;// CONCATENATED MODULE: ./packages/core/src/manifest/index.ts
/**
 * The release manifest: the JSON contract between the actions (see DESIGN.md). build-wheel writes it;
 * publish, clean-env-test and promote read it and append what they did. Written atomically.
 */


async function readManifest(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw new errors/* InputError */.dz(`manifest '${path}' does not exist`, {
            hint: "pass the manifest output of build-wheel (or publish) as 'manifest'",
        });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors/* ConfigError */.xL(`manifest '${path}' is not valid JSON`, { hint: 'it is written by build-wheel; do not edit it by hand' });
    }
    const manifest = data;
    if (manifest.schema !== 1 ||
        typeof manifest.name !== 'string' ||
        typeof manifest.version !== 'string' ||
        !Array.isArray(manifest.files)) {
        throw new errors/* ConfigError */.xL(`manifest '${path}' is not a Wheelwright release manifest (schema 1 with name, version, files)`);
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
            throw new errors/* ConfigError */.xL(`manifest '${path}': files[${index}] is not an entry with filename, size and sha256`, {
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



// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./packages/core/src/http/proxy.ts
/**
 * Proxies from the environment, the way curl and Python's requests read them: `https_proxy`/`HTTPS_PROXY`
 * for https targets, `http_proxy`/`HTTP_PROXY` for http ones (lower case first), `no_proxy`/`NO_PROXY`
 * (comma-separated hosts, domain suffixes, `host:port`, `*`) to bypass. Loopback (`localhost`, 127.0.0.0/8,
 * ::1) never goes through a proxy, as Go's and curl's defaults have it: a proxy cannot reach the runner's
 * own loopback, and a local index's credentials have no business passing through one. http targets are
 * sent to the proxy with the absolute URL as the request target; https targets go through a CONNECT
 * tunnel, TLS end to end.
 */




function variable(env, name) {
    const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
    return value?.trim() ? value.trim() : undefined;
}
function bypassesProxy(target, noProxy) {
    if (!noProxy)
        return false;
    const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    return noProxy
        .split(/[\s,]+/)
        .filter(Boolean)
        .some((entry) => {
        if (entry === '*')
            return true;
        const [name = '', entryPort] = entry
            .toLowerCase()
            .replace(/^\*?\./, '.')
            .split(/:(?=\d+$)/);
        if (entryPort && entryPort !== port)
            return false;
        const bare = name.replace(/^\./, '');
        return host === bare || host.endsWith(`.${bare}`);
    });
}
/** localhost (and its subdomains), 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
function isLoopback(target) {
    const host = target.hostname
        .replace(/^\[|\]$/g, '')
        .toLowerCase()
        .replace(/\.$/, '');
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if ((0,external_node_net_.isIP)(host) === 4)
        return host.startsWith('127.');
    if ((0,external_node_net_.isIP)(host) === 6)
        return host === '::1' || /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(host);
    return false;
}
/** The proxy to use for `target`, or undefined for a direct connection. */
function proxyFor(target, env = process.env) {
    if (isLoopback(target))
        return undefined;
    const configured = variable(env, target.protocol === 'https:' ? 'https_proxy' : 'http_proxy');
    if (!configured || bypassesProxy(target, variable(env, 'no_proxy')))
        return undefined;
    try {
        return new URL(configured.includes('://') ? configured : `http://${configured}`);
    }
    catch {
        return undefined;
    }
}
function proxyAuthorization(proxy) {
    if (!proxy.username && !proxy.password)
        return undefined;
    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
}
/** An https agent whose connections are CONNECT tunnels through `proxy`. */
class TunnelAgent extends (external_node_https_default()).Agent {
    proxy;
    constructor(proxy) {
        super({ keepAlive: true, maxSockets: 8 });
        this.proxy = proxy;
    }
    // Node's Agent accepts a callback-style createConnection (returning nothing) for asynchronous sockets.
    createConnection(options, callback) {
        const target = `${options.host ?? options.hostname}:${options.port ?? 443}`;
        const headers = { Host: target };
        const authorization = proxyAuthorization(this.proxy);
        if (authorization)
            headers['Proxy-Authorization'] = authorization;
        const transport = this.proxy.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const connect = transport.request({
            host: this.proxy.hostname,
            port: this.proxy.port || (this.proxy.protocol === 'https:' ? 443 : 80),
            method: 'CONNECT',
            path: target,
            headers,
            agent: false,
        });
        connect.once('connect', (response, socket) => {
            if (response.statusCode !== 200) {
                socket.destroy();
                callback?.(Object.assign(new Error(`the proxy refused the tunnel to ${target} (HTTP ${response.statusCode})`), { code: 'EPROXY' }), socket);
                return;
            }
            const secure = external_node_tls_default().connect({ ...options, socket, servername: options.servername || String(options.host ?? '') });
            callback?.(null, secure);
        });
        connect.once('error', (error) => callback?.(error, connect.socket));
        connect.end();
        return undefined;
    }
}
const tunnels = new Map();
function tunnelAgent(proxy) {
    let agent = tunnels.get(proxy.href);
    if (!agent) {
        agent = new TunnelAgent(proxy);
        tunnels.set(proxy.href, agent);
    }
    return agent;
}

;// CONCATENATED MODULE: ./packages/core/src/http/client.ts
/**
 * The one HTTP client (DESIGN.md: "one HTTP client with retries"): node:http/https directly, so bodies
 * stream both ways with constant memory and nothing heavy is bundled. Every request has an idle time-out;
 * transient failures (connection reset, 502/503/504, 429 honouring Retry-After) are retried with capped
 * exponential backoff and jitter, re-opening the body for each attempt. Redirects are followed for reads
 * only: an upload answered with a 3xx is an error, as twine treats it.
 *
 * Credentials are attached here and nowhere else: `auth` carries the origins it was given for, its
 * headers go only to those origins, a redirect that leaves them drops the credentials for the rest of
 * the chain (coming back does not restore them, as in requests and pip), an https page never redirects
 * to http, and a credential header passed in `headers` is refused as a bug.
 */









const agents = {
    http: new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: 8 }),
    https: new (external_node_https_default()).Agent({ keepAlive: true, maxSockets: 8 }),
};
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const RETRY_ERRORS = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'ESOCKETTIMEDOUT', 'ENETRESET']);
const MAX_DELAY_MS = 30_000;
/** Backoff base; a test or a slow network can change it through the environment. */
function baseDelayMs() {
    const configured = Number(process.env.WHEELWRIGHT_HTTP_RETRY_BASE_MS);
    return Number.isFinite(configured) && configured >= 0 && process.env.WHEELWRIGHT_HTTP_RETRY_BASE_MS !== '' ? configured : 1000;
}
function backoffDelay(attempt, retryAfter) {
    if (retryAfter !== undefined) {
        // RFC 9110 §10.2.3: delay-seconds or an HTTP-date.
        const seconds = Number(retryAfter);
        const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
        if (Number.isFinite(ms))
            return Math.min(Math.max(ms, 0), MAX_DELAY_MS);
    }
    const base = baseDelayMs() * 2 ** (attempt - 1);
    return Math.min(base + Math.random() * base * 0.25, MAX_DELAY_MS);
}
class TransientError extends Error {
    retryAfter;
    constructor(message, retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }
}
/** Header names that carry credentials: only `auth` may set them, bound to its origins. */
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie)$|auth|token|api-?key|secret|password|session/i;
function refuseCredentialHeaders(headers) {
    for (const name of Object.keys(headers ?? {})) {
        if (CREDENTIAL_HEADER.test(name)) {
            throw new Error(`the credential header ${name} was passed outside 'auth': credentials must be bound to their origin`);
        }
    }
}
/** One attempt: sends the request (streaming the body) and resolves with the answer's head. */
function attempt(url, options, method, credentials) {
    return new Promise((resolve, reject) => {
        let transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const headers = { 'User-Agent': 'wheelwright', ...options.headers };
        // The one place credentials are attached, and only for their own origin.
        if (credentials && belongsToOrigin(credentials, url))
            Object.assign(headers, credentials.headers);
        let target = url;
        let agent = url.protocol === 'https:' ? agents.https : agents.http;
        let path;
        const proxy = proxyFor(url);
        if (proxy && url.protocol === 'https:') {
            agent = tunnelAgent(proxy);
        }
        else if (proxy) {
            // A forward proxy gets the absolute URL as the request target (RFC 9112 §3.2.2).
            transport = proxy.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
            agent = proxy.protocol === 'https:' ? agents.https : agents.http;
            target = proxy;
            path = url.href;
            headers.Host = url.host;
            const authorization = proxyAuthorization(proxy);
            if (authorization)
                headers['Proxy-Authorization'] = authorization;
        }
        const body = options.body?.();
        if (body) {
            headers['Content-Length'] = String(body.length);
            if (body.contentType)
                headers['Content-Type'] = body.contentType;
        }
        let settled = false;
        const request = transport.request(target, { method, headers, agent, ...(path ? { path } : {}) }, (response) => {
            settled = true;
            // The server may answer before reading everything (401 on a large upload): stop sending, and
            // close the half-sent request once the answer is read, or its socket keeps the process alive.
            if (body && !request.writableFinished) {
                body.stream.unpipe(request);
                const close = () => request.destroy();
                response.once('end', close);
                response.once('close', close);
            }
            body?.stream.destroy();
            resolve({ response, url: url.href, credentialsDropped: false });
        });
        request.setTimeout(options.timeoutMs ?? 60_000, () => {
            request.destroy(Object.assign(new Error(`no answer within ${options.timeoutMs ?? 60_000} ms`), { code: 'ETIMEDOUT' }));
        });
        request.on('error', (error) => {
            body?.stream.destroy();
            if (settled)
                return;
            settled = true;
            reject(error);
        });
        if (body) {
            body.stream.on('error', (error) => {
                if (settled)
                    return;
                settled = true;
                request.destroy();
                // A local read failure is not the network's fault: never retried.
                reject(Object.assign(error, { local: true }));
            });
            body.stream.pipe(request);
        }
        else {
            request.end();
        }
    });
}
function describeNetworkError(error) {
    return error.code ? `${error.code}${error.message && !error.message.includes(error.code) ? ` (${error.message})` : ''}` : error.message;
}
async function readBody(response, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of response) {
        size += chunk.length;
        if (size > limit) {
            response.destroy();
            throw new Error(`answer larger than ${limit} bytes`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/**
 * Sends a request with retries and returns the answer with its body buffered. Any HTTP status is
 * returned (callers judge 4xx/5xx); only network failures and retry exhaustion throw StoreError.
 */
async function request(target, options = {}) {
    return send(target, options, async (head, attempts) => {
        const body = await readBody(head.response, options.maxBodyBytes ?? 64 * 1024 * 1024);
        return makeResponse(head, attempts, body, secretsOf(options));
    });
}
/** What came back, for an error: its content type and first bytes, one printable line. */
function describeAnswer(headers, body) {
    const type = String(headers['content-type'] ?? '').trim() || 'no content type';
    const start = body
        .subarray(0, 120)
        .toString('utf8')
        // One line of printable text: no control characters, no workflow command at a line start.
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffd]+/g, ' ')
        .replace(/\s+/g, ' ')
        .replace(/::/g, ': :')
        .trim();
    return body.length === 0 ? `${type}, an empty body` : `${type}, starting ${JSON.stringify(start)}${body.length > 120 ? '…' : ''}`;
}
function makeResponse(head, attempts, body, secrets = []) {
    const status = head.response.statusCode ?? 0;
    return {
        status,
        reason: head.response.statusMessage ?? '',
        headers: head.response.headers,
        url: head.url,
        attempts,
        credentialsDropped: head.credentialsDropped,
        secrets: secrets.filter((secret) => Boolean(secret)),
        body,
        text: () => body.toString('utf8'),
        json: () => {
            try {
                return JSON.parse(body.toString('utf8'));
            }
            catch {
                throw new errors/* StoreError */.AD(redactSecrets(`${redactUrl(head.url)} answered ${describeAnswer(head.response.headers, body)} (HTTP ${status}) where JSON was expected`, secrets), {
                    status,
                    hint: 'the URL does not lead to the index API: check the store URL (a login page or proxy may be answering instead)',
                });
            }
        },
    };
}
/**
 * Streams a GET answer to `destination` through `sink` transforms (a hasher); a non-200 answer or a
 * failure removes the partial file. Retries like `request`, restarting the download.
 */
async function download(target, destination, options = {}) {
    try {
        return await send(target, options, async (head, attempts) => {
            const status = head.response.statusCode ?? 0;
            if (status !== 200)
                return makeResponse(head, attempts, await readBody(head.response, 1024 * 1024), secretsOf(options));
            const stages = [head.response];
            if (options.through)
                stages.push(options.through());
            stages.push((0,external_node_fs_.createWriteStream)(destination));
            try {
                await (0,external_node_stream_promises_.pipeline)(...stages);
            }
            catch (error) {
                // A connection dropped mid-download is transient: start again.
                throw new TransientError(describeNetworkError(error));
            }
            return makeResponse(head, attempts, Buffer.alloc(0));
        });
    }
    catch (error) {
        await (0,promises_.rm)(destination, { force: true });
        throw error;
    }
}
function secretsOf(options) {
    return [...(options.secrets ?? []), ...(options.auth?.secrets ?? [])];
}
/**
 * Where a redirect may go: http(s) only, never from https down to http, and never with userinfo of its
 * own (a server does not get to choose the credentials we send).
 */
function redirectTarget(from, location, label) {
    let next;
    try {
        next = new URL(location, from);
    }
    catch {
        throw new errors/* StoreError */.AD(`${label}: the server redirected to an invalid URL`, { hint: 'the server is misconfigured or hostile' });
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new errors/* StoreError */.AD(`${label}: the server redirected to a ${next.protocol} URL; only http(s) redirects are followed`, {
            hint: 'the server is misconfigured or hostile',
        });
    }
    if (from.protocol === 'https:' && next.protocol === 'http:') {
        next.username = '';
        next.password = '';
        throw new errors/* StoreError */.AD(`${label}: ${redactUrl(from.href)} redirected from https to ${redactUrl(next.href)}; refused, plain http would expose the request`, {
            code: 'auth',
            hint: 'give the store its https URL, and fix the server or proxy that downgrades it',
        });
    }
    next.username = '';
    next.password = '';
    return next;
}
async function send(target, options, consume) {
    refuseCredentialHeaders(options.headers);
    const method = (options.method ?? 'GET').toUpperCase();
    const follow = options.followRedirects ?? (method === 'GET' || method === 'HEAD');
    const retries = options.retries ?? 4;
    const label = options.label ? redactSecrets(options.label, []) : `${method} ${redactUrl(String(target))}`;
    let url;
    try {
        url = new URL(String(target));
    }
    catch {
        throw new errors/* StoreError */.AD(`${label}: '${redactUrl(String(target))}' is not a valid URL`, {
            code: 'input',
            hint: 'percent-encode reserved characters of a password in a URL (/ as %2F, @ as %40, : as %3A), or give it as the password',
        });
    }
    let auth = options.auth;
    // Credentials in the URL belong to that URL's origin; they are sent as a header, never in the request line.
    if (url.username || url.password) {
        auth ??= basicCredentials(url, decodeURIComponent(url.username), decodeURIComponent(url.password));
        url.username = '';
        url.password = '';
    }
    const secrets = [...secretsOf(options), ...(auth?.secrets ?? [])];
    let credentialsDropped = false;
    let redirects = 0;
    for (let attemptNo = 1;; attemptNo++) {
        let failure;
        try {
            const head = await attempt(url, options, method, credentialsDropped ? undefined : auth);
            head.credentialsDropped = credentialsDropped;
            const status = head.response.statusCode ?? 0;
            if (follow && status >= 300 && status < 400 && head.response.headers.location && redirects < 5) {
                head.response.resume();
                const next = redirectTarget(url, head.response.headers.location, label);
                // Once a redirect leaves the credentials' origins they stay dropped for the whole chain, even if
                // it comes back: a server elsewhere chose where we go next.
                if (auth && !belongsToOrigin(auth, next))
                    credentialsDropped = true;
                url = next;
                redirects++;
                attemptNo--;
                continue;
            }
            if (RETRY_STATUSES.has(status)) {
                head.response.resume();
                const retryAfter = head.response.headers['retry-after'];
                failure = new TransientError(`HTTP ${status} ${head.response.statusMessage ?? ''}`.trim(), status === 429 || status === 503 ? retryAfter : undefined);
            }
            else {
                return await consume(head, attemptNo);
            }
        }
        catch (error) {
            if (error instanceof errors/* StoreError */.AD)
                throw error;
            if (error instanceof TransientError)
                failure = error;
            else {
                const code = error.code ?? '';
                const local = error.local === true;
                const reason = describeNetworkError(error);
                if (local || !(RETRY_ERRORS.has(code) || /socket hang up/i.test(reason))) {
                    throw new errors/* StoreError */.AD(redactSecrets(`${label} failed: ${reason}`, secrets), {
                        hint: code === 'ECONNREFUSED' || code === 'ENOTFOUND' ? 'check the store URL and that the server is running' : undefined,
                        cause: error,
                    });
                }
                failure = new TransientError(reason);
            }
        }
        if (attemptNo > retries) {
            throw new errors/* StoreError */.AD(redactSecrets(`${label} failed after ${attemptNo} attempts: ${failure.message}`, secrets), {
                hint: 'the server kept failing; try again later or check its health',
            });
        }
        const delayMs = backoffDelay(attemptNo, failure.retryAfter);
        options.onRetry?.({ attempt: attemptNo, delayMs, reason: redactSecrets(failure.message, secrets) });
        await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/store/project-page.ts


const PEP691_ACCEPT = 'application/vnd.pypi.simple.v1+json, text/html;q=0.1';
/** The last path segment of a link, percent-decoded; undefined when it does not decode. */
function linkFilename(href, base) {
    try {
        return decodeURIComponent(new URL(href, base).pathname.split('/').pop() ?? '');
    }
    catch {
        return undefined;
    }
}
function lowerHex(hashes) {
    const result = {};
    for (const [name, value] of Object.entries(hashes ?? {})) {
        if (typeof value === 'string' && /^[0-9a-f]+$/i.test(value))
            result[name.toLowerCase()] = value.toLowerCase();
    }
    return result;
}
function parseProjectPage(response, project) {
    const wanted = (0,project_name/* normalizeProjectName */.yz)(project);
    const files = [];
    const add = (filename, href, hashes, extra) => {
        const parts = filename === undefined ? undefined : splitArtefactFilename(filename);
        if (filename === undefined || !parts || (0,project_name/* normalizeProjectName */.yz)(parts.project) !== wanted)
            return;
        // The link's own last segment must be the name it is listed under: the name is what becomes a path.
        if (linkFilename(href, response.url) !== filename)
            return;
        const sha256 = hashes.sha256 !== undefined && /^[0-9a-f]{64}$/.test(hashes.sha256) ? hashes.sha256 : '';
        files.push({ filename, url: new URL(href, response.url).href, sha256, hashes, version: parts.version, ...extra });
    };
    if (/json/i.test(String(response.headers['content-type'] ?? ''))) {
        for (const f of response.json().files ?? []) {
            if (typeof f?.filename !== 'string' || typeof f.url !== 'string')
                continue;
            add(f.filename, f.url, lowerHex(f.hashes), {
                ...(typeof f['requires-python'] === 'string' && f['requires-python'] ? { requiresPython: f['requires-python'] } : {}),
                ...(f.yanked ? { yanked: true } : {}),
                ...(f['core-metadata'] ? { hasMetadata: true } : {}),
            });
        }
        return files;
    }
    for (const link of parseSimpleLinks(response.text())) {
        const { url, hashes } = splitHashFragment(link.href);
        add(linkFilename(url, response.url), url, hashes ?? {}, {
            ...(link.attributes['data-requires-python'] ? { requiresPython: link.attributes['data-requires-python'] } : {}),
            ...(link.attributes['data-yanked'] !== undefined ? { yanked: true } : {}),
            ...(link.attributes['data-core-metadata'] || link.attributes['data-dist-info-metadata'] ? { hasMetadata: true } : {}),
        });
    }
    return files;
}

// EXTERNAL MODULE: ./packages/core/src/http/multipart.ts
var multipart = __nccwpck_require__(9709);
;// CONCATENATED MODULE: ./packages/core/src/store/listed-hash.ts
/**
 * The sha256 of a file an index lists, whatever the index offers: its own `sha256` when it states one,
 * otherwise the hash of the bytes it serves (downloaded, checked against the md5/sha1 it does list).
 * Indexes without sha256 links (pypiserver `--hash-algo md5`, many Nexus setups) are thereby compared
 * by content, never reported as "different" for lack of a hash.
 */




async function sha256Of(store, file) {
    if (file.sha256)
        return file.sha256;
    const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'ww-hash-'));
    try {
        return await store.download(file, resolveInside(folder, file.filename));
    }
    finally {
        await (0,promises_.rm)(folder, { recursive: true, force: true });
    }
}
/** The files with `sha256` filled in (downloads only those the index lists without one). */
async function withSha256(store, files) {
    const complete = [];
    for (const file of files)
        complete.push(file.sha256 ? file : { ...file, sha256: await sha256Of(store, file) });
    return complete;
}

;// CONCATENATED MODULE: ./packages/core/src/store/upload-fields.ts
/**
 * The form fields of a legacy-API upload, named and ordered as twine sends them, from the artefact's
 * own core metadata.
 */


/** Core metadata field → upload API form field, as twine (4.x, 6.x) names them. */
const SINGLE_FIELDS = [
    ['Metadata-Version', 'metadata_version'],
    ['Summary', 'summary'],
    ['Home-page', 'home_page'],
    ['Author', 'author'],
    ['Author-email', 'author_email'],
    ['Maintainer', 'maintainer'],
    ['Maintainer-email', 'maintainer_email'],
    ['License', 'license'],
    ['License-Expression', 'license_expression'],
    ['Description', 'description'],
    ['Keywords', 'keywords'],
    ['Download-URL', 'download_url'],
    ['Description-Content-Type', 'description_content_type'],
    ['Requires-Python', 'requires_python'],
];
const LIST_FIELDS = [
    ['Classifier', 'classifiers'],
    ['Platform', 'platform'],
    ['Supported-Platform', 'supported_platform'],
    ['Requires-Dist', 'requires_dist'],
    ['Provides-Dist', 'provides_dist'],
    ['Obsoletes-Dist', 'obsoletes_dist'],
    ['Requires-External', 'requires_external'],
    ['Project-URL', 'project_urls'],
    ['Provides-Extra', 'provides_extra'],
    ['License-File', 'license_file'],
    ['Dynamic', 'dynamic'],
];
/** The form fields of one upload, text fields in twine's order (the file follows as `content`). */
function uploadFields(artefact) {
    const parts = splitArtefactFilename(artefact.filename);
    const meta = artefact.metadata;
    const fields = [
        [':action', 'file_upload'],
        ['protocol_version', '1'],
        // devpi answers 500 without name/version; pypiserver reads the filename instead.
        ['name', metadataField(meta, 'Name') ?? parts?.project ?? ''],
        ['version', metadataField(meta, 'Version') ?? parts?.version ?? ''],
        ['filetype', parts?.kind === 'wheel' ? 'bdist_wheel' : 'sdist'],
        ['pyversion', parts?.kind === 'wheel' ? (parts.pythonTag ?? '') : 'source'],
    ];
    for (const [field, form] of SINGLE_FIELDS) {
        const value = metadataField(meta, field);
        if (value !== undefined)
            fields.push([form, value]);
    }
    for (const [field, form] of LIST_FIELDS)
        for (const value of metadataList(meta, field))
            fields.push([form, value]);
    fields.push(['sha256_digest', artefact.sha256]);
    return fields;
}

;// CONCATENATED MODULE: ./packages/core/src/store/upload-api-store.ts
/**
 * Any server with the legacy upload API (pypiserver, Nexus, Artifactory, GitLab …) and PyPI/TestPyPI:
 * uploads are the form twine sends; an upload's outcome is always settled by reading the index back and
 * comparing sha256, because servers answer a conflict with 400 or 409 (or 200 "identical", devpi); reading
 * is PEP 691 JSON where offered, PEP 503 HTML otherwise.
 */












class UploadApiStore {
    kind;
    name;
    indexUrl;
    uploadUrl;
    connection;
    capabilities;
    constructor(kind, name, indexUrl, uploadUrl, connection, capabilities = {}) {
        this.kind = kind;
        this.name = name;
        this.indexUrl = indexUrl;
        this.uploadUrl = uploadUrl;
        this.connection = connection;
        this.capabilities = {
            delete: false,
            localVersions: kind !== 'pypi',
            push: false,
            reuseFilenames: kind !== 'pypi',
            ...capabilities,
        };
    }
    get secrets() {
        return this.connection.auth ? [this.connection.auth.password] : [];
    }
    basic;
    /** The store's credentials, bound to the origins the user gave (index and upload URL), sent nowhere else. */
    credentials() {
        const auth = this.connection.auth;
        if (!auth)
            return undefined;
        this.basic ??= basicCredentials([this.indexUrl, this.uploadUrl], auth.username, auth.password);
        return this.basic;
    }
    headers() {
        return {};
    }
    options(extra = {}) {
        const options = {
            secrets: this.secrets,
            onRetry: (info) => this.connection.logger.info(`  ${info.reason}; retrying in ${Math.round(info.delayMs)} ms (attempt ${info.attempt + 1})`),
            ...extra,
            headers: { ...this.headers(), ...extra.headers },
        };
        const credentials = this.credentials();
        if (credentials)
            options.auth = credentials;
        if (this.connection.timeoutMs !== undefined)
            options.timeoutMs = this.connection.timeoutMs;
        if (this.connection.retries !== undefined)
            options.retries = this.connection.retries;
        return options;
    }
    failure(what, response) {
        const message = redactSecrets(`${what}: ${serverMessage(response)}`, this.secrets);
        if (response.status === 401 || response.status === 403) {
            return new errors/* StoreError */.AD(message, {
                code: 'auth',
                status: response.status,
                hint: response.credentialsDropped
                    ? `the store redirected to ${redactUrl(response.url)}, another origin, and credentials never follow a redirect there: give that URL as the store`
                    : this.connection.auth
                        ? 'the store refused these credentials: check username/password (use __token__ with an API token) and the permissions on this index'
                        : 'the store needs credentials: set username and password (an API token with username __token__)',
            });
        }
        return new errors/* StoreError */.AD(message, { status: response.status });
    }
    async listFiles(project) {
        const pageUrl = `${this.indexUrl}${encodeURIComponent((0,project_name/* normalizeProjectName */.yz)(project))}/`;
        const response = await request(pageUrl, this.options({ headers: { Accept: PEP691_ACCEPT }, label: `reading ${redactUrl(pageUrl)}` }));
        if (response.status === 404)
            return [];
        if (response.status !== 200)
            throw this.failure(`reading ${redactUrl(pageUrl)} failed`, response);
        return parseProjectPage(response, project);
    }
    async listProjects() {
        const response = await request(this.indexUrl, this.options({ headers: { Accept: PEP691_ACCEPT } }));
        if (response.status !== 200)
            throw this.failure(`reading ${redactUrl(this.indexUrl)} failed`, response);
        if (/json/i.test(String(response.headers['content-type'] ?? ''))) {
            const projects = response.json().projects ?? [];
            return projects.flatMap((p) => (typeof p?.name === 'string' ? [(0,project_name/* normalizeProjectName */.yz)(p.name)] : []));
        }
        return parseSimpleLinks(response.text()).map((link) => (0,project_name/* normalizeProjectName */.yz)(link.text));
    }
    refuseUnsupported(artefact) {
        const version = splitArtefactFilename(artefact.filename)?.version ?? '';
        if (!this.capabilities.localVersions && localPart(version) !== undefined) {
            throw new errors/* StoreError */.AD(`'${artefact.filename}' has the local version ${version}, which ${redactUrl(this.uploadUrl)} rejects`, {
                code: 'policy',
                hint: "PyPI and TestPyPI refuse local versions (+…): build with setuptools_scm's `local-scheme: no-local-version` (pep440-version input) or publish to another store",
            });
        }
    }
    /** The file of this name the index lists now, with its sha256 (hashed from the bytes when the index has none). */
    async listed(project, filename) {
        const file = (await this.listFiles(project)).find((f) => f.filename === filename);
        return file ? { file, sha256: await sha256Of(this, file) } : undefined;
    }
    async upload(artefact) {
        this.refuseUnsupported(artefact);
        // Look first: devpi answers 200 to an identical re-upload, PyPI 400, pypiserver 409 — only the index tells.
        const project = splitArtefactFilename(artefact.filename)?.project ?? '';
        const before = await this.listed(project, artefact.filename);
        if (before) {
            if (before.sha256 === artefact.sha256)
                return 'skipped';
            throw conflictError(artefact.filename, this.indexUrl, before.sha256, artefact.sha256);
        }
        const body = (0,multipart/* multipartBody */.R)(uploadFields(artefact), {
            field: 'content',
            filename: artefact.filename,
            path: artefact.path,
            size: artefact.size,
        });
        const response = await request(this.uploadUrl, this.options({
            method: 'POST',
            body,
            followRedirects: false,
            label: `upload of ${artefact.filename} to ${redactUrl(this.uploadUrl)}`,
        }));
        if (response.status === 200 || response.status === 201)
            return 'uploaded';
        if (response.status >= 300 && response.status < 400) {
            throw new errors/* StoreError */.AD(`${redactUrl(this.uploadUrl)} redirected the upload of ${artefact.filename} (HTTP ${response.status})`, {
                hint: 'give the exact upload endpoint as upload-url (PyPI: https://upload.pypi.org/legacy/; pypiserver: the server root)',
            });
        }
        if (response.status === 400 || response.status === 409) {
            // "Already exists" is 400 or 409 depending on the server, and never trusted alone: read the index.
            const listed = await this.listed(project, artefact.filename);
            // Identical after a retried attempt: our first attempt got through before the connection dropped.
            if (listed?.sha256 === artefact.sha256)
                return response.attempts > 1 ? 'uploaded' : 'skipped';
            if (listed)
                throw conflictError(artefact.filename, this.indexUrl, listed.sha256, artefact.sha256);
            if (!this.capabilities.reuseFilenames && /already exists|reuse/i.test(response.text() + response.reason)) {
                throw new errors/* StoreError */.AD(`${redactUrl(this.uploadUrl)} refuses '${artefact.filename}': ${serverMessage(response)}`, {
                    code: 'conflict',
                    status: response.status,
                    hint: 'PyPI never accepts a filename twice, even after deletion: publish a new version',
                });
            }
        }
        if (response.status === 404 || response.status === 405) {
            throw new errors/* StoreError */.AD(`${redactUrl(this.uploadUrl)} is not an upload endpoint (${serverMessage(response)})`, {
                status: response.status,
                hint: 'check the store URL, or give the upload endpoint as upload-url',
            });
        }
        throw this.failure(`upload of ${artefact.filename} to ${redactUrl(this.uploadUrl)} failed`, response);
    }
    async download(file, destination) {
        const offered = file.sha256 ? { algorithm: 'sha256', hex: file.sha256 } : strongestHash(file.hashes);
        let hasher = hashingStream(offered ? [offered.algorithm] : []);
        const response = await download(file.url, destination, this.options({
            label: `download of ${file.filename}`,
            through: () => {
                hasher = hashingStream(offered ? [offered.algorithm] : []);
                return hasher;
            },
        }));
        if (response.status !== 200)
            throw this.failure(`download of ${file.filename} from ${redactUrl(file.url)} failed`, response);
        if (offered && hasher.digest(offered.algorithm) !== offered.hex) {
            await (0,promises_.rm)(destination, { force: true });
            throw new errors/* StoreError */.AD(`'${file.filename}' from ${redactUrl(this.indexUrl)} does not match its listed hash (${offered.algorithm} ${hasher.digest(offered.algorithm)}, index says ${offered.hex})`, { code: 'conflict', hint: 'the file changed on the server after it was published; do not promote or install it' });
        }
        return hasher.digest();
    }
    async deleteRelease(project, version) {
        if (!this.capabilities.delete) {
            throw new errors/* StoreError */.AD(`${redactUrl(this.indexUrl)} does not support deleting files through its API`, {
                code: 'policy',
                hint: "use mode 'copy', or delete the release in the server's own interface",
            });
        }
        // pypiserver's `remove_pkg` takes the name and version as spelled in the filename, once per spelling.
        const files = (await this.listFiles(project)).filter((f) => sameVersion(f.version, version));
        const spellings = new Map();
        for (const f of files) {
            const parts = splitArtefactFilename(f.filename);
            if (parts)
                spellings.set(`${parts.project}\0${parts.version}`, { name: parts.project, version: parts.version });
        }
        for (const { name, version: fileVersion } of spellings.values()) {
            const form = Buffer.from(new URLSearchParams({ ':action': 'remove_pkg', name, version: fileVersion }).toString(), 'utf8');
            const response = await request(this.uploadUrl, this.options({
                method: 'POST',
                body: () => ({ stream: external_node_stream_.Readable.from([form]), length: form.length, contentType: 'application/x-www-form-urlencoded' }),
                followRedirects: false,
            }));
            if (response.status !== 200)
                throw this.failure(`removing ${name} ${fileVersion} from ${redactUrl(this.uploadUrl)} failed`, response);
        }
    }
    pipIndexArgs(options = {}) {
        if (!options.credentials || !this.connection.auth)
            return ['--index-url', this.indexUrl];
        const url = new URL(this.indexUrl);
        url.username = this.connection.auth.username;
        url.password = this.connection.auth.password;
        return ['--index-url', url.href];
    }
}

;// CONCATENATED MODULE: ./packages/core/src/store/devpi-store.ts
/**
 * devpi: an upload-API store with JSON views, login tokens (`X-Devpi-Auth`), deletion on volatile
 * indexes and a server-side `push` between indexes of one server.
 */








class DevpiStore extends UploadApiStore {
    devpiIndexUrl;
    serverRoot;
    token;
    constructor(name, 
    /** `http://host/user/index/` */
    devpiIndexUrl, serverRoot, connection, volatile) {
        super('devpi', name, `${devpiIndexUrl}+simple/`, devpiIndexUrl, connection, { delete: volatile, push: true });
        this.devpiIndexUrl = devpiIndexUrl;
        this.serverRoot = serverRoot;
    }
    /** `user/index` of this store. */
    get indexPath() {
        return this.devpiIndexUrl.slice(this.serverRoot.length).replace(/\/$/, '');
    }
    get secrets() {
        return [...super.secrets, ...(this.token ? [this.token] : [])];
    }
    /** After login, devpi's token (X-Devpi-Auth) instead of Basic, bound to the devpi server's origin. */
    credentials() {
        if (!this.token || !this.connection.auth)
            return super.credentials();
        const value = Buffer.from(`${this.connection.auth.username}:${this.token}`, 'utf8').toString('base64');
        return headerCredentials(this.serverRoot, { 'X-Devpi-Auth': value }, [this.token]);
    }
    /** devpi's JSON login (POST /+login); the token then goes in X-Devpi-Auth. */
    async login() {
        if (!this.connection.auth)
            return;
        const body = Buffer.from(JSON.stringify({ user: this.connection.auth.username, password: this.connection.auth.password }));
        // The password travels in the JSON body only, not also in a Basic header.
        const { auth: _basic, ...options } = this.options({
            method: 'POST',
            headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
            label: 'devpi login',
        });
        const response = await request(`${this.serverRoot}+login`, {
            ...options,
            body: () => ({ stream: external_node_stream_.Readable.from([body]), length: body.length }),
        });
        if (response.status !== 200)
            throw this.failure(`devpi login at ${redactUrl(this.serverRoot)} failed`, response);
        const token = response.json().result?.password;
        this.token = typeof token === 'string' ? token : undefined;
    }
    /** The files this index itself holds (`?ignore_bases`), from devpi's JSON project view. */
    async ownFiles(indexUrl, project) {
        const url = `${indexUrl}${encodeURIComponent((0,project_name/* normalizeProjectName */.yz)(project))}?ignore_bases`;
        const response = await request(url, this.options({ headers: { Accept: 'application/json' }, label: `reading ${redactUrl(url)}` }));
        if (response.status === 404)
            return [];
        if (response.status !== 200)
            throw this.failure(`reading ${redactUrl(url)} failed`, response);
        const result = response.json().result ?? {};
        const wanted = (0,project_name/* normalizeProjectName */.yz)(project);
        const files = [];
        for (const release of Object.values(result)) {
            for (const link of release?.['+links'] ?? []) {
                if ((link.rel !== undefined && link.rel !== 'releasefile') || typeof link.href !== 'string')
                    continue;
                const filename = linkFilename(link.href, response.url);
                const parts = filename === undefined ? undefined : splitArtefactFilename(filename);
                if (filename === undefined || !parts || (0,project_name/* normalizeProjectName */.yz)(parts.project) !== wanted)
                    continue;
                const hashes = {};
                for (const [name, value] of Object.entries(link.hashes ?? {}))
                    if (typeof value === 'string')
                        hashes[name] = value.toLowerCase();
                const spec = typeof link.hash_spec === 'string' ? /^([a-z0-9]+)=([0-9a-f]+)$/i.exec(link.hash_spec) : null;
                if (spec?.[1] && spec[2])
                    hashes[spec[1].toLowerCase()] ??= spec[2].toLowerCase();
                const sha256 = /^[0-9a-f]{64}$/.test(hashes.sha256 ?? '') ? hashes.sha256 : '';
                const file = { filename, url: new URL(link.href, response.url).href, sha256, hashes, version: parts.version };
                if (typeof link.requires_python === 'string' && link.requires_python)
                    file.requiresPython = link.requires_python;
                files.push(file);
            }
        }
        return files.sort((a, b) => a.filename.localeCompare(b.filename));
    }
    listFiles(project) {
        return this.ownFiles(this.devpiIndexUrl, project);
    }
    async deleteRelease(project, version) {
        const versions = new Set((await this.listFiles(project)).filter((f) => sameVersion(f.version, version)).map((f) => f.version));
        for (const v of versions) {
            const url = `${this.devpiIndexUrl}${encodeURIComponent((0,project_name/* normalizeProjectName */.yz)(project))}/${encodeURIComponent(v)}`;
            const response = await request(url, this.options({ method: 'DELETE', headers: { Accept: 'application/json' } }));
            if (response.status === 403 && !this.capabilities.delete) {
                throw new errors/* StoreError */.AD(`devpi refuses to delete ${project} ${v} from the non-volatile index ${this.indexPath} (${serverMessage(response)})`, {
                    code: 'policy',
                    status: 403,
                    hint: "non-volatile devpi indexes keep every release: use mode 'copy'",
                });
            }
            if (response.status !== 200 && response.status !== 404)
                throw this.failure(`deleting ${project} ${v} from ${this.indexPath} failed`, response);
        }
    }
    /** devpi's documentation upload: what `devpi upload --with-docs` posts (`:action=doc_upload`, the zip as content). */
    async uploadDocs(project, version, archive) {
        const { devpiDocsUpload } = await __nccwpck_require__.e(/* import() */ 16).then(__nccwpck_require__.bind(__nccwpck_require__, 3016));
        return devpiDocsUpload(this.devpiIndexUrl, project, version, archive, (url, extra) => request(url, this.options(extra)), (what, response) => this.failure(what, response));
    }
    /**
     * The source files against what the target holds: which are there already (same sha256), which are
     * missing; a file there with other bytes is a conflict.
     */
    async compareTarget(targetPath, project, source) {
        const there = await this.ownFiles(`${this.serverRoot}${targetPath}/`, project);
        const skipped = [];
        const missing = [];
        for (const file of source) {
            const existing = there.find((t) => t.filename === file.filename);
            if (existing && existing.sha256 !== file.sha256) {
                throw new errors/* StoreError */.AD(`'${file.filename}' already exists in ${targetPath} with different content (sha256 ${existing.sha256} there, ${file.sha256} here)`, { code: 'conflict', hint: 'a published file is never overwritten: bump the version' });
            }
            (existing ? skipped : missing).push(file.filename);
        }
        return { skipped, missing };
    }
    async pushRelease(project, version, targetIndex) {
        const target = targetIndex.startsWith(this.serverRoot) ? targetIndex.slice(this.serverRoot.length) : targetIndex;
        const targetPath = target.replace(/^\/+|\/+$/g, '').replace(/\/\+simple$/, '');
        if (!/^[^/]+\/[^/]+$/.test(targetPath)) {
            throw new errors/* StoreError */.AD(`devpi push target '${redactUrl(targetIndex)}' is not a user/index on ${redactUrl(this.serverRoot)}`, {
                hint: 'name the target index as user/index, on the same devpi server',
            });
        }
        const source = (await this.listFiles(project)).filter((f) => sameVersion(f.version, version));
        if (source.length === 0) {
            throw new errors/* StoreError */.AD(`${project} ${version} is not on ${this.indexPath} (only its own files can be pushed)`, {
                hint: 'publish it there first',
            });
        }
        // devpi's push is not idempotent (409 on any file already on a non-volatile target): look first.
        const { skipped, missing } = await this.compareTarget(targetPath, project, source);
        if (missing.length === 0)
            return { pushed: [], skipped };
        if (skipped.length > 0) {
            throw new errors/* StoreError */.AD(`${targetPath} already holds part of ${project} ${version} (${skipped.join(', ')}) but not ${missing.join(', ')}; devpi's push copies whole releases only`, { code: 'conflict', hint: 'upload the missing files to the target directly (promote falls back to download + upload)' });
        }
        const payload = Buffer.from(JSON.stringify({ name: project, version: source[0]?.version ?? version, targetindex: targetPath }));
        const response = await request(this.devpiIndexUrl, {
            ...this.options({
                method: 'POST',
                headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
                followRedirects: false,
                label: `devpi push to ${targetPath}`,
            }),
            body: () => ({ stream: external_node_stream_.Readable.from([payload]), length: payload.length }),
        });
        if (response.status === 200)
            return { pushed: missing, skipped };
        // Another promotion of the same release may have pushed between our look and our push (devpi then
        // answers 409): when the target now holds exactly these bytes, the release is where it should be.
        const after = await this.compareTarget(targetPath, project, source).catch((error) => {
            if (error instanceof errors/* StoreError */.AD && error.code === 'conflict')
                throw error;
            return undefined;
        });
        if (after && after.missing.length === 0)
            return { pushed: [], skipped: after.skipped };
        throw this.failure(`devpi push of ${project} ${version} from ${this.indexPath} to ${targetPath} failed`, response);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/store/pypi.ts
/**
 * PyPI and TestPyPI: recognised by host; the simple index and the upload endpoint differ, local versions
 * are refused and a filename can never be used twice (capabilities set by the upload-API store for kind
 * `pypi`).
 */
const PYPI_HOSTS = {
    'pypi.org': { index: 'https://pypi.org/simple/', upload: 'https://upload.pypi.org/legacy/' },
    'upload.pypi.org': { index: 'https://pypi.org/simple/', upload: 'https://upload.pypi.org/legacy/' },
    'test.pypi.org': { index: 'https://test.pypi.org/simple/', upload: 'https://test.pypi.org/legacy/' },
};
/** The simple index and upload endpoint of a PyPI-like URL (`href` ends in `/`). */
function pypiEndpoints(url, href, uploadUrl) {
    const known = Object.hasOwn(PYPI_HOSTS, url.hostname) ? PYPI_HOSTS[url.hostname] : undefined;
    const index = known && url.hostname === 'upload.pypi.org' ? known.index : /\/simple\/$/.test(href) ? href : (known?.index ?? `${href}simple/`);
    return { index, upload: uploadUrl ?? known?.upload ?? `${href.replace(/simple\/$/, '')}legacy/` };
}

;// CONCATENATED MODULE: ./packages/core/src/store/detect-store.ts
/**
 * Which kind of HTTP store a URL is: PyPI/TestPyPI by host, devpi by its `+simple` URL shape or the
 * `X-Devpi-Api-Version` header on a JSON view of the URL, anything else the generic upload API.
 * Credentials in the URL are taken out of it at once, so no URL a store exposes carries them.
 */







function credentialsOf(spec, url) {
    const username = spec.username || decodeURIComponent(url.username);
    const password = spec.password || decodeURIComponent(url.password);
    url.username = '';
    url.password = '';
    return username || password ? { username: username || '__token__', password } : undefined;
}
function withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}
async function openHttpStore(spec, logger) {
    let url;
    try {
        url = new URL(spec.url);
    }
    catch {
        throw new errors/* StoreError */.AD(`store '${redactUrl(spec.url)}' is not a valid URL`, { code: 'input' });
    }
    let auth = credentialsOf(spec, url);
    url.search = '';
    url.hash = '';
    let uploadUrl;
    if (spec.uploadUrl) {
        let upload;
        try {
            upload = new URL(spec.uploadUrl);
        }
        catch {
            throw new errors/* StoreError */.AD(`upload-url '${redactUrl(spec.uploadUrl)}' is not a valid URL`, {
                code: 'input',
                hint: 'give the full endpoint, e.g. https://upload.pypi.org/legacy/',
            });
        }
        // Credentials may sit in the upload URL instead (PyPI: the index is public, uploads are not).
        auth ??= credentialsOf({ url: spec.uploadUrl }, upload);
        upload.username = '';
        upload.password = '';
        uploadUrl = upload.href;
    }
    const connection = { logger, ...(auth ? { auth } : {}) };
    if (spec.timeoutMs !== undefined)
        connection.timeoutMs = spec.timeoutMs;
    if (spec.retries !== undefined)
        connection.retries = spec.retries;
    const href = withSlash(url.href);
    const segments = url.pathname.split('/').filter(Boolean);
    if (spec.kind === 'pypi' || (Object.hasOwn(PYPI_HOSTS, url.hostname) && spec.kind === undefined)) {
        const { index, upload } = pypiEndpoints(url, href, uploadUrl);
        return new UploadApiStore('pypi', spec.name ?? (url.hostname === 'test.pypi.org' ? 'testpypi' : 'pypi'), index, upload, connection);
    }
    const plusSimple = segments.indexOf('+simple');
    let devpiIndex;
    let devpiConfig;
    if (plusSimple >= 2) {
        devpiIndex = `${url.origin}/${segments.slice(0, plusSimple).join('/')}/`;
    }
    else if (spec.kind === 'devpi' || (spec.kind === undefined && !/\/simple\/$/.test(href))) {
        // Recognise devpi by its header on a JSON view of the URL (devpi sends X-Devpi-Api-Version on every answer).
        const probe = await request(href, {
            headers: { Accept: 'application/json' },
            secrets: [auth?.password],
            ...(connection.retries !== undefined ? { retries: connection.retries } : {}),
        });
        if (probe.headers['x-devpi-api-version'] !== undefined || spec.kind === 'devpi') {
            devpiIndex = href;
            if (probe.status === 404) {
                throw new errors/* StoreError */.AD(`devpi index ${redactUrl(href)} does not exist (${serverMessage(probe)})`, {
                    status: 404,
                    hint: 'check user/index in the store URL',
                });
            }
            if (probe.status === 200)
                devpiConfig = probe.json().result ?? {};
        }
    }
    if (devpiIndex) {
        const path = new URL(devpiIndex).pathname.split('/').filter(Boolean);
        const root = `${new URL(devpiIndex).origin}/${path.slice(0, -2).join('/')}${path.length > 2 ? '/' : ''}`;
        if (!devpiConfig) {
            const config = await request(devpiIndex, { headers: { Accept: 'application/json' }, secrets: [auth?.password] });
            if (config.status === 200)
                devpiConfig = config.json().result ?? {};
        }
        const store = new DevpiStore(spec.name ?? path[path.length - 1] ?? 'devpi', devpiIndex, root, connection, devpiConfig?.volatile === true);
        await store.login();
        logger.debug(`store: devpi index ${redactUrl(devpiIndex)}`);
        return store;
    }
    // Generic upload API: `…/simple/` is read, its parent takes uploads (pypiserver's `/`, Nexus's
    // `…/repository/<name>/`, Artifactory's `…/api/pypi/<repo>/`, GitLab's `…/packages/pypi/`).
    const indexUrl = /\/simple\/$/.test(href) ? href : `${href}simple/`;
    const base = indexUrl.replace(/simple\/$/, '');
    // pypiserver announces itself on its root page; it is the upload-API server known to delete (remove_pkg).
    let deletable = false;
    if (!uploadUrl || uploadUrl === base) {
        const credentials = auth ? basicCredentials([base, uploadUrl], auth.username, auth.password) : undefined;
        const root = await request(base, { ...(credentials ? { auth: credentials } : {}), retries: connection.retries ?? 2 }).catch(() => undefined);
        deletable = root?.status === 200 && /pypiserver/i.test(root.text());
    }
    const name = spec.name ?? segments.filter((s) => s !== 'simple').pop() ?? url.hostname;
    logger.debug(`store: upload API at ${redactUrl(uploadUrl ?? base)}, index ${redactUrl(indexUrl)}`);
    return new UploadApiStore('upload-api', name, indexUrl, uploadUrl ?? base, connection, { delete: deletable });
}

;// CONCATENATED MODULE: ./packages/core/src/store/open-store.ts
/**
 * Store selection from one URL (DESIGN.md, "Stores"): a folder or file:// URL is the embedded file index;
 * anything http(s) is a PyPI-compatible server, recognised further as PyPI/TestPyPI (by host) or devpi (by
 * URL shape or its X-Devpi-* headers). Credentials may come inside the URL; they are taken out of it at
 * once, so no URL a store exposes carries them.
 */







function isRemote(url) {
    return /^https?:\/\//i.test(url);
}
function lastSegment(path) {
    const segments = path.split('/').filter((s) => s !== '' && s !== 'simple' && s !== '+simple');
    return segments.pop() ?? '';
}
async function openStore(spec, logger = silentLogger) {
    const url = spec.url.trim();
    if (url === '')
        throw new errors/* InputError */.dz('the store is empty', { hint: 'give a folder, a file:// URL or an index URL' });
    if (isRemote(url)) {
        return openHttpStore({ ...spec, url }, logger);
    }
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(url) && !/^file:/i.test(url)) {
        throw new errors/* InputError */.dz(`store '${redactUrl(url)}' has an unsupported scheme`, {
            hint: 'use a folder, a file:// URL, or an http(s):// index URL',
        });
    }
    const root = /^file:/i.test(url) ? (0,external_node_url_.fileURLToPath)(url) : (0,external_node_path_.resolve)(url);
    const name = spec.name ?? (lastSegment(root.replace(/\\/g, '/')) || (0,external_node_path_.basename)(root));
    logger.debug(`store: file index at ${root}`);
    return new FileIndexStore(root.replace(/[\\/]+$/, '') || root, name);
}

;// CONCATENATED MODULE: ./packages/core/src/publish/trusted-publishing.ts
/**
 * PyPI trusted publishing: the job's OIDC token, requested from the
 * runner for the audience the index names at `<index>/_/oidc/audience`, is exchanged at
 * `<index>/_/oidc/mint-token` for a short-lived upload token (username `__token__`). No stored secret.
 * https://docs.pypi.org/trusted-publishers/using-a-publisher/
 */




function jsonBody(data) {
    const bytes = Buffer.from(JSON.stringify(data));
    return () => ({ stream: external_node_stream_.Readable.from([bytes]), length: bytes.length, contentType: 'application/json' });
}
/** The index base for a store: `https://upload.pypi.org/legacy/` and `https://pypi.org/simple/` → `https://pypi.org/`. */
function indexBaseOf(indexUrl) {
    const url = new URL(indexUrl);
    if (url.hostname === 'upload.pypi.org')
        return 'https://pypi.org/';
    return new URL(url.pathname.replace(/(\+?simple|legacy)\/?$/, ''), url.origin).href;
}
/** The job's OIDC token, asked from the runner's endpoint directly. */
async function runnerIdToken(requestUrl, requestToken, audience) {
    const tokenUrl = new URL(requestUrl);
    tokenUrl.searchParams.set('audience', audience);
    const oidc = await request(tokenUrl, {
        headers: { Accept: 'application/json' },
        auth: bearerCredentials(tokenUrl, requestToken),
        label: 'requesting the job OIDC token',
    });
    const idToken = oidc.status === 200 ? oidc.json().value : undefined;
    if (!idToken) {
        throw new errors/* StoreError */.AD(`the runner did not issue an OIDC token (HTTP ${oidc.status})`, {
            code: 'auth',
            hint: 'check `permissions: id-token: write` on the job',
        });
    }
    return idToken;
}
/** Mints an upload token; the caller masks it at once. */
async function mintUploadToken(options) {
    const env = options.env ?? process.env;
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken) {
        throw new errors/* InputError */.dz('trusted-publishing needs the job to be allowed an OIDC token, and it is not', {
            hint: 'add `permissions: id-token: write` to the job (and register this workflow as a trusted publisher on the index)',
        });
    }
    // The request token lets anyone holding it ask the runner for ID tokens: masked like them.
    options.onSecret?.(requestToken);
    const base = options.indexBase.endsWith('/') ? options.indexBase : `${options.indexBase}/`;
    const audienceAnswer = await request(`${base}_/oidc/audience`, {
        headers: { Accept: 'application/json' },
        label: 'reading the OIDC audience',
    });
    if (audienceAnswer.status !== 200) {
        throw new errors/* StoreError */.AD(`${redactUrl(base)} does not offer trusted publishing (HTTP ${audienceAnswer.status} from _/oidc/audience)`, {
            status: audienceAnswer.status,
            hint: 'trusted publishing works with PyPI and TestPyPI; use username/password elsewhere',
        });
    }
    const audience = audienceAnswer.json().audience ?? '';
    const idToken = options.idToken ? await options.idToken(audience) : await runnerIdToken(requestUrl, requestToken, audience);
    // The ID token proves the job's identity to any index that trusts it: masked before anything else runs.
    if (idToken)
        options.onSecret?.(idToken);
    if (!idToken) {
        throw new errors/* StoreError */.AD('the runner did not issue an OIDC token', {
            code: 'auth',
            hint: 'check `permissions: id-token: write` on the job',
        });
    }
    const minted = await request(`${base}_/oidc/mint-token`, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body: jsonBody({ token: idToken }),
        secrets: [idToken],
        followRedirects: false,
        label: 'exchanging the OIDC token',
    });
    const answer = (() => {
        try {
            return minted.json();
        }
        catch {
            return {};
        }
    })();
    if (typeof answer.token === 'string' && answer.token)
        options.onSecret?.(answer.token);
    if (minted.status !== 200 || !answer.token) {
        const reasons = (answer.errors ?? []).map((e) => `${e.code ?? ''}: ${e.description ?? ''}`).join('; ');
        throw new errors/* StoreError */.AD(`${redactUrl(base)} refused to mint an upload token (HTTP ${minted.status}${reasons ? `: ${reasons}` : ''})`, {
            code: 'auth',
            status: minted.status,
            hint: 'invalid-publisher: the trusted publisher registered on the index must name this repository, workflow file and environment; from a reusable workflow, PyPI matches the caller workflow',
        });
    }
    return answer.token;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/index.ts
/**
 * publish: puts a release's files into a store, idempotently. Every file is checked against
 * the index before anything is sent — same sha256 is skipped, a different one is an error and nothing is
 * uploaded — then uploaded one by one, and the index is read back to confirm each file with its hash. A
 * failure half-way removes what this run uploaded of a release where the store can delete, and says
 * exactly what is where where it cannot. The action and the CLI both call `publishRelease`.
 */












const ARTEFACT = /\.(whl|tar\.gz|zip)$/i;
/**
 * The manifest's files on disk. Each entry is bound to its bytes: the file found must carry the entry's
 * filename (an entry's `path` naming another file is refused, not followed), and the bytes read later must
 * have the entry's size and sha256 (`checkEntry`).
 */
async function resolveFiles(options, workspace) {
    if (options.manifest) {
        const manifestPath = (0,external_node_path_.resolve)(workspace, options.manifest);
        const manifest = await readManifest(manifestPath);
        if (manifest.files.length === 0)
            throw new errors/* InputError */.dz(`manifest '${options.manifest}' lists no files`, { hint: 'run build-wheel first' });
        const paths = manifest.files.map((file) => {
            let parts;
            try {
                parts = splitArtefactFilename(file.filename);
            }
            catch {
                parts = undefined;
            }
            if (!parts ||
                (0,project_name/* normalizeProjectName */.yz)(parts.project) !== (0,project_name/* normalizeProjectName */.yz)(manifest.name) ||
                !sameVersion(parts.version, manifest.version)) {
                throw new errors/* InputError */.dz(`manifest '${options.manifest}' lists '${(0,printable_name/* printableName */.Nt)(file.filename)}', which is not a wheel or sdist of ${manifest.name} ${manifest.version}`, { hint: 'the manifest is written by build-wheel; pass the one the build produced, unedited' });
            }
            if (file.path !== undefined && (0,external_node_path_.basename)(file.path) !== file.filename) {
                throw new errors/* InputError */.dz(`manifest '${options.manifest}': the entry for '${file.filename}' points at another file (path '${(0,printable_name/* printableName */.Nt)(file.path)}')`, { hint: 'an entry is bound to its own file: the path must end in the entry filename; pass the manifest build-wheel wrote' });
            }
            const candidates = [
                ...(file.path
                    ? [(0,external_node_path_.isAbsolute)(file.path) ? file.path : (0,external_node_path_.resolve)(workspace, file.path), (0,external_node_path_.resolve)((0,external_node_path_.dirname)(manifestPath), file.path)]
                    : []),
                (0,external_node_path_.join)((0,external_node_path_.dirname)(manifestPath), file.filename),
                (0,external_node_path_.join)(workspace, 'dist', file.filename),
            ];
            const found = candidates.find((candidate) => (0,external_node_fs_.existsSync)(candidate));
            if (!found) {
                throw new errors/* InputError */.dz(`'${file.filename}' from manifest '${options.manifest}' is not on disk (looked in ${candidates.join(', ')})`, {
                    hint: 'download the build artefacts into this job (actions/download-artifact) before publishing',
                });
            }
            return found;
        });
        return { paths, manifest, entries: manifest.files };
    }
    const patterns = (options.files ?? ['dist/*']).filter((p) => p.trim() !== '');
    const matched = await glob([...patterns], { cwd: workspace, absolute: true, onlyFiles: true });
    const paths = matched.filter((p) => ARTEFACT.test(p)).sort();
    if (paths.length === 0) {
        throw new errors/* InputError */.dz(`no wheel or sdist matches files '${patterns.join(', ')}' in ${workspace}`, {
            hint: 'build first (build-wheel), or pass its manifest output as manifest',
        });
    }
    return { paths };
}
/** The bytes read for a manifest entry must be the ones it records. */
function checkEntry(artefact, entry) {
    if (artefact.filename !== entry.filename || artefact.sha256 !== entry.sha256.toLowerCase() || artefact.size !== entry.size) {
        throw new errors/* InputError */.dz(`'${artefact.path}' is not the file the manifest records for '${entry.filename}' (sha256 ${artefact.sha256}, ${artefact.size} bytes; manifest says ${entry.sha256}, ${entry.size} bytes)`, { hint: 'publish the files the build produced; rebuild and republish if they had to change' });
    }
}
function releaseKey(filename) {
    const parts = splitArtefactFilename(filename);
    return parts ? `${(0,project_name/* normalizeProjectName */.yz)(parts.project)} ${parts.version}` : filename;
}
async function publishRelease(options, logger) {
    for (const secret of credentialSecrets([options.store, options.uploadUrl], options.username, options.password))
        options.onSecret?.(secret);
    const workspace = (0,external_node_path_.resolve)(options.workspace ?? process.cwd());
    const skipExisting = options.skipExisting ?? true;
    const verify = options.verify ?? true;
    const dryRun = options.dryRun ?? false;
    const { paths, manifest, entries } = await resolveFiles(options, workspace);
    const extras = await prepareReleaseExtras(manifest, options.manifest ? (0,external_node_path_.resolve)(workspace, options.manifest) : undefined);
    const artefacts = [];
    for (const [i, path] of paths.entries()) {
        const artefact = await readLocalArtefact(path);
        const entry = entries?.[i];
        if (entry)
            checkEntry(artefact, entry);
        artefacts.push(artefact);
    }
    const seen = new Set();
    for (const artefact of artefacts) {
        if (seen.has(artefact.filename)) {
            throw new errors/* InputError */.dz(`'${artefact.filename}' is given twice`, { hint: 'publish each file once (check the files globs)' });
        }
        seen.add(artefact.filename);
    }
    const storeUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(options.store) ? options.store : (0,external_node_path_.resolve)(workspace, options.store);
    let username = options.username;
    let password = options.password;
    if (options.trustedPublishing && !dryRun) {
        if (password) {
            throw new errors/* InputError */.dz('trusted-publishing and password were both given', {
                hint: 'drop the password: trusted publishing mints its own token',
            });
        }
        if (!/^https?:/i.test(storeUrl)) {
            throw new errors/* InputError */.dz('trusted-publishing needs an index URL (PyPI or TestPyPI) as store', {
                hint: 'e.g. store: https://pypi.org/simple/',
            });
        }
        const indexBase = indexBaseOf(storeUrl);
        password = await mintUploadToken({
            indexBase,
            ...(options.onSecret ? { onSecret: options.onSecret } : {}),
            ...(options.idToken ? { idToken: options.idToken } : {}),
        });
        for (const secret of credentialSecrets([], '__token__', password))
            options.onSecret?.(secret);
        username = '__token__';
        logger.info(`Trusted publishing: minted a short-lived upload token at ${redactUrl(indexBase)}`);
    }
    const store = await openStore({
        url: storeUrl,
        ...(options.uploadUrl ? { uploadUrl: options.uploadUrl } : {}),
        ...(username ? { username } : {}),
        ...(password ? { password } : {}),
        ...(options.indexName ? { name: options.indexName } : {}),
    }, logger);
    logger.info(`Store: ${store.name} (${store.kind}) ${redactUrl(store.indexUrl)}`);
    // Refuse up front what the store will refuse (PyPI: local versions), before anything is sent.
    if (!store.capabilities.localVersions) {
        const local = artefacts.filter((a) => localPart(splitArtefactFilename(a.filename)?.version ?? '') !== undefined);
        if (local.length > 0) {
            throw new errors/* StoreError */.AD(`${store.name} rejects local versions, and ${local.map((a) => a.filename).join(', ')} carry one`, {
                code: 'policy',
                hint: "build with setuptools_scm's `local-scheme: no-local-version` (the pep440-version input) for PyPI and TestPyPI",
            });
        }
    }
    // What the index holds already, per project: decides skip / conflict for every file before any upload.
    const listed = new Map();
    const listing = async (filename) => {
        const project = (0,project_name/* normalizeProjectName */.yz)(splitArtefactFilename(filename)?.project ?? filename);
        if (!listed.has(project))
            listed.set(project, await store.listFiles(project));
        return listed.get(project) ?? [];
    };
    const files = [];
    const toUpload = [];
    for (const artefact of artefacts) {
        const existing = (await listing(artefact.filename)).find((f) => f.filename === artefact.filename);
        // An index without sha256 links (md5 only) is compared by the bytes it serves.
        const existingSha256 = existing ? await sha256Of(store, existing) : undefined;
        const file = {
            filename: artefact.filename,
            sha256: artefact.sha256,
            size: artefact.size,
            outcome: dryRun ? 'would-upload' : 'uploaded',
        };
        if (existing) {
            if (existingSha256 !== artefact.sha256) {
                throw new errors/* StoreError */.AD(`'${artefact.filename}' already exists in ${store.name} (${redactUrl(store.indexUrl)}) with different content (sha256 ${existingSha256} there, ${artefact.sha256} here); nothing was uploaded`, { code: 'conflict', hint: 'a published file is never overwritten: bump the version (a new commit or tag) and publish again' });
            }
            if (!skipExisting) {
                throw new errors/* StoreError */.AD(`'${artefact.filename}' is already in ${store.name} (same sha256) and skip-existing is false; nothing was uploaded`, {
                    code: 'conflict',
                    hint: 'set skip-existing: true to make re-runs succeed',
                });
            }
            file.outcome = dryRun ? 'would-skip' : 'skipped';
            file.url = existing.url;
        }
        else {
            toUpload.push(artefact);
        }
        files.push(file);
    }
    const result = {
        store: { kind: store.kind, name: store.name, indexUrl: store.indexUrl, uploadUrl: redactUrl(store.uploadUrl) },
        files,
        uploaded: [],
        skipped: files.filter((f) => f.outcome === 'skipped').map((f) => f.filename),
        indexUrl: store.indexUrl,
        dryRun,
        verified: false,
    };
    const releases = new Set(artefacts.map((a) => releaseKey(a.filename)));
    if (releases.size === 1) {
        const parts = splitArtefactFilename(artefacts[0]?.filename ?? '');
        if (parts) {
            result.project = manifest?.name ?? parts.project;
            result.version = manifest?.version ?? parts.version;
        }
    }
    for (const file of files)
        if (file.outcome === 'skipped' || file.outcome === 'would-skip')
            logger.info(`  ${file.filename}: already there (same sha256), skipped`);
    if (dryRun) {
        for (const a of toUpload)
            logger.info(`  ${a.filename}: would upload (${a.size} bytes, sha256 ${a.sha256})`);
        return result;
    }
    await logger.group(`Uploading ${toUpload.length} file(s) to ${store.name}`, async () => {
        const done = [];
        for (const artefact of toUpload) {
            try {
                const outcome = await store.upload(artefact);
                logger.info(`  ${artefact.filename}: ${outcome} (${artefact.size} bytes, sha256 ${artefact.sha256})`);
                const file = files.find((f) => f.filename === artefact.filename);
                if (file && outcome === 'skipped')
                    file.outcome = 'skipped';
                if (outcome === 'uploaded')
                    done.push(artefact);
            }
            catch (error) {
                throw await rollBack(store, done, artefact, error, logger);
            }
        }
    });
    result.uploaded = files.filter((f) => f.outcome === 'uploaded').map((f) => f.filename);
    result.skipped = files.filter((f) => f.outcome === 'skipped').map((f) => f.filename);
    if (verify) {
        // Read back after the last upload: on an index that allows overwriting, another publisher may have
        // replaced a file since; this run then says so instead of reporting bytes the index no longer serves.
        listed.clear();
        for (const file of files) {
            const found = (await listing(file.filename)).find((f) => f.filename === file.filename);
            const there = found ? await sha256Of(store, found) : undefined;
            if (!found || there !== file.sha256) {
                const replaced = file.outcome === 'uploaded' && store.capabilities.reuseFilenames;
                throw new errors/* StoreError */.AD(found
                    ? `verification failed: ${store.name} now serves '${file.filename}' with sha256 ${there}, not the ${file.sha256} this run ${file.outcome === 'uploaded' ? 'uploaded' : 'found'}${replaced ? ' (another publisher replaced it: the index allows overwriting)' : ''}`
                    : `verification failed: ${store.name} does not list '${file.filename}' after the upload (${redactUrl(store.indexUrl)})`, {
                    code: found ? 'conflict' : 'store',
                    hint: found
                        ? 'two builds were published under one version; later steps refuse bytes that differ from the manifest, so publish a new version'
                        : 'the server accepted the upload but does not serve it; check its logs, caches (CDN) and the index URL',
                });
            }
            file.url = found.url;
        }
        result.verified = true;
        logger.info(`Verified ${files.length} file(s) in ${redactUrl(store.indexUrl)} by sha256`);
    }
    if (manifest && options.manifest) {
        const manifestPath = (0,external_node_path_.resolve)(workspace, options.manifest);
        const entry = { index: store.name, url: store.indexUrl, by: 'publish', at: new Date().toISOString() };
        manifest.stores = [...manifest.stores.filter((s) => !(s.url === entry.url && s.by === 'publish')), entry];
        await writeManifest(manifestPath, manifest);
        result.manifestPath = manifestPath;
    }
    result.extras = await shipReleaseExtras(store, manifest, extras, logger);
    return result;
}
/**
 * After a failed upload: removes the releases this run put into the store, where it can delete and the
 * store holds nothing else of that version (another job's wheels are never touched); otherwise says what
 * is where. Returns the error to throw.
 */
async function rollBack(store, done, failed, error, logger) {
    const cause = error instanceof errors/* WheelwrightError */.LJ ? error : new errors/* StoreError */.AD(`upload of ${failed.filename} failed: ${String(error)}`, { cause: error });
    if (done.length === 0)
        return cause;
    const removed = [];
    const left = [];
    for (const key of new Set(done.map((a) => releaseKey(a.filename)))) {
        const ours = done.filter((a) => releaseKey(a.filename) === key);
        const parts = splitArtefactFilename(ours[0]?.filename ?? '');
        if (store.capabilities.delete && parts) {
            try {
                const there = (await store.listFiles(parts.project)).filter((f) => sameVersion(f.version, parts.version));
                if (there.every((f) => ours.some((a) => a.filename === f.filename))) {
                    await store.deleteRelease(parts.project, parts.version);
                    removed.push(...ours.map((a) => a.filename));
                    continue;
                }
            }
            catch (rollbackError) {
                logger.warning(`could not remove ${key} after the failure: ${rollbackError.message}`);
            }
        }
        left.push(...ours.map((a) => a.filename));
    }
    const detail = left.length
        ? `; already uploaded and still in ${store.name}: ${left.join(', ')} (re-running publish skips them and uploads the rest)`
        : `; removed again what this run had uploaded (${removed.join(', ')}), so ${store.name} holds no partial release`;
    return new errors/* StoreError */.AD(`${cause.message}${detail}`, { code: cause.code, ...(cause.hint ? { hint: cause.hint } : {}), cause });
}

/** The action's outputs (names as in action.yml). */
/** The one log line after a publish: what was uploaded or skipped, and where to install from. */
function publishedLine(result) {
    const uploaded = result.dryRun ? result.files.filter((f) => f.outcome === 'would-upload').length : result.uploaded.length;
    const skipped = result.dryRun ? result.files.filter((f) => f.outcome === 'would-skip').length : result.skipped.length;
    return `${result.dryRun ? 'Dry run: would upload' : 'Uploaded'} ${uploaded}, skipped ${skipped}; install with --index-url ${result.indexUrl}`;
}
function publishOutputs(result) {
    return {
        uploaded: JSON.stringify(result.uploaded),
        skipped: JSON.stringify(result.skipped),
        'index-url': result.indexUrl,
        manifest: result.manifestPath ?? '',
        'docs-url': result.extras?.docs?.url ?? '',
    };
}
/** The job summary: the files, their hashes and outcome, and how to install from the index. */
function summaryMarkdown(result) {
    const title = result.dryRun ? 'publish (dry run)' : 'publish';
    const lines = [
        `### ${title}: ${result.project && result.version ? `${result.project} ${result.version} → ` : ''}${result.store.name}`,
        '',
        `Store: **${result.store.name}** (${result.store.kind}), index <${result.indexUrl}>${result.verified ? ', verified by sha256 after upload' : ''}.`,
        '',
        '| file | size | sha256 | outcome |',
        '| --- | ---: | --- | --- |',
        ...result.files.map((f) => `| ${f.url && /^https?:/.test(f.url) ? `[${markdownCell(f.filename)}](${f.url})` : markdownCell(f.filename)} | ${f.size} | \`${f.sha256}\` | ${f.outcome} |`),
        '',
    ];
    if (result.extras?.docs)
        lines.push(result.extras.docs.url ? `Docs: <${result.extras.docs.url}>` : `Docs: ${markdownCell(result.extras.docs.message)}`, '');
    if (result.extras?.board)
        lines.push(`Release board: \`${markdownCell(result.extras.board)}\``, '');
    if (result.project && result.version) {
        lines.push('```', `pip install --index-url ${result.indexUrl} ${result.project}==${result.version}`, '```', '');
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/publish/src/main.ts




function run() {
    return runAction(async () => {
        const { options, secrets } = readPublishOptions(runnerInputs, runnerContext());
        maskAll(secrets);
        const result = await publishRelease({ ...options, onSecret: core/* setSecret */.Pq, idToken: idTokenFor }, actionLogger);
        setOutputs(publishOutputs(result));
        actionLogger.info(publishedLine(result));
        await appendSummary(summaryMarkdown(result));
    });
}


/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hB: () => (/* binding */ readEntry),
/* harmony export */   wU: () => (/* binding */ walkArchive)
/* harmony export */ });
/* unused harmony exports archiveFormat, MEMBER_READ_LIMIT, RECORD_READ_LIMIT, readAll, readMember */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3237);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7198);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(2662);
/* harmony import */ var _printable_name__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(8970);
/**
 * The one archive reader (DESIGN.md: one way to do each thing): walks a zip (wheels, legacy `.zip` sdists)
 * with yauzl or a gzipped tar (sdists) with tar-stream, entry by entry, streamed — a 200 MB wheel never
 * sits in memory. Names, link targets and member types are handed over raw (no `..` or absolute-path
 * rejection here) so the inspection can report every hostile member with its own rule codes instead of
 * failing on the first. Reading a member into memory always goes through a size cap (`readAll`,
 * `readMember`): archives are hostile until the inspection has passed them.
 */









function archiveFormat(path) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.whl') || lower.endsWith('.zip'))
        return 'zip';
    if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz'))
        return 'tar.gz';
    throw new _errors_index__WEBPACK_IMPORTED_MODULE_7__/* .WheelwrightError */ .LJ('inspect', `'${path}' is not a .whl, .zip or .tar.gz archive`, {
        hint: 'build sdists as .tar.gz (PEP 625); .tar.bz2 and other formats are not read',
    });
}
async function walkArchive(path, visit) {
    try {
        if (archiveFormat(path) === 'zip')
            await walkZip(path, visit);
        else
            await walkTarGz(path, visit);
    }
    catch (error) {
        if (error instanceof _errors_index__WEBPACK_IMPORTED_MODULE_7__/* .WheelwrightError */ .LJ)
            throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_7__/* .WheelwrightError */ .LJ('inspect', `${path} is not a readable archive: ${reason}`, {
            hint: 'the file is truncated or corrupt; rebuild it',
            cause: error,
        });
    }
}
/**
 * The most a metadata member (METADATA, PKG-INFO, WHEEL, entry_points.txt …) is read into memory. The
 * largest real METADATA among the offline mirror's 887 wheels is 227 KiB (mujoco, a long README): 8 MiB is
 * 36 times that, while a hostile 1 GB member is refused after at most 8 MiB of reading.
 */
const MEMBER_READ_LIMIT = 8 * 1024 * 1024;
/**
 * RECORD grows with the file count (about 100 bytes a file): the mirror's largest is 1.8 MiB (cmeel-boost,
 * ~20 000 files). 32 MiB allows some 300 000 files.
 */
const RECORD_READ_LIMIT = (/* unused pure expression or super */ null && (32 * 1024 * 1024));
function where(limit) {
    return `${limit.archive ? `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(limit.archive)}: ` : ''}member ${(0,_printable_name__WEBPACK_IMPORTED_MODULE_8__/* .printableName */ .Nt)(limit.member ?? '(unnamed)')}`;
}
function tooLarge(limit, maxBytes, detail) {
    return new _errors_index__WEBPACK_IMPORTED_MODULE_7__/* .WheelwrightError */ .LJ('inspect', `${where(limit)} is larger than the ${formatBytes(maxBytes)} read limit (${detail})`, {
        hint: 'no real metadata file is that large: the artefact is broken or hostile; rebuild it from the source',
    });
}
function formatBytes(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
/**
 * Reads a whole member stream into a buffer, refusing (with a one-line error naming archive and member)
 * when the declared size or the bytes actually inflated pass `maxBytes` — zip bombs lie in headers, so
 * both are checked; nothing is ever cut off silently.
 */
async function readAll(stream, limit = {}) {
    const maxBytes = limit.maxBytes ?? MEMBER_READ_LIMIT;
    if (limit.declaredSize !== undefined && limit.declaredSize > maxBytes) {
        stream.destroy();
        throw tooLarge(limit, maxBytes, `declares ${limit.declaredSize} bytes`);
    }
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of stream) {
            size += chunk.length;
            if (size > maxBytes) {
                stream.destroy();
                const declared = limit.declaredSize === undefined ? '' : ` although it declares ${limit.declaredSize} bytes`;
                throw tooLarge(limit, maxBytes, `inflates past it${declared}`);
            }
            chunks.push(chunk);
        }
    }
    catch (error) {
        if (error instanceof _errors_index__WEBPACK_IMPORTED_MODULE_7__/* .WheelwrightError */ .LJ)
            throw error;
        // yauzl stops a member that inflates to more (or fewer) bytes than its header says: a zip bomb's lie.
        const reason = error instanceof Error ? error.message : String(error);
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_7__/* .WheelwrightError */ .LJ('inspect', `${where(limit)} cannot be read: ${reason}`, {
            hint: 'the archive is corrupt or lies about its sizes; rebuild it from the source',
            cause: error,
        });
    }
    return Buffer.concat(chunks);
}
/** Reads one entry met during a walk, capped (see readAll). */
async function readEntry(archive, entry, maxBytes = MEMBER_READ_LIMIT) {
    if (entry.size > maxBytes)
        throw tooLarge({ archive, member: entry.path }, maxBytes, `declares ${entry.size} bytes`);
    return readAll(await entry.open(), { archive, member: entry.path, maxBytes, declaredSize: entry.size });
}
/**
 * The bytes of one regular-file member, read with a size cap, or undefined when the archive has no such
 * member. `name` is the exact stored path, or a test for it (the first match wins). A member stored
 * twice is refused: installers take the last copy, a reader stopping at the first would see other bytes.
 */
async function readMember(archive, name, options = {}) {
    const matches = typeof name === 'string' ? (path) => path === name : name;
    let found;
    await walkArchive(archive, async (entry) => {
        if (!matches(entry.path))
            return false;
        if (found !== undefined) {
            if (entry.path === found.path)
                throw new WheelwrightError('inspect', `${basename(archive)}: member ${printableName(entry.path)} is stored twice`, {
                    hint: 'installers take the last copy and readers the first: the artefact is broken or hostile; rebuild it',
                });
            return false;
        }
        if (entry.type !== 'file')
            throw new WheelwrightError('inspect', `${basename(archive)}: member ${printableName(entry.path)} is a ${entry.type}, not a file`, {
                hint: 'the artefact is broken or hostile; rebuild it',
            });
        found = { path: entry.path, data: await readEntry(archive, entry, options.maxBytes) };
        return false;
    });
    return found;
}
/**
 * yauzl's own file reader streams members in 64 KiB reads; 1 MiB reads make hashing a 200 MB wheel
 * about twice as fast (bench/build-wheel.mjs). yauzl documents RandomAccessReader for exactly this.
 */
const READ_SIZE = 1 << 20;
class FileReader extends yauzl__WEBPACK_IMPORTED_MODULE_6__.RandomAccessReader {
    fd;
    constructor(fd) {
        super();
        this.fd = fd;
    }
    _readStreamForRange(start, end) {
        // Plain positional reads: an fs.ReadStream on a shared descriptor misbehaves once yauzl destroys it.
        const fd = this.fd;
        let position = start;
        return new node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable({
            highWaterMark: READ_SIZE,
            read() {
                const length = Math.min(READ_SIZE, end - position);
                if (length <= 0) {
                    this.push(null);
                    return;
                }
                const buffer = Buffer.allocUnsafe(length);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.read)(fd, buffer, 0, length, position, (error, bytesRead) => {
                    if (error)
                        this.destroy(error);
                    else if (bytesRead === 0)
                        this.destroy(new Error(`unexpected end of file at ${position}`));
                    else {
                        position += bytesRead;
                        this.push(bytesRead < length ? buffer.subarray(0, bytesRead) : buffer);
                    }
                });
            },
        });
    }
    read(buffer, offset, length, position, callback) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.read)(this.fd, buffer, offset, length, position, (error, bytesRead) => {
            if (error)
                callback(error);
            else if (bytesRead < length)
                callback(new Error(`unexpected end of file at ${position + bytesRead}`));
            else
                callback(null);
        });
    }
    close(callback) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.close)(this.fd, (error) => callback(error ?? null));
    }
}
async function openZip(path) {
    // A raw descriptor, not a FileHandle: yauzl closes it through reader.close(), and a FileHandle would
    // close the same number again when garbage-collected.
    const fd = await new Promise((resolveFd, rejectFd) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r', (error, opened) => (error ? rejectFd(error) : resolveFd(opened))));
    let size;
    try {
        size = (await new Promise((resolveStat, rejectStat) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstat)(fd, (error, stats) => (error ? rejectStat(error) : resolveStat(stats))))).size;
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.close)(fd, () => { });
        throw error;
    }
    // The reader owns the descriptor from here (closed through yauzl's autoClose → reader.close()).
    const reader = new FileReader(fd);
    return new Promise((resolve, reject) => {
        // decodeStrings: false keeps yauzl from rejecting `..` and absolute names; we decode and judge them.
        yauzl__WEBPACK_IMPORTED_MODULE_6__.fromRandomAccessReader(reader, size, { lazyEntries: true, autoClose: true, decodeStrings: false, validateEntrySizes: true }, (error, zip) => {
            if (error || !zip) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.close)(fd, () => { });
                reject(error ?? new Error('cannot open'));
            }
            else
                resolve(zip);
        });
    });
}
function walkZip(path, visit) {
    return new Promise((resolve, reject) => {
        openZip(path).then((zip) => {
            let settled = false;
            const fail = (error) => {
                if (settled)
                    return;
                settled = true;
                zip.close();
                reject(error);
            };
            zip.on('error', fail);
            zip.on('end', () => {
                if (!settled) {
                    settled = true;
                    resolve();
                }
            });
            zip.on('entry', (entry) => {
                const raw = entry.fileName;
                // APPNOTE 4.4.4 bit 11: UTF-8 names; wheels are always written that way, and CP437 names
                // of plain ASCII decode identically.
                const name = raw.toString('utf8');
                const hostUnix = entry.versionMadeBy >> 8 === 3;
                const unixMode = hostUnix ? (entry.externalFileAttributes >>> 16) & 0xffff : 0;
                const type = name.endsWith('/') ? 'directory' : zipEntryType(unixMode & 0o170000);
                const archiveEntry = {
                    path: name,
                    type,
                    size: entry.uncompressedSize,
                    mode: hostUnix ? unixMode & 0o7777 : undefined,
                    open: () => new Promise((resolveStream, rejectStream) => zip.openReadStream(entry, (streamError, stream) => streamError || !stream ? rejectStream(streamError) : resolveStream(stream))),
                };
                Promise.resolve(visit(archiveEntry)).then((stop) => {
                    if (settled)
                        return;
                    if (stop) {
                        settled = true;
                        zip.close();
                        resolve();
                    }
                    else
                        zip.readEntry();
                }, fail);
            });
            zip.readEntry();
        }, reject);
    });
}
/**
 * The file type in a zip entry's unix mode (stat's S_IFMT bits). 0 is a plain file: Python's
 * `ZipFile.writestr` and many writers store only permission bits.
 */
function zipEntryType(format) {
    switch (format) {
        case 0:
        case 0o100000:
            return 'file';
        case 0o040000:
            return 'directory';
        case 0o120000:
            return 'symlink';
        case 0o020000:
            return 'character-device';
        case 0o060000:
            return 'block-device';
        case 0o010000:
            return 'fifo';
        default:
            return 'other';
    }
}
function tarEntryType(type) {
    switch (type) {
        case 'file':
        case 'contiguous-file':
            return 'file';
        case 'directory':
            return 'directory';
        case 'symlink':
            return 'symlink';
        case 'link':
            return 'hardlink';
        case 'character-device':
        case 'block-device':
        case 'fifo':
            return type;
        default:
            // tar-stream reports type flags it does not know (sparse, volume, vendor extensions) as null.
            return 'other';
    }
}
async function walkTarGz(path, visit) {
    const tar = (0,tar_stream__WEBPACK_IMPORTED_MODULE_5__.extract)();
    const source = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path), (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip)(), tar);
    // A rejected pipeline (bad gzip) surfaces through the iterator; keep it from being unhandled meanwhile.
    source.catch(() => { });
    let stopped = false;
    for await (const entry of tar) {
        const member = entry;
        if (stopped) {
            member.resume();
            continue;
        }
        const header = member.header;
        const type = tarEntryType(header.type);
        let opened = false;
        const stop = await visit({
            path: header.name,
            type,
            size: header.size ?? 0,
            mode: header.mode,
            ...(header.linkname != null && (type === 'symlink' || type === 'hardlink') ? { linkTarget: header.linkname } : {}),
            open: async () => {
                opened = true;
                return member;
            },
        });
        // Whatever the visitor did not read must still be drained for tar-stream to move on.
        if (!opened || !member.readableEnded)
            member.resume();
        if (stop) {
            stopped = true;
            break;
        }
    }
    if (stopped) {
        tar.destroy();
        return;
    }
    await source;
}


/***/ }),

/***/ 8970:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nt: () => (/* binding */ printableName)
/* harmony export */ });
/* unused harmony exports hasControlCharacters, escapeControlCharacters */
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

/***/ 2805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  H: () => (/* binding */ docsArchiveOf),
  _: () => (/* binding */ publishDocs),
  releaseFolder: () => (/* binding */ releaseFolder),
  unpackDocsIntoFileIndex: () => (/* binding */ unpackDocsIntoFileIndex)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __nccwpck_require__(2640);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __nccwpck_require__(2662);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts
var pep440 = __nccwpck_require__(5282);
// EXTERNAL MODULE: ./packages/core/src/store/lock.ts
var lock = __nccwpck_require__(9715);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: ./packages/core/src/distribution/archive.ts
var archive = __nccwpck_require__(9217);
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
    return `${escapeName(project)}-${version}.doc.zip`;
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
        throw new WheelwrightError('build', `the docs build wrote no index.html into ${htmlDir}`, {
            hint: "the docs' root document must be index (Sphinx's root_doc)",
        });
    // Zip times are DOS times from 1980 on; an earlier epoch is clamped.
    const mtime = new Date(Math.max(epoch ?? 315532800, 315532800) * 1000);
    const zip = new ZipFile();
    for (const path of files)
        zip.addFile(join(htmlDir, path), path, { mtime, mode: 0o100644, compress: true });
    zip.end();
    await mkdir(dirname(zipPath), { recursive: true });
    await pipeline(zip.outputStream, createWriteStream(zipPath));
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
    const root = (0,external_node_path_.resolve)(target);
    let files = 0;
    let bytes = 0;
    let index = false;
    const refuse = (message) => new errors/* WheelwrightError */.LJ('store', `docs archive ${zipPath.split(/[\\/]/).pop()} refused: ${message}`, {
        hint: 'the docs zip is built by build-wheel; rebuild it rather than editing it',
    });
    await (0,promises_.mkdir)(root, { recursive: false });
    try {
        await (0,archive/* walkArchive */.wU)(zipPath, async (entry) => {
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
            const destination = (0,external_node_path_.resolve)(root, ...entry.path.split('/'));
            if (!destination.startsWith(root + external_node_path_.sep))
                throw refuse(`member ${JSON.stringify(entry.path)} leaves the folder`);
            if (entry.path === 'index.html')
                index = true;
            if (await (0,promises_.lstat)(destination).catch(() => undefined))
                throw refuse(`member ${JSON.stringify(entry.path)} is stored twice`);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
            // A member written twice (or a file where a folder was) is refused by 'wx' instead of followed.
            let written = 0;
            const stream = await entry.open();
            stream.on('data', (chunk) => {
                written += chunk.length;
                // The declared size is the cap: a member that inflates beyond it is a lie (a zip bomb).
                if (written > entry.size)
                    stream.destroy(refuse(`member ${JSON.stringify(entry.path)} inflates past its declared size`));
            });
            await (0,external_node_stream_promises_.pipeline)(stream, (0,external_node_fs_.createWriteStream)(destination, { flags: 'wx', mode: 0o644 }));
            return false;
        });
        if (!index)
            throw refuse('it has no index.html at its root');
        // Nothing but regular files and folders may be left behind (a race with another writer is refused too).
        for (const path of await listTree(root)) {
            const stat = await (0,promises_.lstat)((0,external_node_path_.join)(root, path));
            if (!stat.isFile() || (0,external_node_path_.relative)(root, (0,external_node_path_.join)(root, path)).startsWith('..'))
                throw refuse(`${path} is not a regular file`);
        }
        return files;
    }
    catch (error) {
        await (0,promises_.rm)(root, { recursive: true, force: true });
        if (error instanceof errors/* WheelwrightError */.LJ)
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

;// CONCATENATED MODULE: ./packages/core/src/docs/store-docs.ts
/**
 * Docs in the stores, chosen by capability: a store with `uploadDocs` takes them (devpi's documentation
 * upload, the embedded file store's unpacking under the release), any other (pypiserver, PyPI, a plain
 * upload API) gets a notice, not an error — the docs are still in the manifest and the build artefacts.
 *
 * The embedded file store keeps a release's docs at `<index>/<project>/<version>/+doc/`, the path devpi
 * serves them at, so a link to the docs has one shape for both.
 */









async function sha256Of(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * The manifest's docs zip, found beside the manifest (where build-wheel wrote it or an artifact brought
 * it) and checked by sha256; undefined when the release has no built docs. A missing or changed zip is an
 * error before anything is written.
 */
async function docsArchiveOf(manifest, manifestPath) {
    const docs = manifest.docs;
    if (docs?.status !== 'built' || !docs.filename || !docs.sha256)
        return undefined;
    if (!/^[A-Za-z0-9._+!-]+\.doc\.zip$/.test(docs.filename))
        throw new errors/* InputError */.dz(`the manifest's docs filename '${docs.filename}' is not a <name>-<version>.doc.zip name`);
    const candidates = [...(docs.path ? [docs.path] : []), (0,external_node_path_.join)((0,external_node_path_.dirname)(manifestPath), docs.filename)];
    const path = candidates.find((candidate) => (0,external_node_fs_.existsSync)(candidate));
    if (!path)
        throw new errors/* InputError */.dz(`the docs zip ${docs.filename} of the manifest is not on disk (looked in ${candidates.join(', ')})`, {
            hint: 'bring the whole build output (artefacts, docs zip and manifest) into this job, e.g. with actions/download-artifact',
        });
    const sha256 = await sha256Of(path);
    if (sha256 !== docs.sha256)
        throw new errors/* InputError */.dz(`the docs zip ${path} changed since the build recorded it (sha256 ${sha256}, manifest says ${docs.sha256})`, {
            hint: 'publish the docs the build produced; rebuild if they had to change',
        });
    return { path, filename: docs.filename, sha256, size: docs.size ?? 0 };
}
/** The release's folder in a file index, from names that were validated (never raw input). */
function releaseFolder(indexRoot, project, version) {
    const name = (0,project_name/* normalizeProjectName */.yz)(project);
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name))
        throw new errors/* StoreError */.AD(`'${project}' is not a valid project name`);
    if (!(0,pep440/* isValidVersion */.ri)(version))
        throw new errors/* StoreError */.AD(`'${version}' is not a PEP 440 version`);
    return (0,external_node_path_.join)(indexRoot, name, (0,pep440/* normalizeVersion */.Qj)(version));
}
const DOC = '+doc';
const DOC_HASH = '+doc.sha256';
/**
 * Unpacks the docs under `<index>/<project>/<version>/+doc/` of a file index: into a temporary folder
 * first (the zip is hostile: docs-zip refuses unsafe members and caps sizes), then renamed into place
 * under the index's lock, so a reader sees the old docs or the new, never half of them.
 */
async function unpackDocsIntoFileIndex(indexRoot, project, version, archive) {
    const folder = releaseFolder(indexRoot, project, version);
    await (0,promises_.mkdir)(folder, { recursive: true });
    const recorded = await (0,promises_.readFile)((0,external_node_path_.join)(folder, DOC_HASH), 'utf8').catch(() => '');
    if (recorded.trim() === archive.sha256 && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(folder, DOC, 'index.html')))
        return 'skipped';
    const staging = (0,external_node_path_.join)(folder, `.${DOC}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const old = `${staging}.old`;
    try {
        await unpackDocsZip(archive.path, staging);
        await (0,lock/* withDirectoryLock */.r)((0,external_node_path_.join)(indexRoot, '.lock'), async () => {
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(folder, DOC)))
                await (0,promises_.rename)((0,external_node_path_.join)(folder, DOC), old);
            await (0,promises_.rename)(staging, (0,external_node_path_.join)(folder, DOC));
            await (0,promises_.writeFile)((0,external_node_path_.join)(folder, DOC_HASH), `${archive.sha256}\n`);
        });
        return 'uploaded';
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        await (0,promises_.rm)(old, { recursive: true, force: true });
    }
}
/** Puts the release's docs into `store` when it takes docs; a notice otherwise. */
async function publishDocs(store, manifest, archive, logger) {
    if (!archive) {
        const why = manifest.docs?.status === 'failed' ? 'its docs build failed (recorded in the manifest)' : 'it has no docs';
        return { outcome: 'none', message: `${manifest.name} ${manifest.version}: no docs published, ${why}` };
    }
    if (!store.uploadDocs) {
        const message = `${store.name} (${store.kind}) does not host documentation; ${archive.filename} stays with the build artefacts and the manifest`;
        logger.info(`notice: ${message}`);
        return { outcome: 'unsupported', message };
    }
    const result = await store.uploadDocs(manifest.name, manifest.version, archive);
    const message = `docs ${archive.filename}: ${result.outcome === 'uploaded' ? 'uploaded to' : 'already in'} ${store.name}, ${result.url}`;
    logger.info(message);
    return { outcome: result.outcome, url: result.url, message };
}


/***/ }),

/***/ 2662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ StoreError),
/* harmony export */   HX: () => (/* binding */ isWheelwrightError),
/* harmony export */   LJ: () => (/* binding */ WheelwrightError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports ProcessError, NotImplementedError, renderOptionReferences */
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

/***/ 9709:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ multipartBody)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/**
 * multipart/form-data (RFC 7578) built as a stream: the text fields are a small buffer, the file part is
 * read from disk as it is sent, so memory stays constant whatever the file's size; the total length is
 * computed up front for Content-Length.
 */



function quote(value) {
    // RFC 7578 §4.2: quoted-string with `"` and CR/LF percent-encoded, as browsers and requests do.
    return value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Fields in order (repeated names for list fields), the file last (the upload API reads `content` last). */
function multipartBody(fields, file) {
    const boundary = `----wheelwright${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}`;
    let head = '';
    for (const [name, value] of fields) {
        head += `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`;
    }
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.filename)}"\r\n`;
    head += `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`;
    const headBytes = Buffer.from(head, 'utf8');
    const tailBytes = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
    const length = headBytes.length + file.size + tailBytes.length;
    return () => ({
        length,
        contentType: `multipart/form-data; boundary=${boundary}`,
        stream: node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from((async function* () {
            yield headBytes;
            yield* (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file.path, { highWaterMark: 64 * 1024 });
            yield tailBytes;
        })(), { objectMode: false }),
    });
}


/***/ }),

/***/ 5282:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ri: () => (/* binding */ isValidVersion),
/* harmony export */   z0: () => (/* binding */ tryParseVersion)
/* harmony export */ });
/* unused harmony exports parseVersion, baseVersion, publicVersion, formatVersion, sortVersions, classifyVersion */
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

/***/ 9715:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ ownerGone),
/* harmony export */   r: () => (/* binding */ withDirectoryLock)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2662);
/**
 * A lock for concurrent publishers of one file index: an exclusive `mkdir` (atomic on every OS and on
 * network file systems, unlike advisory locks), with the owner recorded so a lock left by a killed
 * process on this machine, or one older than the stale limit, is broken instead of waited on forever.
 */




function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** True when `pid` on `host` is known to have ended (only this host's processes can be asked). */
function ownerGone(pid, host) {
    return host === (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() && Number.isInteger(pid) && pid > 0 && pid !== process.pid && !processAlive(pid);
}
async function abandoned(lock, staleMs) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(lock).catch(() => undefined);
    if (!info)
        return false;
    if (Date.now() - info.mtimeMs > staleMs)
        return true;
    try {
        const owner = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(lock, 'owner.json'), 'utf8'));
        return typeof owner.pid === 'number' && typeof owner.host === 'string' && ownerGone(owner.pid, owner.host);
    }
    catch {
        // The owner file is written right after mkdir; give a fresh lock without one a moment before judging it.
        return Date.now() - info.mtimeMs > 30_000;
    }
}
async function withDirectoryLock(lock, fn, options = {}) {
    const deadline = Date.now() + (options.timeoutMs ?? 300_000);
    const staleMs = options.staleMs ?? 600_000;
    let delay = 20;
    for (;;) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(lock);
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            if (await abandoned(lock, staleMs)) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(lock, { recursive: true, force: true });
                continue;
            }
            if (Date.now() > deadline) {
                throw new _errors_index__WEBPACK_IMPORTED_MODULE_3__/* .StoreError */ .AD(`the file index is locked by another publisher (${lock})`, {
                    hint: 'wait for the other publish to finish; remove the lock folder only if no publisher is running',
                });
            }
            await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
            delay = Math.min(delay * 2, 500);
        }
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(lock, 'owner.json'), JSON.stringify({ pid: process.pid, host: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(), at: new Date().toISOString() }));
        return await fn();
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(lock, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

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

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

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

/***/ 5291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, error, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, isDebug, markdownSummary, notice, platform, saveState, setCommandEcho, startGroup, summary, toPlatformPath, toPosixPath, toWin32Path

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
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
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
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
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
/******/ var __webpack_exports__ = __nccwpck_require__(9586);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
