/**
 * The security rules every workflow of the suite (and every example we tell users to copy) must keep.
 * They follow GitHub's own hardening guide (docs: "Security hardening for GitHub Actions") and the
 * findings of zizmor/actionlint for the same mistakes:
 * - `permissions-missing` / `permissions-excessive`: every job states least-privilege permissions;
 *   `id-token: write` only in a job that publishes (publish/promote), `contents: write` only in a job
 *   that pushes git refs or makes the GitHub Release (release-report with github-release: true), no
 *   other write scope, nothing but read at workflow level;
 * - `expression-in-run`: no `${{ … }}` inside a `run:` script (template injection: values reach scripts
 *   through `env:`);
 * - `pull-request-target`: no `pull_request_target` trigger (runs fork code with the base's secrets);
 * - `secrets-inherit`: a reusable workflow receives the secrets it declares, never `secrets: inherit`;
 * - `relative-action-in-reusable`: a reusable workflow never uses `./…` actions, which resolve in the
 *   caller's checkout (this suite's own actions are referenced as `$/actions/<name>`);
 * - `unpinned-uses`: a third-party action or reusable workflow is pinned to a full 40-hex commit SHA (a
 *   tag can be moved by whoever controls that repository; a SHA cannot);
 * - `pin-without-version`: the SHA carries the release it stands for as a comment on the same line
 *   (`@<sha> # v7.0.1`), the form Dependabot reads and rewrites when it proposes an update;
 * - `node20-action`: no release of GitHub's own actions from the Node 20 era (hosted runners dropped it);
 * - `checkout-persists-credentials`: every `actions/checkout` sets `persist-credentials: false`, so no
 *   later step (a build backend, a test, a third-party action) can read the job's token from .git; a job
 *   that must push authenticates that one command itself.
 *
 * The suite's own actions and reusable workflow (`wheelwright/wheelwright/…`) are exempt from the SHA
 * rule in the examples and the scaffold's template: they are written as the major tag a caller pins
 * (`@v1`), since the commit of a future release cannot be written into the commit that makes it.
 * Inside the suite they are referenced as `$/…` (the same commit as the workflow).
 */
import { parse } from 'yaml';

export type SecurityRule =
  | 'permissions-missing'
  | 'permissions-excessive'
  | 'expression-in-run'
  | 'pull-request-target'
  | 'secrets-inherit'
  | 'relative-action-in-reusable'
  | 'unpinned-uses'
  | 'pin-without-version'
  | 'node20-action'
  | 'checkout-persists-credentials';

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
  with?: Record<string, unknown>;
}

interface Job {
  permissions?: Permissions;
  uses?: string;
  with?: Record<string, unknown>;
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
/** The GitHub Release is the one write a release run may make besides pushing a tag. */
const RELEASE_REPORT = /(^|\/)actions\/release-report(@|$)/;
const REUSABLE_RELEASE = /\/\.github\/workflows\/python-release\.yml@/;

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
        (scope === 'contents' &&
          steps.some(
            (s) =>
              /\bgit\s+(?:-c\s+(?:"[^"]*"|\S+)\s+)*push\b/.test(s.run ?? '') ||
              (RELEASE_REPORT.test(s.uses ?? '') && String(s.with?.['github-release']) === 'true'),
          )) ||
        // A caller grants the reusable workflow's github-release job its scope (callers cap callees).
        (scope === 'contents' && REUSABLE_RELEASE.test(job.uses ?? '') && String(job.with?.['github-release']) === 'true'));
    if (!justified)
      findings.push({
        rule: 'permissions-excessive',
        where,
        message: `${where} grants ${scope}: write ${job ? 'that no step of the job needs' : 'to every job'}`,
      });
  }
}

/** The suite's own references, written as the major tag callers pin (see the header). */
const SUITE = 'wheelwright/wheelwright/';
const FULL_SHA = /^[0-9a-f]{40}$/;
/** The first major of each of GitHub's actions that runs on node24 (read from their action.yml per tag). */
const FIRST_NODE24_MAJOR: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-python': 6,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
};

/** The trailing comment of every `uses:` line, by the referenced value (the parsed YAML drops comments). */
function usesComments(text: string): Map<string, (string | undefined)[]> {
  const comments = new Map<string, (string | undefined)[]>();
  for (const m of text.matchAll(/^[ \t-]*uses:[ \t]*["']?([^\s"'#]+)["']?[ \t]*(?:#[ \t]*(.*?))?[ \t]*$/gm)) {
    const value = m[1] ?? '';
    comments.set(value, [...(comments.get(value) ?? []), m[2]]);
  }
  return comments;
}

function checkUses(uses: string, at: string, comments: Map<string, (string | undefined)[]>, findings: SecurityFinding[]): void {
  if (uses.startsWith('./') || uses.startsWith('$/') || uses.startsWith('docker://') || uses.startsWith(SUITE)) return;
  const at_ = uses.lastIndexOf('@');
  const action = at_ < 0 ? uses : uses.slice(0, at_);
  const ref = at_ < 0 ? '' : uses.slice(at_ + 1);
  if (!FULL_SHA.test(ref)) {
    findings.push({
      rule: 'unpinned-uses',
      where: at,
      message: `${at} uses ${uses}; pin it to the full commit SHA of a release with the version as a comment (${action}@<sha> # vX.Y.Z)`,
    });
    return;
  }
  const versions = comments.get(uses) ?? [undefined];
  const version = versions.map((c) => /^(v\d+(?:\.\d+)*)\b/.exec(c ?? '')?.[1]);
  if (version.some((v) => v === undefined)) {
    findings.push({
      rule: 'pin-without-version',
      where: at,
      message: `${at} pins ${action} to a SHA without the release it stands for; add "# vX.Y.Z" on the same line`,
    });
    return;
  }
  const first = FIRST_NODE24_MAJOR[action.split('/').slice(0, 2).join('/')];
  for (const v of version) {
    const major = Number(/^v(\d+)/.exec(v ?? '')?.[1]);
    if (first !== undefined && major < first)
      findings.push({
        rule: 'node20-action',
        where: at,
        message: `${at} uses ${action} ${v}, a release of the Node 20 era; update to v${first} or later`,
      });
  }
}

function checkStep(step: Step, at: string, comments: Map<string, (string | undefined)[]>, findings: SecurityFinding[]): void {
  if (typeof step.run === 'string' && step.run.includes('${{'))
    findings.push({
      rule: 'expression-in-run',
      where: at,
      message: `${at} interpolates \${{ }} into its run: script; pass it through env:`,
    });
  if (typeof step.uses !== 'string') return;
  checkUses(step.uses, at, comments, findings);
  if (/^actions\/checkout@/.test(step.uses) && String(step.with?.['persist-credentials']) !== 'false')
    findings.push({
      rule: 'checkout-persists-credentials',
      where: at,
      message: `${at} checks out without persist-credentials: false; later steps could read the token`,
    });
}

/** Findings in a list of steps (the snippets of the actions' READMEs): the rules that apply to a step. */
export function scanSteps(text: string, file = 'steps'): SecurityFinding[] {
  const steps = parse(text) as Step[] | null;
  const findings: SecurityFinding[] = [];
  const comments = usesComments(text);
  (Array.isArray(steps) ? steps : []).forEach((step, index) => {
    checkStep(step, `${file} ${stepName(step, index)}`, comments, findings);
  });
  return findings;
}

/** Every finding in one workflow file's text. */
export function scanWorkflow(text: string, file = 'workflow'): SecurityFinding[] {
  const workflow = (parse(text) ?? {}) as Workflow;
  const findings: SecurityFinding[] = [];
  const comments = usesComments(text);
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
    if (typeof job.uses === 'string') checkUses(job.uses, where, comments, findings);
    (job.steps ?? []).forEach((step, index) => {
      const at = `${where} ${stepName(step, index)}`;
      checkStep(step, at, comments, findings);
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
