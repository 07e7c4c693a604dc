export const id = 217;
export const ids = [217];
export const modules = {

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
