/**
 * A built file on disk as the stores need it: name, size, sha256 and its core metadata (parsed for the
 * upload API's form fields, raw for the file index's PEP 658 file). Read with the one archive reader;
 * the metadata member is read up to a cap, and its Name and Version must agree with the filename, since
 * the filename decides where the file is filed and the metadata what the index records.
 */
import { basename } from 'node:path';
import {
  isMetadataMember,
  parseCoreMetadata,
  parseDistributionFilename,
  printableName,
  readEntry,
  sameVersion,
  sha256File,
  walkArchive,
} from '../distribution/index';
import { normalizeProjectName } from '../distribution/project-name';
import { StoreError, WheelwrightError } from '../errors/index';
import type { LocalArtefact } from './store';

export async function readLocalArtefact(path: string): Promise<LocalArtefact> {
  const filename = basename(path);
  const parsed = parseDistributionFilename(filename);
  const expectedDir = parsed.kind === 'wheel' ? `${parsed.distribution}-${parsed.rawVersion}.dist-info/` : undefined;
  const found: { member: string; text: string }[] = [];
  await walkArchive(path, async (entry) => {
    if (entry.type !== 'file' || !isMetadataMember(parsed.kind, entry.path)) return false;
    // Capped (the declared size first, then the bytes inflated): a 1 GB METADATA is refused, not read.
    found.push({ member: entry.path, text: (await readEntry(path, entry)).toString('utf8') });
    return parsed.kind === 'sdist' || entry.path.startsWith(expectedDir ?? '\0');
  });
  const chosen = found.find((item) => expectedDir !== undefined && item.member.startsWith(expectedDir)) ?? found[0];
  if (!chosen) {
    throw new WheelwrightError(
      'inspect',
      `${path} has no core metadata (${parsed.kind === 'wheel' ? '*.dist-info/METADATA' : 'PKG-INFO'})`,
      {
        hint: 'rebuild it with a PEP 517 backend (python -m build)',
      },
    );
  }
  const metadata = parseCoreMetadata(chosen.text);
  const { sha256, size } = await sha256File(path);
  const fields: Record<string, string | string[]> = { ...metadata.fields };
  if (metadata.description !== undefined) fields.Description = metadata.description;
  const artefact: LocalArtefact = { path, filename, sha256, size, metadata: fields, metadataText: chosen.text };
  artefactIdentity(artefact);
  return artefact;
}

/**
 * The project (normalized) and version an artefact is published as: its filename's, which must follow
 * the wheel/sdist grammar and agree with the core metadata's Name and Version — a wheel named
 * `advpkg-2.0.0-…` whose METADATA says `Name: victim` is refused, never filed under `victim`.
 */
export function artefactIdentity(artefact: Pick<LocalArtefact, 'filename' | 'metadata'>): { project: string; version: string } {
  let parsed: ReturnType<typeof parseDistributionFilename>;
  try {
    parsed = parseDistributionFilename(artefact.filename);
  } catch (error) {
    throw new StoreError((error as Error).message, {
      code: 'input',
      hint: 'publish only the .whl and .tar.gz files a PEP 517 build produced',
    });
  }
  const project = normalizeProjectName(parsed.distribution);
  const name = metadataField(artefact.metadata, 'Name') ?? '';
  if (normalizeProjectName(name) !== project) {
    throw new StoreError(
      `'${artefact.filename}' names the project '${project}' but its core metadata says Name: '${printableName(name)}'; a file is published only under the name it carries`,
      { code: 'input', hint: 'rebuild it with a PEP 517 backend: the filename and METADATA come from the same project name' },
    );
  }
  const version = metadataField(artefact.metadata, 'Version') ?? '';
  if (!sameVersion(version, parsed.rawVersion)) {
    throw new StoreError(
      `'${artefact.filename}' carries version ${parsed.rawVersion} but its core metadata says Version: '${printableName(version)}'`,
      { code: 'input', hint: 'rebuild it: the filename and METADATA must name the same version' },
    );
  }
  return { project, version: parsed.rawVersion };
}

/** Looks up a core metadata field whatever the reader's key style (`Requires-Python`, `requires_python`). */
export function metadataField(metadata: Record<string, string | string[]>, field: string): string | undefined {
  const wanted = field.toLowerCase().replace(/_/g, '-');
  for (const [key, value] of Object.entries(metadata)) {
    if (key.toLowerCase().replace(/_/g, '-') === wanted) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** Multi-valued metadata field as an array (`Classifier`, `Requires-Dist`). */
export function metadataList(metadata: Record<string, string | string[]>, field: string): string[] {
  const wanted = field.toLowerCase().replace(/_/g, '-');
  for (const [key, value] of Object.entries(metadata)) {
    if (key.toLowerCase().replace(/_/g, '-') === wanted) return Array.isArray(value) ? value : [value];
  }
  return [];
}
