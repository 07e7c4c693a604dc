export const id = 372;
export const ids = [372];
export const modules = {

/***/ 7372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  flowSummaryMarkdown: () => (/* reexport */ flowSummaryMarkdown),
  releaseTagOf: () => (/* reexport */ releaseTagOf),
  upsertGitHubRelease: () => (/* reexport */ upsertGitHubRelease),
  workflowFlow: () => (/* reexport */ workflowFlow)
});

// UNUSED EXPORTS: BOARD_GENERATOR, BOARD_PAGE, RECORD, RELEASE_MARKER, WORKFLOW_JOBS, boardRootOf, collectBoard, flowMermaid, githubReleaseBody, pipelineSummaryMarkdown, prepareReleaseExtras, readReleaseRecord, recordOf, regenerateBoard, renderBoard, seconds, shipReleaseExtras, writeReleaseRecord

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
const WORKFLOW_JOBS = ['version', 'build', 'publish', 'test', 'promote-testing', 'promote-stable'];
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

;// CONCATENATED MODULE: ./packages/core/src/board/github-release.ts

/** The tag of a `refs/tags/<tag>` ref; undefined for anything else (a branch build makes no Release). */
function releaseTagOf(ref) {
    if (!ref?.startsWith('refs/tags/'))
        return undefined;
    const tag = ref.slice('refs/tags/'.length);
    // git's own rules forbid these in ref names; a tag with them did not come from git.
    return tag !== '' && !/[\u0000-\u001f\u007f ~^:?*[\\]/.test(tag) ? tag : undefined;
}
/** Markdown cell/inline text: no table breaks, no HTML, no line breaks from outside. */
function inline(value) {
    return String(value ?? '')
        .replace(/[\r\n]+/g, ' ')
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/`/g, "'")
        .slice(0, 500);
}
const RELEASE_MARKER = '<!-- wheelwright release -->';
function githubReleaseBody(manifest, facts, flow) {
    const lines = [
        RELEASE_MARKER,
        `**${inline(manifest.name)} ${inline(manifest.version)}** ended in **${inline(facts.channel)}**${facts.indexUrl ? ` — \`pip install --index-url ${inline(facts.indexUrl)} ${inline(manifest.name)}==${inline(manifest.version)}\`` : ''}`,
        '',
    ];
    if (flow && flow.length > 0)
        lines.push(flowMermaid(flow, { channel: facts.channel, version: manifest.version }), '');
    lines.push('| file | size | sha256 |', '| --- | ---: | --- |');
    for (const file of manifest.files)
        lines.push(`| ${inline(file.filename)} | ${Number(file.size) || 0} | \`${inline(file.sha256)}\` |`);
    if (manifest.docs?.status === 'built')
        lines.push(`| docs: ${inline(manifest.docs.filename)} | ${Number(manifest.docs.size) || 0} | \`${inline(manifest.docs.sha256)}\` |`);
    lines.push('');
    if (facts.docsUrl)
        lines.push(`Docs: ${inline(facts.docsUrl)}`, '');
    else if (manifest.docs?.status === 'failed')
        lines.push(`Docs: the build failed (${inline(manifest.docs.error)})`, '');
    const source = manifest.source;
    if (source?.commit)
        lines.push(`Source: commit \`${inline(source.commit)}\`${source.tag ? `, tag \`${inline(source.tag)}\`` : ''}${source.dirty ? ' (dirty)' : ''}`, '');
    const findings = manifest.inspection?.findings ?? [];
    lines.push(findings.length === 0 ? 'Inspection: clean.' : `Inspection: ${findings.length} tolerated finding(s).`, '');
    for (const finding of findings.slice(0, 30))
        lines.push(`- \`${inline(finding.rule)}\` ${inline(finding.severity)}: ${inline(finding.file)}: ${inline(finding.message)}`);
    if (findings.length > 0)
        lines.push('');
    if (manifest.tests.length === 0)
        lines.push('Tests: none recorded.', '');
    else {
        lines.push('| Python | OS | passed | failed | errors | skipped |', '| --- | --- | ---: | ---: | ---: | ---: |');
        for (const run of manifest.tests)
            lines.push(`| ${inline(run.python)} | ${inline(run.os)} | ${Number(run.passed) || 0} | ${Number(run.failed) || 0} | ${Number(run.errors) || 0} | ${Number(run.skipped) || 0} |`);
        lines.push('');
    }
    // The manifest as JSON, escaped so no line of it can close the block.
    const json = JSON.stringify(manifest, null, 2).replace(/`/g, '\\u0060').replace(/</g, '\\u003c');
    lines.push('<details><summary>Release manifest</summary>', '', '```json', json, '```', '', '</details>', '');
    return lines.join('\n');
}
/** Creates the tag's Release, or updates it in place on a re-run (never a second Release). */
async function upsertGitHubRelease(api, tag, manifest, facts, flow) {
    const body = githubReleaseBody(manifest, facts, flow);
    const name = `${manifest.name} ${manifest.version}`;
    // A pre-release on GitHub is anything that did not reach stable as a final version.
    const prerelease = manifest.kind !== 'final' || facts.channel !== 'stable';
    const existing = await api.getByTag(tag);
    if (!existing)
        return { action: 'created', ...(await api.create({ tag, name, body, prerelease })) };
    if (existing.body === body)
        return { action: 'unchanged', id: existing.id, url: existing.url };
    return { action: 'updated', ...(await api.update(existing.id, { name, body, prerelease })) };
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
    const docs = await docsArchiveOf(manifest, manifestPath);
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
            shipped.docs = await publishDocs(store, manifest, extras.docs, logger);
        }
        catch (error) {
            if (!isWheelwrightError(error) || error.code !== 'conflict')
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


/***/ })

};
