/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 137:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = require("fs");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = require("os");
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+github@9.1.1_patch_hash=9df6c66da9720e83851f4a04566ec77e54b2c6ce37af12da4a720f74d39f91f5/node_modules/@actions/github/lib/context.js


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,external_fs_namespaceObject.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,external_fs_namespaceObject.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_os_namespaceObject.EOL}`);
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
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
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
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
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
const external_crypto_namespaceObject = require("crypto");
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=6ae3d40069f1a6869629317f4d108d60728319f3adf0b287ab6c302a9e4b2003/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
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
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = require("path");
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
    const convertedVal = utils_toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return file_command_issueFileCommand('ENV', file_command_prepareKeyValueMessage(name, val));
    }
    command_issueCommand('set-env', { name }, convertedVal);
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
    issueCommand('add-mask', {}, secret);
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
    process.stdout.write(external_os_namespaceObject.EOL);
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
    process.stdout.write(message + external_os_namespaceObject.EOL);
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


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
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
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
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
        return this.addRaw(external_os_namespaceObject.EOL);
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
// EXTERNAL MODULE: ./packages/core/src/distribution/printable-name.ts
var printable_name = __nccwpck_require__(970);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __nccwpck_require__(662);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = require("node:crypto");
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
        token = (0,external_node_crypto_namespaceObject.randomBytes)(16).toString('hex');
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
        tempDir: env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(),
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
        throw new errors/* InputError */.dz(`refusing to export '${(0,printable_name/* escapeControlCharacters */.F7)(name)}': not a variable name ([A-Za-z_][A-Za-z0-9_]*)`);
    }
    exportVariable(name, value);
}
/** Sets the step's outputs; names are ours, checked anyway so no value can ever become a name. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (!OUTPUT_NAME.test(name))
            throw new Error(`output name ${JSON.stringify(name)} is not a valid output name`);
        setOutput(name, value);
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
        const { message, hint, bug } = (0,errors/* describeError */.Uc)(caught);
        setFailed(message);
        if (hint)
            printUntrusted(`hint: ${hint}`);
        if (bug && caught instanceof Error && caught.stack)
            debug(caught.stack);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/channels/index.ts
/**
 * Release policy that is not about one version's bytes: where the three indexes (unstable → testing →
 * stable) are, whether this run publishes at all, and how far this run may promote. The reusable workflow
 * (through pep440-version's and promote's inputs and outputs) and `wheelwright pipeline` both use these
 * rules, so a workflow file never re-states them in shell or expressions.
 *
 * Kept free of stores, HTTP and the runner: pep440-version loads it on its fast path.
 */


const RELEASE_CHANNELS = ['unstable', 'testing', 'stable'];
/**
 * The trigger of a run from its git ref as GitHub names it (`refs/tags/v1.0`, `refs/heads/main`,
 * `refs/pull/7/merge`); no ref (a laptop) is `local`.
 */
function triggerOfRef(ref) {
    if (ref === '')
        return { kind: 'local' };
    if (ref.startsWith('refs/tags/'))
        return { kind: 'tag', ref: ref.slice('refs/tags/'.length) };
    return { kind: 'branch', ref: ref.replace(/^refs\/(heads|pull)\//, '') };
}
/**
 * GitHub (`GITHUB_REF`), GitLab (`CI_COMMIT_TAG`, `CI_COMMIT_BRANCH`), Jenkins (`TAG_NAME`, `BRANCH_NAME`):
 * a tag build is a release of that tag; a branch build is not, even on a tagged commit. Without hints (a
 * laptop) the trigger is `local`, and the version's own tag decides.
 */
function releaseTrigger(env = process.env) {
    const githubRef = env.GITHUB_ACTIONS === 'true' ? env.GITHUB_REF : undefined;
    if (githubRef?.startsWith('refs/'))
        return triggerOfRef(githubRef);
    if (env.CI_COMMIT_TAG)
        return { kind: 'tag', ref: env.CI_COMMIT_TAG };
    if (env.CI_COMMIT_BRANCH || env.CI_MERGE_REQUEST_IID)
        return { kind: 'branch', ref: env.CI_COMMIT_BRANCH ?? '' };
    if (env.TAG_NAME)
        return { kind: 'tag', ref: env.TAG_NAME };
    if (env.BRANCH_NAME)
        return { kind: 'branch', ref: env.BRANCH_NAME };
    return { kind: 'local' };
}
/**
 * The highest index this run may promote to. `stable` needs a final version (its channel) that is the
 * release of a tag: the trigger's tag (CI), or on a laptop a clean checkout exactly at the tag.
 */
function releaseTarget(version, trigger) {
    if (version.channel !== 'stable')
        return 'testing';
    const atTag = version.tag !== '' && version.distance === 0 && !version.dirty;
    if (trigger.kind === 'tag' || trigger.kind === 'local')
        return atTag ? 'stable' : 'testing';
    return 'testing';
}
/** Why this run may not promote to `channel` (undefined: it may), in words a notice can print. */
function promotionHeldBack(channel, version, trigger) {
    if (channel !== 'stable' || releaseTarget(version, trigger) === 'stable')
        return undefined;
    if (version.channel !== 'stable')
        return 'the version is not a final release, so it stays in testing';
    if (trigger.kind === 'branch')
        return `the run was triggered by ${trigger.ref ? `'${trigger.ref}'` : 'a branch'}, not a release tag; a final version reaches stable only from its tag`;
    if (version.tag === '')
        return 'the build was made at no tag; a final version reaches stable only from its release tag';
    return `the build was made ${version.dirty ? 'from a modified checkout' : `${version.distance} commits after`} tag ${version.tag}, not at it`;
}
/**
 * Whether this run is the release of the tag that triggered it, so that its GitHub Release is due: the run
 * publishes, was triggered by a tag, and the version was built exactly at that tag from a clean checkout
 * (pre-releases included: an rc tag gets its Release too). A branch push on a tagged commit, a tag whose
 * build described another tag, and a laptop run (no trigger tag) are not.
 */
function isTagRelease(version, trigger, publishes) {
    if (!publishes || trigger.kind !== 'tag' || !trigger.ref)
        return false;
    return version.tag === trigger.ref && version.distance === 0 && !version.dirty;
}
/** pep440-version's `tag-release` output: the workflow's GitHub Release job waits on it instead of reading the ref. */
function tagReleaseOutputs(version, trigger, publishes) {
    return { 'tag-release': String(isTagRelease(version, trigger, publishes)) };
}
const DEFAULT_INDEX_NAMES = { unstable: 'unstable', testing: 'testing', stable: 'stable' };
function joinIndex(store, name) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(store))
        return `${store.replace(/\/+$/, '')}/${name}`;
    return (0,external_node_path_.join)((0,external_node_path_.isAbsolute)(store) ? store : (0,external_node_path_.resolve)(store), name);
}
/**
 * The three indexes: an explicit URL wins over `<store>/<name>`; with neither store nor URL the default
 * file store; a run that publishes nothing (publish false, a pull request) always the temporary one.
 * A channel with neither a URL nor a store to join is an error naming both options.
 */
function resolveIndexes(settings, places) {
    const names = Object.fromEntries(RELEASE_CHANNELS.map((channel) => [channel, settings.names[channel].trim() || DEFAULT_INDEX_NAMES[channel]]));
    const publishes = settings.publish && settings.pullRequest !== true;
    if (!publishes) {
        return {
            unstable: joinIndex(places.temporaryStore, names.unstable),
            testing: joinIndex(places.temporaryStore, names.testing),
            stable: joinIndex(places.temporaryStore, names.stable),
            embedded: true,
            publishes,
        };
    }
    const urls = settings.urls;
    const anyUrl = RELEASE_CHANNELS.some((channel) => urls[channel].trim() !== '');
    const named = settings.store.trim();
    const store = named || (anyUrl ? '' : places.defaultStore);
    const pick = (channel) => {
        const url = urls[channel].trim();
        if (url !== '')
            return url;
        if (store === '')
            throw new errors/* InputError */.dz(`no ${channel} index: set input 'store' or input '${channel}-url'`, {
                hint: 'give one store holding the three indexes, or all three index URLs',
                options: [{ name: 'store' }, { name: `${channel}-url` }],
            });
        return joinIndex(store, names[channel]);
    };
    return {
        unstable: pick('unstable'),
        testing: pick('testing'),
        stable: pick('stable'),
        embedded: named === '' && !anyUrl,
        publishes,
    };
}
/** pep440-version's index outputs, by name. */
function indexOutputs(indexes) {
    return {
        'unstable-store': indexes.unstable,
        'testing-store': indexes.testing,
        'stable-store': indexes.stable,
        'embedded-store': String(indexes.embedded),
        publishes: String(indexes.publishes),
    };
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

;// CONCATENATED MODULE: ./packages/core/src/contract/version.ts



/** pep440-version's options, from its action.yml inputs. */
function readVersionOptions(source, context) {
    const i = new OptionReader(source);
    return {
        path: (0,external_node_path_.resolve)(context.workspace, i.text('path') || '.'),
        versionScheme: i.text('version-scheme'),
        localScheme: i.text('local-scheme'),
        tagRegex: i.text('tag-regex'),
        fallbackVersion: i.text('fallback-version'),
        pretendVersion: i.text('pretend-version'),
        distName: i.text('dist-name'),
        fetchTags: i.bool('fetch-tags', true),
        exportEnv: i.bool('export-env', false),
        failOnDirty: i.bool('fail-on-dirty', false),
        env: context.env,
        githubRef: context.ref,
        // The path's errors name it as the front end does (`input 'path'`, `option '--path'`).
        pathWhat: source.label('path'),
    };
}
/**
 * Where the release's indexes are (pep440-version's store inputs, read at the first step of the workflow so
 * later jobs get them as outputs). `ownStore` is the front end's file store, used when no store is named
 * and by a run that publishes nothing; a relative folder store is the workspace's.
 */
function readIndexes(source, context, run) {
    const i = new OptionReader(source);
    const store = i.text('store');
    return resolveIndexes({
        store: store === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(store) || (0,external_node_path_.isAbsolute)(store) ? store : (0,external_node_path_.resolve)(context.workspace, store),
        names: { unstable: i.text('unstable-index'), testing: i.text('testing-index'), stable: i.text('stable-index') },
        urls: { unstable: i.text('unstable-url'), testing: i.text('testing-url'), stable: i.text('stable-url') },
        publish: i.bool('publish', true),
        pullRequest: run.pullRequest,
    }, { defaultStore: run.ownStore, temporaryStore: run.ownStore });
}

// EXTERNAL MODULE: ./packages/core/src/version/project-folder.ts
var project_folder = __nccwpck_require__(139);
;// CONCATENATED MODULE: ./actions/pep440-version/src/main.ts






// A pull request's build is never published to the real indexes, whatever the caller's publish says.
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
function run() {
    return runAction(async () => {
        const where = runnerContext();
        // The indexes are resolved first: a wrong store input fails before git is asked anything. The run's own
        // store lives in the runner's temp folder (the reusable workflow carries it between jobs as an artifact).
        const ownStore = (0,external_node_path_.join)(where.tempDir, 'wheelwright-store');
        const indexes = readIndexes(runnerInputs, where, { pullRequest: PULL_REQUEST_EVENTS.includes(context.eventName), ownStore });
        const options = readVersionOptions(runnerInputs, where);
        // A path without a project is answered before the computation loads (TOML parser, schemes, dunamai and
        // pdm sources come in one lazy chunk, read while the prefetched `git describe` runs; bench/cold-start.mjs).
        (0,project_folder/* checkVersionProject */.US)(options);
        const { computeVersion, summaryMarkdown, versionOutputs } = await Promise.all(/* import() */[__nccwpck_require__.e(906), __nccwpck_require__.e(300)]).then(__nccwpck_require__.bind(__nccwpck_require__, 300));
        const result = await computeVersion(options, actionLogger);
        setOutputs({
            ...versionOutputs(result),
            ...indexOutputs(indexes),
            ...tagReleaseOutputs(result, triggerOfRef(where.ref), indexes.publishes),
        });
        for (const [name, value] of Object.entries(result.exportVariables))
            src_exportVariable(name, value);
        actionLogger.info(`Version ${result.version} (${result.classification.kind}, channel ${result.classification.channel})`);
        if (!indexes.publishes)
            actionLogger.info(`This run publishes nothing: the indexes are the run's own store ${ownStore}`);
        await appendSummary(summaryMarkdown(result));
    });
}


/***/ }),

/***/ 970:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F7: () => (/* binding */ escapeControlCharacters),
/* harmony export */   Nt: () => (/* binding */ printableName)
/* harmony export */ });
/* unused harmony export hasControlCharacters */
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

/***/ 662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ WheelwrightError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yI: () => (/* binding */ ProcessError)
/* harmony export */ });
/* unused harmony exports StoreError, NotImplementedError, isWheelwrightError, runnerWords, renderOptionReferences */
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

/***/ 894:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = require("node:child_process");
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __nccwpck_require__(662);
;// CONCATENATED MODULE: ./packages/core/src/process/index.ts


const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
function run(command, args, options = {}) {
    const label = options.label ?? [command, ...args.slice(0, 2)].join(' ');
    const okCodes = options.okCodes ?? [0];
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
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
                reject(new errors/* ProcessError */.yI(`${command} was not found (needed for ${label})`, {
                    hint: options.missingHint ?? `install ${command} or put it on PATH`,
                    cause: error,
                }));
            }
            else {
                reject(new errors/* ProcessError */.yI(`${label} could not start: ${error.message}`, { cause: error }));
            }
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const stdout = Buffer.concat(out).toString('utf8');
            const stderr = Buffer.concat(err).toString('utf8');
            if (timedOut) {
                reject(new errors/* ProcessError */.yI(`${label} timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`, { stderr }));
                return;
            }
            const exit = code ?? (signal ? 128 : 1);
            if (!okCodes.includes(exit)) {
                const detail = lastLine(stderr) || lastLine(stdout) || `signal ${signal ?? 'none'}`;
                reject(new errors/* ProcessError */.yI(`${label} failed (exit ${exit}): ${detail}`, { exitCode: exit, stderr }));
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


/***/ }),

/***/ 918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ DESCRIBE_OK_CODES),
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   J9: () => (/* binding */ prefetchDescribe),
/* harmony export */   MN: () => (/* binding */ takePrefetched),
/* harmony export */   Tu: () => (/* binding */ discardPrefetched),
/* harmony export */   _K: () => (/* binding */ gitEnvironment),
/* harmony export */   fC: () => (/* binding */ describeMatchGlob),
/* harmony export */   vL: () => (/* binding */ describeCommand),
/* harmony export */   xm: () => (/* binding */ runGitIn)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _process_index__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(894);
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
    return (0,_process_index__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)('git', options.gitDir === undefined ? args : ['--git-dir', options.gitDir, ...args], {
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
    return runGitIn(root, args, { gitDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, '.git'), env, okCodes, timeoutMs });
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
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, '.git')))
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


/***/ }),

/***/ 139:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   US: () => (/* binding */ checkVersionProject),
/* harmony export */   hW: () => (/* binding */ readsWithoutProjectFile),
/* harmony export */   ji: () => (/* binding */ noProjectError),
/* harmony export */   pF: () => (/* binding */ versionGivenExplicitly)
/* harmony export */ });
/* unused harmony exports isProjectDir, nearestProjectAbove, checkProjectPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(662);
/**
 * The project folder pep440-version reads, checked before anything is read from it: it exists, and it
 * holds a project or needs none. No TOML parser and no git here, so a front end answers a wrong path
 * before it loads the version computation (which runs the same check first).
 */



const PROJECT_FILES = ['pyproject.toml', 'setup.cfg', 'setup.py'];
/** True when `dir` holds a file a Python build reads (pyproject.toml, setup.cfg or setup.py). */
function isProjectDir(dir) {
    return PROJECT_FILES.some((name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name)));
}
/** The nearest folder above `dir` (not `dir` itself) that holds a project, or undefined. */
function nearestProjectAbove(dir) {
    let current = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    for (;;) {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current);
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
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir, { throwIfNoEntry: false });
    if (!stat) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what} '${path}' does not exist`, {
            hint: 'point it at the folder holding pyproject.toml (relative to the workspace), after checking the repository out',
        });
    }
    if (!stat.isDirectory()) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what} '${path}' is a file, not a folder`, { hint: 'point it at the folder holding pyproject.toml' });
    }
    return dir;
}
/** The error for a folder that holds no project, naming the nearest one above it. */
function noProjectError(dir, what) {
    const above = nearestProjectAbove(dir);
    // The hint names the folder the way the path is given: relative to the working folder (the workspace).
    const fromHere = above === undefined ? '' : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), above);
    const shown = fromHere === '' ? '.' : fromHere.startsWith('..') ? above : fromHere;
    return new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what} '${dir}' holds no Python project (no pyproject.toml, setup.cfg or setup.py)${above === undefined ? ', and no folder above it does' : `; the nearest project folder above it is ${above}`}`, {
        hint: above === undefined ? 'point it at the folder holding pyproject.toml' : `set it to '${shown}', the folder holding the project`,
    });
}
/** A git top level, or an unpacked archive or sdist: setuptools_scm reads those without a project file. */
function readsWithoutProjectFile(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git')) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git_archival.txt')) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'PKG-INFO'));
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


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _wheelwright_core_scm__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(918);


// Start-up order matters here (bench/pep440-version.mjs): `git describe` starts first, so the child runs on
// another core while the rest is evaluated: the runner protocol and the contract (`require`, not `import`,
// which is hoisted, defers them; ncc inlines them in the same file), then the version computation (TOML
// parser, schemes, semver), which main.ts loads as a chunk once the inputs and the project folder are sound.
(0,_wheelwright_core_scm__WEBPACK_IMPORTED_MODULE_1__/* .prefetchDescribe */ .J9)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.env.INPUT_PATH?.trim() || '.'));
const { run } = __nccwpck_require__(137);
// No top-level await: the bundle is CommonJS (see package.json). runAction() reports every failure.
void run();

module.exports = __webpack_exports__;
/******/ })()
;