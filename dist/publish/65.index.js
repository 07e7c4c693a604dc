export const id = 65;
export const ids = [65];
export const modules = {

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hB: () => (/* binding */ readEntry),
/* harmony export */   wU: () => (/* binding */ walkArchive)
/* harmony export */ });
/* unused harmony exports archiveFormat, MEMBER_READ_LIMIT, RECORD_READ_LIMIT, readAll, readMember */
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

/***/ 2805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ docsArchiveOf),
  _: () => (/* binding */ publishDocs),
  releaseFolder: () => (/* binding */ releaseFolder),
  unpackDocsIntoFileIndex: () => (/* binding */ unpackDocsIntoFileIndex)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __webpack_require__(2640);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts
var pep440 = __webpack_require__(5282);
// EXTERNAL MODULE: ./packages/core/src/store/lock.ts
var lock = __webpack_require__(9715);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./packages/core/src/distribution/archive.ts
var archive = __webpack_require__(9217);
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
    const { ZipFile } = await __webpack_require__.e(/* import() */ 980).then(__webpack_require__.t.bind(__webpack_require__, 3980, 19));
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
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ri: () => (/* binding */ isValidVersion),
/* harmony export */   z0: () => (/* binding */ tryParseVersion)
/* harmony export */ });
/* unused harmony exports parseVersion, baseVersion, publicVersion, formatVersion, sortVersions, classifyVersion */
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

/***/ 2065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishOutputs: () => (/* binding */ publishOutputs),
  publishRelease: () => (/* binding */ publishRelease),
  publishedLine: () => (/* binding */ publishedLine),
  summaryMarkdown: () => (/* binding */ summaryMarkdown)
});

// UNUSED EXPORTS: checkFilePatterns, indexBaseOf, mintUploadToken

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(1191);
// EXTERNAL MODULE: ./packages/core/src/docs/store-docs.ts + 1 modules
var store_docs = __webpack_require__(2805);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
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
var external_node_stream_ = __webpack_require__(7075);
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
var printable_name = __webpack_require__(8970);
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
var project_name = __webpack_require__(2640);
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
var lock = __webpack_require__(9715);
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
            const { releaseFolder } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2805));
            await (0,promises_.rm)(releaseFolder(this.root, project, version), { recursive: true, force: true });
            if (remaining.length === 0)
                await this.writePages(project, []);
        });
    }
    pipIndexArgs() {
        return ['--index-url', this.indexUrl];
    }
    async uploadDocs(project, version, archive) {
        const { releaseFolder, unpackDocsIntoFileIndex } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2805));
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

// EXTERNAL MODULE: ./packages/core/src/http/credentials.ts
var http_credentials = __webpack_require__(1671);
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
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
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
var multipart = __webpack_require__(9709);
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

// EXTERNAL MODULE: ./packages/core/src/publish/local-files.ts
var local_files = __webpack_require__(7177);
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
        auth: (0,http_credentials/* bearerCredentials */.IO)(tokenUrl, requestToken),
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
        throw new errors/* InputError */.dz("input 'trusted-publishing' needs the job to be allowed an OIDC token, and it is not", {
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
    const patterns = (0,local_files/* filePatterns */.OG)(options.files);
    const matched = await (0,dist/* glob */.TI)([...patterns], { cwd: workspace, absolute: true, onlyFiles: true });
    const paths = matched.filter((p) => ARTEFACT.test(p)).sort();
    if (paths.length === 0)
        throw (0,local_files/* noArtefactsError */.nT)(patterns, workspace);
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
    for (const secret of (0,http_credentials/* credentialSecrets */.DJ)([options.store, options.uploadUrl], options.username, options.password))
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
            throw new errors/* InputError */.dz("input 'trusted-publishing' and input 'password' were both given", {
                hint: 'drop the password: trusted publishing mints its own token',
            });
        }
        if (!/^https?:/i.test(storeUrl)) {
            throw new errors/* InputError */.dz("input 'trusted-publishing' needs an index URL (PyPI or TestPyPI) as input 'store'", {
                hint: 'e.g. store: https://pypi.org/simple/',
            });
        }
        const indexBase = indexBaseOf(storeUrl);
        password = await mintUploadToken({
            indexBase,
            ...(options.onSecret ? { onSecret: options.onSecret } : {}),
            ...(options.idToken ? { idToken: options.idToken } : {}),
        });
        for (const secret of (0,http_credentials/* credentialSecrets */.DJ)([], '__token__', password))
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
                hint: "build with setuptools_scm's local scheme no-local-version (pep440-version's 'local-scheme: no-local-version') for PyPI and TestPyPI",
            });
        }
    }
    // pypiserver files an upload under the name its filename spells: a file it would misfile is refused here,
    // before any file of the release is sent.
    if (store.capabilities.namesFromFilename === 'pypiserver')
        for (const artefact of artefacts)
            refuseMisfiled(artefact, store.indexUrl);
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
                throw new errors/* StoreError */.AD(`'${artefact.filename}' is already in ${store.name} (same sha256) and input 'skip-existing' is false; nothing was uploaded`, {
                    code: 'conflict',
                    hint: "set 'skip-existing: true' to make re-runs succeed",
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
