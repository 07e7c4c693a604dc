/**
 * The two real servers seen the same way by the real-store tests: each as three tiers (unstable, testing,
 * stable) with the URL publish/promote are given, the simple index pip reads, and what the server itself
 * lists (read straight from its simple page, not through our store code).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionRun } from '../support/action-harness';
import { type RealStores, realStores } from '../support/real-stores';

export type Tier = 'unstable' | 'testing' | 'stable';

export interface RealServer {
  flavour: 'pypiserver' | 'devpi';
  /** The URL a user gives publish/promote for a tier (pypiserver's root, devpi's user/index). */
  url(tier: Tier): string;
  /** The simple index pip installs from. */
  simple(tier: Tier): string;
  user: string;
  password: string;
}

export const SERVERS: readonly { flavour: RealServer['flavour']; of: (stores: RealStores) => RealServer }[] = [
  {
    flavour: 'pypiserver',
    of: (stores) => ({
      flavour: 'pypiserver',
      url: (tier) => stores.pypiserver[tier],
      simple: (tier) => `${stores.pypiserver[tier]}/simple/`,
      user: stores.pypiserver.user,
      password: stores.pypiserver.password,
    }),
  },
  {
    flavour: 'devpi',
    of: (stores) => ({
      flavour: 'devpi',
      url: (tier) => stores.devpi[tier],
      simple: (tier) => `${stores.devpi[tier]}/+simple/`,
      user: stores.devpi.user,
      password: stores.devpi.password,
    }),
  },
];

/** The server of `flavour` in the running real stores. */
export function realServer(flavour: RealServer['flavour']): RealServer {
  const entry = SERVERS.find((s) => s.flavour === flavour);
  if (!entry) throw new Error(`no real server ${flavour}`);
  return entry.of(realStores());
}

/** filename → sha256 as the server's own simple page lists them for `project` (empty when it has none). */
export async function listedByServer(simpleUrl: string, project: string): Promise<Record<string, string>> {
  let response = await fetch(`${simpleUrl}${project}/`, { redirect: 'follow' });
  // devpi once answered a read with HTTP 500 on a loaded machine (not reproduced since): this helper only
  // reads back what the server holds, so a server error gets two more tries before it fails the test.
  for (let attempt = 1; response.status >= 500 && attempt <= 2; attempt++) {
    process.stderr.write(
      `warning: GET ${simpleUrl}${project}/ -> HTTP ${response.status}: ${(await response.text()).slice(0, 500)}; retrying\n`,
    );
    await new Promise((done) => setTimeout(done, 1000));
    response = await fetch(`${simpleUrl}${project}/`, { redirect: 'follow' });
  }
  if (response.status === 404) return {};
  if (!response.ok) throw new Error(`GET ${simpleUrl}${project}/ -> HTTP ${response.status}: ${(await response.text()).slice(0, 2000)}`);
  const page = await response.text();
  const files: Record<string, string> = {};
  for (const match of page.matchAll(/href="([^"#]+)#sha256=([0-9a-f]{64})"/g)) {
    const filename = decodeURIComponent((match[1] ?? '').split('/').pop() ?? '');
    files[filename] = match[2] ?? '';
  }
  return files;
}

/** Everything a reader of the run could see, minus the `::add-mask::` lines the runner consumes. */
export function printed(run: ActionRun): string {
  return [
    run.stdout
      .split(/\r?\n/)
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    run.stderr,
    JSON.stringify(run.outputs),
    run.summary,
    JSON.stringify(run.env),
  ].join('\n');
}

export const scratch = (label: string) => mkdtempSync(join(tmpdir(), `ww-real-${label}-`));
