export const id = 141;
export const ids = [141];
export const modules = {

/***/ 6141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  clampSdistTimes: () => (/* reexport */ clampSdistTimes),
  inspectRelease: () => (/* reexport */ inspectRelease),
  readSdistContents: () => (/* reexport */ readSdistContents),
  sdistNeedsClamping: () => (/* reexport */ sdistNeedsClamping),
  sha256File: () => (/* reexport */ sha256_file/* sha256File */.Q)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
// EXTERNAL MODULE: ./packages/core/src/distribution/archive.ts
var archive = __webpack_require__(9217);
// EXTERNAL MODULE: ./packages/core/src/distribution/core-metadata.ts
var core_metadata = __webpack_require__(2860);
;// CONCATENATED MODULE: ./packages/core/src/distribution/artefact-contents.ts
/**
 * One streamed pass over a wheel or an sdist, collecting what the inspection needs: every member with
 * its size (and, for wheels, its sha256 in RECORD's urlsafe-base64 form), plus the small metadata files.
 * Memory stays flat: member bytes are hashed as they stream, only RECORD/WHEEL/METADATA/PKG-INFO kept.
 */




const isWheelMetadataFile = (path) => {
    const parts = path.split('/');
    return parts.length === 2 && (parts[0] ?? '').endsWith('.dist-info') && ['RECORD', 'WHEEL', 'METADATA'].includes(parts[1] ?? '');
};
async function readWheelContents(path) {
    const members = [];
    const texts = new Map();
    await (0,archive.walkArchive)(path, async (entry) => {
        if (entry.type === 'directory') {
            members.push({ path: entry.path, type: entry.type, size: 0 });
            return false;
        }
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        if (entry.type === 'file' && isWheelMetadataFile(entry.path)) {
            // Read whole, with the member cap: a METADATA past it fails naming the member, never truncated.
            const data = await (0,archive/* readEntry */.hB)(path, entry, entry.path.endsWith('/RECORD') ? archive/* RECORD_READ_LIMIT */.lK : archive/* MEMBER_READ_LIMIT */.eu);
            hash.update(data);
            size = data.length;
            // A member stored twice (X003) is judged by the last copy, the one installers extract.
            texts.set(entry.path, data.toString('utf8'));
        }
        else {
            for await (const chunk of await entry.open()) {
                hash.update(chunk);
                size += chunk.length;
            }
        }
        const digest = hash.digest();
        members.push({
            path: entry.path,
            type: entry.type,
            size,
            hash: `sha256=${digest.toString('base64url')}`,
            digest: digest.toString('hex'),
            ...(entry.mode === undefined ? {} : { mode: entry.mode }),
        });
        return false;
    });
    const distInfoDirs = [
        ...new Set(members.map((member) => member.path.split('/')[0] ?? '').filter((top) => top.endsWith('.dist-info'))),
    ].sort();
    const contents = { path, members, distInfoDirs };
    const distInfo = distInfoDirs[0];
    if (distInfo) {
        const record = texts.get(`${distInfo}/RECORD`);
        const wheelFile = texts.get(`${distInfo}/WHEEL`);
        const metadataText = texts.get(`${distInfo}/METADATA`);
        if (record !== undefined)
            contents.record = record;
        if (wheelFile !== undefined)
            contents.wheelFile = wheelFile;
        if (metadataText !== undefined) {
            contents.metadataText = metadataText;
            contents.metadata = (0,core_metadata/* parseCoreMetadata */.Ug)(metadataText);
        }
    }
    return contents;
}
async function readSdistContents(path) {
    const members = [];
    let metadataText;
    await (0,archive.walkArchive)(path, async (entry) => {
        members.push({
            path: entry.path,
            type: entry.type,
            size: entry.size,
            ...(entry.mode === undefined ? {} : { mode: entry.mode }),
            ...(entry.linkTarget === undefined ? {} : { linkTarget: entry.linkTarget }),
        });
        if (metadataText === undefined && entry.type === 'file' && (0,core_metadata/* isMetadataMember */.QI)('sdist', entry.path.replace(/^\.\//, ''))) {
            metadataText = (await (0,archive/* readEntry */.hB)(path, entry)).toString('utf8');
        }
        return false;
    });
    const raw = members
        .filter((member) => member.type !== 'directory')
        .map((member) => ({ ...member, path: member.path.replace(/^\.\//, '') }));
    const tops = new Set(raw.map((member) => member.path.split('/')[0] ?? ''));
    const top = tops.size === 1 && raw.every((member) => member.path.includes('/')) ? [...tops][0] : undefined;
    const prefix = top === undefined ? '' : `${top}/`;
    const contents = {
        path,
        top,
        files: raw.filter((member) => member.path.startsWith(prefix)).map((member) => ({ ...member, path: member.path.slice(prefix.length) })),
        outside: raw.filter((member) => !member.path.startsWith(prefix)).map((member) => member.path),
        members,
    };
    if (metadataText !== undefined)
        contents.metadata = (0,core_metadata/* parseCoreMetadata */.Ug)(metadataText);
    if (members.length === 0)
        throw new errors/* WheelwrightError */.LJ('inspect', `${path} is an empty archive`, { hint: 'rebuild the sdist' });
    return contents;
}
/**
 * RECORD is CSV (PEP 376): path,hash,size — paths may be quoted when they hold commas or quotes. Cells
 * are sliced with indexOf, not built a character at a time: a RECORD can be tens of MiB.
 */
function parseRecord(text) {
    const rows = [];
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '')
            continue;
        const cells = [];
        let position = 0;
        while (position <= line.length) {
            if (line[position] === '"') {
                // A quoted cell: `""` is a quote inside it.
                let cell = '';
                let from = position + 1;
                for (;;) {
                    const quote = line.indexOf('"', from);
                    if (quote < 0) {
                        cell += line.slice(from);
                        position = line.length;
                        break;
                    }
                    cell += line.slice(from, quote);
                    if (line[quote + 1] === '"') {
                        cell += '"';
                        from = quote + 2;
                    }
                    else {
                        position = quote + 1;
                        break;
                    }
                }
                // Anything between the closing quote and the next comma belongs to the cell, as csv reads it.
                const comma = line.indexOf(',', position);
                cells.push(cell + line.slice(position, comma < 0 ? line.length : comma));
                position = comma < 0 ? line.length + 1 : comma + 1;
            }
            else {
                const comma = line.indexOf(',', position);
                cells.push(line.slice(position, comma < 0 ? line.length : comma));
                position = comma < 0 ? line.length + 1 : comma + 1;
            }
        }
        rows.push({ path: cells[0] ?? '', hash: cells[1] ?? '', size: cells[2] ?? '' });
    }
    return rows;
}
/** `Key: value` lines of the WHEEL file (same RFC 822 form as METADATA, no body). */
function parseWheelFile(text) {
    const fields = {};
    const metadata = (0,core_metadata/* parseCoreMetadata */.Ug)(text);
    for (const [key, value] of Object.entries(metadata.fields))
        fields[key] = Array.isArray(value) ? value : [value];
    // parseCoreMetadata keeps only the first of single-use fields; WHEEL's `Tag` is multiple-use.
    fields.Tag = text
        .split(/\r?\n/)
        .filter((line) => /^Tag\s*:/i.test(line))
        .map((line) => line.slice(line.indexOf(':') + 1).trim());
    return fields;
}

// EXTERNAL MODULE: ./packages/core/src/process/index.ts + 1 modules
var process = __webpack_require__(6894);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/distribution/printable-name.ts
var printable_name = __webpack_require__(8970);
;// CONCATENATED MODULE: ./packages/core/src/distribution/archive-rules.ts
/**
 * Archive hygiene: the member-level rules every artefact must pass before it ships, whatever the
 * backend that wrote it. For sdists they follow the rule set of Python's `tarfile` "data" extraction
 * filter (the default since Python 3.14, and what pip and pypa/build extract sdists with where
 * available), made stricter where a release has no reason to carry something at all:
 *
 * - the data filter strips a leading `/` and refuses names still absolute after that (`C:/…`); we
 *   refuse every absolute or drive-letter name (X002): an archive another extractor unpacks as-is would
 *   write there;
 * - it refuses a name that resolves outside the destination; we refuse every `..` segment (X002), even
 *   one that stays inside (`a/../b`): no backend writes them, and resolvers disagree once links exist.
 *   Backslashes are refused too: a Windows extractor reads them as separators;
 * - it refuses absolute link targets and links whose target resolves outside the destination; we
 *   refuse every symbolic and hard link in an sdist (X005) and say which ones escape, because backends
 *   copy file contents (setuptools dereferences links) and an extractor without the filter follows them;
 * - it refuses device files and FIFOs; we refuse those and any other special type (X006);
 * - it clears setuid, setgid and sticky bits and group/other write, and ignores directory modes; we
 *   refuse the high bits on files (X007) — no source or library file needs them — and leave directories
 *   alone (a checkout inside a setgid folder gives every directory the setgid bit) as well as
 *   group/other write (checkouts made with umask 002 carry it, and every extractor drops it);
 * - it ignores owners (uid/gid/uname/gname); so do we.
 *
 * Two rules of our own: a member stored twice (X003; extractors keep the last copy, readers often the
 * first) and control characters in names or link targets (X008; they forge log lines and terminal
 * output). Wheels (zip) get the same name, link, special-type and control-character rules; their links
 * come from the unix mode in the entry's external attributes.
 */


/** Why a member path may not be extracted as-is, or undefined when it is safe. */
function archive_rules_unsafePathReason(path) {
    if (path.startsWith('/'))
        return 'absolute';
    if (/^[A-Za-z]:/.test(path))
        return 'drive letter';
    if (path.includes('\\'))
        return 'backslash';
    if (path.split('/').includes('..'))
        return external_node_path_.posix.normalize(path).startsWith('../') || external_node_path_.posix.normalize(path) === '..' ? 'escapes with ..' : '..';
    return undefined;
}
/** Where a link resolves, relative to the archive root; `escapes` when outside it or absolute. */
function linkProblem(member) {
    const target = member.linkTarget ?? '';
    if (target.startsWith('/') || /^[A-Za-z]:/.test(target))
        return 'absolute target';
    // tarfile: a symlink's target is relative to the link's folder, a hard link's to the archive root.
    const resolved = external_node_path_.posix.normalize(member.type === 'symlink' ? external_node_path_.posix.join(external_node_path_.posix.dirname(member.path), target) : target);
    return resolved === '..' || resolved.startsWith('../') ? 'target outside the archive' : 'target inside the archive';
}
const HIGH_BITS = 0o7000;
const SPECIAL = new Set(['character-device', 'block-device', 'fifo', 'other']);
/** The hygiene rules above over every member as stored; `file` names the artefact in the findings. */
function checkArchiveMembers(members, file, options) {
    const findings = [];
    const add = (rule, message, paths) => {
        if (paths.length)
            findings.push({ rule, severity: 'error', file, message, paths });
    };
    // `./x` is how tar writes relative names; the rest of the name is judged.
    const nameOf = (member) => (options.kind === 'sdist' ? member.path.replace(/^(\.\/)+/, '') : member.path);
    add('X008', 'member names with control characters (they forge log lines; no installer needs them)', members
        .filter((member) => (0,printable_name/* hasControlCharacters */.Kg)(member.path) || (0,printable_name/* hasControlCharacters */.Kg)(member.linkTarget ?? ''))
        .map((member) => (0,printable_name/* printableName */.Nt)(member.path)));
    add('X002', options.kind === 'sdist'
        ? 'members with absolute, drive-letter, backslash or `..` paths (an extractor without a filter writes outside its folder)'
        : 'members with absolute, drive-letter, backslash or `..` paths (pip refuses to install them)', members
        .map((member) => ({ member, reason: archive_rules_unsafePathReason(nameOf(member)) }))
        .filter((item) => item.reason !== undefined)
        .map((item) => `${(0,printable_name/* printableName */.Nt)(item.member.path)} (${item.reason})`));
    const seen = new Set();
    const duplicated = new Set();
    for (const member of members) {
        // A directory stored twice is harmless (some tar writers repeat them); a file stored twice is not.
        if (member.type === 'directory')
            continue;
        const name = nameOf(member);
        if (seen.has(name))
            duplicated.add((0,printable_name/* printableName */.Nt)(member.path));
        seen.add(name);
    }
    add('X003', 'duplicate archive entries (the extracted file depends on the extractor)', [...duplicated]);
    const links = members.filter((member) => member.type === 'symlink' || member.type === 'hardlink');
    if (options.kind === 'sdist') {
        add('X005', 'symbolic or hard links (extractors follow them; store the file itself — setuptools copies link targets)', links.map((member) => `${(0,printable_name/* printableName */.Nt)(member.path)} -> ${(0,printable_name/* printableName */.Nt)(member.linkTarget ?? '')} (${member.type}, ${linkProblem(member)})`));
    }
    else {
        add('X005', 'symbolic links (wheels cannot carry them portably; installers write them as files or follow them)', links.map((member) => (0,printable_name/* printableName */.Nt)(member.path)));
    }
    add('X006', 'device files, FIFOs or other special members (tarfile refuses to extract them)', members.filter((member) => SPECIAL.has(member.type)).map((member) => `${(0,printable_name/* printableName */.Nt)(member.path)} (${member.type})`));
    add('X007', 'files with setuid, setgid or sticky bits (no source or library file needs them)', members
        .filter((member) => member.type !== 'directory' && member.mode !== undefined && (member.mode & HIGH_BITS) !== 0)
        .map((member) => `${(0,printable_name/* printableName */.Nt)(member.path)} (mode ${((member.mode ?? 0) & 0o7777).toString(8).padStart(4, '0')})`));
    return findings;
}

// EXTERNAL MODULE: ./packages/core/src/distribution/artefact-filename.ts
var artefact_filename = __webpack_require__(8199);
// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __webpack_require__(2640);
// EXTERNAL MODULE: ./packages/core/src/distribution/pep508.ts
var pep508 = __webpack_require__(643);
// EXTERNAL MODULE: ./packages/core/src/distribution/version-bridge.ts
var version_bridge = __webpack_require__(4101);
;// CONCATENATED MODULE: ./packages/core/src/distribution/metadata-rules.ts
/**
 * Core metadata rules: what `twine check` rejects (its long-description rendering) and what
 * packaging.metadata (newer twine, PyPI's upload validation) rejects: required fields, a known
 * Metadata-Version that allows every field present, valid name, version, Requires-Python, Requires-Dist.
 * Unlike Debian's twine 4.0.2 (pkginfo 1.8 knows Metadata-Version ≤ 2.2 and reports 2.3/2.4 files as
 * "missing required fields: Name, Version"), metadata 2.3 and 2.4 (License-Expression, License-File) pass.
 */




/** Metadata versions and the fields each introduced (core metadata spec, "History"). */
const KNOWN_METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];
const FIELD_SINCE = {
    'Supported-Platform': '1.1',
    Classifier: '1.1',
    'Download-URL': '1.1',
    Maintainer: '1.2',
    'Maintainer-email': '1.2',
    'Requires-Dist': '1.2',
    'Requires-Python': '1.2',
    'Requires-External': '1.2',
    'Project-URL': '1.2',
    'Provides-Dist': '1.2',
    'Obsoletes-Dist': '1.2',
    'Description-Content-Type': '2.1',
    'Provides-Extra': '2.1',
    Dynamic: '2.2',
    'License-Expression': '2.4',
    'License-File': '2.4',
    'Import-Name': '2.5',
    'Import-Namespace': '2.5',
};
// PyPI (warehouse) accepts exactly these long-description types; twine renders the rest as reST.
const CONTENT_TYPES = ['text/plain', 'text/x-rst', 'text/markdown'];
const MARKDOWN_VARIANTS = ['gfm', 'commonmark'];
function versionTuple(text) {
    return text.split('.').map((part) => Number.parseInt(part, 10));
}
function atLeast(version, minimum) {
    const [a = 0, b = 0] = versionTuple(version);
    const [c = 0, d = 0] = versionTuple(minimum);
    return a > c || (a === c && b >= d);
}
/** Content type and its parameters, as `cgi.parse_header` splits them (twine 4.0.2). */
function parseContentType(value) {
    const [type = '', ...rest] = value.split(';');
    const params = {};
    for (const part of rest) {
        const equals = part.indexOf('=');
        if (equals > 0)
            params[part.slice(0, equals).trim().toLowerCase()] = part
                .slice(equals + 1)
                .trim()
                .replace(/^"(.*)"$/, '$1');
    }
    return { type: type.trim().toLowerCase(), params };
}
/** Does the long description need reST rendering (twine's default when the type is missing or unknown)? */
function needsRestRendering(metadata) {
    const description = metadata.description;
    if (description === undefined || description.trim() === '' || description.trimEnd() === 'UNKNOWN')
        return false;
    const contentType = (0,core_metadata/* fieldValue */.ag)(metadata, 'Description-Content-Type');
    if (contentType === undefined)
        return true;
    const type = parseContentType(contentType).type;
    return type === 'text/x-rst' || !CONTENT_TYPES.includes(type);
}
function checkMetadata(metadata, file) {
    const findings = [];
    const add = (rule, severity, message) => findings.push({ rule, severity, file, message });
    const version = metadata.metadataVersion;
    const missing = ['Metadata-Version', 'Name', 'Version'].filter((field) => !(0,core_metadata/* fieldValue */.ag)(metadata, field));
    if (missing.length)
        add('M001', 'error', `metadata is missing required fields: ${missing.join(', ')}`);
    if (version && !KNOWN_METADATA_VERSIONS.includes(version))
        add('M002', 'error', 
        // 2.0 (PEP 426) was withdrawn and never standard; old bdist_wheel wrote it, packaging refuses it.
        `Metadata-Version ${version} is not one of ${KNOWN_METADATA_VERSIONS.join(', ')}${version === '2.0' ? ' (2.0 was never a standard; packaging, twine 6 and PyPI refuse it)' : ''}`);
    if (metadata.name && !(0,project_name/* isValidName */.uV)(metadata.name))
        add('M003', 'error', `Name '${metadata.name}' is not a valid project name`);
    if (metadata.version && (0,version_bridge/* normalizeVersion */.Qj)(metadata.version) === undefined)
        add('M004', 'error', `Version '${metadata.version}' is not a PEP 440 version`);
    if (version && KNOWN_METADATA_VERSIONS.includes(version)) {
        for (const [field, since] of Object.entries(FIELD_SINCE)) {
            if (metadata.fields[field] === undefined || atLeast(version, since))
                continue;
            // setuptools < 77 wrote License-File under 2.1/2.2 for years and PyPI accepts it; packaging ≥ 24
            // (twine 6.1) rejects it, so say so without failing the build.
            if (field === 'License-File')
                add('M005', 'warning', `field ${field} needs Metadata-Version ${since} or later, the file declares ${version} (old setuptools; newer twine rejects it)`);
            else
                add('M005', 'error', `field ${field} needs Metadata-Version ${since} or later, the file declares ${version}`);
        }
    }
    const requiresPython = (0,core_metadata/* fieldValue */.ag)(metadata, 'Requires-Python');
    if (requiresPython !== undefined) {
        const problem = (0,pep508/* checkSpecifierSet */.vI)(requiresPython);
        if (problem)
            add('M006', 'error', `Requires-Python: ${problem}`);
    }
    for (const requirement of (0,core_metadata/* fieldValues */.Xz)(metadata, 'Requires-Dist')) {
        const problem = (0,pep508/* checkRequirement */.Ee)(requirement);
        if (problem)
            add('M007', 'error', `Requires-Dist '${requirement}' ${problem} (PEP 508)`);
    }
    const contentType = (0,core_metadata/* fieldValue */.ag)(metadata, 'Description-Content-Type');
    if (contentType === undefined) {
        add('M010', 'soft', '`long_description_content_type` missing, defaulting to text/x-rst (twine check warns)');
    }
    else {
        const { type, params } = parseContentType(contentType);
        if (!CONTENT_TYPES.includes(type))
            add('M008', 'error', `Description-Content-Type '${contentType}' is not one of ${CONTENT_TYPES.join(', ')} (PyPI rejects it)`);
        else if (type === 'text/markdown' && params.variant !== undefined && !MARKDOWN_VARIANTS.includes(params.variant.toLowerCase()))
            add('M008', 'error', `Description-Content-Type markdown variant '${params.variant}' is not GFM or CommonMark`);
    }
    if (metadata.description === undefined || metadata.description.trim() === '' || metadata.description.trimEnd() === 'UNKNOWN')
        add('M011', 'soft', '`long_description` missing (twine check warns)');
    for (const field of metadata.repeated)
        add('M012', 'error', `single-use field ${field} appears more than once`);
    if (metadata.malformedLines.length)
        add('M013', 'error', `header line '${metadata.malformedLines[0]}' is not 'Field: value' (the rest is read as the description)`);
    for (const field of (0,core_metadata/* fieldValues */.Xz)(metadata, 'Dynamic')) {
        if (['name', 'version', 'metadata-version'].includes(field.toLowerCase()))
            add('M014', 'error', `Dynamic must not list ${field} (PEP 643)`);
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/core/src/distribution/wheel-rules.ts
/**
 * Wheel content rules: RECORD (PEP 376/427: every file listed with the right hash and size), the WHEEL
 * file, archive hygiene, and check-wheel-contents' W001–W009/W201/W202 with the same codes and meaning
 * (https://github.com/jwodder/check-wheel-contents#checks).
 */




// check-wheel-contents: contents that many files legitimately share (empty __init__.py …), not W002.
const ALLOWED_DUPLICATES = new Set(['', '\n', '\r\n', '# -*- coding: utf-8 -*-', '# -*- coding: utf-8 -*-\n', '# -*- coding: utf-8 -*-\n\r'].map((text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex')));
const COMMON_DIRS_ERROR = ['test', 'tests'];
const COMMON_DIRS_SOFT = ['doc', 'docs', 'example', 'examples', 'src'];
/**
 * Droppings nobody ships on purpose: VCS folders (not the files projects track and ship on purpose —
 * `.gitignore`, `.gitkeep`, `.gitattributes`, setuptools_scm's `.git_archival.txt`), OS metadata (Finder,
 * Explorer, AppleDouble `._*`), editor settings folders, backups and swap files, and rejected patch hunks.
 * `*.orig` is not here: real projects ship such files on purpose (JupyterLab's `package.json.orig`).
 */
const STRAY = /(^|\/)(\.git|\.hg|\.svn|\.bzr|CVS|\.DS_Store|\._[^/]+|Thumbs\.db|desktop\.ini|\.idea|\.vscode|\.#[^/]*|#[^/]*#|[^/]*~|\.[^/]*\.sw[op]|[^/]*\.rej)(\/|$)/;
const MODULE_EXT = /\.(py|pyi|so|pyd)$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function isStrayPath(path) {
    return STRAY.test(path);
}
function isUnsafePath(path) {
    return unsafePathReason(path) !== undefined;
}
/** Library path of a member: purelib/platlib contents, `<dist>.data/(purelib|platlib)/` unwrapped. */
function libraryPath(path) {
    const [top = '', second = '', ...rest] = path.split('/');
    if (top.endsWith('.dist-info'))
        return undefined;
    if (top.endsWith('.data'))
        return second === 'purelib' || second === 'platlib' ? rest.join('/') : undefined;
    return path;
}
/**
 * Top-level entries that are not import packages by design, so not W004/W008/W009 material: auditwheel's
 * `<dist>.libs/` (shared libraries grafted in by `auditwheel repair`), PEP 561 stub-only `<pkg>-stubs/`,
 * and mypyc's shared runtime module `<hex>__mypyc.*.so`.
 */
function isAuxiliaryTop(name) {
    return name.endsWith('.libs') || name.endsWith('-stubs') || /^[0-9a-f]+__mypyc$/.test(name);
}
const topOf = (path) => (path.split('/')[0] ?? '').replace(/\..*$/, (suffix) => (path.includes('/') ? suffix : ''));
function isModule(path) {
    return MODULE_EXT.test(path);
}
/** check-wheel-contents' "importable path": every folder and the module stem are identifiers. */
function isImportable(path) {
    const parts = path.split('/');
    const file = parts.pop() ?? '';
    const stem = file.split('.')[0] ?? '';
    return parts.every((part) => IDENTIFIER.test(part)) && IDENTIFIER.test(stem);
}
function checkWheel(contents, filename, options = {}) {
    const file = filename.filename;
    const findings = [];
    const add = (rule, severity, message, paths) => findings.push({ rule, severity, file, message, ...(paths?.length ? { paths } : {}) });
    const files = contents.members.filter((member) => member.type !== 'directory');
    // Archive hygiene: names, duplicates, links, special members, control characters (archive-rules.ts).
    findings.push(...checkArchiveMembers(contents.members, file, { kind: 'wheel' }));
    const stray = files.filter((member) => isStrayPath(member.path)).map((member) => (0,printable_name/* printableName */.Nt)(member.path));
    if (stray.length)
        add('X001', 'soft', 'stray files (editor, VCS or OS droppings)', stray);
    const expectedDistInfo = `${filename.distribution}-${filename.rawVersion}.dist-info`;
    if (contents.distInfoDirs.length !== 1) {
        add('X004', 'error', `expected exactly one .dist-info folder, found ${contents.distInfoDirs.length}`, contents.distInfoDirs);
    }
    else if (contents.distInfoDirs[0]?.toLowerCase() !== expectedDistInfo.toLowerCase()) {
        add('X004', 'error', `.dist-info folder '${contents.distInfoDirs[0]}' does not match the filename (expected ${expectedDistInfo})`);
    }
    const distInfo = contents.distInfoDirs[0] ?? expectedDistInfo;
    checkRecord(contents, distInfo, files, add);
    checkWheelFile(contents, distInfo, filename, add);
    // check-wheel-contents.
    const library = files
        .map((member) => ({ member, path: libraryPath(member.path) }))
        .filter((item) => item.path !== undefined && item.path !== '');
    const bytecode = files.filter((member) => /\.py[co]$/.test(member.path) || member.path.split('/').includes('__pycache__'));
    if (bytecode.length)
        add('W001', 'error', 'wheel contains .pyc/.pyo files or __pycache__ (built from a dirty tree?)', bytecode.map((member) => member.path));
    const byDigest = new Map();
    for (const { member } of library) {
        if (!member.digest || ALLOWED_DUPLICATES.has(member.digest))
            continue;
        byDigest.set(member.digest, [...(byDigest.get(member.digest) ?? []), member.path]);
    }
    for (const paths of byDigest.values())
        if (paths.length > 1)
            add('W002', 'soft', 'wheel contains duplicate files', paths);
    const topFiles = library.filter((item) => !item.path.includes('/'));
    const nonModules = topFiles.filter((item) => !isModule(item.path) && !item.path.endsWith('.pth')).map((item) => item.member.path);
    if (nonModules.length)
        add('W003', 'soft', 'wheel contains non-module at library toplevel', nonModules);
    const notImportable = library
        .filter((item) => isModule(item.path) && !isImportable(item.path) && !isAuxiliaryTop(topOf(item.path)))
        .map((item) => item.member.path);
    if (notImportable.length)
        add('W004', 'soft', 'module is not located at importable path', notImportable);
    const topDirs = [...new Set(library.filter((item) => item.path.includes('/')).map((item) => item.path.split('/')[0] ?? ''))].sort();
    const testDirs = topDirs.filter((dir) => COMMON_DIRS_ERROR.includes(dir));
    if (testDirs.length)
        add('W005', 'error', 'wheel contains common toplevel directory in library (a test suite installed as a top-level package)', testDirs.map((dir) => `${dir}/`));
    const commonDirs = topDirs.filter((dir) => COMMON_DIRS_SOFT.includes(dir));
    if (commonDirs.length)
        add('W005', 'soft', 'wheel contains common toplevel directory in library', commonDirs.map((dir) => `${dir}/`));
    if (topFiles.some((item) => item.path === '__init__.py'))
        add('W006', 'soft', '__init__.py at top level of library', ['__init__.py']);
    if (library.length === 0)
        add('W007', 'soft', 'wheel library is empty');
    const topLevel = [...topDirs, ...topFiles.filter((item) => isModule(item.path)).map((item) => item.path.replace(/\..*$/, ''))].filter((name, index, all) => all.indexOf(name) === index);
    const visible = topLevel.filter((name) => !name.startsWith('_') && !isAuxiliaryTop(name));
    if (visible.length > 1)
        add('W008', 'soft', 'wheel contains multiple toplevel library entries', visible);
    const noModules = topDirs.filter((dir) => !isAuxiliaryTop(dir) && !library.some((item) => item.path.startsWith(`${dir}/`) && isModule(item.path)));
    if (noModules.length)
        add('W009', 'soft', 'toplevel library directory contains no modules', noModules.map((dir) => `${dir}/`));
    if (options.expectedTopLevel) {
        const missing = options.expectedTopLevel.filter((name) => !topLevel.includes(name));
        if (missing.length)
            add('W201', 'error', 'wheel library is missing a top-level package of the source tree', missing);
        const undeclared = topLevel.filter((name) => !options.expectedTopLevel?.includes(name));
        if (undeclared.length)
            add('W202', 'soft', 'wheel library has a top-level entry that is not in the source tree', undeclared);
    }
    return findings;
}
function checkRecord(contents, distInfo, files, add) {
    const recordPath = `${distInfo}/RECORD`;
    if (contents.record === undefined) {
        add('R001', 'error', `${recordPath} is missing (PEP 427: every wheel lists its files with hashes)`);
        return;
    }
    const rows = parseRecord(contents.record);
    const listed = new Map(rows.map((row) => [row.path, row]));
    const wrong = [];
    const unhashed = [];
    for (const member of files) {
        const row = listed.get(member.path);
        if (!row || member.path === recordPath)
            continue;
        if (row.hash === '') {
            unhashed.push(member.path);
            continue;
        }
        const [algorithm] = row.hash.split('=');
        if (algorithm !== 'sha256' && algorithm !== 'sha384' && algorithm !== 'sha512') {
            // PEP 427: md5 and sha1 are not allowed.
            wrong.push(`${member.path} (hash algorithm ${algorithm})`);
        }
        else if (algorithm === 'sha256' && row.hash !== member.hash) {
            // PEP 376: urlsafe base64 without padding. A hex digest of the right bytes is a RECORD writer's
            // encoding mistake, not tampering; say which.
            const hex = row.hash.slice('sha256='.length).toLowerCase() === member.digest;
            wrong.push(hex
                ? `${member.path} (hash written in hex, PEP 376 wants urlsafe base64)`
                : `${member.path} (hash ${row.hash}, archive has ${member.hash})`);
        }
        else if (row.size !== '' && Number(row.size) !== member.size) {
            wrong.push(`${member.path} (size ${row.size}, archive has ${member.size})`);
        }
    }
    if (wrong.length)
        add('R002', 'error', wrong.every((item) => item.endsWith('(hash written in hex, PEP 376 wants urlsafe base64)'))
            ? 'RECORD hashes are not in the PEP 376 form (installers that verify RECORD refuse the wheel)'
            : 'RECORD hash or size does not match the file (tampered or post-processed wheel)', wrong);
    if (unhashed.length)
        add('R005', 'error', 'RECORD lists files without a hash', unhashed);
    const signatures = [`${distInfo}/RECORD.jws`, `${distInfo}/RECORD.p7s`, recordPath];
    const unlisted = files.filter((member) => !listed.has(member.path) && !signatures.includes(member.path)).map((member) => member.path);
    if (unlisted.length)
        add('R003', 'error', 'files missing from RECORD', unlisted);
    const present = new Set(files.map((member) => member.path));
    const ghosts = rows.filter((row) => !present.has(row.path)).map((row) => row.path);
    if (ghosts.length)
        add('R004', 'error', 'RECORD lists files that are not in the wheel', ghosts);
}
function expandTag(tag) {
    const [python = '', abi = '', platform = ''] = tag.split('-');
    const out = [];
    for (const p of python.split('.'))
        for (const a of abi.split('.'))
            for (const pl of platform.split('.'))
                out.push(`${p}-${a}-${pl}`);
    return out;
}
function checkWheelFile(contents, distInfo, filename, add) {
    if (contents.wheelFile === undefined) {
        add('K001', 'error', `${distInfo}/WHEEL is missing`);
        return;
    }
    const fields = parseWheelFile(contents.wheelFile);
    const wheelVersion = fields['Wheel-Version']?.[0];
    if (!wheelVersion || !/^1\.\d+$/.test(wheelVersion))
        add('K002', 'error', `WHEEL: Wheel-Version is '${wheelVersion ?? ''}', installers only accept 1.x`);
    const purelib = fields['Root-Is-Purelib']?.[0]?.toLowerCase();
    if (purelib !== 'true' && purelib !== 'false')
        add('K003', 'error', 'WHEEL: Root-Is-Purelib must be true or false');
    // PEP 425 compressed tag sets (`cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64`, as maturin
    // writes them) name the same tags as one line per tag.
    const declared = new Set((fields.Tag ?? []).flatMap(expandTag));
    const expected = new Set();
    for (const python of filename.pythonTags ?? [])
        for (const abi of filename.abiTags ?? [])
            for (const platform of filename.platformTags ?? [])
                expected.add(`${python}-${abi}-${platform}`);
    const foreign = [...declared].filter((tag) => !expected.has(tag));
    const unlisted = [...expected].filter((tag) => !declared.has(tag));
    if (foreign.length || declared.size === 0)
        add('K004', 'error', `WHEEL: Tag lines (${[...declared].join(', ') || 'none'}) do not match the filename's tags (${[...expected].join(', ')}): renamed after the build, or built wrongly`);
    else if (unlisted.length)
        add('K004', 'soft', `WHEEL: the filename claims tags the Tag lines do not list (${unlisted.join(', ')})`);
    if (purelib === 'true' && (filename.platformTags ?? []).some((tag) => tag !== 'any'))
        add('K005', 'soft', 'WHEEL: Root-Is-Purelib is true but the filename has a platform tag');
}

;// CONCATENATED MODULE: ./packages/core/src/distribution/inspect-release.ts
/**
 * Inspects a built release (sdist and/or wheel) before anything is published: filenames against the
 * metadata, the metadata rules, the wheel's RECORD/WHEEL/contents, and the seed's failure — files the
 * repository tracks that never reach the sdist, or sdist package data that never reaches the wheel.
 */









const IGNORED_SOURCE = (path) => isStrayPath(path) || /\.py[co]$/.test(path) || path.split('/').includes('__pycache__');
async function inspectRelease(options) {
    const findings = [];
    const notes = [];
    const report = { findings, notes, name: '', version: '' };
    if (options.sdist) {
        const filename = (0,artefact_filename/* parseArtefactFilename */.NL)(options.sdist);
        const contents = options.sdistContents ?? (await readSdistContents(options.sdist));
        report.sdist = { path: options.sdist, filename, contents, ...(contents.metadata ? { metadata: contents.metadata } : {}) };
        // Hostile until proven otherwise: links, devices, escaping names (archive-rules.ts) are hard errors.
        findings.push(...checkArchiveMembers(contents.members, filename.filename, { kind: 'sdist' }));
        if (!contents.metadata)
            findings.push({ rule: 'S004', severity: 'error', file: filename.filename, message: 'sdist has no <top>/PKG-INFO' });
        const expectedTop = filename.filename.slice(0, -filename.extension.length);
        if (contents.top !== expectedTop)
            findings.push({
                rule: 'S003',
                severity: 'soft',
                file: filename.filename,
                message: `sdist members should sit in one top folder '${expectedTop}/' (PEP 625), found ${contents.top ? `'${(0,printable_name/* printableName */.Nt)(contents.top)}/'` : 'several'}`,
            });
    }
    if (options.wheel) {
        const filename = (0,artefact_filename/* parseArtefactFilename */.NL)(options.wheel);
        const contents = await readWheelContents(options.wheel);
        report.wheel = { path: options.wheel, filename, contents, ...(contents.metadata ? { metadata: contents.metadata } : {}) };
        if (!contents.metadata)
            findings.push({ rule: 'M001', severity: 'error', file: filename.filename, message: 'wheel has no .dist-info/METADATA' });
    }
    const artefacts = [];
    if (report.sdist)
        artefacts.push(report.sdist);
    if (report.wheel)
        artefacts.push(report.wheel);
    for (const artefact of artefacts) {
        const file = artefact.filename.filename;
        if (!artefact.filename.normalized)
            findings.push({
                rule: 'N002',
                // Legacy names (`my-pkg-1.0.tar.gz`, setuptools < 69) still install; PyPI only warns about them.
                severity: 'warning',
                file,
                message: `filename is not normalized (expected ${artefact.metadata ? (0,artefact_filename/* artefactStem */.GN)(artefact.metadata.name, artefact.metadata.version) : '{name}-{version}'}${artefact.filename.kind === 'wheel' ? '-…whl' : '.tar.gz'}, PEP 427/625)`,
            });
        if (!artefact.metadata)
            continue;
        findings.push(...checkMetadata(artefact.metadata, file));
        const metadataName = (0,project_name/* normalizeProjectName */.yz)(artefact.metadata.name);
        if (artefact.metadata.name && metadataName !== artefact.filename.name)
            findings.push({
                rule: 'N003',
                severity: 'error',
                file,
                message: `filename names '${artefact.filename.name}' but the metadata says '${artefact.metadata.name}'`,
            });
        if (artefact.metadata.version && !(0,version_bridge/* sameVersion */.r1)(artefact.metadata.version, artefact.filename.rawVersion))
            findings.push({
                rule: 'N003',
                severity: 'error',
                file,
                message: `filename has version ${artefact.filename.rawVersion} but the metadata says ${artefact.metadata.version}`,
            });
        if (options.expectedVersion && artefact.metadata.version && !(0,version_bridge/* sameVersion */.r1)(artefact.metadata.version, options.expectedVersion))
            findings.push({
                rule: 'V001',
                severity: 'error',
                file,
                message: `version is ${artefact.metadata.version}, expected ${options.expectedVersion} (input 'version')`,
            });
    }
    if (report.sdist?.metadata && report.wheel?.metadata) {
        const { name: sdistName, version: sdistVersion } = report.sdist.metadata;
        const { name: wheelName, version: wheelVersion } = report.wheel.metadata;
        if ((0,project_name/* normalizeProjectName */.yz)(sdistName) !== (0,project_name/* normalizeProjectName */.yz)(wheelName) || !(0,version_bridge/* sameVersion */.r1)(sdistVersion, wheelVersion))
            findings.push({
                rule: 'N004',
                severity: 'error',
                file: report.wheel.filename.filename,
                message: `wheel is ${wheelName} ${wheelVersion} but the sdist is ${sdistName} ${sdistVersion}`,
            });
    }
    const sourceRoot = findSourceRoot(report.sdist?.contents, options.trackedFiles);
    if (report.wheel) {
        const expectedTopLevel = report.sdist ? expectedTopLevelFromSdist(report.sdist.contents) : undefined;
        findings.push(...checkWheel(report.wheel.contents, report.wheel.filename, expectedTopLevel ? { expectedTopLevel } : {}));
    }
    findings.push(...checkSources(report, sourceRoot, options.trackedFiles, notes));
    const main = report.wheel?.metadata ?? report.sdist?.metadata;
    if (main) {
        report.metadata = main;
        report.name = main.name;
        report.version = main.version;
        if (options.python && needsRestRendering(main)) {
            const file = (report.wheel ?? report.sdist)?.filename.filename ?? '';
            const outcome = await renderRest(options.python, main.description ?? '', main.fields['Description-Content-Type']);
            if (outcome.unavailable)
                notes.push(`reST long description not rendered: ${outcome.unavailable}`);
            else if (outcome.error)
                findings.push({
                    rule: 'M009',
                    severity: 'error',
                    file,
                    message: `long description has syntax errors in markup and would not be rendered on PyPI (${outcome.error})`,
                });
        }
    }
    return report;
}
/** `src/` when the project uses the src layout (in the sdist or the tracked files), else the root. */
function findSourceRoot(sdist, tracked) {
    const paths = sdist ? sdist.files.map((file) => file.path) : (tracked ?? []);
    return paths.some((path) => path.startsWith('src/') && path.endsWith('.py')) ? 'src/' : '';
}
/** Top-level packages of a src layout: folders under src/ that hold modules, and src/*.py. */
function expectedTopLevelFromSdist(sdist) {
    const under = sdist.files.map((file) => file.path).filter((path) => path.startsWith('src/') && /\.(py|pyi)$/.test(path));
    if (under.length === 0)
        return undefined;
    const names = under.map((path) => {
        const rest = path.slice(4);
        return rest.includes('/') ? (rest.split('/')[0] ?? '') : rest.replace(/\..*$/, '');
    });
    return [...new Set(names)].filter((name) => !name.endsWith('.egg-info') && !IGNORED_SOURCE(name)).sort();
}
function checkSources(report, root, tracked, notes) {
    const findings = [];
    const wheelLibrary = report.wheel
        ? new Set(report.wheel.contents.members.map((member) => libraryPath(member.path)).filter((path) => path !== undefined))
        : undefined;
    // The package folders: the wheel's top-level entries, else (sdist only) the src/ packages.
    let tops;
    if (wheelLibrary) {
        tops = [...new Set([...wheelLibrary].map((path) => (path.includes('/') ? (path.split('/')[0] ?? '') : path)))].filter((top) => top !== '' && !top.endsWith('.pth'));
    }
    else {
        tops = report.sdist ? (expectedTopLevelFromSdist(report.sdist.contents) ?? []) : [];
    }
    const inPackages = (path) => path.startsWith(root) &&
        tops.some((top) => {
            const rest = path.slice(root.length);
            return rest === top || rest.startsWith(`${top}/`) || rest.replace(/\.(py|pyi)$/, '') === top;
        }) &&
        !IGNORED_SOURCE(path);
    if (tracked === undefined) {
        notes.push('not a git work tree: tracked files not compared with the sdist (S001 skipped)');
    }
    else {
        const wanted = tracked.filter(inPackages);
        if (report.sdist) {
            const inSdist = new Set(report.sdist.contents.files.map((file) => file.path));
            const missing = wanted.filter((path) => !inSdist.has(path));
            if (missing.length)
                findings.push({
                    rule: 'S001',
                    severity: 'error',
                    file: report.sdist.filename.filename,
                    message: `files git tracks in the package folders are missing from the sdist (so from the wheel built from it); include them with package-data, MANIFEST.in or setuptools_scm`,
                    paths: missing,
                });
        }
        else if (report.wheel && wheelLibrary) {
            const missing = wanted.filter((path) => !wheelLibrary.has(path.slice(root.length)));
            if (missing.length)
                findings.push({
                    rule: 'S001',
                    severity: 'error',
                    file: report.wheel.filename.filename,
                    message: 'files git tracks in the package folders are missing from the wheel',
                    paths: missing,
                });
        }
    }
    if (report.sdist && report.wheel && wheelLibrary) {
        const lost = report.sdist.contents.files
            .map((file) => file.path)
            .filter(inPackages)
            .filter((path) => !wheelLibrary.has(path.slice(root.length)));
        if (lost.length)
            findings.push({
                rule: 'S002',
                severity: 'error',
                file: report.wheel.filename.filename,
                message: 'package files in the sdist do not reach the wheel (package data not declared?)',
                paths: lost,
            });
    }
    return findings;
}
const REST_SCRIPT = `
import io, sys
text = sys.stdin.read()
try:
    import readme_renderer.rst as rst
except ImportError:
    print("UNAVAILABLE")
    sys.exit(0)
stream = io.StringIO()
params = dict(p.split("=", 1) for p in sys.argv[1:])
print("OK" if rst.render(text, stream=stream, **params) is not None else "FAIL")
print(stream.getvalue().strip().splitlines()[0] if stream.getvalue().strip() else "")
`;
/** Renders reST with readme_renderer (what twine check and PyPI use); nothing to compare with in JS. */
async function renderRest(python, description, contentType) {
    const params = typeof contentType === 'string' ? parseContentType(contentType).params : {};
    const args = Object.entries(params).map(([key, value]) => `${key}=${value}`);
    try {
        const result = await (0,process/* run */.e)(python, ['-c', REST_SCRIPT, ...args], { input: description, timeoutMs: 60_000, label: 'readme_renderer' });
        const [status = '', detail = ''] = result.stdout.split(/\r?\n/);
        if (status === 'UNAVAILABLE')
            return { unavailable: `readme_renderer is not installed in ${python}` };
        return status === 'OK' ? {} : { error: detail.trim() || 'rendering failed' };
    }
    catch (error) {
        return { unavailable: error instanceof Error ? error.message : String(error) };
    }
}

// EXTERNAL MODULE: ./packages/core/src/distribution/sha256-file.ts
var sha256_file = __webpack_require__(3815);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/.pnpm/tar-stream@3.2.2_bare-buffer@3.7.3/node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(3237);
;// CONCATENATED MODULE: ./packages/core/src/build/reproducible-sdist.ts
/**
 * setuptools does not honour SOURCE_DATE_EPOCH in sdists (measured with 66 and 84): the gzip header
 * carries the build's wall-clock time and every member its file-system mtime, so two builds of one
 * commit differ, and a fresh CI checkout differs from the last one. This rewrites such an sdist the way
 * reproducible-builds.org recommends — member times clamped to SOURCE_DATE_EPOCH, gzip header time 0 —
 * with the members' bytes, order, modes and names unchanged. Sdists that already comply (hatchling,
 * flit) are left untouched.
 */





/** True when the sdist's gzip header or any member time is later than `epoch`. */
async function sdistNeedsClamping(path, epoch) {
    const handle = await (0,promises_.open)(path, 'r');
    let headerTime;
    try {
        const header = Buffer.alloc(10);
        await handle.read(header, 0, 10, 0);
        headerTime = header.readUInt32LE(4);
    }
    finally {
        await handle.close();
    }
    if (headerTime > epoch)
        return true;
    const tar = (0,tar_stream.extract)();
    const source = (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path), (0,external_node_zlib_.createGunzip)(), tar);
    source.catch(() => { });
    let late = false;
    for await (const entry of tar) {
        const pax = entry.header.pax;
        const time = pax?.mtime === undefined ? (entry.header.mtime?.getTime() ?? 0) / 1000 : Number(pax.mtime);
        if (time > epoch)
            late = true;
        entry.resume();
    }
    await source;
    return late;
}
/**
 * Rewrites `path` in place (via a temporary file and a rename); returns the number of members clamped.
 * An sdist holding a member type tar-stream cannot write back is left untouched (0).
 */
async function clampSdistTimes(path, epoch) {
    const temporary = `${path}.reproducible`;
    const input = (0,tar_stream.extract)();
    const output = (0,tar_stream.pack)();
    const epochDate = new Date(epoch * 1000);
    let clamped = 0;
    const reading = (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path), (0,external_node_zlib_.createGunzip)(), input);
    // Level 9, as Python's tarfile/gzip writes; Node's gzip header has no time (MTIME 0) by design.
    const writing = (0,external_node_stream_promises_.pipeline)(output, (0,external_node_zlib_.createGzip)({ level: external_node_zlib_.constants.Z_BEST_COMPRESSION }), (0,external_node_fs_.createWriteStream)(temporary));
    let faithful = true;
    for await (const entry of input) {
        // tar-stream reads type flags it does not know as null and would write them back as regular files:
        // leave such an sdist exactly as built, for the inspection to judge (X006), rather than launder it.
        if (entry.header.type == null) {
            faithful = false;
            entry.resume();
            continue;
        }
        const header = { ...entry.header };
        const pax = entry.header.pax;
        // Python's tarfile writes float mtimes as PAX records, which readers prefer to the ustar field.
        const paxTime = pax?.mtime === undefined ? undefined : Number(pax.mtime) * 1000;
        const time = paxTime ?? header.mtime?.getTime() ?? 0;
        if (time > epochDate.getTime()) {
            header.mtime = epochDate;
            clamped++;
        }
        if (pax) {
            const { mtime: _m, atime: _a, ctime: _c, ...rest } = pax;
            if (Object.keys(rest).length)
                header.pax = rest;
            else
                delete header.pax;
        }
        const sink = output.entry(header);
        await (0,external_node_stream_promises_.pipeline)(entry, sink);
    }
    output.finalize();
    await Promise.all([reading, writing]);
    if (!faithful) {
        await (0,promises_.rm)(temporary, { force: true });
        return 0;
    }
    await (0,promises_.rename)(temporary, path);
    return clamped;
}

;// CONCATENATED MODULE: ./packages/core/src/build/inspection-stack.ts
/**
 * What build-wheel needs only once `python -m build` is done: the streamed zip and tar readers (zlib,
 * tar-stream, yauzl), the inspection rules and the sdist clamp. buildRelease imports this module
 * dynamically right after starting the build, so the bundle evaluates it while Python works instead of
 * before the build starts (bench/build-wheel.mjs measures the overhead this keeps down).
 */






/***/ })

};
