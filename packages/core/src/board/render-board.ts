/**
 * The release board's HTML: one static page, no script, no external asset, a Content-Security-Policy
 * that forbids both — readable from `file://` and any static host. Every value comes from a store folder
 * or a manifest, so every value is escaped; links are built only from names the store validated.
 */
import type { ManifestTestRun } from '../manifest/index';
import { escapeHtml } from '../store/simple-html';

export const BOARD_GENERATOR = 'wheelwright release board';

export interface BoardFile {
  filename: string;
  sha256: string;
  /** Relative link to the file. */
  href: string;
  /** The indexes that hold it. */
  indexes: string[];
}

export type BoardTestRun = Pick<ManifestTestRun, 'python' | 'os' | 'passed' | 'failed' | 'errors' | 'skipped'>;

export interface BoardRelease {
  version: string;
  /** Index name → relative link to the project's page there, for the indexes holding this version. */
  channels: Record<string, string>;
  files: BoardFile[];
  source?: { commit?: string; tag?: string; distance?: number; dirty?: boolean };
  findings: { rule: string; severity: string; file: string; message: string }[];
  tests: BoardTestRun[];
  docs?: { href: string } | { failed: string };
}

export interface BoardProject {
  name: string;
  releases: BoardRelease[];
}

export interface BoardData {
  /** Index names, in promotion order. */
  indexes: string[];
  projects: BoardProject[];
  generatedAt: string;
}

const text = (value: unknown): string => escapeHtml(String(value ?? '')).replace(/'/g, '&#39;');
/** An href: built from validated names, escaped once more for the attribute. */
const href = (value: string): string => text(value);

function channelCells(release: BoardRelease, indexes: string[]): string {
  return indexes
    .map((index) => {
      const link = release.channels[index];
      return link
        ? `<td class="in"><a href="${href(link)}" title="${text(`${release.version} is in ${index}`)}">✔ ${text(index)}</a></td>`
        : '<td class="out">–</td>';
    })
    .join('');
}

function sourceCell(release: BoardRelease): string {
  const source = release.source;
  if (!source?.commit) return '<td class="muted">unknown</td>';
  const parts = [`<code title="${text(source.commit)}">${text(String(source.commit).slice(0, 12))}</code>`];
  if (source.tag) parts.push(`tag <code>${text(source.tag)}</code>${source.distance ? ` +${text(source.distance)}` : ''}`);
  if (source.dirty) parts.push('<span class="bad">dirty</span>');
  return `<td>${parts.join('<br>')}</td>`;
}

function findingsCell(release: BoardRelease): string {
  if (release.findings.length === 0) return '<td class="good">clean</td>';
  const items = release.findings
    .slice(0, 50)
    .map((f) => `<li><code>${text(f.rule)}</code> ${text(f.severity)}: ${text(f.file)}: ${text(f.message)}</li>`)
    .join('');
  return `<td><details><summary>${release.findings.length} tolerated</summary><ul>${items}</ul></details></td>`;
}

function testsCell(release: BoardRelease): string {
  if (release.tests.length === 0) return '<td class="muted">not tested</td>';
  const rows = release.tests.map((run) => {
    const ok = Number(run.failed) === 0 && Number(run.errors) === 0 && Number(run.passed) > 0;
    return `<li class="${ok ? 'good' : 'bad'}">Python ${text(run.python)} (${text(run.os)}): ${text(run.passed)} passed, ${text(run.failed)} failed, ${text(run.errors)} errors, ${text(run.skipped)} skipped</li>`;
  });
  return `<td><ul>${rows.join('')}</ul></td>`;
}

function filesCell(release: BoardRelease): string {
  const rows = release.files.map(
    (file) => `<li><a href="${href(file.href)}">${text(file.filename)}</a><br><code class="hash">sha256 ${text(file.sha256)}</code></li>`,
  );
  return `<td><ul>${rows.join('')}</ul></td>`;
}

function docsCell(release: BoardRelease): string {
  if (!release.docs) return '<td class="muted">none</td>';
  if ('failed' in release.docs) return `<td class="bad" title="${text(release.docs.failed)}">build failed</td>`;
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

export function renderBoard(data: BoardData): string {
  const head = data.indexes.map((index) => `<th>${text(index)}</th>`).join('');
  const sections = data.projects.map((project) => {
    const rows = project.releases.map(
      (release) =>
        `<tr><th scope="row">${text(release.version)}</th>${channelCells(release, data.indexes)}${sourceCell(release)}${findingsCell(release)}${testsCell(release)}${filesCell(release)}${docsCell(release)}</tr>`,
    );
    return `<section id="${text(project.name)}">
<h2>${text(project.name)}</h2>
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
<p class="meta">${data.projects.length} project(s) across ${data.indexes.map((i) => text(i)).join(' → ') || 'no index'} · regenerated ${text(data.generatedAt)} · pip reads the indexes: ${data.indexes.map((i) => `<a href="${href(`${encodeURIComponent(i)}/index.html`)}">${text(i)}</a>`).join(', ')}</p>
${sections.join('\n') || '<p>No release yet.</p>'}
</body>
</html>
`;
}
