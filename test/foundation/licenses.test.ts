/**
 * licenses.txt beside each bundle names every third-party package in it, with its licence. ncc's own
 * --license kept only the packages of the import() chunks (one file per chunk under one name, each
 * overwriting the last), so whatever sat in index.js was missing; the build now writes the file from the
 * webpack stats (scripts/bundle-licenses.mjs). The packages expected here are derived from the bundle:
 * its stats for a fresh build of a small entry, the module paths it carries for each committed dist/.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/action-harness';

const run = promisify(execFile);

const declared = new Map<string, string>();

/** name@version of the package a module path under node_modules belongs to (the innermost node_modules). */
function packageOf(modulePath: string): string | undefined {
  const match = /^(.*\/node_modules\/((?:@[^/]+\/)?[^/@.][^/]*))\//.exec(modulePath);
  if (!match?.[1]) return undefined;
  const manifest = join(repoRoot, match[1], 'package.json');
  const { name, version, license, licenses } = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
  // `license`, or the older `licenses: [{ type }]` (busboy's).
  declared.set(`${name}@${version}`, JSON.stringify(license ?? licenses));
  return `${name}@${version}`;
}

interface Entry {
  license: string;
  text: string;
}

/** licenses.txt as name@version → licence id and text. */
function readLicenses(file: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const text = readFileSync(file, 'utf8');
  // Each entry starts with a name@version line right after a blank line (or at the top).
  const starts = [...text.matchAll(/(?:^|\n\n)((?:@[a-z0-9._-]+\/)?[a-z0-9._-]+@\d[^\s]*)\n/gi)];
  starts.forEach((start, i) => {
    const from = (start.index ?? 0) + start[0].length;
    const to = starts[i + 1]?.index ?? text.length;
    const [license = '', ...body] = text.slice(from, to).split('\n');
    entries.set(start[1] as string, { license, text: body.join('\n').trim() });
  });
  return entries;
}

describe('a fresh bundle with a package in index.js and one in an import() chunk', () => {
  let dir = '';
  let stats: {
    chunks: { initial: boolean; id: string | number }[];
    modules: { name: string; chunks: (string | number)[]; modules?: { name: string }[] }[];
  };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ww-licenses-'));
    const entry = join(repoRoot, 'test', 'fixtures', 'licensed-bundle', 'index.ts');
    const ncc = join(repoRoot, 'node_modules', '.bin', 'ncc');
    await run(ncc, ['build', entry, '-o', join(dir, 'out'), '--stats-out', join(dir, 'stats.json'), '--transpile-only', '-q'], {
      cwd: repoRoot,
    });
    await run(process.execPath, [join(repoRoot, 'scripts', 'bundle-licenses.mjs'), join(dir, 'stats.json'), join(dir, 'out')], {
      cwd: repoRoot,
    });
    stats = JSON.parse(readFileSync(join(dir, 'stats.json'), 'utf8'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names every package of every chunk, with its licence id and text', () => {
    const initial = new Set(stats.chunks.filter((chunk) => chunk.initial).map((chunk) => chunk.id));
    const inEntry = new Set<string>();
    const inChunks = new Set<string>();
    for (const module of stats.modules) {
      if (module.chunks.length === 0) continue; // dropped by the build: not in the bundle
      for (const { name } of [module, ...(module.modules ?? [])]) {
        const pkg = packageOf(name);
        if (pkg) (module.chunks.some((chunk) => initial.has(chunk)) ? inEntry : inChunks).add(pkg);
      }
    }
    // The fixture has both kinds, or this test would not cover what ncc's --license got wrong.
    expect([...inEntry].map((pkg) => pkg.replace(/@[^@]+$/, '')).sort()).toEqual(['busboy', 'streamsearch']);
    expect([...inChunks].map((pkg) => pkg.replace(/@[^@]+$/, ''))).toEqual(['yaml']);
    const licenses = readLicenses(join(dir, 'out', 'licenses.txt'));
    expect([...licenses.keys()].sort()).toEqual([...inEntry, ...inChunks].sort());
    for (const [pkg, entry] of licenses) {
      expect(entry.license, pkg).toMatch(/^[A-Za-z0-9.-]+$/);
      expect(declared.get(pkg), pkg).toContain(`"${entry.license}"`);
      expect(entry.text, pkg).toMatch(/Copyright/);
    }
  });
});

const BUNDLES = existsSync(join(repoRoot, 'dist')) ? readdirSync(join(repoRoot, 'dist')).sort() : [];

describe.each(BUNDLES)('dist/%s', (bundle) => {
  it('names in licenses.txt every package whose modules the bundle carries, each with a licence', () => {
    const folder = join(repoRoot, 'dist', bundle);
    // webpack marks each module it concatenated (ES modules) with its path; ncc keeps those comments.
    const carried = new Set<string>();
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.js'))) {
      for (const [, path] of readFileSync(join(folder, file), 'utf8').matchAll(/CONCATENATED MODULE: (\.\/node_modules\/\S+)/g)) {
        const pkg = packageOf(path as string);
        if (pkg) carried.add(pkg);
      }
    }
    const licenses = readLicenses(join(folder, 'licenses.txt'));
    expect([...carried].filter((pkg) => !licenses.has(pkg))).toEqual([]);
    for (const [pkg, entry] of licenses) {
      expect(entry.license, pkg).toMatch(/^[A-Za-z0-9.+-]+( OR [A-Za-z0-9.+-]+)*$/);
      expect(entry.text.length, pkg).toBeGreaterThan(0);
    }
  });
});
