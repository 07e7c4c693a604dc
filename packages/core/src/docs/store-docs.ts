/**
 * Docs in the stores, chosen by capability: a store with `uploadDocs` takes them (devpi's documentation
 * upload, the embedded file store's unpacking under the release), any other (pypiserver, PyPI, a plain
 * upload API) gets a notice, not an error — the docs are still in the manifest and the build artefacts.
 *
 * The embedded file store keeps a release's docs at `<index>/<project>/<version>/+doc/`, the path devpi
 * serves them at, so a link to the docs has one shape for both.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { normalizeProjectName } from '../distribution/project-name';
import { InputError, StoreError } from '../errors/index';
import type { Logger } from '../log/index';
import type { ManifestDocs, ReleaseManifest } from '../manifest/index';
import { isValidVersion, normalizeVersion } from '../pep440/index';
import { withDirectoryLock } from '../store/lock';
import type { Store } from '../store/store';
import { unpackDocsZip } from './docs-zip';

/** A docs zip on disk, checked against the manifest. */
export interface DocsArchive {
  path: string;
  filename: string;
  sha256: string;
  size: number;
}

export type DocsUploadOutcome = 'uploaded' | 'skipped';

export interface DocsPublication {
  outcome: DocsUploadOutcome | 'unsupported' | 'none';
  /** Where the docs are browsable (devpi's +doc URL, the file store's index.html). */
  url?: string;
  message: string;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The manifest's docs zip, found beside the manifest (where build-wheel wrote it or an artifact brought
 * it) and checked by sha256; undefined when the release has no built docs. A missing or changed zip is an
 * error before anything is written.
 */
export async function docsArchiveOf(manifest: ReleaseManifest, manifestPath: string): Promise<DocsArchive | undefined> {
  const docs: ManifestDocs | undefined = manifest.docs;
  if (docs?.status !== 'built' || !docs.filename || !docs.sha256) return undefined;
  if (!/^[A-Za-z0-9._+!-]+\.doc\.zip$/.test(docs.filename))
    throw new InputError(`the manifest's docs filename '${docs.filename}' is not a <name>-<version>.doc.zip name`);
  const candidates = [...(docs.path ? [docs.path] : []), join(dirname(manifestPath), docs.filename)];
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path)
    throw new InputError(`the docs zip ${docs.filename} of the manifest is not on disk (looked in ${candidates.join(', ')})`, {
      hint: 'bring the whole build output (artefacts, docs zip and manifest) into this job, e.g. with actions/download-artifact',
    });
  const sha256 = await sha256Of(path);
  if (sha256 !== docs.sha256)
    throw new InputError(`the docs zip ${path} changed since the build recorded it (sha256 ${sha256}, manifest says ${docs.sha256})`, {
      hint: 'publish the docs the build produced; rebuild if they had to change',
    });
  return { path, filename: docs.filename, sha256, size: docs.size ?? 0 };
}

/** The release's folder in a file index, from names that were validated (never raw input). */
export function releaseFolder(indexRoot: string, project: string, version: string): string {
  const name = normalizeProjectName(project);
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name)) throw new StoreError(`'${project}' is not a valid project name`);
  if (!isValidVersion(version)) throw new StoreError(`'${version}' is not a PEP 440 version`);
  return join(indexRoot, name, normalizeVersion(version));
}

const DOC = '+doc';
const DOC_HASH = '+doc.sha256';

/**
 * Unpacks the docs under `<index>/<project>/<version>/+doc/` of a file index: into a temporary folder
 * first (the zip is hostile: docs-zip refuses unsafe members and caps sizes), then renamed into place
 * under the index's lock, so a reader sees the old docs or the new, never half of them.
 */
export async function unpackDocsIntoFileIndex(
  indexRoot: string,
  project: string,
  version: string,
  archive: DocsArchive,
): Promise<DocsUploadOutcome> {
  const folder = releaseFolder(indexRoot, project, version);
  await mkdir(folder, { recursive: true });
  const recorded = await readFile(join(folder, DOC_HASH), 'utf8').catch(() => '');
  if (recorded.trim() === archive.sha256 && existsSync(join(folder, DOC, 'index.html'))) return 'skipped';
  const staging = join(folder, `.${DOC}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const old = `${staging}.old`;
  try {
    await unpackDocsZip(archive.path, staging);
    await withDirectoryLock(join(indexRoot, '.lock'), async () => {
      if (existsSync(join(folder, DOC))) await rename(join(folder, DOC), old);
      await rename(staging, join(folder, DOC));
      await writeFile(join(folder, DOC_HASH), `${archive.sha256}\n`);
    });
    return 'uploaded';
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
  }
}

/** Puts the release's docs into `store` when it takes docs; a notice otherwise. */
export async function publishDocs(
  store: Store,
  manifest: ReleaseManifest,
  archive: DocsArchive | undefined,
  logger: Logger,
): Promise<DocsPublication> {
  if (!archive) {
    const why = manifest.docs?.status === 'failed' ? 'its docs build failed (recorded in the manifest)' : 'it has no docs';
    return { outcome: 'none', message: `${manifest.name} ${manifest.version}: no docs published, ${why}` };
  }
  if (!store.uploadDocs) {
    const message = `${store.name} (${store.kind}) does not host documentation; ${archive.filename} stays with the build artefacts and the manifest`;
    logger.info(`notice: ${message}`);
    return { outcome: 'unsupported', message };
  }
  const result = await store.uploadDocs(manifest.name, manifest.version, archive);
  const message = `docs ${archive.filename}: ${result.outcome === 'uploaded' ? 'uploaded to' : 'already in'} ${store.name}, ${result.url}`;
  logger.info(message);
  return { outcome: result.outcome, url: result.url, message };
}
