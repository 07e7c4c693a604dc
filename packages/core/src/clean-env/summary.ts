import { markdownCell as cell } from '../log/index';
import { formatCounts } from './junit';
import type { CleanEnvTestResult } from './types';

/** The action's outputs, by output name (action.yml). */
export function cleanEnvTestOutputs(result: CleanEnvTestResult): Record<string, string> {
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

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

const MAX_FAILURES = 25;

/** The job summary: counts, the failures with their messages, what was installed, the Python version. */
export function cleanEnvSummaryMarkdown(result: CleanEnvTestResult): string {
  const icon = result.outcome === 'passed' ? '✅' : '❌';
  const parts: string[] = [
    `### ${icon} clean-env test of ${result.name} ${result.version}`,
    '',
    `${formatCounts(result.counts)} — Python ${result.python.version}, ${result.installer}, installed from \`${result.store.url}\` (${result.store.name})`,
    '',
    table(
      ['passed', 'failed', 'errors', 'skipped'],
      [[String(result.counts.passed), String(result.counts.failed), String(result.counts.errors), String(result.counts.skipped)]],
    ),
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
    if (result.failures.length > MAX_FAILURES) parts.push(`- … and ${result.failures.length - MAX_FAILURES} more (see the JUnit XML)`);
  }
  parts.push(
    '',
    '<details><summary>Installed versions</summary>',
    '',
    table(
      ['distribution', 'version'],
      result.installed.map((d) => [d.name, d.version]),
    ),
    '',
    '</details>',
    '',
  );
  return parts.join('\n');
}
