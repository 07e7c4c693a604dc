import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readActionManifest, repoRoot } from '../support/action-harness';

const ACTIONS = ['scaffold', 'pep440-version', 'build-wheel', 'publish', 'clean-env-test', 'promote', 'release-report'];

describe('every action keeps its contract', () => {
  it('has exactly the seven actions', () => {
    expect(readdirSync(join(repoRoot, 'actions')).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(ACTIONS)('%s: described inputs and outputs, node24, a committed bundle', (name) => {
    const manifest = readActionManifest(name) as unknown as {
      name: string;
      description: string;
      branding?: { icon?: string; color?: string };
      inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
      outputs?: Record<string, { description?: string }>;
      runs: { using: string; main: string };
    };
    expect(manifest.name).toMatch(/^Wheelwright: /);
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.branding?.icon).toBeTruthy();
    expect(manifest.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
    for (const [input, spec] of Object.entries(manifest.inputs ?? {})) {
      expect(spec.description, `${name}.${input}`).toBeTruthy();
      // An optional input states its default explicitly, even when empty.
      if (!spec.required) expect(spec, `${name}.${input} default`).toHaveProperty('default');
    }
    expect(Object.keys(manifest.outputs ?? {}).length).toBeGreaterThan(0);
    for (const [output, spec] of Object.entries(manifest.outputs ?? {})) expect(spec.description, `${name}.${output}`).toBeTruthy();
    expect(existsSync(join(repoRoot, 'dist', name, 'index.js'))).toBe(true);
  });
});
