/**
 * The release flow as a picture for job summaries: a Mermaid flowchart (GitHub renders ```mermaid
 * blocks) of the steps in order, each with its time and outcome, ending in the channel the release
 * reached. Labels are ours plus index names and versions; everything is escaped for Mermaid anyway.
 */

export interface FlowStep {
  name: string;
  status: 'ok' | 'failed' | 'skipped';
  /** Wall-clock time; absent when unknown (a skipped job). */
  ms?: number;
}

export interface FlowEnd {
  /** unstable, testing, stable — or none when nothing was published. */
  channel: string;
  version?: string;
}

/** Mermaid label text: no quotes, angle brackets, backticks or line breaks survive as syntax. */
function label(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, "'")
    .replace(/[[\]{}()|]/g, ' ')
    .slice(0, 120);
}

export function seconds(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function flowMermaid(steps: readonly FlowStep[], end: FlowEnd): string {
  const lines = ['```mermaid', 'flowchart LR'];
  steps.forEach((step, index) => {
    const time = step.ms === undefined ? step.status : `${seconds(step.ms)}${step.status === 'ok' ? '' : ` · ${step.status}`}`;
    lines.push(`  s${index}["${label(step.name)}<br/>${label(time)}"]:::${step.status}`);
    if (index > 0) lines.push(`  s${index - 1} --> s${index}`);
  });
  const where =
    end.channel === 'none' ? 'nothing published' : `ended in ${label(end.channel)}${end.version ? `<br/>${label(end.version)}` : ''}`;
  const last = steps.length - 1;
  lines.push(`  done(["${where}"]):::${end.channel === 'none' ? 'failed' : 'end'}`);
  if (last >= 0) lines.push(`  s${last} --> done`);
  lines.push(
    '  classDef ok fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
    '  classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328',
    '  classDef skipped fill:#f6f8fa,stroke:#8c959f,color:#59636e,stroke-dasharray:4 3',
    '  classDef end fill:#ddf4ff,stroke:#0969da,color:#1f2328',
    '```',
  );
  return lines.join('\n');
}

/** The summary section: the diagram, then one line saying where the release ended and how long it took. */
export function flowSummaryMarkdown(title: string, steps: readonly FlowStep[], end: FlowEnd, totalMs?: number): string {
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
export function pipelineSummaryMarkdown(result: {
  steps: readonly { name: string; status: FlowStep['status']; ms: number }[];
  channel: string;
  version: string;
  totalMs: number;
  ok: boolean;
  error?: { message: string };
}): string {
  const steps = result.steps.map((step) => ({ name: step.name, status: step.status, ms: step.ms }));
  const text = flowSummaryMarkdown(
    `wheelwright pipeline${result.ok ? '' : ' (failed)'}`,
    steps,
    { channel: result.channel, ...(result.version ? { version: result.version } : {}) },
    result.totalMs,
  );
  return result.error ? `${text}\n> ${result.error.message.replace(/[\r\n]+/g, ' ')}\n` : text;
}

/** The reusable workflow's jobs in flow order (python-release.yml). */
export const WORKFLOW_JOBS = ['version', 'build', 'publish', 'test', 'promote-testing', 'promote-stable'] as const;

export interface WorkflowJobTiming {
  /** As the REST API names it: `<caller job> / <job>`, a matrix leg `… / test (3.12)`. */
  name: string;
  conclusion?: string | null;
  started_at?: string | null;
  completed_at?: string | null;
}

const RESULT: Record<string, FlowStep['status']> = { success: 'ok', failure: 'failed', cancelled: 'failed', skipped: 'skipped' };

/**
 * The workflow's flow from its `needs` (each job's result) and, where the run's jobs could be read, their
 * times: one step per job, one per matrix leg of the tests.
 */
export function workflowFlow(
  needs: Record<string, { result?: string } | undefined>,
  timings: readonly WorkflowJobTiming[] = [],
): FlowStep[] {
  const steps: FlowStep[] = [];
  const ms = (job: WorkflowJobTiming): number | undefined => {
    const start = Date.parse(job.started_at ?? '');
    const end = Date.parse(job.completed_at ?? '');
    return Number.isFinite(start) && Number.isFinite(end) && end >= start ? end - start : undefined;
  };
  for (const id of WORKFLOW_JOBS) {
    const result = needs[id]?.result;
    if (result === undefined) continue;
    const status = RESULT[result] ?? 'skipped';
    const legs = timings.filter((job) => {
      const own = job.name.split(' / ').pop() ?? job.name;
      return own === id || own.startsWith(`${id} (`);
    });
    if (legs.length === 0) steps.push({ name: id, status });
    for (const leg of legs) {
      const time = ms(leg);
      const legStatus = leg.conclusion ? (RESULT[leg.conclusion] ?? status) : status;
      steps.push({ name: leg.name.split(' / ').pop() ?? id, status: legStatus, ...(time !== undefined ? { ms: time } : {}) });
    }
  }
  return steps;
}
