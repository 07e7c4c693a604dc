/** What the promote action (and the CLI) report: step outputs and the job summary, from the result alone. */

import { markdownCell as cell } from '../log/index';
import type { PromoteResult } from './types';

/** The action's outputs by name (lists as JSON, as the runner passes them between steps). */
export function promoteOutputs(result: PromoteResult): Record<string, string> {
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
export function promoteSummaryMarkdown(result: PromoteResult): string {
  if (result.heldBack) return `### ${cell(`Not promoted: ${result.project} ${result.version}`)}\n\n${cell(result.heldBack)}\n`;
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
  if (result.extras?.board) lines.push('', `Release board: \`${cell(result.extras.board)}\``);
  lines.push('', `Install: \`pip install --index-url ${result.to.indexUrl} '${result.project}==${result.version}'\``, '');
  return `${lines.join('\n')}\n`;
}
