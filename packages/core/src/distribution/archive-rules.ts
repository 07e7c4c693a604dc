/**
 * Archive hygiene: the member-level rules every artefact must pass before it ships, whatever the
 * backend that wrote it. For sdists they follow the rule set of Python's `tarfile` "data" extraction
 * filter (the default since Python 3.14, and what pip and pypa/build extract sdists with where
 * available), made stricter where a release has no reason to carry something at all:
 *
 * - the data filter strips a leading `/` and refuses names still absolute after that (`C:/…`); we
 *   refuse every absolute or drive-letter name (X002): an archive another extractor unpacks as-is would
 *   write there;
 * - it refuses a name that resolves outside the destination; we refuse every `..` segment (X002), even
 *   one that stays inside (`a/../b`): no backend writes them, and resolvers disagree once links exist.
 *   Backslashes are refused too: a Windows extractor reads them as separators;
 * - it refuses absolute link targets and links whose target resolves outside the destination; we
 *   refuse every symbolic and hard link in an sdist (X005) and say which ones escape, because backends
 *   copy file contents (setuptools dereferences links) and an extractor without the filter follows them;
 * - it refuses device files and FIFOs; we refuse those and any other special type (X006);
 * - it clears setuid, setgid and sticky bits and group/other write, and ignores directory modes; we
 *   refuse the high bits on files (X007) — no source or library file needs them — and leave directories
 *   alone (a checkout inside a setgid folder gives every directory the setgid bit) as well as
 *   group/other write (checkouts made with umask 002 carry it, and every extractor drops it);
 * - it ignores owners (uid/gid/uname/gname); so do we.
 *
 * Two rules of our own: a member stored twice (X003; extractors keep the last copy, readers often the
 * first) and control characters in names or link targets (X008; they forge log lines and terminal
 * output). Wheels (zip) get the same name, link, special-type and control-character rules; their links
 * come from the unix mode in the entry's external attributes.
 */
import { posix } from 'node:path';
import type { ArtefactMember } from './artefact-contents';
import type { Finding } from './finding';
import { hasControlCharacters, printableName } from './printable-name';

/** Why a member path may not be extracted as-is, or undefined when it is safe. */
export function unsafePathReason(path: string): string | undefined {
  if (path.startsWith('/')) return 'absolute';
  if (/^[A-Za-z]:/.test(path)) return 'drive letter';
  if (path.includes('\\')) return 'backslash';
  if (path.split('/').includes('..'))
    return posix.normalize(path).startsWith('../') || posix.normalize(path) === '..' ? 'escapes with ..' : '..';
  return undefined;
}

/** Where a link resolves, relative to the archive root; `escapes` when outside it or absolute. */
function linkProblem(member: ArtefactMember): string {
  const target = member.linkTarget ?? '';
  if (target.startsWith('/') || /^[A-Za-z]:/.test(target)) return 'absolute target';
  // tarfile: a symlink's target is relative to the link's folder, a hard link's to the archive root.
  const resolved = posix.normalize(member.type === 'symlink' ? posix.join(posix.dirname(member.path), target) : target);
  return resolved === '..' || resolved.startsWith('../') ? 'target outside the archive' : 'target inside the archive';
}

const HIGH_BITS = 0o7000;
const SPECIAL: ReadonlySet<ArtefactMember['type']> = new Set(['character-device', 'block-device', 'fifo', 'other']);

export interface ArchiveRuleOptions {
  /** `sdist` (tar) or `wheel` (zip): links are judged on their targets in tar, on the unix mode in zip. */
  kind: 'sdist' | 'wheel';
}

/** The hygiene rules above over every member as stored; `file` names the artefact in the findings. */
export function checkArchiveMembers(members: readonly ArtefactMember[], file: string, options: ArchiveRuleOptions): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: string, message: string, paths: string[]) => {
    if (paths.length) findings.push({ rule, severity: 'error', file, message, paths });
  };
  // `./x` is how tar writes relative names; the rest of the name is judged.
  const nameOf = (member: ArtefactMember) => (options.kind === 'sdist' ? member.path.replace(/^(\.\/)+/, '') : member.path);

  add(
    'X008',
    'member names with control characters (they forge log lines; no installer needs them)',
    members
      .filter((member) => hasControlCharacters(member.path) || hasControlCharacters(member.linkTarget ?? ''))
      .map((member) => printableName(member.path)),
  );
  add(
    'X002',
    options.kind === 'sdist'
      ? 'members with absolute, drive-letter, backslash or `..` paths (an extractor without a filter writes outside its folder)'
      : 'members with absolute, drive-letter, backslash or `..` paths (pip refuses to install them)',
    members
      .map((member) => ({ member, reason: unsafePathReason(nameOf(member)) }))
      .filter((item) => item.reason !== undefined)
      .map((item) => `${printableName(item.member.path)} (${item.reason})`),
  );
  const seen = new Set<string>();
  const duplicated = new Set<string>();
  for (const member of members) {
    // A directory stored twice is harmless (some tar writers repeat them); a file stored twice is not.
    if (member.type === 'directory') continue;
    const name = nameOf(member);
    if (seen.has(name)) duplicated.add(printableName(member.path));
    seen.add(name);
  }
  add('X003', 'duplicate archive entries (the extracted file depends on the extractor)', [...duplicated]);
  const links = members.filter((member) => member.type === 'symlink' || member.type === 'hardlink');
  if (options.kind === 'sdist') {
    add(
      'X005',
      'symbolic or hard links (extractors follow them; store the file itself — setuptools copies link targets)',
      links.map(
        (member) => `${printableName(member.path)} -> ${printableName(member.linkTarget ?? '')} (${member.type}, ${linkProblem(member)})`,
      ),
    );
  } else {
    add(
      'X005',
      'symbolic links (wheels cannot carry them portably; installers write them as files or follow them)',
      links.map((member) => printableName(member.path)),
    );
  }
  add(
    'X006',
    'device files, FIFOs or other special members (tarfile refuses to extract them)',
    members.filter((member) => SPECIAL.has(member.type)).map((member) => `${printableName(member.path)} (${member.type})`),
  );
  add(
    'X007',
    'files with setuid, setgid or sticky bits (no source or library file needs them)',
    members
      .filter((member) => member.type !== 'directory' && member.mode !== undefined && (member.mode & HIGH_BITS) !== 0)
      .map((member) => `${printableName(member.path)} (mode ${((member.mode ?? 0) & 0o7777).toString(8).padStart(4, '0')})`),
  );
  return findings;
}
