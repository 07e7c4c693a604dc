/**
 * The embedded default store: a folder holding a static PEP 503 simple index and the files themselves,
 *
 *   <root>/index.html                         the project list
 *   <root>/<normalized-name>/index.html       one link per file, `#sha256=`, data-requires-python, PEP 658/714
 *   <root>/<normalized-name>/<file>           the artefact
 *   <root>/<normalized-name>/<file>.metadata  its core metadata (PEP 658)
 *   <root>/.tmp/                              files being copied in (one per writer process)
 *   <root>/.lock                              held while anything under a project folder changes
 *
 * pip installs from it by `file://` URL (it reads `index.html` in each folder), and any static host can
 * serve it. A file is copied into `.tmp/` outside the lock, then, under the lock, renamed into its project
 * folder, and the project page is written last: the page is the commit point, so it never lists a file
 * that is not complete on disk, and a crash before it leaves a complete file that the next upload of it
 * checks by hash, lists and reports as uploaded. The page is also the record of each file's hash (as on a
 * server): a file replaced behind the index's back keeps its listed hash, so a download detects it.
 *
 * Every name that becomes a path comes from the artefact's filename (checked against the wheel/sdist
 * grammar) and is joined with `resolveInside`; the METADATA Name must agree with it.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { sha256File } from '../distribution/sha256-file';
import { StoreError } from '../errors/index';
import { copyAndHash, hashingStream } from './hashing';
import { resolveInside } from './inside';
import { artefactIdentity } from './local-artefact';
import { ownerGone, withDirectoryLock } from './lock';
import { normalizeProjectName, sameVersion, splitArtefactFilename } from './names';
import { conflictError } from './server-answers';
import { type PageFile, parseSimpleLinks, renderProjectPage, renderRootPage, splitHashFragment } from './simple-html';
import type { IndexedFile, LocalArtefact, Store, StoreCapabilities, UploadOutcome } from './store';

const PAGE = 'index.html';
const LOCK = '.lock';
const TEMP = '.tmp';
/** A temporary file whose writer cannot be asked (another host, a reused pid) is old after a day. */
const TEMP_MAX_AGE_MS = 24 * 3600_000;

const HOST = hostname().replace(/[^A-Za-z0-9-]/g, '-') || 'host';

async function writeAtomically(path: string, content: string | Buffer): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

function headerField(metadataText: string, field: string): string | undefined {
  // Core metadata is RFC 822-style headers; the body (description) follows the first blank line.
  const headers = metadataText.split(/\r?\n\r?\n/, 1)[0] ?? '';
  return new RegExp(`^${field}:[ \\t]*(.*)$`, 'im').exec(headers)?.[1]?.trim() || undefined;
}

/** Temporary files of writers that are gone: this host's dead pids, or anything older than a day. */
async function removeStaleTemporaries(folder: string, pattern: RegExp): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const path = join(folder, name);
    const info = await stat(path).catch(() => undefined);
    if (!info) continue;
    const pid = Number(match.groups?.pid);
    const host = match.groups?.host ?? HOST;
    if (ownerGone(pid, host === HOST ? hostname() : host) || Date.now() - info.mtimeMs > TEMP_MAX_AGE_MS) {
      await rm(path, { force: true, recursive: true });
    }
  }
}

/** `.tmp/<pid>.<host>.<random>.tmp` (this layout), and `.<file>.<pid>.<random>.tmp` in project folders (older writers). */
const TEMP_FILE = /^(?<pid>\d+)\.(?<host>[A-Za-z0-9-]+)\.[0-9a-f]+\.tmp$/;
const LEGACY_TEMP_FILE = /^\..+\.(?<pid>\d+)\.[0-9a-f]+\.tmp$/;

export class FileIndexStore implements Store {
  readonly kind = 'file' as const;
  readonly indexUrl: string;
  readonly uploadUrl: string;
  readonly capabilities: StoreCapabilities = { delete: true, localVersions: true, push: false, reuseFilenames: true };

  constructor(
    readonly root: string,
    readonly name: string,
  ) {
    this.indexUrl = `${pathToFileURL(root).href.replace(/\/$/, '')}/`;
    this.uploadUrl = this.indexUrl;
  }

  private projectDir(project: string): string {
    return resolveInside(this.root, normalizeProjectName(project), 'project folder');
  }

  /** The files a project page lists, by filename (only names that are distribution filenames of this project). */
  private async readPage(project: string): Promise<Map<string, PageFile>> {
    const files = new Map<string, PageFile>();
    let html: string;
    try {
      html = await readFile(join(this.projectDir(project), PAGE), 'utf8');
    } catch {
      return files;
    }
    for (const link of parseSimpleLinks(html)) {
      const { url, sha256 } = splitHashFragment(link.href);
      if (!sha256) continue;
      let filename: string;
      try {
        filename = decodeURIComponent(url);
      } catch {
        continue;
      }
      const parts = splitArtefactFilename(filename);
      if (!parts || normalizeProjectName(parts.project) !== normalizeProjectName(project)) continue;
      const metadata = /^sha256=([0-9a-f]{64})$/.exec(
        link.attributes['data-core-metadata'] ?? link.attributes['data-dist-info-metadata'] ?? '',
      );
      files.set(filename, {
        filename,
        sha256,
        ...(link.attributes['data-requires-python'] ? { requiresPython: link.attributes['data-requires-python'] } : {}),
        ...(metadata?.[1] ? { metadataSha256: metadata[1] } : {}),
      });
    }
    return files;
  }

  async listFiles(project: string): Promise<IndexedFile[]> {
    const dir = this.projectDir(project);
    const listed = await this.readPage(project);
    return [...listed.values()].map((file) => ({
      filename: file.filename,
      url: pathToFileURL(resolveInside(dir, file.filename)).href,
      sha256: file.sha256,
      hashes: { sha256: file.sha256 },
      version: splitArtefactFilename(file.filename)?.version ?? '',
      ...(file.requiresPython ? { requiresPython: file.requiresPython } : {}),
      hasMetadata: file.metadataSha256 !== undefined,
    }));
  }

  async listProjects(): Promise<string[]> {
    const entries = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    const projects: string[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      if (await stat(join(this.root, entry.name, PAGE)).catch(() => undefined)) projects.push(entry.name);
    }
    return projects.sort();
  }

  /**
   * The page entries of the artefacts in a project folder (`except` left out): hashes from the current
   * page where it lists the file, from the file itself otherwise (a complete file a crashed writer
   * renamed into place but never listed).
   */
  private async folderEntries(project: string, except: ReadonlySet<string> = new Set()): Promise<PageFile[]> {
    const dir = this.projectDir(project);
    const listed = await this.readPage(project);
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => {
      const parts = !n.startsWith('.') && !except.has(n) ? splitArtefactFilename(n) : undefined;
      return parts !== undefined && normalizeProjectName(parts.project) === normalizeProjectName(project);
    });
    const files: PageFile[] = [];
    for (const filename of names.sort()) {
      const known = listed.get(filename);
      const entry: PageFile = { filename, sha256: known?.sha256 ?? (await sha256File(join(dir, filename))).sha256 };
      const metadataPath = join(dir, `${filename}.metadata`);
      const metadataText = await readFile(metadataPath, 'utf8').catch(() => undefined);
      const requiresPython = known?.requiresPython ?? (metadataText ? headerField(metadataText, 'Requires-Python') : undefined);
      if (requiresPython) entry.requiresPython = requiresPython;
      // PEP 658 covers any distribution, but pip trusts an sdist's metadata only from 2.2 on: advertise it for
      // wheels. pip before 23.2 (Debian 12's 23.0.1) compares the file's Name with the requirement as typed
      // (pypa/pip#12038, fixed by #12044) and discards the wheel when they differ; a Name already in normal
      // form matches what users and our own actions type, any other spelling would make old pips fail.
      const name = metadataText === undefined ? undefined : headerField(metadataText, 'Name');
      if (filename.endsWith('.whl') && name !== undefined && name === normalizeProjectName(name)) {
        entry.metadataSha256 = (await sha256File(metadataPath)).sha256;
      }
      files.push(entry);
    }
    return files;
  }

  /**
   * Rewrites the pages for a project's folder. With files: the root page lists the project first, the
   * project page (the commit point) last. Without: the project page goes first, then the empty folder
   * (only if it is empty: never another writer's file), then the root page's entry.
   */
  private async writePages(project: string, files: PageFile[]): Promise<void> {
    const dir = this.projectDir(project);
    const normalized = normalizeProjectName(project);
    if (files.length > 0) {
      const projects = new Set(await this.listProjects());
      if (!projects.has(normalized)) {
        projects.add(normalized);
        await writeAtomically(join(this.root, PAGE), renderRootPage([...projects]));
      }
      await writeAtomically(join(dir, PAGE), renderProjectPage(normalized, files));
      return;
    }
    await rm(join(dir, PAGE), { force: true });
    await rmdir(dir).catch(() => undefined);
    await writeAtomically(join(this.root, PAGE), renderRootPage(await this.listProjects()));
  }

  private async lock<T>(fn: () => Promise<T>): Promise<T> {
    await mkdir(this.root, { recursive: true });
    return withDirectoryLock(join(this.root, LOCK), async () => {
      await removeStaleTemporaries(join(this.root, TEMP), TEMP_FILE);
      return fn();
    });
  }

  async upload(artefact: LocalArtefact): Promise<UploadOutcome> {
    const { project } = artefactIdentity(artefact);
    const dir = this.projectDir(project);
    const target = resolveInside(dir, artefact.filename);
    // Copy outside the lock (it may be large) into the store's own temporary folder, which nothing removes
    // while this process lives; rename into the project folder under the lock.
    await mkdir(join(this.root, TEMP), { recursive: true });
    const temporary = join(this.root, TEMP, `${process.pid}.${HOST}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const copied = await copyAndHash(artefact.path, temporary);
      if (copied !== artefact.sha256) {
        throw new StoreError(`'${artefact.path}' changed while it was being published (sha256 ${copied}, expected ${artefact.sha256})`, {
          hint: 'do not rebuild while publishing; run the publish step again',
        });
      }
      return await this.lock(async () => {
        await mkdir(dir, { recursive: true });
        await removeStaleTemporaries(dir, LEGACY_TEMP_FILE);
        const existing = (await this.readPage(project)).get(artefact.filename);
        if (existing) {
          if (existing.sha256 !== artefact.sha256) throw conflictError(artefact.filename, this.indexUrl, existing.sha256, artefact.sha256);
          // Listed already; make sure the root page lists the project too (a run that stopped in between).
          await this.writePages(project, await this.folderEntries(project));
          return 'skipped';
        }
        // Not listed. A complete file in place is a previous run's that stopped before its page was
        // written: the same bytes are published by listing them; other bytes were never listed, so
        // nobody installed them, and ours replace them.
        if (artefact.metadataText !== undefined) await writeAtomically(`${target}.metadata`, artefact.metadataText);
        await rename(temporary, target);
        await this.writePages(project, await this.folderEntries(project));
        return 'uploaded';
      });
    } finally {
      await rm(temporary, { force: true });
    }
  }

  async download(file: IndexedFile, destination: string): Promise<string> {
    const project = splitArtefactFilename(file.filename)?.project;
    const source = resolveInside(this.projectDir(project ?? ''), file.filename);
    const hasher = hashingStream();
    try {
      await pipeline(createReadStream(source), hasher, createWriteStream(destination));
    } catch (error) {
      await rm(destination, { force: true });
      throw new StoreError(`cannot read '${file.filename}' from the file index ${this.indexUrl}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (file.sha256 && hasher.digest() !== file.sha256) {
      await rm(destination, { force: true });
      throw new StoreError(
        `'${file.filename}' in ${this.indexUrl} does not match its listed hash (sha256 ${hasher.digest()}, index says ${file.sha256})`,
        { code: 'conflict', hint: 'the file was changed after it was published; publish the release again under a new version' },
      );
    }
    return hasher.digest();
  }

  async deleteRelease(project: string, version: string): Promise<void> {
    const dir = this.projectDir(project);
    await this.lock(async () => {
      const names = await readdir(dir).catch(() => [] as string[]);
      const release = new Set(
        names.filter((name) => {
          const parts = name.startsWith('.') ? undefined : splitArtefactFilename(name);
          return (
            parts !== undefined &&
            normalizeProjectName(parts.project) === normalizeProjectName(project) &&
            sameVersion(parts.version, version)
          );
        }),
      );
      // The page stops listing the release before its files go: it never lists a file that is not there.
      // A stop in between leaves the files unlisted; the next write of this project lists them again, so
      // the release is back whole in the source and a re-run of the move completes it.
      const remaining = await this.folderEntries(project, release);
      if (remaining.length > 0) await this.writePages(project, remaining);
      else await rm(join(dir, PAGE), { force: true });
      for (const name of release) {
        await rm(resolveInside(dir, name), { force: true });
        await rm(resolveInside(dir, `${name}.metadata`), { force: true });
      }
      // The release's docs and record (`<project>/<version>/`) go with its files.
      const { releaseFolder } = await import('../docs/store-docs');
      await rm(releaseFolder(this.root, project, version), { recursive: true, force: true });
      if (remaining.length === 0) await this.writePages(project, []);
    });
  }

  pipIndexArgs(): string[] {
    return ['--index-url', this.indexUrl];
  }

  async uploadDocs(
    project: string,
    version: string,
    archive: { path: string; filename: string; sha256: string; size: number },
  ): Promise<{ outcome: UploadOutcome; url: string }> {
    const { releaseFolder, unpackDocsIntoFileIndex } = await import('../docs/store-docs');
    const outcome = await unpackDocsIntoFileIndex(this.root, project, version, archive);
    return { outcome, url: pathToFileURL(join(releaseFolder(this.root, project, version), '+doc', PAGE)).href };
  }
}
