import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1283:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8007);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8007:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=6ae3d40069f1a6869629317f4d108d60728319f3adf0b287ab6c302a9e4b2003/node_modules/@actions/core/lib/core.js + 3 modules
var core = __nccwpck_require__(7149);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
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
    (0,core/* error */.z3)(message, properties);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/action-io/src/tool-cache.ts




/**
 * `python: '3.12'` on the runner: the interpreter actions/setup-python put in the tool cache
 * (`$RUNNER_TOOL_CACHE/Python/<version>/<arch>/bin/python3`, finished when `<arch>.complete` is beside it),
 * the newest that matches, found by @actions/tool-cache's own lookup. A path or a command is left for core
 * to resolve; a version the cache does not hold is the `python` input's mistake, said in one line. The
 * tool-cache package (and the HTTP stack it carries) is loaded only for a version-shaped value.
 */
async function toolCachePython(python, label = "input 'python'") {
    if (!/^\d+(\.\d+){0,2}$/.test(python))
        return python;
    const cache = process.env.RUNNER_TOOL_CACHE;
    const { find, findAllVersions } = await Promise.all(/* import() */[__nccwpck_require__.e(544), __nccwpck_require__.e(514)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2514));
    const dir = cache ? find('Python', python, process.arch) : '';
    if (!dir) {
        const held = cache ? findAllVersions('Python', process.arch) : [];
        throw new errors/* InputError */.dz(`${label} is '${python}', but the runner's tool cache ${cache ? `(${(0,external_node_path_.join)(cache, 'Python')}) holds ${held.length > 0 ? `only ${held.join(', ')}` : 'no Python'}` : 'is not set (RUNNER_TOOL_CACHE)'}`, { hint: 'run actions/setup-python with that version first, or give the interpreter as a path or command (python3.12)' });
    }
    const candidates = process.platform === 'win32' ? [(0,external_node_path_.join)(dir, 'python.exe')] : [(0,external_node_path_.join)(dir, 'bin', 'python3'), (0,external_node_path_.join)(dir, 'bin', 'python')];
    const found = candidates.find((candidate) => (0,external_node_fs_.existsSync)(candidate)) ?? candidates[0] ?? dir;
    (0,core/* debug */.Yz)(`python ${python}: ${found} from the tool cache`);
    return found;
}
/**
 * The tools environment (pypa/build for an interpreter that lacks it) kept in the runner's tool cache,
 * which self-hosted runners keep between jobs: found with @actions/tool-cache's `find`/`findAllVersions`
 * and kept with its `cacheDir` (which writes the `.complete` mark last). Undefined when the `tools-cache`
 * input names a folder of its own or there is no tool cache; core then uses a plain folder. Core chooses
 * and validates the tool name and version and serialises creation; the package loads on first use.
 */
function runnerToolsCache(namedFolder) {
    const root = process.env.RUNNER_TOOL_CACHE;
    if (namedFolder || !root)
        return undefined;
    const arch = process.arch;
    const toolCache = () => Promise.all(/* import() */[__nccwpck_require__.e(544), __nccwpck_require__.e(514)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2514));
    return {
        where: root,
        versions: async (tool) => (await toolCache()).findAllVersions(tool, arch),
        find: async (tool, version) => (await toolCache()).find(tool, version, arch) || undefined,
        keep: async (staging, tool, version) => (await toolCache()).cacheDir(staging, tool, version, arch),
        scratch: (tool) => (0,external_node_path_.join)(root, tool),
    };
}

// EXTERNAL MODULE: ./packages/core/src/build/build-request.ts
var build_request = __nccwpck_require__(1383);
;// CONCATENATED MODULE: ./packages/core/src/docs/docs-options.ts
/**
 * The docs inputs (docs, docs-path, docs-failure) and their parsers, apart from the Sphinx build: the
 * contract reader needs them before the action loads anything heavy, and the build's module pulls in the
 * venv, the process runner and the zip writer.
 */

function parseDocsMode(value, input = 'docs') {
    const mode = (value ?? '').trim().toLowerCase() || 'auto';
    if (mode !== 'auto' && mode !== 'true' && mode !== 'false')
        throw new errors/* InputError */.dz(`input '${input}' must be auto, true or false, got '${value}'`, {
            hint: 'auto builds the Sphinx docs when the docs folder has a conf.py',
        });
    return mode;
}
function parseDocsFailure(value, input = 'docs-failure') {
    const failure = (value ?? '').trim().toLowerCase() || 'error';
    if (failure !== 'error' && failure !== 'warning')
        throw new errors/* InputError */.dz(`input '${input}' must be error or warning, got '${value}'`, {
            hint: 'warning records a failed docs build in the manifest and the summary without failing the build',
        });
    return failure;
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

;// CONCATENATED MODULE: ./packages/core/src/contract/build.ts



/** build-wheel's options, and the secrets in them (the index URL's credentials) to mask at once. */
function readBuildOptions(source, context) {
    const i = new OptionReader(source);
    const indexUrl = i.text('index-url');
    return {
        secrets: urlSecrets(indexUrl),
        options: {
            path: i.text('path') || '.',
            python: i.text('python'),
            outputDir: i.text('output-dir') || 'dist',
            sdist: i.bool('sdist', true),
            wheel: i.bool('wheel', true),
            isolation: i.bool('isolation', true),
            skipDependencyCheck: i.bool('skip-dependency-check', false),
            configSettings: i.lines('config-settings'),
            version: i.text('version'),
            sourceDateEpoch: i.text('source-date-epoch'),
            strict: i.bool('strict', true),
            indexUrl,
            // A named folder for the tools environment (pypa/build per interpreter); empty: the front end's own
            // cache (the action: the runner's tool cache through @actions/tool-cache; the CLI: the user's cache).
            toolsCacheDir: i.text('tools-cache'),
            tempDir: context.tempDir,
            docs: { mode: parseDocsMode(i.text('docs')), path: i.text('docs-path'), onFailure: parseDocsFailure(i.text('docs-failure')) },
            env: context.env,
            cwd: context.workspace,
        },
    };
}

;// CONCATENATED MODULE: ./actions/build-wheel/src/main.ts




function run() {
    return runAction(async () => {
        const { options, secrets } = readBuildOptions(runnerInputs, runnerContext());
        maskAll(secrets);
        // A wrong input or a folder without a project is answered before the build loads (its TOML parser,
        // processes, archive readers and inspection come in one lazy chunk; bench/cold-start.mjs).
        (0,build_request/* checkBuildRequest */.G)(options);
        options.python = await toolCachePython(options.python ?? '');
        const toolsCache = runnerToolsCache(options.toolsCacheDir);
        if (toolsCache)
            options.toolsCache = toolsCache;
        const { buildOutputs, buildRelease, buildSummaryMarkdown, InspectionError, inspectionFailureMarkdown } = await Promise.all(/* import() */[__nccwpck_require__.e(544), __nccwpck_require__.e(815), __nccwpck_require__.e(21)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4021));
        try {
            const result = await buildRelease(options, actionLogger);
            setOutputs(buildOutputs(result));
            await appendSummary(buildSummaryMarkdown(result));
        }
        catch (caught) {
            // One annotation per finding, so every broken rule shows on the run page; runAction fails the step.
            if (caught instanceof InspectionError) {
                const { formatFinding } = await __nccwpck_require__.e(/* import() */ 855).then(__nccwpck_require__.bind(__nccwpck_require__, 8855));
                for (const finding of caught.findings.slice(1))
                    annotateError(formatFinding(finding, 20));
                await appendSummary(inspectionFailureMarkdown(caught.findings));
            }
            throw caught;
        }
    });
}


/***/ }),

/***/ 1383:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ checkBuildRequest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _distribution_version_bridge__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4101);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2662);
/* harmony import */ var _http_redact__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2020);
/**
 * What build-wheel checks before it starts anything: the inputs that can be judged on their own, the
 * project folder, and that it holds a project. Kept apart from the build (no TOML parser, no processes, no
 * archive readers), so the action answers a wrong input before it loads the rest of the build.
 */





/** Checks the request; returns the project folder (absolute). */
function checkBuildRequest(options) {
    if (options.sdist === false && options.wheel === false)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("input 'sdist' and input 'wheel' are both false: nothing to build", {
            hint: "set input 'sdist' or input 'wheel' to true",
            options: [{ name: 'sdist' }, { name: 'wheel' }],
        });
    if (options.version !== undefined && options.version !== '' && (0,_distribution_version_bridge__WEBPACK_IMPORTED_MODULE_3__/* .normalizeVersion */ .Qj)(options.version) === undefined)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`input 'version' '${options.version}' is not a PEP 440 version`, {
            hint: "pass pep440-version's output, e.g. 1.2.0 or 1.2.1.dev3",
        });
    for (const setting of options.configSettings ?? []) {
        if (!/^[^=\s][^=]*=/.test(setting) && !/^[^=\s]+$/.test(setting))
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`input 'config-settings' line '${setting}' is not KEY=VALUE`);
    }
    if (options.indexUrl && !/^(https?|file):\/\//i.test(options.indexUrl))
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`input 'index-url' '${(0,_http_redact__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .B)(options.indexUrl)}' is not an http(s):// or file:// URL`);
    const projectDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd ?? process.cwd(), options.path || '.');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(projectDir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(projectDir).isDirectory())
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`input 'path' '${options.path ?? '.'}' is not a folder (resolved to ${projectDir})`);
    // Whether pyproject.toml parses is the build's question; here only whether a project is there at all.
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectDir, 'pyproject.toml')) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectDir, 'setup.py')))
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${projectDir} is not a Python project: it has neither pyproject.toml nor setup.py`, {
            hint: "point input 'path' at the folder holding pyproject.toml",
            options: [{ name: 'path' }],
        });
    return projectDir;
}


/***/ }),

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   ZG: () => (/* binding */ classifyVersion),
/* harmony export */   r1: () => (/* binding */ sameVersion)
/* harmony export */ });
/* harmony import */ var _pep440_index__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5282);

/** PEP 440 normal form (`1.0-1` → `1.0.post1`, `1.0RC1` → `1.0rc1`), or undefined when not a version. */
function normalizeVersion(version) {
    const text = version.trim();
    return (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .isValidVersion */ .ri)(text) ? (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .normalizeVersion */ .Qj)(text) : undefined;
}
/**
 * PEP 440 equality, as packaging's `Version.__eq__` and the indexes see it: `1.0 == 1.0.0` (zero padding),
 * `0!1.0 == 1.0`, `1.0RC1 == 1.0rc1`, `1.0+Ubuntu-1 == 1.0+ubuntu.1`; a post-release (`1.0.post0`) or a
 * local part makes a different version. Texts that are not versions are equal only when identical.
 */
function sameVersion(a, b) {
    const left = (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .tryParseVersion */ .z0)(a.trim());
    const right = (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .tryParseVersion */ .z0)(b.trim());
    return left !== undefined && right !== undefined ? (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(left, right) === 0 : a === b;
}
/** The release kind the manifest records: a local part wins, then dev, pre, post, else final. */
function classifyVersion(version) {
    return (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .isValidVersion */ .ri)(version) ? (0,_pep440_index__WEBPACK_IMPORTED_MODULE_0__/* .classifyVersion */ .ZG)(version).kind : 'final';
}


/***/ }),

/***/ 2662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ StoreError),
/* harmony export */   LJ: () => (/* binding */ WheelwrightError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yI: () => (/* binding */ ProcessError)
/* harmony export */ });
/* unused harmony exports NotImplementedError, isWheelwrightError, runnerWords, renderOptionReferences */
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
/** The runner's words for the forms `OptionWording` rewrites; core composes messages with these. */
const runnerWords = {
    /** `input 'docs-failure'` */
    option: (name) => `input '${name}'`,
    /** `set 'docs-failure: warning'`: a hint's suggestion. */
    set: (name, value) => `set '${name}: ${value}'`,
    /** `'docs-failure: warning'`: a setting in force, stated. */
    setting: (name, value) => `'${name}: ${value}'`,
    /** `the 'python -m build' log group`, or `the log above` for the current step's output. */
    log: (group) => (group === undefined ? 'the log above' : `the '${group}' log group`),
};
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Rewrites the runner's wording of the given options (and log places) into another front end's. */
function renderOptionReferences(text, options, wording) {
    let out = text;
    for (const { name } of options) {
        const n = escapeRegExp(name);
        out = out
            .replace(new RegExp(`set '${n}: ([^']*)'`, 'g'), (_all, value) => `pass ${wording.setting(name, value)}`)
            .replace(new RegExp(`'${n}: ([^']*)'`, 'g'), (_all, value) => wording.setting(name, value))
            .replace(new RegExp(`input '${n}'`, 'g'), wording.option(name))
            .replace(new RegExp(`the ${n} input`, 'g'), wording.option(name));
    }
    const log = wording.log;
    if (log)
        out = out.replace(/the '([^']+)' log group|the log above/g, (_all, group) => log(group));
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

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ redactUrl)
/* harmony export */ });
/* unused harmony export redactSecrets */
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


/***/ }),

/***/ 5282:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   Yd: () => (/* binding */ publicVersion),
/* harmony export */   ZG: () => (/* binding */ classifyVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   ri: () => (/* binding */ isValidVersion),
/* harmony export */   z0: () => (/* binding */ tryParseVersion)
/* harmony export */ });
/* unused harmony exports parseVersion, baseVersion, sortVersions */
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

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

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, markdownSummary, notice, platform, saveState, setCommandEcho, startGroup, summary, toPlatformPath, toPosixPath, toWin32Path

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
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
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
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
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
/******/ var __webpack_exports__ = __nccwpck_require__(1283);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
