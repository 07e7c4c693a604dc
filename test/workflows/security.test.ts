import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readActionManifest, repoRoot } from '../support/action-harness';
import { workflowErrors } from '../support/yaml-check';
import { type SecurityRule, scanWorkflow } from './workflow-security';

const workflowDir = join(repoRoot, '.github', 'workflows');
const workflows = readdirSync(workflowDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => join(workflowDir, f));

/** The ```yaml blocks of a Markdown file that are workflows (they have jobs). */
function exampleWorkflows(file: string): { name: string; text: string }[] {
  if (!existsSync(file)) return [];
  const blocks = [...readFileSync(file, 'utf8').matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
  return blocks
    .filter((text) => /^jobs:/m.test(text))
    .map((text, index) => ({ name: `${basename(file)} example ${index + 1} (${/^name: (.+)$/m.exec(text)?.[1] ?? '?'})`, text }));
}

/** Workflows the scaffold generates into users' projects (templates with {{placeholders}}). */
const templateDir = join(repoRoot, 'packages', 'core', 'src', 'scaffold', 'templates', 'project', 'ci');
const generated = existsSync(templateDir)
  ? readdirSync(templateDir)
      .filter((f) => /^github-.*\.ya?ml\.tmpl$/.test(f))
      .map((f) => ({ name: f, text: readFileSync(join(templateDir, f), 'utf8').replace(/\{\{[^}]*\}\}/g, 'x') }))
  : [];

const examples = exampleWorkflows(join(repoRoot, 'README.md'));

describe('every workflow keeps the security rules', () => {
  it.each(workflows)('%s', (file) => {
    expect(scanWorkflow(readFileSync(file, 'utf8'), basename(file))).toEqual([]);
  });
});

describe.skipIf(generated.length === 0)('the workflow the scaffold generates', () => {
  it.each(generated)('$name keeps the security rules and passes only declared inputs and secrets', ({ name, text }) => {
    expect(scanWorkflow(text, name)).toEqual([]);
    const reusable = parse(readFileSync(join(workflowDir, 'python-release.yml'), 'utf8')).on.workflow_call;
    for (const job of Object.values(parse(text).jobs) as { uses?: string; with?: object; secrets?: object }[]) {
      if (!job.uses?.includes('/.github/workflows/python-release.yml@')) continue;
      for (const key of Object.keys(job.with ?? {})) expect(Object.keys(reusable.inputs)).toContain(key);
      if (typeof job.secrets === 'object')
        for (const key of Object.keys(job.secrets ?? {})) expect(Object.keys(reusable.secrets)).toContain(key);
    }
  });
});

describe('the example caller workflows of the README', () => {
  it('there are examples for push/tags, pull requests and manual promotion', () => {
    const all = examples.map((e) => e.text).join('\n');
    expect(all).toMatch(/tags: \["v\*"\]/);
    expect(all).toMatch(/^ {2}pull_request:/m);
    expect(all).toMatch(/^ {2}workflow_dispatch:/m);
  });
  it.each(examples)('$name is valid for GitHub and keeps the security rules', async ({ name, text }) => {
    expect(await workflowErrors(`${name}.yml`, text)).toEqual([]);
    expect(scanWorkflow(text, name)).toEqual([]);
  });
  it.each(examples)('$name passes only inputs and secrets the suite declares', ({ text }) => {
    const reusable = parse(readFileSync(join(workflowDir, 'python-release.yml'), 'utf8')).on.workflow_call;
    for (const job of Object.values(parse(text).jobs) as {
      uses?: string;
      with?: object;
      secrets?: object;
      steps?: { uses?: string; with?: object }[];
    }[]) {
      if (job.uses?.includes('/.github/workflows/python-release.yml@')) {
        for (const key of Object.keys(job.with ?? {})) expect(Object.keys(reusable.inputs)).toContain(key);
        for (const key of Object.keys(job.secrets ?? {})) expect(Object.keys(reusable.secrets)).toContain(key);
      }
      for (const step of job.steps ?? []) {
        const action = /^wheelwright\/wheelwright\/actions\/([\w-]+)@/.exec(step.uses ?? '')?.[1];
        if (!action) continue;
        const inputs = Object.keys(readActionManifest(action).inputs ?? {});
        for (const key of Object.keys(step.with ?? {})) expect(inputs).toContain(key);
      }
    }
  });
});

describe('the scan catches each violation', () => {
  const fixtures = join(repoRoot, 'test', 'workflows', 'fixtures');
  const rules: SecurityRule[] = [
    'permissions-missing',
    'permissions-excessive',
    'expression-in-run',
    'pull-request-target',
    'secrets-inherit',
    'relative-action-in-reusable',
  ];
  it.each(rules)('%s', (rule) => {
    const findings = scanWorkflow(readFileSync(join(fixtures, `${rule}.yml`), 'utf8'), rule);
    expect(findings.map((f) => f.rule)).toEqual(rule === 'permissions-excessive' ? [rule, rule] : [rule]);
  });
  it('accepts a write scope that the job uses', () => {
    const text = [
      'on: push',
      'jobs:',
      '  tag:',
      '    runs-on: ubuntu-latest',
      '    permissions: { contents: write }',
      '    steps:',
      '      - run: git push origin v1',
      '  publish:',
      '    runs-on: ubuntu-latest',
      '    permissions: { id-token: write }',
      '    steps:',
      '      - uses: wheelwright/wheelwright/actions/publish@v1',
    ].join('\n');
    expect(scanWorkflow(text)).toEqual([]);
  });
});

describe('python-release.yml wires the actions of this commit', () => {
  const text = readFileSync(join(workflowDir, 'python-release.yml'), 'utf8');
  const workflow = parse(text) as {
    on: { workflow_call: { inputs: Record<string, unknown> } };
    jobs: Record<string, { steps?: { id?: string; uses?: string; with?: Record<string, unknown> }[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);

  it('uses every action of the flow by self-repository reference, with declared inputs only', () => {
    const used = new Set<string>();
    for (const step of steps) {
      const name = /^\$\/actions\/([\w-]+)$/.exec(step.uses ?? '')?.[1];
      if (step.uses?.includes('actions/') && !step.uses.startsWith('actions/')) expect(step.uses).toMatch(/^\$\/actions\//);
      if (!name) continue;
      used.add(name);
      const inputs = Object.keys(readActionManifest(name).inputs ?? {});
      for (const key of Object.keys(step.with ?? {})) expect(inputs, `${name} input ${key}`).toContain(key);
    }
    expect([...used].sort()).toEqual(['build-wheel', 'clean-env-test', 'pep440-version', 'promote', 'publish']);
  });

  it('reads only outputs the actions declare', () => {
    const byId = new Map(
      steps.filter((s) => s.id && s.uses?.startsWith('$/')).map((s) => [s.id, /actions\/([\w-]+)/.exec(s.uses ?? '')?.[1]]),
    );
    for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const action = byId.get(id);
      if (!action) continue;
      expect(Object.keys(readActionManifest(action).outputs ?? {}), `${action} output ${output}`).toContain(output);
    }
  });

  it('accepts the inputs the scaffolded caller workflow passes', () => {
    expect(Object.keys(workflow.on.workflow_call.inputs)).toEqual(
      expect.arrayContaining(['python-versions', 'package-path', 'store', 'publish']),
    );
  });
});
