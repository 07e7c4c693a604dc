"use strict";
exports.id = 300;
exports.ids = [300];
exports.modules = {

/***/ 300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  computeVersion: () => (/* binding */ computeVersion),
  summaryMarkdown: () => (/* binding */ summaryMarkdown),
  versionOutputs: () => (/* binding */ versionOutputs)
});

// UNUSED EXPORTS: BUILD_VERSION_VARIABLES, VERSION_SOURCE_NAMES, canonicalizeName, checkProjectPath, checkVersionProject, detectVersionSource, distEnvSuffix, isProjectDir, nearestProjectAbove, noProjectError, parseSetupCfg, readPretendVersion, readsWithoutProjectFile, substitutePoetryVersion, toSemver, useScmVersionKeyword, versionGivenExplicitly, versionOrigin

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: ./packages/core/src/distribution/printable-name.ts
var printable_name = __webpack_require__(970);
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

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(662);
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

// EXTERNAL MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(41);
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
        return { path, data: (0,dist/* parse */.qg)(text) };
    }
    catch (error) {
        const where = error instanceof dist/* TomlError */.zx ? ` at line ${error.line}, column ${error.column}` : '';
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
        hint: "setuptools_scm fails on this tag too: delete or move the tag, or set input 'tag-regex' / [tool.setuptools_scm] tag.prefix so it is skipped",
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
function parseDate(text, fourDigitYear) {
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
        const tagDate = parseDate(match.date, fourDigitYear);
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
var src_process = __webpack_require__(894);
// EXTERNAL MODULE: ./packages/core/src/scm/git-process.ts
var git_process = __webpack_require__(918);
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
                hint: "check out with fetch-depth 0 (actions/checkout), or set 'fetch-tags: false' to compute from the history that is there",
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
        const data = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(path, 'utf8'));
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
;// CONCATENATED MODULE: ./packages/core/src/version/shallow-cut.ts
/**
 * A shallow clone the version step may not fetch (fetch-tags off) holds only part of the history. dunamai and
 * pdm-backend answer from the commits that are there, which is a wrong version whenever the part they need is
 * missing; this finds those cases so they are errors, never a version:
 * - no matching tag in the history held: the tools fall back to 0.0.0 counting only the fetched commits;
 * - a commit where the clone is cut (git's shallow file lists them) lies between the tag and HEAD: the
 *   distance counts only the fetched commits since the tag.
 * With the tag and every commit since it present, the answer is the full clone's.
 */



/** git's shallow file is one commit id a line; one of more than this is no file git wrote for a clone. */
const MAX_SHALLOW_BYTES = 4_000_000;
async function shallowCut(dir, git, tag, tool, 
/** The tool's own way out, added to the hint (dunamai: `fix-shallow-repository = true`). */
toolRemedy) {
    const hint = `fetch the history (actions/checkout with fetch-depth 0), or leave input 'fetch-tags' on${toolRemedy ? `, or set ${toolRemedy}` : ''}`;
    if (tag === undefined)
        return new errors/* WheelwrightError */.LJ('git', `${dir} is a shallow clone and no tag matching the pattern is in the history it holds: ${tool} would give 0.0.0 counting only the fetched commits`, { hint });
    const [path, between] = await Promise.all([git(['rev-parse', '--git-path', 'shallow']), git(['rev-list', `refs/tags/${tag}..HEAD`])]);
    const shallowFile = (0,external_node_path_.resolve)(dir, path.stdout.trim());
    // The size is checked before the file is read, not after.
    if (((await (0,promises_.stat)(shallowFile).catch(() => undefined))?.size ?? 0) > MAX_SHALLOW_BYTES)
        return new errors/* WheelwrightError */.LJ('git', `${dir}: git's shallow file is larger than ${MAX_SHALLOW_BYTES} bytes`);
    const text = await (0,promises_.readFile)(shallowFile, 'utf8').catch(() => '');
    const cuts = new Set(text.split(/\s+/).filter((line) => line !== ''));
    if (between.stdout.split(/\s+/).some((commit) => cuts.has(commit)))
        return new errors/* WheelwrightError */.LJ('git', `${dir} is a shallow clone cut between tag ${tag} and HEAD: ${tool} would count only the fetched commits since the tag`, { hint });
    return undefined;
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
            hint: 'set vcs = "git" (or leave it out), or pass the version with input \'pretend-version\'',
        });
    if (settings['format-jinja'] !== undefined && settings['format-jinja'] !== '')
        throw new errors/* ConfigError */.xL(`${where}: format-jinja is a Jinja template, which Wheelwright does not evaluate`, {
            hint: 'use the plain format key (dunamai placeholders such as "{base}.post{distance}"), or pass the version with input \'pretend-version\'',
        });
    if (bool('highest-tag', false))
        throw new errors/* ConfigError */.xL(`${where}: highest-tag is not supported by Wheelwright (only the nearest matching tag)`, {
            hint: "remove highest-tag, or pass the version with input 'pretend-version'",
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
            hint: "check the repository out with its history (actions/checkout with fetch-depth 0), or pass the version with input 'pretend-version'",
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
    // A shallow clone that was not fetched (fetch-tags false without fix-shallow-repository): an error where
    // dunamai would count only the commits that are there.
    const cutOff = (tag) => isShallow ? shallowCut(dir, git, tag, 'dunamai', 'fix-shallow-repository = true') : undefined;
    if (refs.stdout.trim() === '') {
        const problem = await cutOff(undefined);
        if (problem)
            throw problem;
        return fallback({ ...facts, distance: await countAll() }, full);
    }
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
    const problem = await cutOff(matched?.tag);
    if (problem)
        throw problem;
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
        throw new errors/* ConfigError */.xL(`${where}: version_format names a Python callable (${String(settings.version_format)}), which only running project code can apply`, { hint: "remove version_format to use pdm-backend's default format, or pass the version with input 'pretend-version'" });
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
    // Not fetched (fetch-tags off): an error where pdm-backend would count only the commits that are there.
    const cut = (tag) => (shallow && headHash !== undefined ? shallowCut(repo, git, tag, 'pdm-backend') : undefined);
    if (describe.code !== 0) {
        const problem = await cut(undefined);
        if (problem)
            throw problem;
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
    const problem = await cut(tag);
    if (problem)
        throw problem;
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

// EXTERNAL MODULE: ./packages/core/src/version/project-folder.ts
var project_folder = __webpack_require__(139);
// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/valid.js
var valid = __webpack_require__(988);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
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
            hint: 'write the version as a literal (__version__ = "1.2.3"), or pass it with input \'pretend-version\'',
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
        throw (0,project_folder/* noProjectError */.ji)(dir, what);
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
                    hint: "use hatchling's default form __version__ = \"1.2.3\", or pass the version with input 'pretend-version'",
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
                hint: 'write __version__ = "1.2.3", or pass the version with input \'pretend-version\'',
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
                throw new errors/* ConfigError */.xL(`${pyprojectPath}: [tool.pdm.version] source = "scm" needs "version" in [project] dynamic`, {
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
        hint: "set [project] version, configure setuptools_scm ([tool.setuptools_scm]), or pass the version with input 'pretend-version'",
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
        hint: `pass the version with input 'pretend-version'${bypass ? ` (and set ${bypass} for the build)` : ''}`,
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
    const dir = (0,project_folder/* checkVersionProject */.US)(options);
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
            gitTopLevel: (0,project_folder/* readsWithoutProjectFile */.hW)(dir),
            assumeScm: (0,project_folder/* versionGivenExplicitly */.pF)(options, env),
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
            warn(`the version comes from input 'pretend-version': ${source.where}`);
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
                hint: "set 'fetch-tags: true', or check out with fetch-depth 0",
            });
        }
        else if (options.fetchTags === false && config.preParse !== 'fetch_on_shallow') {
            warn(`"${gitRoot}" is shallow and may cause errors ('fetch-tags: false': the version is computed from the history that is there)`);
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
            warn(`several tags on HEAD: using ${refTag} (GITHUB_REF) where setuptools_scm alone would pick ${setuptoolsScmTag}; set 'export-env: true' so the build uses this version`);
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
        hint: "check the repository out (actions/checkout) with its history, or set input 'fallback-version'",
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
            throw new errors/* WheelwrightError */.LJ('version', `${what} '${(0,printable_name/* printableName */.Nt)(text.length > 80 ? `${text.slice(0, 80)}…` : text)}' is not a PEP 440 version`, {
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
/**
 * Where the version came from, in one short phrase for a step line: a static version is the project's own
 * (named with its setting, and the tag HEAD carries when that tag names it), never "no tag".
 */
function version_versionOrigin(result) {
    switch (result.source) {
        case 'static':
            return `static, ${result.versionSourceWhere}${result.tag ? `, at tag ${result.tag}` : ''}`;
        case 'pretend':
            return 'pretend version';
        case 'fallback':
            return 'fallback version, no git work tree';
        case 'archival':
            return `.git_archival.txt${result.tag ? `, tag ${result.tag}` : ''}`;
        case 'pkg-info':
            return "the sdist's PKG-INFO";
        case 'git':
            return result.tag ? `tag ${result.tag}, distance ${result.distance}` : 'no tag';
    }
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


/***/ })

};
;