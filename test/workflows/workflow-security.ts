/**
 * The security rules every workflow of the suite (and every example we tell users to copy) must keep.
 * They follow GitHub's own hardening guide (docs: "Security hardening for GitHub Actions") and the
 * findings of zizmor/actionlint for the same mistakes:
 * - `permissions-missing` / `permissions-excessive`: every job states least-privilege permissions;
 *   `id-token: write` only in a job that publishes (publish/promote), `contents: write` only in a job
 *   that pushes git refs, no other write scope, nothing but read at workflow level;
 * - `expression-in-run`: no `${{ … }}` inside a `run:` script (template injection: values reach scripts
 *   through `env:`);
 * - `pull-request-target`: no `pull_request_target` trigger (runs fork code with the base's secrets);
 * - `secrets-inherit`: a reusable workflow receives the secrets it declares, never `secrets: inherit`;
 * - `relative-action-in-reusable`: a reusable workflow never uses `./…` actions, which resolve in the
 *   caller's checkout (this suite's own actions are referenced as `$/actions/<name>`).
 */
import { parse } from 'yaml';

export type SecurityRule =
  | 'permissions-missing'
  | 'permissions-excessive'
  | 'expression-in-run'
  | 'pull-request-target'
  | 'secrets-inherit'
  | 'relative-action-in-reusable';

export interface SecurityFinding {
  rule: SecurityRule;
  where: string;
  message: string;
}

type Permissions = string | Record<string, string> | undefined;

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
}

interface Job {
  permissions?: Permissions;
  uses?: string;
  secrets?: unknown;
  steps?: Step[];
}

interface Workflow {
  on?: unknown;
  permissions?: Permissions;
  jobs?: Record<string, Job>;
}

function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

const PUBLISHING_ACTION = /(^|\/)actions\/(publish|promote)(@|$)/;

function stepName(step: Step, index: number): string {
  return step.id ?? step.name ?? step.uses ?? `step ${index + 1}`;
}

function checkPermissions(where: string, permissions: Permissions, job: Job | undefined, findings: SecurityFinding[]): void {
  if (permissions === undefined || permissions === null) {
    if (job) findings.push({ rule: 'permissions-missing', where, message: `${where} has no permissions: block` });
    return;
  }
  if (typeof permissions === 'string') {
    // `read-all` is tolerable as a workflow default; a job lists the scopes it needs.
    if (permissions === 'write-all' || job)
      findings.push({
        rule: 'permissions-excessive',
        where,
        message: `${where} uses permissions: ${permissions}; list the scopes it needs`,
      });
    return;
  }
  const steps = job?.steps ?? [];
  for (const [scope, level] of Object.entries(permissions)) {
    if (level !== 'write') continue;
    const justified =
      job !== undefined &&
      ((scope === 'id-token' && steps.some((s) => PUBLISHING_ACTION.test(s.uses ?? ''))) ||
        (scope === 'contents' && steps.some((s) => /\bgit\s+push\b/.test(s.run ?? ''))));
    if (!justified)
      findings.push({
        rule: 'permissions-excessive',
        where,
        message: `${where} grants ${scope}: write ${job ? 'that no step of the job needs' : 'to every job'}`,
      });
  }
}

/** Every finding in one workflow file's text. */
export function scanWorkflow(text: string, file = 'workflow'): SecurityFinding[] {
  const workflow = (parse(text) ?? {}) as Workflow;
  const findings: SecurityFinding[] = [];
  const on = triggers(workflow.on);
  if (on.includes('pull_request_target'))
    findings.push({ rule: 'pull-request-target', where: `${file} on`, message: `${file} is triggered by pull_request_target` });
  const reusable = on.includes('workflow_call');
  checkPermissions(`${file} (workflow)`, workflow.permissions, undefined, findings);
  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    const where = `${file} jobs.${id}`;
    checkPermissions(where, job.permissions, job, findings);
    if (job.secrets === 'inherit')
      findings.push({ rule: 'secrets-inherit', where, message: `${where} passes secrets: inherit; pass the secrets it declares` });
    (job.steps ?? []).forEach((step, index) => {
      const at = `${where} ${stepName(step, index)}`;
      if (typeof step.run === 'string' && step.run.includes('${{'))
        findings.push({
          rule: 'expression-in-run',
          where: at,
          message: `${at} interpolates \${{ }} into its run: script; pass it through env:`,
        });
      if (reusable && typeof step.uses === 'string' && step.uses.startsWith('./'))
        findings.push({
          rule: 'relative-action-in-reusable',
          where: at,
          message: `${at} uses ${step.uses}, which resolves in the caller's checkout; use $/${step.uses.slice(2)}`,
        });
    });
  }
  return findings;
}
