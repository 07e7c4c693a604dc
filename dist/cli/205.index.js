export const id = 205;
export const ids = [205];
export const modules = {

/***/ 3205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PIPELINE_INPUTS: () => (/* binding */ PIPELINE_INPUTS),
  PIPELINE_NAME: () => (/* binding */ PIPELINE_NAME),
  STEP_FLAGS: () => (/* binding */ STEP_FLAGS),
  listOf: () => (/* binding */ listOf),
  pipelineCommand: () => (/* binding */ pipelineCommand),
  pipelineHelp: () => (/* binding */ pipelineHelp)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/board/flow-diagram.ts
/**
 * The release flow as a picture for job summaries: a Mermaid flowchart (GitHub renders ```mermaid
 * blocks) of the steps in order, each with its time and outcome, ending in the channel the release
 * reached. Labels are ours plus index names and versions; everything is escaped for Mermaid anyway.
 */
/** Mermaid label text: no quotes, angle brackets, backticks or line breaks survive as syntax. */
function label(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/"/g, '#quot;')
        .replace(/</g, '#lt;')
        .replace(/>/g, '#gt;')
        .replace(/`/g, "'")
        .replace(/[[\]{}()|]/g, ' ')
        .slice(0, 120);
}
function seconds(ms) {
    return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
function flowMermaid(steps, end) {
    const lines = ['```mermaid', 'flowchart LR'];
    steps.forEach((step, index) => {
        const time = step.ms === undefined ? step.status : `${seconds(step.ms)}${step.status === 'ok' ? '' : ` · ${step.status}`}`;
        lines.push(`  s${index}["${label(step.name)}<br/>${label(time)}"]:::${step.status}`);
        if (index > 0)
            lines.push(`  s${index - 1} --> s${index}`);
    });
    const where = end.channel === 'none' ? 'nothing published' : `ended in ${label(end.channel)}${end.version ? `<br/>${label(end.version)}` : ''}`;
    const last = steps.length - 1;
    lines.push(`  done(["${where}"]):::${end.channel === 'none' ? 'failed' : 'end'}`);
    if (last >= 0)
        lines.push(`  s${last} --> done`);
    lines.push('  classDef ok fill:#dafbe1,stroke:#1a7f37,color:#1f2328', '  classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328', '  classDef skipped fill:#f6f8fa,stroke:#8c959f,color:#59636e,stroke-dasharray:4 3', '  classDef end fill:#ddf4ff,stroke:#0969da,color:#1f2328', '```');
    return lines.join('\n');
}
/** The summary section: the diagram, then one line saying where the release ended and how long it took. */
function flowSummaryMarkdown(title, steps, end, totalMs) {
    const where = end.channel === 'none' ? 'nothing was published' : `the release ended in **${end.channel}**`;
    return [
        `### ${title}`,
        '',
        flowMermaid(steps, end),
        '',
        `${end.version ? `${end.version}: ` : ''}${where}${totalMs !== undefined ? ` (${seconds(totalMs)})` : ''}.`,
        '',
    ].join('\n');
}
/** The `wheelwright pipeline` run as a summary: its steps as run, the release's last channel. */
function pipelineSummaryMarkdown(result) {
    const steps = result.steps.map((step) => ({ name: step.name, status: step.status, ms: step.ms }));
    const text = flowSummaryMarkdown(`wheelwright pipeline${result.ok ? '' : ' (failed)'}`, steps, { channel: result.channel, ...(result.version ? { version: result.version } : {}) }, result.totalMs);
    return result.error ? `${text}\n> ${result.error.message.replace(/[\r\n]+/g, ' ')}\n` : text;
}
/** The reusable workflow's jobs in flow order (python-release.yml). */
const WORKFLOW_JOBS = (/* unused pure expression or super */ null && (['version', 'build', 'publish', 'test', 'promote-testing', 'promote-stable']));
const RESULT = { success: 'ok', failure: 'failed', cancelled: 'failed', skipped: 'skipped' };
/**
 * The workflow's flow from its `needs` (each job's result) and, where the run's jobs could be read, their
 * times: one step per job, one per matrix leg of the tests.
 */
function workflowFlow(needs, timings = []) {
    const steps = [];
    const ms = (job) => {
        const start = Date.parse(job.started_at ?? '');
        const end = Date.parse(job.completed_at ?? '');
        return Number.isFinite(start) && Number.isFinite(end) && end >= start ? end - start : undefined;
    };
    for (const id of WORKFLOW_JOBS) {
        const result = needs[id]?.result;
        if (result === undefined)
            continue;
        const status = RESULT[result] ?? 'skipped';
        const legs = timings.filter((job) => {
            const own = job.name.split(' / ').pop() ?? job.name;
            return own === id || own.startsWith(`${id} (`);
        });
        if (legs.length === 0)
            steps.push({ name: id, status });
        for (const leg of legs) {
            const time = ms(leg);
            const legStatus = leg.conclusion ? (RESULT[leg.conclusion] ?? status) : status;
            steps.push({ name: leg.name.split(' / ').pop() ?? id, status: legStatus, ...(time !== undefined ? { ms: time } : {}) });
        }
    }
    return steps;
}

// EXTERNAL MODULE: ./packages/core/src/contract/options.ts
var contract_options = __webpack_require__(9685);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
// EXTERNAL MODULE: ./packages/core/src/manifest/index.ts
var src_manifest = __webpack_require__(8932);
// EXTERNAL MODULE: ./packages/core/src/channels/index.ts
var channels = __webpack_require__(557);
// EXTERNAL MODULE: ./packages/core/src/build/build-release.ts + 9 modules
var build_release = __webpack_require__(1361);
// EXTERNAL MODULE: ./packages/core/src/clean-env/test-release.ts + 10 modules
var test_release = __webpack_require__(6091);
// EXTERNAL MODULE: ./packages/core/src/contract/version.ts
var contract_version = __webpack_require__(3679);
// EXTERNAL MODULE: ./packages/core/src/contract/build.ts + 1 modules
var contract_build = __webpack_require__(2246);
// EXTERNAL MODULE: ./packages/core/src/contract/publish.ts
var publish = __webpack_require__(2904);
// EXTERNAL MODULE: ./packages/core/src/contract/clean-env.ts + 1 modules
var clean_env = __webpack_require__(9393);
// EXTERNAL MODULE: ./packages/core/src/contract/promote.ts
var contract_promote = __webpack_require__(5207);
// EXTERNAL MODULE: ./packages/core/src/process/index.ts + 1 modules
var src_process = __webpack_require__(6894);
// EXTERNAL MODULE: ./packages/core/src/promote/promote.ts + 1 modules
var promote = __webpack_require__(7168);
// EXTERNAL MODULE: ./packages/core/src/publish/index.ts + 2 modules
var src_publish = __webpack_require__(3853);
// EXTERNAL MODULE: ./packages/core/src/python/index.ts
var src_python = __webpack_require__(8215);
// EXTERNAL MODULE: ./packages/core/src/version/index.ts + 5 modules
var src_version = __webpack_require__(5590);
;// CONCATENATED MODULE: ./packages/core/src/pipeline/index.ts
/**
 * The whole release flow as one function, for `wheelwright pipeline` and anything else that runs the flow
 * outside GitHub (Jenkins, GitLab, a laptop). Each step's settings are its action's inputs (by their
 * action.yml names), read through the action's contract reader (`core/contract`) into typed options, so a
 * rule (defaults, booleans, lists, credentials for folder stores) is the same here as in the action and the
 * CLI; the core entries run with those options and their typed results decide the next step.
 * `.github/workflows/python-release.yml` is the same flow written for the runner.
 *
 *   pep440-version → build-wheel → publish(unstable) → clean-env-test × pythons → promote(testing)
 *                                                                        └ final + release tag → promote(stable)
 *
 * Policy: how far a release may go is the version's `channel` (core's PEP 440 classification, the
 * pep440-version output); reaching `stable` also needs the run to be a release of that tag (see
 * `releaseTrigger`). Nothing is promoted past a failed step: a failing test leaves the release in
 * `unstable`, a broken package is never published.
 */











const CORE_ENTRIES = {
    version: src_version/* computeVersion */.E2,
    build: build_release/* buildRelease */.Az,
    publish: src_publish/* publishRelease */.Dl,
    async test(options, logger) {
        const result = await (0,test_release/* testRelease */.iZ)(options, logger);
        (0,test_release/* reportTestRun */.A9)(result, logger);
        return result;
    },
    promote: promote/* promoteRelease */.U,
};

/** The three indexes by the workflow's rule (`resolveIndexes`), with the CLI's default store `<project>/.wheelwright`. */
function pipelineStores(options, temporaryStore) {
    const { unstable, testing, stable, embedded } = (0,channels/* resolveIndexes */.fF)({
        store: options.store ?? '',
        names: { unstable: options.unstableIndex ?? '', testing: options.testingIndex ?? '', stable: options.stableIndex ?? '' },
        urls: { unstable: options.unstableUrl ?? '', testing: options.testingUrl ?? '', stable: options.stableUrl ?? '' },
        publish: options.publish !== false,
    }, { defaultStore: (0,external_node_path_.join)((0,external_node_path_.resolve)(options.packagePath), '.wheelwright'), temporaryStore });
    return { unstable, testing, stable, embedded };
}
/**
 * `3.11` → `python3.11` (what a machine with several Pythons has on PATH); anything else as given. On
 * Windows a version is asked of the `py` launcher (`py -3.11`, an argument array) for the interpreter's
 * path, since an interpreter is one program, never a command line.
 */
async function interpreterFor(python, env = process.env) {
    if (!/^\d+\.\d+$/.test(python))
        return python;
    if (process.platform !== 'win32')
        return `python${python}`;
    const launcher = (0,src_python/* pythonSpawn */.WH)(`py -${python}`);
    try {
        const { stdout } = await (0,src_process/* run */.e)(launcher.program, [...launcher.args, '-c', 'import sys; print(sys.executable)'], {
            env,
            timeoutMs: 60_000,
        });
        return stdout.trim() || python;
    }
    catch {
        throw new errors/* InputError */.dz(`no Python ${python} found by the py launcher`, {
            hint: `install Python ${python}, or give the interpreter's path`,
        });
    }
}
function failure(error) {
    if (error instanceof errors/* WheelwrightError */.LJ)
        return error;
    const text = error instanceof Error ? error.message : String(error);
    return new errors/* WheelwrightError */.LJ('process', `unexpected error (a bug in Wheelwright): ${text.split('\n')[0]}`);
}
/** Runs the flow step by step; never throws for a failed step: the result says where it stopped. */
async function runPipeline(options, logger, progress, entries = CORE_ENTRIES) {
    const started = performance.now();
    const project = (0,external_node_path_.resolve)(options.packagePath);
    const workDir = (0,external_node_path_.resolve)(options.workDir);
    const stores = pipelineStores(options, (0,external_node_path_.join)(workDir, 'store'));
    const trigger = options.trigger ?? (0,channels/* releaseTrigger */.MQ)({});
    const steps = [];
    const context = options.context ?? {
        workspace: project,
        tempDir: (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8161, 23))).tmpdir(),
        env: process.env,
        ref: trigger.kind === 'tag' ? `refs/tags/${trigger.ref}` : '',
    };
    const masked = (secrets) => {
        for (const secret of secrets)
            options.onSecret?.(secret);
    };
    const settings = (action, values) => {
        const merged = { ...options.stepSettings?.[action], ...values };
        return options.settingsSource?.(action, merged) ?? (0,contract_options/* mapSource */.GU)(merged);
    };
    const withSecrets = { ...(options.onSecret ? { onSecret: options.onSecret } : {}) };
    const result = {
        ok: false,
        name: '',
        version: '',
        channel: 'none',
        indexUrl: '',
        target: 'testing',
        stores,
        steps,
        manifest: '',
        totalMs: 0,
    };
    const step = async (name, action, body, describe) => {
        progress?.start(name);
        const begun = performance.now();
        try {
            const outcome = await body();
            const done = { name, action, status: 'ok', ms: performance.now() - begun, detail: describe(outcome) };
            steps.push(done);
            progress?.finish(done);
            return outcome;
        }
        catch (error) {
            const wrapped = failure(error);
            const failed = {
                name,
                action,
                status: 'failed',
                ms: performance.now() - begun,
                error: wrapped.message,
                detail: wrapped.message,
            };
            steps.push(failed);
            progress?.finish(failed);
            throw wrapped;
        }
    };
    try {
        const version = await step('version', 'pep440-version', () => entries.version((0,contract_version/* readVersionOptions */.D)(settings('pep440-version', {
            path: project,
            'version-scheme': options.versionScheme ?? '',
            'local-scheme': options.localScheme ?? '',
            'tag-regex': options.tagRegex ?? '',
            'fallback-version': options.fallbackVersion ?? '',
            'pretend-version': options.pretendVersion ?? '',
        }), context), logger), (v) => `${v.version} (${(0,src_version/* versionOrigin */.Fk)(v)}; may reach ${v.classification.channel})`);
        result.version = version.version;
        result.target = (0,channels/* releaseTarget */.J$)({ channel: version.classification.channel, tag: version.tag, distance: version.distance, dirty: version.dirty }, trigger);
        logger.debug(`trigger ${trigger.kind}${trigger.ref ? ` ${trigger.ref}` : ''}: this run may promote up to ${result.target}`);
        const build = await step('build', 'build-wheel', async () => {
            const { options: buildOptions, secrets } = (0,contract_build/* readBuildOptions */.V)(settings('build-wheel', {
                path: project,
                version: result.version,
                'output-dir': (0,external_node_path_.join)(workDir, 'dist'),
                python: options.python ?? '',
                isolation: String(options.isolation !== false),
                strict: String(options.strict !== false),
                'index-url': options.buildIndexUrl ?? '',
            }), context);
            masked(secrets);
            return entries.build(buildOptions, logger);
        }, (b) => [b.sdist?.filename, b.wheel?.filename].filter(Boolean).join(' '));
        result.name = build.name;
        result.manifest = build.manifestPath;
        const credentials = { username: options.storeUsername ?? '', password: options.storePassword ?? '' };
        // Credentials go only to index servers: a folder store takes none (and refuses them).
        const login = (location, username, password) => /^https?:\/\//i.test(location) ? { username, password } : { username: '', password: '' };
        const published = await step(`publish → ${indexName(stores.unstable)}`, 'publish', async () => {
            const { options: publishOptions, secrets } = (0,publish/* readPublishOptions */.w)(settings('publish', {
                store: stores.unstable,
                'index-name': 'unstable',
                manifest: result.manifest,
                ...login(stores.unstable, credentials.username, credentials.password),
            }), context);
            masked(secrets);
            return entries.publish({ ...publishOptions, ...withSecrets }, logger);
        }, (p) => describeFiles(p.uploaded, p.skipped, 'uploaded'));
        result.channel = 'unstable';
        result.indexUrl = published.indexUrl;
        const matrix = options.pythonVersions && options.pythonVersions.length > 0;
        const pythons = matrix ? (options.pythonVersions ?? []) : [options.python ?? ''];
        for (const python of pythons) {
            await step(`clean-env-test${matrix ? ` (${python})` : ''}`, 'clean-env-test', async () => {
                const { options: testOptions, secrets } = await (0,clean_env/* readCleanEnvOptions */.l)(settings('clean-env-test', {
                    manifest: result.manifest,
                    'index-url': result.indexUrl,
                    python: python === '' ? '' : await interpreterFor(python),
                    // Unset: pytest's configured testpaths, else tests/ or test/ (clean-env-test's own rule).
                    tests: options.tests ? (0,external_node_path_.resolve)(project, options.tests) : '',
                    extras: options.extras ?? '',
                    'test-requirements': options.testRequirements ? (0,external_node_path_.resolve)(project, options.testRequirements) : '',
                    'pytest-args': options.pytestArgs ?? '',
                    installer: options.stepSettings?.['clean-env-test']?.installer || 'pip',
                    'tests-from': options.stepSettings?.['clean-env-test']?.['tests-from'] || 'checkout',
                    // Unset: clean-env-test's own default (PyPI) for the dependencies.
                    ...(options.extraIndexUrl !== undefined ? { 'extra-index-url': options.extraIndexUrl } : {}),
                    ...(options.findLinks !== undefined ? { 'find-links': options.findLinks } : {}),
                }), 
                // The JUnit XML and the freeze go beside the run's other results, one folder per interpreter.
                { ...context, resultsDir: (0,external_node_path_.join)(workDir, 'clean-env-test', ...(matrix ? [safeName(python)] : [])) });
                masked(secrets);
                return entries.test(testOptions, logger);
            }, (t) => `${t.counts.passed} passed, ${t.counts.failed} failed, ${t.counts.errors} errors, ${t.counts.skipped} skipped`);
        }
        const promote = (from, to, channel, toLogin) => step(`promote → ${indexName(to)}`, 'promote', async () => {
            const { options: promoteOptions, secrets } = (0,contract_promote/* readPromoteOptions */.$)(settings('promote', {
                manifest: result.manifest,
                from,
                to,
                'to-channel': channel,
                mode: 'copy',
                'from-username': login(from, credentials.username, credentials.password).username,
                'from-password': login(from, credentials.username, credentials.password).password,
                'to-username': login(to, toLogin.username, toLogin.password).username,
                'to-password': login(to, toLogin.username, toLogin.password).password,
                repository: project,
            }), context);
            masked(secrets);
            return entries.promote({ ...promoteOptions, ...withSecrets }, logger);
        }, (p) => describeFiles(p.promoted, p.skipped, 'promoted'));
        if (options.publish !== false) {
            const toTesting = await promote(stores.unstable, stores.testing, 'testing', credentials);
            result.channel = 'testing';
            result.indexUrl = toTesting.to.indexUrl || result.indexUrl;
            if (result.target === 'stable') {
                const toStable = await promote(stores.testing, stores.stable, 'stable', {
                    username: options.stableUsername || credentials.username,
                    password: options.stablePassword || credentials.password,
                });
                result.channel = 'stable';
                result.indexUrl = toStable.to.indexUrl || result.indexUrl;
            }
        }
        result.ok = true;
    }
    catch (error) {
        result.error = failure(error);
    }
    result.totalMs = performance.now() - started;
    return result;
}
/** A folder name for an interpreter setting (`3.12`, `/opt/python/bin/python3`): nothing that makes a path. */
function safeName(python) {
    return python.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_') || 'default';
}
function indexName(location) {
    return (location
        .replace(/[\\/]+$/, '')
        .split(/[\\/]/)
        .pop() ?? location);
}
function describeFiles(done, skipped, verb) {
    return `${done.length} ${verb}${skipped.length > 0 ? `, ${skipped.length} already there` : ''}`;
}
/**
 * Where the test dependencies come from when the user names nothing: the sources the machine's pip
 * configuration names (`pip config list`: files and PIP_* variables), so the pipeline works wherever
 * `pip install` works — offline with a configured mirror too. The package under test never comes from
 * these (clean-env-test pins it to the store). A configured index-url leads; without one the configured
 * extra indexes are used alone (not PyPI first: a machine that configures mirrors wants them, and an
 * unreachable PyPI costs retries per package). Nothing configured: undefined (clean-env-test's PyPI).
 */
async function pipDependencySources(python, env = process.env) {
    let listing;
    const interpreter = (0,src_python/* pythonSpawn */.WH)(python);
    try {
        listing = (await (0,src_process/* run */.e)(interpreter.program, [...interpreter.args, '-m', 'pip', 'config', 'list'], { env, timeoutMs: 60_000 })).stdout;
    }
    catch {
        return undefined;
    }
    const values = (key) => [...listing.matchAll(new RegExp(`^[^\\s=]*\\.${key}='([^']*)'$`, 'gm'))]
        .flatMap((m) => (m[1] ?? '').split(/\s+/))
        .filter((v) => v !== '');
    const unique = (list) => [...new Set(list)];
    const indexes = unique([...values('index-url'), ...values('extra-index-url')]);
    const links = unique(values('find-links'));
    if (indexes.length === 0 && links.length === 0)
        return undefined;
    return { extraIndexUrl: indexes.join('\n'), findLinks: links.join('\n') };
}

// EXTERNAL MODULE: ./packages/core/src/store/open-store.ts + 6 modules
var open_store = __webpack_require__(2470);
// EXTERNAL MODULE: ./packages/core/src/http/redact.ts
var redact = __webpack_require__(2020);
// EXTERNAL MODULE: ./packages/cli/src/action-specs.json
var action_specs = __webpack_require__(3083);
// EXTERNAL MODULE: ./packages/cli/src/args.ts
var src_args = __webpack_require__(5356);
// EXTERNAL MODULE: ./packages/cli/src/commands.ts + 3 modules
var commands = __webpack_require__(6101);
// EXTERNAL MODULE: ./packages/cli/src/help.ts
var help = __webpack_require__(2706);
// EXTERNAL MODULE: ./packages/cli/src/terminal-logger.ts
var terminal_logger = __webpack_require__(6494);
;// CONCATENATED MODULE: ./packages/cli/src/pipeline-command.ts
/**
 * `wheelwright pipeline [project]`: the reusable workflow's flow on one machine (a laptop, Jenkins,
 * GitLab), through the same core entries as the actions. Flags are python-release.yml's inputs; the
 * credentials come from the environment (WHEELWRIGHT_STORE_USERNAME / _PASSWORD, WHEELWRIGHT_STABLE_…),
 * never from flags that would show in the process list. CI variables are used only as hints for the
 * release trigger (a tag build may reach stable, a branch build stops in testing).
 */














/**
 * Workflow inputs that mean nothing off the runner: the runner's image and setup-python's version, and the
 * GitHub Release, which a workflow job with the repository's token writes (the release-report action).
 */
const RUNNER_ONLY = new Set(['runs-on', 'python-version', 'github-release']);
/**
 * Action inputs offered as `pipeline` flags under their action.yml names, passed to that step's contract
 * reader as given (their defaults and rules are the action's). The flow sets the others itself (the path,
 * the version, the stores, the manifest) or offers them under the workflow's names.
 */
const STEP_FLAGS = {
    'pep440-version': ['dist-name', 'fetch-tags', 'fail-on-dirty'],
    'build-wheel': [
        'sdist',
        'skip-dependency-check',
        'config-settings',
        'source-date-epoch',
        'docs',
        'docs-path',
        'docs-failure',
        'tools-cache',
    ],
    publish: ['skip-existing', 'verify'],
    'clean-env-test': ['test-dependencies', 'tests-from', 'installer'],
    promote: ['require-signed-tag', 'allowed-signers'],
};
/** Action inputs the pipeline offers under another name (`path` is the project folder, `--package-path`). */
const PIPELINE_NAME = { path: 'package-path', 'index-name': 'unstable-index' };
/** Every step's inputs: a warning may come from any step and name any of them in the runner's words. */
const ALL_STEP_INPUTS = [
    ...new Set(['pep440-version', 'build-wheel', 'publish', 'clean-env-test', 'promote'].flatMap((action) => (0,commands/* actionSpec */.CY)(action)?.inputs.map((input) => input.name) ?? [])),
].map((name) => ({ name }));
function stepFlagSpecs() {
    // A step input the reusable workflow also takes (test-dependencies) is that workflow input's flag already.
    const workflow = new Set(action_specs/* pipeline */.Tk.map((input) => input.name));
    return Object.entries(STEP_FLAGS).flatMap(([action, names]) => (names ?? [])
        .filter((name) => !workflow.has(name))
        .map((name) => {
        const input = (0,commands/* actionSpec */.CY)(action)?.inputs.find((candidate) => candidate.name === name);
        if (!input)
            throw new Error(`${action} declares no input '${name}'`);
        return { ...input, description: `${input.description} (${action})` };
    }));
}
/** Where the command line means more than the workflow input (the same name, a machine's defaults). */
const CLI_MEANING = {
    'package-path': { description: 'The project folder (also the first argument).' },
    'python-versions': {
        default: '',
        description: 'The Pythons the clean-env tests run on: a JSON array or a comma-separated list of versions (3.11 runs python3.11), interpreter paths or launcher forms (py -3.11). Empty: python3 from PATH.',
    },
    store: {
        description: 'One store holding the three indexes as <store>/<name>: a folder (the embedded file store) or a server URL. Empty: <project>/.wheelwright.',
    },
    'extra-index-url': {
        default: '',
        description: "Indexes for the test dependencies and the build environment (never for the package under test), one per flag; the first replaces PyPI. Default (with neither this nor --find-links): the sources the machine's pip configuration names, else PyPI.",
    },
    'find-links': { description: 'Folders or URLs of wheels for the test dependencies, one per flag.' },
};
const PIPELINE_INPUTS = [
    ...action_specs/* pipeline */.Tk
        .filter((input) => !RUNNER_ONLY.has(input.name))
        .map((input) => ({ ...input, ...CLI_MEANING[input.name] })),
    { name: 'python', description: 'The interpreter that builds. Empty: python3 from PATH.', default: '', required: false },
    {
        name: 'strict',
        description: "Inspection findings fail the build (build-wheel's strict); --no-strict reports them as warnings.",
        default: 'true',
        required: false,
        boolean: true,
    },
    { name: 'pretend-version', description: 'Use this version instead of the one git gives (pep440-version).', default: '', required: false },
    {
        name: 'fallback-version',
        description: 'The version when git has no tag to derive one from (pep440-version).',
        default: '',
        required: false,
    },
    {
        name: 'tag-regex',
        description: 'Which tags are releases and how to read their version (pep440-version).',
        default: '',
        required: false,
    },
    {
        name: 'pytest-args',
        description: 'Extra pytest arguments, split as a shell splits words (quotes kept together: -k "slow and not net"); a repeated flag appends (clean-env-test).',
        default: '',
        required: false,
    },
    ...stepFlagSpecs(),
    {
        name: 'work-dir',
        description: 'Where the build output, manifest and step log go. Empty: <project>/.wheelwright/run.',
        default: '',
        required: false,
    },
    {
        name: 'verbose',
        description: "Show every step's log (always written to <work-dir>/pipeline.log).",
        default: 'false',
        required: false,
        boolean: true,
    },
    {
        name: 'debug',
        description: 'Show debug lines, and keep the temporary work folder (build and test environments), saying where.',
        default: 'false',
        required: false,
        boolean: true,
    },
];
const NOTES = [
    'Runs: pep440-version → build-wheel → publish (unstable) → clean-env-test × python-versions → promote (testing)',
    '      → promote (stable) when the version is final and the run releases its tag.',
    'Credentials: WHEELWRIGHT_STORE_USERNAME, WHEELWRIGHT_STORE_PASSWORD, WHEELWRIGHT_STABLE_USERNAME, WHEELWRIGHT_STABLE_PASSWORD.',
    'Prints progress on stderr and a JSON result on stdout; exits 1 when a step fails (the release stays where it got).',
].join('\n');
function pipelineHelp() {
    return (0,help/* formatHelp */.B)('wheelwright pipeline [project] [options]', 'The whole release flow on a project folder, step by step with timings.', PIPELINE_INPUTS, [], NOTES, "options (python-release.yml's inputs, then the command line's own):");
}
function listOf(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return [];
    if (trimmed.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(trimmed);
        }
        catch {
            throw new src_args/* UsageError */.eb(`python-versions '${trimmed}' is not a JSON array`, { hint: 'e.g. ["3.11", "3.12"] or 3.11,3.12' });
        }
        if (!Array.isArray(parsed))
            throw new src_args/* UsageError */.eb(`python-versions '${trimmed}' is not a JSON array`);
        return parsed.map(String);
    }
    // An entry is an interpreter setting, which may hold a space (`py -3.11`, a path): with commas or lines the
    // entries are split there only; a bare list of versions may also be split on spaces.
    const separated = /[,\n]/.test(trimmed) ? trimmed.split(/\s*[,\n]\s*/) : (0,src_python/* launcherSpec */.S3)(trimmed) ? [trimmed] : trimmed.split(/\s+/);
    return separated.map((entry) => entry.trim()).filter(Boolean);
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function pipeline_command_seconds(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
async function pipelineCommand(argv, io) {
    const args = (0,src_args/* parseArgs */.Zy)(argv, PIPELINE_INPUTS, 'pipeline');
    if (args.help) {
        io.out(pipelineHelp());
        return 0;
    }
    if (args.positional.length > 1)
        throw new src_args/* UsageError */.eb(`pipeline takes one project folder, got ${args.positional.length}`);
    const values = args.values;
    const project = (0,external_node_path_.resolve)(io.cwd, args.positional[0] || values['package-path'] || '.');
    // Checked before anything is written: a mistyped path must not gain a .wheelwright folder.
    if (!isDirectory(project))
        throw new src_args/* UsageError */.eb(`pipeline: '${project}' is not a folder`, { hint: 'give the project folder (the one with pyproject.toml)' });
    const flags = (0,src_args/* toOptions */.kU)(values, PIPELINE_INPUTS);
    const env = io.env;
    // A folder store takes no credentials: one given for it is a mistake (a wrong --store), not something to ignore.
    const isServer = (location) => /^https?:\/\//i.test(location ?? '');
    const credentialTargets = [
        ['WHEELWRIGHT_STORE_USERNAME', isServer(values.store || values['unstable-url'])],
        ['WHEELWRIGHT_STORE_PASSWORD', isServer(values.store || values['unstable-url'])],
        ['WHEELWRIGHT_STABLE_USERNAME', isServer(values['stable-url'] || values.store)],
        ['WHEELWRIGHT_STABLE_PASSWORD', isServer(values['stable-url'] || values.store)],
    ];
    for (const [variable, server] of credentialTargets) {
        if (!server && env[variable])
            throw new src_args/* UsageError */.eb(`pipeline: ${variable} is set, but the store is a folder, which takes no credentials`, {
                hint: `unset ${variable}, or give --store the URL of an index server`,
            });
    }
    const workDir = values['work-dir'] ? (0,external_node_path_.resolve)(io.cwd, values['work-dir']) : (0,external_node_path_.join)(project, '.wheelwright', 'run');
    // Each run starts from an empty work folder: a stale wheel must never be published by mistake.
    // Only the folders the pipeline itself writes are cleared (never the whole --work-dir, which may be
    // any folder): the build output, the pull-request store and the log.
    for (const owned of ['dist', 'store', 'pipeline.log'])
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(workDir, owned), { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(workDir, { recursive: true });
    const logFile = (0,external_node_path_.join)(workDir, 'pipeline.log');
    const secrets = (0,terminal_logger/* secretsOf */.Fj)({
        ...values,
        'store-password': env.WHEELWRIGHT_STORE_PASSWORD,
        'stable-password': env.WHEELWRIGHT_STABLE_PASSWORD,
    });
    const logger = new terminal_logger/* TerminalLogger */.XF({
        verbose: flags.verbose === true,
        debug: flags.debug === true,
        file: logFile,
        write: io.err,
        secrets,
        // A step's warning names the options in this command's words, as its error would.
        words: (message) => (0,errors/* renderOptionReferences */.IG)(message, ALL_STEP_INPUTS, pipelineWording(values, undefined, logFile)),
    });
    const out = (text) => io.out((0,terminal_logger/* maskSecrets */.QU)(text, secrets));
    const err = (text) => io.err((0,terminal_logger/* maskSecrets */.QU)(text, secrets));
    const options = {
        packagePath: project,
        store: values.store ? (/^[a-z][a-z0-9+.-]*:\/\//i.test(values.store) ? values.store : (0,external_node_path_.resolve)(io.cwd, values.store)) : '',
        unstableIndex: values['unstable-index'] ?? '',
        testingIndex: values['testing-index'] ?? '',
        stableIndex: values['stable-index'] ?? '',
        unstableUrl: values['unstable-url'] ?? '',
        testingUrl: values['testing-url'] ?? '',
        stableUrl: values['stable-url'] ?? '',
        versionScheme: values['version-scheme'] ?? '',
        localScheme: values['local-scheme'] ?? '',
        tagRegex: values['tag-regex'] ?? '',
        fallbackVersion: values['fallback-version'] ?? '',
        pretendVersion: values['pretend-version'] ?? '',
        strict: flags.strict !== false,
        pytestArgs: values['pytest-args'] ?? '',
        stepSettings: stepSettings(values, args.given, io.cwd),
        pythonVersions: listOf(values['python-versions'] ?? ''),
        python: values.python ?? '',
        extras: values.extras ?? '',
        testRequirements: values['test-requirements'] ?? '',
        tests: values.tests ?? 'tests',
        publish: flags.publish !== false,
        isolation: flags.isolation !== false,
        storeUsername: env.WHEELWRIGHT_STORE_USERNAME ?? '',
        storePassword: env.WHEELWRIGHT_STORE_PASSWORD ?? '',
        stableUsername: env.WHEELWRIGHT_STABLE_USERNAME ?? '',
        stablePassword: env.WHEELWRIGHT_STABLE_PASSWORD ?? '',
        workDir,
        trigger: (0,channels/* releaseTrigger */.MQ)(env),
    };
    // Test dependencies: the flags, else what the machine's pip configuration names, else PyPI.
    if (args.given.has('extra-index-url') || args.given.has('find-links')) {
        options.extraIndexUrl = values['extra-index-url'] ?? '';
        options.findLinks = values['find-links'] ?? '';
    }
    else {
        const sources = await pipDependencySources(await interpreterFor(values.python ?? '', env), env);
        if (sources) {
            options.extraIndexUrl = sources.extraIndexUrl;
            options.findLinks = sources.findLinks;
            logger.debug(`test dependencies from pip's configuration: ${[sources.extraIndexUrl, sources.findLinks].join(' ').trim()}`);
        }
    }
    // The isolated build environment (setuptools, setuptools_scm…) comes from the same first index.
    const firstIndex = options.extraIndexUrl?.split(/\s+/).find((url) => url !== '');
    if (firstIndex)
        options.buildIndexUrl = firstIndex;
    // Each step's settings with its action.yml defaults filled in, as the runner fills them for a workflow step,
    // and named in messages as this command's flags.
    options.settingsSource = (action, settings) => (0,contract_options/* mapSource */.GU)((0,commands/* withDefaults */.rO)(action, settings), (name) => pipelineWording(values, action, logFile).option(name));
    const context = (0,commands/* cliContext */.oB)({ env, cwd: project });
    // One temporary folder for the run (build and test environments): removed at the end, failed or not;
    // --debug keeps it and says where.
    const keep = flags.debug === true || context.keepTemp === true;
    const runTemp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(context.tempDir, 'wheelwright-pipeline-'));
    options.context = { ...context, tempDir: runTemp, keepTemp: keep };
    options.onSecret = (secret) => secrets.push(secret);
    err(`wheelwright pipeline ${project}\n`);
    let result;
    try {
        result = await runPipeline(options, logger, {
            start: (name) => logger.debug(`start ${name}`),
            finish: (step) => {
                const mark = step.status === 'ok' ? '✔' : '✘';
                // A failed step's detail is core's message: in this command's words, as the error line below is.
                const detail = step.status === 'failed'
                    ? (0,errors/* renderOptionReferences */.IG)(step.detail, declaredFor(step.action).map((name) => ({ name })), pipelineWording(values, step.action, logFile))
                    : step.detail;
                err(`  ${mark} ${step.name.padEnd(26)} ${pipeline_command_seconds(step.ms).padStart(7)}  ${detail}\n`);
            },
        });
    }
    finally {
        if (keep)
            err(`kept the work folder (--debug): ${runTemp}\n`);
        else
            (0,external_node_fs_.rmSync)(runTemp, { recursive: true, force: true, maxRetries: 3 });
    }
    const name = result.name;
    // The run as a picture (Mermaid) beside the log, and in the job summary when run inside GitHub Actions.
    const summary = pipelineSummaryMarkdown(result);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(workDir, 'summary.md'), (0,terminal_logger/* maskSecrets */.QU)(summary, secrets));
    if (env.GITHUB_STEP_SUMMARY)
        (0,external_node_fs_.appendFileSync)(env.GITHUB_STEP_SUMMARY, (0,terminal_logger/* maskSecrets */.QU)(summary, secrets));
    const install = result.ok && options.publish !== false ? await installLine(result, loginFor(result, options)) : undefined;
    const failed = result.error
        ? (0,errors/* describeError */.Uc)(result.error, pipelineWording(values, failedAction(result), logFile), declaredFor(failedAction(result)))
        : undefined;
    out(`${JSON.stringify({
        ok: result.ok,
        name,
        version: result.version,
        channel: result.channel,
        'index-url': result.indexUrl,
        manifest: result.manifest,
        stores: { unstable: result.stores.unstable, testing: result.stores.testing, stable: result.stores.stable },
        steps: result.steps.map((s) => ({ name: s.name, action: s.action, status: s.status, seconds: Number((s.ms / 1000).toFixed(3)) })),
        seconds: Number((result.totalMs / 1000).toFixed(3)),
        ...(install ? { install } : {}),
        ...(failed ? { error: failed.message } : {}),
    }, null, 2)}\n`);
    if (!result.ok) {
        const where = result.channel === 'none' ? 'nothing was published' : `the release stays in ${result.channel}`;
        err(`error: ${failed?.message ?? 'the pipeline failed'}\n`);
        if (failed?.hint)
            err(`hint: ${failed.hint}\n`);
        err(`${where} (${pipeline_command_seconds(result.totalMs)}; step log: ${logFile})\n`);
        return 1;
    }
    const publishedNothing = options.publish === false;
    err(publishedNothing
        ? `built and tested ${name} ${result.version} from a temporary store; nothing published (${pipeline_command_seconds(result.totalMs)})\n`
        : `released ${name} ${result.version} to ${result.channel} (${pipeline_command_seconds(result.totalMs)})\n`);
    if (install)
        err(`  ${install}\n`);
    return 0;
}
/** The given flags that are other actions' inputs (STEP_FLAGS), by step; paths made absolute. */
function stepSettings(values, given, cwd) {
    const settings = {};
    for (const [action, names] of Object.entries(STEP_FLAGS)) {
        for (const name of names) {
            if (!given.has(name))
                continue;
            const value = values[name] ?? '';
            // The tools cache is a folder of this machine: relative to where the command runs, not the project.
            const step = settings[action] ?? {};
            step[name] = name === 'tools-cache' && value !== '' ? (0,external_node_path_.resolve)(cwd, value) : value;
            settings[action] = step;
        }
    }
    return settings;
}
/** The action of the step that failed, if a step did. */
function failedAction(result) {
    return result.steps.find((step) => step.status === 'failed')?.action;
}
/** Every input of the failed step's action: core names them in the runner's words. */
function declaredFor(action) {
    return action ? ((0,commands/* actionSpec */.CY)(action)?.inputs.map((input) => input.name) ?? []) : [];
}
/**
 * This command's words for an action input: its flag where it has one (`option '--package-path'` for
 * `path`, `--python-versions` for the tests' interpreter when given), else what the flow passed to the
 * step (`build-wheel's version`), which the user sets through the flow rather than a flag.
 */
function pipelineWording(values, action, logFile) {
    const flags = new Set(PIPELINE_INPUTS.map((input) => input.name));
    const flagOf = (name) => {
        if (name === 'python' && action === 'clean-env-test' && values['python-versions'])
            return 'python-versions';
        // The build environment's index is the first --extra-index-url (one source for build and test dependencies).
        if (name === 'index-url' && action === 'build-wheel')
            return 'extra-index-url';
        const flag = PIPELINE_NAME[name] ?? name;
        return flags.has(flag) ? flag : undefined;
    };
    return {
        option: (name) => {
            const flag = flagOf(name);
            return flag ? `option '--${flag}'` : `${action ?? 'the step'}'s ${name}`;
        },
        setting: (name, value) => {
            const flag = flagOf(name) ?? name;
            return value === 'false' ? `--no-${flag}` : value === 'true' ? `--${flag}` : `--${flag} ${value}`;
        },
        // The steps' output goes to the step log (the terminal shows only warnings without --verbose).
        log: () => `the step log ${logFile}`,
    };
}
function loginFor(result, options) {
    return {
        username: result.channel === 'stable' ? options.stableUsername || options.storeUsername : options.storeUsername,
        password: result.channel === 'stable' ? options.stablePassword || options.storePassword : options.storePassword,
    };
}
/**
 * How to install the release: the wheel by direct reference to its file in the store the release reached,
 * pinned by its sha256 — `pip install "name @ <url>#sha256=<hash>"`. pip takes exactly that file (and checks
 * the hash), and the dependencies from the user's usual index. An `--index-url <store>` line fails on a
 * default setup for a package with dependencies (the store holds only this project), and adding
 * `--extra-index-url` would let any index offer a higher version of the same name (dependency confusion).
 */
async function installLine(result, login) {
    if (result.channel === 'none' || !result.manifest)
        return undefined;
    try {
        const manifest = await (0,src_manifest/* readManifest */.WI)(result.manifest);
        const wheel = manifest.files.find((file) => file.filename.endsWith('.whl')) ?? manifest.files[0];
        if (!wheel)
            return undefined;
        const store = await (0,open_store/* openStore */.C)({
            url: result.stores[result.channel],
            ...(login.username ? { username: login.username } : {}),
            ...(login.password ? { password: login.password } : {}),
        });
        const listed = (await store.listFiles(manifest.name)).find((file) => file.filename === wheel.filename);
        if (!listed)
            return undefined;
        const url = (0,redact/* redactUrl */.B)(listed.url.replace(/#.*$/, ''));
        return `pip install "${manifest.name} @ ${url}#sha256=${wheel.sha256}"`;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
