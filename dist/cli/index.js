#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6624:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ACTION_SPECS),
/* harmony export */   j: () => (/* binding */ actionSpec)
/* harmony export */ });
/* harmony import */ var _wheelwright_core_contract__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8005);
/* harmony import */ var _action_specs_json__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3083);
/**
 * The actions as CLI commands: names, descriptions, inputs and outputs from the action.yml files
 * (generated into action-specs.json). Light on purpose: help and usage errors need only this, so they
 * answer before any core entry loads.
 */


/** Inputs that are true/false switches on the command line although their default is empty ("recorded"). */
const OPTIONAL_SWITCHES = { scaffold: _wheelwright_core_contract__WEBPACK_IMPORTED_MODULE_1__/* .SCAFFOLD_OPTIONAL_SWITCHES */ .n };
const ACTION_SPECS = _action_specs_json__WEBPACK_IMPORTED_MODULE_0__/* .actions */ .o1.map((spec) => ({
    ...spec,
    inputs: spec.inputs.map((input) => (OPTIONAL_SWITCHES[spec.name]?.includes(input.name) ? { ...input, boolean: true } : input)),
}));
function actionSpec(name) {
    return ACTION_SPECS.find((spec) => spec.name === name);
}


/***/ }),

/***/ 5356:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   kU: () => (/* binding */ toOptions)
/* harmony export */ });
/* unused harmony export camelCase */
/* harmony import */ var _wheelwright_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2662);
/* harmony import */ var _wheelwright_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3056);
/**
 * Command-line flags named exactly as the action inputs: `--name value`, `--name=value`, a repeated flag
 * for a multi-line input (one value per line, as in the workflow), and for true/false inputs a switch:
 * `--dry-run`, `--no-dry-run`, `--dry-run=false`. Unknown flags are an error that suggests the closest.
 */


/** A mistake on the command line itself (unknown option, missing value): exit code 2, as shells expect. */
class UsageError extends _wheelwright_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function parseArgs(argv, inputs, command) {
    const byName = new Map(inputs.map((input) => [input.name, input]));
    const given = new Map();
    const positional = [];
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        if (arg === '--') {
            positional.push(...argv.slice(i + 1));
            break;
        }
        if (arg === '-h' || arg === '--help') {
            help = true;
            continue;
        }
        if (!arg.startsWith('--')) {
            if (arg.startsWith('-') && arg !== '-')
                throw new UsageError(`${command}: unknown option '${arg}'`, { hint: `see wheelwright ${command} --help` });
            positional.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        let name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        let value = eq > 0 ? arg.slice(eq + 1) : undefined;
        let spec = byName.get(name);
        if (!spec && name.startsWith('no-') && byName.get(name.slice(3))?.boolean && value === undefined) {
            name = name.slice(3);
            spec = byName.get(name);
            value = 'false';
        }
        if (!spec) {
            const suggestion = (0,_wheelwright_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(name, [...byName.keys()]);
            throw new UsageError(`${command}: unknown option '--${name}'${suggestion ? ` (did you mean --${suggestion}?)` : ''}`, {
                hint: `see wheelwright ${command} --help`,
            });
        }
        if (value === undefined) {
            const next = argv[i + 1];
            if (spec.boolean) {
                if (next !== undefined && (TRUE.includes(next) || FALSE.includes(next))) {
                    value = next;
                    i++;
                }
                else
                    value = 'true';
            }
            else {
                if (next === undefined)
                    throw new UsageError(`${command}: option '--${name}' needs a value`, { hint: spec.description });
                value = next;
                i++;
            }
        }
        if (spec.boolean && !TRUE.includes(value) && !FALSE.includes(value))
            throw new UsageError(`${command}: option '--${name}' must be true or false, got '${value}'`);
        given.set(name, [...(given.get(name) ?? []), value]);
    }
    const values = {};
    for (const input of inputs) {
        const list = given.get(input.name);
        // A repeated flag is a multi-line input, one value per line, as a workflow writes it.
        values[input.name] = list ? (input.boolean ? (list[list.length - 1] ?? '') : list.join('\n')) : input.default;
    }
    return { values, given: new Set(given.keys()), positional, help };
}
/** `dry-run` → `dryRun`: the core entries' option names are the camelCase of the inputs. */
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_all, c) => c.toUpperCase());
}
/** Inputs as the core options object: booleans as booleans, the rest as the strings the runner passes. */
function toOptions(values, inputs) {
    const options = {};
    for (const input of inputs) {
        const value = values[input.name] ?? input.default;
        options[camelCase(input.name)] = input.boolean ? TRUE.includes(value) : value;
    }
    return options;
}


/***/ }),

/***/ 2706:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatHelp)
/* harmony export */ });
function wrap(text, width, indent) {
    const words = text.split(/\s+/).filter(Boolean);
    const lines = [];
    let line = '';
    for (const word of words) {
        if (line && line.length + word.length + 1 > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${indent}`);
}
function formatHelp(usage, description, inputs, outputs = [], notes = '', heading = 'options (the action inputs):') {
    const parts = [`usage: ${usage}`, '', wrap(description, 100, ''), ''];
    if (inputs.length > 0) {
        parts.push(heading);
        for (const input of inputs) {
            const flag = input.boolean ? `--[no-]${input.name}` : `--${input.name} <value>`;
            const fallback = input.required ? ' (required)' : input.default !== '' ? ` (default: ${input.default})` : '';
            parts.push(`  ${flag}`);
            parts.push(`      ${wrap(input.description + fallback, 94, '      ')}`);
        }
        parts.push('  -h, --help');
        parts.push('');
    }
    if (outputs.length > 0) {
        parts.push('prints a JSON object of the outputs on stdout:');
        for (const output of outputs)
            parts.push(`  ${output.name}: ${wrap(output.description, 90, '      ')}`);
        parts.push('');
    }
    if (notes)
        parts.push(notes, '');
    return parts.join('\n');
}


/***/ }),

/***/ 8677:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1819);

process.exitCode = await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1819:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: FLAG_WORDING, describeForCli

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

;// CONCATENATED MODULE: ./packages/cli/package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./packages/cli/src/action-list.ts
var action_list = __nccwpck_require__(6624);
// EXTERNAL MODULE: ./packages/core/src/errors/suggest.ts
var suggest = __nccwpck_require__(3056);
// EXTERNAL MODULE: ./packages/cli/src/args.ts
var src_args = __nccwpck_require__(5356);
// EXTERNAL MODULE: ./packages/cli/src/help.ts
var help = __nccwpck_require__(2706);
// EXTERNAL MODULE: ./packages/cli/src/terminal-logger.ts
var terminal_logger = __nccwpck_require__(6494);
;// CONCATENATED MODULE: ./packages/cli/src/main.ts
/**
 * `wheelwright <action> [--input value…]` runs one action's core entry and prints its outputs as JSON;
 * `wheelwright pipeline [project]` runs the whole flow. `--help` everywhere. A failure is one line and a
 * hint on stderr and exit code 1 (2 for a mistake on the command line itself); unexpected errors say they are bugs.
 */







/** Inputs that carry secrets may come from WHEELWRIGHT_<NAME> instead of a flag (process lists show flags). */
const SECRET_INPUT = /(^|-)(password|username|token)$/;
function topHelp() {
    const width = Math.max(...action_list/* ACTION_SPECS */.C.map((s) => s.name.length), 'pipeline'.length);
    return [
        'usage: wheelwright <command> [options]',
        '',
        'Python packaging from commit to promoted release: the Wheelwright actions on the command line.',
        '',
        'commands:',
        `  ${'pipeline'.padEnd(width)}  the whole flow: version, build, publish, clean-env test, promote`,
        ...action_list/* ACTION_SPECS */.C.map((spec) => `  ${spec.name.padEnd(width)}  ${spec.description.split('. ')[0]?.replace(/\.$/, '')}`),
        '',
        'wheelwright <command> --help shows the options, named as the action inputs.',
        '',
    ].join('\n');
}
/** The CLI's words for an option: `option '--python'`, `--no-require-tests`, `--to-channel testing`. */
const FLAG_WORDING = {
    option: (name) => `option '--${name}'`,
    setting: (name, value) => (value === 'false' ? `--no-${name}` : value === 'true' ? `--${name}` : `--${name} ${value}`),
    // A single command prints every group's output to the terminal, above the error.
    log: (group) => (group === undefined ? 'the output above' : `the '${group}' output above`),
};
/**
 * An error in the CLI's words: the options it refers to, and every option of the command it came from
 * (core writes the runner's `input 'x'`), are named as flags.
 */
function describeForCli(error, declared = []) {
    return (0,errors/* describeError */.Uc)(error, FLAG_WORDING, declared);
}
async function main(argv, given) {
    // The CLI may run in a workflow's `run:` step: no line it prints (a server's message, a file name) may
    // be read by the runner as a workflow command, on stdout or stderr.
    const io = { ...given, out: (text) => given.out(guardChunk(text)), err: (text) => given.err(guardChunk(text)) };
    const [command, ...rest] = argv;
    const secrets = [];
    try {
        if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
            const topic = command === 'help' ? rest[0] : undefined;
            if (topic === 'pipeline')
                io.out((await Promise.all(/* import() */[__nccwpck_require__.e(714), __nccwpck_require__.e(101), __nccwpck_require__.e(205)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3205))).pipelineHelp());
            else if (topic && (0,action_list/* actionSpec */.j)(topic))
                return main([topic, '--help'], given);
            else
                io.out(topHelp());
            return command === undefined ? 2 : 0;
        }
        if (command === '--version' || command === '-V') {
            io.out(`wheelwright ${package_namespaceObject.rE}\n`);
            return 0;
        }
        // The core entries (stores, HTTP, archive readers, the build) load only for a command that runs, after
        // its flags are checked: help and usage errors answer at once (bench/cold-start.mjs).
        if (command === 'pipeline')
            return await (await Promise.all(/* import() */[__nccwpck_require__.e(714), __nccwpck_require__.e(101), __nccwpck_require__.e(205)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3205))).pipelineCommand(rest, io);
        const spec = (0,action_list/* actionSpec */.j)(command);
        if (!spec) {
            const suggestion = (0,suggest/* closest */.k)(command, ['pipeline', ...action_list/* ACTION_SPECS */.C.map((s) => s.name)]);
            throw new src_args/* UsageError */.eb(`unknown command '${command}'${suggestion ? ` (did you mean ${suggestion}?)` : ''}`, {
                hint: 'wheelwright --help lists the commands',
            });
        }
        const args = (0,src_args/* parseArgs */.Zy)(rest, spec.inputs, command);
        if (args.help) {
            io.out((0,help/* formatHelp */.B)(`wheelwright ${command} [options]`, spec.description, spec.inputs, spec.outputs));
            return 0;
        }
        if (args.positional.length > 0)
            throw new src_args/* UsageError */.eb(`${command}: unexpected argument '${args.positional[0]}'`, {
                hint: `options are flags: see wheelwright ${command} --help`,
            });
        for (const input of spec.inputs) {
            const fromEnv = io.env[`WHEELWRIGHT_${input.name.replace(/-/g, '_').toUpperCase()}`];
            if (!args.given.has(input.name) && SECRET_INPUT.test(input.name) && fromEnv)
                args.values[input.name] = fromEnv;
            if (input.required && (args.values[input.name] ?? '') === '')
                throw new src_args/* UsageError */.eb(`${command}: option '--${input.name}' is required`, { hint: input.description });
        }
        secrets.push(...(0,terminal_logger/* secretsOf */.Fj)(args.values));
        const declared = spec.inputs.map((input) => ({ name: input.name }));
        const logger = new terminal_logger/* TerminalLogger */.XF({
            write: io.err,
            secrets,
            debug: Boolean(io.env.WHEELWRIGHT_DEBUG),
            words: (message) => (0,errors/* renderOptionReferences */.IG)(message, declared, FLAG_WORDING),
        });
        const { commandRunner } = await Promise.all(/* import() */[__nccwpck_require__.e(714), __nccwpck_require__.e(101)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6101));
        const outputs = await commandRunner(command)(args.values, logger, {
            env: io.env,
            cwd: io.cwd,
            onSecret: (secret) => secrets.push(secret),
        });
        io.out((0,terminal_logger/* maskSecrets */.QU)(`${JSON.stringify(outputs, null, 2)}\n`, secrets));
        return 0;
    }
    catch (error) {
        const { message, hint, bug } = describeForCli(error, (0,action_list/* actionSpec */.j)(command ?? '')?.inputs.map((input) => input.name) ?? []);
        io.err((0,terminal_logger/* maskSecrets */.QU)(`error: ${message}\n`, secrets));
        if (hint)
            io.err((0,terminal_logger/* maskSecrets */.QU)(`hint: ${hint}\n`, secrets));
        if (bug && error instanceof Error && error.stack && io.env.WHEELWRIGHT_DEBUG)
            io.err(`${error.stack}\n`);
        return error instanceof src_args/* UsageError */.eb ? 2 : 1;
    }
}


/***/ }),

/***/ 6494:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ secretsOf),
/* harmony export */   QU: () => (/* binding */ maskSecrets),
/* harmony export */   XF: () => (/* binding */ TerminalLogger)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _wheelwright_core_http__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1671);
/**
 * The core Logger for a terminal or a CI log (Jenkins, GitLab): plain lines on stderr (stdout carries
 * the JSON results), groups as indented blocks, debug lines only with --debug. No GitHub workflow
 * commands: the CLI runs the same everywhere.
 */


/** The secrets among option values: password/token inputs and passwords embedded in URLs. */
function secretsOf(values) {
    const found = [];
    for (const [name, value] of Object.entries(values)) {
        if (!value)
            continue;
        if (/(^|[-_])(password|token)$/i.test(name))
            found.push(value);
        for (const word of value.split(/\s+/))
            found.push(...((0,_wheelwright_core_http__WEBPACK_IMPORTED_MODULE_1__/* .urlCredentials */ .O4)(word)?.secrets ?? []));
    }
    // Every length: a short password is still a password.
    return [...new Set(found.filter((secret) => secret !== ''))];
}
function maskSecrets(text, secrets) {
    let masked = text;
    // Longest first: a short secret replaced first would cut a longer one it is part of.
    for (const secret of [...secrets].sort((a, b) => b.length - a.length))
        masked = masked.split(secret).join('***');
    return masked;
}
class TerminalLogger {
    options;
    depth = 0;
    write;
    constructor(options = {}) {
        this.options = options;
        this.write = options.write ?? ((text) => process.stderr.write(text));
    }
    emit(message, show) {
        const indent = '  '.repeat(this.depth);
        const text = `${message
            .split(/\r?\n/)
            .map((line) => indent + line)
            .join('\n')}\n`;
        const safe = maskSecrets(text, this.options.secrets ?? []);
        if (this.options.file)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(this.options.file, safe);
        if (show)
            this.write(safe);
    }
    info(message) {
        this.emit(message, this.options.verbose !== false);
    }
    warning(message, where) {
        const at = where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
        this.emit(`warning: ${at}${this.options.words ? this.options.words(message) : message}`, true);
    }
    debug(message) {
        this.emit(`debug: ${message}`, this.options.debug === true);
    }
    async group(title, fn) {
        this.emit(title, this.options.verbose !== false);
        this.depth++;
        try {
            return await fn();
        }
        finally {
            this.depth--;
        }
    }
}


/***/ }),

/***/ 9685:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ OptionReader),
/* harmony export */   GU: () => (/* binding */ mapSource)
/* harmony export */ });
/* unused harmony export inputLabel */
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2662);
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
    return new _errors_index__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source.label(name)} must be ${expected}, got '${value}'`, { options: [{ name }] });
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
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${this.source.label(name)} is required${what ? `: ${what}` : ''}`, { options: [{ name }] });
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


/***/ }),

/***/ 8005:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readScaffoldOptions),
/* harmony export */   n: () => (/* binding */ SCAFFOLD_OPTIONAL_SWITCHES)
/* harmony export */ });
/* harmony import */ var _scaffold_index__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7295);
/* harmony import */ var _options__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9685);


/**
 * scaffold's options. Its switches are optional: empty means "the value recorded on update, else the
 * default", so the CLI offers them as --x / --no-x with no default.
 */
const SCAFFOLD_OPTIONAL_SWITCHES = [
    'markdown',
    'tests',
    'docs',
    'tox',
    'pre-commit',
    'github-actions',
    'gitlab-ci',
    'update',
    'force',
    'dry-run',
];
function readScaffoldOptions(source, context) {
    const i = new _options__WEBPACK_IMPORTED_MODULE_0__/* .OptionReader */ .F9(source);
    return {
        name: i.optional('name'),
        path: i.optional('path'),
        package: i.optional('package'),
        description: i.optional('description'),
        url: i.optional('url'),
        license: i.optional('license'),
        author: i.optional('author'),
        email: i.optional('email'),
        pythonRequires: i.optional('python-requires'),
        namespace: i.optional('namespace'),
        markdown: i.optionalBool('markdown'),
        layout: i.optionalChoice('layout', _scaffold_index__WEBPACK_IMPORTED_MODULE_1__/* .LAYOUTS */ .my),
        tests: i.optionalBool('tests'),
        docs: i.optionalBool('docs'),
        tox: i.optionalBool('tox'),
        preCommit: i.optionalBool('pre-commit'),
        githubActions: i.optionalBool('github-actions'),
        gitlabCi: i.optionalBool('gitlab-ci'),
        update: i.bool('update', false),
        force: i.bool('force', false),
        dryRun: i.bool('dry-run', false),
        cwd: context.workspace,
    };
}


/***/ }),

/***/ 2662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ StoreError),
/* harmony export */   EH: () => (/* binding */ NotImplementedError),
/* harmony export */   HX: () => (/* binding */ isWheelwrightError),
/* harmony export */   IG: () => (/* binding */ renderOptionReferences),
/* harmony export */   LJ: () => (/* binding */ WheelwrightError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yI: () => (/* binding */ ProcessError)
/* harmony export */ });
/* unused harmony export runnerWords */
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

/***/ 3056:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
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


/***/ }),

/***/ 1671:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ basicCredentials),
/* harmony export */   DJ: () => (/* binding */ credentialSecrets),
/* harmony export */   IO: () => (/* binding */ bearerCredentials),
/* harmony export */   O4: () => (/* binding */ urlCredentials),
/* harmony export */   sy: () => (/* binding */ headerCredentials),
/* harmony export */   yM: () => (/* binding */ belongsToOrigin)
/* harmony export */ });
/* unused harmony exports originsOf, secretForms */
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


/***/ }),

/***/ 6894:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __nccwpck_require__(2662);
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

/***/ 8015:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ parsePyproject),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   x7: () => (/* binding */ readPyproject)
/* harmony export */ });
/* unused harmony exports readPyprojectSync, stringSetting */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1041);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2662);
/**
 * pyproject.toml, read once with a real TOML parser (smol-toml). Every module that needs the project's
 * settings (build-system, [project], [tool.setuptools_scm], [tool.wheelwright]) goes through here.
 */
// fs.promises is a lazy getter: importing node:fs/promises instead would load the FileHandle machinery
// (~1 ms) at the start of every bundle that reads pyproject.toml, used or not.




/** Reads `<dir>/pyproject.toml`; undefined when the file does not exist, ConfigError when it is broken. */
async function readPyproject(dir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'pyproject.toml');
    let text;
    try {
        text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(path, 'utf8');
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
        return { path, data: (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text) };
    }
    catch (error) {
        const where = error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .TomlError */ .zx ? ` at line ${error.line}, column ${error.column}` : '';
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${path} is not valid TOML${where}: ${reason}`, {
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
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${source}: [${dottedKey}] must be a table`);
        }
        current = current[key];
    }
    if (current === undefined)
        return undefined;
    if (typeof current !== 'object' || current === null || Array.isArray(current))
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${source}: [${dottedKey}] must be a table`);
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


/***/ }),

/***/ 7295:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  my: () => (/* binding */ LAYOUTS),
  DQ: () => (/* binding */ scaffoldOutputs),
  Y7: () => (/* binding */ scaffoldProject)
});

// UNUSED EXPORTS: LICENSE_IDS, defaultTemplatesDir, derivePackageName, normalizeProjectName, parseStdlibList, renderTemplate, summaryMarkdown, validateIdentifier, validateNamespace, validateProjectName

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __nccwpck_require__(2029);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __nccwpck_require__(2662);
// EXTERNAL MODULE: ./packages/core/src/pyproject/index.ts
var src_pyproject = __nccwpck_require__(8015);
// EXTERNAL MODULE: ./packages/core/src/scm/git-process.ts
var git_process = __nccwpck_require__(5918);
;// CONCATENATED MODULE: ./packages/core/src/scaffold/licenses.ts
const TABLE = [
    { spdx: 'MIT', file: 'MIT.txt', classifier: 'License :: OSI Approved :: MIT License' },
    { spdx: 'Apache-2.0', file: 'Apache-2.0.txt', classifier: 'License :: OSI Approved :: Apache Software License' },
    { spdx: 'BSD-3-Clause', file: 'BSD-3-Clause.txt', classifier: 'License :: OSI Approved :: BSD License' },
    { spdx: 'BSD-2-Clause', file: 'BSD-2-Clause.txt', classifier: 'License :: OSI Approved :: BSD License' },
    { spdx: 'ISC', file: 'ISC.txt', classifier: 'License :: OSI Approved :: ISC License (ISCL)' },
    { spdx: 'MPL-2.0', file: 'MPL-2.0.txt', classifier: 'License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)' },
    { spdx: 'GPL-3.0-only', file: 'GPL-3.0.txt', classifier: 'License :: OSI Approved :: GNU General Public License v3 (GPLv3)' },
    {
        spdx: 'GPL-3.0-or-later',
        file: 'GPL-3.0.txt',
        classifier: 'License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)',
    },
    {
        spdx: 'LGPL-3.0-only',
        file: 'LGPL-3.0.txt',
        classifier: 'License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)',
    },
    {
        spdx: 'LGPL-3.0-or-later',
        file: 'LGPL-3.0.txt',
        classifier: 'License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)',
    },
    { spdx: 'Unlicense', file: 'Unlicense.txt', classifier: 'License :: OSI Approved :: The Unlicense (Unlicense)' },
];
const LICENSE_IDS = TABLE.map((l) => l.spdx);
/** The license with this SPDX id; SPDX ids compare case-insensitively (SPDX spec, annex D). */
function findLicense(id) {
    const wanted = id.toLowerCase();
    return TABLE.find((l) => l.spdx.toLowerCase() === wanted);
}

;// CONCATENATED MODULE: ./packages/core/src/scaffold/names.ts
/**
 * Names checked before anything is written: the project (distribution) name by PEP 508, the import
 * package and namespace parts as Python identifiers that are neither keywords nor standard-library
 * modules. Each failure is one line naming the rule, with a suggested fix as the hint.
 */


// PEP 508 "Names": ^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$, case-insensitive.
const PROJECT_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
// ASCII identifiers only: PEP 3131 allows more, but such import names break tools and file systems.
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
// keyword.kwlist of Python 3.9–3.13 (the soft keywords match/case/type/_ are valid module names).
const KEYWORDS = new Set([
    'False',
    'None',
    'True',
    'and',
    'as',
    'assert',
    'async',
    'await',
    'break',
    'class',
    'continue',
    'def',
    'del',
    'elif',
    'else',
    'except',
    'finally',
    'for',
    'from',
    'global',
    'if',
    'import',
    'in',
    'is',
    'lambda',
    'nonlocal',
    'not',
    'or',
    'pass',
    'raise',
    'return',
    'try',
    'while',
    'with',
    'yield',
]);

function validateProjectName(name) {
    if (PROJECT_NAME.test(name))
        return;
    const suggestion = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[._-]+|[._-]+$/g, '');
    throw new errors/* InputError */.dz(`input 'name' '${name}' is not a valid project name: PEP 508 allows letters, digits, '.', '_' and '-', starting and ending with a letter or digit`, { hint: suggestion ? `use '${suggestion}'` : 'choose a name made of letters and digits' });
}
/** The import name a project name suggests, as putup derives it: lower case, other characters as '_'. */
function derivePackageName(project) {
    let name = project
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '_')
        .replace(/^_+|_+$/g, '');
    if (/^[0-9]/.test(name))
        name = `_${name}`;
    return name;
}
/**
 * Checks one identifier (a package or a namespace part). `input` names what the user set ('package',
 * 'namespace'), `stdlib` holds the standard library's top-level names.
 */
function validateIdentifier(value, input, stdlib, topLevel) {
    if (!IDENTIFIER.test(value)) {
        const fixed = derivePackageName(value) || 'my_package';
        throw new errors/* InputError */.dz(`input '${input}' '${value}' is not a Python identifier: use ASCII letters, digits and '_', not starting with a digit`, {
            hint: `use '${fixed}'`,
        });
    }
    if (KEYWORDS.has(value)) {
        throw new errors/* InputError */.dz(`input '${input}' '${value}' is a Python keyword and cannot be imported`, {
            hint: `use '${value}_' or another name`,
        });
    }
    // Only a top-level name shadows the standard library (acme.json is fine, json is not).
    if (topLevel && stdlib.has(value)) {
        throw new errors/* InputError */.dz(`input '${input}' '${value}' is the name of a standard-library module and would shadow it`, {
            hint: `use a distinct name such as 'py${value}' or '${value}_tools'`,
        });
    }
}
/** The namespace (PEP 420), dotted: each part an identifier, the first not a standard-library name. */
function validateNamespace(namespace, stdlib) {
    const parts = namespace.split('.');
    if (parts.some((p) => p === '')) {
        throw new errors/* InputError */.dz(`input 'namespace' '${namespace}' has an empty part: write dotted identifiers like 'acme' or 'acme.tools'`, {
            hint: `use '${parts.filter((p) => p !== '').join('.') || 'acme'}'`,
        });
    }
    parts.forEach((part, index) => {
        validateIdentifier(part, 'namespace', stdlib, index === 0);
    });
    return parts;
}
/** Parses the stdlib data file: one name per line, '#' comments. */
function parseStdlibList(text) {
    return new Set(text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#')));
}

;// CONCATENATED MODULE: ./packages/core/src/scaffold/project-files.ts
function projectFiles(choices, licenseFile) {
    const ext = choices.markdown ? 'md' : 'rst';
    const files = [
        { template: 'project/pyproject.toml.tmpl', target: 'pyproject.toml' },
        { template: 'project/gitignore.tmpl', target: '.gitignore' },
        { template: `project/README.${ext}.tmpl`, target: `README.${ext}` },
        { template: `project/CHANGELOG.${ext}.tmpl`, target: `CHANGELOG.${ext}` },
        { template: `project/AUTHORS.${ext}.tmpl`, target: `AUTHORS.${ext}` },
        { template: `licenses/${licenseFile}`, target: 'LICENSE.txt' },
        { template: 'project/src/__init__.py.tmpl', target: '{package_dir}/__init__.py' },
        { template: 'project/src/skeleton.py.tmpl', target: '{package_dir}/skeleton.py' },
    ];
    if (choices.layout === 'setup.cfg')
        files.push({ template: 'project/setup.cfg.tmpl', target: 'setup.cfg' });
    if (choices.tests) {
        files.push({ template: 'project/tests/conftest.py.tmpl', target: 'tests/conftest.py' }, { template: 'project/tests/test_skeleton.py.tmpl', target: 'tests/test_skeleton.py' });
    }
    if (choices.docs) {
        for (const page of ['index', 'api', 'readme', 'contributing', 'license', 'authors', 'changelog']) {
            files.push({ template: `project/docs/${page}.${ext}.tmpl`, target: `docs/${page}.${ext}` });
        }
        files.push({ template: 'project/docs/conf.py.tmpl', target: 'docs/conf.py' }, { template: 'project/docs/requirements.txt.tmpl', target: 'docs/requirements.txt' }, { template: 'project/docs/Makefile.tmpl', target: 'docs/Makefile' });
    }
    if (choices.tox)
        files.push({ template: 'project/tox.ini.tmpl', target: 'tox.ini' });
    if (choices.preCommit)
        files.push({ template: 'project/pre-commit-config.yaml.tmpl', target: '.pre-commit-config.yaml' });
    if (choices.githubActions)
        files.push({ template: 'project/ci/github-release.yml.tmpl', target: '.github/workflows/release.yml' });
    if (choices.gitlabCi)
        files.push({ template: 'project/ci/gitlab-ci.yml.tmpl', target: '.gitlab-ci.yml' });
    return files;
}

;// CONCATENATED MODULE: ./packages/core/src/scaffold/render.ts
/**
 * The template language of scaffold's files: `{{name}}` and `{{name|filter}}` substitutions and
 * `{{#if name}}…{{else}}…{{/if}}` / `{{#unless name}}…{{/unless}}` sections. A section tag alone on its
 * line takes the whole line with it (Mustache's "standalone" rule), so templates stay readable.
 * `${{ … }}` (GitHub expressions) is left alone. An unknown name is a bug in a template: it throws.
 */
const FILTERS = {
    // A TOML basic string: JSON's escapes are a subset of TOML's.
    toml: (value) => JSON.stringify(value),
    // A Python string literal: JSON's escapes are valid in Python too.
    py: (value) => JSON.stringify(value),
    // reStructuredText title adornment as long as the title.
    underline: (value) => '='.repeat(Math.max(value.length, 3)),
    overline: (value) => '='.repeat(Math.max(value.length, 3)),
    raw: (value) => value,
};
const STANDALONE = /^[ \t]*(\{\{(?:#if|#unless) [a-z_]+\}\}|\{\{else\}\}|\{\{\/(?:if|unless)\}\})[ \t]*\r?\n/gm;
const TOKEN = /\{\{(#if|#unless) ([a-z_]+)\}\}|\{\{else\}\}|\{\{\/(if|unless)\}\}|(?<!\$)\{\{\s*([a-z_]+)\s*(?:\|\s*([a-z]+)\s*)?\}\}/g;
function renderTemplate(text, variables, source = 'template') {
    const lookup = (name) => {
        const value = variables[name];
        if (value === undefined)
            throw new Error(`${source}: unknown template variable '${name}'`);
        return value;
    };
    const input = text.replace(STANDALONE, '$1');
    // Each open section: whether its current branch is shown, and whether its parent is.
    const stack = [];
    let visible = true;
    let out = '';
    let last = 0;
    for (const match of input.matchAll(TOKEN)) {
        if (visible)
            out += input.slice(last, match.index);
        last = match.index + match[0].length;
        const [whole, open, openName, close, name, filter] = match;
        if (open && openName) {
            const value = lookup(openName);
            const truthy = value !== false && value !== '';
            const test = open === '#if' ? truthy : !truthy;
            stack.push({ kind: open.slice(1), test, parentVisible: visible, inElse: false });
            visible = visible && test;
        }
        else if (whole === '{{else}}') {
            const top = stack.at(-1);
            if (!top || top.inElse)
                throw new Error(`${source}: {{else}} outside a section`);
            top.inElse = true;
            visible = top.parentVisible && !top.test;
        }
        else if (close) {
            const top = stack.pop();
            if (!top || top.kind !== close)
                throw new Error(`${source}: {{/${close}}} does not close an open section`);
            visible = top.parentVisible;
        }
        else if (name && visible) {
            const value = lookup(name);
            const text = typeof value === 'boolean' ? String(value) : value;
            const apply = FILTERS[filter ?? 'raw'];
            if (!apply)
                throw new Error(`${source}: unknown template filter '${filter}'`);
            out += apply(text);
        }
        else if (name) {
            lookup(name);
        }
    }
    if (stack.length > 0)
        throw new Error(`${source}: {{#${stack.at(-1)?.kind}}} is never closed`);
    if (visible)
        out += input.slice(last);
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/scaffold/index.ts
/**
 * scaffold: a proper, releasable Python package in one step, like PyScaffold's `putup`. One entry,
 * `scaffoldProject`, serves the action and the CLI; templates are real files under templates/, found
 * next to the running bundle (dist/<name>/templates) or next to this source file.
 */















const LAYOUTS = ['pyproject', 'setup.cfg'];
const DEFAULTS = {
    description: 'Add a short description here!',
    license: 'MIT',
    pythonRequires: '>=3.9',
    markdown: true,
    layout: 'pyproject',
    tests: true,
    docs: true,
    tox: true,
    preCommit: true,
    githubActions: true,
    gitlabCi: false,
};
// The record in [tool.wheelwright.scaffold]: key (as the action input) → option.
const RECORD_KEYS = [
    ['name', 'name'],
    ['package', 'package'],
    ['namespace', 'namespace'],
    ['description', 'description'],
    ['url', 'url'],
    ['license', 'license'],
    ['author', 'author'],
    ['email', 'email'],
    ['python-requires', 'pythonRequires'],
    ['markdown', 'markdown'],
    ['layout', 'layout'],
    ['tests', 'tests'],
    ['docs', 'docs'],
    ['tox', 'tox'],
    ['pre-commit', 'preCommit'],
    ['github-actions', 'githubActions'],
    ['gitlab-ci', 'gitlabCi'],
];
/** templates/ beside the running bundle (dist/scaffold, dist/cli) or beside this source file. */
function defaultTemplatesDir() {
    const candidates = [];
    // A bundle's own folder comes first: ncc may bake the source location into import.meta.url.
    if (process.argv[1]) {
        try {
            candidates.push((0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_fs_.realpathSync)(process.argv[1])), 'templates'));
        }
        catch {
            // argv[1] is not a file (node -e, a REPL): only the module's own location is left.
        }
    }
    try {
        candidates.push((0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), 'templates'));
    }
    catch {
        // import.meta.url is not a file URL in some bundlers' output.
    }
    const found = candidates.find((dir) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'stdlib-modules.txt')));
    if (!found) {
        throw new errors/* WheelwrightError */.LJ('scaffold', `scaffold's templates were not found (looked in ${candidates.join(', ')})`, {
            hint: 'a bundle needs its templates folder beside it: rebuild it with scripts/build-dist.mjs',
        });
    }
    return found;
}
async function scaffoldProject(options, logger) {
    const templatesDir = options.templatesDir ?? defaultTemplatesDir();
    const cwd = options.cwd ?? process.cwd();
    const given = options.path?.trim() || options.name?.trim();
    if (!given) {
        throw new errors/* InputError */.dz("input 'name' is required: the project's distribution name, e.g. 'Scikit-AI'", {
            hint: "set input 'name' (and input 'path' for a folder of another name)",
        });
    }
    const target = (0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.resolve)(cwd, given);
    const existing = folderState(target);
    if (existing === 'file')
        throw new errors/* InputError */.dz(`input 'path' ${target} is a file, not a folder`, { hint: "choose another input 'path'" });
    if (existing === 'non-empty' && !options.update && !options.force) {
        throw new errors/* InputError */.dz(`input 'path' ${target} already exists and is not empty; nothing was written`, {
            hint: "set 'update: true' to add only the missing files, or 'force: true' to overwrite them (listed afterwards)",
        });
    }
    const recorded = existing === 'non-empty' ? await readRecord(target) : {};
    const resolved = await resolveOptions(options, recorded, target);
    const stdlibNames = parseStdlibList(await (0,promises_.readFile)((0,external_node_path_.join)(templatesDir, 'stdlib-modules.txt'), 'utf8'));
    validateNames(resolved, stdlibNames);
    const license = findLicense(resolved.license);
    if (!license)
        throw new Error(`license ${resolved.license} passed validation but has no entry`);
    const namespaceParts = resolved.namespace ? resolved.namespace.split('.') : [];
    const importName = [...namespaceParts, resolved.package].join('.');
    const packageDir = ['src', ...namespaceParts, resolved.package].join('/');
    const variables = templateVariables(resolved, importName, options.now ?? new Date());
    const entries = [];
    const writes = [];
    for (const file of projectFiles(resolved, license.file)) {
        const relative = file.target.replace('{package_dir}', packageDir);
        const source = (0,external_node_path_.join)(templatesDir, file.template);
        const content = renderTemplate(await (0,promises_.readFile)(source, 'utf8'), variables, file.template);
        const absolute = (0,external_node_path_.join)(target, ...relative.split('/'));
        const current = await (0,promises_.readFile)(absolute, 'utf8').catch((error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        });
        let status;
        if (current === undefined)
            status = 'created';
        else if (!options.force)
            status = 'kept';
        else
            status = current === content ? 'unchanged' : 'replaced';
        entries.push({ path: relative, status });
        if (status === 'created' || status === 'replaced')
            writes.push({ path: absolute, content });
    }
    const dryRun = options.dryRun === true;
    const result = {
        path: target,
        package: importName,
        options: resolved,
        entries,
        files: entries.filter((e) => e.status === 'created' || e.status === 'replaced').map((e) => e.path),
        replaced: entries.filter((e) => e.status === 'replaced').map((e) => e.path),
        kept: entries.filter((e) => e.status === 'kept').map((e) => e.path),
        dryRun,
        git: { action: 'none' },
    };
    const verb = dryRun ? 'would ' : '';
    for (const entry of entries) {
        if (entry.status === 'created')
            logger.info(`${verb}create ${entry.path}`);
        else if (entry.status === 'replaced')
            logger.warning(`${verb}replace ${entry.path} (force)`);
        else if (entry.status === 'kept')
            logger.info(`keep ${entry.path} (exists)`);
    }
    if (dryRun)
        return result;
    // Asked before the first write, so a missing git fails with nothing written.
    const insideRepository = await isInsideWorkTree(nearestExisting(target));
    for (const write of writes) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(write.path), { recursive: true });
        await (0,promises_.writeFile)(write.path, write.content, 'utf8');
    }
    if (insideRepository)
        result.git = { action: 'existing' };
    else if (existing === 'missing' || existing === 'empty')
        result.git = await initialCommit(target, resolved, logger);
    return result;
}
/** The action's outputs, as strings. */
function scaffoldOutputs(result) {
    return { path: result.path, package: result.package, files: JSON.stringify(result.files) };
}
/** The job summary: what was made, where, and what happened to each file. */
function summaryMarkdown(result) {
    const o = result.options;
    const extensions = [
        ['tests', o.tests],
        ['docs', o.docs],
        ['tox', o.tox],
        ['pre-commit', o.preCommit],
        ['github-actions', o.githubActions],
        ['gitlab-ci', o.gitlabCi],
    ]
        .filter(([, on]) => on)
        .map(([name]) => name);
    const git = result.git.action === 'initialised'
        ? `a new git repository, first commit \`${result.git.commit?.slice(0, 12) ?? ''}\``
        : result.git.action === 'existing'
            ? 'inside an existing git repository (nothing committed)'
            : 'no git changes';
    const lines = [
        `### Scaffold${result.dryRun ? ' (dry run: nothing written)' : ''}: ${o.name}`,
        '',
        `Package \`${result.package}\` in \`${result.path}\`: ${o.layout} layout, ${o.license}, ${o.markdown ? 'Markdown' : 'reStructuredText'}, ` +
            `extensions: ${extensions.join(', ') || 'none'}; ${git}.`,
        '',
        '| file | status |',
        '| --- | --- |',
        ...result.entries.map((e) => `| \`${e.path}\` | ${result.dryRun && e.status !== 'kept' ? `would be ${e.status}` : e.status} |`),
        '',
    ];
    if (result.replaced.length > 0)
        lines.push(`Replaced because of force: ${result.replaced.map((p) => `\`${p}\``).join(', ')}.`, '');
    return lines.join('\n');
}
function folderState(path) {
    try {
        return (0,external_node_fs_.readdirSync)(path).length === 0 ? 'empty' : 'non-empty';
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return 'missing';
        if (code === 'ENOTDIR')
            return 'file';
        throw error;
    }
}
/** [tool.wheelwright.scaffold] of an existing project: the options it was made with. */
async function readRecord(target) {
    const pyproject = await (0,src_pyproject/* readPyproject */.x7)(target);
    if (!pyproject)
        return {};
    const record = (0,src_pyproject/* table */.tp)(pyproject.data, 'tool.wheelwright.scaffold', pyproject.path);
    if (!record)
        return {};
    const result = {};
    for (const [key, option] of RECORD_KEYS) {
        const value = record[key];
        if (value === undefined)
            continue;
        const expected = typeof DEFAULTS[option] === 'boolean' ? 'boolean' : 'string';
        if (typeof value !== expected) {
            throw new errors/* ConfigError */.xL(`${pyproject.path}: [tool.wheelwright.scaffold] ${key} must be a ${expected}, got ${JSON.stringify(value)}`, {
                hint: `fix or remove ${key} in [tool.wheelwright.scaffold]`,
            });
        }
        result[option] = value;
    }
    return result;
}
function pick(given, recorded, fallback) {
    if (given !== undefined)
        return given;
    if (recorded !== undefined)
        return recorded;
    return fallback;
}
async function resolveOptions(options, recorded, target) {
    const trimmed = (value) => (value === undefined ? undefined : value.trim() || undefined);
    const name = trimmed(options.name) ?? recorded.name;
    if (!name) {
        throw new errors/* InputError */.dz("input 'name' is required: no name was given and the folder has no [tool.wheelwright.scaffold] record", {
            hint: "set input 'name' to the project's distribution name",
        });
    }
    validateProjectName(name);
    const packageName = trimmed(options.package) ?? recorded.package ?? derivePackageName(name);
    let author = trimmed(options.author) ?? recorded.author;
    let email = trimmed(options.email) ?? recorded.email;
    // putup's default: the author is whoever git says the user is.
    if (author === undefined)
        author = await gitConfig(nearestExisting(target), 'user.name');
    if (email === undefined)
        email = await gitConfig(nearestExisting(target), 'user.email');
    if (!author) {
        throw new errors/* InputError */.dz("input 'author' is required: it was not given and git config user.name is not set", {
            hint: "set input 'author' (and input 'email'), or run `git config --global user.name \"Your Name\"`",
        });
    }
    const layout = pick(trimmed(options.layout), recorded.layout, DEFAULTS.layout);
    if (!LAYOUTS.includes(layout)) {
        throw new errors/* InputError */.dz(`input 'layout' '${layout}' is not known: expected ${LAYOUTS.join(' or ')}`, {
            hint: 'use pyproject (PEP 621) or setup.cfg',
        });
    }
    return {
        name,
        package: packageName,
        namespace: trimmed(options.namespace) ?? recorded.namespace ?? '',
        description: pick(trimmed(options.description), recorded.description, DEFAULTS.description),
        url: trimmed(options.url) ?? recorded.url ?? '',
        license: pick(trimmed(options.license), recorded.license, DEFAULTS.license),
        author,
        email: email ?? '',
        pythonRequires: pick(trimmed(options.pythonRequires), recorded.pythonRequires, DEFAULTS.pythonRequires),
        layout,
        markdown: pick(options.markdown, recorded.markdown, DEFAULTS.markdown),
        tests: pick(options.tests, recorded.tests, DEFAULTS.tests),
        docs: pick(options.docs, recorded.docs, DEFAULTS.docs),
        tox: pick(options.tox, recorded.tox, DEFAULTS.tox),
        preCommit: pick(options.preCommit, recorded.preCommit, DEFAULTS.preCommit),
        githubActions: pick(options.githubActions, recorded.githubActions, DEFAULTS.githubActions),
        gitlabCi: pick(options.gitlabCi, recorded.gitlabCi, DEFAULTS.gitlabCi),
    };
}
function validateNames(o, stdlib) {
    const namespaceParts = o.namespace ? validateNamespace(o.namespace, stdlib) : [];
    validateIdentifier(o.package, 'package', stdlib, namespaceParts.length === 0);
    const singleLine = (input, value) => {
        if (/[\r\n]/.test(value))
            throw new errors/* InputError */.dz(`input '${input}' must be one line (it becomes a single metadata field)`, {
                hint: `remove the line breaks from input '${input}'`,
            });
    };
    singleLine('description', o.description);
    singleLine('author', o.author);
    if (o.email && !/^[^@\s<>,]+@[^@\s<>,]+$/.test(o.email)) {
        throw new errors/* InputError */.dz(`input 'email' '${o.email}' is not an e-mail address`, {
            hint: 'use the form name@example.org, or leave it empty',
        });
    }
    if (o.url) {
        let protocol = '';
        try {
            protocol = new URL(o.url).protocol;
        }
        catch {
            // reported below
        }
        if (protocol !== 'https:' && protocol !== 'http:') {
            throw new errors/* InputError */.dz(`input 'url' '${o.url}' is not an http(s) URL`, {
                hint: 'use the full address, e.g. https://github.com/you/project',
            });
        }
    }
    const license = findLicense(o.license);
    if (!license) {
        throw new errors/* InputError */.dz(`input 'license' '${o.license}' is not one scaffold writes: expected one of ${LICENSE_IDS.join(', ')}`, {
            hint: 'pick one of those SPDX ids, then replace LICENSE.txt and the classifier by hand if you need another',
        });
    }
    o.license = license.spdx;
    // PEP 440 specifiers, as Requires-Python holds them.
    if (!(0,pep440/* validRange */.Im)(o.pythonRequires)) {
        throw new errors/* InputError */.dz(`input 'python-requires' '${o.pythonRequires}' is not a PEP 440 version specifier`, { hint: "use e.g. '>=3.9'" });
    }
}
function templateVariables(o, importName, now) {
    const license = findLicense(o.license);
    const markdown = o.markdown;
    const record = RECORD_KEYS.map(([key, option]) => {
        const value = o[option];
        return `${key} = ${typeof value === 'boolean' ? String(value) : JSON.stringify(value)}`;
    }).join('\n');
    return {
        name: o.name,
        package: o.package,
        import_name: importName,
        namespace: o.namespace,
        description: o.description,
        url: o.url,
        license: o.license,
        license_classifier: license?.classifier ?? '',
        author: o.author,
        email: o.email,
        year: String(now.getUTCFullYear()),
        python_requires: o.pythonRequires,
        readme: markdown ? 'README.md' : 'README.rst',
        readme_type: markdown ? 'text/markdown' : 'text/x-rst',
        markdown,
        pyproject: o.layout === 'pyproject',
        tests: o.tests,
        docs: o.docs,
        tox: o.tox,
        pre_commit: o.preCommit,
        github_actions: o.githubActions,
        gitlab_ci: o.gitlabCi,
        entry_point_where: o.layout === 'pyproject' ? '[project.scripts] in pyproject.toml' : '[options.entry_points] in setup.cfg',
        scaffold_record: record,
    };
}
function nearestExisting(path) {
    let current = path;
    while (!(0,external_node_fs_.existsSync)(current)) {
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current)
            break;
        current = parent;
    }
    return current;
}
function git(cwd, args, okCodes = [0]) {
    return (0,git_process/* runGitIn */.xm)(cwd, args, { okCodes });
}
async function gitConfig(cwd, key) {
    const result = await git(cwd, ['config', '--get', key], [0, 1]);
    return result.code === 0 ? result.stdout.trim() || undefined : undefined;
}
async function isInsideWorkTree(dir) {
    const inside = await git(dir, ['rev-parse', '--is-inside-work-tree'], [0, 128]);
    return inside.code === 0 && inside.stdout.trim() === 'true';
}
/** putup's behaviour: a new project becomes a git repository with a first commit (unless it sits inside one). */
async function initialCommit(target, o, logger) {
    await git(target, ['init', '-q']);
    await git(target, ['add', '--all']);
    // The first commit is the author's when git does not know who the user is (a fresh CI runner).
    const identity = [];
    if (!(await gitConfig(target, 'user.name')))
        identity.push('-c', `user.name=${o.author}`);
    if (!(await gitConfig(target, 'user.email')))
        identity.push('-c', `user.email=${o.email || 'scaffold@wheelwright.invalid'}`);
    await git(target, [...identity, 'commit', '-q', '-m', `Initial commit: ${o.name} scaffolded by Wheelwright`]);
    const head = await git(target, ['rev-parse', 'HEAD']);
    const commit = head.stdout.trim();
    logger.info(`git: initialised ${target}, first commit ${commit.slice(0, 12)}`);
    return { action: 'initialised', commit };
}


/***/ }),

/***/ 5918:
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _process_index__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6894);
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

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

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

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

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

/***/ 2029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Im: () => (/* reexport */ validRange)
});

// UNUSED EXPORTS: RANGE_PATTERN, clean, compare, eq, explain, filter, ge, gt, gte, inc, le, lt, lte, major, maxSatisfying, minSatisfying, minor, ne, neq, parse, patch, rcompare, satisfies, valid

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











/***/ }),

/***/ 1041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zx: () => (/* reexport */ TomlError),
  qg: () => (/* reexport */ parse)
});

// UNUSED EXPORTS: TomlDate, default, stringify

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });


/***/ }),

/***/ 3083:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"o1":[{"name":"build-wheel","description":"Build the sdist and the wheel with pypa/build (the wheel from the sdist), then inspect both so no broken package leaves CI.","inputs":[{"name":"path","description":"The project folder (holding pyproject.toml).","default":".","required":false},{"name":"python","description":"The Python interpreter that runs `python -m build`. Empty: python3 (or python) from PATH, the one actions/setup-python installed. On the runner, a version (3.12) is the newest matching interpreter actions/setup-python put in the tool cache; one the cache does not hold is an error.","default":"","required":false},{"name":"output-dir","description":"Where the artefacts and the release manifest (wheelwright-manifest.json) are written, relative to path. Nothing is written there unless the build and the inspection succeed.","default":"dist","required":false},{"name":"sdist","description":"Build the sdist.","default":"true","required":false,"boolean":true},{"name":"wheel","description":"Build the wheel (from the sdist when both are built, as pypa/build does).","default":"true","required":false,"boolean":true},{"name":"isolation","description":"Build in an isolated environment (pypa/build\'s default); false uses the backend installed in the interpreter.","default":"true","required":false,"boolean":true},{"name":"skip-dependency-check","description":"Pass --skip-dependency-check to pypa/build (non-isolated builds against distribution packages whose dependency metadata does not resolve, e.g. Debian\'s hatchling).","default":"false","required":false,"boolean":true},{"name":"index-url","description":"The package index pip uses to install the build requirements into the isolated environment (exported as PIP_INDEX_URL for the build only). Empty: pip\'s own configuration (pip.conf, PIP_* variables) applies unchanged. Credentials in the URL are masked.","default":"","required":false},{"name":"config-settings","description":"Backend config settings, one KEY=VALUE per line (passed as --config-setting).","default":"","required":false},{"name":"version","description":"The version the artefacts must carry (typically pep440-version\'s output); exported to setuptools_scm as the pretend version. Empty: whatever the backend computes.","default":"","required":false},{"name":"source-date-epoch","description":"SOURCE_DATE_EPOCH for a reproducible build. Empty: the last commit\'s time.","default":"","required":false},{"name":"docs","description":"Build the project\'s Sphinx docs against the package installed from the built wheel (a fresh venv with the wheel, its dependencies and Sphinx from index-url or pip\'s configuration, plus docs-path/requirements.txt) into <name>-<version>.doc.zip beside the artefacts, recorded in the manifest with its sha256. auto: when docs-path holds a conf.py; true: docs-path must hold one; false: never.","default":"auto","required":false},{"name":"docs-path","description":"The Sphinx source folder (holding conf.py), relative to path. Empty: docs, built when it holds conf.py (a path given here must hold one).","default":"","required":false},{"name":"docs-failure","description":"A failed docs build fails the step (error), or is reported as a warning and recorded in the manifest as failed while the release goes on without docs (warning).","default":"error","required":false},{"name":"strict","description":"Treat soft inspection findings (check-wheel-contents codes W002-W009, stray files, missing long description…) as errors (true) or warnings (false). Hard findings (bad RECORD, wrong version, files missing from the sdist or wheel, tests package) always fail.","default":"true","required":false,"boolean":true},{"name":"tools-cache","description":"Folder keeping the tools environment with pypa/build, created once per interpreter (path and version) when the interpreter has no `build` module, from index-url (else pip\'s configuration). The folder has the tool cache\'s layout (<tool>/<version>/<arch> and a .complete mark). Empty: the runner\'s tool cache through @actions/tool-cache (RUNNER_TOOL_CACHE/wheelwright-build-py<version>-<hash>/<build version>/<arch>), kept between jobs on self-hosted runners; without a tool cache ~/.cache/wheelwright/tools.","default":"","required":false}],"outputs":[{"name":"sdist","description":"Path of the sdist."},{"name":"wheel","description":"Path of the wheel."},{"name":"files","description":"JSON list of {name, size, sha256} for every artefact."},{"name":"name","description":"The distribution name from the metadata."},{"name":"version","description":"The version from the metadata."},{"name":"requires-python","description":"The Requires-Python of the package (empty when none)."},{"name":"python-versions","description":"JSON array of Python versions from the trove classifiers, ready for a test matrix."},{"name":"docs","description":"Path of the docs zip (empty when no docs were built)."},{"name":"manifest","description":"Path of the release manifest that publish, clean-env-test and promote read and extend."}]},{"name":"clean-env-test","description":"Install the published package from the store into a fresh virtualenv and run the repository\'s tests against that installed copy, never the source tree.","inputs":[{"name":"manifest","description":"The release manifest from publish (names the package, version and store). Results are written back into it.","default":"","required":false},{"name":"package","description":"The distribution name, when no manifest is given.","default":"","required":false},{"name":"version","description":"The exact version to install, when no manifest is given.","default":"","required":false},{"name":"index-url","description":"The store\'s simple index URL (publish\'s index-url output). Empty: from the manifest.","default":"","required":false},{"name":"extra-index-url","description":"Indexes for dependencies (never for the package under test), one per line; the first replaces PyPI. Empty: no index, only find-links.","default":"https://pypi.org/simple","required":false},{"name":"find-links","description":"Folders or URLs of wheels for dependencies (never for the package under test), one per line.","default":"","required":false},{"name":"extras","description":"Extras to install with the package, comma-separated, besides those test-dependencies names.","default":"","required":false},{"name":"test-dependencies","description":"Where the test dependencies come from: auto (the first found of a PEP 735 dependency group test/tests/testing, an extra test/tests/testing of the release, requirements-test.txt / requirements-tests.txt / requirements-testing.txt / test-requirements.txt / tests-requirements.txt / requirements/test*.txt, tox deps of [testenv] or env_run_base, a dev dependency group), none, group:<name>, extra:<name>, requirements:<path inside the checkout>, or tox. The job summary names the one used.","default":"auto","required":false},{"name":"test-requirements","description":"A requirements file (inside the checkout) with further test dependencies, installed besides test-dependencies.","default":"","required":false},{"name":"tests","description":"The tests folder, relative to the checkout. Empty: the testpaths of the pytest configuration (pytest.toml, pytest.ini, pyproject.toml [tool.pytest.ini_options], tox.ini [pytest], setup.cfg [tool:pytest]), all of them, each checked to be inside the checkout; else tests/ or test/. The job summary names the paths and where they came from.","default":"","required":false},{"name":"tests-from","description":"checkout: pytest runs in the checkout (tests that read files of the repository work), with the checkout kept off sys.path (python -P and PYTHONSAFEPATH on 3.11+, the pytest script before, pytest\'s importlib import mode) and the import guard proving the installed copy is tested. copy: the tests folder (with the root conftest.py and pytest configuration) is copied out of the checkout first.","default":"checkout","required":false},{"name":"python","description":"The interpreter for the virtualenv. Empty: python3 from PATH. On the runner, a version (3.12) is the newest matching interpreter actions/setup-python put in the tool cache; one the cache does not hold is an error.","default":"","required":false},{"name":"pytest-args","description":"Extra pytest arguments, split as a shell splits words (quotes kept together: -k \\"slow and not net\\"); several lines append. No shell runs: nothing is expanded, and shell operators are refused.","default":"","required":false},{"name":"installer","description":"pip, uv, or auto (uv when it is on PATH, else pip).","default":"pip","required":false}],"outputs":[{"name":"passed","description":"Number of tests passed."},{"name":"failed","description":"Number of tests failed."},{"name":"errors","description":"Number of tests in error."},{"name":"skipped","description":"Number of tests skipped."},{"name":"junit-xml","description":"Path of pytest\'s JUnit XML report."},{"name":"freeze","description":"Path of the test environment\'s frozen requirements (`pip freeze --all` format; the package under test pinned with its store and file)."},{"name":"manifest","description":"Path of the updated release manifest (empty when none was given)."},{"name":"test-dependencies","description":"Where the test dependencies came from, e.g. dependency group \'test\' (pyproject.toml)."}]},{"name":"pep440-version","description":"The PEP 440 version a Python project\'s build gives it: its static version, or the string setuptools_scm (directly or through hatch-vcs) derives from git tags.","inputs":[{"name":"path","description":"The project folder (holding pyproject.toml, setup.cfg or setup.py), relative to the workspace; a subfolder of the repository for a monorepo package (setuptools_scm\'s `root` setting then names the repository\'s top level). It must exist.","default":".","required":false},{"name":"version-scheme","description":"setuptools_scm version scheme: guess-next-dev, no-guess-dev, post-release, only-version, calver-by-date, semver-pep440 (alias python-simplified-semver), semver-pep440-release-branch (alias release-branch-semver), towncrier-fragments. Empty: the one in [tool.setuptools_scm], else guess-next-dev.","default":"","required":false},{"name":"local-scheme","description":"setuptools_scm local scheme: node-and-date, node-and-timestamp, dirty-tag, no-local-version, no-local-version-strict, fail-on-uncommitted-changes. Empty: the one in [tool.setuptools_scm], else node-and-date.","default":"","required":false},{"name":"tag-regex","description":"Regular expression with a `version` group that extracts the version from a tag. Empty: [tool.setuptools_scm] tag_regex, else setuptools_scm\'s default.","default":"","required":false},{"name":"fallback-version","description":"As setuptools_scm\'s fallback_version: the base version when no tag is reachable (1.2.4 gives 1.2.5.devN) and the version outside a git work tree. Empty: the configured one.","default":"","required":false},{"name":"pretend-version","description":"Use this PEP 440 version instead of asking git (as SETUPTOOLS_SCM_PRETEND_VERSION). An error for a project with a static version, which the build uses regardless.","default":"","required":false},{"name":"dist-name","description":"Distribution name for SETUPTOOLS_SCM_PRETEND_VERSION_FOR_<DIST>. Empty: [project] name from pyproject.toml.","default":"","required":false},{"name":"fetch-tags","description":"When the clone is shallow (and HEAD not tagged) or has no tags, fetch the history and tags needed to describe HEAD from origin (true; a failed fetch is an error), or compute from what is there like setuptools_scm (false).","default":"true","required":false,"boolean":true},{"name":"export-env","description":"Write SETUPTOOLS_SCM_PRETEND_VERSION_FOR_<DIST> and SETUPTOOLS_SCM_PRETEND_VERSION to GITHUB_ENV so later build steps use exactly this version.","default":"false","required":false,"boolean":true},{"name":"fail-on-dirty","description":"Fail when the work tree has uncommitted changes to tracked files, listing them.","default":"false","required":false,"boolean":true},{"name":"store","description":"Where the release goes next (the *-store outputs, for publish and promote): one store holding three indexes as <store>/<index name> (a devpi user URL, a server\'s base URL, a folder). Empty with no *-url input: the run\'s own file store in the runner\'s temp folder.","default":"","required":false},{"name":"unstable-index","description":"The name of the index freshly built releases go to, inside store.","default":"unstable","required":false},{"name":"testing-index","description":"The name of the index for tested releases, inside store.","default":"testing","required":false},{"name":"stable-index","description":"The name of the index for final releases, inside store.","default":"stable","required":false},{"name":"unstable-url","description":"The unstable index URL when the indexes do not share one store; wins over store.","default":"","required":false},{"name":"testing-url","description":"The testing index URL when the indexes do not share one store; wins over store.","default":"","required":false},{"name":"stable-url","description":"The stable index URL (e.g. https://upload.pypi.org/legacy/ for PyPI) when the indexes do not share one store; wins over store.","default":"","required":false},{"name":"publish","description":"false: this run publishes and promotes nothing (the *-store outputs are the run\'s own file store). A pull_request or pull_request_target event never publishes, whatever this says.","default":"true","required":false,"boolean":true}],"outputs":[{"name":"version","description":"The full PEP 440 version, local part included (e.g. 1.2.4.dev3+g1a2b3c4d5)."},{"name":"version-source","description":"How the project gets its version: static (a version written in the project: [project] version, flit\'s __version__, setup.cfg attr:/file:, hatchling\'s version path, [tool.poetry] version), setuptools_scm, hatch-vcs, poetry-dynamic-versioning (dunamai) or pdm-scm (pdm-backend\'s source = \\"scm\\") (all derived from git), or pretend (the pretend-version input stands in for a source Wheelwright cannot read)."},{"name":"public-version","description":"The version without its local part."},{"name":"base-version","description":"The release segment with epoch (no pre, post, dev or local part)."},{"name":"tag","description":"The git tag the version was derived from (empty when none)."},{"name":"distance","description":"Commits between the tag and HEAD."},{"name":"dirty","description":"true when tracked files have uncommitted changes."},{"name":"node","description":"g + the first 9 hex digits of the commit hash, as setuptools_scm writes it (empty without a commit)."},{"name":"is-final","description":"true for a final release (no pre, dev or local part; post-releases are final)."},{"name":"is-prerelease","description":"true for an alpha, beta or release candidate, or a development release (packaging\'s is_prerelease)."},{"name":"is-devrelease","description":"true for a development release (.devN)."},{"name":"is-postrelease","description":"true for a post-release (.postN)."},{"name":"channel","description":"The highest index this version may reach once its tests pass: stable for a final release, testing otherwise."},{"name":"semver","description":"The SemVer 2.0 rendering of the version (for images and npm artefacts built beside the wheel), validated with the semver package; empty when SemVer cannot hold it."},{"name":"unstable-store","description":"The unstable index (a URL or a folder): the store input joined with unstable-index, unstable-url when given, or the run\'s own file store."},{"name":"testing-store","description":"The testing index, resolved as unstable-store."},{"name":"stable-store","description":"The stable index, resolved as unstable-store."},{"name":"embedded-store","description":"true when the *-store outputs are the run\'s own file store in the runner\'s temp folder (RUNNER_TEMP/wheelwright-store), which later jobs need as an artifact; false for a named store."},{"name":"publishes","description":"true when this run publishes and promotes; false for publish: false and for pull requests."},{"name":"tag-release","description":"true when this run is the release of the tag that triggered it (a refs/tags/ run that publishes, the version built exactly at that tag from a clean checkout), so its GitHub Release is due; false for branch pushes (also on a tagged commit), pull requests and runs that publish nothing."}]},{"name":"promote","description":"Move a tested release between indexes (unstable → testing → stable) with the PEP 440 policy and hash proof.","inputs":[{"name":"manifest","description":"The release manifest from clean-env-test; promotion is refused unless its recorded tests passed.","default":"","required":false},{"name":"tested","description":"The test jobs\' copies of the manifest (files, or folders searched for *.json), one per line: their test runs are merged into manifest (which is rewritten) before the tests are checked. Empty: the manifest\'s own runs.","default":"","required":false},{"name":"package","description":"The distribution name, when no manifest is given.","default":"","required":false},{"name":"version","description":"The version to promote, when no manifest is given.","default":"","required":false},{"name":"from","description":"The source store or index (folder, file:// URL or server index URL).","default":"","required":true},{"name":"to","description":"The target store or index.","default":"","required":true},{"name":"from-upload-url","description":"Upload/delete endpoint of the source when it differs from its index URL (pypiserver: the server root). Needed only for mode: move.","default":"","required":false},{"name":"to-upload-url","description":"Upload endpoint of the target when it differs from its index URL (PyPI: https://upload.pypi.org/legacy/).","default":"","required":false},{"name":"to-channel","description":"stable, testing or unstable: the policy of the target. Empty: the target index\'s name.","default":"","required":false},{"name":"mode","description":"copy (default) or move (remove from the source once the target is verified).","default":"copy","required":false},{"name":"from-username","description":"User name for the source store.","default":"","required":false},{"name":"from-password","description":"Password or token for the source store. Masked.","default":"","required":false},{"name":"to-username","description":"User name for the target store.","default":"","required":false},{"name":"to-password","description":"Password or token for the target store. Masked.","default":"","required":false},{"name":"require-tests","description":"Refuse a manifest whose recorded tests did not pass.","default":"true","required":false,"boolean":true},{"name":"require-signed-tag","description":"Require the release tag to carry a valid signature (verified with git).","default":"false","required":false,"boolean":true},{"name":"allowed-signers","description":"SSH allowed_signers file or OpenPGP public key file (a path, or the list itself) whose keys may sign release tags.","default":"","required":false},{"name":"tag","description":"The release tag to verify when require-signed-tag is on. Empty: the manifest\'s source tag.","default":"","required":false},{"name":"repository","description":"The git work tree holding the release tag. Empty: the workspace.","default":"","required":false},{"name":"dry-run","description":"Show what would be promoted and change nothing.","default":"false","required":false,"boolean":true},{"name":"release-only","description":"Promote only as far as this run releases: to stable only a final version (no pre, dev or local part) whose manifest says it was built at its tag, in a run triggered by a tag (the event\'s ref). Anything else promotes nothing, prints a notice why, sets held-back and succeeds. Promotions to testing and unstable are not affected. Needs manifest.","default":"false","required":false,"boolean":true}],"outputs":[{"name":"promoted","description":"JSON list of the files copied to the target."},{"name":"skipped","description":"JSON list of the files already in the target with the same hash."},{"name":"target-index-url","description":"The simple index URL of the target, for pip."},{"name":"manifest","description":"Path of the updated release manifest (empty when none was given)."},{"name":"docs-url","description":"Where the release\'s docs are browsable on the target (devpi\'s +doc URL, a file:// URL in the embedded file store), when the manifest carries built docs and the target hosts docs; empty otherwise."},{"name":"channel","description":"The channel the release is now in (to-channel, or the target index\'s name); empty when nothing was promoted (held back, dry run)."},{"name":"held-back","description":"Why nothing was promoted under release-only (one line, also printed as a notice); empty when the release was promoted."}]},{"name":"publish","description":"Upload built artefacts to an artefact store index (an embedded file index, PyPI, devpi, Nexus, …), skipping identical files and verifying by hash.","inputs":[{"name":"store","description":"Where to publish: a folder or file:// URL (the embedded file index), or the index URL of a PyPI-compatible server (its simple index, or a devpi index URL).","default":".wheelwright/unstable","required":false},{"name":"upload-url","description":"The upload endpoint when it differs from the index (PyPI: https://upload.pypi.org/legacy/). Empty: derived from store.","default":"","required":false},{"name":"username","description":"User name for the store (__token__ with an API token).","default":"","required":false},{"name":"password","description":"Password or API token for the store. Masked in every log.","default":"","required":false},{"name":"index-name","description":"The index\'s name in the manifest and summary (unstable, testing, stable). Empty: the store\'s last path segment (the folder name for a file index, user/index\'s index for devpi).","default":"","required":false},{"name":"trusted-publishing","description":"PyPI/TestPyPI trusted publishing: trade the job\'s OIDC token (needs `permissions: id-token: write`) for a short-lived upload token instead of a password.","default":"false","required":false,"boolean":true},{"name":"manifest","description":"The release manifest from build-wheel; its files are published and it records where they went.","default":"","required":false},{"name":"files","description":"Glob(s) of files to publish, one per line, when no manifest is given.","default":"dist/*","required":false},{"name":"skip-existing","description":"A file already in the index with the same sha256 is skipped (true) or an error (false). A different sha256 is always an error.","default":"true","required":false,"boolean":true},{"name":"verify","description":"Read the index back after uploading and check every file is listed with the right hash.","default":"true","required":false,"boolean":true},{"name":"dry-run","description":"Show what would be uploaded and change nothing.","default":"false","required":false,"boolean":true}],"outputs":[{"name":"uploaded","description":"JSON list of the files uploaded."},{"name":"skipped","description":"JSON list of the files already present with the same hash."},{"name":"index-url","description":"The simple index URL pip should use to install what was published."},{"name":"manifest","description":"Path of the updated release manifest (empty when none was given)."},{"name":"docs-url","description":"Where the release\'s docs are browsable (devpi: <index>/<project>/<version>/+doc/index.html; the embedded file store: a file:// URL), when the manifest carries built docs and the store hosts docs; empty otherwise (pypiserver and PyPI get a notice)."}]},{"name":"release-report","description":"The end of a release run: the flow as a Mermaid diagram in the job summary (each job\'s time, where the release ended), and on opt-in the GitHub Release of the release tag with the manifest, hashes, inspection, tests and final channel.","inputs":[{"name":"manifest","description":"The release manifest (build-wheel\'s, extended by the later steps).","default":"","required":true},{"name":"channel","description":"Where the release ended: unstable, testing, stable, or none.","default":"","required":true},{"name":"index-url","description":"The index URL where the release ended (for the install line).","default":"","required":false},{"name":"docs-url","description":"Where the release\'s docs are browsable (publish\'s or promote\'s docs-url).","default":"","required":false},{"name":"jobs","description":"The workflow\'s `needs` as JSON (toJSON(needs)): each job\'s result for the diagram. Empty: the diagram shows only the end.","default":"","required":false},{"name":"github-release","description":"Create or update the GitHub Release of the tag this run builds (a refs/tags/ ref; other refs get a notice). Needs contents: write on the job.","default":"false","required":false,"boolean":true},{"name":"token","description":"The token for the GitHub REST API (the job\'s timings with actions: read; the Release with contents: write).","default":"${{ github.token }}","required":false}],"outputs":[{"name":"release-url","description":"The GitHub Release\'s page (empty when none was made)."},{"name":"release-id","description":"The GitHub Release\'s id (empty when none was made)."}]},{"name":"scaffold","description":"A proper, releasable Python package in one step, like PyScaffold\'s putup: src layout, setuptools_scm, tests, docs, tox, pre-commit and a release workflow.","inputs":[{"name":"name","description":"The project (distribution) name, PEP 508 (e.g. Scikit-AI). Required unless updating a project that recorded it.","default":"","required":false},{"name":"path","description":"The folder to create, relative to the workspace. Empty: the project name.","default":"","required":false},{"name":"package","description":"The import name. Empty: derived from the project name (Scikit-AI → scikit_ai).","default":"","required":false},{"name":"description","description":"One-line summary of the project. Empty: \'Add a short description here!\'.","default":"","required":false},{"name":"url","description":"The project\'s home page (http or https).","default":"","required":false},{"name":"license","description":"SPDX license identifier: MIT (empty), Apache-2.0, BSD-3-Clause, BSD-2-Clause, ISC, MPL-2.0, GPL-3.0-only, GPL-3.0-or-later, LGPL-3.0-only, LGPL-3.0-or-later or Unlicense.","default":"","required":false},{"name":"author","description":"Author name. Empty: git config user.name.","default":"","required":false},{"name":"email","description":"Author e-mail. Empty: git config user.email.","default":"","required":false},{"name":"python-requires","description":"The Requires-Python specifier. Empty: >=3.9.","default":"","required":false},{"name":"namespace","description":"A PEP 420 namespace the package lives in (e.g. acme.tools → src/acme/tools/<package>).","default":"","required":false},{"name":"markdown","description":"Markdown README and docs (true, the default) or reStructuredText (false).","default":"","required":false},{"name":"layout","description":"pyproject (PEP 621, the default) or setup.cfg (PyScaffold\'s classic layout).","default":"","required":false},{"name":"tests","description":"Generate tests/ with a conftest and tests of the skeleton (default true).","default":"","required":false},{"name":"docs","description":"Generate Sphinx docs under docs/ (default true).","default":"","required":false},{"name":"tox","description":"Generate tox.ini (default true).","default":"","required":false},{"name":"pre-commit","description":"Generate .pre-commit-config.yaml (default true).","default":"","required":false},{"name":"github-actions","description":"Generate .github/workflows/release.yml calling Wheelwright\'s reusable release workflow (default true).","default":"","required":false},{"name":"gitlab-ci","description":"Generate .gitlab-ci.yml (default false).","default":"","required":false},{"name":"update","description":"Add the missing files to an existing project; never overwrite one. Reads the recorded options.","default":"false","required":false,"boolean":true},{"name":"force","description":"Overwrite existing files that differ (listed in the log and the summary).","default":"false","required":false,"boolean":true},{"name":"dry-run","description":"List what would be written and change nothing.","default":"false","required":false,"boolean":true}],"outputs":[{"name":"path","description":"The project folder (absolute)."},{"name":"package","description":"The import name, dotted with its namespace."},{"name":"files","description":"JSON list of the files written (or that would be, with dry-run), relative to path."}]}],"Tk":[{"name":"package-path","description":"The Python project inside the repository (the folder holding pyproject.toml).","default":".","required":false},{"name":"python-version","description":"The Python that computes the version and builds the artefacts.","default":"3.12","required":false},{"name":"python-versions","description":"JSON array of Python versions the clean-env tests run on, e.g. [\\"3.10\\", \\"3.11\\", \\"3.12\\"].","default":"[\\"3.12\\"]","required":false},{"name":"isolation","description":"Build in an isolated environment (pypa/build\'s default); false uses the backend installed in the build\'s Python.","default":"true","required":false,"boolean":true},{"name":"runs-on","description":"The runner label for every job.","default":"ubuntu-latest","required":false},{"name":"store","description":"One store holding three indexes, <store>/<index name> (a devpi user URL, a server\'s base URL). Empty with no *-url input: the embedded file store, carried between jobs as the artifact wheelwright-store.","default":"","required":false},{"name":"unstable-index","description":"The name of the index freshly built releases go to.","default":"unstable","required":false},{"name":"testing-index","description":"The name of the index for tested releases.","default":"testing","required":false},{"name":"stable-index","description":"The name of the index for final releases published from a release tag.","default":"stable","required":false},{"name":"unstable-url","description":"The unstable index URL, when the three indexes do not share one store.","default":"","required":false},{"name":"testing-url","description":"The testing index URL, when the three indexes do not share one store.","default":"","required":false},{"name":"stable-url","description":"The stable index URL (e.g. https://upload.pypi.org/legacy/ for PyPI), when the three indexes do not share one store.","default":"","required":false},{"name":"version-scheme","description":"setuptools_scm version scheme. Empty: [tool.setuptools_scm], else guess-next-dev.","default":"","required":false},{"name":"local-scheme","description":"setuptools_scm local scheme (no-local-version for stores that refuse local versions). Empty: [tool.setuptools_scm], else node-and-date.","default":"","required":false},{"name":"extras","description":"Extras installed with the package for its tests. Empty: testing when the package declares it.","default":"","required":false},{"name":"test-requirements","description":"A requirements file with further test dependencies (relative to the repository root).","default":"","required":false},{"name":"test-dependencies","description":"Where the test dependencies come from (clean-env-test\'s test-dependencies): auto (a PEP 735 group test/tests/testing, an extra of that name, a requirements-test*.txt, tox deps, a dev group: the first found), none, group:<name>, extra:<name>, requirements:<path inside the checkout>, or tox.","default":"auto","required":false},{"name":"tests","description":"The tests folder (relative to package-path). Empty: pytest\'s configured testpaths, else tests/ or test/ (for a package in a subfolder: its tests/).","default":"","required":false},{"name":"tests-from","description":"checkout: pytest runs in the checkout, kept off sys.path so the installed copy is what is tested (tests that read repository files work); copy: the tests folder (with the root conftest.py and pytest configuration) is copied out of the checkout first.","default":"checkout","required":false},{"name":"extra-index-url","description":"Indexes for the test dependencies (never for the package under test), one per line; the first replaces PyPI.","default":"https://pypi.org/simple","required":false},{"name":"find-links","description":"Folders or URLs of wheels for the test dependencies, one per line.","default":"","required":false},{"name":"publish","description":"false for pull requests: build, inspect and test from a temporary store, publish and promote nothing.","default":"true","required":false,"boolean":true},{"name":"github-release","description":"For a release-tag build: create or update the GitHub Release of the tag with the manifest, hashes, inspection, tests and final channel (the github-release job gets contents: write; no other job does).","default":"false","required":false,"boolean":true}]}');

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
/******/ var __webpack_exports__ = __nccwpck_require__(8677);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
