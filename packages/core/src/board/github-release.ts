/**
 * The GitHub Release of a release tag: its body says what was released and where it ended — the final
 * channel and index, every file with its sha256, the docs, the inspection, the tests per Python, the source
 * — with the manifest itself folded in. Core builds the body and the create-or-update decision over a
 * small API the adapter implements with @actions/github's Octokit; re-runs update the same Release.
 */
import type { ReleaseManifest } from '../manifest/index';
import { type FlowStep, flowMermaid } from './flow-diagram';

export interface ReleaseFacts {
  /** unstable, testing, stable — where the release ended. */
  channel: string;
  indexUrl?: string;
  docsUrl?: string;
}

/** The tag of a `refs/tags/<tag>` ref; undefined for anything else (a branch build makes no Release). */
export function releaseTagOf(ref: string | undefined): string | undefined {
  if (!ref?.startsWith('refs/tags/')) return undefined;
  const tag = ref.slice('refs/tags/'.length);
  // git's own rules forbid these in ref names; a tag with them did not come from git.
  return tag !== '' && !/[\u0000-\u001f\u007f ~^:?*[\\]/.test(tag) ? tag : undefined;
}

/** Markdown cell/inline text: no table breaks, no HTML, no line breaks from outside. */
function inline(value: unknown): string {
  return String(value ?? '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/`/g, "'")
    .slice(0, 500);
}

export const RELEASE_MARKER = '<!-- wheelwright release -->';

export function githubReleaseBody(manifest: ReleaseManifest, facts: ReleaseFacts, flow?: readonly FlowStep[]): string {
  const lines = [
    RELEASE_MARKER,
    `**${inline(manifest.name)} ${inline(manifest.version)}** ended in **${inline(facts.channel)}**${facts.indexUrl ? ` — \`pip install --index-url ${inline(facts.indexUrl)} ${inline(manifest.name)}==${inline(manifest.version)}\`` : ''}`,
    '',
  ];
  if (flow && flow.length > 0) lines.push(flowMermaid(flow, { channel: facts.channel, version: manifest.version }), '');
  lines.push('| file | size | sha256 |', '| --- | ---: | --- |');
  for (const file of manifest.files) lines.push(`| ${inline(file.filename)} | ${Number(file.size) || 0} | \`${inline(file.sha256)}\` |`);
  if (manifest.docs?.status === 'built')
    lines.push(`| docs: ${inline(manifest.docs.filename)} | ${Number(manifest.docs.size) || 0} | \`${inline(manifest.docs.sha256)}\` |`);
  lines.push('');
  if (facts.docsUrl) lines.push(`Docs: ${inline(facts.docsUrl)}`, '');
  else if (manifest.docs?.status === 'failed') lines.push(`Docs: the build failed (${inline(manifest.docs.error)})`, '');
  const source = manifest.source;
  if (source?.commit)
    lines.push(
      `Source: commit \`${inline(source.commit)}\`${source.tag ? `, tag \`${inline(source.tag)}\`` : ''}${source.dirty ? ' (dirty)' : ''}`,
      '',
    );
  const findings = manifest.inspection?.findings ?? [];
  lines.push(findings.length === 0 ? 'Inspection: clean.' : `Inspection: ${findings.length} tolerated finding(s).`, '');
  for (const finding of findings.slice(0, 30))
    lines.push(`- \`${inline(finding.rule)}\` ${inline(finding.severity)}: ${inline(finding.file)}: ${inline(finding.message)}`);
  if (findings.length > 0) lines.push('');
  if (manifest.tests.length === 0) lines.push('Tests: none recorded.', '');
  else {
    lines.push('| Python | OS | passed | failed | errors | skipped |', '| --- | --- | ---: | ---: | ---: | ---: |');
    for (const run of manifest.tests)
      lines.push(
        `| ${inline(run.python)} | ${inline(run.os)} | ${Number(run.passed) || 0} | ${Number(run.failed) || 0} | ${Number(run.errors) || 0} | ${Number(run.skipped) || 0} |`,
      );
    lines.push('');
  }
  // The manifest as JSON, escaped so no line of it can close the block.
  const json = JSON.stringify(manifest, null, 2).replace(/`/g, '\\u0060').replace(/</g, '\\u003c');
  lines.push('<details><summary>Release manifest</summary>', '', '```json', json, '```', '', '</details>', '');
  return lines.join('\n');
}

/** What the adapter implements with Octokit (repos.getReleaseByTag, createRelease, updateRelease). */
export interface ReleaseApi {
  getByTag(tag: string): Promise<{ id: number; body: string; url: string } | undefined>;
  create(release: { tag: string; name: string; body: string; prerelease: boolean }): Promise<{ id: number; url: string }>;
  update(id: number, release: { name: string; body: string; prerelease: boolean }): Promise<{ id: number; url: string }>;
}

export interface ReleaseOutcome {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

/** Creates the tag's Release, or updates it in place on a re-run (never a second Release). */
export async function upsertGitHubRelease(
  api: ReleaseApi,
  tag: string,
  manifest: ReleaseManifest,
  facts: ReleaseFacts,
  flow?: readonly FlowStep[],
): Promise<ReleaseOutcome> {
  const body = githubReleaseBody(manifest, facts, flow);
  const name = `${manifest.name} ${manifest.version}`;
  // A pre-release on GitHub is anything that did not reach stable as a final version.
  const prerelease = manifest.kind !== 'final' || facts.channel !== 'stable';
  const existing = await api.getByTag(tag);
  if (!existing) return { action: 'created', ...(await api.create({ tag, name, body, prerelease })) };
  if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.url };
  return { action: 'updated', ...(await api.update(existing.id, { name, body, prerelease })) };
}
