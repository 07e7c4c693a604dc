/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(519)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(733)
const { safeRe: re, t } = __nccwpck_require__(191)

const parseOptions = __nccwpck_require__(308)
const { compareIdentifiers } = __nccwpck_require__(916)

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

/***/ 817:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(603)
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

/***/ 988:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(817)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 733:
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

/***/ 519:
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

/***/ 916:
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

/***/ 308:
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

/***/ 191:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(733)
const debug = __nccwpck_require__(519)
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

/***/ 611:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = require("fs");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = require("os");
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+github@9.1.1_patch_hash=9df6c66da9720e83851f4a04566ec77e54b2c6ce37af12da4a720f74d39f91f5/node_modules/@actions/github/lib/context.js


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,external_fs_namespaceObject.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,external_fs_namespaceObject.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_os_namespaceObject.EOL}`);
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
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
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
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
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
const external_crypto_namespaceObject = require("crypto");
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=6ae3d40069f1a6869629317f4d108d60728319f3adf0b287ab6c302a9e4b2003/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
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
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = require("path");
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
    const convertedVal = utils_toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return file_command_issueFileCommand('ENV', file_command_prepareKeyValueMessage(name, val));
    }
    command_issueCommand('set-env', { name }, convertedVal);
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
function core_setSecret(secret) {
    issueCommand('add-mask', {}, secret);
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
    process.stdout.write(external_os_namespaceObject.EOL);
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
    process.stdout.write(message + external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=6ae3d40069f1a6869629317f4d108d60728319f3adf0b287ab6c302a9e4b2003/node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
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
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
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
        return summary_awaiter(this, void 0, void 0, function* () {
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
        return summary_awaiter(this, void 0, void 0, function* () {
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
        return this.addRaw(external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: ./packages/core/src/distribution/printable-name.ts
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

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __nccwpck_require__(662);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = require("node:crypto");
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
        token = (0,external_node_crypto_namespaceObject.randomBytes)(16).toString('hex');
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
    get: (name) => getInput(name, { trimWhitespace: false }),
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
            setSecret(secret);
}
// The runner's rule for a variable name in GITHUB_ENV (a shell-safe identifier); an output name may
// also hold hyphens (as action.yml output names do).
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Sets a variable for later steps; a name the runner would not take as one name is refused. */
function src_exportVariable(name, value) {
    if (!ENV_NAME.test(name)) {
        throw new errors/* InputError */.dz(`refusing to export '${escapeControlCharacters(name)}': not a variable name ([A-Za-z_][A-Za-z0-9_]*)`);
    }
    exportVariable(name, value);
}
/** Sets the step's outputs; names are ours, checked anyway so no value can ever become a name. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (!OUTPUT_NAME.test(name))
            throw new Error(`output name ${JSON.stringify(name)} is not a valid output name`);
        setOutput(name, value);
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
    info(guardWorkflowCommands(text, external_node_os_namespaceObject.EOL));
}
/** Core's logger on the runner: info as untrusted text, warnings as annotations, groups as log groups. */
const actionLogger = {
    info: printUntrusted,
    // Annotation and debug messages are escaped by the toolkit (%0A), so they are one line each.
    debug: (message) => debug(message),
    warning: (message, where) => warning(message, {
        ...(where?.file ? { file: where.file } : {}),
        ...(where?.line ? { startLine: where.line } : {}),
    }),
    group: (title, fn) => group(title, fn),
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
        setFailed(message);
        if (hint)
            printUntrusted(`hint: ${hint}`);
        if (bug && caught instanceof Error && caught.stack)
            debug(caught.stack);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/channels/index.ts
/**
 * Release policy that is not about one version's bytes: where the three indexes (unstable → testing →
 * stable) are, whether this run publishes at all, and how far this run may promote. The reusable workflow
 * (through pep440-version's and promote's inputs and outputs) and `wheelwright pipeline` both use these
 * rules, so a workflow file never re-states them in shell or expressions.
 *
 * Kept free of stores, HTTP and the runner: pep440-version loads it on its fast path.
 */


const RELEASE_CHANNELS = ['unstable', 'testing', 'stable'];
/**
 * The trigger of a run from its git ref as GitHub names it (`refs/tags/v1.0`, `refs/heads/main`,
 * `refs/pull/7/merge`); no ref (a laptop) is `local`.
 */
function triggerOfRef(ref) {
    if (ref === '')
        return { kind: 'local' };
    if (ref.startsWith('refs/tags/'))
        return { kind: 'tag', ref: ref.slice('refs/tags/'.length) };
    return { kind: 'branch', ref: ref.replace(/^refs\/(heads|pull)\//, '') };
}
/**
 * GitHub (`GITHUB_REF`), GitLab (`CI_COMMIT_TAG`, `CI_COMMIT_BRANCH`), Jenkins (`TAG_NAME`, `BRANCH_NAME`):
 * a tag build is a release of that tag; a branch build is not, even on a tagged commit. Without hints (a
 * laptop) the trigger is `local`, and the version's own tag decides.
 */
function releaseTrigger(env = process.env) {
    const githubRef = env.GITHUB_ACTIONS === 'true' ? env.GITHUB_REF : undefined;
    if (githubRef?.startsWith('refs/'))
        return triggerOfRef(githubRef);
    if (env.CI_COMMIT_TAG)
        return { kind: 'tag', ref: env.CI_COMMIT_TAG };
    if (env.CI_COMMIT_BRANCH || env.CI_MERGE_REQUEST_IID)
        return { kind: 'branch', ref: env.CI_COMMIT_BRANCH ?? '' };
    if (env.TAG_NAME)
        return { kind: 'tag', ref: env.TAG_NAME };
    if (env.BRANCH_NAME)
        return { kind: 'branch', ref: env.BRANCH_NAME };
    return { kind: 'local' };
}
/**
 * The highest index this run may promote to. `stable` needs a final version (its channel) that is the
 * release of a tag: the trigger's tag (CI), or on a laptop a clean checkout exactly at the tag.
 */
function releaseTarget(version, trigger) {
    if (version.channel !== 'stable')
        return 'testing';
    const atTag = version.tag !== '' && version.distance === 0 && !version.dirty;
    if (trigger.kind === 'tag' || trigger.kind === 'local')
        return atTag ? 'stable' : 'testing';
    return 'testing';
}
/** Why this run may not promote to `channel` (undefined: it may), in words a notice can print. */
function promotionHeldBack(channel, version, trigger) {
    if (channel !== 'stable' || releaseTarget(version, trigger) === 'stable')
        return undefined;
    if (version.channel !== 'stable')
        return 'the version is not a final release, so it stays in testing';
    if (trigger.kind === 'branch')
        return `the run was triggered by ${trigger.ref ? `'${trigger.ref}'` : 'a branch'}, not a release tag; a final version reaches stable only from its tag`;
    if (version.tag === '')
        return 'the build was made at no tag; a final version reaches stable only from its release tag';
    return `the build was made ${version.dirty ? 'from a modified checkout' : `${version.distance} commits after`} tag ${version.tag}, not at it`;
}
const DEFAULT_INDEX_NAMES = { unstable: 'unstable', testing: 'testing', stable: 'stable' };
function joinIndex(store, name) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(store))
        return `${store.replace(/\/+$/, '')}/${name}`;
    return (0,external_node_path_.join)((0,external_node_path_.isAbsolute)(store) ? store : (0,external_node_path_.resolve)(store), name);
}
/**
 * The three indexes: an explicit URL wins over `<store>/<name>`; with neither store nor URL the default
 * file store; a run that publishes nothing (publish false, a pull request) always the temporary one.
 * A channel with neither a URL nor a store to join is an error naming both options.
 */
function resolveIndexes(settings, places) {
    const names = Object.fromEntries(RELEASE_CHANNELS.map((channel) => [channel, settings.names[channel].trim() || DEFAULT_INDEX_NAMES[channel]]));
    const publishes = settings.publish && settings.pullRequest !== true;
    if (!publishes) {
        return {
            unstable: joinIndex(places.temporaryStore, names.unstable),
            testing: joinIndex(places.temporaryStore, names.testing),
            stable: joinIndex(places.temporaryStore, names.stable),
            embedded: true,
            publishes,
        };
    }
    const urls = settings.urls;
    const anyUrl = RELEASE_CHANNELS.some((channel) => urls[channel].trim() !== '');
    const named = settings.store.trim();
    const store = named || (anyUrl ? '' : places.defaultStore);
    const pick = (channel) => {
        const url = urls[channel].trim();
        if (url !== '')
            return url;
        if (store === '')
            throw new errors/* InputError */.dz(`no ${channel} index: set input 'store' or input '${channel}-url'`, {
                hint: 'give one store holding the three indexes, or all three index URLs',
                options: [{ name: 'store' }, { name: `${channel}-url` }],
            });
        return joinIndex(store, names[channel]);
    };
    return {
        unstable: pick('unstable'),
        testing: pick('testing'),
        stable: pick('stable'),
        embedded: named === '' && !anyUrl,
        publishes,
    };
}
/** pep440-version's index outputs, by name. */
function indexOutputs(indexes) {
    return {
        'unstable-store': indexes.unstable,
        'testing-store': indexes.testing,
        'stable-store': indexes.stable,
        'embedded-store': String(indexes.embedded),
        publishes: String(indexes.publishes),
    };
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

;// CONCATENATED MODULE: ./packages/core/src/contract/version.ts



/** pep440-version's options, from its action.yml inputs. */
function readVersionOptions(source, context) {
    const i = new OptionReader(source);
    return {
        path: (0,external_node_path_.resolve)(context.workspace, i.text('path') || '.'),
        versionScheme: i.text('version-scheme'),
        localScheme: i.text('local-scheme'),
        tagRegex: i.text('tag-regex'),
        fallbackVersion: i.text('fallback-version'),
        pretendVersion: i.text('pretend-version'),
        distName: i.text('dist-name'),
        fetchTags: i.bool('fetch-tags', true),
        exportEnv: i.bool('export-env', false),
        failOnDirty: i.bool('fail-on-dirty', false),
        env: context.env,
        githubRef: context.ref,
        // The path's errors name it as the front end does (`input 'path'`, `option '--path'`).
        pathWhat: source.label('path'),
    };
}
/**
 * Where the release's indexes are (pep440-version's store inputs, read at the first step of the workflow so
 * later jobs get them as outputs). `ownStore` is the front end's file store, used when no store is named
 * and by a run that publishes nothing; a relative folder store is the workspace's.
 */
function readIndexes(source, context, run) {
    const i = new OptionReader(source);
    const store = i.text('store');
    return resolveIndexes({
        store: store === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(store) || (0,external_node_path_.isAbsolute)(store) ? store : (0,external_node_path_.resolve)(context.workspace, store),
        names: { unstable: i.text('unstable-index'), testing: i.text('testing-index'), stable: i.text('stable-index') },
        urls: { unstable: i.text('unstable-url'), testing: i.text('testing-url'), stable: i.text('stable-url') },
        publish: i.bool('publish', true),
        pullRequest: run.pullRequest,
    }, { defaultStore: run.ownStore, temporaryStore: run.ownStore });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./packages/core/src/distribution/project-name.ts
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

;// CONCATENATED MODULE: ./packages/core/src/pep440/index.ts
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
        throw new errors/* WheelwrightError */.LJ('version', `${what} '${text}' is not a valid PEP 440 version`, {
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
    const path = join(dir, 'pyproject.toml');
    let text;
    try {
        text = await fsPromises.readFile(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    return pyproject_parsePyproject(text, path);
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
    return pyproject_parsePyproject(text, path);
}
/** Parses pyproject.toml text; ConfigError naming `path` when it is broken. */
function pyproject_parsePyproject(text, path) {
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
function pyproject_table(root, dottedKey, source = 'pyproject.toml') {
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
    const version = tryParseVersion(found.version);
    if (!version)
        throw failure();
    if (found.suffix === '')
        return { versionText: found.version, version, warning: undefined };
    const withSuffix = tryParseVersion(found.version + found.suffix);
    if (withSuffix)
        return { versionText: found.version, version: withSuffix, warning: undefined, suffixKept: found.suffix };
    return {
        versionText: found.version,
        version,
        warning: `tag '${tag}' will be stripped of its suffix '${found.suffix}'`,
    };
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
    const parsed = tryParseVersion(next);
    if (!parsed)
        throw schemeError(`calver-by-date produced '${next}', which is not a version`);
    return formatVersion(parsed);
}
function branchVersion(text, v) {
    return matchTag(text, v.tagPattern, v.tagPrefix)?.version;
}
/** The main (public) version by the named scheme; `warnings` collects what setuptools_scm would warn. */
function applyVersionScheme(scheme, v, warnings = []) {
    const canonical = VERSION_SCHEMES[scheme];
    // The scheme sees the tag without its local part (format_version passes Version(tag.public)).
    const base = { ...v.tag, local: undefined };
    const tag = v.tagText ?? publicVersion(base);
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

// EXTERNAL MODULE: ./packages/core/src/process/index.ts + 1 modules
var src_process = __nccwpck_require__(894);
// EXTERNAL MODULE: ./packages/core/src/scm/git-process.ts
var git_process = __nccwpck_require__(918);
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
        this.env = (0,git_process/* gitEnvironment */._K)(env);
    }
    /**
     * setuptools_scm only probes `root` itself (a `.git` directory or worktree file there); a sub-directory
     * of a work tree is not a git root for it, unless search_parent_directories is set.
     */
    static isRoot(root) {
        return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, '.git'));
    }
    git(args, okCodes = [0], timeoutMs = 40_000) {
        return (0,git_process/* runGit */.EO)(this.root, this.env, args, okCodes, timeoutMs);
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
        const result = (await (0,git_process/* takePrefetched */.MN)(this.root, command, this.env)) ??
            (program === 'git'
                ? await this.git(args, git_process/* DESCRIBE_OK_CODES */.Ac)
                : await (0,src_process/* run */.e)(program ?? 'git', args, { cwd: this.root, env: this.env, okCodes: git_process/* DESCRIBE_OK_CODES */.Ac, timeoutMs: 40_000 }));
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
    const gitEnv = (0,git_process/* gitEnvironment */._K)(env);
    const git = (args, okCodes = [0]) => (0,git_process/* runGitIn */.xm)(dir, args, { env: gitEnv, okCodes, timeoutMs: 60_000 });
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
        throw new WheelwrightError('version', `'${version}' is not a version to write into ${file}`);
    const replaced = replaceInTable(text, 'tool.poetry', /^(\s*version\s*=\s*)(["'])[^"'\n]*\2/m, `$1"${version}"`);
    if (replaced === undefined)
        throw new ConfigError(`${file}: the [tool.poetry] version placeholder is not a plain 'version = "0.0.0"' line, so it cannot be replaced`, {
            hint: 'write version = "0.0.0" on its own line in [tool.poetry]',
        });
    const disabled = replaceInTable(replaced, 'tool.poetry-dynamic-versioning', /^(\s*enable\s*=\s*)true\b/m, '$1false') ?? replaced;
    const check = parsePyproject(disabled, file).data;
    if (table(check, 'tool.poetry', file)?.version !== version)
        throw new ConfigError(`${file}: replacing the [tool.poetry] version placeholder did not give version ${version}`);
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
        return tryParseVersion('0.0.0');
    }
    if (found.suffix)
        warnings.push(`tag '${tag}' will be stripped of its suffix '${found.suffix}'`);
    const version = tryParseVersion(found.version);
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
    const gitEnv = (0,git_process/* gitEnvironment */._K)(env);
    const top = await (0,git_process/* runGitIn */.xm)(dir, ['rev-parse', '--show-toplevel'], { env: gitEnv, okCodes: [0, 128] });
    const repo = top.stdout.trim();
    if (top.code !== 0 || repo === '')
        return undefined;
    const git = (args, okCodes = [0]) => (0,git_process/* runGitIn */.xm)(repo, args, { env: gitEnv, okCodes, timeoutMs: 60_000 });
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
    const zero = tryParseVersion('0.0');
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
    const text = formatVersion(version).split('+')[0];
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
    const main = scm.distance === undefined ? formatVersion(scm.version) : `${pdm_scm_guessNextVersion(scm.version)}.dev${scm.distance}`;
    const date = `${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, '0')}${String(now.getUTCDate()).padStart(2, '0')}`;
    const plain = scm.distance === undefined || scm.node === undefined;
    const local = scm.dirty ? (plain ? `+d${date}` : `+${scm.node}.d${date}`) : plain ? '' : `+${scm.node}`;
    return main + local;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/valid.js
var valid = __nccwpck_require__(988);
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
const VERSION_SOURCE_NAMES = {
    static: 'static version',
    setuptools_scm: 'setuptools_scm',
    'hatch-vcs': 'hatch-vcs (setuptools_scm)',
    'poetry-dynamic-versioning': 'poetry-dynamic-versioning (dunamai)',
    'pdm-scm': 'pdm-backend SCM',
    pretend: 'pretend version',
};
/** The environment variable the project's own build backend takes a version from, for the tool sources. */
const BUILD_VERSION_VARIABLES = {
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
        const found = pyproject_table(data, `tool.${name}`, file);
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
    const data = pyprojectText === undefined ? undefined : pyproject_parsePyproject(pyprojectText, pyprojectPath).data;
    const setupCfgText = readText((0,external_node_path_.join)(dir, 'setup.cfg'));
    const setupCfg = setupCfgText === undefined ? undefined : parseSetupCfg(setupCfgText);
    const setupPy = readText((0,external_node_path_.join)(dir, 'setup.py'));
    const notes = [];
    const project = data ? pyproject_table(data, 'project', pyprojectPath) : undefined;
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
    const buildSystem = data ? pyproject_table(data, 'build-system', pyprojectPath) : undefined;
    const backend = typeof buildSystem?.['build-backend'] === 'string' ? buildSystem['build-backend'] : 'setuptools.build_meta';
    const requires = requirementNames(stringList(buildSystem?.requires));
    const tool = (key) => (data ? pyproject_table(data, key, pyprojectPath) : undefined);
    if (backend.startsWith('hatchling')) {
        const hatchVersion = tool('tool.hatch.version') ?? {};
        const sourceName = typeof hatchVersion.source === 'string' ? hatchVersion.source : 'regex';
        if (sourceName === 'vcs') {
            // hatch-vcs: setuptools_scm.get_version(**raw-options, root=<project>), tag-pattern and
            // fallback-version mapped onto setuptools_scm's keys; pyproject's [tool.setuptools_scm] is not read.
            const raw = pyproject_table(hatchVersion, 'raw-options', `${pyprojectPath} [tool.hatch.version]`) ?? {};
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
        const packageDirs = pyproject_table(tool('tool.setuptools') ?? {}, 'package-dir', pyprojectPath);
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
        const source = detectVersionSource(projectDir, 'path', { gitTopLevel: existsSync(join(projectDir, '.git')) });
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
    const tagTable = pyproject_table(settings, 'tag', where);
    const gitTable = pyproject_table(settings, 'scm.git', where);
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
    const message = `${what} '${escapeControlCharacters(name)}' is not a valid project name`;
    if (what.startsWith('input'))
        throw new errors/* InputError */.dz(message, { hint, options: [{ name: 'dist-name' }] });
    throw new errors/* ConfigError */.xL(message, { hint });
}
// setuptools_scm: dist_env_suffix — canonicalize_name, then `-` → `_`, upper case.
function distEnvSuffix(distName) {
    return canonicalizeName(distName).replace(/-/g, '_').toUpperCase();
}
/** PEP 503 name normalization. */
const canonicalizeName = normalizeProjectName;
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
    (0,git_process/* prefetchDescribe */.J9)(dir, env);
    try {
        return await computeIn(dir, options, env, logger, warnings, warn);
    }
    finally {
        // A describe started for this folder and not used now must never answer a later call.
        (0,git_process/* discardPrefetched */.Tu)(dir);
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
    if (config.fallbackVersion !== undefined && !tryParseVersion(config.fallbackVersion)) {
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
        if (!tryParseVersion(pretend.value)) {
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
    const command = config.describeCommand ?? (0,git_process/* describeCommand */.vL)((0,git_process/* describeMatchGlob */.fC)(config.tagPrefix, config.tagStrict));
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
        const glob = (0,git_process/* describeMatchGlob */.fC)(config.tagPrefix, config.tagStrict);
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
            !globMatches((0,git_process/* describeMatchGlob */.fC)(config.tagPrefix, true), description.tag)) {
            warn(`tag.strict is not set, and the future default (strict) would not accept tag '${description.tag}' (setuptools_scm warns the same)`);
        }
    }
    else {
        // setuptools_scm: no usable describe → fallback_version (or 0.0) as the tag, every commit counted.
        description = await workdir.describeWithoutTag();
        const text = config.fallbackVersion ?? '0.0';
        tag = { version: tryParseVersion(text), text: config.normalize ? undefined : text.split('+')[0] };
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
                tag: parsed?.version ?? tryParseVersion('0.0'),
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
        const parsed = found && tryParseVersion(found.version);
        if (parsed) {
            warn(`${config.root} is not a git work tree: using the version ${formatVersion(parsed)} from the folder name ${name}`);
            return finish(options, config, base, warnings, {
                version: formatVersion(parsed),
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
    const parsed = tryParseVersion(written);
    if (!parsed) {
        throw new errors/* ConfigError */.xL(`${source.where} '${written}' in ${dir} is not a valid PEP 440 version`, {
            hint: 'write a PEP 440 version such as 1.2.3, 1.2.3rc1 or 1.2.3.dev0',
        });
    }
    const version = formatVersion(parsed);
    const top = enclosingGitRoot(dir);
    let description = { tag: undefined, distance: 0, node: undefined, dirty: false, describeOutput: '' };
    let command = '';
    // A tag on HEAD that names exactly the static version is the release's tag (a release-tag build of a
    // static project may reach stable); any other tag is only the nearest one, for the summary.
    let releaseTag;
    if (top !== undefined) {
        const workdir = new GitWorkdir(top, env);
        const argv = (0,git_process/* describeCommand */.vL)((0,git_process/* describeMatchGlob */.fC)('', undefined));
        command = argv.join(' ');
        description = (await workdir.describe(argv)) ?? (await workdir.describeWithoutTag());
        if (options.failOnDirty && description.dirty)
            throw await dirtyError(workdir);
        if (description.tag !== undefined && description.distance === 0) {
            const tagged = matchTag(description.tag, compileTagRegex(undefined));
            const tagVersion = tagged && tryParseVersion(tagged.version);
            if (tagVersion && (formatVersion(tagVersion) === version || publicVersion(tagVersion) === version)) {
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
    const toolName = VERSION_SOURCE_NAMES[source.kind];
    // The version as the build will write it (the backends normalize it): PEP 440 or nothing.
    const accepted = (text, what) => {
        const parsed = tryParseVersion(text);
        if (!parsed)
            // The text can come from a file of the project: shown short and with no line break it could forge.
            throw new errors/* WheelwrightError */.LJ('version', `${what} '${printableName(text.length > 80 ? `${text.slice(0, 80)}…` : text)}' is not a PEP 440 version`, {
                hint: 'the build would fail on it too: change the style/format or the tag, or pass a PEP 440 version',
            });
        return { version: formatVersion(parsed), raw: text };
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
    if (tryParseVersion(formatted))
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
    const parsed = tryParseVersion(derived.version);
    if (!parsed) {
        throw new errors/* WheelwrightError */.LJ('version', `setuptools_scm's scheme ${base.versionScheme} gives '${derived.version}', which is not a PEP 440 version`, { hint: 'the build would fail on it too: choose another version_scheme or retag' });
    }
    const classification = classifyVersion(parsed);
    const exportVariables = {};
    // A static version needs no pretend variables: the build reads it from the project itself.
    const buildVariable = BUILD_VERSION_VARIABLES[base.versionSource];
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
        publicVersion: publicVersion(parsed),
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
        ? `the static version in ${result.versionSourceWhere}${result.writtenVersion ? ` (written ${markdownCode(result.writtenVersion)})` : ''}, not git${result.nearestTag ? ` (nearest tag ${markdownCode(result.nearestTag)})` : ''}`
        : result.source === 'pretend'
            ? 'a pretend version (not from git)'
            : result.source === 'fallback'
                ? 'the fallback version (no git work tree)'
                : result.source === 'archival'
                    ? `the git archive's .git_archival.txt${result.tag ? ` (tag ${markdownCode(result.tag)})` : ''}`
                    : result.source === 'pkg-info'
                        ? "the sdist's PKG-INFO"
                        : result.tag
                            ? `tag ${markdownCode(result.tag)}${result.triggerTag && result.setuptoolsScmTag ? ` (named by GITHUB_REF; setuptools_scm alone would pick ${markdownCode(result.setuptoolsScmTag)})` : ''}`
                            : `no tag reachable from HEAD (${tool ? VERSION_SOURCE_NAMES[result.versionSource] : 'setuptools_scm'} counts every commit)`;
    const rows = [
        ['Version', markdownCode(result.version)],
        [
            'Version source',
            `${markdownCode(result.versionSource)}${tool ? ` — ${VERSION_SOURCE_NAMES[result.versionSource]}` : ''} (${result.versionSourceWhere})`,
        ],
        ['Derived from', from],
        ['Distance', String(result.distance)],
        ['Dirty', String(result.dirty)],
        ['Node', markdownCode(result.node)],
        ...(result.source === 'static'
            ? []
            : tool
                ? [['Format', `${markdownCode(result.versionScheme)}${result.writtenVersion ? ` (written ${markdownCode(result.writtenVersion)})` : ''}`]]
                : [['Schemes', `${markdownCode(result.versionScheme)} + ${markdownCode(result.localScheme)}`]]),
        ['Kind', `${c.kind} → highest channel **${c.channel}**`],
        ['Public / base', `${markdownCode(result.publicVersion)} / ${markdownCode(result.baseVersion)}`],
        ['SemVer', markdownCode(result.semver)],
    ];
    if (result.describeCommand)
        rows.push(['git', `${markdownCode(result.describeCommand)} → ${markdownCode(result.describeOutput)}`]);
    if (result.fetched)
        rows.push(['Fetched', result.fetched]);
    if (result.configFile)
        rows.push(['Configuration', markdownCode(result.configFile)]);
    const exported = Object.keys(result.exportVariables);
    if (exported.length > 0)
        rows.push(['Exported', exported.map(markdownCode).join(', ')]);
    const lines = ['### PEP 440 version', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
    if (result.warnings.length > 0)
        lines.push('', ...result.warnings.map((w) => `> ⚠️ ${w}`));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/pep440-version/src/main.ts






// A pull request's build is never published to the real indexes, whatever the caller's publish says.
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
function run() {
    return runAction(async () => {
        const where = runnerContext();
        // The indexes are resolved first: a wrong store input fails before git is asked anything. The run's own
        // store lives in the runner's temp folder (the reusable workflow carries it between jobs as an artifact).
        const ownStore = (0,external_node_path_.join)(where.tempDir, 'wheelwright-store');
        const indexes = readIndexes(runnerInputs, where, { pullRequest: PULL_REQUEST_EVENTS.includes(context.eventName), ownStore });
        const result = await computeVersion(readVersionOptions(runnerInputs, where), actionLogger);
        setOutputs({ ...versionOutputs(result), ...indexOutputs(indexes) });
        for (const [name, value] of Object.entries(result.exportVariables))
            src_exportVariable(name, value);
        actionLogger.info(`Version ${result.version} (${result.classification.kind}, channel ${result.classification.channel})`);
        if (!indexes.publishes)
            actionLogger.info(`This run publishes nothing: the indexes are the run's own store ${ownStore}`);
        await appendSummary(summaryMarkdown(result));
    });
}


/***/ }),

/***/ 662:
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

/***/ 894:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = require("node:child_process");
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __nccwpck_require__(662);
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

/***/ 918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ DESCRIBE_OK_CODES),
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   J9: () => (/* binding */ prefetchDescribe),
/* harmony export */   MN: () => (/* binding */ takePrefetched),
/* harmony export */   Tu: () => (/* binding */ discardPrefetched),
/* harmony export */   _K: () => (/* binding */ gitEnvironment),
/* harmony export */   fC: () => (/* binding */ describeMatchGlob),
/* harmony export */   vL: () => (/* binding */ describeCommand),
/* harmony export */   xm: () => (/* binding */ runGitIn)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _process_index__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(894);
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
    return (0,_process_index__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)('git', options.gitDir === undefined ? args : ['--git-dir', options.gitDir, ...args], {
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
    return runGitIn(root, args, { gitDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, '.git'), env, okCodes, timeoutMs });
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
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, '.git')))
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


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _wheelwright_core_scm__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(918);


// Start-up order matters here (bench/pep440-version.mjs): `git describe` starts first, so the child runs on
// another core while the rest of the bundle (TOML parser, semver, runner protocol) is evaluated. `require`
// (not `import`, which is hoisted) defers that evaluation; ncc inlines it in the same file, no chunk.
(0,_wheelwright_core_scm__WEBPACK_IMPORTED_MODULE_1__/* .prefetchDescribe */ .J9)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.env.INPUT_PATH?.trim() || '.'));
const { run } = __nccwpck_require__(611);
// No top-level await: the bundle is CommonJS (see package.json). runAction() reports every failure.
void run();

module.exports = __webpack_exports__;
/******/ })()
;