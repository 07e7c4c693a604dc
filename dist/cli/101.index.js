export const id = 101;
export const ids = [101];
export const modules = {

/***/ 6101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CY: () => (/* reexport */ action_list/* actionSpec */.j),
  oB: () => (/* binding */ cliContext),
  commandRunner: () => (/* binding */ commandRunner),
  rO: () => (/* binding */ withDefaults)
});

// UNUSED EXPORTS: ACTION_SPECS, flagLabel, flagSource

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
    const rows = result.files.map((file) => `| ${file.kind} | \`${cell(file.filename)}\` | ${humanSize(file.size)} | \`${file.sha256}\` |`);
    const parts = [
        `### Built ${result.name} ${result.version} (${result.kind})`,
        '',
        '| kind | file | size | sha256 |',
        '| --- | --- | --- | --- |',
        ...rows,
        ...(result.docs?.record.status === 'built' && result.docs.record.filename
            ? [
                `| docs | \`${cell(result.docs.record.filename)}\` | ${humanSize(result.docs.record.size ?? 0)} | \`${result.docs.record.sha256}\` |`,
            ]
            : []),
        '',
        ...(result.docs
            ? [
                result.docs.record.status === 'built'
                    ? `Docs: Sphinx ${cell(result.docs.record.sphinx ?? '')} against the installed wheel, ${((result.docs.record.ms ?? 0) / 1000).toFixed(1)} s, ${result.docs.record.warnings ?? 0} warnings`
                    : `**Docs failed** (recorded, release goes on): ${cell(result.docs.record.error ?? '')}`,
                '',
            ]
            : []),
        `Python ${result.python.version}${result.sourceDateEpoch ? ` · SOURCE_DATE_EPOCH=${result.sourceDateEpoch}` : ''}` +
            `${result.source.commit ? ` · commit \`${result.source.commit.slice(0, 12)}\`` : ''}${result.source.tag ? ` · tag \`${result.source.tag}\`${result.source.distance ? ` + ${result.source.distance} commits` : ''}` : ''}` +
            `${result.requiresPython ? ` · Requires-Python \`${cell(result.requiresPython)}\`` : ''}`,
        '',
    ];
    if (result.findings.length) {
        parts.push('**Warnings**', '', ...result.findings.map((finding) => `- ${cell(formatFinding(finding))}`), '');
    }
    if (result.wheel) {
        parts.push(`<details><summary>Files in ${result.wheel.filename} (${result.wheelFiles.length})</summary>`, '', '```', fileTree(result.wheelFiles), '```', '', '</details>', '');
    }
    return `${parts.join('\n')}\n`;
}
/** The job summary of a rejected build: every finding, so the run page explains the red step. */
function inspectionFailureMarkdown(findings) {
    const rows = findings.map((finding) => `| ${finding.rule} | ${finding.severity} | \`${cell(finding.file)}\` | ${cell(finding.message)} | ${cell((finding.paths ?? []).slice(0, 10).join(', '))} |`);
    return `### Build rejected by the inspection\n\nNothing was written to the output folder.\n\n| rule | severity | artefact | problem | paths |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n\n`;
}

// EXTERNAL MODULE: ./packages/core/src/build/build-release.ts + 9 modules
var build_release = __webpack_require__(1361);
// EXTERNAL MODULE: ./packages/core/src/channels/index.ts
var channels = __webpack_require__(557);
// EXTERNAL MODULE: ./packages/core/src/clean-env/test-release.ts + 10 modules
var test_release = __webpack_require__(6091);
;// CONCATENATED MODULE: ./packages/core/src/clean-env/summary.ts


/** The action's outputs, by output name (action.yml). */
function cleanEnvTestOutputs(result) {
    return {
        passed: String(result.counts.passed),
        failed: String(result.counts.failed),
        errors: String(result.counts.errors),
        skipped: String(result.counts.skipped),
        'junit-xml': result.junitXml,
        freeze: result.freeze,
        manifest: result.manifest ?? '',
        'test-dependencies': result.testDependencies.source,
    };
}
function table(header, rows) {
    return [
        `| ${header.map(cell).join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    ].join('\n');
}
const MAX_FAILURES = 25;
/** The job summary: counts, the failures with their messages, what was installed, the Python version. */
function cleanEnvSummaryMarkdown(result) {
    const icon = result.outcome === 'passed' ? '✅' : '❌';
    const parts = [
        `### ${icon} clean-env test of ${result.name} ${result.version}`,
        '',
        `${formatCounts(result.counts)} — Python ${result.python.version}, ${result.installer}, installed from \`${result.store.url}\` (${result.store.name})`,
        '',
        table(['passed', 'failed', 'errors', 'skipped'], [[String(result.counts.passed), String(result.counts.failed), String(result.counts.errors), String(result.counts.skipped)]]),
        '',
        `File: \`${result.file.filename}\` sha256 \`${result.file.sha256}\`${result.extras.length ? `, extras: ${result.extras.join(', ')}` : ''}`,
        '',
        `Test dependencies: ${cell(result.testDependencies.source)}${result.testDependencies.requirements.length ? ` — ${result.testDependencies.requirements.map((r) => `\`${cell(r)}\``).join(', ')}` : ''} · tests run ${result.testsFrom === 'checkout' ? 'in the checkout (checkout kept off sys.path)' : 'from a copy of the tests folder'}`,
        '',
        `Tests: ${result.tests.paths.map((path) => `\`${cell(path)}\``).join(', ')} (${cell(result.tests.source)})`,
    ];
    if (result.failures.length > 0) {
        parts.push('', '#### Failures', '');
        for (const failure of result.failures.slice(0, MAX_FAILURES)) {
            const where = failure.file ? ` (${failure.file}${failure.line ? `:${failure.line}` : ''})` : '';
            parts.push(`- **${failure.id}**${where} ${failure.outcome}: ${cell(failure.message).slice(0, 300)}`);
        }
        if (result.failures.length > MAX_FAILURES)
            parts.push(`- … and ${result.failures.length - MAX_FAILURES} more (see the JUnit XML)`);
    }
    parts.push('', '<details><summary>Installed versions</summary>', '', table(['distribution', 'version'], result.installed.map((d) => [d.name, d.version])), '', '</details>', '');
    return parts.join('\n');
}

// EXTERNAL MODULE: ./packages/core/src/contract/options.ts
var options = __webpack_require__(9685);
// EXTERNAL MODULE: ./packages/core/src/contract/version.ts
var version = __webpack_require__(3679);
// EXTERNAL MODULE: ./packages/core/src/contract/build.ts + 1 modules
var build = __webpack_require__(2246);
// EXTERNAL MODULE: ./packages/core/src/contract/scaffold.ts
var scaffold = __webpack_require__(8005);
// EXTERNAL MODULE: ./packages/core/src/contract/clean-env.ts + 1 modules
var clean_env = __webpack_require__(9393);
// EXTERNAL MODULE: ./packages/core/src/contract/publish.ts
var publish = __webpack_require__(2904);
// EXTERNAL MODULE: ./packages/core/src/contract/promote.ts
var promote = __webpack_require__(5207);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
;// CONCATENATED MODULE: ./packages/core/src/promote/summary.ts
/** What the promote action (and the CLI) report: step outputs and the job summary, from the result alone. */

/** The action's outputs by name (lists as JSON, as the runner passes them between steps). */
function promoteOutputs(result) {
    return {
        promoted: JSON.stringify(result.promoted),
        skipped: JSON.stringify(result.skipped),
        'target-index-url': result.to.indexUrl,
        manifest: result.manifestPath ?? '',
        'docs-url': result.extras?.docs?.url ?? '',
        // Where the release now is: empty when nothing was promoted, so a workflow falls back to the step before.
        channel: result.heldBack || result.dryRun ? '' : result.channel,
        'held-back': result.heldBack ?? '',
    };
}
/** Job summary: from → to, mode and mechanism, each file with its sha256 and what happened to it. */
function promoteSummaryMarkdown(result) {
    if (result.heldBack)
        return `### ${cell(`Not promoted: ${result.project} ${result.version}`)}\n\n${cell(result.heldBack)}\n`;
    const title = `${result.dryRun ? 'Dry run: would promote' : 'Promoted'} ${result.project} ${result.version}: ${result.from.name} → ${result.to.name}`;
    const lines = [
        `### ${cell(title)}`,
        '',
        `- from: \`${result.from.indexUrl}\` (${result.from.kind})`,
        `- to: \`${result.to.indexUrl}\` (${result.to.kind}, channel \`${result.channel}\`)`,
        `- mode: ${result.mode}${result.removedFromSource ? ' (removed from the source after the target was verified)' : ''}; mechanism: ${result.mechanism}`,
    ];
    if (result.signedTag)
        lines.push(`- tag \`${result.signedTag.tag}\` on ${result.signedTag.commit.slice(0, 12)}: ${cell(result.signedTag.signer)}`);
    lines.push('', '| file | sha256 | outcome |', '| --- | --- | --- |');
    for (const file of result.files) {
        const outcome = { promoted: 'copied, verified', skipped: 'already there, same sha256', planned: 'would be copied' }[file.outcome];
        lines.push(`| ${cell(file.filename)} | \`${file.sha256}\` | ${outcome} |`);
    }
    if (result.extras?.docs)
        lines.push('', result.extras.docs.url ? `Docs: <${result.extras.docs.url}>` : `Docs: ${cell(result.extras.docs.message)}`);
    if (result.extras?.board)
        lines.push('', `Release board: \`${cell(result.extras.board)}\``);
    lines.push('', `Install: \`pip install --index-url ${result.to.indexUrl} '${result.project}==${result.version}'\``, '');
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./packages/core/src/promote/promote.ts + 1 modules
var promote_promote = __webpack_require__(7168);
// EXTERNAL MODULE: ./packages/core/src/publish/index.ts + 2 modules
var src_publish = __webpack_require__(3853);
// EXTERNAL MODULE: ./packages/core/src/scaffold/index.ts + 4 modules
var src_scaffold = __webpack_require__(7295);
// EXTERNAL MODULE: ./packages/core/src/version/index.ts + 5 modules
var src_version = __webpack_require__(5590);
// EXTERNAL MODULE: ./packages/cli/src/action-list.ts
var action_list = __webpack_require__(6624);
;// CONCATENATED MODULE: ./packages/cli/src/commands.ts
/**
 * One subcommand per action: the action's contract reader (`@wheelwright/core/contract`, the same one its
 * adapter uses) over the flags, the action's core entry, and its outputs writer. Messages name flags.
 */













// The list lives apart so that help and usage errors answer before any core entry loads (main.ts).

/** How the CLI names an option in a message. */
const flagLabel = (name) => `option '--${name}'`;
/** The flags as a contract source. */
function flagSource(values) {
    return (0,options/* mapSource */.GU)(values, flagLabel);
}
/** The CLI's run context: the current folder, the system's temp folder, a CI build's ref. */
function cliContext({ env, cwd }) {
    const trigger = (0,channels/* releaseTrigger */.MQ)(env);
    // A CI tag build (GitHub, GitLab, Jenkins) names the release tag, as GITHUB_REF does on the runner.
    return {
        workspace: cwd,
        // The environment's temp folder (TMPDIR, TEMP): the one this command was given, as the system's would be.
        tempDir: env.TMPDIR || env.TEMP || env.TMP || (0,external_node_os_.tmpdir)(),
        env,
        // A CI branch build keeps its branch (promote's release-only holds it back); no CI hint: no ref (local).
        ref: trigger.kind === 'tag' ? `refs/tags/${trigger.ref}` : trigger.kind === 'branch' ? `refs/heads/${trigger.ref ?? ''}` : '',
        // The JUnit XML and the freeze are outputs: beside the pipeline's step log, not in /tmp.
        resultsDir: (0,external_node_path_.join)(cwd, '.wheelwright', 'run', 'clean-env-test'),
        // Debug output keeps the work folders too (and says where), as step debug logging does on the runner.
        keepTemp: env.WHEELWRIGHT_KEEP_TEMP === '1' || Boolean(env.WHEELWRIGHT_DEBUG),
    };
}
function maskAll(secrets, context) {
    for (const secret of secrets)
        context.onSecret?.(secret);
}
const RUNNERS = {
    'pep440-version': async (values, logger, context) => {
        // No runner to export variables to: the CLI prints the outputs.
        const where = cliContext(context);
        // The indexes by the workflow's rule; the CLI's own store is the project's, as the pipeline's is.
        const indexes = (0,version/* readIndexes */.P)(flagSource(values), where, { pullRequest: false, ownStore: (0,external_node_path_.join)(where.workspace, '.wheelwright') });
        const options = { ...(0,version/* readVersionOptions */.D)(flagSource(values), where), exportEnv: false };
        const result = await (0,src_version/* computeVersion */.E2)(options, logger);
        return {
            ...(0,src_version/* versionOutputs */.V7)(result),
            ...(0,channels/* indexOutputs */.$8)(indexes),
            ...(0,channels/* tagReleaseOutputs */.SR)(result, (0,channels/* releaseTrigger */.MQ)(context.env), indexes.publishes),
        };
    },
    'build-wheel': async (values, logger, context) => {
        const { options, secrets } = (0,build/* readBuildOptions */.V)(flagSource(values), cliContext(context));
        maskAll(secrets, context);
        return buildOutputs(await (0,build_release/* buildRelease */.Az)(options, logger));
    },
    scaffold: async (values, logger, context) => (0,src_scaffold/* scaffoldOutputs */.DQ)(await (0,src_scaffold/* scaffoldProject */.Y7)((0,scaffold/* readScaffoldOptions */.X)(flagSource(values), cliContext(context)), logger)),
    'clean-env-test': async (values, logger, context) => {
        const { options, secrets } = await (0,clean_env/* readCleanEnvOptions */.l)(flagSource(values), cliContext(context));
        maskAll(secrets, context);
        const result = await (0,test_release/* testRelease */.iZ)(options, logger);
        (0,test_release/* reportTestRun */.A9)(result, logger);
        return cleanEnvTestOutputs(result);
    },
    publish: async (values, logger, context) => {
        const { options, secrets } = (0,publish/* readPublishOptions */.w)(flagSource(values), cliContext(context));
        maskAll(secrets, context);
        // trusted publishing needs a GitHub job's OIDC token (ACTIONS_ID_TOKEN_REQUEST_*): the CLI inside a job.
        const result = await (0,src_publish/* publishRelease */.Dl)({ ...options, ...(context.onSecret ? { onSecret: context.onSecret } : {}) }, logger);
        return (0,src_publish/* publishOutputs */.eB)(result);
    },
    promote: async (values, logger, context) => {
        const { options, secrets } = (0,promote/* readPromoteOptions */.$)(flagSource(values), cliContext(context));
        maskAll(secrets, context);
        return promoteOutputs(await (0,promote_promote/* promoteRelease */.U)({ ...options, ...(context.onSecret ? { onSecret: context.onSecret } : {}) }, logger));
    },
};
/** The runner of an action's core entry, or one that fails with "not implemented yet". */
function commandRunner(name) {
    const runner = RUNNERS[name];
    if (!(0,action_list/* actionSpec */.j)(name) || !runner)
        return async () => {
            throw new errors/* NotImplementedError */.EH(`wheelwright ${name}`);
        };
    return runner;
}
/** Fills the action.yml defaults for inputs a caller left out, and rejects undeclared ones (a typo). */
function withDefaults(name, inputs) {
    const spec = (0,action_list/* actionSpec */.j)(name);
    if (!spec)
        throw new Error(`no action named ${name}`);
    const declared = new Set(spec.inputs.map((input) => input.name));
    for (const key of Object.keys(inputs))
        if (!declared.has(key))
            throw new Error(`${name}: input '${key}' is not declared in action.yml`);
    const values = {};
    for (const input of spec.inputs)
        values[input.name] = inputs[input.name] ?? input.default;
    return values;
}


/***/ }),

/***/ 8183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cY: () => (/* binding */ prepareReleaseExtras),
  hR: () => (/* binding */ shipReleaseExtras)
});

// UNUSED EXPORTS: BOARD_GENERATOR, BOARD_PAGE, RECORD, RELEASE_MARKER, WORKFLOW_JOBS, boardRootOf, collectBoard, flowMermaid, flowSummaryMarkdown, githubReleaseBody, pipelineSummaryMarkdown, readReleaseRecord, recordOf, regenerateBoard, releaseTagOf, renderBoard, seconds, upsertGitHubRelease, workflowFlow, writeReleaseRecord

// EXTERNAL MODULE: ./packages/core/src/docs/store-docs.ts
var store_docs = __webpack_require__(8231);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
// EXTERNAL MODULE: ./packages/core/src/store/file-index.ts
var file_index = __webpack_require__(63);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts
var pep440 = __webpack_require__(5282);
// EXTERNAL MODULE: ./packages/core/src/store/lock.ts
var lock = __webpack_require__(9715);
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

// EXTERNAL MODULE: ./packages/core/src/store/simple-html.ts
var simple_html = __webpack_require__(5210);
;// CONCATENATED MODULE: ./packages/core/src/board/render-board.ts

const BOARD_GENERATOR = 'wheelwright release board';
const render_board_text = (value) => (0,simple_html/* escapeHtml */.ZD)(String(value ?? '')).replace(/'/g, '&#39;');
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
const LOCK = '.board.lock';
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
        const store = new file_index/* FileIndexStore */.q((0,external_node_path_.join)(storeRoot, index), index);
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
    return (0,lock/* withDirectoryLock */.r)((0,external_node_path_.join)(root, LOCK), async () => {
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
        if (store instanceof file_index/* FileIndexStore */.q)
            await writeReleaseRecord(store.root, manifest);
    }
    const roots = new Set();
    for (const each of [store, ...refresh])
        if (each instanceof file_index/* FileIndexStore */.q)
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


/***/ }),

/***/ 1361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Az: () => (/* binding */ buildRelease)
});

// UNUSED EXPORTS: InspectionError, MANIFEST_FILENAME, pythonVersionsFromClassifiers

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/distribution/printable-name.ts
var printable_name = __webpack_require__(8970);
;// CONCATENATED MODULE: ./packages/core/src/distribution/finding.ts

/**
 * The one-line text of a finding: `file: RULE message (paths…)`. Member names and metadata values come
 * from the archive: the rules quote names holding control characters (printableName), and any control
 * character left is escaped here, so a finding is always exactly one line.
 */
function formatFinding(finding, maxPaths = 5) {
    const paths = finding.paths ?? [];
    const shown = paths.slice(0, maxPaths).join(', ');
    const more = paths.length > maxPaths ? ` and ${paths.length - maxPaths} more` : '';
    return (0,printable_name/* escapeControlCharacters */.F7)(`${finding.file}: ${finding.rule} ${finding.message}${paths.length ? `: ${shown}${more}` : ''}`);
}

// EXTERNAL MODULE: ./packages/core/src/distribution/version-bridge.ts
var version_bridge = __webpack_require__(4101);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/distribution/sha256-file.ts
var sha256_file = __webpack_require__(3815);
// EXTERNAL MODULE: ./packages/core/src/process/index.ts + 1 modules
var src_process = __webpack_require__(6894);
// EXTERNAL MODULE: ./packages/core/src/venv/virtualenv.ts
var virtualenv = __webpack_require__(4840);
// EXTERNAL MODULE: ./packages/core/src/docs/docs-zip.ts
var docs_zip = __webpack_require__(261);
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
        throw new errors/* WheelwrightError */.LJ('build', `docs: pip could not install ${what}: ${(0,virtualenv/* installerErrorLines */.AY)(error.stderr)}`, {
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
        const venv = await (0,virtualenv/* createVirtualenv */.F$)({ base, dir: (0,external_node_path_.join)(request.workDir, 'venv'), installer: 'pip', env, logger: request.logger });
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
        const zipPath = (0,external_node_path_.join)(request.workDir, (0,docs_zip/* docsZipName */.qz)(project, version));
        const epoch = request.sourceDateEpoch ? Number(request.sourceDateEpoch) : undefined;
        await (0,docs_zip/* writeDocsZip */.MO)(html, zipPath, epoch);
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
    const { walkArchive } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9217));
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

// EXTERNAL MODULE: ./packages/core/src/manifest/index.ts
var src_manifest = __webpack_require__(8932);
// EXTERNAL MODULE: ./packages/core/src/pyproject/index.ts
var src_pyproject = __webpack_require__(8015);
// EXTERNAL MODULE: ./packages/core/src/python/index.ts
var src_python = __webpack_require__(8215);
// EXTERNAL MODULE: ./node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(1191);
// EXTERNAL MODULE: ./packages/core/src/log/index.ts
var log = __webpack_require__(437);
// EXTERNAL MODULE: ./packages/core/src/scm/git-process.ts
var git_process = __webpack_require__(5918);
// EXTERNAL MODULE: ./packages/core/src/version/dunamai.ts
var dunamai = __webpack_require__(792);
// EXTERNAL MODULE: ./packages/core/src/version/index.ts + 5 modules
var src_version = __webpack_require__(5590);
// EXTERNAL MODULE: ./packages/core/src/version/python-regex.ts
var python_regex = __webpack_require__(3331);
// EXTERNAL MODULE: ./packages/core/src/version/source.ts
var version_source = __webpack_require__(774);
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
        source = (0,version_source/* detectVersionSource */.xd)(projectDir, 'path', { gitTopLevel: false });
    }
    catch {
        return undefined;
    }
    const variable = version_source/* BUILD_VERSION_VARIABLES */.ul[source.kind];
    if (variable === undefined || source.tool === undefined)
        return undefined;
    if (given === undefined && !source.tool.pluginMode)
        return undefined;
    const version = given ?? (await (0,src_version/* computeVersion */.E2)({ path: projectDir, env, fetchTags: false, exportEnv: false }, log/* silentLogger */.qq)).version;
    const variables = { [variable]: version };
    if (!source.tool.pluginMode)
        return { variables, note: `${variable}=${version}` };
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempRoot, 'wheelwright-stage-'));
    const remove = () => (0,promises_.rm)(dir, { recursive: true, force: true });
    try {
        await copyProject(projectDir, dir);
        const pyproject = (0,external_node_path_.join)(dir, 'pyproject.toml');
        await (0,promises_.writeFile)(pyproject, (0,dunamai/* substitutePoetryVersion */.iW)(await (0,promises_.readFile)(pyproject, 'utf8'), version, (0,external_node_path_.join)(projectDir, 'pyproject.toml')));
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
    const listed = await (0,git_process/* runGitIn */.xm)(projectDir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
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
        return { regex: (0,python_regex/* compilePythonRegex */.v)(entry.value, `${where}: substitution pattern`, 'gm'), tuple: entry.mode === 'tuple' };
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
        for (const found of await (0,dist/* glob */.TI)(folder.files, { cwd: base, absolute: true, dot: true, onlyFiles: true })) {
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

// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __webpack_require__(2640);
;// CONCATENATED MODULE: ./packages/core/src/build/build-environment.ts
/**
 * The environment `python -m build` runs in: SOURCE_DATE_EPOCH for reproducible archives, setuptools_scm's
 * pretend variables for a given version, and the index pip uses to fill the isolated build environment.
 */






async function git(cwd, args) {
    try {
        const result = await (0,git_process/* runGitIn */.xm)(cwd, args, { timeoutMs: 30_000 });
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
        const result = await (0,src_version/* computeVersion */.E2)({ path: projectDir, env: own, fetchTags: false, exportEnv: false }, log/* silentLogger */.qq);
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
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts
var pep440 = __webpack_require__(5282);
// EXTERNAL MODULE: ./packages/core/src/store/lock.ts
var store_lock = __webpack_require__(9715);
// EXTERNAL MODULE: ./packages/core/src/version/semver.ts
var semver = __webpack_require__(8483);
// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/valid.js
var valid = __webpack_require__(1988);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
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
    const version = parsed ? (0,semver/* toSemver */.U)(parsed).replace(/\+.*$/, '') : '';
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
        const { stdout } = await (0,src_process/* run */.e)((0,virtualenv/* venvInterpreter */.C9)(dir), ['-c', 'import build; print(build.__version__)'], {
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
        return { python: (0,virtualenv/* venvInterpreter */.C9)(dir), dir, buildVersion: kept.build, created: false };
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
    return (0,store_lock/* withDirectoryLock */.r)(lock, work, {
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
    const tools = (0,virtualenv/* venvInterpreter */.C9)(staging);
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
    return { python: (0,virtualenv/* venvInterpreter */.C9)(dir), dir, buildVersion, created: true };
}

;// CONCATENATED MODULE: ./packages/core/src/build/build-request.ts
/**
 * What build-wheel checks before it starts anything: the inputs that can be judged on their own, the
 * project folder, and that it holds a project. Kept apart from the build (no TOML parser, no processes, no
 * archive readers), so the action answers a wrong input before it loads the rest of the build.
 */





/** Checks the request; returns the project folder (absolute). */
function checkBuildRequest(options) {
    if (options.sdist === false && options.wheel === false)
        throw new errors/* InputError */.dz("input 'sdist' and input 'wheel' are both false: nothing to build", {
            hint: "set input 'sdist' or input 'wheel' to true",
            options: [{ name: 'sdist' }, { name: 'wheel' }],
        });
    if (options.version !== undefined && options.version !== '' && (0,version_bridge/* normalizeVersion */.Qj)(options.version) === undefined)
        throw new errors/* InputError */.dz(`input 'version' '${options.version}' is not a PEP 440 version`, {
            hint: "pass pep440-version's output, e.g. 1.2.0 or 1.2.1.dev3",
        });
    for (const setting of options.configSettings ?? []) {
        if (!/^[^=\s][^=]*=/.test(setting) && !/^[^=\s]+$/.test(setting))
            throw new errors/* InputError */.dz(`input 'config-settings' line '${setting}' is not KEY=VALUE`);
    }
    if (options.indexUrl && !/^(https?|file):\/\//i.test(options.indexUrl))
        throw new errors/* InputError */.dz(`input 'index-url' '${(0,redact/* redactUrl */.B)(options.indexUrl)}' is not an http(s):// or file:// URL`);
    const projectDir = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), options.path || '.');
    if (!(0,external_node_fs_.existsSync)(projectDir) || !(0,external_node_fs_.statSync)(projectDir).isDirectory())
        throw new errors/* InputError */.dz(`input 'path' '${options.path ?? '.'}' is not a folder (resolved to ${projectDir})`);
    // Whether pyproject.toml parses is the build's question; here only whether a project is there at all.
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(projectDir, 'pyproject.toml')) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(projectDir, 'setup.py')))
        throw new errors/* ConfigError */.xL(`${projectDir} is not a Python project: it has neither pyproject.toml nor setup.py`, {
            hint: "point input 'path' at the folder holding pyproject.toml",
            options: [{ name: 'path' }],
        });
    return projectDir;
}

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
        super('inspect', `inspection failed: ${first ? formatFinding(first, 3) : 'no findings'}${more}`, {
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
    const projectDir = checkBuildRequest(options);
    const pyproject = await (0,src_pyproject/* readPyproject */.x7)(projectDir);
    const outputDir = (0,external_node_path_.isAbsolute)(options.outputDir ?? '') ? options.outputDir : (0,external_node_path_.join)(projectDir, options.outputDir || 'dist');
    const projectName = pyproject ? (0,src_pyproject/* table */.tp)(pyproject.data, 'project', pyproject.path)?.name : undefined;
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
    const stack = background(__webpack_require__.e(/* import() */ 141).then(__webpack_require__.bind(__webpack_require__, 6141)));
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
        const command = (0,src_python/* findPythonCommand */.bn)(options.python || undefined, cwd, baseEnv);
        logger.info(`Building the ${what} of ${projectDir} with ${command ?? 'python'}, ` +
            `${options.isolation === false ? 'without isolation' : `isolated${options.indexUrl ? `, build requirements from ${(0,redact/* redactUrl */.B)(options.indexUrl)}` : ''}`}` +
            `${sourceDateEpoch ? `, SOURCE_DATE_EPOCH=${sourceDateEpoch}` : ''}${options.version ? `, version ${options.version}` : ''}`);
        // The build starts first: every process started costs the main thread a few ms (fork).
        const probe = background((0,src_python/* resolvePython */.Lx)(options.python || undefined, cwd));
        // The launcher form (`py -3.11`) names no program to build with: the interpreter it selects, by path.
        const launched = options.python && (0,src_python/* launcherSpec */.S3)(options.python) ? probe.then((python) => python.command) : undefined;
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
            logger.warning(formatFinding(finding));
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
            const origin = (0,version_source/* versionOrigin */.Fk)(projectDir);
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
            await (0,src_manifest/* writeManifest */.HN)(manifestPath, manifest);
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


/***/ }),

/***/ 557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ indexOutputs),
/* harmony export */   J$: () => (/* binding */ releaseTarget),
/* harmony export */   KP: () => (/* binding */ promotionHeldBack),
/* harmony export */   MQ: () => (/* binding */ releaseTrigger),
/* harmony export */   SR: () => (/* binding */ tagReleaseOutputs),
/* harmony export */   bo: () => (/* binding */ triggerOfRef),
/* harmony export */   fF: () => (/* binding */ resolveIndexes)
/* harmony export */ });
/* unused harmony exports RELEASE_CHANNELS, isTagRelease, DEFAULT_INDEX_NAMES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2662);
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
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(store) ? store : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(store), name);
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
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`no ${channel} index: set input 'store' or input '${channel}-url'`, {
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


/***/ }),

/***/ 6091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A9: () => (/* binding */ reportTestRun),
  iZ: () => (/* binding */ testRelease)
});

// UNUSED EXPORTS: assertTestsPassed

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __webpack_require__(2640);
// EXTERNAL MODULE: ./packages/core/src/distribution/core-metadata.ts
var core_metadata = __webpack_require__(2860);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
// EXTERNAL MODULE: ./packages/core/src/manifest/index.ts
var src_manifest = __webpack_require__(8932);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts
var pep440 = __webpack_require__(5282);
// EXTERNAL MODULE: ./packages/core/src/process/index.ts + 1 modules
var src_process = __webpack_require__(6894);
// EXTERNAL MODULE: ./packages/core/src/python/index.ts
var src_python = __webpack_require__(8215);
// EXTERNAL MODULE: ./packages/core/src/store/open-store.ts + 6 modules
var open_store = __webpack_require__(2470);
// EXTERNAL MODULE: ./packages/core/src/http/redact.ts
var redact = __webpack_require__(2020);
;// CONCATENATED MODULE: ./packages/core/src/venv/isolated-env.ts

/**
 * The environment every pip/uv/python child of a clean-env run gets: nothing from the machine's or the
 * user's package-tool configuration. pip reads PIP_* variables and, unless PIP_CONFIG_FILE is os.devnull,
 * the global, user and site pip.conf files (pip's configuration.py skips *all* files when PIP_CONFIG_FILE
 * is os.devnull); uv reads UV_* and uv.toml unless UV_NO_CONFIG is set. Callers also pass `--isolated`
 * to pip, which makes it ignore environment variables and the user configuration a second time.
 */
const DROPPED = /^(PIP_|UV_|VIRTUAL_ENV$|CONDA_PREFIX$|PYTHONHOME$|PYTHONSTARTUP$|PYTHONUSERBASE$|PYTHONEXECUTABLE$|__PYVENV_LAUNCHER__$)/;
function isolatedPythonEnv(base = process.env, options = {}) {
    const env = {};
    for (const [key, value] of Object.entries(base)) {
        if (value === undefined || DROPPED.test(key))
            continue;
        if (key === 'PYTHONPATH' && !options.keepPythonPath)
            continue;
        env[key] = value;
    }
    return {
        ...env,
        PIP_CONFIG_FILE: external_node_os_.devNull,
        PIP_DISABLE_PIP_VERSION_CHECK: '1',
        PIP_NO_INPUT: '1',
        PIP_NO_PYTHON_VERSION_WARNING: '1',
        UV_NO_CONFIG: '1',
        // The user site (~/.local) is outside the environment we promise; a venv already skips it, this
        // also covers the base interpreter that runs pip for the venv.
        PYTHONNOUSERSITE: '1',
    };
}

// EXTERNAL MODULE: ./packages/core/src/venv/virtualenv.ts
var virtualenv = __webpack_require__(4840);
;// CONCATENATED MODULE: ./packages/core/src/venv/import-guard.ts
/**
 * Where does the package under test import from? A small Python module, written into the test venv's
 * site-packages, answers that twice: once before the run (`python -c`, with the working directory and
 * sys.path the test run will have), and once as a pytest plugin after collection, when every conftest.py
 * and test module has run its module-level code — the moment a `sys.path.insert(0, <checkout>)` has
 * happened. Both write the same JSON report; the plugin stops the session when the package (or its
 * metadata) comes from outside the venv's site-packages.
 */



const GUARD_MODULE = '_wheelwright_clean_env_guard';
const GUARD_CONFIG_VARIABLE = 'WHEELWRIGHT_CLEAN_ENV_GUARD';
/** pytest's exit status when the plugin stops the session (pytest.exit with an explicit code). */
const GUARD_EXIT_CODE = 14;
const GUARD_SOURCE = `"""Wheelwright clean-env guard: does the package under test import from this environment?"""
import importlib
import json
import os
import sys
import sysconfig

_CONFIG = json.loads(os.environ.get("${GUARD_CONFIG_VARIABLE}") or "{}")


def _real(path):
    return os.path.normcase(os.path.realpath(path or os.getcwd()))


# sys.path as the interpreter (or pytest's -p plugin loading) set it up, before any conftest ran.
_START_PATH = [_real(entry) for entry in sys.path]


def _inside(path, root):
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _site_dirs():
    paths = sysconfig.get_paths()
    return sorted({_real(paths["purelib"]), _real(paths["platlib"])})


def _entry_for(location):
    best = None
    for entry in sys.path:
        real = _real(entry)
        if _inside(location, real) and (best is None or len(real) > len(best)):
            best = real
    return best


def _top_level(dist):
    names = set()
    for file in dist.files or []:
        parts = file.parts
        if not parts:
            continue
        first = parts[0]
        if first in ("..", "__pycache__") or first.endswith((".dist-info", ".data", ".egg-info", ".pth")):
            continue
        if len(parts) == 1:
            if first.endswith(".py"):
                names.add(first[:-3])
            elif first.endswith((".so", ".pyd")):
                names.add(first.split(".")[0])
        else:
            names.add(first)
    if not names:
        try:
            names = set((dist.read_text("top_level.txt") or "").split())
        except Exception:
            pass
    return sorted(name for name in names if name.isidentifier() and name != "${GUARD_MODULE}")


def inspect():
    import importlib.metadata as metadata

    site = _site_dirs()
    report = {
        "python": "%d.%d.%d" % sys.version_info[:3],
        "sitePackages": site,
        "pythonPath": [_real(p) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p],
        "cwd": _real(os.getcwd()),
        "modules": [],
        "problems": [],
    }
    try:
        dist = metadata.distribution(_CONFIG["distribution"])
    except metadata.PackageNotFoundError:
        report["problems"].append({"kind": "not-installed"})
        return report
    report["version"] = dist.version
    where = getattr(dist, "_path", None)
    if where is not None:
        report["metadataPath"] = _real(str(where))
        if not any(_inside(report["metadataPath"], root) for root in site):
            entry = _entry_for(report["metadataPath"])
            report["problems"].append(
                {"kind": "metadata", "location": report["metadataPath"], "entry": entry, "added": entry is not None and entry not in _START_PATH}
            )
    try:
        report["directUrl"] = json.loads(dist.read_text("direct_url.json") or "null")
    except Exception:
        report["directUrl"] = None
    for top in _top_level(dist):
        try:
            module = sys.modules.get(top) or importlib.import_module(top)
        except BaseException as error:  # the package's own import-time failure, reported as such
            report["problems"].append({"kind": "import", "module": top, "error": "%s: %s" % (type(error).__name__, error)})
            continue
        file = getattr(module, "__file__", None)
        locations = [_real(file)] if file else [_real(p) for p in getattr(module, "__path__", [])]
        report["modules"].append({"name": top, "locations": locations})
        for location in locations:
            if not any(_inside(location, root) for root in site):
                entry = _entry_for(location)
                report["problems"].append(
                    {"kind": "location", "module": top, "location": location, "entry": entry, "added": entry is not None and entry not in _START_PATH}
                )
    return report


def write_report(path, stage):
    report = inspect()
    report["stage"] = stage
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(report, handle)
    return report


def pytest_collection_finish(session):
    path = _CONFIG.get("report")
    if not path:
        return
    report = write_report(path, "collection")
    if any(problem["kind"] in ("location", "metadata") for problem in report["problems"]):
        import pytest

        pytest.exit("wheelwright: the package under test is not imported from the test environment", returncode=${GUARD_EXIT_CODE})
`;
/** Writes the guard module into the venv's site-packages; returns its folder. */
async function installImportGuard(venv) {
    const { stdout } = await (0,src_process/* run */.e)(venv.python, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], {
        env: venv.env,
        timeoutMs: 60_000,
        label: 'python sysconfig',
    });
    const purelib = stdout.trim();
    await (0,promises_.writeFile)((0,external_node_path_.join)(purelib, `${GUARD_MODULE}.py`), GUARD_SOURCE, 'utf8');
    return purelib;
}
/** The environment variable that configures the guard (module report path, distribution name). */
function guardEnvironment(distribution, reportPath) {
    return { [GUARD_CONFIG_VARIABLE]: JSON.stringify({ distribution, report: reportPath }) };
}
/**
 * Runs the guard once before the tests, as `python -c` in `cwd` (so sys.path[0] is the working
 * directory, as under `python -m pytest`) or, with `safePath`, as a script whose sys.path[0] is its own
 * folder; with the test run's environment.
 */
async function inspectInstalledPackage(venv, distribution, options) {
    const code = `import ${GUARD_MODULE} as guard; guard.write_report(${JSON.stringify(options.reportPath)}, "before")`;
    let args = ['-c', code];
    if (options.safePath) {
        // As a script in a folder of its own, sys.path[0] is that folder, not the working directory: the
        // way pytest starts in the checkout (python -P, or the console script before 3.11).
        const folder = (0,external_node_path_.join)((0,external_node_path_.dirname)(options.reportPath), 'import-check');
        await (0,promises_.mkdir)(folder, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(folder, 'check.py'), `${code}\n`, 'utf8');
        args = [(0,external_node_path_.join)(folder, 'check.py')];
    }
    await (0,src_process/* run */.e)(venv.python, args, {
        cwd: options.cwd,
        env: { ...options.env, ...guardEnvironment(distribution, options.reportPath) },
        timeoutMs: 300_000,
        label: 'python import check',
    });
    return readGuardReport(options.reportPath);
}
async function readGuardReport(path) {
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/.pnpm/fast-xml-parser@5.12.1/node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 28 modules
var XMLParser = __webpack_require__(8768);
;// CONCATENATED MODULE: ./packages/core/src/clean-env/junit.ts
/**
 * pytest's JUnit XML, read for counts and for annotations. We ask pytest for the xunit1 family
 * (`-o junit_family=xunit1`), the one that keeps the `file` and `line` attributes of each testcase
 * (xunit2, pytest's default since 6.0, drops them); `line` is 0-based there (pytest's node location).
 */



function asArray(value) {
    if (value === undefined || value === null)
        return [];
    return (Array.isArray(value) ? value : [value]);
}
function junit_text(node) {
    if (typeof node === 'string')
        return node;
    if (node && typeof node === 'object')
        return String(node['#text'] ?? '');
    return '';
}
function attribute(node, name) {
    if (!node || typeof node !== 'object')
        return undefined;
    const value = node[`@_${name}`];
    return value === undefined ? undefined : String(value);
}
function caseId(testcase, file) {
    const name = attribute(testcase, 'name') ?? '';
    const classname = attribute(testcase, 'classname') ?? '';
    if (classname === '')
        return file ?? name; // a collection error names the module
    if (file) {
        // classname is the dotted module path plus classes; keep the classes after the module's part.
        const modulePath = file.replace(/\.py$/, '').replace(/\//g, '.');
        const classes = classname.startsWith(modulePath) ? classname.slice(modulePath.length).replace(/^\./, '') : '';
        return [file, ...(classes ? classes.split('.') : []), name].join('::');
    }
    return `${classname}::${name}`;
}
function parseJunitXml(xml) {
    const parser = new XMLParser/* default */.A({
        ignoreAttributes: false,
        attributeNamePrefix: '@_',
        parseAttributeValue: false,
        parseTagValue: false,
        trimValues: false,
        // pytest writes newlines in attributes as &#10;; numeric character references need this switch.
        htmlEntities: true,
        isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
    });
    const root = parser.parse(xml);
    const suites = root.testsuites ? asArray(root.testsuites.testsuite) : asArray(root.testsuite);
    const cases = [];
    for (const suite of suites) {
        for (const testcase of asArray(suite.testcase)) {
            const failures = asArray(testcase.failure);
            const errors = asArray(testcase.error);
            const skips = asArray(testcase.skipped);
            // A test that failed and then errored in teardown counts once, as failed (pytest counts both).
            const [outcome, element] = failures.length > 0
                ? ['failed', failures[0]]
                : errors.length > 0
                    ? ['error', errors[0]]
                    : skips.length > 0
                        ? ['skipped', skips[0]]
                        : ['passed', undefined];
            const file = attribute(testcase, 'file')?.replace(/\\/g, '/');
            const line = attribute(testcase, 'line');
            cases.push({
                id: caseId(testcase, file),
                outcome,
                file,
                line: line !== undefined && /^\d+$/.test(line) ? Number(line) + 1 : undefined,
                message: attribute(element, 'message') ?? '',
                details: junit_text(element),
            });
        }
    }
    const count = (outcome) => cases.filter((c) => c.outcome === outcome).length;
    return {
        counts: { passed: count('passed'), failed: count('failed'), errors: count('error'), skipped: count('skipped'), total: cases.length },
        cases,
    };
}
async function readJunitXml(path) {
    let xml;
    try {
        xml = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* WheelwrightError */.LJ('tests', `pytest wrote no JUnit XML report at ${path}`, {
            hint: 'pytest stopped before writing its report; its output is in the log above',
            cause: error,
        });
    }
    return parseJunitXml(xml);
}
/**
 * The line a failure points at in its test file: the innermost traceback entry in that file
 * (`tests/test_x.py:12: AssertionError`), else the test function's own line.
 */
function failureLine(testcase) {
    if (testcase.file) {
        // pytest writes the OS's separator in tracebacks (Windows: `tests\\test_x.py:12:`).
        const escaped = testcase.file
            .split(/[\\/]/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('[\\\\/]');
        const pattern = new RegExp(`(?:^|[\\s/\\\\'"])${escaped}:(\\d+)(?::|$)`, 'gm');
        let last;
        for (const match of testcase.details.matchAll(pattern))
            last = Number(match[1]);
        if (last !== undefined)
            return last;
    }
    return testcase.line;
}
function formatCounts(counts) {
    return `${counts.passed} passed, ${counts.failed} failed, ${counts.errors} errors, ${counts.skipped} skipped`;
}

;// CONCATENATED MODULE: ./packages/core/src/clean-env/leak.ts
/**
 * Turns the import guard's report into the one line a user needs: which module would come from where,
 * and the cause (PYTHONPATH, a sys.path change made by a conftest.py or test module, the package inside
 * the tests folder), or the package's own import failure, or a version that is not the pin.
 */




function pathIn(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel)) ? rel.split(external_node_path_.sep).join('/') : undefined;
}
/** One line explaining why the package under test would not come from the test environment. */
function guardFailure(report, context) {
    const { name, version } = context;
    const where = (path) => {
        const inCheckout = pathIn(path, context.workspace);
        if (inCheckout !== undefined)
            return `the checkout (${inCheckout || '.'})`;
        const inCopy = pathIn(path, context.copied.root);
        if (inCopy !== undefined)
            return `the copied tests folder (${inCopy})`;
        return path;
    };
    for (const problem of report.problems) {
        if (problem.kind === 'not-installed') {
            return new errors/* WheelwrightError */.LJ('python', `'${name}' is not installed in the test environment after the install step`, {
                hint: 'the file installed under another name; check the wheel metadata Name field',
            });
        }
        if (problem.kind !== 'location' && problem.kind !== 'metadata')
            continue;
        const location = problem.location ?? '';
        const entry = problem.entry ?? '';
        let cause;
        const holder = context.copied.testsPaths.find((path) => pathIn(location, (0,external_node_path_.resolve)(context.copied.root, path)) !== undefined);
        if (holder !== undefined) {
            cause = `the tests folder '${holder}' contains the package itself`;
        }
        else if (entry && report.pythonPath.includes(entry)) {
            cause = `PYTHONPATH names ${where(entry)}`;
        }
        else if (problem.added) {
            cause = `a conftest.py or test module put ${where(entry)} on sys.path`;
        }
        else {
            cause = entry ? `sys.path holds ${where(entry)}` : 'it is not on sys.path at all';
        }
        const what = problem.kind === 'metadata' ? `the metadata of '${name}'` : `'${problem.module}'`;
        return new errors/* WheelwrightError */.LJ('tests', `checkout-import leak: ${what} would be imported from ${where(location)}, not from the installed ${name} ${version}, because ${cause} (found ${report.stage === 'before' ? 'before running pytest' : 'after pytest collected the tests'})`, {
            hint: 'tests must import the installed package: remove the sys.path change or PYTHONPATH entry, and keep the package out of the tests folder',
        });
    }
    if (report.stage === 'before') {
        const broken = report.problems.find((problem) => problem.kind === 'import');
        if (broken) {
            return new errors/* WheelwrightError */.LJ('tests', `'${name}' ${version} does not import in the clean environment: '${broken.module}' raises ${broken.error}`, {
                hint: 'a module the package imports is missing from its dependencies (Requires-Dist) or the files of its wheel',
            });
        }
    }
    if (report.version !== undefined && (!(0,pep440/* isValidVersion */.ri)(report.version) || (0,pep440/* compareVersions */.Zy)(report.version, version) !== 0)) {
        return new errors/* WheelwrightError */.LJ('tests', `the test environment has '${name}' ${report.version}, not the pinned ${version}`, {
            hint: 'the wheel’s metadata version differs from its filename; rebuild it',
        });
    }
    const url = report.directUrl?.url;
    if (url?.startsWith('file:')) {
        let installedFrom;
        try {
            installedFrom = (0,external_node_url_.fileURLToPath)(url);
        }
        catch {
            installedFrom = undefined;
        }
        if (installedFrom !== undefined && (0,external_node_path_.resolve)(installedFrom) !== (0,external_node_path_.resolve)(context.archive)) {
            return new errors/* WheelwrightError */.LJ('tests', `'${name}' was installed from ${installedFrom}, not from the store's file`, {
                hint: 'this is a bug in Wheelwright: the install must use the downloaded file',
            });
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/core/src/distribution/version-bridge.ts
var version_bridge = __webpack_require__(4101);
// EXTERNAL MODULE: ./packages/core/src/store/inside.ts
var inside = __webpack_require__(1820);
// EXTERNAL MODULE: ./packages/core/src/errors/suggest.ts
var suggest = __webpack_require__(3056);
;// CONCATENATED MODULE: ./packages/core/src/clean-env/close-names.ts


/**
 * Project names close to a misspelled one, best first: PEP 503-normalized, within an edit distance of a
 * third of the name (at least 2), or one containing the other.
 */
function closeNames(wanted, names, limit = 3) {
    const target = (0,project_name/* normalizeProjectName */.yz)(wanted);
    const scored = [];
    for (const name of names) {
        const candidate = (0,project_name/* normalizeProjectName */.yz)(name);
        const distance = (0,suggest/* editDistance */.Y)(target, candidate);
        const contains = candidate.includes(target) || target.includes(candidate);
        if (distance <= Math.max(2, Math.floor(target.length / 3)) || contains)
            scored.push({ name, score: contains ? Math.min(distance, 1.5) : distance });
    }
    return scored
        .sort((x, y) => x.score - y.score || x.name.localeCompare(y.name))
        .slice(0, limit)
        .map((entry) => entry.name);
}

;// CONCATENATED MODULE: ./packages/core/src/clean-env/release-file.ts
/**
 * Finds the pinned release's file in the store and fetches it, hash-checked. The package under test is
 * installed from this local copy and nowhere else: pip gets a file path, not a name an index could
 * answer (a path requirement is never replaced by an index candidate), so no configured index, mirror
 * or find-links folder can substitute another build of the same version.
 */






/** Wheel tags (PEP 425) of a filename, expanded: `py2.py3-none-any` → py2-none-any, py3-none-any. */
function wheelTags(filename) {
    const parts = filename.replace(/\.whl$/, '').split('-');
    if (parts.length < 5)
        return [];
    const [python = '', abi = '', platform = ''] = parts.slice(-3);
    const tags = [];
    for (const p of python.split('.'))
        for (const a of abi.split('.'))
            for (const f of platform.split('.'))
                tags.push(`${p}-${a}-${f}`);
    return tags;
}
function isPureWheel(filename) {
    return wheelTags(filename).some((tag) => /^py\d*-none-any$/.test(tag));
}
/** The interpreter's supported tags, best first, from the packaging copy pip vendors; [] when unavailable. */
async function supportedTags(python, env) {
    try {
        const { stdout } = await (0,src_process/* run */.e)(python.command, ['-c', 'from pip._vendor.packaging.tags import sys_tags\nfor t in sys_tags(): print(t)'], {
            env,
            timeoutMs: 60_000,
            label: 'python sys_tags',
        });
        return stdout.split(/\r?\n/).filter((line) => line !== '');
    }
    catch {
        return [];
    }
}
function listVersions(files) {
    const versions = [...new Set(files.filter((f) => !f.yanked).map((f) => f.version))];
    const valid = versions.filter(pep440/* isValidVersion */.ri).sort(pep440/* compareVersions */.Zy).reverse();
    const shown = valid.length > 0 ? valid : versions;
    return shown.length > 12 ? `${shown.slice(0, 12).join(', ')} … (${shown.length} in all)` : shown.join(', ');
}
/**
 * The file to test: a pure wheel, else the platform wheel this interpreter supports best, else the sdist.
 * Errors name what the store does have: its versions of the project, or projects with close names.
 */
async function findReleaseFile(store, name, version, python, env) {
    const where = (0,redact/* redactUrl */.B)(store.indexUrl);
    const files = await store.listFiles(name);
    if (files.length === 0) {
        const projects = await store.listProjects();
        const close = closeNames(name, projects);
        throw new errors/* InputError */.dz(`package '${name}' is not in the store ${where}${close.length > 0 ? `; did you mean ${close.map((c) => `'${c}'`).join(' or ')}?` : projects.length === 0 ? ' (the store is empty)' : ''}`, { hint: "check input 'package' (or the manifest) against what publish uploaded" });
    }
    const release = files.filter((file) => !file.yanked && (0,version_bridge/* sameVersion */.r1)(file.version, version));
    if (release.length === 0) {
        throw new errors/* InputError */.dz(`version ${version} of '${name}' is not in the store ${where}; it has ${listVersions(files) || 'no installable files'}`, {
            hint: "input 'version' must be the exact version publish uploaded (the manifest carries it)",
        });
    }
    const wheels = release.filter((file) => file.filename.endsWith('.whl'));
    const pure = wheels.find((file) => isPureWheel(file.filename));
    if (pure)
        return pure;
    if (wheels.length > 0) {
        const supported = await supportedTags(python, env);
        let best;
        for (const file of wheels) {
            const rank = Math.min(...wheelTags(file.filename)
                .map((tag) => supported.indexOf(tag))
                .filter((i) => i >= 0));
            if (Number.isFinite(rank) && (best === undefined || rank < best.rank))
                best = { file, rank };
        }
        if (best)
            return best.file;
    }
    const sdist = release.find((file) => !file.filename.endsWith('.whl'));
    if (sdist)
        return sdist;
    throw new errors/* InputError */.dz(`no file of '${name}' ${version} in ${where} installs on Python ${python.version} (${release.map((f) => f.filename).join(', ')})`, { hint: 'test on an interpreter and platform the wheels were built for, or publish an sdist too' });
}
/**
 * Downloads the release file into `folder` and returns its path. The name comes from the index, so it is
 * joined only when it stays inside `folder`; the bytes must be the manifest's (checked before the
 * download when the index lists a sha256, and on the bytes themselves when it lists only md5 or nothing).
 */
async function downloadReleaseFile(store, file, folder, expectedSha256) {
    const expected = expectedSha256?.toLowerCase();
    const mismatch = (there) => new errors/* StoreError */.AD(`'${file.filename}' in ${(0,redact/* redactUrl */.B)(store.indexUrl)} is not the file the manifest records (sha256 ${there} there, ${expected} in the manifest)`, { code: 'conflict', hint: 'the store holds a different build of this version; publish again from the same build' });
    if (expected !== undefined && file.sha256 && expected !== file.sha256.toLowerCase())
        throw mismatch(file.sha256);
    const destination = (0,inside/* resolveInside */.L)(folder, file.filename);
    const sha256 = await store.download(file, destination);
    if (expected !== undefined && sha256 !== expected) {
        await (0,promises_.rm)(destination, { force: true });
        throw mismatch(sha256);
    }
    return destination;
}
function sameProject(a, b) {
    return (0,project_name/* normalizeProjectName */.yz)(a) === (0,project_name/* normalizeProjectName */.yz)(b);
}

// EXTERNAL MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(1041);
// EXTERNAL MODULE: ./packages/core/src/distribution/pep508.ts
var pep508 = __webpack_require__(643);
// EXTERNAL MODULE: ./packages/core/src/pyproject/index.ts
var src_pyproject = __webpack_require__(8015);
;// CONCATENATED MODULE: ./packages/core/src/clean-env/test-dependencies.ts
/**
 * Where a project keeps its test dependencies, found the way a contributor would look: PEP 735
 * dependency groups, the release's own test extras, a test requirements file, tox's `deps`. One source
 * is chosen (auto-detected in a fixed order, or named by the user); its requirement strings are validated
 * with our PEP 508 parser before pip sees them, and requirements files must lie inside the checkout.
 *
 * Auto-detection order (the first that exists wins):
 *   1. `[dependency-groups]` group `test`, `tests` or `testing` (pyproject.toml, PEP 735)
 *   2. an extra of the release named `test`, `tests` or `testing` (its Provides-Extra)
 *   3. `requirements-test.txt`, `requirements-tests.txt`, `requirements-testing.txt`, `test-requirements.txt`,
 *      `tests-requirements.txt`, then `requirements/test*.txt` (first by name)
 *   4. tox's `deps` (and `extras`) of the base test environment: tox.toml, `[tool.tox]` in pyproject.toml,
 *      tox.ini `[testenv]`
 *   5. `[dependency-groups]` group `dev` (often linters too, so only when nothing more specific exists)
 */








const GROUPS_FIRST = ['test', 'tests', 'testing'];
const EXTRAS = ['test', 'tests', 'testing'];
const REQUIREMENT_FILES = [
    'requirements-test.txt',
    'requirements-tests.txt',
    'requirements-testing.txt',
    'test-requirements.txt',
    'tests-requirements.txt',
];
const GROUP_LAST = 'dev';
/** Parses the input value: `auto`, `none`, `tox`, `group:<name>`, `extra:<name>`, `requirements:<path>`. */
function parseTestDependencyChoice(value, inputName = 'test-dependencies') {
    const text = value.trim();
    if (text === '' || text === 'auto')
        return { kind: 'auto' };
    if (text === 'none')
        return { kind: 'none' };
    if (text === 'tox')
        return { kind: 'tox' };
    const match = /^(group|extra|requirements):(.+)$/.exec(text);
    const rest = match?.[2]?.trim() ?? '';
    if (match && rest !== '') {
        if (match[1] === 'requirements')
            return { kind: 'requirements', path: rest };
        if (/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(rest))
            return { kind: match[1], name: rest };
        throw new errors/* InputError */.dz(`${inputName} '${text}': '${rest}' is not a valid ${match[1]} name`, {
            hint: 'names are letters, digits, and . _ - inside (PEP 735 / PEP 685)',
        });
    }
    throw new errors/* InputError */.dz(`${inputName} '${text}' is not one of auto, none, tox, group:<name>, extra:<name>, requirements:<path>`, {
        hint: 'e.g. group:test, extra:testing, requirements:requirements/test.txt',
    });
}
function validate(requirement, where) {
    const text = requirement.trim();
    const problem = (0,pep508/* checkRequirement */.Ee)(text);
    if (problem !== undefined) {
        throw new errors/* ConfigError */.xL(`${where}: '${text.slice(0, 200)}' is not a valid requirement (PEP 508): it ${problem}`, {
            hint: 'fix the requirement string; pip would refuse it too',
        });
    }
    return text;
}
/**
 * Resolves a PEP 735 group into requirement strings: `{include-group = "…"}` expanded depth first, names
 * compared normalized, duplicates kept once in order, a cycle refused (PEP 735 requires tools to).
 */
function resolveDependencyGroup(groups, name, source = 'pyproject.toml') {
    const byName = new Map();
    for (const [key, items] of Object.entries(groups)) {
        const normalized = (0,project_name/* normalizeProjectName */.yz)(key);
        const clash = byName.get(normalized);
        if (clash)
            throw new errors/* ConfigError */.xL(`${source}: [dependency-groups] names '${clash.name}' and '${key}' are the same group (PEP 735 normalizes names)`);
        byName.set(normalized, { name: key, items });
    }
    const out = [];
    const seen = new Set();
    const visit = (wanted, chain) => {
        const normalized = (0,project_name/* normalizeProjectName */.yz)(wanted);
        const group = byName.get(normalized);
        if (!group) {
            const from = chain.length > 0 ? ` (included from '${chain[chain.length - 1]}')` : '';
            throw new errors/* ConfigError */.xL(`${source}: [dependency-groups] has no group '${wanted}'${from}`, {
                hint: `it has ${[...byName.values()].map((g) => `'${g.name}'`).join(', ') || 'none'}`,
            });
        }
        if (chain.map(project_name/* normalizeProjectName */.yz).includes(normalized))
            throw new errors/* ConfigError */.xL(`${source}: [dependency-groups] include cycle: ${[...chain, group.name].join(' → ')}`, {
                hint: 'a group may not include itself, directly or through others (PEP 735)',
            });
        if (!Array.isArray(group.items))
            throw new errors/* ConfigError */.xL(`${source}: [dependency-groups] '${group.name}' must be an array`);
        for (const item of group.items) {
            if (typeof item === 'string') {
                const requirement = validate(item, `${source} [dependency-groups] '${group.name}'`);
                if (!seen.has(requirement)) {
                    seen.add(requirement);
                    out.push(requirement);
                }
            }
            else if (item && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).join() === 'include-group') {
                const included = item['include-group'];
                if (typeof included !== 'string')
                    throw new errors/* ConfigError */.xL(`${source}: [dependency-groups] '${group.name}': include-group must name a group`);
                visit(included, [...chain, group.name]);
            }
            else {
                throw new errors/* ConfigError */.xL(`${source}: [dependency-groups] '${group.name}' holds ${JSON.stringify(item).slice(0, 80)}, neither a requirement string nor {include-group = "…"}`);
            }
        }
    };
    visit(name, []);
    return out;
}
/** The path inside the checkout, or a one-line error: a requirements file never comes from outside it. */
function insideCheckout(workspace, path, what) {
    const absolute = (0,external_node_path_.resolve)(workspace, path);
    let real;
    let root;
    try {
        real = (0,external_node_fs_.realpathSync)(absolute);
        root = (0,external_node_fs_.realpathSync)(workspace);
    }
    catch {
        throw new errors/* InputError */.dz(`${what} '${path}' does not exist in ${workspace}`, {
            hint: 'give a requirements file relative to the checkout',
        });
    }
    const rel = (0,external_node_path_.relative)(root, real);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        throw new errors/* InputError */.dz(`${what} '${path}' is outside the checkout ${workspace}`, {
            hint: 'requirements files are read only from inside the repository',
        });
    return real;
}
// A requirements line that installs the checkout itself would replace the package under test.
const SELF_INSTALL = /^(?:-e|--editable)\b|^\.(?:[/\\].*)?(?:\[.*\])?$|^file:/;
/** Refuses a requirements file that would install the checkout itself (`-e .`, `.`), checked before pip runs. */
async function checkRequirementsFile(path, shown) {
    if ((await (0,promises_.stat)(path)).size > 1_000_000)
        throw new errors/* ConfigError */.xL(`${shown} is larger than 1 MB`);
    const text = await (0,promises_.readFile)(path, 'utf8');
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (SELF_INSTALL.test(line))
            throw new errors/* ConfigError */.xL(`${shown}: '${line.slice(0, 120)}' would install the checkout itself over the package under test`, {
                hint: 'the clean environment tests the release from the store; keep only test dependencies in this file',
            });
    }
}
async function exists(path) {
    return (await (0,promises_.stat)(path).catch(() => undefined))?.isFile() ?? false;
}
async function findRequirementsFile(workspace) {
    for (const name of REQUIREMENT_FILES)
        if (await exists((0,external_node_path_.join)(workspace, name)))
            return name;
    const inFolder = (await (0,promises_.readdir)((0,external_node_path_.join)(workspace, 'requirements')).catch(() => []))
        .filter((name) => /^test.*\.txt$/i.test(name))
        .sort();
    return inFolder[0] ? `requirements/${inFolder[0]}` : undefined;
}
/** An ini section (tox, pytest): each value with its continuation lines as a list, comment lines dropped. */
function iniSection(text, section) {
    const values = new Map();
    let inside = false;
    let key;
    for (const raw of text.split(/\r?\n/)) {
        const header = /^\[([^\]]+)\]\s*$/.exec(raw);
        if (header) {
            inside = header[1]?.trim() === section;
            key = undefined;
            continue;
        }
        if (!inside || /^\s*[#;]/.test(raw))
            continue;
        const entry = /^([A-Za-z_][\w-]*)\s*[=:]\s*(.*)$/.exec(raw);
        if (entry?.[1] && !/^\s/.test(raw)) {
            key = entry[1];
            values.set(key, entry[2]?.trim() ? [entry[2].trim()] : []);
        }
        else if (key && /^\s+\S/.test(raw)) {
            values.get(key)?.push(raw.trim());
        }
    }
    return values;
}
function stringList(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
async function readToxDeps(workspace, pyproject) {
    // tox 4's own order: tox.ini, setup.cfg, pyproject.toml ([tool.tox]), tox.toml; we read the formats it documents as simple.
    const ini = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, 'tox.ini'), 'utf8').catch(() => undefined);
    if (ini !== undefined) {
        const testenv = iniSection(ini, 'testenv');
        return {
            file: 'tox.ini',
            deps: testenv.get('deps') ?? [],
            extras: (testenv.get('extras') ?? []).flatMap((line) => line.split(',')),
        };
    }
    const tool = pyproject?.tool?.tox;
    if (tool && typeof tool.legacy_tox_ini === 'string') {
        const testenv = iniSection(tool.legacy_tox_ini, 'testenv');
        return {
            file: 'pyproject.toml [tool.tox] legacy_tox_ini',
            deps: testenv.get('deps') ?? [],
            extras: (testenv.get('extras') ?? []).flatMap((line) => line.split(',')),
        };
    }
    let native = tool;
    let file = 'pyproject.toml [tool.tox]';
    const toxToml = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, 'tox.toml'), 'utf8').catch(() => undefined);
    if (!native && toxToml !== undefined) {
        try {
            native = (0,dist/* parse */.qg)(toxToml);
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`tox.toml is not valid TOML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
        file = 'tox.toml';
    }
    const base = native?.env_run_base;
    if (!base)
        return undefined;
    // tox.toml deps items may be tables (substitutions); only plain strings are taken.
    const rawDeps = Array.isArray(base.deps) ? base.deps : [];
    return {
        file,
        deps: rawDeps.map((item) => (typeof item === 'string' ? item : `{${JSON.stringify(item)}}`)),
        extras: stringList(base.extras),
    };
}
async function fromTox(workspace, tox) {
    const requirements = [];
    const requirementFiles = [];
    const skipped = [];
    const where = tox.file;
    for (const raw of tox.deps) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            continue;
        // Factor conditions (`py311: x`) and substitutions (`{[base]deps}`) need tox's own engine.
        if (/^[\w!,.-]+:\s/.test(line) || line.includes('{')) {
            skipped.push(line);
            continue;
        }
        const file = /^(?:-r|--requirement)\s*=?\s*(.+)$/.exec(line)?.[1];
        if (file) {
            requirementFiles.push(await requirementsFileInCheckout(workspace, file, `${where} deps requirement file`));
            continue;
        }
        if (/^-c|^--constraint/.test(line) || SELF_INSTALL.test(line)) {
            skipped.push(line);
            continue;
        }
        requirements.push(validate(line, `${where} deps`));
    }
    return {
        source: `tox deps (${where})`,
        kind: 'tox',
        requirements,
        requirementFiles,
        extras: tox.extras.map((extra) => (0,project_name/* normalizeProjectName */.yz)(extra.trim())).filter(Boolean),
        skipped,
    };
}
/** A requirements file inside the checkout that does not install the checkout itself; its real path. */
async function requirementsFileInCheckout(workspace, path, what) {
    const absolute = insideCheckout(workspace, path, what);
    await checkRequirementsFile(absolute, path);
    return absolute;
}
const NONE = (source) => ({
    source,
    kind: 'none',
    requirements: [],
    requirementFiles: [],
    extras: [],
    skipped: [],
});
/** The test dependencies the choice names, or the first source found (the order in this module's comment). */
async function findTestDependencies(options) {
    const { workspace, choice } = options;
    if (choice.kind === 'none')
        return NONE("none ('test-dependencies: none')");
    const pyprojectText = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, 'pyproject.toml'), 'utf8').catch(() => undefined);
    const pyproject = pyprojectText === undefined ? undefined : (0,src_pyproject/* parsePyproject */.OU)(pyprojectText, (0,external_node_path_.join)(workspace, 'pyproject.toml')).data;
    const groupsValue = pyproject?.['dependency-groups'];
    if (groupsValue !== undefined && (typeof groupsValue !== 'object' || groupsValue === null || Array.isArray(groupsValue)))
        throw new errors/* ConfigError */.xL('pyproject.toml: [dependency-groups] must be a table');
    const groups = groupsValue;
    const groupNames = new Map(Object.keys(groups ?? {}).map((name) => [(0,project_name/* normalizeProjectName */.yz)(name), name]));
    const group = (name) => {
        const requirements = resolveDependencyGroup(groups ?? {}, name);
        return {
            source: `dependency group '${name}' (pyproject.toml)`,
            kind: 'group',
            requirements,
            requirementFiles: [],
            extras: [],
            group: { pyproject: (0,external_node_path_.join)(workspace, 'pyproject.toml'), name: groupNames.get((0,project_name/* normalizeProjectName */.yz)(name)) ?? name },
            skipped: [],
        };
    };
    const extra = (name) => ({
        source: `extra '${name}' of the release`,
        kind: 'extra',
        requirements: [],
        requirementFiles: [],
        extras: [(0,project_name/* normalizeProjectName */.yz)(name)],
        skipped: [],
    });
    const requirementsFile = async (path) => {
        const absolute = await requirementsFileInCheckout(workspace, path, 'test requirements file');
        return {
            source: `requirements file '${(0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(workspace), absolute).split(external_node_path_.sep).join('/')}'`,
            kind: 'requirements',
            requirements: [],
            requirementFiles: [absolute],
            extras: [],
            skipped: [],
        };
    };
    switch (choice.kind) {
        case 'group':
            if (!groups)
                throw new errors/* ConfigError */.xL(`'test-dependencies: group:${choice.name}': pyproject.toml has no [dependency-groups] table`);
            return group(choice.name);
        case 'extra':
            if (!options.declaredExtras.includes((0,project_name/* normalizeProjectName */.yz)(choice.name)))
                throw new errors/* InputError */.dz(`'test-dependencies: extra:${choice.name}': the release does not declare that extra (it declares ${options.declaredExtras.join(', ') || 'none'})`);
            return extra(choice.name);
        case 'requirements':
            return requirementsFile(choice.path);
        case 'tox': {
            const tox = await readToxDeps(workspace, pyproject);
            if (!tox)
                throw new errors/* ConfigError */.xL("'test-dependencies: tox': the checkout has no tox.ini, tox.toml or [tool.tox] with a base test environment");
            return fromTox(workspace, tox);
        }
    }
    for (const name of GROUPS_FIRST)
        if (groupNames.has(name))
            return group(groupNames.get(name) ?? name);
    for (const name of EXTRAS)
        if (options.declaredExtras.includes(name))
            return extra(name);
    const file = await findRequirementsFile(workspace);
    if (file)
        return requirementsFile(file);
    const tox = await readToxDeps(workspace, pyproject);
    if (tox && (tox.deps.length > 0 || tox.extras.length > 0))
        return fromTox(workspace, tox);
    if (groupNames.has(GROUP_LAST))
        return group(groupNames.get(GROUP_LAST) ?? GROUP_LAST);
    return NONE('none found (no test group, test extra, test requirements file or tox deps)');
}

// EXTERNAL MODULE: ./node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(1191);
;// CONCATENATED MODULE: ./packages/core/src/clean-env/tests-copy.ts
/**
 * The tests leave the checkout before they run: the tests folder (conftest.py and data included), the
 * checkout's root conftest.py and its pytest configuration file are copied into a fresh folder, at the
 * same relative paths, and pytest runs there. Relative paths in reports map back to the repository
 * unchanged, and tests that open `tests/data/…` relative to the working directory still find them —
 * but no copy of the package is within reach.
 */



// Caches and environments never belong to a test suite (and `tests: .` would otherwise copy .git and venvs).
const SKIPPED = new Set(['__pycache__', '.pytest_cache', '.mypy_cache', '.ruff_cache', '.tox', '.nox', '.git', '.venv', 'node_modules']);
/**
 * pytest's own order of configuration files (pytest docs, "Configuration file formats"): pytest.toml,
 * .pytest.toml, pytest.ini, .pytest.ini, then pyproject.toml, tox.ini and setup.cfg only when they hold
 * a pytest section.
 */
const CONFIG_FILES = [
    ['pytest.toml', undefined],
    ['.pytest.toml', undefined],
    ['pytest.ini', undefined],
    ['.pytest.ini', undefined],
    ['pyproject.toml', /^\[tool\.pytest(\.ini_options)?\]/m],
    ['tox.ini', /^\[pytest\]/m],
    ['setup.cfg', /^\[tool:pytest\]/m],
];
async function findPytestConfig(checkout) {
    for (const [name, section] of CONFIG_FILES) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(checkout, name), 'utf8').catch(() => undefined);
        if (text !== undefined && (section === undefined || section.test(text)))
            return name;
    }
    return undefined;
}
async function copyTests(checkout, tests, destination) {
    const testsPaths = [];
    await (0,promises_.mkdir)(destination, { recursive: true });
    for (const test of tests) {
        const source = (0,external_node_path_.resolve)(checkout, test);
        if (!(await (0,promises_.stat)(source).catch(() => undefined))) {
            throw new errors/* InputError */.dz(`tests folder '${test}' does not exist in ${checkout}`, {
                hint: "set input 'tests' to the folder holding the test suite, relative to the checkout",
            });
        }
        const inside = (0,external_node_path_.relative)(checkout, source);
        const testsPath = inside === '' ? '.' : inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside) ? (0,external_node_path_.basename)(source) : inside;
        await (0,promises_.cp)(source, (0,external_node_path_.join)(destination, testsPath), {
            recursive: true,
            filter: (path) => !SKIPPED.has((0,external_node_path_.basename)(path)) && !path.endsWith('.pyc'),
        });
        testsPaths.push(testsPath.split(external_node_path_.sep).join('/'));
    }
    let configFile;
    if (!testsPaths.includes('.')) {
        configFile = await findPytestConfig(checkout);
        if (configFile)
            await (0,promises_.cp)((0,external_node_path_.join)(checkout, configFile), (0,external_node_path_.join)(destination, configFile));
        const rootConftest = (0,external_node_path_.join)(checkout, 'conftest.py');
        if (await (0,promises_.stat)(rootConftest).catch(() => undefined))
            await (0,promises_.cp)(rootConftest, (0,external_node_path_.join)(destination, 'conftest.py'));
    }
    // Without a configuration file pytest would look for one in the temporary folder's parents.
    if (configFile === undefined && !(await findPytestConfig(destination)))
        await (0,promises_.writeFile)((0,external_node_path_.join)(destination, 'pytest.ini'), '[pytest]\n');
    return { root: destination, testsPaths, configFile };
}

;// CONCATENATED MODULE: ./packages/core/src/clean-env/test-paths.ts
/**
 * Which tests run when the tests input is not given: pytest's own `testpaths` from the configuration file
 * pytest would read (all of them), else a `tests` or `test` folder. Every configured path is checked before it
 * becomes a pytest argument: relative, inside the project (also through links), and existing; pytest itself
 * expands glob patterns in testpaths and drops those matching nothing, and so do we.
 */







/** A configuration file larger than this is no pytest configuration we read. */
const MAX_CONFIG_BYTES = 1_000_000;
/** More entries than this is no test layout; it is a file made to slow us down. */
const MAX_PATHS = 200;
/** The testpaths of the configuration file pytest would use, as written, or undefined when it sets none. */
async function configuredTestPaths(checkout) {
    const file = await findPytestConfig(checkout);
    if (file === undefined)
        return undefined;
    const path = (0,external_node_path_.join)(checkout, file);
    if ((await (0,promises_.stat)(path)).size > MAX_CONFIG_BYTES)
        throw new errors/* ConfigError */.xL(`${file} is larger than 1 MB; pytest's configuration is not read from it`);
    const text = await (0,promises_.readFile)(path, 'utf8');
    if (file.endsWith('.toml')) {
        let data;
        try {
            data = (0,dist/* parse */.qg)(text);
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`${file} is not valid TOML: ${error instanceof dist/* TomlError */.zx ? error.message.split('\n')[0] : String(error)}`);
        }
        // pytest.toml holds [pytest]; pyproject.toml [tool.pytest] (pytest 9's native table) or [tool.pytest.ini_options].
        const tool = (data.tool ?? {});
        const pytestTable = (file === 'pyproject.toml' ? tool.pytest : data.pytest);
        const candidates = file === 'pyproject.toml'
            ? [
                ['[tool.pytest]', pytestTable?.testpaths],
                ['[tool.pytest.ini_options]', pytestTable?.ini_options?.testpaths],
            ]
            : [['[pytest]', pytestTable?.testpaths]];
        for (const [section, value] of candidates) {
            if (value === undefined)
                continue;
            // An ini_options value may be one string, split as pytest splits an "args" setting.
            const values = typeof value === 'string' ? splitArgs(value) : Array.isArray(value) ? value : undefined;
            if (!values?.every((item) => typeof item === 'string'))
                throw new errors/* ConfigError */.xL(`${file} ${section}: testpaths must be a list of strings`);
            return { file, section, values: values };
        }
        return undefined;
    }
    const section = file === 'setup.cfg' ? 'tool:pytest' : 'pytest';
    const lines = iniSection(text, section).get('testpaths');
    return lines === undefined ? undefined : { file, section: `[${section}]`, values: splitArgs(lines.join('\n')) };
}
/** Whitespace-separated words, quotes grouping (pytest splits "args" settings with shlex). */
function splitArgs(text) {
    return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}
/** The checkout-relative path, or undefined when it leaves the checkout (by `..`, an absolute path or a link). */
async function test_paths_insideCheckout(checkout, path) {
    const [root, real] = await Promise.all([(0,promises_.realpath)(checkout), (0,promises_.realpath)((0,external_node_path_.join)(checkout, path)).catch(() => undefined)]);
    if (real === undefined)
        return undefined;
    const rel = (0,external_node_path_.relative)(root, real);
    return rel === '' ? '.' : rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? undefined : rel.split(external_node_path_.sep).join('/');
}
/**
 * The paths pytest runs: the tests input when given (checked where it is used), else the configured
 * testpaths, else `tests` or `test`.
 */
async function resolveTestPaths(checkout, given) {
    if (given !== '')
        return { paths: [given], source: `input 'tests'` };
    const configured = await configuredTestPaths(checkout);
    if (configured && configured.values.length > 0) {
        const where = `${configured.file} ${configured.section}`;
        if (configured.values.length > MAX_PATHS)
            throw new errors/* ConfigError */.xL(`${where}: testpaths has ${configured.values.length} entries (at most ${MAX_PATHS})`);
        const paths = [];
        for (const value of configured.values) {
            if (value === '' || (0,external_node_path_.isAbsolute)(value) || /^[A-Za-z]:/.test(value) || value.split(/[\\/]/).includes('..'))
                throw new errors/* ConfigError */.xL(`${where}: testpaths entry '${value.slice(0, 120)}' is not a path inside the project`, {
                    hint: "write testpaths relative to the project folder, or set input 'tests'",
                });
            // pytest expands each entry with glob (recursive), sorted; an entry matching nothing is dropped.
            const matches = /[*?[]/.test(value)
                ? (await (0,tinyglobby_dist/* glob */.TI)(value, { cwd: checkout, onlyFiles: false, dot: false, expandDirectories: false, followSymbolicLinks: false })).sort()
                : [value];
            for (const match of matches) {
                const inside = await test_paths_insideCheckout(checkout, match);
                if (inside === undefined) {
                    if (await (0,promises_.stat)((0,external_node_path_.join)(checkout, match)).catch(() => undefined))
                        throw new errors/* ConfigError */.xL(`${where}: testpaths entry '${match.slice(0, 120)}' leads outside the project (a link)`, {
                            hint: "keep the tests inside the project, or set input 'tests'",
                        });
                    continue;
                }
                if (!paths.includes(inside))
                    paths.push(inside);
                if (paths.length > MAX_PATHS)
                    throw new errors/* ConfigError */.xL(`${where}: testpaths matches more than ${MAX_PATHS} paths`, {
                        hint: "name the test folders in testpaths, or set input 'tests'",
                    });
            }
        }
        if (paths.length > 0)
            return { paths, source: `testpaths in ${where}` };
    }
    for (const folder of ['tests', 'test'])
        if ((await (0,promises_.stat)((0,external_node_path_.join)(checkout, folder)).catch(() => undefined))?.isDirectory())
            return {
                paths: [folder],
                source: `the ${folder}/ folder${configured ? ` (the testpaths in ${configured.file} match nothing)` : ''}`,
            };
    return { paths: ['tests'], source: 'the default tests/ folder' };
}

;// CONCATENATED MODULE: ./packages/core/src/clean-env/test-target.ts
/**
 * Which release clean-env-test tests, as far as the options alone say: a manifest, or a package name.
 * Kept apart from the installer, the stores and the report readers, so the action answers a run with
 * neither before it loads them; testRelease asks the same once the manifest is read.
 */

/** The answer when no package name is given and no manifest names one. */
function noPackageError() {
    return new errors/* InputError */.dz("input 'package' is empty and no manifest was given", {
        hint: "set input 'manifest' to publish's manifest, or input 'package' and input 'version'",
        options: [{ name: 'manifest' }, { name: 'package' }, { name: 'version' }],
    });
}
/** Throws noPackageError when the options give neither a manifest nor a package. */
function checkTestTarget(options) {
    if (!options.manifest && !options.package)
        throw noPackageError();
}

;// CONCATENATED MODULE: ./packages/core/src/clean-env/test-release.ts
/**
 * clean-env-test: install the published release from the store into a fresh virtualenv and run the
 * repository's tests against that installed copy (devpi's `devpi test`, `tox --installpkg`). It catches
 * what source-tree testing hides: files missing from the wheel, undeclared dependencies, entry points.
 */




















/** PEP 685: extras compare like project names. */
function normalizeExtra(extra) {
    return (0,project_name/* normalizeProjectName */.yz)(extra.trim());
}
/** Streams a child's output to the logger line by line. */
function lineLogger(logger) {
    let pending = '';
    return {
        write(chunk) {
            pending += chunk;
            const lines = pending.split(/\r?\n/);
            pending = lines.pop() ?? '';
            for (const line of lines)
                logger.info(line);
        },
        flush() {
            if (pending !== '')
                logger.info(pending);
            pending = '';
        },
    };
}
async function resolveRelease(options) {
    const manifestPath = options.manifest ? (0,external_node_path_.resolve)(options.workspace, options.manifest) : undefined;
    const manifest = manifestPath ? await (0,src_manifest/* readManifest */.WI)(manifestPath) : undefined;
    const name = options.package || manifest?.name;
    const version = options.version || manifest?.version;
    if (!name)
        throw noPackageError();
    if (!version)
        throw new errors/* InputError */.dz(`input 'version' is empty for package '${name}'`, { hint: 'give the exact version to test (publish prints it)' });
    if (manifest && !sameProject(name, manifest.name)) {
        throw new errors/* InputError */.dz(`input 'package' is '${name}' but the manifest is for '${manifest.name}'`, {
            hint: 'leave package empty when a manifest is given',
        });
    }
    if (!(0,pep440/* isValidVersion */.ri)(version)) {
        throw new errors/* InputError */.dz(`input 'version' '${version}' is not a PEP 440 version`, {
            hint: 'give the exact version publish uploaded, e.g. 1.2.1rc1',
        });
    }
    const lastStore = manifest?.stores[manifest.stores.length - 1];
    const indexUrl = options.indexUrl || lastStore?.url;
    if (!indexUrl) {
        throw new errors/* InputError */.dz("input 'index-url' is empty and the manifest records no store", {
            hint: "set input 'index-url' to the index publish uploaded to (its output of that name), or pass its manifest, so the package is installed from the store",
        });
    }
    return {
        name,
        version,
        indexUrl,
        storeName: lastStore && lastStore.url === indexUrl ? lastStore.index : undefined,
        manifest,
        manifestPath,
    };
}
function toFailure(testcase, copied, workspace, source) {
    const copyPrefix = `${copied.root}${external_node_path_.sep}`;
    const clean = (text) => text.split(copyPrefix).join('');
    // The copy keeps the checkout's relative layout; a tests folder outside the checkout maps back by its path.
    const testsInCheckout = pathIn(source, workspace);
    const file = testcase.file === undefined || testsInCheckout !== undefined
        ? testcase.file
        : (0,external_node_path_.join)(source, (0,external_node_path_.relative)(copied.testsPaths[0] ?? '.', testcase.file))
            .split(external_node_path_.sep)
            .join('/');
    const outcome = testcase.outcome === 'error' ? 'error' : 'failed';
    const firstError = /^E\s+(.+)$/m.exec(testcase.details)?.[1]?.trim();
    return {
        id: testcase.id,
        outcome,
        file,
        line: failureLine(testcase),
        title: `${testcase.id} ${outcome === 'error' ? 'errored' : 'failed'} in the clean environment`,
        // A collection error's message is only "collection failure"; the exception line says what broke.
        message: clean(testcase.message === 'collection failure' && firstError
            ? `collection failed: ${firstError}`
            : testcase.message || firstError || outcome),
        details: clean(testcase.details),
    };
}
/** The freeze with the package under test pinned by version and its source (uv's line names a temporary file). */
function pinnedFreeze(freeze, name, version, source) {
    const lines = freeze.split(/\r?\n/).filter((line) => line.trim() !== '');
    const out = lines.map((line) => {
        const at = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:@|==)/.exec(line);
        return at?.[1] && sameProject(at[1], name) ? `${name}==${version}  # from ${source}` : line;
    });
    return `${out.join('\n')}\n`;
}
function parseFreeze(freeze) {
    const installed = [];
    for (const line of freeze.split(/\r?\n/)) {
        const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s#;]+)/.exec(line.trim());
        if (match?.[1] && match[2])
            installed.push({ name: match[1], version: match[2] });
    }
    return installed;
}
function testEnvironment(venv, base) {
    const env = isolatedPythonEnv(base, { keepPythonPath: true });
    const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
    // Tests that start `python` or the package's console scripts must get the venv's.
    env[pathKey] = [(0,external_node_path_.dirname)(venv.python), env[pathKey]].filter(Boolean).join(external_node_path_.delimiter);
    env.VIRTUAL_ENV = venv.dir;
    // Keep the installed package's folder exactly as the wheel left it.
    env.PYTHONDONTWRITEBYTECODE = '1';
    return env;
}
/** A name or version made safe as part of a file name (both are validated before; this is belt and braces). */
function fileSafe(text) {
    return text.replace(/[^A-Za-z0-9._+-]/g, '_');
}
function atLeastPython(version, major, minor) {
    const [a = 0, b = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
    return a > major || (a === major && b >= minor);
}
/** The environment for children that may write temporary files: all of them land in our work folder. */
function withTempDir(env, dir) {
    return { ...env, TMPDIR: dir, TEMP: dir, TMP: dir };
}
async function testRelease(options, logger) {
    const started = performance.now();
    const workspace = (0,external_node_path_.resolve)(options.workspace);
    const baseEnv = options.env ?? process.env;
    const release = await resolveRelease(options);
    const choice = parseTestDependencyChoice(options.testDependencies ?? 'auto');
    const testsFrom = options.testsFrom ?? 'checkout';
    // Cheap local checks first: the interpreter and the tests folder.
    const python = await (0,src_python/* resolvePython */.Lx)(options.python || undefined, workspace);
    await (0,promises_.mkdir)(options.tempDir, { recursive: true });
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempDir, 'wheelwright-clean-env-'));
    // pytest's basetemp is where pytest's own default puts it, in the system temp folder (TMPDIR), under a
    // short name, not inside the work folder: tests bind Unix sockets under tmp_path (gpg-agent for a signed
    // commit, ssh-agent, servers), and a socket path longer than ~107 bytes cannot be bound.
    let pytestTemp;
    try {
        pytestTemp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(baseEnv.TMPDIR || (0,external_node_os_.tmpdir)(), 'pytest-'));
        return await testInWorkFolder(options, logger, {
            started,
            workspace,
            baseEnv,
            release,
            choice,
            testsFrom,
            python,
            work,
            pytestTemp,
        });
    }
    finally {
        if (options.keepTemp) {
            logger.info(`Kept the clean environment's work folder (debug): ${work}`);
            if (pytestTemp)
                logger.info(`Kept pytest's temporary folder (debug): ${pytestTemp}`);
        }
        else {
            await (0,promises_.rm)(work, { recursive: true, force: true, maxRetries: 3 });
            if (pytestTemp)
                await (0,promises_.rm)(pytestTemp, { recursive: true, force: true, maxRetries: 3 });
        }
    }
}
async function testInWorkFolder(options, logger, context) {
    const { started, workspace, baseEnv, release, choice, testsFrom, python, work, pytestTemp } = context;
    const { name, version } = release;
    const childTemp = await mkdirp((0,external_node_path_.join)(work, 'tmp'));
    // The tests input, else pytest's configured testpaths, else tests/ or test/: said in the log and the summary.
    const testPaths = await resolveTestPaths(workspace, options.tests ?? '');
    logger.info(`tests: ${testPaths.paths.join(' ')} (${testPaths.source})`);
    const tests = testsFrom === 'copy'
        ? await copyTests(workspace, testPaths.paths, (0,external_node_path_.join)(work, 'copied-tests'))
        : await locateTests(workspace, testPaths.paths);
    const testRequirements = options.testRequirements
        ? await requirementsFileInCheckout(workspace, options.testRequirements, "input 'test-requirements'")
        : undefined;
    const installEnv = withTempDir(isolatedPythonEnv(baseEnv), childTemp);
    const store = await (0,open_store/* openStore */.C)({ url: release.indexUrl, ...(release.storeName ? { name: release.storeName } : {}) }, logger);
    const storeUrl = (0,redact/* redactUrl */.B)(store.indexUrl);
    const file = await findReleaseFile(store, name, version, python, installEnv);
    const expected = release.manifest?.files.find((entry) => entry.filename === file.filename)?.sha256;
    const archive = await downloadReleaseFile(store, file, await mkdirp((0,external_node_path_.join)(work, 'dist')), expected);
    logger.info(`${name} ${version}: ${file.filename} from ${storeUrl} (sha256 ${file.sha256})`);
    const declared = (0,core_metadata/* fieldValues */.Xz)(await (0,core_metadata/* readCoreMetadata */.bG)(archive), 'Provides-Extra').map(normalizeExtra);
    const explicitExtras = (options.extras ?? []).map(normalizeExtra).filter((e) => e !== '');
    const unknown = explicitExtras.filter((extra) => !declared.includes(extra));
    if (unknown.length > 0) {
        throw new errors/* InputError */.dz(`extras ${unknown.map((e) => `'${e}'`).join(', ')} are not declared by ${name} ${version} (it declares ${declared.length > 0 ? declared.join(', ') : 'none'})`, { hint: "fix input 'extras', or add the extra to the project’s optional-dependencies" });
    }
    const dependencies = await findTestDependencies({ workspace, choice, declaredExtras: declared });
    const undeclaredToxExtras = dependencies.extras.filter((extra) => !declared.includes(extra));
    if (undeclaredToxExtras.length > 0)
        throw new errors/* ConfigError */.xL(`${dependencies.source} asks for extras ${undeclaredToxExtras.map((e) => `'${e}'`).join(', ')} that ${name} ${version} does not declare`);
    logger.info(`Test dependencies: ${dependencies.source}${dependencies.requirements.length ? `: ${dependencies.requirements.join(', ')}` : ''}`);
    for (const line of dependencies.skipped)
        logger.warning(`${dependencies.source}: left out '${line}' (needs tox itself to evaluate)`);
    const extras = [...new Set([...explicitExtras, ...dependencies.extras])];
    const venv = await (0,virtualenv/* createVirtualenv */.F$)({ base: python, dir: (0,external_node_path_.join)(work, 'venv'), installer: options.installer, env: installEnv, logger });
    // PEP 508 direct reference to the downloaded file: pip (and uv) take exactly this file, and refuse it
    // when the wheel's metadata names another project.
    const requirement = `${name}${extras.length > 0 ? `[${extras.join(',')}]` : ''} @ ${(0,external_node_url_.pathToFileURL)(archive).href}`;
    const pre = (0,pep440/* classifyVersion */.ZG)(version).isPrerelease;
    // pip ≥ 25.1 reads a dependency group itself (`--group`); older pips and uv get our resolution of it,
    // the same validated strings either way.
    const pipGroup = dependencies.group && venv.installer === 'pip' && pipSupportsGroups(venv.installerVersion) ? dependencies.group : undefined;
    if (pipGroup)
        logger.info(`pip --group reads dependency group '${pipGroup.name}' from ${pipGroup.pyproject}`);
    const output = lineLogger(logger);
    await logger.group(`Installing ${name} ${version}${extras.length ? `[${extras.join(',')}]` : ''}, pytest and the test dependencies (${venv.installerVersion})`, async () => {
        try {
            await (0,virtualenv/* installIntoVirtualenv */.SU)(venv, {
                requirements: [requirement, 'pytest', ...(pipGroup ? [] : dependencies.requirements)],
                requirementFiles: [...dependencies.requirementFiles, ...(testRequirements ? [testRequirements] : [])],
                ...(pipGroup ? { groups: [`${pipGroup.pyproject}:${pipGroup.name}`] } : {}),
                sources: { indexUrls: options.extraIndexUrl, findLinks: options.findLinks, pre },
                what: `${name} ${version} with its dependencies, pytest and the test dependencies from ${dependencies.source}`,
                onOutput: output.write,
            });
        }
        finally {
            output.flush();
        }
    });
    // The results are written in the work folder and copied out only when the run ends with a result: a
    // run that stops on an error leaves no report behind for a later step to mistake for this one.
    const resultsDir = options.resultsDir ?? options.tempDir;
    const stem = `${fileSafe(normalizeExtra(name))}-${fileSafe(version)}-py${fileSafe(python.version.split('.').slice(0, 2).join('.'))}`;
    const freezePath = (0,external_node_path_.join)(work, `freeze-${stem}.txt`);
    const freeze = pinnedFreeze(await (0,virtualenv/* freezeVirtualenv */.We)(venv), name, version, `${storeUrl} (${file.filename})`);
    await (0,promises_.writeFile)(freezePath, freeze, 'utf8');
    const installed = parseFreeze(freeze);
    await installImportGuard(venv);
    const runEnv = withTempDir(testEnvironment(venv, baseEnv), childTemp);
    const leakContext = { name, version, archive, copied: tests, workspace };
    const before = await inspectInstalledPackage(venv, name, {
        cwd: tests.root,
        env: runEnv,
        reportPath: (0,external_node_path_.join)(work, 'import-check.json'),
        // In the checkout, the check starts as pytest will: without the working directory on sys.path.
        safePath: testsFrom === 'checkout',
    });
    const beforeProblem = guardFailure(before, leakContext);
    if (beforeProblem)
        throw beforeProblem;
    logger.info(`${name} ${before.version ?? version} imports from ${before.modules.flatMap((m) => m.locations).join(', ') || before.sitePackages.join(', ')}`);
    const junitXml = (0,external_node_path_.join)(work, `junit-${stem}.xml`);
    const collectedReport = (0,external_node_path_.join)(work, 'import-check-collected.json');
    const pythonVersion = before.python || python.version;
    const pytestArgs = [
        ...tests.testsPaths,
        `--junitxml=${junitXml}`,
        '-o',
        'junit_family=xunit1',
        '-p',
        GUARD_MODULE,
        '-p',
        'no:cacheprovider',
        '--rootdir',
        tests.root,
        // pytest empties basetemp and makes it anew: a folder of its own, nothing else in it.
        `--basetemp=${pytestTemp}`,
        '--continue-on-collection-errors',
    ];
    let command;
    let argv;
    const env = { ...runEnv, ...guardEnvironment(name, collectedReport) };
    if (testsFrom === 'checkout') {
        // The checkout must never be importable: pytest's importlib mode leaves sys.path alone (no rootdir or
        // test folder inserted), and the working directory stays off sys.path — `python -P` and
        // PYTHONSAFEPATH (for the tests' own child Pythons) on 3.11+, and before 3.11 the pytest console script,
        // whose sys.path[0] is the venv's scripts folder, not the working directory.
        pytestArgs.push('--import-mode=importlib');
        if (!tests.configFile) {
            // No pytest configuration in the checkout: an empty one, so none is picked up from its parents.
            const empty = (0,external_node_path_.join)(work, 'pytest.ini');
            await (0,promises_.writeFile)(empty, '[pytest]\n');
            pytestArgs.push('-c', empty);
        }
        if (atLeastPython(pythonVersion, 3, 11)) {
            env.PYTHONSAFEPATH = '1';
            [command, argv] = [venv.python, ['-P', '-m', 'pytest', ...pytestArgs]];
        }
        else {
            [command, argv] = [(0,virtualenv/* venvScript */.Rr)(venv, 'pytest'), pytestArgs];
        }
    }
    else {
        [command, argv] = [venv.python, ['-m', 'pytest', ...pytestArgs]];
    }
    argv.push(...options.pytestArgs);
    const pytestOutput = lineLogger(logger);
    const pytest = await logger.group(`pytest ${tests.testsPaths.join(' ')} (Python ${before.python}, in the ${testsFrom === 'checkout' ? 'checkout' : 'copy of the tests'})`, async () => {
        try {
            return await (0,src_process/* run */.e)(command, argv, {
                cwd: tests.root,
                env,
                timeoutMs: options.pytestTimeoutMs ?? 60 * 60_000,
                okCodes: Array.from({ length: 256 }, (_, i) => i),
                label: 'pytest',
                onStdout: pytestOutput.write,
                onStderr: pytestOutput.write,
            });
        }
        finally {
            pytestOutput.flush();
        }
    });
    const collected = await readGuardReport(collectedReport);
    if (collected) {
        const leak = guardFailure(collected, leakContext);
        if (leak)
            throw leak;
    }
    if (pytest.code === GUARD_EXIT_CODE || (![0, 1, 5].includes(pytest.code) && !(0,external_node_fs_.existsSync)(junitXml))) {
        const last = `${pytest.stdout}\n${pytest.stderr}`
            .trim()
            .split(/\r?\n/)
            .filter((l) => l.trim() !== '')
            .slice(-1)[0] ?? '';
        throw new errors/* WheelwrightError */.LJ('tests', `pytest could not run the tests (exit ${pytest.code}): ${last.trim()}`, {
            hint: pytest.code === 4 ? "check input 'pytest-args' and the pytest configuration" : 'pytest’s output is in the log above',
        });
    }
    const report = (0,external_node_fs_.existsSync)(junitXml)
        ? await readJunitXml(junitXml)
        : { counts: { passed: 0, failed: 0, errors: 0, skipped: 0, total: 0 }, cases: [] };
    const counts = report.counts;
    const source = (0,external_node_path_.resolve)(workspace, testPaths.paths[0] ?? '.');
    const failures = report.cases
        .filter((c) => c.outcome === 'failed' || c.outcome === 'error')
        .map((c) => toFailure(c, tests, workspace, source));
    let outcome;
    let message;
    if (pytest.code === 5 || counts.passed + counts.failed + counts.errors === 0) {
        outcome = 'no-tests';
        message = `no tests ran for ${name} ${version} from '${tests.testsPaths.join(' ')}' (pytest exit ${pytest.code}): ${formatCounts(counts)}`;
    }
    else if (pytest.code !== 0 || counts.failed > 0 || counts.errors > 0) {
        outcome = 'failed';
        message = `tests of ${name} ${version} failed in the clean environment: ${formatCounts(counts)} (pytest exit ${pytest.code})`;
    }
    else {
        outcome = 'passed';
        message = `tests of ${name} ${version} passed in the clean environment: ${formatCounts(counts)}`;
    }
    if (release.manifest && release.manifestPath) {
        const [major = '', minor = ''] = pythonVersion.split('.');
        release.manifest.tests.push({
            python: `${major}.${minor}`,
            os: options.os ?? process.platform,
            passed: counts.passed,
            failed: counts.failed,
            errors: counts.errors,
            skipped: counts.skipped,
            index: store.name,
            at: new Date().toISOString(),
            testDependencies: dependencies.source,
            testsFrom,
        });
        await (0,src_manifest/* writeManifest */.HN)(release.manifestPath, release.manifest);
    }
    await (0,promises_.mkdir)(resultsDir, { recursive: true });
    const results = { junitXml: (0,external_node_path_.join)(resultsDir, (0,external_node_path_.basename)(junitXml)), freeze: (0,external_node_path_.join)(resultsDir, (0,external_node_path_.basename)(freezePath)) };
    await (0,promises_.rm)(results.junitXml, { force: true });
    if ((0,external_node_fs_.existsSync)(junitXml))
        await (0,promises_.copyFile)(junitXml, results.junitXml);
    await (0,promises_.copyFile)(freezePath, results.freeze);
    return {
        name,
        version,
        store: { name: store.name, url: storeUrl },
        file: { filename: file.filename, sha256: file.sha256 },
        extras,
        testDependencies: { source: dependencies.source, requirements: dependencies.requirements },
        tests: testPaths,
        testsFrom,
        python: { version: pythonVersion, executable: python.executable },
        installer: venv.installerVersion,
        outcome,
        message,
        pytestExitCode: pytest.code,
        counts,
        failures,
        installed,
        junitXml: results.junitXml,
        freeze: results.freeze,
        manifest: release.manifestPath,
        durationMs: performance.now() - started,
    };
}
/** pip 25.1 added `pip install --group`. */
function pipSupportsGroups(installerVersion) {
    const match = /^pip (\d+)\.(\d+)/.exec(installerVersion);
    if (!match)
        return false;
    const major = Number(match[1]);
    return major > 25 || (major === 25 && Number(match[2]) >= 1);
}
/** The checkout's own tests folders, where pytest runs in `checkout` mode (nothing copied). */
async function locateTests(workspace, tests) {
    const testsPaths = [];
    for (const test of tests) {
        const inside = pathIn((0,external_node_path_.resolve)(workspace, test), workspace);
        if (inside === undefined)
            throw new errors/* InputError */.dz(`tests folder '${test}' is outside the checkout ${workspace}`, {
                hint: "give the tests folder relative to the checkout, or set 'tests-from: copy'",
            });
        if (!(await (0,promises_.stat)((0,external_node_path_.resolve)(workspace, test)).catch(() => undefined)))
            throw new errors/* InputError */.dz(`tests folder '${test}' does not exist in ${workspace}`, {
                hint: "set input 'tests' to the folder holding the test suite, relative to the checkout",
            });
        testsPaths.push(inside || '.');
    }
    return { root: workspace, testsPaths, configFile: await findPytestConfig(workspace) };
}
async function mkdirp(path) {
    await (0,promises_.mkdir)(path, { recursive: true });
    return path;
}
/** A run as the CLI and the pipeline report it: each failing test a warning on its file and line, then assertTestsPassed. */
function reportTestRun(result, logger) {
    for (const failure of result.failures)
        logger.warning(`${failure.title}: ${failure.message}`, {
            ...(failure.file ? { file: failure.file } : {}),
            ...(failure.line ? { line: failure.line } : {}),
        });
    assertTestsPassed(result);
}
/** Fails (throws) unless the run passed: the step's failure, with the counts in its one line. */
function assertTestsPassed(result) {
    if (result.outcome === 'passed')
        return;
    throw new errors/* WheelwrightError */.LJ('tests', result.message, {
        options: [{ name: 'tests' }, { name: 'pytest-args' }],
        hint: result.outcome === 'no-tests'
            ? "pytest collected nothing: check input 'tests' and input 'pytest-args'"
            : 'the installed package fails its own tests: each failure is reported with its file and line',
    });
}


/***/ }),

/***/ 2246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ readBuildOptions)
});

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
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

// EXTERNAL MODULE: ./packages/core/src/contract/context.ts
var contract_context = __webpack_require__(2620);
// EXTERNAL MODULE: ./packages/core/src/contract/options.ts
var options = __webpack_require__(9685);
;// CONCATENATED MODULE: ./packages/core/src/contract/build.ts



/** build-wheel's options, and the secrets in them (the index URL's credentials) to mask at once. */
function readBuildOptions(source, context) {
    const i = new options/* OptionReader */.F9(source);
    const indexUrl = i.text('index-url');
    return {
        secrets: (0,contract_context/* urlSecrets */.F)(indexUrl),
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


/***/ }),

/***/ 9393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ readCleanEnvOptions)
});

// EXTERNAL MODULE: ./packages/core/src/venv/virtualenv.ts
var virtualenv = __webpack_require__(4840);
// EXTERNAL MODULE: ./packages/core/src/contract/context.ts
var contract_context = __webpack_require__(2620);
// EXTERNAL MODULE: ./packages/core/src/contract/options.ts
var options = __webpack_require__(9685);
// EXTERNAL MODULE: ./node_modules/.pnpm/shell-quote@1.12.0/node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(7923);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
;// CONCATENATED MODULE: ./packages/core/src/contract/words.ts
/**
 * The one rule for an option that holds a program's arguments (clean-env-test's `pytest-args`), in a module
 * of its own so only the readers that take such an option carry the shell-words parser.
 */


/**
 * Arguments for a program (pytest's): each line split as a POSIX shell splits words, quotes respected
 * (`-k "slow and not net"` is two arguments), the lines' arguments appended in order (a repeated flag
 * adds a line). Nothing is expanded: `$HOME` and `*.py` reach the program as written, since no shell
 * runs; shell operators (`|`, `;`, `>`, `&&`) and comments are refused rather than passed on.
 */
function shellWords(reader, name) {
    const words = [];
    for (const given of reader.lines(name)) {
        const line = shellLine(given);
        if (line === undefined)
            throw new errors/* InputError */.dz(`${reader.source.label(name)} has an unclosed quote: ${given}`, {
                hint: `close the quote, or quote the whole argument (e.g. -k "a or b") in ${reader.source.label(name)}`,
                options: [{ name }],
            });
        for (const entry of (0,shell_quote.parse)(line, (variable) => `$${variable}`)) {
            if (typeof entry === 'string')
                words.push(entry);
            else if ('op' in entry && entry.op === 'glob')
                words.push(entry.pattern);
            else
                throw new errors/* InputError */.dz(`${reader.source.label(name)} holds ${'op' in entry ? `the shell operator '${entry.op}'` : 'a shell comment'}: ${given}`, {
                    hint: `no shell runs these arguments; quote the character to pass it on (e.g. '${'op' in entry ? entry.op : '#'}') in ${reader.source.label(name)}`,
                    options: [{ name }],
                });
        }
    }
    return words;
}
/**
 * Reads a line's quoting as a POSIX shell does: undefined when a quote is left open (the parser accepts
 * such lines silently), else the line with every `#` inside a word escaped, since only a `#` that starts a
 * word begins a comment for a shell, while the parser takes `test#1` as `test` and a comment.
 */
function shellLine(line) {
    let quote = '';
    let out = '';
    for (let at = 0; at < line.length; at++) {
        const char = line[at] ?? '';
        if (quote === "'") {
            if (char === "'")
                quote = '';
        }
        else if (char === '\\') {
            out += char + (line[at + 1] ?? '');
            at++;
            continue;
        }
        else if (quote === '"') {
            if (char === '"')
                quote = '';
        }
        else if (char === "'" || char === '"')
            quote = char;
        else if (char === '#' && at > 0 && !/\s/.test(line[at - 1] ?? '')) {
            out += '\\#';
            continue;
        }
        out += char;
    }
    return quote === '' ? out : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/contract/clean-env.ts




/** clean-env-test's options, and the secrets in them (URL credentials) to mask at once. */
async function readCleanEnvOptions(source, context) {
    const i = new options/* OptionReader */.F9(source);
    const indexUrl = i.text('index-url');
    const extraIndexUrl = i.list('extra-index-url');
    const findLinks = i.list('find-links');
    const extras = i.commaList('extras');
    const python = i.text('python');
    const manifest = i.text('manifest');
    const packageName = i.text('package');
    const version = i.text('version');
    const testRequirements = i.text('test-requirements');
    const installer = i.choice('installer', ['pip', 'uv', 'auto']);
    return {
        secrets: [indexUrl, ...extraIndexUrl, ...findLinks].flatMap(contract_context/* urlSecrets */.F),
        options: {
            ...(manifest ? { manifest } : {}),
            ...(packageName ? { package: packageName } : {}),
            ...(version ? { version } : {}),
            ...(indexUrl ? { indexUrl } : {}),
            extraIndexUrl,
            findLinks,
            ...(extras.length > 0 ? { extras } : {}),
            ...(testRequirements ? { testRequirements } : {}),
            testDependencies: i.text('test-dependencies') || 'auto',
            testsFrom: i.choice('tests-from', ['checkout', 'copy']),
            // Empty: pytest's configured testpaths, else tests/ or test/ (resolveTestPaths).
            tests: i.text('tests'),
            ...(python ? { python } : {}),
            pytestArgs: shellWords(i, 'pytest-args'),
            installer: await (0,virtualenv/* resolveInstaller */.xK)(installer, context.env),
            workspace: context.workspace,
            tempDir: context.tempDir,
            ...(context.os ? { os: context.os } : {}),
            ...(context.resultsDir ? { resultsDir: context.resultsDir } : {}),
            keepTemp: context.keepTemp === true,
            env: context.env,
        },
    };
}


/***/ }),

/***/ 2620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ urlSecrets),
/* harmony export */   L: () => (/* binding */ isServerLocation)
/* harmony export */ });
/* harmony import */ var _http_credentials__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1671);

/** Every form of the credentials inside a URL (raw, decoded, `user:password`, Basic), to mask at once. */
function urlSecrets(text) {
    return (0,_http_credentials__WEBPACK_IMPORTED_MODULE_0__/* .urlCredentials */ .O4)(text)?.secrets ?? [];
}
/** Whether a store location is an index server (credentials apply) rather than a folder or file:// URL. */
function isServerLocation(location) {
    return /^https?:\/\//i.test(location.trim());
}


/***/ }),

/***/ 5207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readPromoteOptions)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _channels_index__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(557);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2662);
/* harmony import */ var _promote_index__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5985);
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2620);
/* harmony import */ var _options__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9685);






/** promote's options, and the secrets in them (passwords, URL credentials) to mask at once. */
function readPromoteOptions(source, context) {
    const i = new _options__WEBPACK_IMPORTED_MODULE_1__/* .OptionReader */ .F9(source);
    const fromPassword = i.text('from-password');
    const toPassword = i.text('to-password');
    const from = i.required('from', 'the store or index the release is in');
    const to = i.required('to', 'the store or index to promote the release to');
    const fromUploadUrl = i.text('from-upload-url');
    const toUploadUrl = i.text('to-upload-url');
    // A folder store takes no credentials: one given for it means a wrong store, not something to ignore.
    for (const side of ['from', 'to']) {
        const location = side === 'from' ? from : to;
        const upload = side === 'from' ? fromUploadUrl : toUploadUrl;
        for (const name of [`${side}-username`, `${side}-password`]) {
            if (i.text(name) && !(0,_context__WEBPACK_IMPORTED_MODULE_2__/* .isServerLocation */ .L)(location) && !(0,_context__WEBPACK_IMPORTED_MODULE_2__/* .isServerLocation */ .L)(upload))
                throw new _errors_index__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${source.label(name)} was given, but '${location}' is a folder, which takes no credentials`, {
                    hint: `drop ${source.label(name)}, or give ${source.label(side)} as the URL of an index server`,
                    options: [{ name }, { name: side }],
                });
        }
    }
    return {
        secrets: [
            ...[fromPassword, toPassword].filter((secret) => secret !== ''),
            ...[from, to, fromUploadUrl, toUploadUrl].flatMap(_context__WEBPACK_IMPORTED_MODULE_2__/* .urlSecrets */ .F),
        ],
        options: {
            manifest: i.text('manifest'),
            tested: i.lines('tested').map((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.workspace, path)),
            package: i.text('package'),
            version: i.text('version'),
            from,
            to,
            fromUploadUrl,
            toUploadUrl,
            fromUsername: i.text('from-username'),
            fromPassword,
            toUsername: i.text('to-username'),
            toPassword,
            toChannel: i.optionalChoice('to-channel', _promote_index__WEBPACK_IMPORTED_MODULE_4__/* .CHANNELS */ .l_) ?? '',
            mode: i.choice('mode', ['copy', 'move']),
            requireTests: i.bool('require-tests', true),
            requireSignedTag: i.bool('require-signed-tag', false),
            allowedSigners: i.raw('allowed-signers'),
            tag: i.text('tag'),
            repository: i.text('repository') || context.workspace,
            dryRun: i.bool('dry-run', false),
            releaseOnly: i.bool('release-only', false),
            trigger: (0,_channels_index__WEBPACK_IMPORTED_MODULE_5__/* .triggerOfRef */ .bo)(context.ref),
            workDir: context.tempDir,
        },
    };
}


/***/ }),

/***/ 2904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ readPublishOptions)
/* harmony export */ });
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2662);
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2620);
/* harmony import */ var _options__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9685);



/** publish's options, and the secrets in them (password, URL credentials) to mask at once. */
function readPublishOptions(source, context) {
    const i = new _options__WEBPACK_IMPORTED_MODULE_0__/* .OptionReader */ .F9(source);
    const password = i.text('password');
    const store = i.text('store') || '.wheelwright/unstable';
    const uploadUrl = i.text('upload-url');
    const username = i.text('username');
    // A folder store takes no credentials: one given for it means a wrong store, not something to ignore.
    for (const [name, value] of [
        ['username', username],
        ['password', password],
    ]) {
        if (value && !(0,_context__WEBPACK_IMPORTED_MODULE_1__/* .isServerLocation */ .L)(store) && !(0,_context__WEBPACK_IMPORTED_MODULE_1__/* .isServerLocation */ .L)(uploadUrl))
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${source.label(name)} was given, but store '${store}' is a folder, which takes no credentials`, {
                hint: `drop ${source.label(name)}, or give ${source.label('store')} as the URL of an index server`,
                options: [{ name }, { name: 'store' }],
            });
    }
    const manifest = i.text('manifest');
    const files = i.lines('files');
    // No manifest and no patterns can match nothing: said here, before the stores and HTTP load.
    if (!manifest && files.length === 0)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${source.label('files')} is empty and no manifest was given: nothing to publish`, {
            hint: "pass build-wheel's manifest output as input 'manifest', or the built files' globs as input 'files' (e.g. dist/*)",
            options: [{ name: 'files' }, { name: 'manifest' }],
        });
    return {
        secrets: [...(password ? [password] : []), ...(0,_context__WEBPACK_IMPORTED_MODULE_1__/* .urlSecrets */ .F)(store), ...(0,_context__WEBPACK_IMPORTED_MODULE_1__/* .urlSecrets */ .F)(uploadUrl)],
        options: {
            store,
            uploadUrl,
            username,
            password,
            indexName: i.text('index-name'),
            trustedPublishing: i.bool('trusted-publishing', false),
            manifest,
            files,
            skipExisting: i.bool('skip-existing', true),
            verify: i.bool('verify', true),
            dryRun: i.bool('dry-run', false),
            workspace: context.workspace,
        },
    };
}


/***/ }),

/***/ 3679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ readVersionOptions),
/* harmony export */   P: () => (/* binding */ readIndexes)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _channels_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(557);
/* harmony import */ var _options__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9685);



/** pep440-version's options, from its action.yml inputs. */
function readVersionOptions(source, context) {
    const i = new _options__WEBPACK_IMPORTED_MODULE_1__/* .OptionReader */ .F9(source);
    return {
        path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.workspace, i.text('path') || '.'),
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
    const i = new _options__WEBPACK_IMPORTED_MODULE_1__/* .OptionReader */ .F9(source);
    const store = i.text('store');
    return (0,_channels_index__WEBPACK_IMPORTED_MODULE_2__/* .resolveIndexes */ .fF)({
        store: store === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(store) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(store) ? store : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.workspace, store),
        names: { unstable: i.text('unstable-index'), testing: i.text('testing-index'), stable: i.text('stable-index') },
        urls: { unstable: i.text('unstable-url'), testing: i.text('testing-url'), stable: i.text('stable-url') },
        publish: i.bool('publish', true),
        pullRequest: run.pullRequest,
    }, { defaultStore: run.ownStore, temporaryStore: run.ownStore });
}


/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MG: () => (/* binding */ archiveFormat),
/* harmony export */   eu: () => (/* binding */ MEMBER_READ_LIMIT),
/* harmony export */   hB: () => (/* binding */ readEntry),
/* harmony export */   lK: () => (/* binding */ RECORD_READ_LIMIT),
/* harmony export */   walkArchive: () => (/* binding */ walkArchive)
/* harmony export */ });
/* unused harmony exports readAll, readMember */
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


/***/ }),

/***/ 8199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ artefactStem),
/* harmony export */   NL: () => (/* binding */ parseArtefactFilename),
/* harmony export */   h3: () => (/* binding */ parseDistributionFilename)
/* harmony export */ });
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2662);
/* harmony import */ var _printable_name__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8970);
/* harmony import */ var _project_name__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2640);
/* harmony import */ var _version_bridge__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4101);
/**
 * Artefact filenames: wheels per the binary distribution format (PEP 427, PEP 491) and sdists per the
 * source distribution format (PEP 625), plus the legacy sdist names pip still installs
 * (`My.Package-1.0.tar.gz`, `.zip`), split the way packaging.utils does.
 */





const SDIST_EXTENSIONS = ['.tar.gz', '.zip', '.tar.bz2', '.tar.xz', '.tgz', '.tar'];
/** The expected wheel/sdist filename prefix `{escaped name}-{normalized version}`. */
function artefactStem(name, version) {
    return `${(0,_project_name__WEBPACK_IMPORTED_MODULE_0__/* .escapeName */ .L$)(name)}-${(0,_version_bridge__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(version) ?? version}`;
}
// Every character a wheel or sdist filename can hold: names are ASCII letters, digits, `._-`; PEP 440
// versions add `+!` (and nothing else once normalized); tags are letters, digits, `_` and `.`.
const FILENAME_CHARACTERS = /^[A-Za-z0-9._+!-]+$/;
/**
 * Parses a wheel or sdist filename; InputError naming the file when it is neither. A directory part is
 * ignored (callers pass paths of local files), but the name itself must consist of the characters a
 * distribution filename can hold: a separator, control character or space is never part of one.
 */
function parseArtefactFilename(filename) {
    const base = filename.replace(/^.*[\\/]/, '');
    if (!FILENAME_CHARACTERS.test(base)) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`'${(0,_printable_name__WEBPACK_IMPORTED_MODULE_3__/* .printableName */ .Nt)(base)}' is not a distribution filename: it holds characters no wheel or sdist name has`, {
            hint: 'names are ASCII letters, digits and . _ - (versions add + and !); rebuild with a PEP 517 backend',
        });
    }
    if (base.endsWith('.whl'))
        return parseWheelFilename(base);
    const extension = SDIST_EXTENSIONS.find((ext) => base.toLowerCase().endsWith(ext));
    if (extension)
        return parseSdistFilename(base, extension);
    throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`'${base}' is not a wheel (.whl) or sdist (.tar.gz, .zip) filename`, {
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
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`'${(0,_printable_name__WEBPACK_IMPORTED_MODULE_3__/* .printableName */ .Nt)(filename)}' is not a distribution filename (it has a directory part or surrounding space)`);
    }
    const parsed = parseArtefactFilename(filename);
    if (!parsed.validVersion) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`'${filename}' does not carry a PEP 440 version ('${parsed.rawVersion}')`, {
            hint: 'build with a version such as 1.2.3, 1.2.3rc1 or 1.2.3.dev4',
        });
    }
    if (parsed.kind === 'wheel') {
        const sets = filename.slice(0, -'.whl'.length).split('-').slice(-3);
        if (!sets.every((set) => TAG_SET.test(set)) || (parsed.buildTag !== undefined && !/^\d[A-Za-z0-9_.]*$/.test(parsed.buildTag))) {
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`wheel filename '${filename}' has malformed tags (PEP 425: python-abi-platform, parts joined by .)`);
        }
    }
    else if (parsed.extension !== '.tar.gz' && parsed.extension !== '.zip') {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`sdist filename '${filename}' must end in .tar.gz (PEP 625) or the legacy .zip`);
    }
    return parsed;
}
function parseWheelFilename(filename) {
    const parts = filename.slice(0, -'.whl'.length).split('-');
    // PEP 427: {distribution}-{version}(-{build tag})?-{python tag}-{abi tag}-{platform tag}.whl
    if (parts.length !== 5 && parts.length !== 6) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`wheel filename '${filename}' does not have 5 or 6 dash-separated parts`, {
            hint: 'PEP 427: {distribution}-{version}(-{build tag})?-{python tag}-{abi tag}-{platform tag}.whl; a dash in the name must be written as _',
        });
    }
    const [distribution = '', rawVersion = ''] = parts;
    const buildTag = parts.length === 6 ? parts[2] : undefined;
    const [pythonTag = '', abiTag = '', platformTag = ''] = parts.slice(-3);
    if (buildTag !== undefined && !/^\d/.test(buildTag)) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`wheel filename '${filename}' has build tag '${buildTag}', which must start with a digit (PEP 427)`);
    }
    if (!(0,_project_name__WEBPACK_IMPORTED_MODULE_0__/* .isValidName */ .uV)(distribution)) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`wheel filename '${filename}' has an invalid distribution name '${distribution}'`);
    }
    if (!pythonTag || !abiTag || !platformTag)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`wheel filename '${filename}' has an empty compatibility tag`);
    const normal = (0,_version_bridge__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(rawVersion);
    return {
        kind: 'wheel',
        filename,
        distribution,
        name: (0,_project_name__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProjectName */ .yz)(distribution),
        rawVersion,
        version: normal ?? rawVersion,
        validVersion: normal !== undefined,
        ...(buildTag === undefined ? {} : { buildTag }),
        pythonTags: pythonTag.split('.'),
        abiTags: abiTag.split('.'),
        platformTags: platformTag.split('.'),
        extension: '.whl',
        normalized: distribution === (0,_project_name__WEBPACK_IMPORTED_MODULE_0__/* .escapeName */ .L$)(distribution) && rawVersion === normal,
    };
}
function parseSdistFilename(filename, extension) {
    const stem = filename.slice(0, -extension.length);
    // packaging.utils.parse_sdist_filename: the version is after the last dash (legacy names keep dashes).
    const dash = stem.lastIndexOf('-');
    if (dash <= 0 || dash === stem.length - 1) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`sdist filename '${filename}' is not {name}-{version}${extension}`, {
            hint: 'PEP 625: {name with _ for runs of -_.}-{normalized version}.tar.gz',
        });
    }
    const distribution = stem.slice(0, dash);
    const rawVersion = stem.slice(dash + 1);
    if (!(0,_project_name__WEBPACK_IMPORTED_MODULE_0__/* .isValidName */ .uV)(distribution))
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`sdist filename '${filename}' has an invalid distribution name '${distribution}'`);
    const normal = (0,_version_bridge__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(rawVersion);
    return {
        kind: 'sdist',
        filename,
        distribution,
        name: (0,_project_name__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProjectName */ .yz)(distribution),
        rawVersion,
        version: normal ?? rawVersion,
        validVersion: normal !== undefined,
        extension,
        normalized: extension === '.tar.gz' && distribution === (0,_project_name__WEBPACK_IMPORTED_MODULE_0__/* .escapeName */ .L$)(distribution) && rawVersion === normal,
    };
}


/***/ }),

/***/ 2860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QI: () => (/* binding */ isMetadataMember),
/* harmony export */   Ug: () => (/* binding */ parseCoreMetadata),
/* harmony export */   Xz: () => (/* binding */ fieldValues),
/* harmony export */   ag: () => (/* binding */ fieldValue),
/* harmony export */   bG: () => (/* binding */ readCoreMetadata)
/* harmony export */ });
/* unused harmony exports MULTIPLE_USE_FIELDS, canonicalField, readCoreMetadataFile */
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2662);
/* harmony import */ var _archive__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9217);
/* harmony import */ var _artefact_filename__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8199);
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
    (0,_archive__WEBPACK_IMPORTED_MODULE_0__/* .archiveFormat */ .MG)(path);
    const kind = path.toLowerCase().endsWith('.whl') ? 'wheel' : 'sdist';
    let expectedDir;
    if (kind === 'wheel') {
        try {
            const parsed = (0,_artefact_filename__WEBPACK_IMPORTED_MODULE_1__/* .parseArtefactFilename */ .NL)(path);
            expectedDir = `${parsed.distribution}-${parsed.rawVersion}.dist-info`;
        }
        catch {
            expectedDir = undefined;
        }
    }
    const found = [];
    await (0,_archive__WEBPACK_IMPORTED_MODULE_0__.walkArchive)(path, async (entry) => {
        if (entry.type !== 'file' || !isMetadataMember(kind, entry.path))
            return false;
        const text = (await (0,_archive__WEBPACK_IMPORTED_MODULE_0__/* .readEntry */ .hB)(path, entry)).toString('utf8');
        found.push({ member: entry.path, text });
        // A wheel may (wrongly) carry several .dist-info folders; keep looking unless this is the expected one.
        return kind === 'sdist' || entry.path.startsWith(`${expectedDir}/`);
    });
    const chosen = found.find((item) => expectedDir !== undefined && item.member.startsWith(`${expectedDir}/`)) ?? found[0];
    if (!chosen) {
        const where = kind === 'wheel' ? '*.dist-info/METADATA' : '<top folder>/PKG-INFO';
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('inspect', `${path} has no core metadata (${where})`, {
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


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ checkRequirement),
/* harmony export */   vI: () => (/* binding */ checkSpecifierSet)
/* harmony export */ });
/* unused harmony export checkMarker */
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2029);
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
            if (!/^(===|==|!=|<=|>=|~=|<|>)\s*\S+$/.test(spec) || !(0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .validRange */ .Im)(spec))
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
        if (!/^(===|==|!=|<=|>=|~=|<|>)\s*\S+$/.test(spec) || !(0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .validRange */ .Im)(spec))
            return `'${spec}' is not a PEP 440 version specifier`;
    }
    return undefined;
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

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   ZG: () => (/* binding */ classifyVersion),
/* harmony export */   r1: () => (/* binding */ sameVersion)
/* harmony export */ });
/* harmony import */ var _pep440_index__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5282);

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

/***/ 261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ writeDocsZip),
/* harmony export */   ZP: () => (/* binding */ unpackDocsZip),
/* harmony export */   qz: () => (/* binding */ docsZipName)
/* harmony export */ });
/* unused harmony exports unsafeMemberReason, linkPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _distribution_archive__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9217);
/* harmony import */ var _distribution_project_name__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2640);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2662);
/**
 * The docs zip: the HTML a Sphinx build produced, `index.html` at its root — what devpi's documentation
 * upload takes (`devpi upload --with-docs` sends `<name>-<version>.doc.zip`) and what the embedded file
 * store unpacks under a release. Written reproducibly (sorted members, one timestamp, fixed modes), and
 * read back as hostile input: a zip from a store or an artifact may hold `..`, absolute paths, symlinks,
 * or a bomb, and none of it may leave its folder or fill the disk.
 */







/** `<name>-<version>.doc.zip`, the name devpi-client gives a docs archive (name as in wheel filenames). */
function docsZipName(project, version) {
    return `${(0,_distribution_project_name__WEBPACK_IMPORTED_MODULE_4__/* .escapeName */ .L$)(project)}-${version}.doc.zip`;
}
/** Every regular file under `dir`, as forward-slash paths relative to it, sorted (symlinks are not followed). */
async function listTree(dir, prefix = '') {
    const files = [];
    for (const entry of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, prefix), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
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
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_5__/* .WheelwrightError */ .LJ('build', `the docs build wrote no index.html into ${htmlDir}`, {
            hint: "the docs' root document must be index (Sphinx's root_doc)",
        });
    // Zip times are DOS times from 1980 on; an earlier epoch is clamped.
    const mtime = new Date(Math.max(epoch ?? 315532800, 315532800) * 1000);
    const zip = new ZipFile();
    for (const path of files)
        zip.addFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(htmlDir, path), path, { mtime, mode: 0o100644, compress: true });
    zip.end();
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(zipPath), { recursive: true });
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(zip.outputStream, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(zipPath));
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
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(target);
    let files = 0;
    let bytes = 0;
    let index = false;
    const refuse = (message) => new _errors_index__WEBPACK_IMPORTED_MODULE_5__/* .WheelwrightError */ .LJ('store', `docs archive ${zipPath.split(/[\\/]/).pop()} refused: ${message}`, {
        hint: 'the docs zip is built by build-wheel; rebuild it rather than editing it',
    });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(root, { recursive: false });
    try {
        await (0,_distribution_archive__WEBPACK_IMPORTED_MODULE_6__.walkArchive)(zipPath, async (entry) => {
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
            const destination = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, ...entry.path.split('/'));
            if (!destination.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep))
                throw refuse(`member ${JSON.stringify(entry.path)} leaves the folder`);
            if (entry.path === 'index.html')
                index = true;
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(destination).catch(() => undefined))
                throw refuse(`member ${JSON.stringify(entry.path)} is stored twice`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(destination), { recursive: true });
            // A member written twice (or a file where a folder was) is refused by 'wx' instead of followed.
            let written = 0;
            const stream = await entry.open();
            stream.on('data', (chunk) => {
                written += chunk.length;
                // The declared size is the cap: a member that inflates beyond it is a lie (a zip bomb).
                if (written > entry.size)
                    stream.destroy(refuse(`member ${JSON.stringify(entry.path)} inflates past its declared size`));
            });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(stream, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(destination, { flags: 'wx', mode: 0o644 }));
            return false;
        });
        if (!index)
            throw refuse('it has no index.html at its root');
        // Nothing but regular files and folders may be left behind (a race with another writer is refused too).
        for (const path of await listTree(root)) {
            const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path));
            if (!stat.isFile() || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path)).startsWith('..'))
                throw refuse(`${path} is not a regular file`);
        }
        return files;
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(root, { recursive: true, force: true });
        if (error instanceof _errors_index__WEBPACK_IMPORTED_MODULE_5__/* .WheelwrightError */ .LJ)
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


/***/ }),

/***/ 8231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ docsArchiveOf),
/* harmony export */   _: () => (/* binding */ publishDocs),
/* harmony export */   releaseFolder: () => (/* binding */ releaseFolder),
/* harmony export */   unpackDocsIntoFileIndex: () => (/* binding */ unpackDocsIntoFileIndex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _distribution_project_name__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2640);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2662);
/* harmony import */ var _pep440_index__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5282);
/* harmony import */ var _store_lock__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9715);
/* harmony import */ var _docs_zip__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(261);
/**
 * Docs in the stores, chosen by capability: a store with `uploadDocs` takes them (devpi's documentation
 * upload, the embedded file store's unpacking under the release), any other (pypiserver, PyPI, a plain
 * upload API) gets a notice, not an error — the docs are still in the manifest and the build artefacts.
 *
 * The embedded file store keeps a release's docs at `<index>/<project>/<version>/+doc/`, the path devpi
 * serves them at, so a link to the docs has one shape for both.
 */









async function sha256Of(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
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
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`the manifest's docs filename '${docs.filename}' is not a <name>-<version>.doc.zip name`);
    const candidates = [...(docs.path ? [docs.path] : []), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(manifestPath), docs.filename)];
    const path = candidates.find((candidate) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(candidate));
    if (!path)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`the docs zip ${docs.filename} of the manifest is not on disk (looked in ${candidates.join(', ')})`, {
            hint: 'bring the whole build output (artefacts, docs zip and manifest) into this job, e.g. with actions/download-artifact',
        });
    const sha256 = await sha256Of(path);
    if (sha256 !== docs.sha256)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`the docs zip ${path} changed since the build recorded it (sha256 ${sha256}, manifest says ${docs.sha256})`, {
            hint: 'publish the docs the build produced; rebuild if they had to change',
        });
    return { path, filename: docs.filename, sha256, size: docs.size ?? 0 };
}
/** The release's folder in a file index, from names that were validated (never raw input). */
function releaseFolder(indexRoot, project, version) {
    const name = (0,_distribution_project_name__WEBPACK_IMPORTED_MODULE_5__/* .normalizeProjectName */ .yz)(project);
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name))
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_4__/* .StoreError */ .AD(`'${project}' is not a valid project name`);
    if (!(0,_pep440_index__WEBPACK_IMPORTED_MODULE_6__/* .isValidVersion */ .ri)(version))
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_4__/* .StoreError */ .AD(`'${version}' is not a PEP 440 version`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(indexRoot, name, (0,_pep440_index__WEBPACK_IMPORTED_MODULE_6__/* .normalizeVersion */ .Qj)(version));
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(folder, { recursive: true });
    const recorded = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, DOC_HASH), 'utf8').catch(() => '');
    if (recorded.trim() === archive.sha256 && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, DOC, 'index.html')))
        return 'skipped';
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, `.${DOC}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const old = `${staging}.old`;
    try {
        await (0,_docs_zip__WEBPACK_IMPORTED_MODULE_7__/* .unpackDocsZip */ .ZP)(archive.path, staging);
        await (0,_store_lock__WEBPACK_IMPORTED_MODULE_8__/* .withDirectoryLock */ .r)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(indexRoot, '.lock'), async () => {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, DOC)))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, DOC), old);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, DOC));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, DOC_HASH), `${archive.sha256}\n`);
        });
        return 'uploaded';
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(old, { recursive: true, force: true });
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

/***/ 4988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RG: () => (/* binding */ download),
  Em: () => (/* binding */ request)
});

// UNUSED EXPORTS: backoffDelay, describeAnswer, redirectTarget

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
// EXTERNAL MODULE: ./packages/core/src/http/credentials.ts
var http_credentials = __webpack_require__(1671);
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

// EXTERNAL MODULE: ./packages/core/src/http/redact.ts
var redact = __webpack_require__(2020);
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
            const fail = (what, expected) => new errors/* StoreError */.AD((0,redact/* redactSecrets */.f)(`${(0,redact/* redactUrl */.B)(head.url)} answered ${what} (HTTP ${status}) where ${expected} was expected`, secrets), {
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
        throw new errors/* StoreError */.AD(`${label}: ${(0,redact/* redactUrl */.B)(from.href)} redirected from https to ${(0,redact/* redactUrl */.B)(next.href)}; refused, plain http would expose the request`, {
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
    const label = options.label ? (0,redact/* redactSecrets */.f)(options.label, []) : `${method} ${(0,redact/* redactUrl */.B)(String(target))}`;
    let url;
    try {
        url = new URL(String(target));
    }
    catch {
        throw new errors/* StoreError */.AD(`${label}: '${(0,redact/* redactUrl */.B)(String(target))}' is not a valid URL`, {
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
                    throw new errors/* StoreError */.AD((0,redact/* redactSecrets */.f)(`${label} failed: ${reason}`, secrets), {
                        hint: code === 'ECONNREFUSED' || code === 'ENOTFOUND' ? 'check the store URL and that the server is running' : undefined,
                        cause: error,
                    });
                }
                failure = new TransientError(reason);
            }
        }
        if (attemptNo > retries) {
            throw new errors/* StoreError */.AD((0,redact/* redactSecrets */.f)(`${label} failed after ${attemptNo} attempts: ${failure.message}`, secrets), {
                hint: 'the server kept failing; try again later or check its health',
            });
        }
        const delayMs = backoffDelay(attemptNo, failure.retryAfter);
        options.onRetry?.({ attempt: attemptNo, delayMs, reason: (0,redact/* redactSecrets */.f)(failure.message, secrets) });
        await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
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

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ redactUrl),
/* harmony export */   f: () => (/* binding */ redactSecrets)
/* harmony export */ });
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

/***/ 437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export MemoryLogger */
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




/***/ }),

/***/ 8932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   iT: () => (/* binding */ testsPassed),
/* harmony export */   zH: () => (/* binding */ mergeTestRuns)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2662);
/**
 * The release manifest: the JSON contract between the actions (see DESIGN.md). build-wheel writes it;
 * publish, clean-env-test and promote read it and append what they did. Written atomically.
 */


async function readManifest(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`manifest '${path}' does not exist`, {
            hint: "pass the manifest output of build-wheel (or publish) as input 'manifest'",
        });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`manifest '${path}' is not valid JSON`, { hint: 'it is written by build-wheel; do not edit it by hand' });
    }
    const manifest = data;
    if (manifest.schema !== 1 ||
        typeof manifest.name !== 'string' ||
        typeof manifest.version !== 'string' ||
        !Array.isArray(manifest.files)) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`manifest '${path}' is not a Wheelwright release manifest (schema 1 with name, version, files)`);
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
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`manifest '${path}': files[${index}] is not an entry with filename, size and sha256`, {
                hint: 'it is written by build-wheel; do not edit it by hand',
            });
        }
    }
    return { stores: [], tests: [], promotions: [], kind: 'final', ...manifest };
}
/** Writes to a temporary file and renames it over the target, so a reader never sees half a manifest. */
async function writeManifest(path, manifest) {
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temporary, `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, path);
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
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`test results ${leg.path} are of ${leg.manifest.name} ${leg.manifest.version}, not ${manifest.name} ${manifest.version}`, { hint: 'pass only the manifests the test jobs of this release wrote' });
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


/***/ }),

/***/ 5282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   Yd: () => (/* binding */ publicVersion),
/* harmony export */   ZG: () => (/* binding */ classifyVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   ri: () => (/* binding */ isValidVersion),
/* harmony export */   z0: () => (/* binding */ tryParseVersion)
/* harmony export */ });
/* unused harmony exports parseVersion, baseVersion, sortVersions */
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

/***/ 5985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ checkChannelPolicy),
/* harmony export */   l_: () => (/* binding */ CHANNELS),
/* harmony export */   p3: () => (/* binding */ targetChannel),
/* harmony export */   pn: () => (/* binding */ PolicyError)
/* harmony export */ });
/* unused harmony export isChannel */
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2662);
/* harmony import */ var _pep440_index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5282);
/**
 * Which release may enter which channel. DESIGN.md: the policy lives here (PEP 440 kind → highest index),
 * not in workflow `if:` expressions. Every refusal names its rule, so the log says why, not only that.
 */


const CHANNELS = ['stable', 'testing', 'unstable'];
function isChannel(value) {
    return CHANNELS.includes(value);
}
/** `to-channel` when given, else the target index's own name (`…/stable/` is the stable channel). */
function targetChannel(toChannel, indexName) {
    const given = (toChannel ?? '').trim().toLowerCase();
    if (given !== '') {
        if (!isChannel(given))
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`input 'to-channel' must be stable, testing or unstable, got '${toChannel}'`);
        return given;
    }
    const name = indexName.trim().toLowerCase();
    if (isChannel(name))
        return name;
    throw new _errors_index__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`cannot tell the channel of target index '${indexName}': its name is not stable, testing or unstable`, {
        hint: "set input 'to-channel' to the policy the target index follows (stable accepts only final releases)",
    });
}
class PolicyError extends _errors_index__WEBPACK_IMPORTED_MODULE_0__/* .WheelwrightError */ .LJ {
    rule;
    constructor(rule, message, hint) {
        super('policy', `${rule} rule: ${message}`, hint === undefined ? {} : { hint });
        this.rule = rule;
    }
}
/**
 * `stable` accepts only final releases: PEP 440 pre-releases (a/b/rc), developmental releases and local
 * versions are refused; post-releases are final (PEP 440, "Post-releases"). `testing` and `unstable`
 * accept any tested build.
 */
function checkChannelPolicy(project, version, channel) {
    if (!(0,_pep440_index__WEBPACK_IMPORTED_MODULE_1__/* .isValidVersion */ .ri)(version)) {
        throw new PolicyError('pep440', `${project} ${version} is not a PEP 440 version, so no channel policy can admit it`);
    }
    if (channel !== 'stable')
        return;
    const { kind, isFinal } = (0,_pep440_index__WEBPACK_IMPORTED_MODULE_1__/* .classifyVersion */ .ZG)(version);
    if (isFinal || kind === 'final' || kind === 'post')
        return;
    const what = { pre: 'a pre-release', dev: 'a development release', local: 'a local version' }[kind];
    throw new PolicyError('stable-channel', `${project} ${version} is ${what}; the stable channel accepts only final releases (no pre, dev or local part)`, kind === 'pre'
        ? 'promote it to testing; tag the same commit with the final version to release it to stable'
        : 'promote it to testing or unstable');
}


/***/ }),

/***/ 7168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ promoteRelease)
});

// UNUSED EXPORTS: chooseMechanism

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./packages/core/src/board/index.ts + 3 modules
var board = __webpack_require__(8183);
// EXTERNAL MODULE: ./packages/core/src/channels/index.ts
var channels = __webpack_require__(557);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
// EXTERNAL MODULE: ./packages/core/src/http/credentials.ts
var credentials = __webpack_require__(1671);
// EXTERNAL MODULE: ./packages/core/src/manifest/index.ts
var src_manifest = __webpack_require__(8932);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts
var pep440 = __webpack_require__(5282);
// EXTERNAL MODULE: ./packages/core/src/store/open-store.ts + 6 modules
var open_store = __webpack_require__(2470);
// EXTERNAL MODULE: ./packages/core/src/distribution/version-bridge.ts
var version_bridge = __webpack_require__(4101);
// EXTERNAL MODULE: ./packages/core/src/store/listed-hash.ts
var listed_hash = __webpack_require__(8446);
// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __webpack_require__(2640);
// EXTERNAL MODULE: ./packages/core/src/store/inside.ts
var inside = __webpack_require__(1820);
// EXTERNAL MODULE: ./packages/core/src/store/local-artefact.ts
var local_artefact = __webpack_require__(5308);
// EXTERNAL MODULE: ./packages/core/src/store/lock.ts
var lock = __webpack_require__(9715);
// EXTERNAL MODULE: ./packages/core/src/promote/policy.ts
var policy = __webpack_require__(5985);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/process/index.ts + 1 modules
var src_process = __webpack_require__(6894);
// EXTERNAL MODULE: ./packages/core/src/scm/git-process.ts
var git_process = __webpack_require__(5918);
;// CONCATENATED MODULE: ./packages/core/src/promote/signed-tag.ts
/**
 * Verifies that a release tag carries a valid signature from one of the allowed signers, with git itself
 * (`git verify-tag`), so the rules are git's: SSH signatures are checked against an OpenSSH
 * allowed_signers file (`gpg.ssh.allowedSignersFile`, see ssh-keygen(1) "ALLOWED SIGNERS"), OpenPGP ones
 * against a keyring holding only the given public keys (a temporary GNUPGHOME, so the runner's own
 * keyring never vouches for anything).
 */







const GIT_HINT = 'fetch the tag with the checkout (actions/checkout with fetch-depth 0, or with its tag fetching on)';
async function verifySignedTag(check) {
    const { repository, tag } = check;
    if (check.allowedSigners.trim() === '') {
        throw new errors/* WheelwrightError */.LJ('input', "input 'require-signed-tag' is on but input 'allowed-signers' is empty", {
            hint: 'pass an SSH allowed_signers file or an OpenPGP public key file of the people allowed to sign releases',
        });
    }
    const type = await git(repository, ['cat-file', '-t', tag], {}).catch(() => {
        throw new errors/* WheelwrightError */.LJ('policy', `signed-tag rule: tag '${tag}' does not exist in ${repository}`, { hint: GIT_HINT });
    });
    if (type.trim() !== 'tag') {
        throw new errors/* WheelwrightError */.LJ('policy', `signed-tag rule: '${tag}' is a lightweight tag and carries no signature`, {
            hint: 'create the release tag with `git tag -s` (annotated and signed)',
        });
    }
    const commit = (await git(repository, ['rev-parse', `${tag}^{commit}`], {})).trim();
    if (check.commit && !commit.startsWith(check.commit) && !check.commit.startsWith(commit)) {
        throw new errors/* WheelwrightError */.LJ('policy', `signed-tag rule: tag '${tag}' points at ${commit.slice(0, 12)}, but the release was built from ${check.commit.slice(0, 12)}`, { hint: 'promote the build of the tagged commit' });
    }
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ww-verify-tag-'));
    try {
        const keys = await materialize(check.allowedSigners, scratch);
        const format = isOpenPgp(keys.bytes) ? 'openpgp' : 'ssh';
        const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1' };
        let config;
        if (format === 'ssh') {
            config = ['-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${keys.path}`];
        }
        else {
            // A keyring of only these keys: a signature by any other key, even one the runner trusts, fails.
            const home = (0,external_node_path_.join)(scratch, 'gnupg');
            await (0,promises_.mkdir)(home, { mode: 0o700 });
            await (0,src_process/* run */.e)('gpg', ['--homedir', home, '--batch', '--quiet', '--import', keys.path], {
                env: { ...env, GNUPGHOME: home },
                label: 'gpg --import',
                timeoutMs: 60_000,
                missingHint: 'install gnupg to verify OpenPGP-signed tags',
            }).catch((error) => {
                throw new errors/* WheelwrightError */.LJ('input', `input 'allowed-signers' holds no OpenPGP public key gpg can import`, { cause: error });
            });
            env.GNUPGHOME = home;
            config = ['-c', 'gpg.format=openpgp'];
        }
        let output;
        try {
            output = await (0,git_process/* runGitIn */.xm)(repository, [...config, 'verify-tag', '--raw', tag], { env });
        }
        catch (error) {
            const stderr = error instanceof errors/* ProcessError */.yI ? error.stderr : '';
            throw new errors/* WheelwrightError */.LJ('policy', `signed-tag rule: tag '${tag}' ${describeFailure(stderr)}`, {
                hint: "sign the tag with a key listed in input 'allowed-signers' (`git tag -s`), or fix that list",
                cause: error,
            });
        }
        const text = `${output.stderr}\n${output.stdout}`;
        // git exits 0 for a good signature; check the text too so an odd gpg.program cannot pass silently.
        const good = /Good "git" signature[^\n]*/.exec(text)?.[0] ?? /\[GNUPG:\] GOODSIG [^\n]*/.exec(text)?.[0];
        if (!good)
            throw new errors/* WheelwrightError */.LJ('policy', `signed-tag rule: git verify-tag reported no good signature on '${tag}'`);
        return { tag, commit, format, signer: good.replace('[GNUPG:] GOODSIG ', 'good OpenPGP signature by ') };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
function describeFailure(stderr) {
    if (/no signature found/i.test(stderr))
        return 'carries no signature';
    if (/allowed_signers|No principal matched|not in allowed/i.test(stderr))
        return "is signed by a key that is not in input 'allowed-signers'";
    if (/NO_PUBKEY|No public key|ERRSIG/i.test(stderr))
        return "is signed by a key that is not in input 'allowed-signers'";
    if (/BADSIG|Signature verification failed|bad signature/i.test(stderr))
        return 'has a bad signature (the tag was altered after signing)';
    const line = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('[GNUPG:]'))
        .pop();
    return `failed signature verification${line ? `: ${line}` : ''}`;
}
function isOpenPgp(bytes) {
    if (bytes.includes('-----BEGIN PGP PUBLIC KEY BLOCK-----'))
        return true;
    // A binary OpenPGP key starts with a public-key packet: old format tag 6 (0x98-0x9b) or new format 0xc6.
    const first = bytes[0] ?? 0;
    return (first & 0xfc) === 0x98 || first === 0xc6;
}
/** The input may be a path (the usual case) or the list itself (a repository variable). */
async function materialize(value, scratch) {
    const candidate = (0,external_node_path_.resolve)(value.trim());
    if (!value.includes('\n') && (0,external_node_fs_.existsSync)(candidate))
        return { path: candidate, bytes: await (0,promises_.readFile)(candidate) };
    if (!/\n|ssh-|ecdsa-|sk-|BEGIN PGP/.test(value)) {
        throw new errors/* WheelwrightError */.LJ('input', `input 'allowed-signers' file '${value.trim()}' does not exist`, {
            hint: 'give the path of an SSH allowed_signers file or an OpenPGP public key file (relative to the workspace)',
        });
    }
    const path = (0,external_node_path_.join)(scratch, 'allowed-signers');
    await (0,promises_.writeFile)(path, value.endsWith('\n') ? value : `${value}\n`, { mode: 0o600 });
    return { path, bytes: Buffer.from(value) };
}
async function git(cwd, args, env) {
    const result = await (0,git_process/* runGitIn */.xm)(cwd, args, { env: { ...process.env, ...env } });
    return result.stdout;
}

;// CONCATENATED MODULE: ./packages/core/src/promote/promote.ts
/**
 * promoteRelease: moves one tested release between indexes (unstable → testing → stable) all-or-nothing,
 * proving by sha256 that the target holds exactly the bytes the source index lists.
 *
 * Order matters: everything that can refuse (inputs, manifest tests, channel policy, signed tag, source
 * listing and hashes, target conflicts, `move` capability) is checked before the first write, so a
 * refusal changes nothing. Writes are tracked; a failure after the first write rolls the target back
 * where the store can delete, and otherwise the error says exactly which files are where.
 */














async function promoteRelease(options, logger) {
    for (const secret of [
        ...(0,credentials/* credentialSecrets */.DJ)([options.from, options.fromUploadUrl], options.fromUsername, options.fromPassword),
        ...(0,credentials/* credentialSecrets */.DJ)([options.to, options.toUploadUrl], options.toUsername, options.toPassword),
    ])
        options.onSecret?.(secret);
    const mode = readMode(options.mode);
    const release = await resolveRelease(options);
    const { project, version } = release;
    // A given to-channel names the target (reports, the manifest): a server that serves one index at its
    // root (pypiserver) has no index name in its URL, only a host name.
    const givenChannel = options.toChannel?.trim() ? (0,policy/* targetChannel */.p3)(options.toChannel, '') : undefined;
    // This run may not reach the channel: decided before any store is opened, so nothing is read or written.
    const heldBack = givenChannel && options.releaseOnly ? releaseHeldBack(options, release, givenChannel) : undefined;
    if (heldBack)
        return heldBackResult(options, release, givenChannel, mode, heldBack);
    // The docs zip the manifest names is checked now: a missing or altered one refuses before any write.
    const extras = await (0,board/* prepareReleaseExtras */.cY)(release.manifest, release.manifestPath);
    // Tests first: a release whose recorded tests failed goes nowhere, whatever the stores say.
    if (release.manifest && options.requireTests !== false && !(0,src_manifest/* testsPassed */.iT)(release.manifest)) {
        throw new policy/* PolicyError */.pn('tested-release', describeTests(release.manifest), "fix the failures, or set 'require-tests: false' to promote anyway");
    }
    const open = options.openStore ?? open_store/* openStore */.C;
    const source = await open(storeSpec(options.from, options.fromUploadUrl, options.fromUsername, options.fromPassword));
    const target = await open(storeSpec(options.to, options.toUploadUrl, options.toUsername, options.toPassword, givenChannel));
    if (source.indexUrl === target.indexUrl) {
        throw new errors/* InputError */.dz(`input 'from' and input 'to' are the same index (${source.indexUrl})`, {
            hint: 'promote between two different indexes',
        });
    }
    // The source goes by the name the manifest recorded for its URL (publish's index-name, an earlier to-channel).
    const sourceName = release.manifest?.stores.find((entry) => entry.url === source.indexUrl)?.index || source.name;
    const channel = (0,policy/* targetChannel */.p3)(options.toChannel, target.name);
    const heldBackByName = !givenChannel && options.releaseOnly ? releaseHeldBack(options, release, channel) : undefined;
    if (heldBackByName)
        return heldBackResult(options, release, channel, mode, heldBackByName);
    (0,policy/* checkChannelPolicy */.Ib)(project, version, channel);
    if (version.includes('+') && !target.capabilities.localVersions) {
        throw new policy/* PolicyError */.pn('local-version', `${target.name} (${target.indexUrl}) does not accept local versions like ${version}`, "build with 'local-scheme: no-local-version'");
    }
    if (mode === 'move' && !source.capabilities.delete) {
        throw new policy/* PolicyError */.pn('move', `${source.name} (${source.indexUrl}) cannot delete releases, so ${project} ${version} cannot be moved out of it`, 'use mode: copy');
    }
    let signedTag;
    if (options.requireSignedTag) {
        const tag = options.tag || release.manifest?.source?.tag;
        if (!tag) {
            throw new policy/* PolicyError */.pn('signed-tag', `${project} ${version} has no release tag to verify`, "pass input 'tag', or promote a build of a tagged commit");
        }
        const commit = release.manifest?.source?.commit;
        const verified = await verifySignedTag({
            repository: options.repository ?? process.cwd(),
            tag,
            allowedSigners: options.allowedSigners ?? '',
            ...(commit ? { commit } : {}),
        });
        signedTag = { tag: verified.tag, commit: verified.commit, signer: verified.signer };
        // The tag regex is the project's (setuptools_scm `tag_regex`), so a tag that does not read as this
        // version is worth a warning, not a refusal: the commit check above is the binding one.
        const tagVersion = tag.replace(/^[^0-9]*?[-_]?[vV]?(?=\d)/, '');
        if (!(0,version_bridge/* sameVersion */.r1)(tagVersion, version))
            logger.warning(`tag ${tag} does not name version ${version}; it was verified on the release's commit`);
        logger.info(`tag ${tag}: ${verified.signer}`);
    }
    // What the source holds, checked against the manifest: a file rebuilt or altered since it was tested fails here.
    const sourceFiles = await (0,listed_hash/* withSha256 */.K)(source, await releaseFiles(source, project, version));
    if (release.manifest) {
        checkAgainstManifest(release.manifest, sourceFiles, source);
        // A release is every file of the version in the source (other jobs may have added platform wheels).
        const unrecorded = sourceFiles.filter((file) => !release.manifest?.files.some((f) => f.filename === file.filename));
        if (unrecorded.length > 0)
            logger.info(`${source.name} also holds ${unrecorded.map((f) => f.filename).join(', ')} of ${project} ${version} (not in this manifest); promoted with the release`);
    }
    // What the target holds: the same bytes are skipped, anything else under this version is a conflict.
    const targetFiles = await (0,listed_hash/* withSha256 */.K)(target, (await target.listFiles(project)).filter((file) => (0,version_bridge/* sameVersion */.r1)(file.version, version)));
    const skipped = [];
    const pending = [];
    for (const file of sourceFiles) {
        const there = targetFiles.find((other) => other.filename === file.filename);
        if (!there)
            pending.push(file);
        else if (there.sha256 === file.sha256)
            skipped.push(file);
        else {
            throw new errors/* StoreError */.AD(`${file.filename} is already in ${target.name} (${target.indexUrl}) with different content (sha256 ${there.sha256.slice(0, 12)}…, source ${file.sha256.slice(0, 12)}…); it is never overwritten`, { code: 'conflict', hint: 'a different build of this version was promoted before; bump the version instead of rebuilding it' });
        }
    }
    const strangers = targetFiles.filter((file) => !sourceFiles.some((mine) => mine.filename === file.filename));
    if (strangers.length > 0) {
        throw new errors/* StoreError */.AD(`${target.name} already holds ${project} ${version} with files the source does not have (${strangers.map((f) => f.filename).join(', ')}); a release is never mixed from two builds`, { code: 'conflict', hint: 'remove the stray files from the target, or promote the build that produced them' });
    }
    const mechanism = chooseMechanism(source, target);
    const result = {
        project,
        version,
        from: describeStore(source, sourceName),
        to: describeStore(target),
        channel,
        mode,
        mechanism,
        dryRun: options.dryRun === true,
        files: [
            ...pending.map((file) => ({ filename: file.filename, sha256: file.sha256, outcome: options.dryRun ? 'planned' : 'promoted' })),
            ...skipped.map((file) => ({ filename: file.filename, sha256: file.sha256, outcome: 'skipped' })),
        ],
        promoted: [],
        skipped: skipped.map((file) => file.filename),
        removedFromSource: false,
        ...(signedTag ? { signedTag } : {}),
    };
    for (const file of skipped)
        logger.info(`${file.filename}: already in ${target.name} with the same sha256, skipped`);
    if (options.dryRun) {
        for (const file of pending)
            logger.info(`would ${mode} ${file.filename} (sha256 ${file.sha256}) ${source.name} → ${target.name} by ${mechanism}`);
        if (mode === 'move')
            logger.info(`would remove ${project} ${version} from ${source.name}`);
        return result;
    }
    const added = [];
    try {
        if (pending.length > 0) {
            await logger.group(`${mode} ${project} ${version}: ${source.name} → ${target.name} (${mechanism})`, async () => {
                if (mechanism === 'push')
                    await pushFiles(source, target, project, version, pending, added, logger);
                else
                    await copyFiles(source, target, pending, mechanism, options.workDir, added, logger);
            });
            await verifyTarget(target, project, version, sourceFiles);
        }
        // The docs (and the file store's record and board) join the files before the source lets go of them.
        result.extras = await (0,board/* shipReleaseExtras */.hR)(target, release.manifest, extras, logger);
        if (mode === 'move') {
            await source.deleteRelease(project, version);
            result.removedFromSource = true;
            logger.info(`removed ${project} ${version} from ${source.name}`);
            await (0,board/* shipReleaseExtras */.hR)(source, undefined, {}, logger);
        }
    }
    catch (error) {
        throw await rollBack(error, { source, target, project, version, added, pending, skipped });
    }
    result.promoted = added;
    for (const file of result.files)
        if (file.outcome === 'promoted' && !added.includes(file.filename))
            file.outcome = 'skipped';
    result.skipped = result.files.filter((file) => file.outcome === 'skipped').map((file) => file.filename);
    if (release.manifest && release.manifestPath) {
        const changed = added.length > 0 || result.removedFromSource;
        result.manifest = recordPromotion(release.manifest, result.from, target, mode, changed);
        await (0,src_manifest/* writeManifest */.HN)(release.manifestPath, result.manifest);
        result.manifestPath = release.manifestPath;
    }
    return result;
}
/** Why this run may not promote the release to `channel` under release-only (undefined: it may). */
function releaseHeldBack(options, release, channel) {
    // Only stable waits for a release; testing and unstable take any tested build.
    if (channel !== 'stable')
        return undefined;
    if (!release.manifest)
        throw new errors/* InputError */.dz("input 'release-only' needs input 'manifest': the build's record of the tag it was made at", {
            hint: "pass build-wheel's manifest output, or drop input 'release-only'",
            options: [{ name: 'release-only' }, { name: 'manifest' }],
        });
    const source = release.manifest.source ?? {};
    const facts = {
        channel: (0,pep440/* classifyVersion */.ZG)(release.version).channel,
        tag: source.tag ?? '',
        distance: source.distance ?? -1,
        dirty: source.dirty ?? false,
    };
    return (0,channels/* promotionHeldBack */.KP)(channel, facts, options.trigger ?? { kind: 'local' });
}
/** The result of a promotion this run may not make: nothing opened, nothing changed. */
function heldBackResult(options, release, channel, mode, reason) {
    const nowhere = (location) => ({ name: location, indexUrl: '', kind: '' });
    return {
        project: release.project,
        version: release.version,
        from: nowhere(options.from),
        to: { ...nowhere(options.to), name: channel },
        channel,
        mode,
        mechanism: 'transfer',
        dryRun: options.dryRun === true,
        files: [],
        promoted: [],
        skipped: [],
        removedFromSource: false,
        heldBack: `${release.project} ${release.version} was not promoted to ${channel}: ${reason}`,
    };
}
function readMode(mode) {
    const value = (mode ?? '').trim() || 'copy';
    if (value !== 'copy' && value !== 'move')
        throw new errors/* InputError */.dz(`input 'mode' must be copy or move, got '${mode}'`);
    return value;
}
async function resolveRelease(options) {
    const pkg = options.package?.trim() ?? '';
    const version = options.version?.trim() ?? '';
    if (!options.from?.trim())
        throw new errors/* InputError */.dz("input 'from' is required: the store or index the release is in");
    if (!options.to?.trim())
        throw new errors/* InputError */.dz("input 'to' is required: the store or index to promote the release to");
    if (options.manifest?.trim()) {
        const manifest = await (0,src_manifest/* readManifest */.WI)(options.manifest.trim());
        if (pkg && (0,project_name/* normalizeProjectName */.yz)(pkg) !== (0,project_name/* normalizeProjectName */.yz)(manifest.name)) {
            throw new errors/* InputError */.dz(`input 'package' (${pkg}) does not match the manifest's name (${manifest.name})`, {
                hint: "give either input 'manifest' or input 'package' and input 'version'",
            });
        }
        if (version && !(0,version_bridge/* sameVersion */.r1)(version, manifest.version)) {
            throw new errors/* InputError */.dz(`input 'version' (${version}) does not match the manifest's version (${manifest.version})`, {
                hint: "give either input 'manifest' or input 'package' and input 'version'",
            });
        }
        const merged = await mergeTestedManifests(manifest, options.manifest.trim(), options.tested ?? []);
        return { project: manifest.name, version: manifest.version, manifest: merged, manifestPath: options.manifest.trim() };
    }
    if (!pkg || !version) {
        throw new errors/* InputError */.dz("give input 'manifest', or both input 'package' and input 'version'", {
            hint: 'the manifest is an output of build-wheel, publish and clean-env-test',
        });
    }
    return { project: pkg, version };
}
/** The test legs' manifests (files, or folders searched for *.json) merged into the manifest, which is rewritten. */
async function mergeTestedManifests(manifest, manifestPath, tested) {
    if (tested.length === 0)
        return manifest;
    const paths = [];
    for (const entry of tested) {
        const found = await (0,promises_.stat)(entry).catch(() => undefined);
        if (!found)
            throw new errors/* InputError */.dz(`input 'tested' names ${entry}, which does not exist`, { hint: "download the test jobs' manifests first" });
        if (found.isDirectory())
            paths.push(...(await (0,promises_.readdir)(entry, { recursive: true })).filter((name) => name.endsWith('.json')).map((name) => (0,external_node_path_.join)(entry, name)));
        else
            paths.push(entry);
    }
    const legs = [];
    for (const path of paths.sort())
        legs.push({ path, manifest: await (0,src_manifest/* readManifest */.WI)(path) });
    const merged = (0,src_manifest/* mergeTestRuns */.zH)(manifest, legs);
    await (0,src_manifest/* writeManifest */.HN)(manifestPath, merged);
    return merged;
}
function storeSpec(url, uploadUrl, username, password, name) {
    return {
        url: url.trim(),
        ...(name ? { name } : {}),
        ...(uploadUrl?.trim() ? { uploadUrl: uploadUrl.trim() } : {}),
        ...(username ? { username } : {}),
        ...(password ? { password } : {}),
    };
}
function describeTests(manifest) {
    if (manifest.tests.length === 0)
        return `the manifest of ${manifest.name} ${manifest.version} records no test run`;
    const failed = manifest.tests.filter((run) => run.failed > 0 || run.errors > 0 || run.passed === 0);
    const where = failed.map((run) => `Python ${run.python} on ${run.os}: ${run.failed} failed, ${run.errors} errors, ${run.passed} passed`);
    return `the recorded tests of ${manifest.name} ${manifest.version} did not pass (${where.join('; ')})`;
}
async function releaseFiles(source, project, version) {
    const all = await source.listFiles(project);
    const files = all.filter((file) => (0,version_bridge/* sameVersion */.r1)(file.version, version));
    if (files.length > 0)
        return files;
    if (all.length === 0) {
        const projects = await source.listProjects().catch(() => []);
        const like = projects.filter((name) => (0,project_name/* normalizeProjectName */.yz)(name).includes((0,project_name/* normalizeProjectName */.yz)(project).slice(0, 4)));
        throw new errors/* InputError */.dz(`${project} is not in ${source.name} (${source.indexUrl})${like.length > 0 ? `; it holds ${like.slice(0, 10).join(', ')}` : projects.length === 0 ? '; the index is empty' : ''}`, { hint: "check input 'package' and input 'from'; publish the release there first" });
    }
    const versions = [...new Set(all.map((file) => file.version))].sort((a, b) => (0,pep440/* isValidVersion */.ri)(a) && (0,pep440/* isValidVersion */.ri)(b) ? (0,pep440/* compareVersions */.Zy)(a, b) : a.localeCompare(b));
    throw new errors/* InputError */.dz(`${project} ${version} is not in ${source.name} (${source.indexUrl}); versions there: ${versions.join(', ')}`, {
        hint: "check input 'version' (or the manifest) and input 'from'",
    });
}
function checkAgainstManifest(manifest, files, source) {
    for (const recorded of manifest.files) {
        const listed = files.find((file) => file.filename === recorded.filename);
        if (!listed) {
            throw new errors/* StoreError */.AD(`${recorded.filename} from the manifest is not in ${source.name} (${source.indexUrl}); it holds ${files.map((f) => f.filename).join(', ')}`, {
                hint: 'publish the whole release to the source index before promoting it',
            });
        }
        if (listed.sha256 !== recorded.sha256.toLowerCase()) {
            throw new errors/* StoreError */.AD(`${recorded.filename} in ${source.name} has sha256 ${listed.sha256} but the manifest recorded ${recorded.sha256}: it changed since it was built and tested`, { code: 'conflict', hint: 'never promote a file that was replaced after testing; rebuild, publish and test again' });
        }
    }
}
/** DESIGN.md, "Stores": choose by capability, not by type. */
function chooseMechanism(source, target) {
    if (source.capabilities.push && source.pushRelease && target.capabilities.push && sameServer(source, target))
        return 'push';
    if (source.kind === 'file' && target.kind === 'file')
        return 'file-copy';
    return 'transfer';
}
function sameServer(a, b) {
    try {
        return new URL(a.indexUrl).origin === new URL(b.indexUrl).origin;
    }
    catch {
        return false;
    }
}
async function pushFiles(source, target, project, version, pending, added, logger) {
    // devpi's push is not idempotent (409 for a file already on a non-volatile target), so the target was
    // listed first; pushRelease skips what is there with the same sha256.
    const pushed = await source.pushRelease(project, version, target.uploadUrl);
    for (const filename of pushed.pushed) {
        added.push(filename);
        const file = pending.find((f) => f.filename === filename);
        logger.info(`${filename}: pushed to ${target.name}${file ? ` (sha256 ${file.sha256})` : ''}`);
    }
}
async function copyFiles(source, target, pending, mechanism, workDir, added, logger) {
    const parent = workDir ?? process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
    await removeAbandonedStaging(parent);
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, `${STAGING_PREFIX}${process.pid}-`));
    try {
        for (const file of pending) {
            // Between file indexes the file is read in place; otherwise the store streams the download into the
            // staging folder and checks it against the source index as it goes. The name comes from an index:
            // it is joined only if it stays inside the staging folder.
            const path = mechanism === 'file-copy' ? (0,external_node_url_.fileURLToPath)(file.url) : (0,inside/* resolveInside */.L)(staging, file.filename);
            if (mechanism !== 'file-copy')
                await source.download(file, path);
            // The metadata sent to the target is read from the file itself, never from the source index; the
            // hash of the bytes about to be uploaded is checked against the source index once more.
            const artefact = await (0,local_artefact/* readLocalArtefact */.g6)(path);
            if (artefact.sha256 !== file.sha256) {
                throw new errors/* StoreError */.AD(`${file.filename} in ${source.name} has sha256 ${artefact.sha256} but its index lists ${file.sha256}: the file was altered`, { code: 'conflict', hint: 'restore the file or rebuild and republish the release; a changed file is never promoted' });
            }
            const outcome = await target.upload(artefact);
            if (outcome === 'uploaded')
                added.push(file.filename);
            logger.info(`${file.filename}: ${outcome === 'uploaded' ? 'copied' : 'already there'} to ${target.name} (sha256 ${file.sha256})`);
            if (mechanism !== 'file-copy')
                await (0,promises_.rm)(path, { force: true });
        }
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
const STAGING_PREFIX = 'ww-promote-';
/** Staging folders of promotions whose process is gone (killed mid-copy): `ww-promote-<pid>-<random>`. */
async function removeAbandonedStaging(parent) {
    const names = await (0,promises_.readdir)(parent).catch(() => []);
    for (const name of names) {
        const pid = Number(/^ww-promote-(\d+)-[A-Za-z0-9]+$/.exec(name)?.[1]);
        if (Number.isInteger(pid) && (0,lock/* ownerGone */.R)(pid, (0,external_node_os_.hostname)()))
            await (0,promises_.rm)((0,external_node_path_.join)(parent, name), { recursive: true, force: true });
    }
}
/** Reads the target back: every file of the release listed with the source's sha256. */
async function verifyTarget(target, project, version, files) {
    const listed = (await target.listFiles(project)).filter((file) => (0,version_bridge/* sameVersion */.r1)(file.version, version));
    for (const file of files) {
        const there = listed.find((other) => other.filename === file.filename);
        if (!there)
            throw new errors/* StoreError */.AD(`${file.filename} is not listed by ${target.name} (${target.indexUrl}) after the upload`);
        const sha256 = await (0,listed_hash/* sha256Of */.B)(target, there);
        if (sha256 !== file.sha256) {
            throw new errors/* StoreError */.AD(`${file.filename} in ${target.name} has sha256 ${sha256} after the upload, expected ${file.sha256}`, {
                code: 'conflict',
            });
        }
    }
}
/**
 * After a failure: leave the target as it was. Deleting the release is only right when it held none of
 * it before (otherwise files we did not add would go too); in every other case say what is where.
 */
async function rollBack(error, context) {
    const { source, target, project, version, skipped } = context;
    // A push that failed midway may have stored files it did not report; read what is there now.
    const now = await target
        .listFiles(project)
        .then((files) => files.filter((file) => (0,version_bridge/* sameVersion */.r1)(file.version, version)).map((file) => file.filename))
        .catch(() => undefined);
    const added = now ? now.filter((filename) => !skipped.some((file) => file.filename === filename)) : context.added;
    const base = (0,errors/* isWheelwrightError */.HX)(error) ? error : undefined;
    const message = base?.message ?? (error instanceof Error ? error.message : String(error));
    const wrap = (suffix) => new errors/* WheelwrightError */.LJ(base?.code ?? 'store', `${message}; ${suffix}`, { ...(base?.hint ? { hint: base.hint } : {}), cause: error });
    if (added.length === 0) {
        return base
            ? wrap(`nothing was changed: ${target.name} holds ${skipped.length > 0 ? `only ${skipped.map((f) => f.filename).join(', ')} (there before)` : `no file of ${project} ${version}`}, ${source.name} is unchanged`)
            : error;
    }
    if (target.capabilities.delete && skipped.length === 0) {
        try {
            await target.deleteRelease(project, version);
            return wrap(`rolled back: removed ${added.join(', ')} from ${target.name}, so it holds no file of ${project} ${version}; ${source.name} is unchanged`);
        }
        catch (rollbackError) {
            const why = rollbackError instanceof Error ? rollbackError.message : String(rollbackError);
            return wrap(`rollback failed (${why}): ${target.name} holds ${added.join(', ')} of ${project} ${version}; ${source.name} is unchanged`);
        }
    }
    const missing = [...context.pending, ...skipped]
        .map((f) => f.filename)
        .filter((filename) => !added.includes(filename) && !skipped.some((f) => f.filename === filename));
    return wrap(`${target.name} cannot ${target.capabilities.delete ? 'roll back only part of a release' : 'delete'}: it now holds ${[...skipped.map((f) => f.filename), ...added].join(', ')} of ${project} ${version}` +
        `${missing.length > 0 ? ` and lacks ${missing.join(', ')}` : ''}; ${source.name} still holds the whole release; re-run the promotion to complete it`);
}
function describeStore(store, name = store.name) {
    return { name, indexUrl: store.indexUrl, kind: store.kind };
}
function recordPromotion(manifest, source, target, mode, changed) {
    const at = new Date().toISOString();
    // A re-run that found everything in place records nothing new (the promotion is already there).
    const known = manifest.promotions.some((p) => p.from === source.name && p.to === target.name);
    if (!changed && known && manifest.stores.some((entry) => entry.url === target.indexUrl))
        return manifest;
    const stores = manifest.stores.filter((entry) => entry.url !== target.indexUrl && !(mode === 'move' && entry.url === source.indexUrl));
    stores.push({ index: target.name, url: target.indexUrl, by: 'promote', at });
    return { ...manifest, stores, promotions: [...manifest.promotions, { from: source.name, to: target.name, mode, at }] };
}


/***/ }),

/***/ 3853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eB: () => (/* binding */ publishOutputs),
  Dl: () => (/* binding */ publishRelease)
});

// UNUSED EXPORTS: checkFilePatterns, indexBaseOf, mintUploadToken, publishedLine, summaryMarkdown

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(1191);
// EXTERNAL MODULE: ./packages/core/src/board/index.ts + 3 modules
var board = __webpack_require__(8183);
// EXTERNAL MODULE: ./packages/core/src/distribution/printable-name.ts
var printable_name = __webpack_require__(8970);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
// EXTERNAL MODULE: ./packages/core/src/http/credentials.ts
var credentials = __webpack_require__(1671);
// EXTERNAL MODULE: ./packages/core/src/http/redact.ts
var redact = __webpack_require__(2020);
// EXTERNAL MODULE: ./packages/core/src/manifest/index.ts
var src_manifest = __webpack_require__(8932);
// EXTERNAL MODULE: ./packages/core/src/store/names.ts
var names = __webpack_require__(9054);
// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __webpack_require__(2640);
// EXTERNAL MODULE: ./packages/core/src/distribution/version-bridge.ts
var version_bridge = __webpack_require__(4101);
// EXTERNAL MODULE: ./packages/core/src/store/local-artefact.ts
var local_artefact = __webpack_require__(5308);
// EXTERNAL MODULE: ./packages/core/src/store/open-store.ts + 6 modules
var open_store = __webpack_require__(2470);
// EXTERNAL MODULE: ./packages/core/src/store/pypiserver-names.ts
var pypiserver_names = __webpack_require__(382);
// EXTERNAL MODULE: ./packages/core/src/store/listed-hash.ts
var listed_hash = __webpack_require__(8446);
;// CONCATENATED MODULE: ./packages/core/src/publish/local-files.ts
/**
 * The files publish takes when no manifest is given, as far as they can be judged without the glob engine:
 * when no pattern's literal folder exists, nothing can match. Kept apart from the stores, HTTP and the
 * globbing, so the action answers an empty workspace (the default `dist/*` with nothing built) before it
 * loads them; publishRelease globs for real and gives the same answer.
 */



// Characters that make a path segment a pattern (picomatch's glob syntax, negation and escapes included).
const GLOB_SEGMENT = /[*?[\]{}()!+@\\]/;
/** The patterns publish globs: the given ones, blank lines dropped; `dist/*` when none are given. */
function filePatterns(files) {
    return (files ?? ['dist/*']).filter((pattern) => pattern.trim() !== '');
}
/** The answer when nothing publishable matches the patterns. */
function noArtefactsError(patterns, workspace) {
    return new errors/* InputError */.dz(`no wheel or sdist matches files '${patterns.join(', ')}' in ${workspace}`, {
        hint: "build first (build-wheel), or pass its manifest output as input 'manifest'",
    });
}
/**
 * Throws noArtefactsError when no file can match: every pattern is positive and the folder its literal
 * leading segments name does not exist. Anything else is left to the glob.
 */
function checkFilePatterns(options) {
    if (options.manifest)
        return;
    const workspace = resolve(options.workspace ?? process.cwd());
    const patterns = filePatterns(options.files);
    const bases = patterns.map((pattern) => {
        if (pattern.startsWith('!'))
            return undefined;
        const literal = [];
        for (const segment of pattern.split('/')) {
            if (GLOB_SEGMENT.test(segment))
                break;
            literal.push(segment);
        }
        // A pattern without glob syntax names a file itself: its folder is what must exist.
        if (literal.length === pattern.split('/').length)
            literal.pop();
        return literal.join('/');
    });
    if (bases.every((base) => base !== undefined && base !== '' && !existsSync(resolve(workspace, base)))) {
        throw noArtefactsError(patterns, workspace);
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./packages/core/src/http/client.ts + 1 modules
var client = __webpack_require__(4988);
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
    const oidc = await (0,client/* request */.Em)(tokenUrl, {
        headers: { Accept: 'application/json' },
        auth: (0,credentials/* bearerCredentials */.IO)(tokenUrl, requestToken),
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
    const audienceAnswer = await (0,client/* request */.Em)(`${base}_/oidc/audience`, {
        headers: { Accept: 'application/json' },
        label: 'reading the OIDC audience',
    });
    if (audienceAnswer.status !== 200) {
        throw new errors/* StoreError */.AD(`${(0,redact/* redactUrl */.B)(base)} does not offer trusted publishing (HTTP ${audienceAnswer.status} from _/oidc/audience)`, {
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
    const minted = await (0,client/* request */.Em)(`${base}_/oidc/mint-token`, {
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
        throw new errors/* StoreError */.AD(`${(0,redact/* redactUrl */.B)(base)} refused to mint an upload token (HTTP ${minted.status}${reasons ? `: ${reasons}` : ''})`, {
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
        const manifest = await (0,src_manifest/* readManifest */.WI)(manifestPath);
        if (manifest.files.length === 0)
            throw new errors/* InputError */.dz(`manifest '${options.manifest}' lists no files`, { hint: 'run build-wheel first' });
        const paths = manifest.files.map((file) => {
            let parts;
            try {
                parts = (0,names/* splitArtefactFilename */.WI)(file.filename);
            }
            catch {
                parts = undefined;
            }
            if (!parts ||
                (0,project_name/* normalizeProjectName */.yz)(parts.project) !== (0,project_name/* normalizeProjectName */.yz)(manifest.name) ||
                !(0,version_bridge/* sameVersion */.r1)(parts.version, manifest.version)) {
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
    const patterns = filePatterns(options.files);
    const matched = await (0,dist/* glob */.TI)([...patterns], { cwd: workspace, absolute: true, onlyFiles: true });
    const paths = matched.filter((p) => ARTEFACT.test(p)).sort();
    if (paths.length === 0)
        throw noArtefactsError(patterns, workspace);
    return { paths };
}
/** The bytes read for a manifest entry must be the ones it records. */
function checkEntry(artefact, entry) {
    if (artefact.filename !== entry.filename || artefact.sha256 !== entry.sha256.toLowerCase() || artefact.size !== entry.size) {
        throw new errors/* InputError */.dz(`'${artefact.path}' is not the file the manifest records for '${entry.filename}' (sha256 ${artefact.sha256}, ${artefact.size} bytes; manifest says ${entry.sha256}, ${entry.size} bytes)`, { hint: 'publish the files the build produced; rebuild and republish if they had to change' });
    }
}
function releaseKey(filename) {
    const parts = (0,names/* splitArtefactFilename */.WI)(filename);
    return parts ? `${(0,project_name/* normalizeProjectName */.yz)(parts.project)} ${parts.version}` : filename;
}
async function publishRelease(options, logger) {
    for (const secret of (0,credentials/* credentialSecrets */.DJ)([options.store, options.uploadUrl], options.username, options.password))
        options.onSecret?.(secret);
    const workspace = (0,external_node_path_.resolve)(options.workspace ?? process.cwd());
    const skipExisting = options.skipExisting ?? true;
    const verify = options.verify ?? true;
    const dryRun = options.dryRun ?? false;
    const { paths, manifest, entries } = await resolveFiles(options, workspace);
    const extras = await (0,board/* prepareReleaseExtras */.cY)(manifest, options.manifest ? (0,external_node_path_.resolve)(workspace, options.manifest) : undefined);
    const artefacts = [];
    for (const [i, path] of paths.entries()) {
        const artefact = await (0,local_artefact/* readLocalArtefact */.g6)(path);
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
        for (const secret of (0,credentials/* credentialSecrets */.DJ)([], '__token__', password))
            options.onSecret?.(secret);
        username = '__token__';
        logger.info(`Trusted publishing: minted a short-lived upload token at ${(0,redact/* redactUrl */.B)(indexBase)}`);
    }
    const store = await (0,open_store/* openStore */.C)({
        url: storeUrl,
        ...(options.uploadUrl ? { uploadUrl: options.uploadUrl } : {}),
        ...(username ? { username } : {}),
        ...(password ? { password } : {}),
        ...(options.indexName ? { name: options.indexName } : {}),
    }, logger);
    logger.info(`Store: ${store.name} (${store.kind}) ${(0,redact/* redactUrl */.B)(store.indexUrl)}`);
    // Refuse up front what the store will refuse (PyPI: local versions), before anything is sent.
    if (!store.capabilities.localVersions) {
        const local = artefacts.filter((a) => (0,names/* localPart */.L7)((0,names/* splitArtefactFilename */.WI)(a.filename)?.version ?? '') !== undefined);
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
            (0,pypiserver_names/* refuseMisfiled */.g)(artefact, store.indexUrl);
    // What the index holds already, per project: decides skip / conflict for every file before any upload.
    const listed = new Map();
    const listing = async (filename) => {
        const project = (0,project_name/* normalizeProjectName */.yz)((0,names/* splitArtefactFilename */.WI)(filename)?.project ?? filename);
        if (!listed.has(project))
            listed.set(project, await store.listFiles(project));
        return listed.get(project) ?? [];
    };
    const files = [];
    const toUpload = [];
    for (const artefact of artefacts) {
        const existing = (await listing(artefact.filename)).find((f) => f.filename === artefact.filename);
        // An index without sha256 links (md5 only) is compared by the bytes it serves.
        const existingSha256 = existing ? await (0,listed_hash/* sha256Of */.B)(store, existing) : undefined;
        const file = {
            filename: artefact.filename,
            sha256: artefact.sha256,
            size: artefact.size,
            outcome: dryRun ? 'would-upload' : 'uploaded',
        };
        if (existing) {
            if (existingSha256 !== artefact.sha256) {
                throw new errors/* StoreError */.AD(`'${artefact.filename}' already exists in ${store.name} (${(0,redact/* redactUrl */.B)(store.indexUrl)}) with different content (sha256 ${existingSha256} there, ${artefact.sha256} here); nothing was uploaded`, { code: 'conflict', hint: 'a published file is never overwritten: bump the version (a new commit or tag) and publish again' });
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
        store: { kind: store.kind, name: store.name, indexUrl: store.indexUrl, uploadUrl: (0,redact/* redactUrl */.B)(store.uploadUrl) },
        files,
        uploaded: [],
        skipped: files.filter((f) => f.outcome === 'skipped').map((f) => f.filename),
        indexUrl: store.indexUrl,
        dryRun,
        verified: false,
    };
    const releases = new Set(artefacts.map((a) => releaseKey(a.filename)));
    if (releases.size === 1) {
        const parts = (0,names/* splitArtefactFilename */.WI)(artefacts[0]?.filename ?? '');
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
            const there = found ? await (0,listed_hash/* sha256Of */.B)(store, found) : undefined;
            if (!found || there !== file.sha256) {
                const replaced = file.outcome === 'uploaded' && store.capabilities.reuseFilenames;
                throw new errors/* StoreError */.AD(found
                    ? `verification failed: ${store.name} now serves '${file.filename}' with sha256 ${there}, not the ${file.sha256} this run ${file.outcome === 'uploaded' ? 'uploaded' : 'found'}${replaced ? ' (another publisher replaced it: the index allows overwriting)' : ''}`
                    : `verification failed: ${store.name} does not list '${file.filename}' after the upload (${(0,redact/* redactUrl */.B)(store.indexUrl)})`, {
                    code: found ? 'conflict' : 'store',
                    hint: found
                        ? 'two builds were published under one version; later steps refuse bytes that differ from the manifest, so publish a new version'
                        : 'the server accepted the upload but does not serve it; check its logs, caches (CDN) and the index URL',
                });
            }
            file.url = found.url;
        }
        result.verified = true;
        logger.info(`Verified ${files.length} file(s) in ${(0,redact/* redactUrl */.B)(store.indexUrl)} by sha256`);
    }
    if (manifest && options.manifest) {
        const manifestPath = (0,external_node_path_.resolve)(workspace, options.manifest);
        const entry = { index: store.name, url: store.indexUrl, by: 'publish', at: new Date().toISOString() };
        manifest.stores = [...manifest.stores.filter((s) => !(s.url === entry.url && s.by === 'publish')), entry];
        await (0,src_manifest/* writeManifest */.HN)(manifestPath, manifest);
        result.manifestPath = manifestPath;
    }
    result.extras = await (0,board/* shipReleaseExtras */.hR)(store, manifest, extras, logger);
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
        const parts = (0,names/* splitArtefactFilename */.WI)(ours[0]?.filename ?? '');
        if (store.capabilities.delete && parts) {
            try {
                const there = (await store.listFiles(parts.project)).filter((f) => (0,version_bridge/* sameVersion */.r1)(f.version, parts.version));
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
        ...result.files.map((f) => `| ${f.url && /^https?:/.test(f.url) ? `[${cell(f.filename)}](${f.url})` : cell(f.filename)} | ${f.size} | \`${f.sha256}\` | ${f.outcome} |`),
        '',
    ];
    if (result.extras?.docs)
        lines.push(result.extras.docs.url ? `Docs: <${result.extras.docs.url}>` : `Docs: ${cell(result.extras.docs.message)}`, '');
    if (result.extras?.board)
        lines.push(`Release board: \`${cell(result.extras.board)}\``, '');
    if (result.project && result.version) {
        lines.push('```', `pip install --index-url ${result.indexUrl} ${result.project}==${result.version}`, '```', '');
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 8215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ resolvePython),
/* harmony export */   S3: () => (/* binding */ launcherSpec),
/* harmony export */   WH: () => (/* binding */ pythonSpawn),
/* harmony export */   bn: () => (/* binding */ findPythonCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2662);
/* harmony import */ var _process_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6894);




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
    return requested && /[\\/]/.test(candidate) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(candidate) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd ?? '.', candidate) : candidate;
}
function isExecutableFile(path) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile())
            return false;
        if (process.platform !== 'win32')
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
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
    const dirs = (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter(Boolean);
    const suffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
    for (const candidate of candidatesFor(undefined)) {
        if (dirs.some((dir) => suffixes.some((suffix) => isExecutableFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${candidate}${suffix}`)))))
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
            const probe = await (0,_process_index__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)(launcher.program, [...launcher.args, '-c', PROBE], { timeoutMs: 30_000, label: `${requested} --version` });
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
            const probe = await (0,_process_index__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)(command, ['-c', PROBE], {
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
    throw new _errors_index__WEBPACK_IMPORTED_MODULE_3__/* .WheelwrightError */ .LJ('python', requested
        ? `python interpreter '${requested}' was not found or does not run`
        : 'no Python interpreter found on PATH (tried python3, python)', {
        hint: "install Python (on GitHub: actions/setup-python) or set input 'python' to an interpreter path",
        options: [{ name: 'python' }],
        cause: lastError,
    });
}


/***/ }),

/***/ 1266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JS: () => (/* binding */ compileTagRegex),
/* harmony export */   _f: () => (/* binding */ matchTag),
/* harmony export */   ar: () => (/* binding */ tagToVersion),
/* harmony export */   rF: () => (/* binding */ pythonToJavaScript)
/* harmony export */ });
/* unused harmony export DEFAULT_TAG_REGEX */
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2662);
/* harmony import */ var _pep440_index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5282);
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
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_0__/* .WheelwrightError */ .LJ('input', `${what} '${text}' is not a valid regular expression: ${error.message}`, {
                hint: "use a regular expression with a group named 'version', e.g. ^v?(?P<version>\\d+(?:\\.\\d+)*)$",
            });
        }
    };
    const ascii = compile('ascii');
    if (ascii.groups === 0 || (ascii.groups > 1 && !ascii.named.includes('version'))) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_0__/* .WheelwrightError */ .LJ('input', `${what} '${text}' must contain a single group or a group named 'version' (setuptools_scm: "Expected tag_regex ... to contain a single match group")`, { hint: 'wrap the version part in (?P<version>...)' });
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
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_0__/* .WheelwrightError */ .LJ('config', `the tag_regex "${pattern.source}" matched tag "${tag}", however the matched group has no value`, {
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
    const failure = () => new _errors_index__WEBPACK_IMPORTED_MODULE_0__/* .WheelwrightError */ .LJ('version', `can't parse a version from tag '${tag}' (tag_regex=${pattern.source}, tag prefix='${prefix}')`, {
        hint: "setuptools_scm fails on this tag too: delete or move the tag, or set input 'tag-regex' / [tool.setuptools_scm] tag.prefix so it is skipped",
    });
    if (!found)
        throw failure();
    const version = (0,_pep440_index__WEBPACK_IMPORTED_MODULE_1__/* .tryParseVersion */ .z0)(found.version);
    if (!version)
        throw failure();
    if (found.suffix === '')
        return { versionText: found.version, version, warning: undefined };
    const withSuffix = (0,_pep440_index__WEBPACK_IMPORTED_MODULE_1__/* .tryParseVersion */ .z0)(found.version + found.suffix);
    if (withSuffix)
        return { versionText: found.version, version: withSuffix, warning: undefined, suffixKept: found.suffix };
    return {
        versionText: found.version,
        version,
        warning: `tag '${tag}' will be stripped of its suffix '${found.suffix}'`,
    };
}


/***/ }),

/***/ 63:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ FileIndexStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _distribution_sha256_file__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3815);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(2662);
/* harmony import */ var _hashing__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(2334);
/* harmony import */ var _inside__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1820);
/* harmony import */ var _local_artefact__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5308);
/* harmony import */ var _lock__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9715);
/* harmony import */ var _names__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2640);
/* harmony import */ var _names__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9054);
/* harmony import */ var _names__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(4101);
/* harmony import */ var _server_answers__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(405);
/* harmony import */ var _simple_html__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5210);
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
const HOST = (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)().replace(/[^A-Za-z0-9-]/g, '-') || 'host';
async function writeAtomically(path, content) {
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temporary, content);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, path);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temporary, { force: true });
    }
}
function headerField(metadataText, field) {
    // Core metadata is RFC 822-style headers; the body (description) follows the first blank line.
    const headers = metadataText.split(/\r?\n\r?\n/, 1)[0] ?? '';
    return new RegExp(`^${field}:[ \\t]*(.*)$`, 'im').exec(headers)?.[1]?.trim() || undefined;
}
/** Temporary files of writers that are gone: this host's dead pids, or anything older than a day. */
async function removeStaleTemporaries(folder, pattern) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(folder).catch(() => []);
    for (const name of names) {
        const match = pattern.exec(name);
        if (!match)
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(folder, name);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path).catch(() => undefined);
        if (!info)
            continue;
        const pid = Number(match.groups?.pid);
        const host = match.groups?.host ?? HOST;
        if ((0,_lock__WEBPACK_IMPORTED_MODULE_7__/* .ownerGone */ .R)(pid, host === HOST ? (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)() : host) || Date.now() - info.mtimeMs > TEMP_MAX_AGE_MS) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { force: true, recursive: true });
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
        this.indexUrl = `${(0,node_url__WEBPACK_IMPORTED_MODULE_6__.pathToFileURL)(root).href.replace(/\/$/, '')}/`;
        this.uploadUrl = this.indexUrl;
    }
    projectDir(project) {
        return (0,_inside__WEBPACK_IMPORTED_MODULE_8__/* .resolveInside */ .L)(this.root, (0,_names__WEBPACK_IMPORTED_MODULE_9__/* .normalizeProjectName */ .yz)(project), 'project folder');
    }
    /** The files a project page lists, by filename (only names that are distribution filenames of this project). */
    async readPage(project) {
        const files = new Map();
        let html;
        try {
            html = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.projectDir(project), PAGE), 'utf8');
        }
        catch {
            return files;
        }
        for (const link of (0,_simple_html__WEBPACK_IMPORTED_MODULE_10__/* .parseSimpleLinks */ .fK)(html)) {
            const { url, sha256 } = (0,_simple_html__WEBPACK_IMPORTED_MODULE_10__/* .splitHashFragment */ .tb)(link.href);
            if (!sha256)
                continue;
            let filename;
            try {
                filename = decodeURIComponent(url);
            }
            catch {
                continue;
            }
            const parts = (0,_names__WEBPACK_IMPORTED_MODULE_11__/* .splitArtefactFilename */ .WI)(filename);
            if (!parts || (0,_names__WEBPACK_IMPORTED_MODULE_9__/* .normalizeProjectName */ .yz)(parts.project) !== (0,_names__WEBPACK_IMPORTED_MODULE_9__/* .normalizeProjectName */ .yz)(project))
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
            url: (0,node_url__WEBPACK_IMPORTED_MODULE_6__.pathToFileURL)((0,_inside__WEBPACK_IMPORTED_MODULE_8__/* .resolveInside */ .L)(dir, file.filename)).href,
            sha256: file.sha256,
            hashes: { sha256: file.sha256 },
            version: (0,_names__WEBPACK_IMPORTED_MODULE_11__/* .splitArtefactFilename */ .WI)(file.filename)?.version ?? '',
            ...(file.requiresPython ? { requiresPython: file.requiresPython } : {}),
            hasMetadata: file.metadataSha256 !== undefined,
        }));
    }
    async listProjects() {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(this.root, { withFileTypes: true }).catch(() => []);
        const projects = [];
        for (const entry of entries) {
            if (!entry.isDirectory() || entry.name.startsWith('.'))
                continue;
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.root, entry.name, PAGE)).catch(() => undefined))
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
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).catch(() => [])).filter((n) => {
            const parts = !n.startsWith('.') && !except.has(n) ? (0,_names__WEBPACK_IMPORTED_MODULE_11__/* .splitArtefactFilename */ .WI)(n) : undefined;
            return parts !== undefined && (0,_names__WEBPACK_IMPORTED_MODULE_9__/* .normalizeProjectName */ .yz)(parts.project) === (0,_names__WEBPACK_IMPORTED_MODULE_9__/* .normalizeProjectName */ .yz)(project);
        });
        const files = [];
        for (const filename of names.sort()) {
            const known = listed.get(filename);
            const entry = { filename, sha256: known?.sha256 ?? (await (0,_distribution_sha256_file__WEBPACK_IMPORTED_MODULE_12__/* .sha256File */ .Q)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, filename))).sha256 };
            const metadataPath = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, `${filename}.metadata`);
            const metadataText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(metadataPath, 'utf8').catch(() => undefined);
            const requiresPython = known?.requiresPython ?? (metadataText ? headerField(metadataText, 'Requires-Python') : undefined);
            if (requiresPython)
                entry.requiresPython = requiresPython;
            // PEP 658 covers any distribution, but pip trusts an sdist's metadata only from 2.2 on: advertise it for
            // wheels. pip before 23.2 (Debian 12's 23.0.1) compares the file's Name with the requirement as typed
            // (pypa/pip#12038, fixed by #12044) and discards the wheel when they differ; a Name already in normal
            // form matches what users and our own actions type, any other spelling would make old pips fail.
            const name = metadataText === undefined ? undefined : headerField(metadataText, 'Name');
            if (filename.endsWith('.whl') && name !== undefined && name === (0,_names__WEBPACK_IMPORTED_MODULE_9__/* .normalizeProjectName */ .yz)(name)) {
                entry.metadataSha256 = (await (0,_distribution_sha256_file__WEBPACK_IMPORTED_MODULE_12__/* .sha256File */ .Q)(metadataPath)).sha256;
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
        const normalized = (0,_names__WEBPACK_IMPORTED_MODULE_9__/* .normalizeProjectName */ .yz)(project);
        if (files.length > 0) {
            const projects = new Set(await this.listProjects());
            if (!projects.has(normalized)) {
                projects.add(normalized);
                await writeAtomically((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.root, PAGE), (0,_simple_html__WEBPACK_IMPORTED_MODULE_10__/* .renderRootPage */ .QW)([...projects]));
            }
            await writeAtomically((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, PAGE), (0,_simple_html__WEBPACK_IMPORTED_MODULE_10__/* .renderProjectPage */ .d_)(normalized, files));
            return;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, PAGE), { force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rmdir)(dir).catch(() => undefined);
        await writeAtomically((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.root, PAGE), (0,_simple_html__WEBPACK_IMPORTED_MODULE_10__/* .renderRootPage */ .QW)(await this.listProjects()));
    }
    async lock(fn) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(this.root, { recursive: true });
        return (0,_lock__WEBPACK_IMPORTED_MODULE_7__/* .withDirectoryLock */ .r)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.root, LOCK), async () => {
            await removeStaleTemporaries((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.root, TEMP), TEMP_FILE);
            return fn();
        });
    }
    async upload(artefact) {
        const { project } = (0,_local_artefact__WEBPACK_IMPORTED_MODULE_13__/* .artefactIdentity */ .n1)(artefact);
        const dir = this.projectDir(project);
        const target = (0,_inside__WEBPACK_IMPORTED_MODULE_8__/* .resolveInside */ .L)(dir, artefact.filename);
        // Copy outside the lock (it may be large) into the store's own temporary folder, which nothing removes
        // while this process lives; rename into the project folder under the lock.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.root, TEMP), { recursive: true });
        const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.root, TEMP, `${process.pid}.${HOST}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
        try {
            const copied = await (0,_hashing__WEBPACK_IMPORTED_MODULE_14__/* .copyAndHash */ .pg)(artefact.path, temporary);
            if (copied !== artefact.sha256) {
                throw new _errors_index__WEBPACK_IMPORTED_MODULE_15__/* .StoreError */ .AD(`'${artefact.path}' changed while it was being published (sha256 ${copied}, expected ${artefact.sha256})`, {
                    hint: 'do not rebuild while publishing; run the publish step again',
                });
            }
            return await this.lock(async () => {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
                await removeStaleTemporaries(dir, LEGACY_TEMP_FILE);
                const existing = (await this.readPage(project)).get(artefact.filename);
                if (existing) {
                    if (existing.sha256 !== artefact.sha256)
                        throw (0,_server_answers__WEBPACK_IMPORTED_MODULE_16__/* .conflictError */ .j)(artefact.filename, this.indexUrl, existing.sha256, artefact.sha256);
                    // Listed already; make sure the root page lists the project too (a run that stopped in between).
                    await this.writePages(project, await this.folderEntries(project));
                    return 'skipped';
                }
                // Not listed. A complete file in place is a previous run's that stopped before its page was
                // written: the same bytes are published by listing them; other bytes were never listed, so
                // nobody installed them, and ours replace them.
                if (artefact.metadataText !== undefined)
                    await writeAtomically(`${target}.metadata`, artefact.metadataText);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, target);
                await this.writePages(project, await this.folderEntries(project));
                return 'uploaded';
            });
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temporary, { force: true });
        }
    }
    async download(file, destination) {
        const project = (0,_names__WEBPACK_IMPORTED_MODULE_11__/* .splitArtefactFilename */ .WI)(file.filename)?.project;
        const source = (0,_inside__WEBPACK_IMPORTED_MODULE_8__/* .resolveInside */ .L)(this.projectDir(project ?? ''), file.filename);
        const hasher = (0,_hashing__WEBPACK_IMPORTED_MODULE_14__/* .hashingStream */ .Pg)();
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(source), hasher, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(destination));
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(destination, { force: true });
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_15__/* .StoreError */ .AD(`cannot read '${file.filename}' from the file index ${this.indexUrl}: ${error.message}`, {
                cause: error,
            });
        }
        if (file.sha256 && hasher.digest() !== file.sha256) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(destination, { force: true });
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_15__/* .StoreError */ .AD(`'${file.filename}' in ${this.indexUrl} does not match its listed hash (sha256 ${hasher.digest()}, index says ${file.sha256})`, { code: 'conflict', hint: 'the file was changed after it was published; publish the release again under a new version' });
        }
        return hasher.digest();
    }
    async deleteRelease(project, version) {
        const dir = this.projectDir(project);
        await this.lock(async () => {
            const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).catch(() => []);
            const release = new Set(names.filter((name) => {
                const parts = name.startsWith('.') ? undefined : (0,_names__WEBPACK_IMPORTED_MODULE_11__/* .splitArtefactFilename */ .WI)(name);
                return (parts !== undefined &&
                    (0,_names__WEBPACK_IMPORTED_MODULE_9__/* .normalizeProjectName */ .yz)(parts.project) === (0,_names__WEBPACK_IMPORTED_MODULE_9__/* .normalizeProjectName */ .yz)(project) &&
                    (0,_names__WEBPACK_IMPORTED_MODULE_17__/* .sameVersion */ .r1)(parts.version, version));
            }));
            // The page stops listing the release before its files go: it never lists a file that is not there.
            // A stop in between leaves the files unlisted; the next write of this project lists them again, so
            // the release is back whole in the source and a re-run of the move completes it.
            const remaining = await this.folderEntries(project, release);
            if (remaining.length > 0)
                await this.writePages(project, remaining);
            else
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, PAGE), { force: true });
            for (const name of release) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)((0,_inside__WEBPACK_IMPORTED_MODULE_8__/* .resolveInside */ .L)(dir, name), { force: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)((0,_inside__WEBPACK_IMPORTED_MODULE_8__/* .resolveInside */ .L)(dir, `${name}.metadata`), { force: true });
            }
            // The release's docs and record (`<project>/<version>/`) go with its files.
            const { releaseFolder } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8231));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(releaseFolder(this.root, project, version), { recursive: true, force: true });
            if (remaining.length === 0)
                await this.writePages(project, []);
        });
    }
    pipIndexArgs() {
        return ['--index-url', this.indexUrl];
    }
    async uploadDocs(project, version, archive) {
        const { releaseFolder, unpackDocsIntoFileIndex } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8231));
        const outcome = await unpackDocsIntoFileIndex(this.root, project, version, archive);
        return { outcome, url: (0,node_url__WEBPACK_IMPORTED_MODULE_6__.pathToFileURL)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(releaseFolder(this.root, project, version), '+doc', PAGE)).href };
    }
}


/***/ }),

/***/ 2334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ strongestHash),
/* harmony export */   Pg: () => (/* binding */ hashingStream),
/* harmony export */   pg: () => (/* binding */ copyAndHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);




/**
 * A pass-through stream that hashes what flows through it: always sha256, plus the other algorithms
 * asked for (an index that lists only md5 is checked by md5 while the sha256 is computed for us).
 */
function hashingStream(others = []) {
    const hashes = new Map([['sha256', (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')]]);
    for (const algorithm of others)
        if (!hashes.has(algorithm))
            hashes.set(algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm));
    const digests = new Map();
    let bytes = 0;
    const stream = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
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
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(source), hasher, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(destination));
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


/***/ }),

/***/ 1820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolveInside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _distribution_printable_name__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8970);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2662);
/**
 * Joining a name from outside (an index link, a manifest entry, a METADATA field) onto a folder. The
 * name must be one plain path segment, and the joined path must still be inside the folder once both
 * are resolved — on every OS, whichever separator the name tried to smuggle in.
 */



/** `folder/name`, or a StoreError when `name` is not a single segment that stays inside `folder`. */
function resolveInside(folder, name, what = 'file name') {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(folder);
    const joined = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(base, name);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(base, joined);
    // A name is one segment: no separator of either OS, no `.`/`..`, no control character, no drive.
    const plain = name !== '' && name !== '.' && name !== '..' && !/[\\/\0-\x1f\x7f]|^[A-Za-z]:/.test(name);
    if (!plain || rel === '' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || rel === '..' || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) || rel.includes(node_path__WEBPACK_IMPORTED_MODULE_0__.sep)) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_1__/* .StoreError */ .AD(`refusing the ${what} '${(0,_distribution_printable_name__WEBPACK_IMPORTED_MODULE_2__/* .printableName */ .Nt)(name)}': it would not stay inside ${base}`, {
            code: 'input',
            hint: 'a file name from an index, a manifest or an archive must be a plain name; this one came from an untrusted source',
        });
    }
    return joined;
}


/***/ }),

/***/ 8446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ sha256Of),
/* harmony export */   K: () => (/* binding */ withSha256)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _inside__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1820);
/**
 * The sha256 of a file an index lists, whatever the index offers: its own `sha256` when it states one,
 * otherwise the hash of the bytes it serves (downloaded, checked against the md5/sha1 it does list).
 * Indexes without sha256 links (pypiserver `--hash-algo md5`, many Nexus setups) are thereby compared
 * by content, never reported as "different" for lack of a hash.
 */




async function sha256Of(store, file) {
    if (file.sha256)
        return file.sha256;
    const folder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'ww-hash-'));
    try {
        return await store.download(file, (0,_inside__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .L)(folder, file.filename));
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(folder, { recursive: true, force: true });
    }
}
/** The files with `sha256` filled in (downloads only those the index lists without one). */
async function withSha256(store, files) {
    const complete = [];
    for (const file of files)
        complete.push(file.sha256 ? file : { ...file, sha256: await sha256Of(store, file) });
    return complete;
}


/***/ }),

/***/ 5308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ metadataList),
/* harmony export */   g6: () => (/* binding */ readLocalArtefact),
/* harmony export */   k$: () => (/* binding */ metadataField),
/* harmony export */   n1: () => (/* binding */ artefactIdentity)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _distribution_index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8199);
/* harmony import */ var _distribution_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9217);
/* harmony import */ var _distribution_index__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2860);
/* harmony import */ var _distribution_index__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3815);
/* harmony import */ var _distribution_index__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8970);
/* harmony import */ var _distribution_index__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4101);
/* harmony import */ var _distribution_project_name__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2640);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2662);
/**
 * A built file on disk as the stores need it: name, size, sha256 and its core metadata (parsed for the
 * upload API's form fields, raw for the file index's PEP 658 file). Read with the one archive reader;
 * the metadata member is read up to a cap, and its Name and Version must agree with the filename, since
 * the filename decides where the file is filed and the metadata what the index records.
 */




async function readLocalArtefact(path) {
    const filename = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path);
    const parsed = (0,_distribution_index__WEBPACK_IMPORTED_MODULE_1__/* .parseDistributionFilename */ .h3)(filename);
    const expectedDir = parsed.kind === 'wheel' ? `${parsed.distribution}-${parsed.rawVersion}.dist-info/` : undefined;
    const found = [];
    await (0,_distribution_index__WEBPACK_IMPORTED_MODULE_2__.walkArchive)(path, async (entry) => {
        if (entry.type !== 'file' || !(0,_distribution_index__WEBPACK_IMPORTED_MODULE_3__/* .isMetadataMember */ .QI)(parsed.kind, entry.path))
            return false;
        // Capped (the declared size first, then the bytes inflated): a 1 GB METADATA is refused, not read.
        found.push({ member: entry.path, text: (await (0,_distribution_index__WEBPACK_IMPORTED_MODULE_2__/* .readEntry */ .hB)(path, entry)).toString('utf8') });
        return parsed.kind === 'sdist' || entry.path.startsWith(expectedDir ?? '\0');
    });
    const chosen = found.find((item) => expectedDir !== undefined && item.member.startsWith(expectedDir)) ?? found[0];
    if (!chosen) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_4__/* .WheelwrightError */ .LJ('inspect', `${path} has no core metadata (${parsed.kind === 'wheel' ? '*.dist-info/METADATA' : 'PKG-INFO'})`, {
            hint: 'rebuild it with a PEP 517 backend (python -m build)',
        });
    }
    const metadata = (0,_distribution_index__WEBPACK_IMPORTED_MODULE_3__/* .parseCoreMetadata */ .Ug)(chosen.text);
    const { sha256, size } = await (0,_distribution_index__WEBPACK_IMPORTED_MODULE_5__/* .sha256File */ .Q)(path);
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
        parsed = (0,_distribution_index__WEBPACK_IMPORTED_MODULE_1__/* .parseDistributionFilename */ .h3)(artefact.filename);
    }
    catch (error) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_4__/* .StoreError */ .AD(error.message, {
            code: 'input',
            hint: 'publish only the .whl and .tar.gz files a PEP 517 build produced',
        });
    }
    const project = (0,_distribution_project_name__WEBPACK_IMPORTED_MODULE_6__/* .normalizeProjectName */ .yz)(parsed.distribution);
    const name = metadataField(artefact.metadata, 'Name') ?? '';
    if ((0,_distribution_project_name__WEBPACK_IMPORTED_MODULE_6__/* .normalizeProjectName */ .yz)(name) !== project) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_4__/* .StoreError */ .AD(`'${artefact.filename}' names the project '${project}' but its core metadata says Name: '${(0,_distribution_index__WEBPACK_IMPORTED_MODULE_7__/* .printableName */ .Nt)(name)}'; a file is published only under the name it carries`, { code: 'input', hint: 'rebuild it with a PEP 517 backend: the filename and METADATA come from the same project name' });
    }
    const version = metadataField(artefact.metadata, 'Version') ?? '';
    if (!(0,_distribution_index__WEBPACK_IMPORTED_MODULE_8__/* .sameVersion */ .r1)(version, parsed.rawVersion)) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_4__/* .StoreError */ .AD(`'${artefact.filename}' carries version ${parsed.rawVersion} but its core metadata says Version: '${(0,_distribution_index__WEBPACK_IMPORTED_MODULE_7__/* .printableName */ .Nt)(version)}'`, { code: 'input', hint: 'rebuild it: the filename and METADATA must name the same version' });
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


/***/ }),

/***/ 9054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ localPart),
/* harmony export */   WI: () => (/* binding */ splitArtefactFilename)
/* harmony export */ });
/* unused harmony export belongsTo */
/* harmony import */ var _distribution_index__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8199);
/* harmony import */ var _pep440_index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5282);


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
        const parsed = (0,_distribution_index__WEBPACK_IMPORTED_MODULE_0__/* .parseDistributionFilename */ .h3)(filename);
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
    return (0,_pep440_index__WEBPACK_IMPORTED_MODULE_1__/* .tryParseVersion */ .z0)(version)?.local?.join('.');
}


/***/ }),

/***/ 2470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ openStore)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
// EXTERNAL MODULE: ./packages/core/src/http/redact.ts
var redact = __webpack_require__(2020);
// EXTERNAL MODULE: ./packages/core/src/log/index.ts
var log = __webpack_require__(437);
// EXTERNAL MODULE: ./packages/core/src/http/client.ts + 1 modules
var client = __webpack_require__(4988);
// EXTERNAL MODULE: ./packages/core/src/http/credentials.ts
var http_credentials = __webpack_require__(1671);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __webpack_require__(2640);
// EXTERNAL MODULE: ./packages/core/src/store/names.ts
var names = __webpack_require__(9054);
// EXTERNAL MODULE: ./packages/core/src/distribution/version-bridge.ts
var version_bridge = __webpack_require__(4101);
// EXTERNAL MODULE: ./packages/core/src/store/simple-html.ts
var simple_html = __webpack_require__(5210);
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
        const parts = filename === undefined ? undefined : (0,names/* splitArtefactFilename */.WI)(filename);
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
    for (const link of (0,simple_html/* parseSimpleLinks */.fK)(response.text())) {
        const { url, hashes } = (0,simple_html/* splitHashFragment */.tb)(link.href);
        add(linkFilename(url, response.url), url, hashes ?? {}, {
            ...(link.attributes['data-requires-python'] ? { requiresPython: link.attributes['data-requires-python'] } : {}),
            ...(link.attributes['data-yanked'] !== undefined ? { yanked: true } : {}),
            ...(link.attributes['data-core-metadata'] || link.attributes['data-dist-info-metadata'] ? { hasMetadata: true } : {}),
        });
    }
    return files;
}

// EXTERNAL MODULE: ./packages/core/src/store/server-answers.ts
var server_answers = __webpack_require__(405);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/http/multipart.ts
var multipart = __webpack_require__(9709);
// EXTERNAL MODULE: ./packages/core/src/store/hashing.ts
var hashing = __webpack_require__(2334);
// EXTERNAL MODULE: ./packages/core/src/store/listed-hash.ts
var listed_hash = __webpack_require__(8446);
// EXTERNAL MODULE: ./packages/core/src/store/pypiserver-names.ts
var pypiserver_names = __webpack_require__(382);
// EXTERNAL MODULE: ./packages/core/src/store/local-artefact.ts
var local_artefact = __webpack_require__(5308);
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
    const parts = (0,names/* splitArtefactFilename */.WI)(artefact.filename);
    const meta = artefact.metadata;
    const fields = [
        [':action', 'file_upload'],
        ['protocol_version', '1'],
        // devpi answers 500 without name/version; pypiserver reads the filename instead.
        ['name', (0,local_artefact/* metadataField */.k$)(meta, 'Name') ?? parts?.project ?? ''],
        ['version', (0,local_artefact/* metadataField */.k$)(meta, 'Version') ?? parts?.version ?? ''],
        ['filetype', parts?.kind === 'wheel' ? 'bdist_wheel' : 'sdist'],
        ['pyversion', parts?.kind === 'wheel' ? (parts.pythonTag ?? '') : 'source'],
    ];
    for (const [field, form] of SINGLE_FIELDS) {
        const value = (0,local_artefact/* metadataField */.k$)(meta, field);
        if (value !== undefined)
            fields.push([form, value]);
    }
    for (const [field, form] of LIST_FIELDS)
        for (const value of (0,local_artefact/* metadataList */.Kw)(meta, field))
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
        const message = (0,redact/* redactSecrets */.f)(`${what}: ${(0,server_answers/* serverMessage */.x)(response)}`, this.secrets);
        if (response.status === 401 || response.status === 403) {
            return new errors/* StoreError */.AD(message, {
                code: 'auth',
                status: response.status,
                hint: response.credentialsDropped
                    ? `the store redirected to ${(0,redact/* redactUrl */.B)(response.url)}, another origin, and credentials never follow a redirect there: give that URL as the store`
                    : this.connection.auth
                        ? 'the store refused these credentials: check username/password (use __token__ with an API token) and the permissions on this index'
                        : 'the store needs credentials: give a username and password (an API token with username __token__)',
            });
        }
        return new errors/* StoreError */.AD(message, { status: response.status });
    }
    async listFiles(project) {
        const pageUrl = `${this.indexUrl}${encodeURIComponent((0,project_name/* normalizeProjectName */.yz)(project))}/`;
        const response = await (0,client/* request */.Em)(pageUrl, this.options({ headers: { Accept: PEP691_ACCEPT }, label: `reading ${(0,redact/* redactUrl */.B)(pageUrl)}` }));
        if (response.status === 404)
            return [];
        if (response.status !== 200)
            throw this.failure(`reading ${(0,redact/* redactUrl */.B)(pageUrl)} failed`, response);
        return parseProjectPage(response, project);
    }
    async listProjects() {
        const response = await (0,client/* request */.Em)(this.indexUrl, this.options({ headers: { Accept: PEP691_ACCEPT } }));
        if (response.status !== 200)
            throw this.failure(`reading ${(0,redact/* redactUrl */.B)(this.indexUrl)} failed`, response);
        if (/json/i.test(String(response.headers['content-type'] ?? ''))) {
            const projects = response.json().projects ?? [];
            return projects.flatMap((p) => (typeof p?.name === 'string' ? [(0,project_name/* normalizeProjectName */.yz)(p.name)] : []));
        }
        return (0,simple_html/* parseSimpleLinks */.fK)(response.text()).map((link) => (0,project_name/* normalizeProjectName */.yz)(link.text));
    }
    refuseUnsupported(artefact) {
        if (this.capabilities.namesFromFilename === 'pypiserver')
            (0,pypiserver_names/* refuseMisfiled */.g)(artefact, this.indexUrl);
        const version = (0,names/* splitArtefactFilename */.WI)(artefact.filename)?.version ?? '';
        if (!this.capabilities.localVersions && (0,names/* localPart */.L7)(version) !== undefined) {
            throw new errors/* StoreError */.AD(`'${artefact.filename}' has the local version ${version}, which ${(0,redact/* redactUrl */.B)(this.uploadUrl)} rejects`, {
                code: 'policy',
                hint: "PyPI and TestPyPI refuse local versions (+…): build with pep440-version's 'local-scheme: no-local-version', or publish to another store",
            });
        }
    }
    /** The file of this name the index lists now, with its sha256 (hashed from the bytes when the index has none). */
    async listed(project, filename) {
        const file = (await this.listFiles(project)).find((f) => f.filename === filename);
        return file ? { file, sha256: await (0,listed_hash/* sha256Of */.B)(this, file) } : undefined;
    }
    async upload(artefact) {
        this.refuseUnsupported(artefact);
        // Look first: devpi answers 200 to an identical re-upload, PyPI 400, pypiserver 409 — only the index tells.
        const project = (0,names/* splitArtefactFilename */.WI)(artefact.filename)?.project ?? '';
        const before = await this.listed(project, artefact.filename);
        if (before) {
            if (before.sha256 === artefact.sha256)
                return 'skipped';
            throw (0,server_answers/* conflictError */.j)(artefact.filename, this.indexUrl, before.sha256, artefact.sha256);
        }
        const body = (0,multipart/* multipartBody */.R)(uploadFields(artefact), {
            field: 'content',
            filename: artefact.filename,
            path: artefact.path,
            size: artefact.size,
        });
        const response = await (0,client/* request */.Em)(this.uploadUrl, this.options({
            method: 'POST',
            body,
            followRedirects: false,
            label: `upload of ${artefact.filename} to ${(0,redact/* redactUrl */.B)(this.uploadUrl)}`,
        }));
        if (response.status === 200 || response.status === 201)
            return 'uploaded';
        if (response.status >= 300 && response.status < 400) {
            throw new errors/* StoreError */.AD(`${(0,redact/* redactUrl */.B)(this.uploadUrl)} redirected the upload of ${artefact.filename} (HTTP ${response.status})`, {
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
                throw (0,server_answers/* conflictError */.j)(artefact.filename, this.indexUrl, listed.sha256, artefact.sha256);
            if (!this.capabilities.reuseFilenames && /already exists|reuse/i.test(response.text() + response.reason)) {
                throw new errors/* StoreError */.AD(`${(0,redact/* redactUrl */.B)(this.uploadUrl)} refuses '${artefact.filename}': ${(0,server_answers/* serverMessage */.x)(response)}`, {
                    code: 'conflict',
                    status: response.status,
                    hint: 'PyPI never accepts a filename twice, even after deletion: publish a new version',
                });
            }
        }
        if (response.status === 404 || response.status === 405) {
            throw new errors/* StoreError */.AD(`${(0,redact/* redactUrl */.B)(this.uploadUrl)} is not an upload endpoint (${(0,server_answers/* serverMessage */.x)(response)})`, {
                status: response.status,
                hint: "check the store URL, or give the upload endpoint as input 'upload-url'",
            });
        }
        throw this.failure(`upload of ${artefact.filename} to ${(0,redact/* redactUrl */.B)(this.uploadUrl)} failed`, response);
    }
    async download(file, destination) {
        const offered = file.sha256 ? { algorithm: 'sha256', hex: file.sha256 } : (0,hashing/* strongestHash */.I8)(file.hashes);
        let hasher = (0,hashing/* hashingStream */.Pg)(offered ? [offered.algorithm] : []);
        const response = await (0,client/* download */.RG)(file.url, destination, this.options({
            label: `download of ${file.filename}`,
            through: () => {
                hasher = (0,hashing/* hashingStream */.Pg)(offered ? [offered.algorithm] : []);
                return hasher;
            },
        }));
        if (response.status !== 200)
            throw this.failure(`download of ${file.filename} from ${(0,redact/* redactUrl */.B)(file.url)} failed`, response);
        if (offered && hasher.digest(offered.algorithm) !== offered.hex) {
            await (0,promises_.rm)(destination, { force: true });
            throw new errors/* StoreError */.AD(`'${file.filename}' from ${(0,redact/* redactUrl */.B)(this.indexUrl)} does not match its listed hash (${offered.algorithm} ${hasher.digest(offered.algorithm)}, index says ${offered.hex})`, { code: 'conflict', hint: 'the file changed on the server after it was published; do not promote or install it' });
        }
        return hasher.digest();
    }
    async deleteRelease(project, version) {
        if (!this.capabilities.delete) {
            throw new errors/* StoreError */.AD(`${(0,redact/* redactUrl */.B)(this.indexUrl)} does not support deleting files through its API`, {
                code: 'policy',
                hint: "set 'mode: copy', or delete the release in the server's own interface",
            });
        }
        // pypiserver's `remove_pkg` takes the name and version as spelled in the filename, once per spelling.
        const files = (await this.listFiles(project)).filter((f) => (0,version_bridge/* sameVersion */.r1)(f.version, version));
        const spellings = new Map();
        for (const f of files) {
            const parts = (0,names/* splitArtefactFilename */.WI)(f.filename);
            if (parts)
                spellings.set(`${parts.project}\0${parts.version}`, { name: parts.project, version: parts.version });
        }
        for (const { name, version: fileVersion } of spellings.values()) {
            const form = Buffer.from(new URLSearchParams({ ':action': 'remove_pkg', name, version: fileVersion }).toString(), 'utf8');
            const response = await (0,client/* request */.Em)(this.uploadUrl, this.options({
                method: 'POST',
                body: () => ({ stream: external_node_stream_.Readable.from([form]), length: form.length, contentType: 'application/x-www-form-urlencoded' }),
                followRedirects: false,
            }));
            if (response.status !== 200)
                throw this.failure(`removing ${name} ${fileVersion} from ${(0,redact/* redactUrl */.B)(this.uploadUrl)} failed`, response);
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
        const response = await (0,client/* request */.Em)(`${this.serverRoot}+login`, {
            ...options,
            body: () => ({ stream: external_node_stream_.Readable.from([body]), length: body.length }),
        });
        if (response.status !== 200)
            throw this.failure(`devpi login at ${(0,redact/* redactUrl */.B)(this.serverRoot)} failed`, response);
        const token = response.json().result?.password;
        this.token = typeof token === 'string' ? token : undefined;
    }
    /** The files this index itself holds (`?ignore_bases`), from devpi's JSON project view. */
    async ownFiles(indexUrl, project) {
        const url = `${indexUrl}${encodeURIComponent((0,project_name/* normalizeProjectName */.yz)(project))}?ignore_bases`;
        const response = await (0,client/* request */.Em)(url, this.options({ headers: { Accept: 'application/json' }, label: `reading ${(0,redact/* redactUrl */.B)(url)}` }));
        if (response.status === 404)
            return [];
        if (response.status !== 200)
            throw this.failure(`reading ${(0,redact/* redactUrl */.B)(url)} failed`, response);
        const result = response.json().result ?? {};
        const wanted = (0,project_name/* normalizeProjectName */.yz)(project);
        const files = [];
        for (const release of Object.values(result)) {
            for (const link of release?.['+links'] ?? []) {
                if ((link.rel !== undefined && link.rel !== 'releasefile') || typeof link.href !== 'string')
                    continue;
                const filename = linkFilename(link.href, response.url);
                const parts = filename === undefined ? undefined : (0,names/* splitArtefactFilename */.WI)(filename);
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
        const versions = new Set((await this.listFiles(project)).filter((f) => (0,version_bridge/* sameVersion */.r1)(f.version, version)).map((f) => f.version));
        for (const v of versions) {
            const url = `${this.devpiIndexUrl}${encodeURIComponent((0,project_name/* normalizeProjectName */.yz)(project))}/${encodeURIComponent(v)}`;
            const response = await (0,client/* request */.Em)(url, this.options({ method: 'DELETE', headers: { Accept: 'application/json' } }));
            if (response.status === 403 && !this.capabilities.delete) {
                throw new errors/* StoreError */.AD(`devpi refuses to delete ${project} ${v} from the non-volatile index ${this.indexPath} (${(0,server_answers/* serverMessage */.x)(response)})`, {
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
        return devpiDocsUpload(this.devpiIndexUrl, project, version, archive, (url, extra) => (0,client/* request */.Em)(url, this.options(extra)), (what, response) => this.failure(what, response));
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
            throw new errors/* StoreError */.AD(`devpi push target '${(0,redact/* redactUrl */.B)(targetIndex)}' is not a user/index on ${(0,redact/* redactUrl */.B)(this.serverRoot)}`, {
                hint: 'name the target index as user/index, on the same devpi server',
            });
        }
        const source = (await this.listFiles(project)).filter((f) => (0,version_bridge/* sameVersion */.r1)(f.version, version));
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
        const response = await (0,client/* request */.Em)(this.devpiIndexUrl, {
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
        throw new errors/* StoreError */.AD(`store '${(0,redact/* redactUrl */.B)(spec.url)}' is not a valid URL`, { code: 'input' });
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
            throw new errors/* StoreError */.AD(`input 'upload-url' '${(0,redact/* redactUrl */.B)(spec.uploadUrl)}' is not a valid URL`, {
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
        const probe = await (0,client/* request */.Em)(href, {
            headers: { Accept: 'application/json' },
            secrets: [auth?.password],
            ...(connection.retries !== undefined ? { retries: connection.retries } : {}),
        });
        if (probe.headers['x-devpi-api-version'] !== undefined || spec.kind === 'devpi') {
            devpiIndex = href;
            if (probe.status === 404) {
                throw new errors/* StoreError */.AD(`devpi index ${(0,redact/* redactUrl */.B)(href)} does not exist (${(0,server_answers/* serverMessage */.x)(probe)})`, {
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
            const config = await (0,client/* request */.Em)(devpiIndex, { headers: { Accept: 'application/json' }, secrets: [auth?.password] });
            if (config.status === 200)
                devpiConfig = config.json().result ?? {};
        }
        const store = new DevpiStore(spec.name ?? path[path.length - 1] ?? 'devpi', devpiIndex, root, connection, devpiConfig?.volatile === true);
        await store.login();
        logger.debug(`store: devpi index ${(0,redact/* redactUrl */.B)(devpiIndex)}`);
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
        const root = await (0,client/* request */.Em)(base, { ...(credentials ? { auth: credentials } : {}), retries: connection.retries ?? 2 }).catch(() => undefined);
        deletable = root?.status === 200 && /pypiserver/i.test(root.text());
    }
    const name = spec.name ?? segments.filter((s) => s !== 'simple').pop() ?? url.hostname;
    logger.debug(`store: upload API at ${(0,redact/* redactUrl */.B)(uploadUrl ?? base)}, index ${(0,redact/* redactUrl */.B)(indexUrl)}`);
    // The same root page tells its naming rule: pypiserver reads the project from the filename.
    return new UploadApiStore('upload-api', name, indexUrl, uploadUrl ?? base, connection, {
        delete: deletable,
        ...(deletable ? { namesFromFilename: 'pypiserver' } : {}),
    });
}

// EXTERNAL MODULE: ./packages/core/src/store/file-index.ts
var file_index = __webpack_require__(63);
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
async function openStore(spec, logger = log/* silentLogger */.qq) {
    const url = spec.url.trim();
    if (url === '')
        throw new errors/* InputError */.dz('the store is empty', { hint: 'give a folder, a file:// URL or an index URL' });
    if (isRemote(url)) {
        return openHttpStore({ ...spec, url }, logger);
    }
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(url) && !/^file:/i.test(url)) {
        throw new errors/* InputError */.dz(`store '${(0,redact/* redactUrl */.B)(url)}' has an unsupported scheme`, {
            hint: 'use a folder, a file:// URL, or an http(s):// index URL',
        });
    }
    const root = /^file:/i.test(url) ? (0,external_node_url_.fileURLToPath)(url) : (0,external_node_path_.resolve)(url);
    const name = spec.name ?? (lastSegment(root.replace(/\\/g, '/')) || (0,external_node_path_.basename)(root));
    logger.debug(`store: file index at ${root}`);
    return new file_index/* FileIndexStore */.q(root.replace(/[\\/]+$/, '') || root, name);
}


/***/ }),

/***/ 382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ refuseMisfiled)
/* harmony export */ });
/* unused harmony export pypiserverFiling */
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2662);
/* harmony import */ var _http_redact__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _names__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9054);
/* harmony import */ var _names__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2640);
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
    const name = typeof artefact.metadata.Name === 'string' ? artefact.metadata.Name : (0,_names__WEBPACK_IMPORTED_MODULE_0__/* .splitArtefactFilename */ .WI)(artefact.filename)?.project;
    const filed = pypiserverFiling(artefact.filename);
    if (!name || !filed || (0,_names__WEBPACK_IMPORTED_MODULE_1__/* .normalizeProjectName */ .yz)(filed.project) === (0,_names__WEBPACK_IMPORTED_MODULE_1__/* .normalizeProjectName */ .yz)(name))
        return;
    const version = (0,_names__WEBPACK_IMPORTED_MODULE_0__/* .splitArtefactFilename */ .WI)(artefact.filename)?.version ?? (typeof artefact.metadata.Version === 'string' ? artefact.metadata.Version : '');
    const suffix = /\.(tar\.gz|zip|tar\.bz2|tar\.xz|tgz)$/.exec(artefact.filename)?.[0] ?? '.tar.gz';
    throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .StoreError */ .AD(`pypiserver at ${(0,_http_redact__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .B)(indexUrl)} would file '${artefact.filename}' under project '${filed.project}' (version '${filed.version}'), not '${name}': it reads the project name from the filename, up to the first '-' followed by a digit; nothing was uploaded`, {
        code: 'policy',
        hint: `build the sdist with a backend that writes the normalized filename of PEP 625 (${(0,_names__WEBPACK_IMPORTED_MODULE_1__/* .normalizeProjectName */ .yz)(name).replace(/-/g, '_')}-${version}${suffix}; setuptools 69.3 or newer does), or publish to a store that reads the metadata`,
    });
}


/***/ }),

/***/ 405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ conflictError),
/* harmony export */   x: () => (/* binding */ serverMessage)
/* harmony export */ });
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2662);
/* harmony import */ var _http_redact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
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
    return (0,_http_redact__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .f)(`HTTP ${response.status}${text ? ` ${text}` : ` ${response.reason}`}`.trim(), response.secrets);
}
function conflictError(filename, where, existing, ours) {
    return new _errors_index__WEBPACK_IMPORTED_MODULE_1__/* .StoreError */ .AD(`'${filename}' already exists in ${(0,_http_redact__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .B)(where)} with different content (sha256 ${existing} there, ${ours} here)`, {
        code: 'conflict',
        hint: 'a published file is never overwritten: bump the version (or rebuild from the tagged commit) and publish again',
    });
}


/***/ }),

/***/ 5210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QW: () => (/* binding */ renderRootPage),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   d_: () => (/* binding */ renderProjectPage),
/* harmony export */   fK: () => (/* binding */ parseSimpleLinks),
/* harmony export */   tb: () => (/* binding */ splitHashFragment)
/* harmony export */ });
/* unused harmony export decodeEntities */
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


/***/ }),

/***/ 4840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ installerErrorLines),
/* harmony export */   C9: () => (/* binding */ venvInterpreter),
/* harmony export */   F$: () => (/* binding */ createVirtualenv),
/* harmony export */   Rr: () => (/* binding */ venvScript),
/* harmony export */   SU: () => (/* binding */ installIntoVirtualenv),
/* harmony export */   We: () => (/* binding */ freezeVirtualenv),
/* harmony export */   xK: () => (/* binding */ resolveInstaller)
/* harmony export */ });
/* unused harmony exports installerCommand, dependencySourceArgs */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2662);
/* harmony import */ var _log_index__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(437);
/* harmony import */ var _process_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6894);
/**
 * Fresh virtualenvs and the installer that fills them. A venv is created without system site-packages
 * and, with pip, without pip itself: the base interpreter's pip installs into it through `pip --python`
 * (pip ≥ 22.3), which saves the 2-3 s ensurepip spends copying pip into every new environment.
 * Older base pips get a venv with its own pip. uv creates and fills the venv itself (`uv venv`, `uv pip`).
 */





function venvInterpreter(dir) {
    return process.platform === 'win32' ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Scripts', 'python.exe') : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'bin', 'python');
}
/** A console script of the venv (`bin/pytest`, `Scripts\\pytest.exe`). */
function venvScript(venv, name) {
    return process.platform === 'win32' ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(venv.dir, 'Scripts', `${name}.exe`) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(venv.dir, 'bin', name);
}
const PIP_PYTHON_OPTION = [22, 3];
function atLeast(version, minimum) {
    const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
    return major > minimum[0] || (major === minimum[0] && minor >= minimum[1]);
}
/** pip's version and runner, read by importing pip's package only (≈40 ms, vs ≈450 ms for `pip --version`). */
async function probePip(command, env) {
    try {
        const { stdout } = await (0,_process_index__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)(command, [
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
    const logger = options.logger ?? _log_index__WEBPACK_IMPORTED_MODULE_3__/* .silentLogger */ .qq;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    if (installer === 'uv') {
        const version = await (0,_process_index__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)('uv', ['--version'], {
            env,
            timeoutMs: 30_000,
            label: 'uv --version',
            missingHint: "install uv (astral-sh/setup-uv) or set 'installer: pip'",
        });
        await (0,_process_index__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)('uv', ['venv', '--no-config', '--quiet', '--python', base.executable || base.command, dir], {
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
        await (0,_process_index__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)(base.command, ['-m', 'venv', ...(outer ? ['--without-pip'] : []), dir], { env, timeoutMs: 180_000, label: 'python -m venv' });
    }
    catch (error) {
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_4__/* .WheelwrightError */ .LJ('python', `cannot create a virtualenv with ${base.command} (Python ${base.version}) in ${dir}`, {
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
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_4__/* .WheelwrightError */ .LJ('python', `the virtualenv in ${dir} has no pip and ${base.command} has no pip ≥ 22.3 to install into it`, {
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
        await (0,_process_index__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)(command, argv, {
            env: venv.env,
            timeoutMs: 20 * 60_000,
            label: `${venv.installer} install`,
            ...(request.onOutput ? { onStdout: request.onOutput, onStderr: request.onOutput } : {}),
        });
    }
    catch (error) {
        if (!(error instanceof _errors_index__WEBPACK_IMPORTED_MODULE_4__/* .ProcessError */ .yI) || error.exitCode === null)
            throw error;
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_4__/* .WheelwrightError */ .LJ('python', `${venv.installer} could not install ${request.what}: ${installerErrorLines(error.stderr)}`, {
            hint: "a dependency is missing from the dependency indexes (input 'extra-index-url', input 'find-links') or the requirements conflict; the full output is in the log above",
            cause: error,
        });
    }
}
// What `pip freeze --all` prints for index-installed distributions (`Name==version`, sorted by name, case
// folded), read with importlib.metadata in the venv's isolated interpreter (-I: no PYTHONPATH, no cwd).
// pip's own freeze costs a pip start (≈1 s through --python) for the same list.
const FREEZE = `import importlib.metadata as m
seen = {}
for d in m.distributions():
    name = d.metadata["Name"]
    if name and name.lower() not in seen:
        seen[name.lower()] = "%s==%s" % (name, d.version)
print("\\n".join(v for k, v in sorted(seen.items())))`;
/** The installed distributions of the venv, one `name==version` a line (`uv pip freeze` with uv). */
async function freezeVirtualenv(venv) {
    if (venv.installer === 'uv') {
        const [command, argv] = installerCommand(venv, 'freeze', []);
        return (await (0,_process_index__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)(command, argv, { env: venv.env, timeoutMs: 120_000, label: 'uv pip freeze' })).stdout;
    }
    const { stdout } = await (0,_process_index__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)(venv.python, ['-I', '-c', FREEZE], { env: venv.env, timeoutMs: 120_000, label: 'python freeze' });
    return stdout;
}
/** `auto`: uv when it runs from PATH (faster resolves and installs), else pip. */
async function resolveInstaller(requested, env = process.env) {
    if (requested !== 'auto')
        return requested;
    try {
        await (0,_process_index__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)('uv', ['--version'], { env, timeoutMs: 30_000, label: 'uv --version' });
        return 'uv';
    }
    catch {
        return 'pip';
    }
}


/***/ }),

/***/ 792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R2: () => (/* binding */ versionFromFile),
/* harmony export */   a5: () => (/* binding */ pluginOverride),
/* harmony export */   iW: () => (/* binding */ substitutePoetryVersion),
/* harmony export */   wc: () => (/* binding */ pluginVersion),
/* harmony export */   x2: () => (/* binding */ readDunamaiSettings),
/* harmony export */   yE: () => (/* binding */ dunamaiFromGit)
/* harmony export */ });
/* unused harmony exports DUNAMAI_DEFAULT_PATTERN, dunamaiPattern, matchVersionPattern, bumpVersion, smartBump, checkDunamaiVersion, serializeDunamai */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2662);
/* harmony import */ var _pyproject_index__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8015);
/* harmony import */ var _scm_git_process__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5918);
/* harmony import */ var _python_regex__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3331);
/* harmony import */ var _shallow_cut__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8350);
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
    const bad = (key, expected) => new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${where}: ${key} must be ${expected}`);
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
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${where}: vcs = "${vcs}" is not supported: Wheelwright computes dunamai's version from git only`, {
            hint: 'set vcs = "git" (or leave it out), or pass the version with input \'pretend-version\'',
        });
    if (settings['format-jinja'] !== undefined && settings['format-jinja'] !== '')
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${where}: format-jinja is a Jinja template, which Wheelwright does not evaluate`, {
            hint: 'use the plain format key (dunamai placeholders such as "{base}.post{distance}"), or pass the version with input \'pretend-version\'',
        });
    if (bool('highest-tag', false))
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${where}: highest-tag is not supported by Wheelwright (only the nearest matching tag)`, {
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
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${where}: pattern '${pattern}' has no (?P<base>...) group and is not a preset (default, default-unprefixed)`, {
            hint: 'write a regular expression with a group named base, e.g. ^v(?P<base>\\d+\\.\\d+\\.\\d+)$',
        });
    // dunamai: the prefix goes after the first `^` of the pattern.
    if (prefix)
        source = source.replace('^', `^${prefix}`);
    return (0,_python_regex__WEBPACK_IMPORTED_MODULE_3__/* .compilePythonRegex */ .v)(source, `${where}: pattern`);
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
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${where}: the pattern does not include the required group 'base'`, {
                hint: 'name the version part (?P<base>...)',
            });
        base = found.groups?.base;
        if (base !== undefined)
            break;
    }
    if (found === null || base === undefined) {
        if (latestTag && tags.length > 0)
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('version', `the pattern did not match the latest tag '${tags[0]}' (latest-tag = true in ${where})`, {
                hint: 'tag the release so the pattern matches it, or set latest-tag = false',
            });
        if (strict)
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('version', `the pattern did not match any tag (strict = true in ${where})`, {
                hint: 'tag a release (e.g. v0.1.0), or set strict = false to fall back to 0.0.0',
            });
        return undefined;
    }
    const groups = found.groups ?? {};
    const number = (value, what) => {
        if (value === undefined)
            return undefined;
        if (!/^\d+$/.test(value))
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('version', `${what} '${value}' in tag '${tag}' is not a valid number`);
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
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('version', `cannot bump '${base}': '${part}' is not a number`);
        return Number(part);
    });
    const at = index < 0 ? parts.length + index : index;
    if (at < 0 || at >= parts.length)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('version', `cannot bump '${base}' at index ${index}: it has ${parts.length} parts`);
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
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('version', `dunamai's version '${version}' does not conform to the ${rule.name} style (${where})`, {
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
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${where}: format '${template}' is invalid: Single '}' encountered in format string`);
        if (char !== '{') {
            out += char;
            continue;
        }
        const end = template.indexOf('}', i);
        if (end === -1)
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${where}: format '${template}' is invalid: Single '{' encountered in format string`);
        const field = template.slice(i + 1, end);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field))
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${where}: format placeholder '{${field}}' is not supported (only plain names such as {base}, {distance})`);
        if (!(field in values))
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${where}: format contains invalid placeholder: '${field}'`, {
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
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(projectDir, from.source);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(projectDir, file);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(from.source) || inside.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || inside === '..')
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${settings.where}: from-file.source '${from.source}' is outside the project folder`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${settings.where}: from-file.source '${from.source}' does not exist`);
    // A symlink in the checkout (a pull request can add one) must not read a file outside the project either.
    const real = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(projectDir), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file));
    if (real.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || real === '..' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(real))
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${settings.where}: from-file.source '${from.source}' is a link to outside the project folder`);
    // A version file is a few bytes; more is not a version file.
    const content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')
        .slice(0, 1 << 16)
        .trim();
    if (from.pattern === undefined)
        return content;
    const regex = (0,_python_regex__WEBPACK_IMPORTED_MODULE_3__/* .compilePythonRegex */ .v)(from.pattern, `${settings.where}: from-file.pattern`, 'm');
    const match = regex.regexFor(content).exec(content);
    if (!match)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${settings.where}: file '${from.source}' did not contain a match for '${from.pattern}'`);
    if (match[1] === undefined)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${settings.where}: from-file.pattern '${from.pattern}' has no group`);
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
    const gitEnv = (0,_scm_git_process__WEBPACK_IMPORTED_MODULE_4__/* .gitEnvironment */ ._K)(env);
    const git = (args, okCodes = [0]) => (0,_scm_git_process__WEBPACK_IMPORTED_MODULE_4__/* .runGitIn */ .xm)(dir, args, { env: gitEnv, okCodes, timeoutMs: 60_000 });
    const status = await git(['status'], [0, 128]);
    if (status.code !== 0)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('git', `${dir} is not in a git work tree, which poetry-dynamic-versioning reads the version from`, {
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
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('git', `${dir} is a shallow repository, so dunamai may not produce the correct version (strict = true)`, {
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
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('version', `no tags available and fallbacks disabled by strict = true in ${settings.where}`, {
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
    const cutOff = (tag) => isShallow ? (0,_shallow_cut__WEBPACK_IMPORTED_MODULE_5__/* .shallowCut */ .n)(dir, git, tag, 'dunamai', 'fix-shallow-repository = true') : undefined;
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
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('version', `'${version}' is not a version to write into ${file}`);
    const replaced = replaceInTable(text, 'tool.poetry', /^(\s*version\s*=\s*)(["'])[^"'\n]*\2/m, `$1"${version}"`);
    if (replaced === undefined)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${file}: the [tool.poetry] version placeholder is not a plain 'version = "0.0.0"' line, so it cannot be replaced`, {
            hint: 'write version = "0.0.0" on its own line in [tool.poetry]',
        });
    const disabled = replaceInTable(replaced, 'tool.poetry-dynamic-versioning', /^(\s*enable\s*=\s*)true\b/m, '$1false') ?? replaced;
    const check = (0,_pyproject_index__WEBPACK_IMPORTED_MODULE_6__/* .parsePyproject */ .OU)(disabled, file).data;
    if ((0,_pyproject_index__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(check, 'tool.poetry', file)?.version !== version)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${file}: replacing the [tool.poetry] version placeholder did not give version ${version}`);
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


/***/ }),

/***/ 5590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E2: () => (/* binding */ computeVersion),
  Fk: () => (/* binding */ versionOrigin),
  V7: () => (/* binding */ versionOutputs)
});

// UNUSED EXPORTS: BUILD_VERSION_VARIABLES, VERSION_SOURCE_NAMES, canonicalizeName, checkProjectPath, checkVersionProject, detectVersionSource, distEnvSuffix, isProjectDir, nearestProjectAbove, noProjectError, parseSetupCfg, readPretendVersion, readsWithoutProjectFile, substitutePoetryVersion, summaryMarkdown, toSemver, useScmVersionKeyword, versionGivenExplicitly

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/distribution/printable-name.ts
var printable_name = __webpack_require__(8970);
// EXTERNAL MODULE: ./packages/core/src/distribution/project-name.ts
var project_name = __webpack_require__(2640);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(2662);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts
var pep440 = __webpack_require__(5282);
// EXTERNAL MODULE: ./packages/core/src/pyproject/index.ts
var pyproject = __webpack_require__(8015);
// EXTERNAL MODULE: ./packages/core/src/scm/tag.ts
var scm_tag = __webpack_require__(1266);
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
    return (0,scm_tag/* matchTag */._f)(text, v.tagPattern, v.tagPrefix)?.version;
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

// EXTERNAL MODULE: ./packages/core/src/process/index.ts + 1 modules
var src_process = __webpack_require__(6894);
// EXTERNAL MODULE: ./packages/core/src/scm/git-process.ts
var git_process = __webpack_require__(5918);
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
        this.env = (0,git_process/* gitEnvironment */._K)(env);
    }
    /**
     * setuptools_scm only probes `root` itself (a `.git` directory or worktree file there); a sub-directory
     * of a work tree is not a git root for it, unless search_parent_directories is set.
     */
    static isRoot(root) {
        return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, '.git'));
    }
    git(args, okCodes = [0], timeoutMs = 40_000) {
        return (0,git_process/* runGit */.EO)(this.root, this.env, args, okCodes, timeoutMs);
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
        const result = (await (0,git_process/* takePrefetched */.MN)(this.root, command, this.env)) ??
            (program === 'git'
                ? await this.git(args, git_process/* DESCRIBE_OK_CODES */.Ac)
                : await (0,src_process/* run */.e)(program ?? 'git', args, { cwd: this.root, env: this.env, okCodes: git_process/* DESCRIBE_OK_CODES */.Ac, timeoutMs: 40_000 }));
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

// EXTERNAL MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(1041);
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

// EXTERNAL MODULE: ./packages/core/src/version/dunamai.ts
var version_dunamai = __webpack_require__(792);
// EXTERNAL MODULE: ./packages/core/src/version/shallow-cut.ts
var shallow_cut = __webpack_require__(8350);
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
function tagToVersion(tag, settings, warnings) {
    const pattern = (0,scm_tag/* compileTagRegex */.JS)(settings.tagRegex, `${settings.where}: tag_regex`);
    let found;
    try {
        found = (0,scm_tag/* matchTag */._f)(tag, pattern);
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
    const gitEnv = (0,git_process/* gitEnvironment */._K)(env);
    const top = await (0,git_process/* runGitIn */.xm)(dir, ['rev-parse', '--show-toplevel'], { env: gitEnv, okCodes: [0, 128] });
    const repo = top.stdout.trim();
    if (top.code !== 0 || repo === '')
        return undefined;
    const git = (args, okCodes = [0]) => (0,git_process/* runGitIn */.xm)(repo, args, { env: gitEnv, okCodes, timeoutMs: 60_000 });
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
    const cut = (tag) => (shallow && headHash !== undefined ? (0,shallow_cut/* shallowCut */.n)(repo, git, tag, 'pdm-backend') : undefined);
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
        scm: { version: tagToVersion(tag, settings, warnings), distance: Number(number) || undefined, dirty, node, branch: branchName },
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

// EXTERNAL MODULE: ./packages/core/src/version/project-folder.ts
var project_folder = __webpack_require__(2139);
// EXTERNAL MODULE: ./packages/core/src/version/semver.ts
var semver = __webpack_require__(8483);
// EXTERNAL MODULE: ./packages/core/src/version/source.ts
var version_source = __webpack_require__(774);
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
    const tagTable = (0,pyproject/* table */.tp)(settings, 'tag', where);
    const gitTable = (0,pyproject/* table */.tp)(settings, 'scm.git', where);
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
    const dir = (0,project_folder/* checkVersionProject */.US)(options);
    // Start the default `git describe` before reading the configuration: the child runs on another core
    // meanwhile, and is used if the configuration keeps the default root and command.
    (0,git_process/* prefetchDescribe */.J9)(dir, env);
    try {
        return await computeIn(dir, options, env, logger, warnings, warn);
    }
    finally {
        // A describe started for this folder and not used now must never answer a later call.
        (0,git_process/* discardPrefetched */.Tu)(dir);
    }
}
async function computeIn(dir, options, env, logger, warnings, warn) {
    const pathWhat = options.pathWhat ?? "input 'path'";
    let source;
    try {
        source = (0,version_source/* detectVersionSource */.xd)(dir, pathWhat, {
            gitTopLevel: (0,project_folder/* readsWithoutProjectFile */.hW)(dir),
            assumeScm: (0,project_folder/* versionGivenExplicitly */.pF)(options, env),
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
    const tagPattern = (0,scm_tag/* compileTagRegex */.JS)(config.tagRegex, config.tagRegexWhat);
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
    const command = config.describeCommand ?? (0,git_process/* describeCommand */.vL)((0,git_process/* describeMatchGlob */.fC)(config.tagPrefix, config.tagStrict));
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
        const glob = (0,git_process/* describeMatchGlob */.fC)(config.tagPrefix, config.tagStrict);
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
        const parsed = (0,scm_tag/* tagToVersion */.ar)(description.tag, tagPattern, config.tagPrefix);
        if (parsed.warning)
            warn(parsed.warning);
        tag = { version: parsed.version, text: config.normalize ? undefined : rawTagText(parsed) };
        if (config.tagStrict === undefined &&
            !config.describeCommand &&
            !globMatches((0,git_process/* describeMatchGlob */.fC)(config.tagPrefix, true), description.tag)) {
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
            (0,scm_tag/* tagToVersion */.ar)(tag, tagPattern, config.tagPrefix);
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
            const parsed = tag === undefined ? undefined : (0,scm_tag/* tagToVersion */.ar)(tag, tagPattern, config.tagPrefix);
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
        const found = (0,scm_tag/* matchTag */._f)(name.slice(prefix.length), tagPattern, config.tagPrefix);
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
        const argv = (0,git_process/* describeCommand */.vL)((0,git_process/* describeMatchGlob */.fC)('', undefined));
        command = argv.join(' ');
        description = (await workdir.describe(argv)) ?? (await workdir.describeWithoutTag());
        if (options.failOnDirty && description.dirty)
            throw await dirtyError(workdir);
        if (description.tag !== undefined && description.distance === 0) {
            const tagged = (0,scm_tag/* matchTag */._f)(description.tag, (0,scm_tag/* compileTagRegex */.JS)(undefined));
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
    const dunamai = source.kind === 'poetry-dynamic-versioning' ? (0,version_dunamai/* readDunamaiSettings */.x2)(tool.settings, tool.where) : undefined;
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
    const toolName = version_source/* VERSION_SOURCE_NAMES */.Sh[source.kind];
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
                const found = (0,version_dunamai/* pluginOverride */.a5)(env, source.distName);
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
        const { version, raw } = accepted((0,version_dunamai/* versionFromFile */.R2)(dir, dunamai), `${tool.where}: from-file`);
        return finish(options, config, base, warnings, { version, raw, source: 'static', description: none, command: '' });
    }
    // 2. A shallow clone: fetch its history first (as for setuptools_scm), unless fetch-tags is false.
    const workdir = top === undefined ? undefined : new GitWorkdir(top, env);
    let fetched;
    const wantsFetch = options.fetchTags !== false || dunamai?.fixShallowRepository === true;
    if (workdir?.isShallow() && wantsFetch)
        fetched = await fetchMissingHistory(workdir, true, logger);
    if (dunamai) {
        const facts = await (0,version_dunamai/* dunamaiFromGit */.yE)(dir, dunamai, env);
        if (facts.shallow)
            warn('This is a shallow repository, so dunamai may not produce the correct version.');
        if (options.failOnDirty && facts.version.dirty && workdir)
            throw await dirtyError(workdir);
        const { version, raw } = accepted((0,version_dunamai/* pluginVersion */.wc)(facts.version, dunamai), `${toolName}'s version`);
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
    const buildVariable = version_source/* BUILD_VERSION_VARIABLES */.ul[base.versionSource];
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
        semver: (0,semver/* toSemver */.U)(parsed),
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
function versionOrigin(result) {
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


/***/ }),

/***/ 2139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   US: () => (/* binding */ checkVersionProject),
/* harmony export */   hW: () => (/* binding */ readsWithoutProjectFile),
/* harmony export */   ji: () => (/* binding */ noProjectError),
/* harmony export */   pF: () => (/* binding */ versionGivenExplicitly)
/* harmony export */ });
/* unused harmony exports isProjectDir, nearestProjectAbove, checkProjectPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2662);
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

/***/ 3331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ compilePythonRegex)
/* harmony export */ });
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2662);
/* harmony import */ var _scm_tag__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1266);
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
        const translated = (0,_scm_tag__WEBPACK_IMPORTED_MODULE_0__/* .pythonToJavaScript */ .rF)(body, mode);
        try {
            return { regex: new RegExp(translated.source, allFlags), ...translated };
        }
        catch (error) {
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${what} '${source}' is not a regular expression Wheelwright can read: ${error.message}`, {
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


/***/ }),

/***/ 8483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ toSemver)
/* harmony export */ });
/* harmony import */ var semver_functions_valid__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1988);
/* harmony import */ var semver_functions_valid__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid__WEBPACK_IMPORTED_MODULE_0__);
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
    return semver_functions_valid__WEBPACK_IMPORTED_MODULE_0___default()(text) === null ? '' : text;
}


/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ shallowCut)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2662);
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
        return new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('git', `${dir} is a shallow clone and no tag matching the pattern is in the history it holds: ${tool} would give 0.0.0 counting only the fetched commits`, { hint });
    const [path, between] = await Promise.all([git(['rev-parse', '--git-path', 'shallow']), git(['rev-list', `refs/tags/${tag}..HEAD`])]);
    const shallowFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, path.stdout.trim());
    // The size is checked before the file is read, not after.
    if (((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(shallowFile).catch(() => undefined))?.size ?? 0) > MAX_SHALLOW_BYTES)
        return new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('git', `${dir}: git's shallow file is larger than ${MAX_SHALLOW_BYTES} bytes`);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(shallowFile, 'utf8').catch(() => '');
    const cuts = new Set(text.split(/\s+/).filter((line) => line !== ''));
    if (between.stdout.split(/\s+/).some((commit) => cuts.has(commit)))
        return new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .WheelwrightError */ .LJ('git', `${dir} is a shallow clone cut between tag ${tag} and HEAD: ${tool} would count only the fetched commits since the tag`, { hint });
    return undefined;
}


/***/ }),

/***/ 774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ versionOrigin),
/* harmony export */   Sh: () => (/* binding */ VERSION_SOURCE_NAMES),
/* harmony export */   ul: () => (/* binding */ BUILD_VERSION_VARIABLES),
/* harmony export */   xd: () => (/* binding */ detectVersionSource)
/* harmony export */ });
/* unused harmony exports parseSetupCfg, useScmVersionKeyword */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2662);
/* harmony import */ var _pyproject_index__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8015);
/* harmony import */ var _project_folder__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2139);
/**
 * Where a project's version comes from, read the way its build backend reads it: a static version
 * ([project] version, flit's `__version__`, hatchling's regex source, setup.cfg `attr:`/`file:`, poetry's
 * [tool.poetry] version) IS the version; setuptools_scm (pyproject.toml, setup.cfg, `setup.py
 * use_scm_version=`) and hatch-vcs derive it from git. Nothing here runs project code: a version that only
 * running the project could produce is reported as such.
 */





/** Readable names of the version sources, for summaries. */
const VERSION_SOURCE_NAMES = {
    static: 'static version',
    setuptools_scm: 'setuptools_scm',
    'hatch-vcs': 'hatch-vcs (setuptools_scm)',
    'poetry-dynamic-versioning': 'poetry-dynamic-versioning (dunamai)',
    'pdm-scm': 'pdm-backend SCM',
    pretend: 'pretend version',
};
/** The environment variable the project's own build backend takes a version from, for the tool sources. */
const BUILD_VERSION_VARIABLES = {
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
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
    const roots = packageDir !== undefined ? [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, packageDir)] : [dir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'src')];
    for (const root of roots) {
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...parts);
        for (const candidate of [`${base}.py`, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, '__init__.py')])
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
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
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${where}: attr ${dotted}: module ${moduleName} is not in ${dir} (flat or src layout)`, {
            hint: 'check the module path, or give the version in [project] version',
        });
    const value = literalAssignment((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), attribute);
    if (value === undefined)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${where}: ${attribute} in ${file} is not a plain string literal, so its value is only known by running the code`, {
            hint: 'write the version as a literal (__version__ = "1.2.3"), or pass it with input \'pretend-version\'',
        });
    return value;
}
/** setuptools' `file:` (one or more files, comma separated, joined by newlines, stripped). */
function fileVersion(dir, spec, where) {
    const files = (Array.isArray(spec) ? spec : spec.split(',')).map((f) => f.trim()).filter((f) => f !== '');
    const parts = [];
    for (const f of files) {
        const text = readText((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f));
        if (text === undefined)
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${where}: version file ${f} does not exist in ${dir}`);
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
        const found = (0,_pyproject_index__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(data, `tool.${name}`, file);
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
    const pyprojectPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'pyproject.toml');
    const pyprojectText = readText(pyprojectPath);
    const data = pyprojectText === undefined ? undefined : (0,_pyproject_index__WEBPACK_IMPORTED_MODULE_3__/* .parsePyproject */ .OU)(pyprojectText, pyprojectPath).data;
    const setupCfgText = readText((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'setup.cfg'));
    const setupCfg = setupCfgText === undefined ? undefined : parseSetupCfg(setupCfgText);
    const setupPy = readText((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'setup.py'));
    const notes = [];
    const project = data ? (0,_pyproject_index__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(data, 'project', pyprojectPath) : undefined;
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
        throw (0,_project_folder__WEBPACK_IMPORTED_MODULE_4__/* .noProjectError */ .ji)(dir, what);
    }
    const dynamic = stringList(project?.dynamic);
    if (typeof project?.version === 'string' && !dynamic.includes('version')) {
        if (section)
            notes.push(`[tool.${section.name}] is ignored: [project] version is static (setuptools_scm warns "version already set")`);
        return staticSource(project.version, 'pyproject.toml [project] version');
    }
    const buildSystem = data ? (0,_pyproject_index__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(data, 'build-system', pyprojectPath) : undefined;
    const backend = typeof buildSystem?.['build-backend'] === 'string' ? buildSystem['build-backend'] : 'setuptools.build_meta';
    const requires = requirementNames(stringList(buildSystem?.requires));
    const tool = (key) => (data ? (0,_pyproject_index__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(data, key, pyprojectPath) : undefined);
    if (backend.startsWith('hatchling')) {
        const hatchVersion = tool('tool.hatch.version') ?? {};
        const sourceName = typeof hatchVersion.source === 'string' ? hatchVersion.source : 'regex';
        if (sourceName === 'vcs') {
            // hatch-vcs: setuptools_scm.get_version(**raw-options, root=<project>), tag-pattern and
            // fallback-version mapped onto setuptools_scm's keys; pyproject's [tool.setuptools_scm] is not read.
            const raw = (0,_pyproject_index__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(hatchVersion, 'raw-options', `${pyprojectPath} [tool.hatch.version]`) ?? {};
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
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, hatchVersion.path);
            const text = readText(file);
            if (text === undefined)
                throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${pyprojectPath}: [tool.hatch.version] path ${hatchVersion.path} does not exist`);
            if (typeof hatchVersion.pattern === 'string')
                throw unsupported(pyprojectPath, "hatchling's version path with a custom pattern");
            // hatchling's default pattern: (?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\2
            const found = /^(?:__version__|VERSION) *= *(['"])v?(.+?)\1/im.exec(text)?.[2];
            if (found === undefined)
                throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${pyprojectPath}: no version found in ${hatchVersion.path} by [tool.hatch.version]`, {
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
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${pyprojectPath}: [project] name is missing`);
        const file = moduleFile(dir, moduleName);
        if (file === undefined)
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${pyprojectPath}: flit reads the version from module ${moduleName}, which is not in ${dir} or ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'src')}`);
        const value = literalAssignment((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), '__version__');
        if (value === undefined)
            throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${file}: __version__ is not a plain string literal, so flit imports the module to read it`, {
                hint: 'write __version__ = "1.2.3", or pass the version with input \'pretend-version\'',
            });
        return staticSource(value, `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, file)} __version__ (flit)`);
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
                    throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${pyprojectPath}: poetry-dynamic-versioning needs a placeholder [tool.poetry] version (e.g. "0.0.0")`, {
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
                throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${pyprojectPath}: [tool.pdm.version] source = "scm" needs "version" in [project] dynamic`, {
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
            const value = literalAssignment((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, pdmVersion.path), 'utf8'), '__version__');
            if (value !== undefined)
                return staticSource(value, `${pdmVersion.path} __version__ (pdm-backend)`);
        }
    }
    // setuptools (also the backend when pyproject.toml names none).
    const keyword = setupPy === undefined ? undefined : useScmVersionKeyword(setupPy, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'setup.py'));
    if (keyword !== undefined) {
        // setuptools_scm: the keyword's settings override the pyproject.toml table.
        const found = scmFromPyproject(section ? `setup.py use_scm_version and pyproject.toml [tool.${section.name}]` : 'setup.py use_scm_version');
        const scm = found.scm;
        return { ...found, scm: { ...scm, settings: { ...scm.settings, ...keyword }, where: section ? scm.where : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'setup.py') } };
    }
    if (section)
        return scmFromPyproject();
    const setuptoolsDynamic = tool('tool.setuptools.dynamic');
    const dynamicVersion = setuptoolsDynamic?.version;
    if (dynamicVersion && typeof dynamicVersion === 'object' && !Array.isArray(dynamicVersion)) {
        const spec = dynamicVersion;
        const packageDirs = (0,_pyproject_index__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(tool('tool.setuptools') ?? {}, 'package-dir', pyprojectPath);
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
            return staticSource(attrVersion(dir, cfgVersion.slice(5), `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'setup.cfg')} [metadata] version`, packageDir), `setup.cfg version = ${cfgVersion}`);
        if (cfgVersion.startsWith('file:'))
            return staticSource(fileVersion(dir, cfgVersion.slice(5), `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'setup.cfg')} [metadata] version`), `setup.cfg version = ${cfgVersion}`);
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
    throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`cannot tell how the project in ${dir} gets its version: no [project] version, version setting or setuptools_scm table`, {
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
        return new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${this.file}: use_scm_version is not a literal dict (it holds code, which only running setup.py can evaluate)`, {
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
    return new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${file}: the version comes from ${what}, which Wheelwright does not compute`, {
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
        const source = detectVersionSource(projectDir, 'path', { gitTopLevel: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectDir, '.git')) });
        return { versionSource: source.kind, versionFrom: source.where };
    }
    catch {
        return undefined;
    }
}


/***/ })

};
