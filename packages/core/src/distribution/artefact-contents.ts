/**
 * One streamed pass over a wheel or an sdist, collecting what the inspection needs: every member with
 * its size (and, for wheels, its sha256 in RECORD's urlsafe-base64 form), plus the small metadata files.
 * Memory stays flat: member bytes are hashed as they stream, only RECORD/WHEEL/METADATA/PKG-INFO kept.
 */
import { createHash } from 'node:crypto';
import { WheelwrightError } from '../errors/index';
import { type ArchiveEntryType, MEMBER_READ_LIMIT, RECORD_READ_LIMIT, readEntry, walkArchive } from './archive';
import { type CoreMetadata, isMetadataMember, parseCoreMetadata } from './core-metadata';

export interface ArtefactMember {
  path: string;
  type: ArchiveEntryType;
  size: number;
  /** Wheels only: `sha256=<urlsafe b64 without padding>`, the RECORD form (PEP 376 / PEP 427). */
  hash?: string;
  /** Raw sha256 digest bytes as hex, for duplicate-content detection (check-wheel-contents W002). */
  digest?: string;
  /** Unix permission bits, when the archive records them. */
  mode?: number;
  /** Where a tar link points. */
  linkTarget?: string;
}

export interface WheelContents {
  path: string;
  members: ArtefactMember[];
  /** The `.dist-info` folders at the top of the wheel (exactly one is valid). */
  distInfoDirs: string[];
  /** Raw text of `<dist-info>/RECORD`, `WHEEL`, `METADATA` when present. */
  record?: string;
  wheelFile?: string;
  metadataText?: string;
  metadata?: CoreMetadata;
}

export interface SdistContents {
  path: string;
  /** The single top folder (`name-version`), or undefined when members are not under one folder. */
  top: string | undefined;
  /** Members, paths relative to the top folder (directories dropped). */
  files: ArtefactMember[];
  /** Members whose path is not under the top folder. */
  outside: string[];
  /** Every member exactly as stored (directories and links included), for the archive rules. */
  members: ArtefactMember[];
  metadata?: CoreMetadata;
}

const isWheelMetadataFile = (path: string) => {
  const parts = path.split('/');
  return parts.length === 2 && (parts[0] ?? '').endsWith('.dist-info') && ['RECORD', 'WHEEL', 'METADATA'].includes(parts[1] ?? '');
};

export async function readWheelContents(path: string): Promise<WheelContents> {
  const members: ArtefactMember[] = [];
  const texts = new Map<string, string>();
  await walkArchive(path, async (entry) => {
    if (entry.type === 'directory') {
      members.push({ path: entry.path, type: entry.type, size: 0 });
      return false;
    }
    const hash = createHash('sha256');
    let size = 0;
    if (entry.type === 'file' && isWheelMetadataFile(entry.path)) {
      // Read whole, with the member cap: a METADATA past it fails naming the member, never truncated.
      const data = await readEntry(path, entry, entry.path.endsWith('/RECORD') ? RECORD_READ_LIMIT : MEMBER_READ_LIMIT);
      hash.update(data);
      size = data.length;
      // A member stored twice (X003) is judged by the last copy, the one installers extract.
      texts.set(entry.path, data.toString('utf8'));
    } else {
      for await (const chunk of await entry.open()) {
        hash.update(chunk as Buffer);
        size += (chunk as Buffer).length;
      }
    }
    const digest = hash.digest();
    members.push({
      path: entry.path,
      type: entry.type,
      size,
      hash: `sha256=${digest.toString('base64url')}`,
      digest: digest.toString('hex'),
      ...(entry.mode === undefined ? {} : { mode: entry.mode }),
    });
    return false;
  });
  const distInfoDirs = [
    ...new Set(members.map((member) => member.path.split('/')[0] ?? '').filter((top) => top.endsWith('.dist-info'))),
  ].sort();
  const contents: WheelContents = { path, members, distInfoDirs };
  const distInfo = distInfoDirs[0];
  if (distInfo) {
    const record = texts.get(`${distInfo}/RECORD`);
    const wheelFile = texts.get(`${distInfo}/WHEEL`);
    const metadataText = texts.get(`${distInfo}/METADATA`);
    if (record !== undefined) contents.record = record;
    if (wheelFile !== undefined) contents.wheelFile = wheelFile;
    if (metadataText !== undefined) {
      contents.metadataText = metadataText;
      contents.metadata = parseCoreMetadata(metadataText);
    }
  }
  return contents;
}

export async function readSdistContents(path: string): Promise<SdistContents> {
  const members: ArtefactMember[] = [];
  let metadataText: string | undefined;
  await walkArchive(path, async (entry) => {
    members.push({
      path: entry.path,
      type: entry.type,
      size: entry.size,
      ...(entry.mode === undefined ? {} : { mode: entry.mode }),
      ...(entry.linkTarget === undefined ? {} : { linkTarget: entry.linkTarget }),
    });
    if (metadataText === undefined && entry.type === 'file' && isMetadataMember('sdist', entry.path.replace(/^\.\//, ''))) {
      metadataText = (await readEntry(path, entry)).toString('utf8');
    }
    return false;
  });
  const raw = members
    .filter((member) => member.type !== 'directory')
    .map((member) => ({ ...member, path: member.path.replace(/^\.\//, '') }));
  const tops = new Set(raw.map((member) => member.path.split('/')[0] ?? ''));
  const top = tops.size === 1 && raw.every((member) => member.path.includes('/')) ? [...tops][0] : undefined;
  const prefix = top === undefined ? '' : `${top}/`;
  const contents: SdistContents = {
    path,
    top,
    files: raw.filter((member) => member.path.startsWith(prefix)).map((member) => ({ ...member, path: member.path.slice(prefix.length) })),
    outside: raw.filter((member) => !member.path.startsWith(prefix)).map((member) => member.path),
    members,
  };
  if (metadataText !== undefined) contents.metadata = parseCoreMetadata(metadataText);
  if (members.length === 0) throw new WheelwrightError('inspect', `${path} is an empty archive`, { hint: 'rebuild the sdist' });
  return contents;
}

/**
 * RECORD is CSV (PEP 376): path,hash,size — paths may be quoted when they hold commas or quotes. Cells
 * are sliced with indexOf, not built a character at a time: a RECORD can be tens of MiB.
 */
export function parseRecord(text: string): { path: string; hash: string; size: string }[] {
  const rows: { path: string; hash: string; size: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const cells: string[] = [];
    let position = 0;
    while (position <= line.length) {
      if (line[position] === '"') {
        // A quoted cell: `""` is a quote inside it.
        let cell = '';
        let from = position + 1;
        for (;;) {
          const quote = line.indexOf('"', from);
          if (quote < 0) {
            cell += line.slice(from);
            position = line.length;
            break;
          }
          cell += line.slice(from, quote);
          if (line[quote + 1] === '"') {
            cell += '"';
            from = quote + 2;
          } else {
            position = quote + 1;
            break;
          }
        }
        // Anything between the closing quote and the next comma belongs to the cell, as csv reads it.
        const comma = line.indexOf(',', position);
        cells.push(cell + line.slice(position, comma < 0 ? line.length : comma));
        position = comma < 0 ? line.length + 1 : comma + 1;
      } else {
        const comma = line.indexOf(',', position);
        cells.push(line.slice(position, comma < 0 ? line.length : comma));
        position = comma < 0 ? line.length + 1 : comma + 1;
      }
    }
    rows.push({ path: cells[0] ?? '', hash: cells[1] ?? '', size: cells[2] ?? '' });
  }
  return rows;
}

/** `Key: value` lines of the WHEEL file (same RFC 822 form as METADATA, no body). */
export function parseWheelFile(text: string): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  const metadata = parseCoreMetadata(text);
  for (const [key, value] of Object.entries(metadata.fields)) fields[key] = Array.isArray(value) ? value : [value];
  // parseCoreMetadata keeps only the first of single-use fields; WHEEL's `Tag` is multiple-use.
  fields.Tag = text
    .split(/\r?\n/)
    .filter((line) => /^Tag\s*:/i.test(line))
    .map((line) => line.slice(line.indexOf(':') + 1).trim());
  return fields;
}
