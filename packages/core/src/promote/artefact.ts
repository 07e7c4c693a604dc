/**
 * A downloaded or local file of a release, turned into what `Store.upload` needs, with the metadata read
 * from the file itself (wheel `*.dist-info/METADATA`, sdist `PKG-INFO`), never from the source index:
 * the target must describe the bytes it stores. The raw text goes along so the file index can serve it
 * as the PEP 658 core-metadata file.
 */
import { stat } from 'node:fs/promises';
import { readAll, walkArchive } from '../dist/archive';
import { isMetadataMember, parseCoreMetadata } from '../dist/core-metadata';
import { WheelwrightError } from '../errors/index';
import type { LocalArtefact } from '../store/index';

export async function artefactFromFile(path: string, filename: string, sha256: string): Promise<LocalArtefact> {
  const kind = filename.endsWith('.whl') ? 'wheel' : 'sdist';
  // PEP 427: the metadata of {name}-{version}-….whl is in {name}-{version}.dist-info/.
  const expected = kind === 'wheel' ? `${filename.split('-').slice(0, 2).join('-')}.dist-info/` : undefined;
  const found: { member: string; text: string }[] = [];
  await walkArchive(path, async (entry) => {
    if (entry.type !== 'file' || !isMetadataMember(kind, entry.path)) return false;
    found.push({ member: entry.path, text: (await readAll(await entry.open())).toString('utf8') });
    return expected === undefined || entry.path.startsWith(expected);
  });
  const chosen = found.find((item) => expected !== undefined && item.member.startsWith(expected)) ?? found[0];
  if (!chosen)
    throw new WheelwrightError(
      'inspect',
      `${filename} has no core metadata (${kind === 'wheel' ? 'METADATA' : 'PKG-INFO'}); it cannot be promoted by upload`,
    );
  const metadata = parseCoreMetadata(chosen.text);
  const fields: Record<string, string | string[]> = { ...metadata.fields };
  if (metadata.description !== undefined) fields.Description = metadata.description;
  const info = await stat(path);
  return { path, filename, sha256, size: info.size, metadata: fields, metadataText: chosen.text };
}
