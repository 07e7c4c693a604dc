/**
 * A built file on disk as the stores need it: name, size, sha256 and its core metadata (parsed for the
 * upload API's form fields, raw for the file index's PEP 658 file). Read with the one archive reader.
 */
import { basename } from 'node:path';
import { isMetadataMember, parseArtefactFilename, parseCoreMetadata, readAll, sha256File, walkArchive } from '../distribution/index';
import { WheelwrightError } from '../errors/index';
import type { LocalArtefact } from './store';

export async function readLocalArtefact(path: string): Promise<LocalArtefact> {
  const filename = basename(path);
  const parsed = parseArtefactFilename(filename);
  const expectedDir = parsed.kind === 'wheel' ? `${parsed.distribution}-${parsed.rawVersion}.dist-info/` : undefined;
  const found: { member: string; text: string }[] = [];
  await walkArchive(path, async (entry) => {
    if (entry.type !== 'file' || !isMetadataMember(parsed.kind, entry.path)) return false;
    found.push({ member: entry.path, text: (await readAll(await entry.open())).toString('utf8') });
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
  return { path, filename, sha256, size, metadata: fields, metadataText: chosen.text };
}
