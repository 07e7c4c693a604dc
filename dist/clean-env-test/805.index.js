export const id = 805;
export const ids = [805];
export const modules = {

/***/ 2805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseFolder: () => (/* binding */ releaseFolder),
  unpackDocsIntoFileIndex: () => (/* binding */ unpackDocsIntoFileIndex)
});

// UNUSED EXPORTS: docsArchiveOf, publishDocs

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
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path))
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
        throw new InputError(`the manifest's docs filename '${docs.filename}' is not a <name>-<version>.doc.zip name`);
    const candidates = [...(docs.path ? [docs.path] : []), join(dirname(manifestPath), docs.filename)];
    const path = candidates.find((candidate) => existsSync(candidate));
    if (!path)
        throw new InputError(`the docs zip ${docs.filename} of the manifest is not on disk (looked in ${candidates.join(', ')})`, {
            hint: 'bring the whole build output (artefacts, docs zip and manifest) into this job, e.g. with actions/download-artifact',
        });
    const sha256 = await sha256Of(path);
    if (sha256 !== docs.sha256)
        throw new InputError(`the docs zip ${path} changed since the build recorded it (sha256 ${sha256}, manifest says ${docs.sha256})`, {
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


/***/ })

};
