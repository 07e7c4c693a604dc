/**
 * Core metadata (METADATA in a wheel, PKG-INFO in an sdist), read the way Python reads it: RFC 822
 * headers through `email.parser` with the compat32 policy (what packaging.metadata, pkginfo and twine
 * use), continuation lines folded, multiple-use fields collected in order, the body as the description.
 * https://packaging.python.org/en/latest/specifications/core-metadata/
 */
import { WheelwrightError } from '../errors/index';
import { archiveFormat, readEntry, walkArchive } from './archive';
import { parseArtefactFilename } from './artefact-filename';

export interface CoreMetadata {
  metadataVersion: string;
  name: string;
  version: string;
  /**
   * Every header by its canonical spelling (`Requires-Dist`, not `requires-dist`); multiple-use fields
   * are arrays (even with one value), the others strings (the first, when repeated).
   */
  fields: Record<string, string | string[]>;
  /** The long description: the message body, or the legacy `Description` header. */
  description?: string;
  /** Single-use fields that appeared more than once (packaging reports these as invalid). */
  repeated: string[];
  /** Lines in the header block that are neither `Name: value` nor a continuation. */
  malformedLines: string[];
}

/** Fields the core metadata spec marks "Multiple use", in the spec's spelling. */
export const MULTIPLE_USE_FIELDS = [
  'Dynamic',
  'Platform',
  'Supported-Platform',
  'Classifier',
  'Requires-Dist',
  'Requires-External',
  'Project-URL',
  'Provides-Extra',
  'Provides-Dist',
  'Obsoletes-Dist',
  'License-File',
  'Import-Name',
  'Import-Namespace',
  // Metadata 1.1 (PEP 314) names, still read by pkginfo.
  'Requires',
  'Provides',
  'Obsoletes',
] as const;

const SINGLE_USE_FIELDS = [
  'Metadata-Version',
  'Name',
  'Version',
  'Summary',
  'Description',
  'Description-Content-Type',
  'Keywords',
  'Home-page',
  'Download-URL',
  'Author',
  'Author-email',
  'Maintainer',
  'Maintainer-email',
  'License',
  'License-Expression',
  'Requires-Python',
] as const;

const CANONICAL = new Map<string, string>([...MULTIPLE_USE_FIELDS, ...SINGLE_USE_FIELDS].map((field) => [field.toLowerCase(), field]));
const MULTIPLE = new Set<string>(MULTIPLE_USE_FIELDS);

/** The canonical spelling of a field name (headers are case-insensitive). */
export function canonicalField(name: string): string {
  return CANONICAL.get(name.toLowerCase()) ?? name;
}

/**
 * Folds a header value like setuptools' `rfc822_unescape`: the first line stripped, continuation lines
 * dedented together; a legacy Description whose continuation lines all start with `|` (the spec's
 * 7 spaces + pipe escape) loses the pipes.
 */
function unfold(lines: string[], field: string): string {
  const [first = '', ...rest] = lines;
  if (rest.length === 0) return first.trim();
  const indents = rest.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const cut = indents.length ? Math.min(...indents) : 0;
  let continuation = rest.map((line) => line.slice(Math.min(cut, /^[ \t]*/.exec(line)?.[0].length ?? 0)));
  if (field === 'Description' && continuation.every((line) => line.startsWith('|'))) {
    continuation = continuation.map((line) => line.slice(1));
  }
  return [first.trim(), ...continuation].join('\n').replace(/\s+$/, '');
}

export function parseCoreMetadata(text: string): CoreMetadata {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headers: { field: string; lines: string[] }[] = [];
  const malformedLines: string[] = [];
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '') {
      index++;
      break;
    }
    if (/^[ \t]/.test(line)) {
      const last = headers[headers.length - 1];
      if (last) last.lines.push(line);
      else malformedLines.push(line);
      continue;
    }
    // RFC 5322 field names: printable ASCII except the colon; Python's feedparser uses the same rule.
    const match = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:(.*)$/.exec(line);
    if (!match) {
      // email.feedparser: a non-header line ends the headers (MissingHeaderBodySeparatorDefect) and
      // starts the body.
      malformedLines.push(line);
      break;
    }
    headers.push({ field: canonicalField(match[1] ?? ''), lines: [match[2] ?? ''] });
  }
  const body = lines.slice(index).join('\n');

  const fields: Record<string, string | string[]> = {};
  const repeated: string[] = [];
  for (const header of headers) {
    const value = unfold(header.lines, header.field);
    if (MULTIPLE.has(header.field)) {
      const list = fields[header.field];
      if (Array.isArray(list)) list.push(value);
      else fields[header.field] = [value];
    } else if (header.field in fields) {
      if (!repeated.includes(header.field)) repeated.push(header.field);
    } else {
      fields[header.field] = value;
    }
  }

  const metadata: CoreMetadata = {
    metadataVersion: stringField(fields, 'Metadata-Version'),
    name: stringField(fields, 'Name'),
    version: stringField(fields, 'Version'),
    fields,
    repeated,
    malformedLines,
  };
  // The body wins over the legacy header (metadata 2.1 moved the description there).
  const description =
    body.trim() !== '' ? body.replace(/\n+$/, '\n') : typeof fields.Description === 'string' ? fields.Description : undefined;
  if (description !== undefined) metadata.description = description;
  return metadata;
}

function stringField(fields: Record<string, string | string[]>, name: string): string {
  const value = fields[name];
  return typeof value === 'string' ? value : '';
}

/** All values of a field as a list (empty when absent). */
export function fieldValues(metadata: CoreMetadata, field: string): string[] {
  const value = metadata.fields[canonicalField(field)];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** One value of a field, or undefined. */
export function fieldValue(metadata: CoreMetadata, field: string): string | undefined {
  const value = metadata.fields[canonicalField(field)];
  return Array.isArray(value) ? value[0] : value;
}

/** Where the metadata file sits in an archive: `<name>-<version>.dist-info/METADATA` or `<top>/PKG-INFO`. */
export function isMetadataMember(kind: 'wheel' | 'sdist', path: string): boolean {
  const parts = path.split('/');
  if (kind === 'wheel') return parts.length === 2 && (parts[0] ?? '').endsWith('.dist-info') && parts[1] === 'METADATA';
  return parts.length === 2 && parts[1] === 'PKG-INFO';
}

/** The core metadata file of an artefact: the member it came from, its text and the parsed fields. */
export interface CoreMetadataFile {
  member: string;
  text: string;
  metadata: CoreMetadata;
}

/**
 * Reads the core metadata of a wheel (`*.dist-info/METADATA`) or sdist (`<top>/PKG-INFO`), streaming the
 * archive up to that member and reading it with the member cap (MEMBER_READ_LIMIT): a larger file fails
 * with an error naming the archive and member, never a truncated parse. WheelwrightError naming the file
 * when it is missing.
 */
export async function readCoreMetadataFile(path: string): Promise<CoreMetadataFile> {
  archiveFormat(path);
  const kind = path.toLowerCase().endsWith('.whl') ? 'wheel' : 'sdist';
  let expectedDir: string | undefined;
  if (kind === 'wheel') {
    try {
      const parsed = parseArtefactFilename(path);
      expectedDir = `${parsed.distribution}-${parsed.rawVersion}.dist-info`;
    } catch {
      expectedDir = undefined;
    }
  }
  const found: { member: string; text: string }[] = [];
  await walkArchive(path, async (entry) => {
    if (entry.type !== 'file' || !isMetadataMember(kind, entry.path)) return false;
    const text = (await readEntry(path, entry)).toString('utf8');
    found.push({ member: entry.path, text });
    // A wheel may (wrongly) carry several .dist-info folders; keep looking unless this is the expected one.
    return kind === 'sdist' || entry.path.startsWith(`${expectedDir}/`);
  });
  const chosen = found.find((item) => expectedDir !== undefined && item.member.startsWith(`${expectedDir}/`)) ?? found[0];
  if (!chosen) {
    const where = kind === 'wheel' ? '*.dist-info/METADATA' : '<top folder>/PKG-INFO';
    throw new WheelwrightError('inspect', `${path} has no core metadata (${where})`, {
      hint:
        kind === 'wheel'
          ? 'the wheel was not written by a PEP 517 backend; rebuild it'
          : 'sdists must carry PKG-INFO (PEP 643); rebuild with python -m build --sdist',
    });
  }
  return { ...chosen, metadata: parseCoreMetadata(chosen.text) };
}

/** The parsed core metadata of a wheel or sdist (see readCoreMetadataFile). */
export async function readCoreMetadata(path: string): Promise<CoreMetadata> {
  return (await readCoreMetadataFile(path)).metadata;
}
