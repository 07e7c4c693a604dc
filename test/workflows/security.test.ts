import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readActionManifest, repoRoot } from '../support/action-harness';
import { workflowErrors } from '../support/yaml-check';
import { type SecurityRule, scanSteps, scanWorkflow } from './workflow-security';

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

/** The ```yaml step lists of the actions' READMEs (snippets users copy into their jobs). */
const actionsDir = join(repoRoot, 'actions');
const snippets = readdirSync(actionsDir)
  .map((name) => join(actionsDir, name, 'README.md'))
  .filter((file) => existsSync(file))
  .flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)]
      .map((m) => m[1] ?? '')
      .filter((text) => /^- /m.test(text) && /^\s*-?\s*uses:/m.test(text))
      .map((text, index) => ({ name: `${file.slice(repoRoot.length + 1)} snippet ${index + 1}`, text })),
  );

describe('every workflow keeps the security rules', () => {
  it.each(workflows)('%s', (file) => {
    expect(scanWorkflow(readFileSync(file, 'utf8'), basename(file))).toEqual([]);
  });
});

describe('the workflow the scaffold generates', () => {
  it('is there to check (the scaffold’s GitHub workflow template)', () => {
    expect(generated.map((g) => g.name)).toContain('github-release.yml.tmpl');
  });

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

describe("the step snippets of the actions' READMEs", () => {
  it('there are snippets to check', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(5);
  });
  it.each(snippets)('$name keeps the step rules', ({ name, text }) => {
    expect(scanSteps(text, name)).toEqual([]);
  });
});

describe('Dependabot keeps the pins current', () => {
  it('updates the github-actions and npm ecosystems', () => {
    const config = parse(readFileSync(join(repoRoot, '.github', 'dependabot.yml'), 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => `${u['package-ecosystem']} ${u.directory}`).sort()).toEqual(['github-actions /', 'npm /']);
  });
  it('every third-party action in the repository is one release, pinned the same everywhere', () => {
    const texts = [...workflows.map((f) => readFileSync(f, 'utf8')), ...examples.map((e) => e.text), ...snippets.map((s) => s.text)];
    const pins = new Map<string, Set<string>>();
    for (const text of texts)
      for (const m of text.matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@([0-9a-f]{40})\s*#\s*(v\S+)/g)) {
        const key = m[1] ?? '';
        pins.set(key, (pins.get(key) ?? new Set()).add(`${m[2]} ${m[3]}`));
      }
    expect(Object.fromEntries([...pins].map(([k, v]) => [k, [...v]]))).toEqual({
      'actions/checkout': ['3d3c42e5aac5ba805825da76410c181273ba90b1 v7.0.1'],
      'actions/setup-node': ['820762786026740c76f36085b0efc47a31fe5020 v7.0.0'],
      'actions/setup-python': ['5fda3b95a4ea91299a34e894583c3862153e4b97 v7.0.0'],
      'actions/upload-artifact': ['bbbca2ddaa5d8feaa63e36b76fdaad77386f024f v7.0.0'],
      'actions/download-artifact': ['3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c v8.0.1'],
    });
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
    'unpinned-uses',
    'pin-without-version',
    'node20-action',
    'checkout-persists-credentials',
  ];
  it.each(rules)('%s', (rule) => {
    const findings = scanWorkflow(readFileSync(join(fixtures, `${rule}.yml`), 'utf8'), rule);
    expect(findings.map((f) => f.rule)).toEqual(rule === 'permissions-excessive' ? [rule, rule] : [rule]);
  });
  const job = (step: string) =>
    [
      'on: push',
      'permissions: { contents: read }',
      'jobs:',
      '  b:',
      '    runs-on: ubuntu-latest',
      '    permissions: { contents: read }',
      '    steps:',
      step,
    ].join('\n');
  const sha = '3d3c42e5aac5ba805825da76410c181273ba90b1';
  it.each([
    ['a short SHA', `      - uses: actions/checkout@3d3c42e # v7.0.1\n        with: { persist-credentials: false }`, ['unpinned-uses']],
    ['a branch', '      - uses: someone/action@main', ['unpinned-uses']],
    ['no ref at all', '      - uses: someone/action', ['unpinned-uses']],
    ['an upper-case SHA', `      - uses: someone/action@${sha.toUpperCase()} # v1.0.0`, ['unpinned-uses']],
    ['a sub-path action by tag', '      - uses: github/codeql-action/init@v3', ['unpinned-uses']],
    ['a comment that is not a version', `      - uses: someone/action@${sha} # latest`, ['pin-without-version']],
    ['a quoted pin without a comment', `      - uses: "someone/action@${sha}"`, ['pin-without-version']],
    [
      'persist-credentials: true',
      `      - uses: actions/checkout@${sha} # v7.0.1\n        with: { persist-credentials: true }`,
      ['checkout-persists-credentials'],
    ],
    ['an old checkout', `      - uses: actions/checkout@${sha} # v4.2.2\n        with: { persist-credentials: false }`, ['node20-action']],
    [
      'a pinned, commented, current step',
      `      - uses: actions/checkout@${sha} # v7.0.1\n        with: { persist-credentials: "false" }`,
      [],
    ],
    ['a local action', '      - uses: ./actions/publish', []],
    ['a docker action', '      - uses: docker://alpine:3.20', []],
  ])('%s', (_label, step, rules) => {
    expect(scanWorkflow(job(step)).map((f) => f.rule)).toEqual(rules);
  });
  it('a reusable workflow of a third party is pinned like an action', () => {
    const text = [
      'on: push',
      'permissions: { contents: read }',
      'jobs:',
      '  r:',
      '    permissions: { contents: read }',
      '    uses: someone/workflows/.github/workflows/release.yml@v2',
    ].join('\n');
    expect(scanWorkflow(text).map((f) => f.rule)).toEqual(['unpinned-uses']);
  });
  it('a second, unpinned copy of a pinned step is not hidden by the first', () => {
    const text = job(`      - uses: someone/action@${sha} # v1.0.0\n      - uses: someone/action@${sha}`);
    expect(scanWorkflow(text).map((f) => f.rule)).toEqual(['pin-without-version', 'pin-without-version']);
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
    expect([...used].sort()).toEqual(['build-wheel', 'clean-env-test', 'pep440-version', 'promote', 'publish', 'release-report']);
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
