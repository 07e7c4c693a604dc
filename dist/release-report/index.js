import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3135:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2669);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2669:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+github@9.1.1_patch_hash=9df6c66da9720e83851f4a04566ec77e54b2c6ce37af12da4a720f74d39f91f5/node_modules/@actions/github/lib/context.js
var lib_context = __nccwpck_require__(5822);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+github@9.1.1_patch_hash=9df6c66da9720e83851f4a04566ec77e54b2c6ce37af12da4a720f74d39f91f5/node_modules/@actions/github/lib/github.js


const github_context = new lib_context/* Context */.o();
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
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
function toCommandProperties(annotationProperties) {
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
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
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
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
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
function core_setSecret(secret) {
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
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
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


const { access, appendFile, writeFile: summary_writeFile } = external_fs_.promises;
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
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? summary_writeFile : appendFile;
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
;// CONCATENATED MODULE: ./packages/core/src/errors/index.ts
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
class errors_InputError extends WheelwrightError {
    constructor(message, details = {}) {
        super('input', message, details);
    }
}
/** The project's own configuration (pyproject.toml, setuptools_scm settings) is wrong. */
class errors_ConfigError extends WheelwrightError {
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
    get: (name) => getInput(name, { trimWhitespace: false }),
    label: (name) => `input '${name}'`,
};
/** Where the step runs, from the runner's variables and the event context. */
function runnerContext() {
    const env = process.env;
    return {
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        tempDir: env.RUNNER_TEMP || tmpdir(),
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
            setSecret(secret);
}
// The runner's rule for a variable name in GITHUB_ENV (a shell-safe identifier); an output name may
// also hold hyphens (as action.yml output names do).
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Sets a variable for later steps; a name the runner would not take as one name is refused. */
function src_exportVariable(name, value) {
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
        runnerSetOutput(name, value);
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
        const { message, hint, bug } = describeError(caught);
        setFailed(message);
        if (hint)
            printUntrusted(`hint: ${hint}`);
        if (bug && caught instanceof Error && caught.stack)
            debug(caught.stack);
    }
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
    return new errors_InputError(`${source.label(name)} must be ${expected}, got '${value}'`, { options: [{ name }] });
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
            throw new errors_InputError(`${this.source.label(name)} is required${what ? `: ${what}` : ''}`, { options: [{ name }] });
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./packages/core/src/manifest/index.ts
/**
 * The release manifest: the JSON contract between the actions (see DESIGN.md). build-wheel writes it;
 * publish, clean-env-test and promote read it and append what they did. Written atomically.
 */


async function readManifest(path) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch {
        throw new errors_InputError(`manifest '${path}' does not exist`, {
            hint: "pass the manifest output of build-wheel (or publish) as input 'manifest'",
        });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors_ConfigError(`manifest '${path}' is not valid JSON`, { hint: 'it is written by build-wheel; do not edit it by hand' });
    }
    const manifest = data;
    if (manifest.schema !== 1 ||
        typeof manifest.name !== 'string' ||
        typeof manifest.version !== 'string' ||
        !Array.isArray(manifest.files)) {
        throw new errors_ConfigError(`manifest '${path}' is not a Wheelwright release manifest (schema 1 with name, version, files)`);
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
            throw new errors_ConfigError(`manifest '${path}': files[${index}] is not an entry with filename, size and sha256`, {
                hint: 'it is written by build-wheel; do not edit it by hand',
            });
        }
    }
    return { stores: [], tests: [], promotions: [], kind: 'final', ...manifest };
}
/** Writes to a temporary file and renames it over the target, so a reader never sees half a manifest. */
async function writeManifest(path, manifest) {
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
    await rename(temporary, path);
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

;// CONCATENATED MODULE: ./actions/release-report/src/main.ts
/**
 * The adapter: inputs, the GitHub context and Octokit (@actions/github) around core's report — the flow
 * diagram and the Release body and its create-or-update decision live in @wheelwright/core/board.
 */





function parseNeeds(text) {
    if (text.trim() === '')
        return {};
    try {
        const value = JSON.parse(text);
        if (value && typeof value === 'object' && !Array.isArray(value))
            return value;
    }
    catch {
        // fall through to the error below
    }
    throw new errors_InputError("input 'jobs' is not a JSON object", { hint: 'pass toJSON(needs) in an expression' });
}
/** An Octokit failure as one line naming the call and GitHub's answer (401/403: the token's permissions). */
function githubError(error, what) {
    const status = error.status;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return new WheelwrightError(status === 401 || status === 403 ? 'auth' : 'process', `GitHub API: ${what} failed (${status ?? 'no answer'}): ${message}`, {
        hint: status === 401 || status === 403
            ? 'give the job contents: write (and pass its token)'
            : 'see the GitHub status page, then re-run the job',
        cause: error,
    });
}
function run() {
    return runAction(async () => {
        const i = new OptionReader(runnerInputs);
        const token = i.text('token');
        if (token)
            core_setSecret(token);
        const manifestPath = i.required('manifest', "build-wheel's manifest output");
        const channel = i.required('channel', 'the index the release ended in');
        const indexUrl = i.text('index-url');
        const docsUrl = i.text('docs-url');
        const needs = parseNeeds(i.text('jobs'));
        const githubRelease = i.bool('github-release', false);
        const manifest = await readManifest(manifestPath);
        // Octokit and the board (stores, docs) load only once the inputs are sound (bench/cold-start.mjs).
        const { flowSummaryMarkdown, releaseTagOf, upsertGitHubRelease, workflowFlow } = await __nccwpck_require__.e(/* import() */ 372).then(__nccwpck_require__.bind(__nccwpck_require__, 7372));
        // getOctokit(token) without its module: importing it from '@actions/github' (which this file reads
        // `context` from) would put Octokit back into the start-up bundle.
        let octokit;
        if (token) {
            const { GitHub, getOctokitOptions } = await __nccwpck_require__.e(/* import() */ 984).then(__nccwpck_require__.bind(__nccwpck_require__, 4984));
            octokit = new GitHub(getOctokitOptions(token));
        }
        const { owner, repo } = github_context.repo;
        // The jobs' times, when the token may read them (actions: read); the diagram shows results without.
        let timings = [];
        if (octokit && github_context.runId) {
            try {
                timings = (await octokit.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: github_context.runId, filter: 'latest', per_page: 100 })).data.jobs;
            }
            catch (error) {
                debug(`job timings unavailable: ${error.message}`);
            }
        }
        const flow = workflowFlow(needs, timings);
        const title = `Release of ${manifest.name} ${manifest.version}`;
        await appendSummary(flowSummaryMarkdown(title, flow, { channel, version: manifest.version }));
        if (!githubRelease)
            return;
        const tag = releaseTagOf(github_context.ref);
        if (!tag) {
            notice(`github-release: ${github_context.ref || 'this run'} is not a release tag; no GitHub Release is made`);
            return;
        }
        if (!octokit)
            throw new errors_InputError("input 'token' is empty: the GitHub Release needs a token with contents: write");
        const api = {
            async getByTag(name) {
                try {
                    const { data } = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: name });
                    return { id: data.id, body: data.body ?? '', url: data.html_url };
                }
                catch (error) {
                    if (error.status === 404)
                        return undefined;
                    throw githubError(error, `reading the Release of ${name}`);
                }
            },
            async create(release) {
                try {
                    const { data } = await octokit.rest.repos.createRelease({
                        owner,
                        repo,
                        tag_name: release.tag,
                        name: release.name,
                        body: release.body,
                        prerelease: release.prerelease,
                    });
                    return { id: data.id, url: data.html_url };
                }
                catch (error) {
                    throw githubError(error, `creating the Release of ${release.tag}`);
                }
            },
            async update(id, release) {
                try {
                    const { data } = await octokit.rest.repos.updateRelease({ owner, repo, release_id: id, ...release });
                    return { id: data.id, url: data.html_url };
                }
                catch (error) {
                    throw githubError(error, `updating Release ${id}`);
                }
            },
        };
        const outcome = await upsertGitHubRelease(api, tag, manifest, {
            channel,
            ...(indexUrl ? { indexUrl } : {}),
            ...(docsUrl ? { docsUrl } : {}),
        }, flow);
        setOutput('release-url', outcome.url);
        setOutput('release-id', String(outcome.id));
        await appendSummary(`GitHub Release of \`${tag}\`: ${outcome.action}, ${outcome.url}\n`);
    });
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

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

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 5822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ Context)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9896);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(857);


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(3135);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
