/**
 * What the embedded file store keeps about a release besides its files, for the release board:
 * `<index>/<project>/<version>/wheelwright-release.json`, a copy of the manifest's facts (source commit
 * and tag, inspection findings, test runs, docs) written by publish and promote. Written atomically;
 * read back as untrusted (a store folder can be edited by anyone who can write it).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { releaseFolder } from '../docs/store-docs';
import type { ManifestDocs, ManifestInspection, ManifestTestRun, ReleaseManifest } from '../manifest/index';

export const RECORD = 'wheelwright-release.json';

export interface ReleaseRecord {
  name: string;
  version: string;
  kind?: string;
  source?: ReleaseManifest['source'];
  docs?: Pick<ManifestDocs, 'status' | 'filename' | 'sha256' | 'error'>;
  inspection?: ManifestInspection;
  tests: ManifestTestRun[];
  /** When the record was last written, ISO 8601. */
  at: string;
}

export function recordOf(manifest: ReleaseManifest): ReleaseRecord {
  const docs = manifest.docs;
  return {
    name: manifest.name,
    version: manifest.version,
    kind: manifest.kind,
    ...(manifest.source ? { source: manifest.source } : {}),
    ...(docs
      ? {
          docs: {
            status: docs.status,
            ...(docs.filename ? { filename: docs.filename } : {}),
            ...(docs.sha256 ? { sha256: docs.sha256 } : {}),
            ...(docs.error ? { error: docs.error } : {}),
          },
        }
      : {}),
    ...(manifest.inspection ? { inspection: manifest.inspection } : {}),
    tests: manifest.tests,
    at: new Date().toISOString(),
  };
}

export async function writeReleaseRecord(indexRoot: string, manifest: ReleaseManifest): Promise<void> {
  const folder = releaseFolder(indexRoot, manifest.name, manifest.version);
  await mkdir(folder, { recursive: true });
  const temporary = join(folder, `.${RECORD}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, `${JSON.stringify(recordOf(manifest), null, 2)}\n`);
    await rename(temporary, join(folder, RECORD));
  } finally {
    await rm(temporary, { force: true });
  }
}

const MAX_RECORD = 4 * 1024 * 1024;

/** The record of a release, or undefined when there is none or it is not one (never trusted further). */
export async function readReleaseRecord(folder: string): Promise<ReleaseRecord | undefined> {
  try {
    const text = await readFile(join(folder, RECORD), 'utf8');
    if (text.length > MAX_RECORD) return undefined;
    const data = JSON.parse(text) as Partial<ReleaseRecord>;
    if (typeof data.name !== 'string' || typeof data.version !== 'string') return undefined;
    return { ...data, tests: Array.isArray(data.tests) ? data.tests : [] } as ReleaseRecord;
  } catch {
    return undefined;
  }
}
