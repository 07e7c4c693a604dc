/**
 * What the action hands on: output values (names as in action.yml) and the job summary — a table of
 * artefacts with sizes and hashes, what was tolerated, and the wheel's file tree.
 */
import { type Finding, formatFinding } from '../distribution/finding';
import { markdownCell as cell } from '../log/index';
import type { BuildResult } from './build-release';

export const BUILD_OUTPUTS = [
  'sdist',
  'wheel',
  'files',
  'name',
  'version',
  'requires-python',
  'python-versions',
  'docs',
  'manifest',
] as const;

export function buildOutputs(result: BuildResult): Record<(typeof BUILD_OUTPUTS)[number], string> {
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

function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** An indented tree of member paths (`pkg/`, `  __init__.py`), folders first, each level sorted. */
export function fileTree(paths: readonly string[]): string {
  interface Node {
    dirs: Map<string, Node>;
    files: string[];
  }
  const root: Node = { dirs: new Map(), files: [] };
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
    if (file) node.files.push(file);
  }
  const lines: string[] = [];
  const walk = (node: Node, depth: number) => {
    // Code-point order, like the files below: localeCompare's first call loads ICU collation (~7 ms).
    for (const [name, child] of [...node.dirs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      lines.push(`${'  '.repeat(depth)}${name}/`);
      walk(child, depth + 1);
    }
    for (const file of node.files.sort()) lines.push(`${'  '.repeat(depth)}${file}`);
  };
  walk(root, 0);
  return lines.join('\n');
}

export function buildSummaryMarkdown(result: BuildResult): string {
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
    parts.push(
      `<details><summary>Files in ${result.wheel.filename} (${result.wheelFiles.length})</summary>`,
      '',
      '```',
      fileTree(result.wheelFiles),
      '```',
      '',
      '</details>',
      '',
    );
  }
  return `${parts.join('\n')}\n`;
}

/** The job summary of a rejected build: every finding, so the run page explains the red step. */
export function inspectionFailureMarkdown(findings: readonly Finding[]): string {
  const rows = findings.map(
    (finding) =>
      `| ${finding.rule} | ${finding.severity} | \`${cell(finding.file)}\` | ${cell(finding.message)} | ${cell((finding.paths ?? []).slice(0, 10).join(', '))} |`,
  );
  return `### Build rejected by the inspection\n\nNothing was written to the output folder.\n\n| rule | severity | artefact | problem | paths |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n\n`;
}
