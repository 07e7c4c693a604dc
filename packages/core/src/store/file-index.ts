/**
 * The embedded default store: a folder holding a static PEP 503 simple index and the files themselves,
 *
 *   <root>/index.html                       the project list
 *   <root>/<normalized-name>/index.html     one link per file, `#sha256=`, data-requires-python, PEP 658/714
 *   <root>/<normalized-name>/<file>         the artefact
 *   <root>/<normalized-name>/<file>.metadata  its core metadata (PEP 658), written for wheels and sdists
 *
 * pip installs from it by `file://` URL (it reads `index.html` in each folder), and any static host can
 * serve it. Every write goes to a temporary file renamed into place, under a lock; project pages are
 * regenerated from the folder's contents, so a crash leaves at worst a stale page that the next write
 * repairs. The page is the record of each file's hash (as on a server): a file replaced behind the
 * index's back keeps its listed hash, so a download detects the tampering.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sha256File } from '../distribution/sha256-file';
import { StoreError } from '../errors/index';
import { copyAndHash, hashingStream, metadataField } from './hashing';
import { withDirectoryLock } from './lock';
import { normalizeProjectName, sameVersion, splitArtefactFilename } from './names';
import { type PageFile, parseSimpleLinks, renderProjectPage, renderRootPage, splitHashFragment } from './simple-html';
import type { IndexedFile, LocalArtefact, Store, StoreCapabilities, UploadOutcome } from './store';

const PAGE = 'index.html';
const LOCK = '.lock';

async function writeAtomically(path: string, content: string | Buffer): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

function requiresPythonOf(metadataText: string): string | undefined {
  // Core metadata is RFC 822-style headers; the body (description) follows the first blank line.
  const headers = metadataText.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const match = /^Requires-Python:[ \t]*(.*)$/im.exec(headers);
  return match?.[1]?.trim() || undefined;
}

function nameIsNormal(metadataText: string): boolean {
  const headers = metadataText.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const name = /^Name:[ \t]*(.*)$/im.exec(headers)?.[1]?.trim();
  return name !== undefined && name === normalizeProjectName(name);
}

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
    return join(this.root, normalizeProjectName(project));
  }

  /** The files a project page lists, by filename. */
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
      const filename = decodeURIComponent(url.split('/').pop() ?? '');
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
      url: pathToFileURL(join(dir, file.filename)).href,
      sha256: file.sha256,
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
   * Rewrites a project's page from the files in its folder: hashes come from the current page where it
   * lists the file, from the file itself otherwise (a file a crashed writer left unlisted). Then the root page.
   */
  private async regenerate(project: string): Promise<Map<string, PageFile>> {
    const dir = this.projectDir(project);
    const listed = await this.readPage(project);
    const names = (await readdir(dir).catch(() => [] as string[])).filter(
      (n) => !n.startsWith('.') && n !== PAGE && !n.endsWith('.metadata') && splitArtefactFilename(n) !== undefined,
    );
    const files = new Map<string, PageFile>();
    for (const filename of names.sort()) {
      const known = listed.get(filename);
      const entry: PageFile = { filename, sha256: known?.sha256 ?? (await sha256File(join(dir, filename))).sha256 };
      const metadataPath = join(dir, `${filename}.metadata`);
      const metadataText = await readFile(metadataPath, 'utf8').catch(() => undefined);
      const requiresPython = known?.requiresPython ?? (metadataText ? requiresPythonOf(metadataText) : undefined);
      if (requiresPython) entry.requiresPython = requiresPython;
      // PEP 658 covers any distribution, but pip trusts an sdist's metadata only from 2.2 on: advertise it for
      // wheels. pip before 23.2 (Debian 12's 23.0.1) compares the file's Name with the requirement as typed
      // (pypa/pip#12038, fixed by #12044) and discards the wheel when they differ; a Name already in normal
      // form matches what users and our own actions type, any other spelling would make old pips fail.
      if (metadataText !== undefined && filename.endsWith('.whl') && nameIsNormal(metadataText)) {
        entry.metadataSha256 = (await sha256File(metadataPath)).sha256;
      }
      files.set(filename, entry);
    }
    if (files.size > 0) {
      await writeAtomically(join(dir, PAGE), renderProjectPage(normalizeProjectName(project), [...files.values()]));
    } else {
      await rm(dir, { recursive: true, force: true });
    }
    await writeAtomically(join(this.root, PAGE), renderRootPage(await this.listProjects()));
    return files;
  }

  private lock<T>(fn: () => Promise<T>): Promise<T> {
    return withDirectoryLock(join(this.root, LOCK), fn);
  }

  async upload(artefact: LocalArtefact): Promise<UploadOutcome> {
    const parts = splitArtefactFilename(artefact.filename);
    if (!parts) {
      throw new StoreError(`'${artefact.filename}' is not a wheel or sdist filename`, {
        hint: 'publish only the .whl and .tar.gz files the build produced',
      });
    }
    const project = metadataField(artefact.metadata, 'Name') ?? parts.project;
    const dir = this.projectDir(project);
    await mkdir(dir, { recursive: true });
    // Copy outside the lock (it may be large), rename into place under it.
    const temporary = join(dir, `.${artefact.filename}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      const copied = await copyAndHash(artefact.path, temporary);
      if (copied !== artefact.sha256) {
        throw new StoreError(`'${artefact.path}' changed while it was being published (sha256 ${copied}, expected ${artefact.sha256})`, {
          hint: 'do not rebuild while publishing; run the publish step again',
        });
      }
      return await this.lock(async () => {
        const target = join(dir, artefact.filename);
        let existing = (await this.readPage(project)).get(artefact.filename);
        if (!existing && (await stat(target).catch(() => undefined))) {
          // A file a crashed writer renamed into place but never listed: repair the page first.
          existing = (await this.regenerate(project)).get(artefact.filename);
        }
        if (existing) {
          if (existing.sha256 === artefact.sha256) return 'skipped';
          throw conflict(artefact.filename, this.indexUrl, existing.sha256, artefact.sha256);
        }
        if (artefact.metadataText !== undefined) await writeAtomically(`${target}.metadata`, artefact.metadataText);
        await rename(temporary, target);
        await this.regenerate(project);
        return 'uploaded';
      });
    } finally {
      await rm(temporary, { force: true });
    }
  }

  async download(file: IndexedFile, destination: string): Promise<void> {
    const source = file.url.startsWith('file:') ? fileURLToPath(file.url) : file.url;
    const hasher = hashingStream();
    try {
      await pipeline(createReadStream(source), hasher, createWriteStream(destination));
    } catch (error) {
      throw new StoreError(`cannot read '${file.filename}' from the file index ${this.indexUrl}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (hasher.digest() !== file.sha256) {
      await rm(destination, { force: true });
      throw new StoreError(
        `'${file.filename}' in ${this.indexUrl} does not match its listed hash (sha256 ${hasher.digest()}, index says ${file.sha256})`,
        { code: 'conflict', hint: 'the file was changed after it was published; publish the release again under a new version' },
      );
    }
  }

  async deleteRelease(project: string, version: string): Promise<void> {
    const dir = this.projectDir(project);
    await this.lock(async () => {
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names) {
        const parts = splitArtefactFilename(name.replace(/\.metadata$/, ''));
        if (
          !name.startsWith('.') &&
          parts &&
          normalizeProjectName(parts.project) === normalizeProjectName(project) &&
          sameVersion(parts.version, version)
        ) {
          await rm(join(dir, name), { force: true });
        }
      }
      // The release's docs and record (`<project>/<version>/`) go with its files.
      const { releaseFolder } = await import('../docs/store-docs');
      await rm(releaseFolder(this.root, project, version), { recursive: true, force: true });
      await this.regenerate(project);
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

export function conflict(filename: string, where: string, existing: string, ours: string): StoreError {
  return new StoreError(`'${filename}' already exists in ${where} with different content (sha256 ${existing} there, ${ours} here)`, {
    code: 'conflict',
    hint: 'a published file is never overwritten: bump the version (or build from a clean checkout) and publish again',
  });
}
