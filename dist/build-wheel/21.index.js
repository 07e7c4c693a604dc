export const id = 21;
export const ids = [21];
export const modules = {

/***/ 4021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  InspectionError: () => (/* reexport */ InspectionError),
  buildOutputs: () => (/* reexport */ buildOutputs),
  buildRelease: () => (/* reexport */ buildRelease),
  buildSummaryMarkdown: () => (/* reexport */ buildSummaryMarkdown),
  inspectionFailureMarkdown: () => (/* reexport */ inspectionFailureMarkdown)
});

// UNUSED EXPORTS: BUILD_OUTPUTS, BUILD_REQUIREMENT, BuildFrontendMissingError, FolderToolsCache, MANIFEST_FILENAME, backendReason, buildArguments, buildFailure, checkBuildRequest, chooseSourceDateEpoch, clampSdistTimes, defaultToolsCacheDir, ensureBuildFrontend, fileTree, isBuildMissing, isToolName, isToolVersion, pretendVersionVariables, pythonVersionsFromClassifiers, readCommitState, readSourceRefs, redactUrl, runPypaBuild, sdistNeedsClamping, toolsEnvTool, toolsEnvVersion, versionNeedsPretending

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/distribution/finding.ts
var distribution_finding = __webpack_require__(5274);
// EXTERNAL MODULE: ./packages/core/src/distribution/version-bridge.ts
var version_bridge = __webpack_require__(4101);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/distribution/sha256-file.ts
var sha256_file = __webpack_require__(3815);
// EXTERNAL MODULE: ./packages/core/src/process/index.ts
var src_process = __webpack_require__(1854);
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
            missingHint: "install uv (astral-sh/setup-uv) or set 'installer: pip'",
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
            hint: "the interpreter needs its venv module (Debian/Ubuntu: apt install python3-venv); or set 'installer: uv'",
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
            hint: "install pip for the interpreter (python -m ensurepip) or set 'installer: uv'",
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
            hint: "a dependency is missing from the dependency indexes (input 'extra-index-url', input 'find-links') or the requirements conflict; the full output is in the log above",
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
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __webpack_require__(2640);
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
    const { ZipFile } = await __webpack_require__.e(/* import() */ 980).then(__webpack_require__.t.bind(__webpack_require__, 3980, 19));
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
            hint: "point input 'docs-path' at the Sphinx source folder, or set 'docs: false' (auto skips projects without docs)",
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
            hint: "Sphinx, the extensions in docs/requirements.txt and the package dependencies come from input 'index-url' (or pip's configuration); pip's full output is in the log above",
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
                hint: "fix the docs (the full Sphinx output is in the log above), or set 'docs-failure: warning' to release without them",
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
    const { walkArchive } = await Promise.all(/* import() */[__webpack_require__.e(954), __webpack_require__.e(217)]).then(__webpack_require__.bind(__webpack_require__, 9217));
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
                args.logger.warning(`${message} ('docs-failure: warning', so the release goes on without docs)`);
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
            hint: "pass the manifest output of build-wheel (or publish) as input 'manifest'",
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

// EXTERNAL MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(1041);
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
        hint: "install Python (on GitHub: actions/setup-python) or set input 'python' to an interpreter path",
        options: [{ name: 'python' }],
        cause: lastError,
    });
}

// EXTERNAL MODULE: ./node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(1191);
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
var pep440 = __webpack_require__(5282);
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
    const gitEnv = gitEnvironment(env);
    const git = (args, okCodes = [0]) => runGitIn(dir, args, { env: gitEnv, okCodes, timeoutMs: 60_000 });
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

// EXTERNAL MODULE: ./packages/core/src/distribution/printable-name.ts
var printable_name = __webpack_require__(8970);
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

;// CONCATENATED MODULE: ./packages/core/src/version/project-folder.ts
/**
 * The project folder pep440-version reads, checked before anything is read from it: it exists, and it
 * holds a project or needs none. No TOML parser and no git here, so a front end answers a wrong path
 * before it loads the version computation (which runs the same check first).
 */



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
/** A git top level, or an unpacked archive or sdist: setuptools_scm reads those without a project file. */
function readsWithoutProjectFile(dir) {
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git_archival.txt')) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'PKG-INFO'));
}
/** A version given explicitly (input or setuptools_scm's pretend variables) needs no project file. */
function versionGivenExplicitly(options, env) {
    return (Boolean(options.fallbackVersion || options.pretendVersion) ||
        Object.keys(env).some((key) => /^(SETUPTOOLS_SCM|VCS_VERSIONING)_PRETEND_VERSION/.test(key)));
}
/**
 * The folder's checks in the order the computation meets them: it must exist and be a folder, and hold a
 * project file unless it needs none. Returns the folder (absolute). `pathWhat` names the path as the front
 * end does (input 'path', --path).
 */
function checkVersionProject(options) {
    const what = options.pathWhat ?? "input 'path'";
    const dir = checkProjectPath(options.path || '.', what);
    if (!isProjectDir(dir) && !readsWithoutProjectFile(dir) && !versionGivenExplicitly(options, options.env ?? process.env)) {
        throw noProjectError(dir, what);
    }
    return dir;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/valid.js
var valid = __webpack_require__(1988);
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
    const dir = checkVersionProject(options);
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
            gitTopLevel: readsWithoutProjectFile(dir),
            assumeScm: versionGivenExplicitly(options, env),
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
            warn(`the version comes from input 'pretend-version': ${source.where}`);
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
        const glob = describeMatchGlob(config.tagPrefix, config.tagStrict);
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
        hint: "check the repository out (actions/checkout) with its history, or set input 'fallback-version'",
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
        for (const found of await (0,tinyglobby_dist/* glob */.TI)(folder.files, { cwd: base, absolute: true, dot: true, onlyFiles: true })) {
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

// EXTERNAL MODULE: ./packages/core/src/http/redact.ts
var redact = __webpack_require__(2020);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/rcompare.js
var rcompare = __webpack_require__(6149);
var rcompare_default = /*#__PURE__*/__webpack_require__.n(rcompare);
;// CONCATENATED MODULE: ./packages/core/src/store/lock.ts
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
    return host === (0,external_node_os_.hostname)() && Number.isInteger(pid) && pid > 0 && pid !== process.pid && !processAlive(pid);
}
async function abandoned(lock, staleMs) {
    const info = await (0,promises_.stat)(lock).catch(() => undefined);
    if (!info)
        return false;
    if (Date.now() - info.mtimeMs > staleMs)
        return true;
    try {
        const owner = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(lock, 'owner.json'), 'utf8'));
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
            await (0,promises_.mkdir)(lock);
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            if (await abandoned(lock, staleMs)) {
                options.onAbandoned?.();
                await (0,promises_.rm)(lock, { recursive: true, force: true });
                continue;
            }
            if (!waiting)
                options.onWait?.();
            waiting = true;
            if (Date.now() > deadline) {
                if (options.busyError)
                    throw options.busyError();
                throw new errors/* StoreError */.AD(`the file index is locked by another publisher (${lock})`, {
                    hint: 'wait for the other publish to finish; remove the lock folder only if no publisher is running',
                });
            }
            await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
            delay = Math.min(delay * 2, 500);
        }
    }
    try {
        await (0,promises_.writeFile)((0,external_node_path_.join)(lock, 'owner.json'), JSON.stringify({ pid: process.pid, host: (0,external_node_os_.hostname)(), at: new Date().toISOString() }));
        return await fn();
    }
    finally {
        await (0,promises_.rm)(lock, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/build/tools-cache.ts
/**
 * Where tools environments are kept between runs, behind one small interface so that core never touches
 * the runner: the action backs it with @actions/tool-cache (the runner's tool cache, which self-hosted
 * runners keep between jobs), the CLI with a folder of its own (`FolderToolsCache`, the user's cache).
 *
 * Both lay a kept environment out as the tool cache does, `<root>/<tool>/<version>/<arch>`, complete once
 * `<arch>.complete` sits beside it; a copy without the mark is never found. Core chooses and validates the
 * tool name and version (`toolsEnvTool`, `toolsEnvVersion`), stages new environments in `scratch(tool)`
 * and serialises their creation there; a cache only lists, finds and keeps folders.
 */





/** Tool names and versions become folder names: nothing but these characters, no `..`, no separators. */
const TOOL_NAME = /^wheelwright-build-py[0-9a-z.]{1,24}-[0-9a-f]{12}$/;
const TOOL_VERSION = /^\d{1,6}\.\d{1,6}\.\d{1,6}(-[0-9a-z]+(\.[0-9a-z]+)*)?$/i;
function isToolName(tool) {
    return TOOL_NAME.test(tool) && !tool.includes('..');
}
function isToolVersion(version) {
    return TOOL_VERSION.test(version) && valid_default()(version) === version;
}
/** The default folder for the CLI: `$XDG_CACHE_HOME/wheelwright/tools` (`%LOCALAPPDATA%` on Windows, else ~/.cache). */
function defaultToolsCacheDir(env = process.env) {
    const base = process.platform === 'win32'
        ? env.LOCALAPPDATA || (0,external_node_path_.join)((0,external_node_os_.homedir)(), 'AppData', 'Local')
        : env.XDG_CACHE_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(base, 'wheelwright', 'tools');
}
function checked(tool, version) {
    if (!isToolName(tool))
        throw new Error(`not a tools environment name: ${JSON.stringify(tool.slice(0, 80))}`);
    if (version !== undefined && !isToolVersion(version))
        throw new Error(`not a tools environment version: ${JSON.stringify(version.slice(0, 40))}`);
}
/**
 * A cache folder of our own with the tool cache's layout. `keep` renames the staging folder into place
 * (one filesystem: `scratch` is inside the same tool folder), so keeping costs no copy.
 */
class FolderToolsCache {
    where;
    arch;
    constructor(where, arch = process.arch) {
        this.where = where;
        this.arch = arch;
    }
    place(tool, version) {
        checked(tool, version);
        return (0,external_node_path_.join)(this.where, tool, version, this.arch);
    }
    async versions(tool) {
        checked(tool);
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(this.where, tool)).catch(() => []);
        return entries.filter((entry) => isToolVersion(entry) && (0,external_node_fs_.existsSync)(`${(0,external_node_path_.join)(this.where, tool, entry, this.arch)}.complete`));
    }
    async find(tool, version) {
        const dir = this.place(tool, version);
        return (0,external_node_fs_.existsSync)(dir) && (0,external_node_fs_.existsSync)(`${dir}.complete`) ? dir : undefined;
    }
    async keep(staging, tool, version) {
        const dir = this.place(tool, version);
        // The mark goes first and comes back last: between the two, nobody finds the folder.
        await (0,promises_.rm)(`${dir}.complete`, { force: true });
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.where, tool, version), { recursive: true });
        await (0,promises_.rename)(staging, dir);
        await (0,promises_.writeFile)(`${dir}.complete`, '');
        return dir;
    }
    scratch(tool) {
        checked(tool);
        return (0,external_node_path_.join)(this.where, tool);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/build/build-frontend.ts
/**
 * The build frontend comes with us: when the chosen interpreter lacks pypa/build, a tools virtualenv of
 * that same interpreter gets it, once, in a tools cache (tools-cache.ts: the runner's tool cache in
 * Actions, the user's cache folder in the CLI), and `python -m build` runs from there. The wheel is still
 * built by the chosen Python (the venv is its own), and pip fills the venv from the configured sources
 * (the build's index-url, else pip's own configuration and find-links).
 *
 * The cache key: the tool name `wheelwright-build-py<version>-<hash of the interpreter's real path and
 * version>` and the version of pypa/build installed in it (its SemVer form). An environment is made in a
 * staging folder beside the cache entry, under a lock folder so that two runs on one cache make it once
 * (the second waits and finds it), and kept complete or not at all. A kept environment is checked before
 * use (its interpreter runs and imports the recorded build); one that does not (the base interpreter moved
 * or was upgraded, files removed) is made again. A venv survives the move out of staging: its interpreter
 * finds its prefix through `pyvenv.cfg` next to it, and we only ever start it as `python -m build`.
 */












const MARKER = 'wheelwright-tools.json';
/** The frontend we install: the 1.x line (pip `--python` support, `< `-prefixed pip output). */
const BUILD_REQUIREMENT = 'build>=1.0';
function realPath(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/**
 * The tool name of `python`'s tools environment: `wheelwright-build-py3.11.2-<12 hex>`, the interpreter's
 * version and its resolved path hashed (a path is not a folder name), so two interpreters of one version
 * at different places never share an environment.
 */
function toolsEnvTool(python) {
    const version = /^\d+\.\d+\.\d+[a-z0-9]*$/i.test(python.version) ? python.version.toLowerCase() : 'unknown';
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(`${realPath(python.executable || python.command)}\0${python.version}`)
        .digest('hex')
        .slice(0, 12);
    const tool = `wheelwright-build-py${version}-${digest}`;
    return isToolName(tool) ? tool : `wheelwright-build-pyunknown-${digest}`;
}
/**
 * pypa/build's version as the tool cache's version: its SemVer form without build metadata (a post-release
 * shares its release's entry; the exact version is in the environment's marker). Undefined when it has none.
 */
function toolsEnvVersion(buildVersion) {
    const parsed = (0,pep440/* tryParseVersion */.z0)(buildVersion);
    const version = parsed ? toSemver(parsed).replace(/\+.*$/, '') : '';
    return isToolVersion(version) ? version : undefined;
}
/** The pypa/build version the environment in `dir` runs, or why it cannot run it. */
async function checkKept(dir, env) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, MARKER), 'utf8').catch(() => undefined);
    let recorded;
    try {
        recorded = text === undefined ? undefined : JSON.parse(text).build;
    }
    catch {
        recorded = undefined;
    }
    if (typeof recorded !== 'string')
        return { broken: `no readable ${MARKER}` };
    try {
        const { stdout } = await (0,src_process/* run */.e)(venvInterpreter(dir), ['-c', 'import build; print(build.__version__)'], {
            env,
            timeoutMs: 60_000,
            label: 'python -c "import build"',
        });
        const found = stdout.trim();
        return found === recorded ? { build: found } : { broken: `it holds build ${found.slice(0, 40)}, not ${recorded.slice(0, 40)}` };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { broken: `its interpreter does not run pypa/build: ${message.split('\n')[0]?.slice(0, 200)}` };
    }
}
/**
 * The newest kept environment of `tool` that works. A broken one is reported and skipped (the caller
 * makes a new one, which replaces it when it has the same version).
 */
async function findUsable(cache, tool, env, onBroken = () => { }) {
    const versions = (await cache.versions(tool)).filter((version) => isToolVersion(version)).sort((rcompare_default()));
    for (const version of versions) {
        const dir = await cache.find(tool, version);
        if (dir === undefined)
            continue;
        const kept = await checkKept(dir, env);
        if ('broken' in kept) {
            onBroken(`the tools environment ${dir} is broken (${kept.broken}): making it again`);
            continue;
        }
        return { python: venvInterpreter(dir), dir, buildVersion: kept.build, created: false };
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
/** Creation takes seconds to minutes (pip's own time-out is ten); a lock older than this is a killed run's. */
const STALE_LOCK_MS = 20 * 60_000;
/** Runs `work` holding `<scratch>/.lock`, waiting for another run that holds it (the store's lock folder). */
async function whileLocked(scratch, logger, work) {
    const lock = (0,external_node_path_.join)(scratch, '.lock');
    await (0,promises_.mkdir)(scratch, { recursive: true });
    return withDirectoryLock(lock, work, {
        staleMs: STALE_LOCK_MS,
        timeoutMs: STALE_LOCK_MS + 60_000,
        onWait: () => logger.info(`another run is making this tools environment (${lock}): waiting for it`),
        onAbandoned: () => logger.warning(`removing the lock ${lock} of a run that stopped while making a tools environment`),
        busyError: () => new errors/* WheelwrightError */.LJ('python', `another run has been making the tools environment for over 20 minutes (${lock})`, {
            hint: 'wait for it to finish; remove the lock folder only if no build is running',
        }),
    });
}
/** The cached tools venv with pypa/build for `python`, created when missing or broken. */
async function ensureBuildFrontend(options) {
    const { python, cache, env, logger } = options;
    const tool = toolsEnvTool(python);
    const using = (found) => {
        logger.info(`${python.command} has no pypa/build: using the tools environment ${found.dir} (build ${found.buildVersion})`);
        return found;
    };
    const existing = await findUsable(cache, tool, env);
    if (existing)
        return using(existing);
    const scratch = cache.scratch(tool);
    return whileLocked(scratch, logger, async () => {
        // Another run may have kept it while this one waited; a broken one is reported here, once.
        const kept = await findUsable(cache, tool, env, (message) => logger.warning(message));
        if (kept)
            return using(kept);
        // Staging only happens under the lock: any staging folder here is a killed run's.
        for (const entry of await (0,promises_.readdir)(scratch))
            if (entry.startsWith('.staging-'))
                await (0,promises_.rm)((0,external_node_path_.join)(scratch, entry), { recursive: true, force: true });
        const staging = (0,external_node_path_.join)(scratch, `.staging-${process.pid}-${Date.now().toString(36)}`);
        logger.info(`${python.command} (Python ${python.version}) has no pypa/build: creating a tools environment with it in ${cache.where}`);
        try {
            return await create(python, staging, cache, tool, env, logger);
        }
        finally {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        }
    });
}
async function create(python, staging, cache, tool, env, logger) {
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
            hint: "pip installs it from input 'index-url', else pip's configuration (pip.conf, PIP_INDEX_URL, PIP_FIND_LINKS); or install build into the interpreter yourself",
            cause: error,
        });
    }
    const { stdout } = await (0,src_process/* run */.e)(tools, ['-c', 'import build; print(build.__version__)'], {
        env,
        timeoutMs: 60_000,
        label: 'python -c "import build"',
    });
    const buildVersion = stdout.trim();
    const version = toolsEnvVersion(buildVersion);
    if (version === undefined)
        throw new errors/* WheelwrightError */.LJ('python', `the tools environment's pypa/build reports an unusable version '${buildVersion.slice(0, 40)}'`);
    await (0,promises_.writeFile)((0,external_node_path_.join)(staging, MARKER), `${JSON.stringify({ python: python.executable, version: python.version, build: buildVersion })}\n`);
    const dir = await cache.keep(staging, tool, version);
    logger.info(`Tools environment ready: ${dir} (build ${buildVersion})`);
    return { python: venvInterpreter(dir), dir, buildVersion, created: true };
}

// EXTERNAL MODULE: ./packages/core/src/build/build-request.ts
var build_request = __webpack_require__(1383);
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
                ? "the build requirements come from input 'index-url' (else pip's configuration); pip's full output is in the 'python -m build' log group"
                : "the backend's full output is in the 'python -m build' log group",
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
        super('inspect', `inspection failed: ${first ? (0,distribution_finding/* formatFinding */.t)(first, 3) : 'no findings'}${more}`, {
            hint: "each finding names the artefact, the rule and the paths; set 'strict: false' to turn the soft ones into warnings",
        });
        this.findings = findings;
    }
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
    const cwd = options.cwd ?? process.cwd();
    const projectDir = (0,build_request/* checkBuildRequest */.G)(options);
    const pyproject = await readPyproject(projectDir);
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
    const tempRoot = options.tempDir || (0,external_node_os_.tmpdir)();
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
    const stack = background(Promise.all(/* import() */[__webpack_require__.e(954), __webpack_require__.e(517)]).then(__webpack_require__.bind(__webpack_require__, 3517)));
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
            `${options.isolation === false ? 'without isolation' : `isolated${options.indexUrl ? `, build requirements from ${(0,redact/* redactUrl */.B)(options.indexUrl)}` : ''}`}` +
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
                cache: options.toolsCache ?? new FolderToolsCache(options.toolsCacheDir || defaultToolsCacheDir(baseEnv)),
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
            logger.warning((0,distribution_finding/* formatFinding */.t)(finding));
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
        parts.push('**Warnings**', '', ...result.findings.map((finding) => `- ${markdownCell((0,distribution_finding/* formatFinding */.t)(finding))}`), '');
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

;// CONCATENATED MODULE: ./packages/core/src/build/index.ts
/**
 * build-wheel's core: pypa/build with a reproducible, pinned environment, then the inspection of
 * `@wheelwright/core/distribution`, the release manifest, outputs and summary. The action and the CLI call this.
 */










/***/ }),

/***/ 5274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ formatFinding)
/* harmony export */ });
/* harmony import */ var _printable_name__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8970);

/**
 * The one-line text of a finding: `file: RULE message (paths…)`. Member names and metadata values come
 * from the archive: the rules quote names holding control characters (printableName), and any control
 * character left is escaped here, so a finding is always exactly one line.
 */
function formatFinding(finding, maxPaths = 5) {
    const paths = finding.paths ?? [];
    const shown = paths.slice(0, maxPaths).join(', ');
    const more = paths.length > maxPaths ? ` and ${paths.length - maxPaths} more` : '';
    return (0,_printable_name__WEBPACK_IMPORTED_MODULE_0__/* .escapeControlCharacters */ .F7)(`${finding.file}: ${finding.rule} ${finding.message}${paths.length ? `: ${shown}${more}` : ''}`);
}


/***/ }),

/***/ 8970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 3815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


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

/***/ 1854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2662);


const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
function run(command, args, options = {}) {
    const label = options.label ?? [command, ...args.slice(0, 2)].join(' ');
    const okCodes = options.okCodes ?? [0];
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
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
                reject(new _errors_index__WEBPACK_IMPORTED_MODULE_1__/* .ProcessError */ .yI(`${command} was not found (needed for ${label})`, {
                    hint: options.missingHint ?? `install ${command} or put it on PATH`,
                    cause: error,
                }));
            }
            else {
                reject(new _errors_index__WEBPACK_IMPORTED_MODULE_1__/* .ProcessError */ .yI(`${label} could not start: ${error.message}`, { cause: error }));
            }
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const stdout = Buffer.concat(out).toString('utf8');
            const stderr = Buffer.concat(err).toString('utf8');
            if (timedOut) {
                reject(new _errors_index__WEBPACK_IMPORTED_MODULE_1__/* .ProcessError */ .yI(`${label} timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`, { stderr }));
                return;
            }
            const exit = code ?? (signal ? 128 : 1);
            if (!okCodes.includes(exit)) {
                const detail = lastLine(stderr) || lastLine(stdout) || `signal ${signal ?? 'none'}`;
                reject(new _errors_index__WEBPACK_IMPORTED_MODULE_1__/* .ProcessError */ .yI(`${label} failed (exit ${exit}): ${detail}`, { exitCode: exit, stderr }));
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


/***/ })

};
