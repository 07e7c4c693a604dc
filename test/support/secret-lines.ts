/**
 * Where a secret shows up in what an action left behind: stdout, stderr, the step summary, outputs, env
 * and path files. The runner's own `::add-mask::` lines are the one place a secret may appear.
 */
import { expect } from 'vitest';
import type { ActionRun } from './action-harness';

export function linesHolding(run: ActionRun, secret: string): string[] {
  const texts = [run.stdout, run.stderr, run.summary, ...Object.values(run.outputs), ...Object.values(run.env), ...run.path];
  return texts.flatMap((text) => text.split(/\r?\n/)).filter((line) => line.includes(secret) && !line.startsWith('::add-mask::'));
}

export function expectNoSecret(run: ActionRun, secrets: readonly string[]): void {
  for (const secret of secrets) expect(linesHolding(run, secret), `${secret} was printed`).toEqual([]);
}

/** A password as it can leak: raw, URL-encoded, and inside a Basic header's base64. */
export function passwordForms(username: string, password: string): string[] {
  return [password, encodeURIComponent(password), Buffer.from(`${username}:${password}`, 'utf8').toString('base64')];
}
