import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/action-harness';
import { actionErrors, workflowErrors } from '../support/yaml-check';

const actions = readdirSync(join(repoRoot, 'actions')).map((name) => join(repoRoot, 'actions', name, 'action.yml'));
const workflowDir = join(repoRoot, '.github', 'workflows');
const workflows = readdirSync(workflowDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => join(workflowDir, f));

describe("GitHub's parser accepts our YAML", () => {
  it.each(actions)('%s', (file) => {
    expect(actionErrors(file)).toEqual([]);
  });
  it.each(workflows)('%s', async (file) => {
    expect(await workflowErrors(file)).toEqual([]);
  });
});

describe('the YAML check catches mistakes', () => {
  it('rejects the broken action fixture', () => {
    const errors = actionErrors(join(repoRoot, 'test', 'fixtures', 'broken', 'action.yml'));
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.join('\n')).toMatch(/descripton|node99|icon/);
  });
  it('rejects the broken workflow fixture', async () => {
    const errors = await workflowErrors(join(repoRoot, 'test', 'fixtures', 'broken', 'workflow.yml'));
    expect(errors.length).toBeGreaterThanOrEqual(1);
  });
});
