export const id = 402;
export const ids = [402];
export const modules = {

/***/ 4402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assertTestsPassed: () => (/* reexport */ assertTestsPassed),
  cleanEnvSummaryMarkdown: () => (/* reexport */ cleanEnvSummaryMarkdown),
  cleanEnvTestOutputs: () => (/* reexport */ cleanEnvTestOutputs),
  testRelease: () => (/* reexport */ testRelease)
});

// UNUSED EXPORTS: checkTestTarget, closeNames, copyTests, failureLine, findReleaseFile, findTestDependencies, formatCounts, guardFailure, iniSection, parseJunitXml, parseTestDependencyChoice, readJunitXml, reportTestRun, requirementsFileInCheckout, resolveDependencyGroup, wheelTags

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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/.pnpm/fast-xml-parser@5.12.1/node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 28 modules
var XMLParser = __webpack_require__(8768);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
;// CONCATENATED MODULE: ./packages/core/src/clean-env/junit.ts
/**
 * pytest's JUnit XML, read for counts and for annotations. We ask pytest for the xunit1 family
 * (`-o junit_family=xunit1`), the one that keeps the `file` and `line` attributes of each testcase
 * (xunit2, pytest's default since 6.0, drops them); `line` is 0-based there (pytest's node location).
 */



function asArray(value) {
    if (value === undefined || value === null)
        return [];
    return (Array.isArray(value) ? value : [value]);
}
function junit_text(node) {
    if (typeof node === 'string')
        return node;
    if (node && typeof node === 'object')
        return String(node['#text'] ?? '');
    return '';
}
function attribute(node, name) {
    if (!node || typeof node !== 'object')
        return undefined;
    const value = node[`@_${name}`];
    return value === undefined ? undefined : String(value);
}
function caseId(testcase, file) {
    const name = attribute(testcase, 'name') ?? '';
    const classname = attribute(testcase, 'classname') ?? '';
    if (classname === '')
        return file ?? name; // a collection error names the module
    if (file) {
        // classname is the dotted module path plus classes; keep the classes after the module's part.
        const modulePath = file.replace(/\.py$/, '').replace(/\//g, '.');
        const classes = classname.startsWith(modulePath) ? classname.slice(modulePath.length).replace(/^\./, '') : '';
        return [file, ...(classes ? classes.split('.') : []), name].join('::');
    }
    return `${classname}::${name}`;
}
function parseJunitXml(xml) {
    const parser = new XMLParser/* default */.A({
        ignoreAttributes: false,
        attributeNamePrefix: '@_',
        parseAttributeValue: false,
        parseTagValue: false,
        trimValues: false,
        // pytest writes newlines in attributes as &#10;; numeric character references need this switch.
        htmlEntities: true,
        isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
    });
    const root = parser.parse(xml);
    const suites = root.testsuites ? asArray(root.testsuites.testsuite) : asArray(root.testsuite);
    const cases = [];
    for (const suite of suites) {
        for (const testcase of asArray(suite.testcase)) {
            const failures = asArray(testcase.failure);
            const errors = asArray(testcase.error);
            const skips = asArray(testcase.skipped);
            // A test that failed and then errored in teardown counts once, as failed (pytest counts both).
            const [outcome, element] = failures.length > 0
                ? ['failed', failures[0]]
                : errors.length > 0
                    ? ['error', errors[0]]
                    : skips.length > 0
                        ? ['skipped', skips[0]]
                        : ['passed', undefined];
            const file = attribute(testcase, 'file')?.replace(/\\/g, '/');
            const line = attribute(testcase, 'line');
            cases.push({
                id: caseId(testcase, file),
                outcome,
                file,
                line: line !== undefined && /^\d+$/.test(line) ? Number(line) + 1 : undefined,
                message: attribute(element, 'message') ?? '',
                details: junit_text(element),
            });
        }
    }
    const count = (outcome) => cases.filter((c) => c.outcome === outcome).length;
    return {
        counts: { passed: count('passed'), failed: count('failed'), errors: count('error'), skipped: count('skipped'), total: cases.length },
        cases,
    };
}
async function readJunitXml(path) {
    let xml;
    try {
        xml = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* WheelwrightError */.LJ('tests', `pytest wrote no JUnit XML report at ${path}`, {
            hint: 'pytest stopped before writing its report; its output is in the log above',
            cause: error,
        });
    }
    return parseJunitXml(xml);
}
/**
 * The line a failure points at in its test file: the innermost traceback entry in that file
 * (`tests/test_x.py:12: AssertionError`), else the test function's own line.
 */
function failureLine(testcase) {
    if (testcase.file) {
        // pytest writes the OS's separator in tracebacks (Windows: `tests\\test_x.py:12:`).
        const escaped = testcase.file
            .split(/[\\/]/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('[\\\\/]');
        const pattern = new RegExp(`(?:^|[\\s/\\\\'"])${escaped}:(\\d+)(?::|$)`, 'gm');
        let last;
        for (const match of testcase.details.matchAll(pattern))
            last = Number(match[1]);
        if (last !== undefined)
            return last;
    }
    return testcase.line;
}
function formatCounts(counts) {
    return `${counts.passed} passed, ${counts.failed} failed, ${counts.errors} errors, ${counts.skipped} skipped`;
}

;// CONCATENATED MODULE: ./packages/core/src/clean-env/summary.ts


/** The action's outputs, by output name (action.yml). */
function cleanEnvTestOutputs(result) {
    return {
        passed: String(result.counts.passed),
        failed: String(result.counts.failed),
        errors: String(result.counts.errors),
        skipped: String(result.counts.skipped),
        'junit-xml': result.junitXml,
        freeze: result.freeze,
        manifest: result.manifest ?? '',
        'test-dependencies': result.testDependencies.source,
    };
}
function table(header, rows) {
    return [
        `| ${header.map(markdownCell).join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
    ].join('\n');
}
const MAX_FAILURES = 25;
/** The job summary: counts, the failures with their messages, what was installed, the Python version. */
function cleanEnvSummaryMarkdown(result) {
    const icon = result.outcome === 'passed' ? '✅' : '❌';
    const parts = [
        `### ${icon} clean-env test of ${result.name} ${result.version}`,
        '',
        `${formatCounts(result.counts)} — Python ${result.python.version}, ${result.installer}, installed from \`${result.store.url}\` (${result.store.name})`,
        '',
        table(['passed', 'failed', 'errors', 'skipped'], [[String(result.counts.passed), String(result.counts.failed), String(result.counts.errors), String(result.counts.skipped)]]),
        '',
        `File: \`${result.file.filename}\` sha256 \`${result.file.sha256}\`${result.extras.length ? `, extras: ${result.extras.join(', ')}` : ''}`,
        '',
        `Test dependencies: ${markdownCell(result.testDependencies.source)}${result.testDependencies.requirements.length ? ` — ${result.testDependencies.requirements.map((r) => `\`${markdownCell(r)}\``).join(', ')}` : ''} · tests run ${result.testsFrom === 'checkout' ? 'in the checkout (checkout kept off sys.path)' : 'from a copy of the tests folder'}`,
        '',
        `Tests: ${result.tests.paths.map((path) => `\`${markdownCell(path)}\``).join(', ')} (${markdownCell(result.tests.source)})`,
    ];
    if (result.failures.length > 0) {
        parts.push('', '#### Failures', '');
        for (const failure of result.failures.slice(0, MAX_FAILURES)) {
            const where = failure.file ? ` (${failure.file}${failure.line ? `:${failure.line}` : ''})` : '';
            parts.push(`- **${failure.id}**${where} ${failure.outcome}: ${markdownCell(failure.message).slice(0, 300)}`);
        }
        if (result.failures.length > MAX_FAILURES)
            parts.push(`- … and ${result.failures.length - MAX_FAILURES} more (see the JUnit XML)`);
    }
    parts.push('', '<details><summary>Installed versions</summary>', '', table(['distribution', 'version'], result.installed.map((d) => [d.name, d.version])), '', '</details>', '');
    return parts.join('\n');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __webpack_require__(2640);
// EXTERNAL MODULE: ./packages/core/src/distribution/archive.ts
var archive = __webpack_require__(9217);
// EXTERNAL MODULE: ./packages/core/src/distribution/printable-name.ts
var printable_name = __webpack_require__(8970);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts
var pep440 = __webpack_require__(5282);
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
function parseArtefactFilename(filename) {
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
function artefact_filename_parseDistributionFilename(filename) {
    if (/[\\/]/.test(filename) || filename === '' || filename !== filename.trim()) {
        throw new errors/* InputError */.dz(`'${(0,printable_name/* printableName */.Nt)(filename)}' is not a distribution filename (it has a directory part or surrounding space)`);
    }
    const parsed = parseArtefactFilename(filename);
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
function core_metadata_parseCoreMetadata(text) {
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
function core_metadata_isMetadataMember(kind, path) {
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
    (0,archive/* archiveFormat */.MG)(path);
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
    await (0,archive/* walkArchive */.wU)(path, async (entry) => {
        if (entry.type !== 'file' || !core_metadata_isMetadataMember(kind, entry.path))
            return false;
        const text = (await (0,archive/* readEntry */.hB)(path, entry)).toString('utf8');
        found.push({ member: entry.path, text });
        // A wheel may (wrongly) carry several .dist-info folders; keep looking unless this is the expected one.
        return kind === 'sdist' || entry.path.startsWith(`${expectedDir}/`);
    });
    const chosen = found.find((item) => expectedDir !== undefined && item.member.startsWith(`${expectedDir}/`)) ?? found[0];
    if (!chosen) {
        const where = kind === 'wheel' ? '*.dist-info/METADATA' : '<top folder>/PKG-INFO';
        throw new errors/* WheelwrightError */.LJ('inspect', `${path} has no core metadata (${where})`, {
            hint: kind === 'wheel'
                ? 'the wheel was not written by a PEP 517 backend; rebuild it'
                : 'sdists must carry PKG-INFO (PEP 643); rebuild with python -m build --sdist',
        });
    }
    return { ...chosen, metadata: core_metadata_parseCoreMetadata(chosen.text) };
}
/** The parsed core metadata of a wheel or sdist (see readCoreMetadataFile). */
async function readCoreMetadata(path) {
    return (await readCoreMetadataFile(path)).metadata;
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
            hint: "pass the manifest output of build-wheel (or publish) as input 'manifest'",
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

// EXTERNAL MODULE: ./packages/core/src/process/index.ts + 1 modules
var src_process = __webpack_require__(6894);
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
        if (!statSync(path).isFile())
            return false;
        if (process.platform !== 'win32')
            accessSync(path, constants.X_OK);
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
    const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
    const suffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
    for (const candidate of candidatesFor(undefined)) {
        if (dirs.some((dir) => suffixes.some((suffix) => isExecutableFile(join(dir, `${candidate}${suffix}`)))))
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
        hint: "install Python (on GitHub: actions/setup-python) or set input 'python' to an interpreter path",
        options: [{ name: 'python' }],
        cause: lastError,
    });
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

// EXTERNAL MODULE: ./packages/core/src/log/index.ts
var log = __webpack_require__(437);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./packages/core/src/http/credentials.ts
var http_credentials = __webpack_require__(1671);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
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
        if (credentials && (0,http_credentials/* belongsToOrigin */.yM)(credentials, url))
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
            const fail = (what, expected) => new errors/* StoreError */.AD(redactSecrets(`${redactUrl(head.url)} answered ${what} (HTTP ${status}) where ${expected} was expected`, secrets), {
                status,
                hint: 'the URL does not lead to the index API: check the store URL (a login page or proxy may be answering instead)',
            });
            let value;
            try {
                value = JSON.parse(body.toString('utf8'));
            }
            catch {
                throw fail(describeAnswer(head.response.headers, body), 'JSON');
            }
            // Every index and token API answers an object; anything else would fail later as a bug
            // (`null.result`), so it is refused here with the URL.
            if (value === null || typeof value !== 'object' || Array.isArray(value))
                throw fail(`JSON ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`, 'a JSON object');
            return value;
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
        auth ??= (0,http_credentials/* basicCredentials */.BG)(url, decodeURIComponent(url.username), decodeURIComponent(url.password));
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
                if (auth && !(0,http_credentials/* belongsToOrigin */.yM)(auth, next))
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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
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
        const parsed = artefact_filename_parseDistributionFilename(filename);
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

// EXTERNAL MODULE: ./packages/core/src/http/multipart.ts
var multipart = __webpack_require__(9709);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

;// CONCATENATED MODULE: ./packages/core/src/store/pypiserver-names.ts
/**
 * How pypiserver names an upload. It files each upload under the project and version its filename spells,
 * by its own reading of the filename rather than the metadata; a filename it misreads would be listed under
 * another project, where pip never looks, so such a file is refused before anything is sent.
 */



/**
 * pypiserver (2.x) takes an upload's project and version from its filename, not its metadata: a wheel's
 * name ends before the first `-<digit>`; an sdist's (suffix removed) is all before its one `-`, or, with
 * several, before the first `-` followed by digits and then a letter, `.`, `_`, `!` or `+`. So a
 * legacy sdist `foo-2d-1.0.tar.gz` lands under project `foo`, version `2d-1.0`, where pip never looks.
 */
function pypiserverFiling(filename) {
    if (filename.endsWith('.whl')) {
        const wheel = /^(.+?)-(\d.*?)(?:-(\d.*?))?-(.+?)-(.+?)-(.+?)\.whl$/.exec(filename);
        return wheel ? { project: wheel[1] ?? '', version: wheel[3] ? `${wheel[2]}-${wheel[3]}` : (wheel[2] ?? '') } : undefined;
    }
    const suffix = /(\.zip|\.tar\.gz|\.tgz|\.tar\.bz2|\.tar\.xz|-py[23]\.\d-.*|\.win-amd64-py[23]\.\d\..*|\.win32-py[23]\.\d\..*|\.egg)$/i;
    if (!suffix.test(filename))
        return undefined;
    const stem = filename.replace(suffix, '');
    const dashes = stem.split('-').length - 1;
    if (dashes === 0)
        return { project: stem, version: '' };
    if (dashes === 1 || !stem.includes('.')) {
        const at = dashes === 1 ? stem.indexOf('-') : stem.lastIndexOf('-');
        return { project: stem.slice(0, at), version: stem.slice(at + 1) };
    }
    const project = stem.split(/-\d+[a-z_.!+]/i)[0] ?? stem;
    const rest = stem.slice(project.length + 1);
    return { project, version: rest.split(/[.-](?=cp\d|py\d|macosx|linux|sunos|solaris|irix|aix|cygwin|win)/i)[0] ?? rest };
}
/** Refuses a file pypiserver would list under another project than the one it belongs to. */
function refuseMisfiled(artefact, indexUrl) {
    const name = typeof artefact.metadata.Name === 'string' ? artefact.metadata.Name : splitArtefactFilename(artefact.filename)?.project;
    const filed = pypiserverFiling(artefact.filename);
    if (!name || !filed || (0,project_name/* normalizeProjectName */.yz)(filed.project) === (0,project_name/* normalizeProjectName */.yz)(name))
        return;
    const version = splitArtefactFilename(artefact.filename)?.version ?? (typeof artefact.metadata.Version === 'string' ? artefact.metadata.Version : '');
    const suffix = /\.(tar\.gz|zip|tar\.bz2|tar\.xz|tgz)$/.exec(artefact.filename)?.[0] ?? '.tar.gz';
    throw new errors/* StoreError */.AD(`pypiserver at ${redactUrl(indexUrl)} would file '${artefact.filename}' under project '${filed.project}' (version '${filed.version}'), not '${name}': it reads the project name from the filename, up to the first '-' followed by a digit; nothing was uploaded`, {
        code: 'policy',
        hint: `build the sdist with a backend that writes the normalized filename of PEP 625 (${(0,project_name/* normalizeProjectName */.yz)(name).replace(/-/g, '_')}-${version}${suffix}; setuptools 69.3 or newer does), or publish to a store that reads the metadata`,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/store/local-artefact.ts
/**
 * A built file on disk as the stores need it: name, size, sha256 and its core metadata (parsed for the
 * upload API's form fields, raw for the file index's PEP 658 file). Read with the one archive reader;
 * the metadata member is read up to a cap, and its Name and Version must agree with the filename, since
 * the filename decides where the file is filed and the metadata what the index records.
 */




async function readLocalArtefact(path) {
    const filename = basename(path);
    const parsed = parseDistributionFilename(filename);
    const expectedDir = parsed.kind === 'wheel' ? `${parsed.distribution}-${parsed.rawVersion}.dist-info/` : undefined;
    const found = [];
    await walkArchive(path, async (entry) => {
        if (entry.type !== 'file' || !isMetadataMember(parsed.kind, entry.path))
            return false;
        // Capped (the declared size first, then the bytes inflated): a 1 GB METADATA is refused, not read.
        found.push({ member: entry.path, text: (await readEntry(path, entry)).toString('utf8') });
        return parsed.kind === 'sdist' || entry.path.startsWith(expectedDir ?? '\0');
    });
    const chosen = found.find((item) => expectedDir !== undefined && item.member.startsWith(expectedDir)) ?? found[0];
    if (!chosen) {
        throw new WheelwrightError('inspect', `${path} has no core metadata (${parsed.kind === 'wheel' ? '*.dist-info/METADATA' : 'PKG-INFO'})`, {
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
        parsed = artefact_filename_parseDistributionFilename(artefact.filename);
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
        this.basic ??= (0,http_credentials/* basicCredentials */.BG)([this.indexUrl, this.uploadUrl], auth.username, auth.password);
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
                        : 'the store needs credentials: give a username and password (an API token with username __token__)',
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
        if (this.capabilities.namesFromFilename === 'pypiserver')
            refuseMisfiled(artefact, this.indexUrl);
        const version = splitArtefactFilename(artefact.filename)?.version ?? '';
        if (!this.capabilities.localVersions && localPart(version) !== undefined) {
            throw new errors/* StoreError */.AD(`'${artefact.filename}' has the local version ${version}, which ${redactUrl(this.uploadUrl)} rejects`, {
                code: 'policy',
                hint: "PyPI and TestPyPI refuse local versions (+…): build with pep440-version's 'local-scheme: no-local-version', or publish to another store",
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
                hint: "give the exact upload endpoint as input 'upload-url' (PyPI: https://upload.pypi.org/legacy/; pypiserver: the server root)",
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
                hint: "check the store URL, or give the upload endpoint as input 'upload-url'",
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
                hint: "set 'mode: copy', or delete the release in the server's own interface",
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
        return (0,http_credentials/* headerCredentials */.sy)(this.serverRoot, { 'X-Devpi-Auth': value }, [this.token]);
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
                    hint: "non-volatile devpi indexes keep every release: set 'mode: copy'",
                });
            }
            if (response.status !== 200 && response.status !== 404)
                throw this.failure(`deleting ${project} ${v} from ${this.indexPath} failed`, response);
        }
    }
    /** devpi's documentation upload: what `devpi upload --with-docs` posts (`:action=doc_upload`, the zip as content). */
    async uploadDocs(project, version, archive) {
        const { devpiDocsUpload } = await __webpack_require__.e(/* import() */ 16).then(__webpack_require__.bind(__webpack_require__, 3016));
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
            throw new errors/* StoreError */.AD(`input 'upload-url' '${redactUrl(spec.uploadUrl)}' is not a valid URL`, {
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
        const credentials = auth ? (0,http_credentials/* basicCredentials */.BG)([base, uploadUrl], auth.username, auth.password) : undefined;
        const root = await request(base, { ...(credentials ? { auth: credentials } : {}), retries: connection.retries ?? 2 }).catch(() => undefined);
        deletable = root?.status === 200 && /pypiserver/i.test(root.text());
    }
    const name = spec.name ?? segments.filter((s) => s !== 'simple').pop() ?? url.hostname;
    logger.debug(`store: upload API at ${redactUrl(uploadUrl ?? base)}, index ${redactUrl(indexUrl)}`);
    // The same root page tells its naming rule: pypiserver reads the project from the filename.
    return new UploadApiStore('upload-api', name, indexUrl, uploadUrl ?? base, connection, {
        delete: deletable,
        ...(deletable ? { namesFromFilename: 'pypiserver' } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/core/src/distribution/sha256-file.ts


/** The sha256 (hex) and size of a file, streamed: artefacts can be hundreds of megabytes. */
async function sha256_file_sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}

// EXTERNAL MODULE: ./packages/core/src/store/lock.ts
var lock = __webpack_require__(9715);
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
            const entry = { filename, sha256: known?.sha256 ?? (await sha256_file_sha256File((0,external_node_path_.join)(dir, filename))).sha256 };
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
                entry.metadataSha256 = (await sha256_file_sha256File(metadataPath)).sha256;
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
            const { releaseFolder } = await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 2805));
            await (0,promises_.rm)(releaseFolder(this.root, project, version), { recursive: true, force: true });
            if (remaining.length === 0)
                await this.writePages(project, []);
        });
    }
    pipIndexArgs() {
        return ['--index-url', this.indexUrl];
    }
    async uploadDocs(project, version, archive) {
        const { releaseFolder, unpackDocsIntoFileIndex } = await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 2805));
        const outcome = await unpackDocsIntoFileIndex(this.root, project, version, archive);
        return { outcome, url: (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(releaseFolder(this.root, project, version), '+doc', PAGE)).href };
    }
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
async function openStore(spec, logger = log/* silentLogger */.qq) {
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

;// CONCATENATED MODULE: ./packages/core/src/venv/isolated-env.ts

/**
 * The environment every pip/uv/python child of a clean-env run gets: nothing from the machine's or the
 * user's package-tool configuration. pip reads PIP_* variables and, unless PIP_CONFIG_FILE is os.devnull,
 * the global, user and site pip.conf files (pip's configuration.py skips *all* files when PIP_CONFIG_FILE
 * is os.devnull); uv reads UV_* and uv.toml unless UV_NO_CONFIG is set. Callers also pass `--isolated`
 * to pip, which makes it ignore environment variables and the user configuration a second time.
 */
const DROPPED = /^(PIP_|UV_|VIRTUAL_ENV$|CONDA_PREFIX$|PYTHONHOME$|PYTHONSTARTUP$|PYTHONUSERBASE$|PYTHONEXECUTABLE$|__PYVENV_LAUNCHER__$)/;
function isolatedPythonEnv(base = process.env, options = {}) {
    const env = {};
    for (const [key, value] of Object.entries(base)) {
        if (value === undefined || DROPPED.test(key))
            continue;
        if (key === 'PYTHONPATH' && !options.keepPythonPath)
            continue;
        env[key] = value;
    }
    return {
        ...env,
        PIP_CONFIG_FILE: external_node_os_.devNull,
        PIP_DISABLE_PIP_VERSION_CHECK: '1',
        PIP_NO_INPUT: '1',
        PIP_NO_PYTHON_VERSION_WARNING: '1',
        UV_NO_CONFIG: '1',
        // The user site (~/.local) is outside the environment we promise; a venv already skips it, this
        // also covers the base interpreter that runs pip for the venv.
        PYTHONNOUSERSITE: '1',
    };
}

// EXTERNAL MODULE: ./packages/core/src/venv/virtualenv.ts
var virtualenv = __webpack_require__(4840);
;// CONCATENATED MODULE: ./packages/core/src/venv/import-guard.ts
/**
 * Where does the package under test import from? A small Python module, written into the test venv's
 * site-packages, answers that twice: once before the run (`python -c`, with the working directory and
 * sys.path the test run will have), and once as a pytest plugin after collection, when every conftest.py
 * and test module has run its module-level code — the moment a `sys.path.insert(0, <checkout>)` has
 * happened. Both write the same JSON report; the plugin stops the session when the package (or its
 * metadata) comes from outside the venv's site-packages.
 */



const GUARD_MODULE = '_wheelwright_clean_env_guard';
const GUARD_CONFIG_VARIABLE = 'WHEELWRIGHT_CLEAN_ENV_GUARD';
/** pytest's exit status when the plugin stops the session (pytest.exit with an explicit code). */
const GUARD_EXIT_CODE = 14;
const GUARD_SOURCE = `"""Wheelwright clean-env guard: does the package under test import from this environment?"""
import importlib
import json
import os
import sys
import sysconfig

_CONFIG = json.loads(os.environ.get("${GUARD_CONFIG_VARIABLE}") or "{}")


def _real(path):
    return os.path.normcase(os.path.realpath(path or os.getcwd()))


# sys.path as the interpreter (or pytest's -p plugin loading) set it up, before any conftest ran.
_START_PATH = [_real(entry) for entry in sys.path]


def _inside(path, root):
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _site_dirs():
    paths = sysconfig.get_paths()
    return sorted({_real(paths["purelib"]), _real(paths["platlib"])})


def _entry_for(location):
    best = None
    for entry in sys.path:
        real = _real(entry)
        if _inside(location, real) and (best is None or len(real) > len(best)):
            best = real
    return best


def _top_level(dist):
    names = set()
    for file in dist.files or []:
        parts = file.parts
        if not parts:
            continue
        first = parts[0]
        if first in ("..", "__pycache__") or first.endswith((".dist-info", ".data", ".egg-info", ".pth")):
            continue
        if len(parts) == 1:
            if first.endswith(".py"):
                names.add(first[:-3])
            elif first.endswith((".so", ".pyd")):
                names.add(first.split(".")[0])
        else:
            names.add(first)
    if not names:
        try:
            names = set((dist.read_text("top_level.txt") or "").split())
        except Exception:
            pass
    return sorted(name for name in names if name.isidentifier() and name != "${GUARD_MODULE}")


def inspect():
    import importlib.metadata as metadata

    site = _site_dirs()
    report = {
        "python": "%d.%d.%d" % sys.version_info[:3],
        "sitePackages": site,
        "pythonPath": [_real(p) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p],
        "cwd": _real(os.getcwd()),
        "modules": [],
        "problems": [],
    }
    try:
        dist = metadata.distribution(_CONFIG["distribution"])
    except metadata.PackageNotFoundError:
        report["problems"].append({"kind": "not-installed"})
        return report
    report["version"] = dist.version
    where = getattr(dist, "_path", None)
    if where is not None:
        report["metadataPath"] = _real(str(where))
        if not any(_inside(report["metadataPath"], root) for root in site):
            entry = _entry_for(report["metadataPath"])
            report["problems"].append(
                {"kind": "metadata", "location": report["metadataPath"], "entry": entry, "added": entry is not None and entry not in _START_PATH}
            )
    try:
        report["directUrl"] = json.loads(dist.read_text("direct_url.json") or "null")
    except Exception:
        report["directUrl"] = None
    for top in _top_level(dist):
        try:
            module = sys.modules.get(top) or importlib.import_module(top)
        except BaseException as error:  # the package's own import-time failure, reported as such
            report["problems"].append({"kind": "import", "module": top, "error": "%s: %s" % (type(error).__name__, error)})
            continue
        file = getattr(module, "__file__", None)
        locations = [_real(file)] if file else [_real(p) for p in getattr(module, "__path__", [])]
        report["modules"].append({"name": top, "locations": locations})
        for location in locations:
            if not any(_inside(location, root) for root in site):
                entry = _entry_for(location)
                report["problems"].append(
                    {"kind": "location", "module": top, "location": location, "entry": entry, "added": entry is not None and entry not in _START_PATH}
                )
    return report


def write_report(path, stage):
    report = inspect()
    report["stage"] = stage
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(report, handle)
    return report


def pytest_collection_finish(session):
    path = _CONFIG.get("report")
    if not path:
        return
    report = write_report(path, "collection")
    if any(problem["kind"] in ("location", "metadata") for problem in report["problems"]):
        import pytest

        pytest.exit("wheelwright: the package under test is not imported from the test environment", returncode=${GUARD_EXIT_CODE})
`;
/** Writes the guard module into the venv's site-packages; returns its folder. */
async function installImportGuard(venv) {
    const { stdout } = await (0,src_process/* run */.e)(venv.python, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], {
        env: venv.env,
        timeoutMs: 60_000,
        label: 'python sysconfig',
    });
    const purelib = stdout.trim();
    await (0,promises_.writeFile)((0,external_node_path_.join)(purelib, `${GUARD_MODULE}.py`), GUARD_SOURCE, 'utf8');
    return purelib;
}
/** The environment variable that configures the guard (module report path, distribution name). */
function guardEnvironment(distribution, reportPath) {
    return { [GUARD_CONFIG_VARIABLE]: JSON.stringify({ distribution, report: reportPath }) };
}
/**
 * Runs the guard once before the tests, as `python -c` in `cwd` (so sys.path[0] is the working
 * directory, as under `python -m pytest`) or, with `safePath`, as a script whose sys.path[0] is its own
 * folder; with the test run's environment.
 */
async function inspectInstalledPackage(venv, distribution, options) {
    const code = `import ${GUARD_MODULE} as guard; guard.write_report(${JSON.stringify(options.reportPath)}, "before")`;
    let args = ['-c', code];
    if (options.safePath) {
        // As a script in a folder of its own, sys.path[0] is that folder, not the working directory: the
        // way pytest starts in the checkout (python -P, or the console script before 3.11).
        const folder = (0,external_node_path_.join)((0,external_node_path_.dirname)(options.reportPath), 'import-check');
        await (0,promises_.mkdir)(folder, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(folder, 'check.py'), `${code}\n`, 'utf8');
        args = [(0,external_node_path_.join)(folder, 'check.py')];
    }
    await (0,src_process/* run */.e)(venv.python, args, {
        cwd: options.cwd,
        env: { ...options.env, ...guardEnvironment(distribution, options.reportPath) },
        timeoutMs: 300_000,
        label: 'python import check',
    });
    return readGuardReport(options.reportPath);
}
async function readGuardReport(path) {
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/clean-env/leak.ts
/**
 * Turns the import guard's report into the one line a user needs: which module would come from where,
 * and the cause (PYTHONPATH, a sys.path change made by a conftest.py or test module, the package inside
 * the tests folder), or the package's own import failure, or a version that is not the pin.
 */




function pathIn(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel)) ? rel.split(external_node_path_.sep).join('/') : undefined;
}
/** One line explaining why the package under test would not come from the test environment. */
function guardFailure(report, context) {
    const { name, version } = context;
    const where = (path) => {
        const inCheckout = pathIn(path, context.workspace);
        if (inCheckout !== undefined)
            return `the checkout (${inCheckout || '.'})`;
        const inCopy = pathIn(path, context.copied.root);
        if (inCopy !== undefined)
            return `the copied tests folder (${inCopy})`;
        return path;
    };
    for (const problem of report.problems) {
        if (problem.kind === 'not-installed') {
            return new errors/* WheelwrightError */.LJ('python', `'${name}' is not installed in the test environment after the install step`, {
                hint: 'the file installed under another name; check the wheel metadata Name field',
            });
        }
        if (problem.kind !== 'location' && problem.kind !== 'metadata')
            continue;
        const location = problem.location ?? '';
        const entry = problem.entry ?? '';
        let cause;
        const holder = context.copied.testsPaths.find((path) => pathIn(location, (0,external_node_path_.resolve)(context.copied.root, path)) !== undefined);
        if (holder !== undefined) {
            cause = `the tests folder '${holder}' contains the package itself`;
        }
        else if (entry && report.pythonPath.includes(entry)) {
            cause = `PYTHONPATH names ${where(entry)}`;
        }
        else if (problem.added) {
            cause = `a conftest.py or test module put ${where(entry)} on sys.path`;
        }
        else {
            cause = entry ? `sys.path holds ${where(entry)}` : 'it is not on sys.path at all';
        }
        const what = problem.kind === 'metadata' ? `the metadata of '${name}'` : `'${problem.module}'`;
        return new errors/* WheelwrightError */.LJ('tests', `checkout-import leak: ${what} would be imported from ${where(location)}, not from the installed ${name} ${version}, because ${cause} (found ${report.stage === 'before' ? 'before running pytest' : 'after pytest collected the tests'})`, {
            hint: 'tests must import the installed package: remove the sys.path change or PYTHONPATH entry, and keep the package out of the tests folder',
        });
    }
    if (report.stage === 'before') {
        const broken = report.problems.find((problem) => problem.kind === 'import');
        if (broken) {
            return new errors/* WheelwrightError */.LJ('tests', `'${name}' ${version} does not import in the clean environment: '${broken.module}' raises ${broken.error}`, {
                hint: 'a module the package imports is missing from its dependencies (Requires-Dist) or the files of its wheel',
            });
        }
    }
    if (report.version !== undefined && (!(0,pep440/* isValidVersion */.ri)(report.version) || (0,pep440/* compareVersions */.Zy)(report.version, version) !== 0)) {
        return new errors/* WheelwrightError */.LJ('tests', `the test environment has '${name}' ${report.version}, not the pinned ${version}`, {
            hint: 'the wheel’s metadata version differs from its filename; rebuild it',
        });
    }
    const url = report.directUrl?.url;
    if (url?.startsWith('file:')) {
        let installedFrom;
        try {
            installedFrom = (0,external_node_url_.fileURLToPath)(url);
        }
        catch {
            installedFrom = undefined;
        }
        if (installedFrom !== undefined && (0,external_node_path_.resolve)(installedFrom) !== (0,external_node_path_.resolve)(context.archive)) {
            return new errors/* WheelwrightError */.LJ('tests', `'${name}' was installed from ${installedFrom}, not from the store's file`, {
                hint: 'this is a bug in Wheelwright: the install must use the downloaded file',
            });
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/errors/suggest.ts
/** "Did you mean …?" for error messages: the Levenshtein distance and the closest candidate. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** The candidate closest to `name`, when within a third of its length (at least 2 edits). */
function closest(name, candidates) {
    let best;
    for (const candidate of candidates) {
        const d = editDistance(name, candidate);
        if (!best || d < best.d)
            best = { name: candidate, d };
    }
    return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? best.name : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/clean-env/close-names.ts


/**
 * Project names close to a misspelled one, best first: PEP 503-normalized, within an edit distance of a
 * third of the name (at least 2), or one containing the other.
 */
function closeNames(wanted, names, limit = 3) {
    const target = (0,project_name/* normalizeProjectName */.yz)(wanted);
    const scored = [];
    for (const name of names) {
        const candidate = (0,project_name/* normalizeProjectName */.yz)(name);
        const distance = editDistance(target, candidate);
        const contains = candidate.includes(target) || target.includes(candidate);
        if (distance <= Math.max(2, Math.floor(target.length / 3)) || contains)
            scored.push({ name, score: contains ? Math.min(distance, 1.5) : distance });
    }
    return scored
        .sort((x, y) => x.score - y.score || x.name.localeCompare(y.name))
        .slice(0, limit)
        .map((entry) => entry.name);
}

;// CONCATENATED MODULE: ./packages/core/src/clean-env/release-file.ts
/**
 * Finds the pinned release's file in the store and fetches it, hash-checked. The package under test is
 * installed from this local copy and nowhere else: pip gets a file path, not a name an index could
 * answer (a path requirement is never replaced by an index candidate), so no configured index, mirror
 * or find-links folder can substitute another build of the same version.
 */






/** Wheel tags (PEP 425) of a filename, expanded: `py2.py3-none-any` → py2-none-any, py3-none-any. */
function wheelTags(filename) {
    const parts = filename.replace(/\.whl$/, '').split('-');
    if (parts.length < 5)
        return [];
    const [python = '', abi = '', platform = ''] = parts.slice(-3);
    const tags = [];
    for (const p of python.split('.'))
        for (const a of abi.split('.'))
            for (const f of platform.split('.'))
                tags.push(`${p}-${a}-${f}`);
    return tags;
}
function isPureWheel(filename) {
    return wheelTags(filename).some((tag) => /^py\d*-none-any$/.test(tag));
}
/** The interpreter's supported tags, best first, from the packaging copy pip vendors; [] when unavailable. */
async function supportedTags(python, env) {
    try {
        const { stdout } = await (0,src_process/* run */.e)(python.command, ['-c', 'from pip._vendor.packaging.tags import sys_tags\nfor t in sys_tags(): print(t)'], {
            env,
            timeoutMs: 60_000,
            label: 'python sys_tags',
        });
        return stdout.split(/\r?\n/).filter((line) => line !== '');
    }
    catch {
        return [];
    }
}
function listVersions(files) {
    const versions = [...new Set(files.filter((f) => !f.yanked).map((f) => f.version))];
    const valid = versions.filter(pep440/* isValidVersion */.ri).sort(pep440/* compareVersions */.Zy).reverse();
    const shown = valid.length > 0 ? valid : versions;
    return shown.length > 12 ? `${shown.slice(0, 12).join(', ')} … (${shown.length} in all)` : shown.join(', ');
}
/**
 * The file to test: a pure wheel, else the platform wheel this interpreter supports best, else the sdist.
 * Errors name what the store does have: its versions of the project, or projects with close names.
 */
async function findReleaseFile(store, name, version, python, env) {
    const where = redactUrl(store.indexUrl);
    const files = await store.listFiles(name);
    if (files.length === 0) {
        const projects = await store.listProjects();
        const close = closeNames(name, projects);
        throw new errors/* InputError */.dz(`package '${name}' is not in the store ${where}${close.length > 0 ? `; did you mean ${close.map((c) => `'${c}'`).join(' or ')}?` : projects.length === 0 ? ' (the store is empty)' : ''}`, { hint: "check input 'package' (or the manifest) against what publish uploaded" });
    }
    const release = files.filter((file) => !file.yanked && sameVersion(file.version, version));
    if (release.length === 0) {
        throw new errors/* InputError */.dz(`version ${version} of '${name}' is not in the store ${where}; it has ${listVersions(files) || 'no installable files'}`, {
            hint: "input 'version' must be the exact version publish uploaded (the manifest carries it)",
        });
    }
    const wheels = release.filter((file) => file.filename.endsWith('.whl'));
    const pure = wheels.find((file) => isPureWheel(file.filename));
    if (pure)
        return pure;
    if (wheels.length > 0) {
        const supported = await supportedTags(python, env);
        let best;
        for (const file of wheels) {
            const rank = Math.min(...wheelTags(file.filename)
                .map((tag) => supported.indexOf(tag))
                .filter((i) => i >= 0));
            if (Number.isFinite(rank) && (best === undefined || rank < best.rank))
                best = { file, rank };
        }
        if (best)
            return best.file;
    }
    const sdist = release.find((file) => !file.filename.endsWith('.whl'));
    if (sdist)
        return sdist;
    throw new errors/* InputError */.dz(`no file of '${name}' ${version} in ${where} installs on Python ${python.version} (${release.map((f) => f.filename).join(', ')})`, { hint: 'test on an interpreter and platform the wheels were built for, or publish an sdist too' });
}
/**
 * Downloads the release file into `folder` and returns its path. The name comes from the index, so it is
 * joined only when it stays inside `folder`; the bytes must be the manifest's (checked before the
 * download when the index lists a sha256, and on the bytes themselves when it lists only md5 or nothing).
 */
async function downloadReleaseFile(store, file, folder, expectedSha256) {
    const expected = expectedSha256?.toLowerCase();
    const mismatch = (there) => new errors/* StoreError */.AD(`'${file.filename}' in ${redactUrl(store.indexUrl)} is not the file the manifest records (sha256 ${there} there, ${expected} in the manifest)`, { code: 'conflict', hint: 'the store holds a different build of this version; publish again from the same build' });
    if (expected !== undefined && file.sha256 && expected !== file.sha256.toLowerCase())
        throw mismatch(file.sha256);
    const destination = resolveInside(folder, file.filename);
    const sha256 = await store.download(file, destination);
    if (expected !== undefined && sha256 !== expected) {
        await (0,promises_.rm)(destination, { force: true });
        throw mismatch(sha256);
    }
    return destination;
}
function sameProject(a, b) {
    return (0,project_name/* normalizeProjectName */.yz)(a) === (0,project_name/* normalizeProjectName */.yz)(b);
}

// EXTERNAL MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(1041);
// EXTERNAL MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/index.js + 4 modules
var _renovatebot_pep440 = __webpack_require__(2029);
;// CONCATENATED MODULE: ./packages/core/src/distribution/pep508.ts
/**
 * A validator for PEP 508 dependency specifiers (`Requires-Dist`), following the grammar of
 * https://packaging.python.org/en/latest/specifications/dependency-specifiers/ as packaging's
 * `Requirement` parser applies it. No maintained JavaScript PEP 508 parser exists; version specifiers
 * are delegated to the PEP 440 library.
 */

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
function checkRequirement(text) {
    const semicolon = splitMarker(text);
    const head = semicolon.head.trim();
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s.exec(head);
    if (!match)
        return 'does not start with a valid project name';
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
        if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(url))
            return `has an invalid URL '${url}'`;
        // packaging: a URL requirement needs whitespace before ';' (else the ';' belongs to the URL).
        if (semicolon.marker !== undefined && !/\s$/.test(semicolon.head))
            return "needs a space before ';' after a URL";
    }
    else if (rest !== '') {
        if (rest.startsWith('(') && rest.endsWith(')'))
            rest = rest.slice(1, -1).trim();
        for (const clause of rest.split(',')) {
            const spec = clause.trim();
            if (!/^(===|==|!=|<=|>=|~=|<|>)\s*\S+$/.test(spec) || !(0,_renovatebot_pep440/* validRange */.Im)(spec))
                return `has an invalid version specifier '${spec}'`;
        }
    }
    if (semicolon.marker !== undefined) {
        const problem = checkMarker(semicolon.marker);
        if (problem)
            return `has an invalid environment marker: ${problem}`;
    }
    return undefined;
}
function splitMarker(text) {
    // A `;` inside a URL without following whitespace belongs to the URL; otherwise it starts the marker.
    let quote;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quote) {
            if (char === quote)
                quote = undefined;
        }
        else if (char === '"' || char === "'")
            quote = char;
        else if (char === ';') {
            const head = text.slice(0, i);
            if (head.includes('@') && !/\s$/.test(head) && !/\s/.test(text[i + 1] ?? ''))
                continue;
            return { head, marker: text.slice(i + 1) };
        }
    }
    return { head: text };
}
/** A recursive-descent check of the marker grammar: or/and of comparisons, parentheses. */
function checkMarker(marker) {
    const tokens = [];
    const pattern = /\s*(\(|\)|"[^"]*"|'[^']*'|===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b|and\b|or\b|[A-Za-z_][A-Za-z0-9_.]*)/y;
    let index = 0;
    const text = marker.trim();
    while (index < text.length) {
        pattern.lastIndex = index;
        const match = pattern.exec(text);
        if (!match)
            return `unexpected text at '${text.slice(index)}'`;
        tokens.push((match[1] ?? '').replace(/\s+/g, ' '));
        index = pattern.lastIndex;
        while (text[index] === ' ')
            index++;
    }
    if (tokens.length === 0)
        return 'empty marker';
    let position = 0;
    const peek = () => tokens[position];
    const value = () => {
        const token = peek();
        if (token === undefined)
            return 'expected a variable or a string';
        if (/^["']/.test(token) || MARKER_VARIABLES.has(token)) {
            position++;
            return undefined;
        }
        return `unknown marker variable '${token}'`;
    };
    const expression = () => {
        const term = () => {
            const atom = () => {
                if (peek() === '(') {
                    position++;
                    const inner = expression();
                    if (inner)
                        return inner;
                    if (peek() !== ')')
                        return "missing ')'";
                    position++;
                    return undefined;
                }
                const left = value();
                if (left)
                    return left;
                const op = peek();
                if (op === undefined || !MARKER_OPS.includes(op))
                    return `expected a comparison operator after the variable, got '${op ?? 'end'}'`;
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
    if (problem)
        return problem;
    if (position < tokens.length)
        return `unexpected '${tokens[position]}'`;
    return undefined;
}
/** `Requires-Python`: a comma-separated PEP 440 specifier set. */
function checkSpecifierSet(text) {
    for (const clause of text.split(',')) {
        const spec = clause.trim();
        if (!/^(===|==|!=|<=|>=|~=|<|>)\s*\S+$/.test(spec) || !validRange(spec))
            return `'${spec}' is not a PEP 440 version specifier`;
    }
    return undefined;
}

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
            throw new ConfigError(`${source}: [${dottedKey}] must be a table`);
        }
        current = current[key];
    }
    if (current === undefined)
        return undefined;
    if (typeof current !== 'object' || current === null || Array.isArray(current))
        throw new ConfigError(`${source}: [${dottedKey}] must be a table`);
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

;// CONCATENATED MODULE: ./packages/core/src/clean-env/test-dependencies.ts
/**
 * Where a project keeps its test dependencies, found the way a contributor would look: PEP 735
 * dependency groups, the release's own test extras, a test requirements file, tox's `deps`. One source
 * is chosen (auto-detected in a fixed order, or named by the user); its requirement strings are validated
 * with our PEP 508 parser before pip sees them, and requirements files must lie inside the checkout.
 *
 * Auto-detection order (the first that exists wins):
 *   1. `[dependency-groups]` group `test`, `tests` or `testing` (pyproject.toml, PEP 735)
 *   2. an extra of the release named `test`, `tests` or `testing` (its Provides-Extra)
 *   3. `requirements-test.txt`, `requirements-tests.txt`, `requirements-testing.txt`, `test-requirements.txt`,
 *      `tests-requirements.txt`, then `requirements/test*.txt` (first by name)
 *   4. tox's `deps` (and `extras`) of the base test environment: tox.toml, `[tool.tox]` in pyproject.toml,
 *      tox.ini `[testenv]`
 *   5. `[dependency-groups]` group `dev` (often linters too, so only when nothing more specific exists)
 */








const GROUPS_FIRST = ['test', 'tests', 'testing'];
const EXTRAS = ['test', 'tests', 'testing'];
const REQUIREMENT_FILES = [
    'requirements-test.txt',
    'requirements-tests.txt',
    'requirements-testing.txt',
    'test-requirements.txt',
    'tests-requirements.txt',
];
const GROUP_LAST = 'dev';
/** Parses the input value: `auto`, `none`, `tox`, `group:<name>`, `extra:<name>`, `requirements:<path>`. */
function parseTestDependencyChoice(value, inputName = 'test-dependencies') {
    const text = value.trim();
    if (text === '' || text === 'auto')
        return { kind: 'auto' };
    if (text === 'none')
        return { kind: 'none' };
    if (text === 'tox')
        return { kind: 'tox' };
    const match = /^(group|extra|requirements):(.+)$/.exec(text);
    const rest = match?.[2]?.trim() ?? '';
    if (match && rest !== '') {
        if (match[1] === 'requirements')
            return { kind: 'requirements', path: rest };
        if (/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(rest))
            return { kind: match[1], name: rest };
        throw new errors/* InputError */.dz(`${inputName} '${text}': '${rest}' is not a valid ${match[1]} name`, {
            hint: 'names are letters, digits, and . _ - inside (PEP 735 / PEP 685)',
        });
    }
    throw new errors/* InputError */.dz(`${inputName} '${text}' is not one of auto, none, tox, group:<name>, extra:<name>, requirements:<path>`, {
        hint: 'e.g. group:test, extra:testing, requirements:requirements/test.txt',
    });
}
function validate(requirement, where) {
    const text = requirement.trim();
    const problem = checkRequirement(text);
    if (problem !== undefined) {
        throw new errors/* ConfigError */.xL(`${where}: '${text.slice(0, 200)}' is not a valid requirement (PEP 508): it ${problem}`, {
            hint: 'fix the requirement string; pip would refuse it too',
        });
    }
    return text;
}
/**
 * Resolves a PEP 735 group into requirement strings: `{include-group = "…"}` expanded depth first, names
 * compared normalized, duplicates kept once in order, a cycle refused (PEP 735 requires tools to).
 */
function resolveDependencyGroup(groups, name, source = 'pyproject.toml') {
    const byName = new Map();
    for (const [key, items] of Object.entries(groups)) {
        const normalized = (0,project_name/* normalizeProjectName */.yz)(key);
        const clash = byName.get(normalized);
        if (clash)
            throw new errors/* ConfigError */.xL(`${source}: [dependency-groups] names '${clash.name}' and '${key}' are the same group (PEP 735 normalizes names)`);
        byName.set(normalized, { name: key, items });
    }
    const out = [];
    const seen = new Set();
    const visit = (wanted, chain) => {
        const normalized = (0,project_name/* normalizeProjectName */.yz)(wanted);
        const group = byName.get(normalized);
        if (!group) {
            const from = chain.length > 0 ? ` (included from '${chain[chain.length - 1]}')` : '';
            throw new errors/* ConfigError */.xL(`${source}: [dependency-groups] has no group '${wanted}'${from}`, {
                hint: `it has ${[...byName.values()].map((g) => `'${g.name}'`).join(', ') || 'none'}`,
            });
        }
        if (chain.map(project_name/* normalizeProjectName */.yz).includes(normalized))
            throw new errors/* ConfigError */.xL(`${source}: [dependency-groups] include cycle: ${[...chain, group.name].join(' → ')}`, {
                hint: 'a group may not include itself, directly or through others (PEP 735)',
            });
        if (!Array.isArray(group.items))
            throw new errors/* ConfigError */.xL(`${source}: [dependency-groups] '${group.name}' must be an array`);
        for (const item of group.items) {
            if (typeof item === 'string') {
                const requirement = validate(item, `${source} [dependency-groups] '${group.name}'`);
                if (!seen.has(requirement)) {
                    seen.add(requirement);
                    out.push(requirement);
                }
            }
            else if (item && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).join() === 'include-group') {
                const included = item['include-group'];
                if (typeof included !== 'string')
                    throw new errors/* ConfigError */.xL(`${source}: [dependency-groups] '${group.name}': include-group must name a group`);
                visit(included, [...chain, group.name]);
            }
            else {
                throw new errors/* ConfigError */.xL(`${source}: [dependency-groups] '${group.name}' holds ${JSON.stringify(item).slice(0, 80)}, neither a requirement string nor {include-group = "…"}`);
            }
        }
    };
    visit(name, []);
    return out;
}
/** The path inside the checkout, or a one-line error: a requirements file never comes from outside it. */
function insideCheckout(workspace, path, what) {
    const absolute = (0,external_node_path_.resolve)(workspace, path);
    let real;
    let root;
    try {
        real = (0,external_node_fs_.realpathSync)(absolute);
        root = (0,external_node_fs_.realpathSync)(workspace);
    }
    catch {
        throw new errors/* InputError */.dz(`${what} '${path}' does not exist in ${workspace}`, {
            hint: 'give a requirements file relative to the checkout',
        });
    }
    const rel = (0,external_node_path_.relative)(root, real);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        throw new errors/* InputError */.dz(`${what} '${path}' is outside the checkout ${workspace}`, {
            hint: 'requirements files are read only from inside the repository',
        });
    return real;
}
// A requirements line that installs the checkout itself would replace the package under test.
const SELF_INSTALL = /^(?:-e|--editable)\b|^\.(?:[/\\].*)?(?:\[.*\])?$|^file:/;
/** Refuses a requirements file that would install the checkout itself (`-e .`, `.`), checked before pip runs. */
async function checkRequirementsFile(path, shown) {
    if ((await (0,promises_.stat)(path)).size > 1_000_000)
        throw new errors/* ConfigError */.xL(`${shown} is larger than 1 MB`);
    const text = await (0,promises_.readFile)(path, 'utf8');
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (SELF_INSTALL.test(line))
            throw new errors/* ConfigError */.xL(`${shown}: '${line.slice(0, 120)}' would install the checkout itself over the package under test`, {
                hint: 'the clean environment tests the release from the store; keep only test dependencies in this file',
            });
    }
}
async function exists(path) {
    return (await (0,promises_.stat)(path).catch(() => undefined))?.isFile() ?? false;
}
async function findRequirementsFile(workspace) {
    for (const name of REQUIREMENT_FILES)
        if (await exists((0,external_node_path_.join)(workspace, name)))
            return name;
    const inFolder = (await (0,promises_.readdir)((0,external_node_path_.join)(workspace, 'requirements')).catch(() => []))
        .filter((name) => /^test.*\.txt$/i.test(name))
        .sort();
    return inFolder[0] ? `requirements/${inFolder[0]}` : undefined;
}
/** An ini section (tox, pytest): each value with its continuation lines as a list, comment lines dropped. */
function iniSection(text, section) {
    const values = new Map();
    let inside = false;
    let key;
    for (const raw of text.split(/\r?\n/)) {
        const header = /^\[([^\]]+)\]\s*$/.exec(raw);
        if (header) {
            inside = header[1]?.trim() === section;
            key = undefined;
            continue;
        }
        if (!inside || /^\s*[#;]/.test(raw))
            continue;
        const entry = /^([A-Za-z_][\w-]*)\s*[=:]\s*(.*)$/.exec(raw);
        if (entry?.[1] && !/^\s/.test(raw)) {
            key = entry[1];
            values.set(key, entry[2]?.trim() ? [entry[2].trim()] : []);
        }
        else if (key && /^\s+\S/.test(raw)) {
            values.get(key)?.push(raw.trim());
        }
    }
    return values;
}
function stringList(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
async function readToxDeps(workspace, pyproject) {
    // tox 4's own order: tox.ini, setup.cfg, pyproject.toml ([tool.tox]), tox.toml; we read the formats it documents as simple.
    const ini = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, 'tox.ini'), 'utf8').catch(() => undefined);
    if (ini !== undefined) {
        const testenv = iniSection(ini, 'testenv');
        return {
            file: 'tox.ini',
            deps: testenv.get('deps') ?? [],
            extras: (testenv.get('extras') ?? []).flatMap((line) => line.split(',')),
        };
    }
    const tool = pyproject?.tool?.tox;
    if (tool && typeof tool.legacy_tox_ini === 'string') {
        const testenv = iniSection(tool.legacy_tox_ini, 'testenv');
        return {
            file: 'pyproject.toml [tool.tox] legacy_tox_ini',
            deps: testenv.get('deps') ?? [],
            extras: (testenv.get('extras') ?? []).flatMap((line) => line.split(',')),
        };
    }
    let native = tool;
    let file = 'pyproject.toml [tool.tox]';
    const toxToml = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, 'tox.toml'), 'utf8').catch(() => undefined);
    if (!native && toxToml !== undefined) {
        try {
            native = (0,dist/* parse */.qg)(toxToml);
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`tox.toml is not valid TOML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
        file = 'tox.toml';
    }
    const base = native?.env_run_base;
    if (!base)
        return undefined;
    // tox.toml deps items may be tables (substitutions); only plain strings are taken.
    const rawDeps = Array.isArray(base.deps) ? base.deps : [];
    return {
        file,
        deps: rawDeps.map((item) => (typeof item === 'string' ? item : `{${JSON.stringify(item)}}`)),
        extras: stringList(base.extras),
    };
}
async function fromTox(workspace, tox) {
    const requirements = [];
    const requirementFiles = [];
    const skipped = [];
    const where = tox.file;
    for (const raw of tox.deps) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            continue;
        // Factor conditions (`py311: x`) and substitutions (`{[base]deps}`) need tox's own engine.
        if (/^[\w!,.-]+:\s/.test(line) || line.includes('{')) {
            skipped.push(line);
            continue;
        }
        const file = /^(?:-r|--requirement)\s*=?\s*(.+)$/.exec(line)?.[1];
        if (file) {
            requirementFiles.push(await requirementsFileInCheckout(workspace, file, `${where} deps requirement file`));
            continue;
        }
        if (/^-c|^--constraint/.test(line) || SELF_INSTALL.test(line)) {
            skipped.push(line);
            continue;
        }
        requirements.push(validate(line, `${where} deps`));
    }
    return {
        source: `tox deps (${where})`,
        kind: 'tox',
        requirements,
        requirementFiles,
        extras: tox.extras.map((extra) => (0,project_name/* normalizeProjectName */.yz)(extra.trim())).filter(Boolean),
        skipped,
    };
}
/** A requirements file inside the checkout that does not install the checkout itself; its real path. */
async function requirementsFileInCheckout(workspace, path, what) {
    const absolute = insideCheckout(workspace, path, what);
    await checkRequirementsFile(absolute, path);
    return absolute;
}
const NONE = (source) => ({
    source,
    kind: 'none',
    requirements: [],
    requirementFiles: [],
    extras: [],
    skipped: [],
});
/** The test dependencies the choice names, or the first source found (the order in this module's comment). */
async function findTestDependencies(options) {
    const { workspace, choice } = options;
    if (choice.kind === 'none')
        return NONE("none ('test-dependencies: none')");
    const pyprojectText = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, 'pyproject.toml'), 'utf8').catch(() => undefined);
    const pyproject = pyprojectText === undefined ? undefined : parsePyproject(pyprojectText, (0,external_node_path_.join)(workspace, 'pyproject.toml')).data;
    const groupsValue = pyproject?.['dependency-groups'];
    if (groupsValue !== undefined && (typeof groupsValue !== 'object' || groupsValue === null || Array.isArray(groupsValue)))
        throw new errors/* ConfigError */.xL('pyproject.toml: [dependency-groups] must be a table');
    const groups = groupsValue;
    const groupNames = new Map(Object.keys(groups ?? {}).map((name) => [(0,project_name/* normalizeProjectName */.yz)(name), name]));
    const group = (name) => {
        const requirements = resolveDependencyGroup(groups ?? {}, name);
        return {
            source: `dependency group '${name}' (pyproject.toml)`,
            kind: 'group',
            requirements,
            requirementFiles: [],
            extras: [],
            group: { pyproject: (0,external_node_path_.join)(workspace, 'pyproject.toml'), name: groupNames.get((0,project_name/* normalizeProjectName */.yz)(name)) ?? name },
            skipped: [],
        };
    };
    const extra = (name) => ({
        source: `extra '${name}' of the release`,
        kind: 'extra',
        requirements: [],
        requirementFiles: [],
        extras: [(0,project_name/* normalizeProjectName */.yz)(name)],
        skipped: [],
    });
    const requirementsFile = async (path) => {
        const absolute = await requirementsFileInCheckout(workspace, path, 'test requirements file');
        return {
            source: `requirements file '${(0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(workspace), absolute).split(external_node_path_.sep).join('/')}'`,
            kind: 'requirements',
            requirements: [],
            requirementFiles: [absolute],
            extras: [],
            skipped: [],
        };
    };
    switch (choice.kind) {
        case 'group':
            if (!groups)
                throw new errors/* ConfigError */.xL(`'test-dependencies: group:${choice.name}': pyproject.toml has no [dependency-groups] table`);
            return group(choice.name);
        case 'extra':
            if (!options.declaredExtras.includes((0,project_name/* normalizeProjectName */.yz)(choice.name)))
                throw new errors/* InputError */.dz(`'test-dependencies: extra:${choice.name}': the release does not declare that extra (it declares ${options.declaredExtras.join(', ') || 'none'})`);
            return extra(choice.name);
        case 'requirements':
            return requirementsFile(choice.path);
        case 'tox': {
            const tox = await readToxDeps(workspace, pyproject);
            if (!tox)
                throw new errors/* ConfigError */.xL("'test-dependencies: tox': the checkout has no tox.ini, tox.toml or [tool.tox] with a base test environment");
            return fromTox(workspace, tox);
        }
    }
    for (const name of GROUPS_FIRST)
        if (groupNames.has(name))
            return group(groupNames.get(name) ?? name);
    for (const name of EXTRAS)
        if (options.declaredExtras.includes(name))
            return extra(name);
    const file = await findRequirementsFile(workspace);
    if (file)
        return requirementsFile(file);
    const tox = await readToxDeps(workspace, pyproject);
    if (tox && (tox.deps.length > 0 || tox.extras.length > 0))
        return fromTox(workspace, tox);
    if (groupNames.has(GROUP_LAST))
        return group(groupNames.get(GROUP_LAST) ?? GROUP_LAST);
    return NONE('none found (no test group, test extra, test requirements file or tox deps)');
}

// EXTERNAL MODULE: ./node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(1191);
;// CONCATENATED MODULE: ./packages/core/src/clean-env/tests-copy.ts
/**
 * The tests leave the checkout before they run: the tests folder (conftest.py and data included), the
 * checkout's root conftest.py and its pytest configuration file are copied into a fresh folder, at the
 * same relative paths, and pytest runs there. Relative paths in reports map back to the repository
 * unchanged, and tests that open `tests/data/…` relative to the working directory still find them —
 * but no copy of the package is within reach.
 */



// Caches and environments never belong to a test suite (and `tests: .` would otherwise copy .git and venvs).
const SKIPPED = new Set(['__pycache__', '.pytest_cache', '.mypy_cache', '.ruff_cache', '.tox', '.nox', '.git', '.venv', 'node_modules']);
/**
 * pytest's own order of configuration files (pytest docs, "Configuration file formats"): pytest.toml,
 * .pytest.toml, pytest.ini, .pytest.ini, then pyproject.toml, tox.ini and setup.cfg only when they hold
 * a pytest section.
 */
const CONFIG_FILES = [
    ['pytest.toml', undefined],
    ['.pytest.toml', undefined],
    ['pytest.ini', undefined],
    ['.pytest.ini', undefined],
    ['pyproject.toml', /^\[tool\.pytest(\.ini_options)?\]/m],
    ['tox.ini', /^\[pytest\]/m],
    ['setup.cfg', /^\[tool:pytest\]/m],
];
async function findPytestConfig(checkout) {
    for (const [name, section] of CONFIG_FILES) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(checkout, name), 'utf8').catch(() => undefined);
        if (text !== undefined && (section === undefined || section.test(text)))
            return name;
    }
    return undefined;
}
async function copyTests(checkout, tests, destination) {
    const testsPaths = [];
    await (0,promises_.mkdir)(destination, { recursive: true });
    for (const test of tests) {
        const source = (0,external_node_path_.resolve)(checkout, test);
        if (!(await (0,promises_.stat)(source).catch(() => undefined))) {
            throw new errors/* InputError */.dz(`tests folder '${test}' does not exist in ${checkout}`, {
                hint: "set input 'tests' to the folder holding the test suite, relative to the checkout",
            });
        }
        const inside = (0,external_node_path_.relative)(checkout, source);
        const testsPath = inside === '' ? '.' : inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside) ? (0,external_node_path_.basename)(source) : inside;
        await (0,promises_.cp)(source, (0,external_node_path_.join)(destination, testsPath), {
            recursive: true,
            filter: (path) => !SKIPPED.has((0,external_node_path_.basename)(path)) && !path.endsWith('.pyc'),
        });
        testsPaths.push(testsPath.split(external_node_path_.sep).join('/'));
    }
    let configFile;
    if (!testsPaths.includes('.')) {
        configFile = await findPytestConfig(checkout);
        if (configFile)
            await (0,promises_.cp)((0,external_node_path_.join)(checkout, configFile), (0,external_node_path_.join)(destination, configFile));
        const rootConftest = (0,external_node_path_.join)(checkout, 'conftest.py');
        if (await (0,promises_.stat)(rootConftest).catch(() => undefined))
            await (0,promises_.cp)(rootConftest, (0,external_node_path_.join)(destination, 'conftest.py'));
    }
    // Without a configuration file pytest would look for one in the temporary folder's parents.
    if (configFile === undefined && !(await findPytestConfig(destination)))
        await (0,promises_.writeFile)((0,external_node_path_.join)(destination, 'pytest.ini'), '[pytest]\n');
    return { root: destination, testsPaths, configFile };
}

;// CONCATENATED MODULE: ./packages/core/src/clean-env/test-paths.ts
/**
 * Which tests run when the tests input is not given: pytest's own `testpaths` from the configuration file
 * pytest would read (all of them), else a `tests` or `test` folder. Every configured path is checked before it
 * becomes a pytest argument: relative, inside the project (also through links), and existing; pytest itself
 * expands glob patterns in testpaths and drops those matching nothing, and so do we.
 */







/** A configuration file larger than this is no pytest configuration we read. */
const MAX_CONFIG_BYTES = 1_000_000;
/** More entries than this is no test layout; it is a file made to slow us down. */
const MAX_PATHS = 200;
/** The testpaths of the configuration file pytest would use, as written, or undefined when it sets none. */
async function configuredTestPaths(checkout) {
    const file = await findPytestConfig(checkout);
    if (file === undefined)
        return undefined;
    const path = (0,external_node_path_.join)(checkout, file);
    if ((await (0,promises_.stat)(path)).size > MAX_CONFIG_BYTES)
        throw new errors/* ConfigError */.xL(`${file} is larger than 1 MB; pytest's configuration is not read from it`);
    const text = await (0,promises_.readFile)(path, 'utf8');
    if (file.endsWith('.toml')) {
        let data;
        try {
            data = (0,dist/* parse */.qg)(text);
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`${file} is not valid TOML: ${error instanceof dist/* TomlError */.zx ? error.message.split('\n')[0] : String(error)}`);
        }
        // pytest.toml holds [pytest]; pyproject.toml [tool.pytest] (pytest 9's native table) or [tool.pytest.ini_options].
        const tool = (data.tool ?? {});
        const pytestTable = (file === 'pyproject.toml' ? tool.pytest : data.pytest);
        const candidates = file === 'pyproject.toml'
            ? [
                ['[tool.pytest]', pytestTable?.testpaths],
                ['[tool.pytest.ini_options]', pytestTable?.ini_options?.testpaths],
            ]
            : [['[pytest]', pytestTable?.testpaths]];
        for (const [section, value] of candidates) {
            if (value === undefined)
                continue;
            // An ini_options value may be one string, split as pytest splits an "args" setting.
            const values = typeof value === 'string' ? splitArgs(value) : Array.isArray(value) ? value : undefined;
            if (!values?.every((item) => typeof item === 'string'))
                throw new errors/* ConfigError */.xL(`${file} ${section}: testpaths must be a list of strings`);
            return { file, section, values: values };
        }
        return undefined;
    }
    const section = file === 'setup.cfg' ? 'tool:pytest' : 'pytest';
    const lines = iniSection(text, section).get('testpaths');
    return lines === undefined ? undefined : { file, section: `[${section}]`, values: splitArgs(lines.join('\n')) };
}
/** Whitespace-separated words, quotes grouping (pytest splits "args" settings with shlex). */
function splitArgs(text) {
    return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}
/** The checkout-relative path, or undefined when it leaves the checkout (by `..`, an absolute path or a link). */
async function test_paths_insideCheckout(checkout, path) {
    const [root, real] = await Promise.all([(0,promises_.realpath)(checkout), (0,promises_.realpath)((0,external_node_path_.join)(checkout, path)).catch(() => undefined)]);
    if (real === undefined)
        return undefined;
    const rel = (0,external_node_path_.relative)(root, real);
    return rel === '' ? '.' : rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? undefined : rel.split(external_node_path_.sep).join('/');
}
/**
 * The paths pytest runs: the tests input when given (checked where it is used), else the configured
 * testpaths, else `tests` or `test`.
 */
async function resolveTestPaths(checkout, given) {
    if (given !== '')
        return { paths: [given], source: `input 'tests'` };
    const configured = await configuredTestPaths(checkout);
    if (configured && configured.values.length > 0) {
        const where = `${configured.file} ${configured.section}`;
        if (configured.values.length > MAX_PATHS)
            throw new errors/* ConfigError */.xL(`${where}: testpaths has ${configured.values.length} entries (at most ${MAX_PATHS})`);
        const paths = [];
        for (const value of configured.values) {
            if (value === '' || (0,external_node_path_.isAbsolute)(value) || /^[A-Za-z]:/.test(value) || value.split(/[\\/]/).includes('..'))
                throw new errors/* ConfigError */.xL(`${where}: testpaths entry '${value.slice(0, 120)}' is not a path inside the project`, {
                    hint: "write testpaths relative to the project folder, or set input 'tests'",
                });
            // pytest expands each entry with glob (recursive), sorted; an entry matching nothing is dropped.
            const matches = /[*?[]/.test(value)
                ? (await (0,tinyglobby_dist/* glob */.TI)(value, { cwd: checkout, onlyFiles: false, dot: false, expandDirectories: false, followSymbolicLinks: false })).sort()
                : [value];
            for (const match of matches) {
                const inside = await test_paths_insideCheckout(checkout, match);
                if (inside === undefined) {
                    if (await (0,promises_.stat)((0,external_node_path_.join)(checkout, match)).catch(() => undefined))
                        throw new errors/* ConfigError */.xL(`${where}: testpaths entry '${match.slice(0, 120)}' leads outside the project (a link)`, {
                            hint: "keep the tests inside the project, or set input 'tests'",
                        });
                    continue;
                }
                if (!paths.includes(inside))
                    paths.push(inside);
                if (paths.length > MAX_PATHS)
                    throw new errors/* ConfigError */.xL(`${where}: testpaths matches more than ${MAX_PATHS} paths`, {
                        hint: "name the test folders in testpaths, or set input 'tests'",
                    });
            }
        }
        if (paths.length > 0)
            return { paths, source: `testpaths in ${where}` };
    }
    for (const folder of ['tests', 'test'])
        if ((await (0,promises_.stat)((0,external_node_path_.join)(checkout, folder)).catch(() => undefined))?.isDirectory())
            return {
                paths: [folder],
                source: `the ${folder}/ folder${configured ? ` (the testpaths in ${configured.file} match nothing)` : ''}`,
            };
    return { paths: ['tests'], source: 'the default tests/ folder' };
}

// EXTERNAL MODULE: ./packages/core/src/clean-env/test-target.ts
var test_target = __webpack_require__(5902);
;// CONCATENATED MODULE: ./packages/core/src/clean-env/test-release.ts
/**
 * clean-env-test: install the published release from the store into a fresh virtualenv and run the
 * repository's tests against that installed copy (devpi's `devpi test`, `tox --installpkg`). It catches
 * what source-tree testing hides: files missing from the wheel, undeclared dependencies, entry points.
 */




















/** PEP 685: extras compare like project names. */
function normalizeExtra(extra) {
    return (0,project_name/* normalizeProjectName */.yz)(extra.trim());
}
/** Streams a child's output to the logger line by line. */
function lineLogger(logger) {
    let pending = '';
    return {
        write(chunk) {
            pending += chunk;
            const lines = pending.split(/\r?\n/);
            pending = lines.pop() ?? '';
            for (const line of lines)
                logger.info(line);
        },
        flush() {
            if (pending !== '')
                logger.info(pending);
            pending = '';
        },
    };
}
async function resolveRelease(options) {
    const manifestPath = options.manifest ? (0,external_node_path_.resolve)(options.workspace, options.manifest) : undefined;
    const manifest = manifestPath ? await readManifest(manifestPath) : undefined;
    const name = options.package || manifest?.name;
    const version = options.version || manifest?.version;
    if (!name)
        throw (0,test_target/* noPackageError */.U)();
    if (!version)
        throw new errors/* InputError */.dz(`input 'version' is empty for package '${name}'`, { hint: 'give the exact version to test (publish prints it)' });
    if (manifest && !sameProject(name, manifest.name)) {
        throw new errors/* InputError */.dz(`input 'package' is '${name}' but the manifest is for '${manifest.name}'`, {
            hint: 'leave package empty when a manifest is given',
        });
    }
    if (!(0,pep440/* isValidVersion */.ri)(version)) {
        throw new errors/* InputError */.dz(`input 'version' '${version}' is not a PEP 440 version`, {
            hint: 'give the exact version publish uploaded, e.g. 1.2.1rc1',
        });
    }
    const lastStore = manifest?.stores[manifest.stores.length - 1];
    const indexUrl = options.indexUrl || lastStore?.url;
    if (!indexUrl) {
        throw new errors/* InputError */.dz("input 'index-url' is empty and the manifest records no store", {
            hint: "set input 'index-url' to the index publish uploaded to (its output of that name), or pass its manifest, so the package is installed from the store",
        });
    }
    return {
        name,
        version,
        indexUrl,
        storeName: lastStore && lastStore.url === indexUrl ? lastStore.index : undefined,
        manifest,
        manifestPath,
    };
}
function toFailure(testcase, copied, workspace, source) {
    const copyPrefix = `${copied.root}${external_node_path_.sep}`;
    const clean = (text) => text.split(copyPrefix).join('');
    // The copy keeps the checkout's relative layout; a tests folder outside the checkout maps back by its path.
    const testsInCheckout = pathIn(source, workspace);
    const file = testcase.file === undefined || testsInCheckout !== undefined
        ? testcase.file
        : (0,external_node_path_.join)(source, (0,external_node_path_.relative)(copied.testsPaths[0] ?? '.', testcase.file))
            .split(external_node_path_.sep)
            .join('/');
    const outcome = testcase.outcome === 'error' ? 'error' : 'failed';
    const firstError = /^E\s+(.+)$/m.exec(testcase.details)?.[1]?.trim();
    return {
        id: testcase.id,
        outcome,
        file,
        line: failureLine(testcase),
        title: `${testcase.id} ${outcome === 'error' ? 'errored' : 'failed'} in the clean environment`,
        // A collection error's message is only "collection failure"; the exception line says what broke.
        message: clean(testcase.message === 'collection failure' && firstError
            ? `collection failed: ${firstError}`
            : testcase.message || firstError || outcome),
        details: clean(testcase.details),
    };
}
/** The freeze with the package under test pinned by version and its source (uv's line names a temporary file). */
function pinnedFreeze(freeze, name, version, source) {
    const lines = freeze.split(/\r?\n/).filter((line) => line.trim() !== '');
    const out = lines.map((line) => {
        const at = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:@|==)/.exec(line);
        return at?.[1] && sameProject(at[1], name) ? `${name}==${version}  # from ${source}` : line;
    });
    return `${out.join('\n')}\n`;
}
function parseFreeze(freeze) {
    const installed = [];
    for (const line of freeze.split(/\r?\n/)) {
        const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s#;]+)/.exec(line.trim());
        if (match?.[1] && match[2])
            installed.push({ name: match[1], version: match[2] });
    }
    return installed;
}
function testEnvironment(venv, base) {
    const env = isolatedPythonEnv(base, { keepPythonPath: true });
    const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
    // Tests that start `python` or the package's console scripts must get the venv's.
    env[pathKey] = [(0,external_node_path_.dirname)(venv.python), env[pathKey]].filter(Boolean).join(external_node_path_.delimiter);
    env.VIRTUAL_ENV = venv.dir;
    // Keep the installed package's folder exactly as the wheel left it.
    env.PYTHONDONTWRITEBYTECODE = '1';
    return env;
}
/** A name or version made safe as part of a file name (both are validated before; this is belt and braces). */
function fileSafe(text) {
    return text.replace(/[^A-Za-z0-9._+-]/g, '_');
}
function atLeastPython(version, major, minor) {
    const [a = 0, b = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
    return a > major || (a === major && b >= minor);
}
/** The environment for children that may write temporary files: all of them land in our work folder. */
function withTempDir(env, dir) {
    return { ...env, TMPDIR: dir, TEMP: dir, TMP: dir };
}
async function testRelease(options, logger) {
    const started = performance.now();
    const workspace = (0,external_node_path_.resolve)(options.workspace);
    const baseEnv = options.env ?? process.env;
    const release = await resolveRelease(options);
    const choice = parseTestDependencyChoice(options.testDependencies ?? 'auto');
    const testsFrom = options.testsFrom ?? 'checkout';
    // Cheap local checks first: the interpreter and the tests folder.
    const python = await resolvePython(options.python || undefined, workspace);
    await (0,promises_.mkdir)(options.tempDir, { recursive: true });
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempDir, 'wheelwright-clean-env-'));
    // pytest's basetemp is where pytest's own default puts it, in the system temp folder (TMPDIR), under a
    // short name, not inside the work folder: tests bind Unix sockets under tmp_path (gpg-agent for a signed
    // commit, ssh-agent, servers), and a socket path longer than ~107 bytes cannot be bound.
    let pytestTemp;
    try {
        pytestTemp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(baseEnv.TMPDIR || (0,external_node_os_.tmpdir)(), 'pytest-'));
        return await testInWorkFolder(options, logger, {
            started,
            workspace,
            baseEnv,
            release,
            choice,
            testsFrom,
            python,
            work,
            pytestTemp,
        });
    }
    finally {
        if (options.keepTemp) {
            logger.info(`Kept the clean environment's work folder (debug): ${work}`);
            if (pytestTemp)
                logger.info(`Kept pytest's temporary folder (debug): ${pytestTemp}`);
        }
        else {
            await (0,promises_.rm)(work, { recursive: true, force: true, maxRetries: 3 });
            if (pytestTemp)
                await (0,promises_.rm)(pytestTemp, { recursive: true, force: true, maxRetries: 3 });
        }
    }
}
async function testInWorkFolder(options, logger, context) {
    const { started, workspace, baseEnv, release, choice, testsFrom, python, work, pytestTemp } = context;
    const { name, version } = release;
    const childTemp = await mkdirp((0,external_node_path_.join)(work, 'tmp'));
    // The tests input, else pytest's configured testpaths, else tests/ or test/: said in the log and the summary.
    const testPaths = await resolveTestPaths(workspace, options.tests ?? '');
    logger.info(`tests: ${testPaths.paths.join(' ')} (${testPaths.source})`);
    const tests = testsFrom === 'copy'
        ? await copyTests(workspace, testPaths.paths, (0,external_node_path_.join)(work, 'copied-tests'))
        : await locateTests(workspace, testPaths.paths);
    const testRequirements = options.testRequirements
        ? await requirementsFileInCheckout(workspace, options.testRequirements, "input 'test-requirements'")
        : undefined;
    const installEnv = withTempDir(isolatedPythonEnv(baseEnv), childTemp);
    const store = await openStore({ url: release.indexUrl, ...(release.storeName ? { name: release.storeName } : {}) }, logger);
    const storeUrl = redactUrl(store.indexUrl);
    const file = await findReleaseFile(store, name, version, python, installEnv);
    const expected = release.manifest?.files.find((entry) => entry.filename === file.filename)?.sha256;
    const archive = await downloadReleaseFile(store, file, await mkdirp((0,external_node_path_.join)(work, 'dist')), expected);
    logger.info(`${name} ${version}: ${file.filename} from ${storeUrl} (sha256 ${file.sha256})`);
    const declared = fieldValues(await readCoreMetadata(archive), 'Provides-Extra').map(normalizeExtra);
    const explicitExtras = (options.extras ?? []).map(normalizeExtra).filter((e) => e !== '');
    const unknown = explicitExtras.filter((extra) => !declared.includes(extra));
    if (unknown.length > 0) {
        throw new errors/* InputError */.dz(`extras ${unknown.map((e) => `'${e}'`).join(', ')} are not declared by ${name} ${version} (it declares ${declared.length > 0 ? declared.join(', ') : 'none'})`, { hint: "fix input 'extras', or add the extra to the project’s optional-dependencies" });
    }
    const dependencies = await findTestDependencies({ workspace, choice, declaredExtras: declared });
    const undeclaredToxExtras = dependencies.extras.filter((extra) => !declared.includes(extra));
    if (undeclaredToxExtras.length > 0)
        throw new errors/* ConfigError */.xL(`${dependencies.source} asks for extras ${undeclaredToxExtras.map((e) => `'${e}'`).join(', ')} that ${name} ${version} does not declare`);
    logger.info(`Test dependencies: ${dependencies.source}${dependencies.requirements.length ? `: ${dependencies.requirements.join(', ')}` : ''}`);
    for (const line of dependencies.skipped)
        logger.warning(`${dependencies.source}: left out '${line}' (needs tox itself to evaluate)`);
    const extras = [...new Set([...explicitExtras, ...dependencies.extras])];
    const venv = await (0,virtualenv/* createVirtualenv */.F$)({ base: python, dir: (0,external_node_path_.join)(work, 'venv'), installer: options.installer, env: installEnv, logger });
    // PEP 508 direct reference to the downloaded file: pip (and uv) take exactly this file, and refuse it
    // when the wheel's metadata names another project.
    const requirement = `${name}${extras.length > 0 ? `[${extras.join(',')}]` : ''} @ ${(0,external_node_url_.pathToFileURL)(archive).href}`;
    const pre = (0,pep440/* classifyVersion */.ZG)(version).isPrerelease;
    // pip ≥ 25.1 reads a dependency group itself (`--group`); older pips and uv get our resolution of it,
    // the same validated strings either way.
    const pipGroup = dependencies.group && venv.installer === 'pip' && pipSupportsGroups(venv.installerVersion) ? dependencies.group : undefined;
    if (pipGroup)
        logger.info(`pip --group reads dependency group '${pipGroup.name}' from ${pipGroup.pyproject}`);
    const output = lineLogger(logger);
    await logger.group(`Installing ${name} ${version}${extras.length ? `[${extras.join(',')}]` : ''}, pytest and the test dependencies (${venv.installerVersion})`, async () => {
        try {
            await (0,virtualenv/* installIntoVirtualenv */.SU)(venv, {
                requirements: [requirement, 'pytest', ...(pipGroup ? [] : dependencies.requirements)],
                requirementFiles: [...dependencies.requirementFiles, ...(testRequirements ? [testRequirements] : [])],
                ...(pipGroup ? { groups: [`${pipGroup.pyproject}:${pipGroup.name}`] } : {}),
                sources: { indexUrls: options.extraIndexUrl, findLinks: options.findLinks, pre },
                what: `${name} ${version} with its dependencies, pytest and the test dependencies from ${dependencies.source}`,
                onOutput: output.write,
            });
        }
        finally {
            output.flush();
        }
    });
    // The results are written in the work folder and copied out only when the run ends with a result: a
    // run that stops on an error leaves no report behind for a later step to mistake for this one.
    const resultsDir = options.resultsDir ?? options.tempDir;
    const stem = `${fileSafe(normalizeExtra(name))}-${fileSafe(version)}-py${fileSafe(python.version.split('.').slice(0, 2).join('.'))}`;
    const freezePath = (0,external_node_path_.join)(work, `freeze-${stem}.txt`);
    const freeze = pinnedFreeze(await (0,virtualenv/* freezeVirtualenv */.We)(venv), name, version, `${storeUrl} (${file.filename})`);
    await (0,promises_.writeFile)(freezePath, freeze, 'utf8');
    const installed = parseFreeze(freeze);
    await installImportGuard(venv);
    const runEnv = withTempDir(testEnvironment(venv, baseEnv), childTemp);
    const leakContext = { name, version, archive, copied: tests, workspace };
    const before = await inspectInstalledPackage(venv, name, {
        cwd: tests.root,
        env: runEnv,
        reportPath: (0,external_node_path_.join)(work, 'import-check.json'),
        // In the checkout, the check starts as pytest will: without the working directory on sys.path.
        safePath: testsFrom === 'checkout',
    });
    const beforeProblem = guardFailure(before, leakContext);
    if (beforeProblem)
        throw beforeProblem;
    logger.info(`${name} ${before.version ?? version} imports from ${before.modules.flatMap((m) => m.locations).join(', ') || before.sitePackages.join(', ')}`);
    const junitXml = (0,external_node_path_.join)(work, `junit-${stem}.xml`);
    const collectedReport = (0,external_node_path_.join)(work, 'import-check-collected.json');
    const pythonVersion = before.python || python.version;
    const pytestArgs = [
        ...tests.testsPaths,
        `--junitxml=${junitXml}`,
        '-o',
        'junit_family=xunit1',
        '-p',
        GUARD_MODULE,
        '-p',
        'no:cacheprovider',
        '--rootdir',
        tests.root,
        // pytest empties basetemp and makes it anew: a folder of its own, nothing else in it.
        `--basetemp=${pytestTemp}`,
        '--continue-on-collection-errors',
    ];
    let command;
    let argv;
    const env = { ...runEnv, ...guardEnvironment(name, collectedReport) };
    if (testsFrom === 'checkout') {
        // The checkout must never be importable: pytest's importlib mode leaves sys.path alone (no rootdir or
        // test folder inserted), and the working directory stays off sys.path — `python -P` and
        // PYTHONSAFEPATH (for the tests' own child Pythons) on 3.11+, and before 3.11 the pytest console script,
        // whose sys.path[0] is the venv's scripts folder, not the working directory.
        pytestArgs.push('--import-mode=importlib');
        if (!tests.configFile) {
            // No pytest configuration in the checkout: an empty one, so none is picked up from its parents.
            const empty = (0,external_node_path_.join)(work, 'pytest.ini');
            await (0,promises_.writeFile)(empty, '[pytest]\n');
            pytestArgs.push('-c', empty);
        }
        if (atLeastPython(pythonVersion, 3, 11)) {
            env.PYTHONSAFEPATH = '1';
            [command, argv] = [venv.python, ['-P', '-m', 'pytest', ...pytestArgs]];
        }
        else {
            [command, argv] = [(0,virtualenv/* venvScript */.Rr)(venv, 'pytest'), pytestArgs];
        }
    }
    else {
        [command, argv] = [venv.python, ['-m', 'pytest', ...pytestArgs]];
    }
    argv.push(...options.pytestArgs);
    const pytestOutput = lineLogger(logger);
    const pytest = await logger.group(`pytest ${tests.testsPaths.join(' ')} (Python ${before.python}, in the ${testsFrom === 'checkout' ? 'checkout' : 'copy of the tests'})`, async () => {
        try {
            return await (0,src_process/* run */.e)(command, argv, {
                cwd: tests.root,
                env,
                timeoutMs: options.pytestTimeoutMs ?? 60 * 60_000,
                okCodes: Array.from({ length: 256 }, (_, i) => i),
                label: 'pytest',
                onStdout: pytestOutput.write,
                onStderr: pytestOutput.write,
            });
        }
        finally {
            pytestOutput.flush();
        }
    });
    const collected = await readGuardReport(collectedReport);
    if (collected) {
        const leak = guardFailure(collected, leakContext);
        if (leak)
            throw leak;
    }
    if (pytest.code === GUARD_EXIT_CODE || (![0, 1, 5].includes(pytest.code) && !(0,external_node_fs_.existsSync)(junitXml))) {
        const last = `${pytest.stdout}\n${pytest.stderr}`
            .trim()
            .split(/\r?\n/)
            .filter((l) => l.trim() !== '')
            .slice(-1)[0] ?? '';
        throw new errors/* WheelwrightError */.LJ('tests', `pytest could not run the tests (exit ${pytest.code}): ${last.trim()}`, {
            hint: pytest.code === 4 ? "check input 'pytest-args' and the pytest configuration" : 'pytest’s output is in the log above',
        });
    }
    const report = (0,external_node_fs_.existsSync)(junitXml)
        ? await readJunitXml(junitXml)
        : { counts: { passed: 0, failed: 0, errors: 0, skipped: 0, total: 0 }, cases: [] };
    const counts = report.counts;
    const source = (0,external_node_path_.resolve)(workspace, testPaths.paths[0] ?? '.');
    const failures = report.cases
        .filter((c) => c.outcome === 'failed' || c.outcome === 'error')
        .map((c) => toFailure(c, tests, workspace, source));
    let outcome;
    let message;
    if (pytest.code === 5 || counts.passed + counts.failed + counts.errors === 0) {
        outcome = 'no-tests';
        message = `no tests ran for ${name} ${version} from '${tests.testsPaths.join(' ')}' (pytest exit ${pytest.code}): ${formatCounts(counts)}`;
    }
    else if (pytest.code !== 0 || counts.failed > 0 || counts.errors > 0) {
        outcome = 'failed';
        message = `tests of ${name} ${version} failed in the clean environment: ${formatCounts(counts)} (pytest exit ${pytest.code})`;
    }
    else {
        outcome = 'passed';
        message = `tests of ${name} ${version} passed in the clean environment: ${formatCounts(counts)}`;
    }
    if (release.manifest && release.manifestPath) {
        const [major = '', minor = ''] = pythonVersion.split('.');
        release.manifest.tests.push({
            python: `${major}.${minor}`,
            os: options.os ?? process.platform,
            passed: counts.passed,
            failed: counts.failed,
            errors: counts.errors,
            skipped: counts.skipped,
            index: store.name,
            at: new Date().toISOString(),
            testDependencies: dependencies.source,
            testsFrom,
        });
        await writeManifest(release.manifestPath, release.manifest);
    }
    await (0,promises_.mkdir)(resultsDir, { recursive: true });
    const results = { junitXml: (0,external_node_path_.join)(resultsDir, (0,external_node_path_.basename)(junitXml)), freeze: (0,external_node_path_.join)(resultsDir, (0,external_node_path_.basename)(freezePath)) };
    await (0,promises_.rm)(results.junitXml, { force: true });
    if ((0,external_node_fs_.existsSync)(junitXml))
        await (0,promises_.copyFile)(junitXml, results.junitXml);
    await (0,promises_.copyFile)(freezePath, results.freeze);
    return {
        name,
        version,
        store: { name: store.name, url: storeUrl },
        file: { filename: file.filename, sha256: file.sha256 },
        extras,
        testDependencies: { source: dependencies.source, requirements: dependencies.requirements },
        tests: testPaths,
        testsFrom,
        python: { version: pythonVersion, executable: python.executable },
        installer: venv.installerVersion,
        outcome,
        message,
        pytestExitCode: pytest.code,
        counts,
        failures,
        installed,
        junitXml: results.junitXml,
        freeze: results.freeze,
        manifest: release.manifestPath,
        durationMs: performance.now() - started,
    };
}
/** pip 25.1 added `pip install --group`. */
function pipSupportsGroups(installerVersion) {
    const match = /^pip (\d+)\.(\d+)/.exec(installerVersion);
    if (!match)
        return false;
    const major = Number(match[1]);
    return major > 25 || (major === 25 && Number(match[2]) >= 1);
}
/** The checkout's own tests folders, where pytest runs in `checkout` mode (nothing copied). */
async function locateTests(workspace, tests) {
    const testsPaths = [];
    for (const test of tests) {
        const inside = pathIn((0,external_node_path_.resolve)(workspace, test), workspace);
        if (inside === undefined)
            throw new errors/* InputError */.dz(`tests folder '${test}' is outside the checkout ${workspace}`, {
                hint: "give the tests folder relative to the checkout, or set 'tests-from: copy'",
            });
        if (!(await (0,promises_.stat)((0,external_node_path_.resolve)(workspace, test)).catch(() => undefined)))
            throw new errors/* InputError */.dz(`tests folder '${test}' does not exist in ${workspace}`, {
                hint: "set input 'tests' to the folder holding the test suite, relative to the checkout",
            });
        testsPaths.push(inside || '.');
    }
    return { root: workspace, testsPaths, configFile: await findPytestConfig(workspace) };
}
async function mkdirp(path) {
    await (0,promises_.mkdir)(path, { recursive: true });
    return path;
}
/** A run as the CLI and the pipeline report it: each failing test a warning on its file and line, then assertTestsPassed. */
function reportTestRun(result, logger) {
    for (const failure of result.failures)
        logger.warning(`${failure.title}: ${failure.message}`, {
            ...(failure.file ? { file: failure.file } : {}),
            ...(failure.line ? { line: failure.line } : {}),
        });
    assertTestsPassed(result);
}
/** Fails (throws) unless the run passed: the step's failure, with the counts in its one line. */
function assertTestsPassed(result) {
    if (result.outcome === 'passed')
        return;
    throw new errors/* WheelwrightError */.LJ('tests', result.message, {
        options: [{ name: 'tests' }, { name: 'pytest-args' }],
        hint: result.outcome === 'no-tests'
            ? "pytest collected nothing: check input 'tests' and input 'pytest-args'"
            : 'the installed package fails its own tests: each failure is reported with its file and line',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/clean-env/index.ts
/**
 * clean-env-test's behaviour: the release from the store, a fresh venv, the tests copied out of the
 * checkout, pytest's JUnit results, annotations data, the manifest record. The action and the CLI call
 * `testRelease` and these helpers; nothing else.
 */











/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MG: () => (/* binding */ archiveFormat),
/* harmony export */   hB: () => (/* binding */ readEntry),
/* harmony export */   wU: () => (/* binding */ walkArchive)
/* harmony export */ });
/* unused harmony exports MEMBER_READ_LIMIT, RECORD_READ_LIMIT, readAll, readMember */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3237);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7198);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2662);
/* harmony import */ var _printable_name__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8970);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 9709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ multipartBody)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   ZG: () => (/* binding */ classifyVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ri: () => (/* binding */ isValidVersion),
/* harmony export */   z0: () => (/* binding */ tryParseVersion)
/* harmony export */ });
/* unused harmony exports parseVersion, baseVersion, publicVersion, formatVersion, sortVersions */
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2662);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ ownerGone),
/* harmony export */   r: () => (/* binding */ withDirectoryLock)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2662);
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
    let waiting = false;
    for (;;) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(lock);
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            if (await abandoned(lock, staleMs)) {
                options.onAbandoned?.();
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(lock, { recursive: true, force: true });
                continue;
            }
            if (!waiting)
                options.onWait?.();
            waiting = true;
            if (Date.now() > deadline) {
                if (options.busyError)
                    throw options.busyError();
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


/***/ })

};
