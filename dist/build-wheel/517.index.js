export const id = 517;
export const ids = [517,217];
export const modules = {

/***/ 3517:
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
            contents.metadata = parseCoreMetadata(metadataText);
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
        if (metadataText === undefined && entry.type === 'file' && isMetadataMember('sdist', entry.path.replace(/^\.\//, ''))) {
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
        contents.metadata = parseCoreMetadata(metadataText);
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
    const metadata = parseCoreMetadata(text);
    for (const [key, value] of Object.entries(metadata.fields))
        fields[key] = Array.isArray(value) ? value : [value];
    // parseCoreMetadata keeps only the first of single-use fields; WHEEL's `Tag` is multiple-use.
    fields.Tag = text
        .split(/\r?\n/)
        .filter((line) => /^Tag\s*:/i.test(line))
        .map((line) => line.slice(line.indexOf(':') + 1).trim());
    return fields;
}

// EXTERNAL MODULE: ./packages/core/src/process/index.ts
var process = __webpack_require__(1854);
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

// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __webpack_require__(2640);
// EXTERNAL MODULE: ./packages/core/src/distribution/version-bridge.ts
var version_bridge = __webpack_require__(4101);
;// CONCATENATED MODULE: ./packages/core/src/distribution/artefact-filename.ts
/**
 * Artefact filenames: wheels per the binary distribution format (PEP 427, PEP 491) and sdists per the
 * source distribution format (PEP 625), plus the legacy sdist names pip still installs
 * (`My.Package-1.0.tar.gz`, `.zip`), split the way packaging.utils does.
 */





const SDIST_EXTENSIONS = ['.tar.gz', '.zip', '.tar.bz2', '.tar.xz', '.tgz', '.tar'];
/** The expected wheel/sdist filename prefix `{escaped name}-{normalized version}`. */
function artefactStem(name, version) {
    return `${(0,project_name/* escapeName */.L$)(name)}-${(0,version_bridge/* normalizeVersion */.Qj)(version) ?? version}`;
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
        throw new InputError(`'${printableName(filename)}' is not a distribution filename (it has a directory part or surrounding space)`);
    }
    const parsed = artefact_filename_parseArtefactFilename(filename);
    if (!parsed.validVersion) {
        throw new InputError(`'${filename}' does not carry a PEP 440 version ('${parsed.rawVersion}')`, {
            hint: 'build with a version such as 1.2.3, 1.2.3rc1 or 1.2.3.dev4',
        });
    }
    if (parsed.kind === 'wheel') {
        const sets = filename.slice(0, -'.whl'.length).split('-').slice(-3);
        if (!sets.every((set) => TAG_SET.test(set)) || (parsed.buildTag !== undefined && !/^\d[A-Za-z0-9_.]*$/.test(parsed.buildTag))) {
            throw new InputError(`wheel filename '${filename}' has malformed tags (PEP 425: python-abi-platform, parts joined by .)`);
        }
    }
    else if (parsed.extension !== '.tar.gz' && parsed.extension !== '.zip') {
        throw new InputError(`sdist filename '${filename}' must end in .tar.gz (PEP 625) or the legacy .zip`);
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
    const normal = (0,version_bridge/* normalizeVersion */.Qj)(rawVersion);
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
    const normal = (0,version_bridge/* normalizeVersion */.Qj)(rawVersion);
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

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/lib/version.js
const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');



const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return version_stringify(version_parse(version, cleanRegex));
}

function version_parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function version_stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function version_explain(version) {
  const parsed = version_parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: version_stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/lib/operator.js




function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = parse(version);
  const parsedOther = parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/lib/specifier.js
// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.





const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');



const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function specifier_parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...version_explain(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = specifier_parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = explainVersion(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained && explained.local && spec.version) {
    // Ignore candidate local labels only when the specifier itself is public.
    if (spec.operator !== '===' && !spec.local) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }
  }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  // TODO: fix me?
  // eslint-disable-next-line import-x/namespace
  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(specifier_parse(specifier));
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/lib/semantic.js


// those notation are borrowed from semver


function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/index.js










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
            if (!/^(===|==|!=|<=|>=|~=|<|>)\s*\S+$/.test(spec) || !validRange(spec))
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
    const contentType = fieldValue(metadata, 'Description-Content-Type');
    if (contentType === undefined)
        return true;
    const type = parseContentType(contentType).type;
    return type === 'text/x-rst' || !CONTENT_TYPES.includes(type);
}
function checkMetadata(metadata, file) {
    const findings = [];
    const add = (rule, severity, message) => findings.push({ rule, severity, file, message });
    const version = metadata.metadataVersion;
    const missing = ['Metadata-Version', 'Name', 'Version'].filter((field) => !fieldValue(metadata, field));
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
    const requiresPython = fieldValue(metadata, 'Requires-Python');
    if (requiresPython !== undefined) {
        const problem = checkSpecifierSet(requiresPython);
        if (problem)
            add('M006', 'error', `Requires-Python: ${problem}`);
    }
    for (const requirement of fieldValues(metadata, 'Requires-Dist')) {
        const problem = checkRequirement(requirement);
        if (problem)
            add('M007', 'error', `Requires-Dist '${requirement}' ${problem} (PEP 508)`);
    }
    const contentType = fieldValue(metadata, 'Description-Content-Type');
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
    for (const field of fieldValues(metadata, 'Dynamic')) {
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
        const filename = artefact_filename_parseArtefactFilename(options.sdist);
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
        const filename = artefact_filename_parseArtefactFilename(options.wheel);
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
                message: `filename is not normalized (expected ${artefact.metadata ? artefactStem(artefact.metadata.name, artefact.metadata.version) : '{name}-{version}'}${artefact.filename.kind === 'wheel' ? '-…whl' : '.tar.gz'}, PEP 427/625)`,
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






/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eu: () => (/* binding */ MEMBER_READ_LIMIT),
/* harmony export */   hB: () => (/* binding */ readEntry),
/* harmony export */   lK: () => (/* binding */ RECORD_READ_LIMIT),
/* harmony export */   walkArchive: () => (/* binding */ walkArchive)
/* harmony export */ });
/* unused harmony exports archiveFormat, readAll, readMember */
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
const RECORD_READ_LIMIT = 32 * 1024 * 1024;
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


/***/ })

};
