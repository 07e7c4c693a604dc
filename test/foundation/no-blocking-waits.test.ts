/**
 * Nothing blocks a test worker's event loop while a test waits: a synchronous child process
 * (spawnSync, execFileSync, execSync) or Atomics.wait inside a test, a hook or a helper they call stops
 * vitest's timeouts, the in-process servers a test talks to and every timer until it returns, so a hung
 * Python never times out and a server in the same worker never answers. Tests use test/support/processes.ts.
 *
 * Allowed without a listing: calls at module level or directly in a describe callback (collection-time
 * setup, before any test runs). Anything inside a function needs an entry in ALLOWED below: the file,
 * how many such calls it may hold, and why. A new call in a listed file fails too (the count grows), as
 * does an entry whose calls are gone (lower its count).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { repoRoot } from '../support/action-harness';

const LOCAL_GIT = "quick local commands on the test's own files (git, gpg, ssh-keygen, openssl, zip): no server, no prompt";

/** File (relative to the repository) → how many blocking calls inside functions it may hold, and why. */
const ALLOWED: Record<string, { count: number; why: string }> = {
  'test/support/git-repo.ts': { count: 1, why: LOCAL_GIT },
  'test/support/gnupg.ts': { count: 2, why: LOCAL_GIT },
  'test/support/hostile-server.ts': { count: 1, why: `${LOCAL_GIT} (one test certificate per worker)` },
  'test/support/action-harness.ts': { count: 1, why: '`node --version` of the bundle runtime, once per worker' },
  'test/support/global-setup.ts': { count: 1, why: "main process, before any worker starts (stops a dead run's servers)" },
  'test/scaffold/project-tools.ts': { count: 1, why: LOCAL_GIT },
  'test/scaffold/scaffold-core.test.ts': { count: 1, why: LOCAL_GIT },
  'test/pep440-version/scm-repos.ts': { count: 2, why: LOCAL_GIT },
  'test/versions/project-shapes.ts': { count: 2, why: LOCAL_GIT },
  'test/versions/dunamai-pdm-states.ts': { count: 2, why: LOCAL_GIT },
  'test/promote/signed-tag.test.ts': { count: 3, why: LOCAL_GIT },
  'test/promote/bundle.test.ts': { count: 1, why: LOCAL_GIT },
  'test/security/archives-caps.test.ts': { count: 1, why: LOCAL_GIT },
  'test/docs/docs-zip.test.ts': { count: 1, why: LOCAL_GIT },
  'test/build-wheel/inspection.test.ts': { count: 1, why: 'writes the fixture wheels with one local Python call' },
  'test/build-wheel/dist-names-metadata.test.ts': { count: 1, why: 'one Python email.parser call on local text' },
  'test/foundation/harness.test.ts': { count: 1, why: '`node --version` of the bundle runtime' },
  'test/security/stores-support.ts': { count: 2, why: `${LOCAL_GIT}; a kill(0) probe` },
  'test/pep440-version/bundle.test.ts': { count: 1, why: LOCAL_GIT },
};

const BLOCKING = new Set(['spawnSync', 'execFileSync', 'execSync']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** The blocking calls of a file that run inside a function other than a describe callback. */
function blockingCalls(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const isDescribe = (fn: ts.Node) =>
    ts.isCallExpression(fn.parent) &&
    /^describe(\.\w+)*$/.test(fn.parent.expression.getText(source)) &&
    fn.parent.arguments.includes(fn as ts.Expression);
  const visit = (node: ts.Node, inFunction: boolean) => {
    let inside = inFunction;
    if (ts.isFunctionLike(node)) inside = inFunction || !isDescribe(node);
    if (ts.isCallExpression(node) && inside) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      const text = callee.getText(source);
      if (BLOCKING.has(name) || text === 'Atomics.wait') {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push(`${relative(repoRoot, file)}:${line + 1} ${text}`);
      }
    }
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(source, false);
  return found;
}

it('no test body, hook or helper blocks the event loop, beyond the listed files and counts', () => {
  const byFile = new Map<string, string[]>();
  for (const file of sources(join(repoRoot, 'test'))) {
    const calls = blockingCalls(file);
    if (calls.length > 0) byFile.set(relative(repoRoot, file), calls);
  }
  const problems: string[] = [];
  for (const [file, calls] of byFile) {
    const allowed = ALLOWED[file]?.count ?? 0;
    if (calls.length > allowed) {
      problems.push(
        `${file}: ${calls.length} blocking call(s) in functions, ${allowed} allowed (use test/support/processes.ts):\n  ${calls.join('\n  ')}`,
      );
    }
  }
  for (const [file, { count }] of Object.entries(ALLOWED)) {
    const have = byFile.get(file)?.length ?? 0;
    if (have < count) problems.push(`${file}: ALLOWED says ${count}, it has ${have}: lower the count`);
  }
  expect(problems).toEqual([]);
});

it('finds what it guards against (a sync call in a test body, a helper, an Atomics.wait) and spares collection-time setup', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const file = join(mkdtempSync(join(tmpdir(), 'ww-blocking-')), 'sample.test.ts');
  writeFileSync(
    file,
    [
      "import { execFileSync, spawnSync } from 'node:child_process';",
      "execFileSync('true');",
      "describe('x', () => { execFileSync('true'); it('y', () => { spawnSync('sleep', ['1']); }); });",
      "function helper() { return cp.execSync('true'); }",
      'beforeAll(() => { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1); });',
    ].join('\n'),
  );
  expect(blockingCalls(file).map((call) => call.replace(/^.*:(\d+) /, '$1 '))).toEqual(['3 spawnSync', '4 cp.execSync', '5 Atomics.wait']);
});
