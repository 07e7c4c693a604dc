/**
 * The release board of the embedded file store: `<store>/index.html`, beside the index folders
 * (`<store>/unstable/`, `testing/`, `stable/`), regenerated from what the folders hold after every publish
 * and promote, under the store's board lock. It is only written where the folder is a store — nothing
 * but index folders, dot-files and an earlier board — so a file index published into a project's own
 * folder never gets a page dropped beside its sources.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { compareVersions, isValidVersion, normalizeVersion } from '../pep440/index';
import { FileIndexStore } from '../store/file-index';
import { withDirectoryLock } from '../store/lock';
import { readReleaseRecord } from './release-record';
import { BOARD_GENERATOR, type BoardData, type BoardProject, type BoardRelease, renderBoard } from './render-board';

export const BOARD_PAGE = 'index.html';
const LOCK = '.board.lock';
const ORDER = ['unstable', 'testing', 'stable'];

const segment = (value: string) => encodeURIComponent(value);

async function isIndexFolder(path: string): Promise<boolean> {
  return (await stat(join(path, 'index.html')).catch(() => undefined))?.isFile() === true;
}

/** The store folder holding `indexRoot`, when it is one (see the header); undefined otherwise. */
export async function boardRootOf(indexRoot: string): Promise<string | undefined> {
  const root = dirname(indexRoot);
  if (root === indexRoot) return undefined;
  for (const entry of await readdir(root, { withFileTypes: true }).catch(() => [])) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) continue;
    if (entry.name === BOARD_PAGE && entry.isFile()) {
      const head = (await readFile(join(root, entry.name), 'utf8').catch(() => '')).slice(0, 2000);
      if (head.includes(`content="${BOARD_GENERATOR}"`)) continue;
    }
    return undefined;
  }
  return root;
}

function orderIndexes(names: string[]): string[] {
  const known = ORDER.filter((name) => names.includes(name));
  return [...known, ...names.filter((name) => !ORDER.includes(name)).sort()];
}

/** Reads every index folder of the store into the board's data. */
export async function collectBoard(storeRoot: string): Promise<BoardData> {
  const names: string[] = [];
  for (const entry of await readdir(storeRoot, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('.') && (await isIndexFolder(join(storeRoot, entry.name)))) names.push(entry.name);
  }
  const indexes = orderIndexes(names);
  const projects = new Map<string, Map<string, BoardRelease>>();
  for (const index of indexes) {
    const store = new FileIndexStore(join(storeRoot, index), index);
    for (const project of await store.listProjects()) {
      const releases = projects.get(project) ?? new Map<string, BoardRelease>();
      projects.set(project, releases);
      for (const file of await store.listFiles(project)) {
        if (!isValidVersion(file.version)) continue;
        const version = normalizeVersion(file.version);
        const release: BoardRelease = releases.get(version) ?? { version, channels: {}, files: [], findings: [], tests: [] };
        releases.set(version, release);
        release.channels[index] = `${segment(index)}/${segment(project)}/index.html`;
        const known = release.files.find((f) => f.filename === file.filename);
        if (known) known.indexes.push(index);
        else
          release.files.push({
            filename: file.filename,
            sha256: file.sha256,
            href: `${segment(index)}/${segment(project)}/${segment(file.filename)}`,
            indexes: [index],
          });
        // The furthest index's record wins: it carries the tests that promoted the release there.
        const folder = join(storeRoot, index, project, version);
        const record = await readReleaseRecord(folder);
        if (record) {
          if (record.source && typeof record.source === 'object') release.source = record.source;
          release.findings = Array.isArray(record.inspection?.findings) ? record.inspection.findings : [];
          release.tests = record.tests;
          if (record.docs?.status === 'failed') release.docs = { failed: String(record.docs.error ?? 'the docs build failed') };
        }
        if ((await stat(join(folder, '+doc', 'index.html')).catch(() => undefined))?.isFile())
          release.docs = { href: `${segment(index)}/${segment(project)}/${segment(version)}/+doc/index.html` };
      }
    }
  }
  const result: BoardProject[] = [...projects.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, releases]) => ({
      name,
      releases: [...releases.values()].sort((a, b) => compareVersions(b.version, a.version)),
    }));
  return { indexes, projects: result, generatedAt: new Date().toISOString() };
}

/** Regenerates the board of the store holding `indexRoot`; returns its path, or undefined when there is no store folder. */
export async function regenerateBoard(indexRoot: string): Promise<string | undefined> {
  const root = await boardRootOf(indexRoot);
  if (!root) return undefined;
  return withDirectoryLock(join(root, LOCK), async () => {
    const page = join(root, BOARD_PAGE);
    const temporary = join(root, `.${basename(page)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await writeFile(temporary, renderBoard(await collectBoard(root)));
      await rename(temporary, page);
    } finally {
      await rm(temporary, { force: true });
    }
    return page;
  });
}
