/**
 * python-release.yml only wires: no step runs a shell script, and no `if:` re-states release policy (the
 * version's channel, the trigger). The policy itself is the actions' (test/workflows/release-policy.test.ts
 * runs it through the bundles); this file pins that the workflow hands it to them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/action-harness';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  steps: Step[];
  outputs?: Record<string, string>;
}
const workflow = parse(readFileSync(join(repoRoot, '.github', 'workflows', 'python-release.yml'), 'utf8')) as {
  on: { workflow_call: { inputs: Record<string, unknown> } };
  jobs: Record<string, Job>;
};
const jobs = Object.entries(workflow.jobs);

function step(job: string, uses: string): Step {
  const found = workflow.jobs[job]?.steps.find((s) => s.uses === `$/actions/${uses}`);
  if (!found) throw new Error(`${job} has no ${uses} step`);
  return found;
}

describe('python-release.yml holds no policy', () => {
  it('no step runs a shell script', () => {
    const scripts = jobs.flatMap(([name, job]) => job.steps.filter((s) => s.run !== undefined).map((s) => `${name}: ${s.id ?? s.run}`));
    expect(scripts).toEqual([]);
  });

  it('no promotion is decided by an expression on the channel or the trigger', () => {
    for (const name of ['promote-testing', 'promote-stable']) {
      const condition = workflow.jobs[name]?.if ?? '';
      expect(condition).toBe("needs.version.outputs.publishes == 'true'");
    }
    const all = jobs.flatMap(([, job]) => [job.if ?? '', ...job.steps.map((s) => s.if ?? '')]).join('\n');
    expect(all).not.toMatch(/outputs\.channel\s*==|inputs\.publish\b/);
  });

  it('no if: in a reusable workflow compares the ref or the event; the GitHub Release waits on tag-release', () => {
    const dir = join(repoRoot, '.github', 'workflows');
    const reusable = readdirSync(dir)
      .filter((file) => /\.ya?ml$/.test(file))
      .map((file) => ({ file, doc: parse(readFileSync(join(dir, file), 'utf8')) as { on?: unknown; jobs?: Record<string, Job> } }))
      .filter(({ doc }) => typeof doc.on === 'object' && doc.on !== null && 'workflow_call' in doc.on);
    expect(reusable.map(({ file }) => file)).toContain('python-release.yml');
    const conditions = reusable.flatMap(({ file, doc }) =>
      Object.entries(doc.jobs ?? {}).flatMap(([name, job]) =>
        [job.if, ...(job.steps ?? []).map((s) => s.if)].filter((c): c is string => c !== undefined).map((c) => `${file} ${name}: ${c}`),
      ),
    );
    expect(conditions.length).toBeGreaterThan(0);
    const triggerReads = conditions.filter((c) =>
      /\bgithub\.(ref|ref_type|ref_name|head_ref|base_ref|event_name|event)\b|\bstartsWith\(/.test(c),
    );
    expect(triggerReads).toEqual([]);
    expect(workflow.jobs['github-release']?.if).toBe(
      "always() && inputs.github-release && needs.version.outputs.tag-release == 'true' && needs.promote-testing.result == 'success'",
    );
    expect(workflow.jobs.version?.outputs?.['tag-release']).toBe('${{ steps.version.outputs.tag-release }}');
  });

  it('pep440-version resolves the indexes from the workflow inputs of the same names', () => {
    const version = step('version', 'pep440-version');
    for (const name of ['store', 'unstable-index', 'testing-index', 'stable-index', 'unstable-url', 'testing-url', 'stable-url', 'publish'])
      expect(version.with?.[name]).toBe(`\${{ inputs.${name} }}`);
    expect(workflow.jobs.version?.outputs).toMatchObject({
      unstable: '${{ steps.version.outputs.unstable-store }}',
      testing: '${{ steps.version.outputs.testing-store }}',
      stable: '${{ steps.version.outputs.stable-store }}',
      embedded: '${{ steps.version.outputs.embedded-store }}',
      publishes: '${{ steps.version.outputs.publishes }}',
    });
  });

  it('promote to stable decides itself (release-only) and reports where the release ended', () => {
    const promote = step('promote-stable', 'promote');
    expect(promote.with).toMatchObject({ 'to-channel': 'stable', 'release-only': true });
    expect(workflow.jobs['promote-stable']?.outputs?.channel).toBe('${{ steps.promote.outputs.channel }}');
    expect(workflow.jobs['promote-testing']?.outputs?.channel).toBe('${{ steps.promote.outputs.channel }}');
  });

  it('the clean-env tests take the workflow’s test-dependencies and tests-from', () => {
    const test = step('test', 'clean-env-test');
    for (const name of ['test-dependencies', 'tests-from']) {
      expect(Object.keys(workflow.on.workflow_call.inputs)).toContain(name);
      expect(test.with?.[name]).toBe(`\${{ inputs.${name} }}`);
    }
  });
});
