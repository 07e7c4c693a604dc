/**
 * Wheel content rules: RECORD (PEP 376/427: every file listed with the right hash and size), the WHEEL
 * file, archive hygiene, and check-wheel-contents' W001–W009/W201/W202 with the same codes and meaning
 * (https://github.com/jwodder/check-wheel-contents#checks).
 */
import { createHash } from 'node:crypto';
import { checkArchiveMembers, unsafePathReason } from './archive-rules';
import { type ArtefactMember, parseRecord, parseWheelFile, type WheelContents } from './artefact-contents';
import type { ArtefactFilename } from './artefact-filename';
import type { Finding } from './finding';
import { printableName } from './printable-name';

// check-wheel-contents: contents that many files legitimately share (empty __init__.py …), not W002.
const ALLOWED_DUPLICATES = new Set(
  ['', '\n', '\r\n', '# -*- coding: utf-8 -*-', '# -*- coding: utf-8 -*-\n', '# -*- coding: utf-8 -*-\n\r'].map((text) =>
    createHash('sha256').update(text).digest('hex'),
  ),
);
const COMMON_DIRS_ERROR = ['test', 'tests'];
const COMMON_DIRS_SOFT = ['doc', 'docs', 'example', 'examples', 'src'];
/**
 * Droppings nobody ships on purpose: VCS folders (not the files projects track and ship on purpose —
 * `.gitignore`, `.gitkeep`, `.gitattributes`, setuptools_scm's `.git_archival.txt`), OS metadata (Finder,
 * Explorer, AppleDouble `._*`), editor settings folders, backups and swap files, and rejected patch hunks.
 * `*.orig` is not here: real projects ship such files on purpose (JupyterLab's `package.json.orig`).
 */
const STRAY =
  /(^|\/)(\.git|\.hg|\.svn|\.bzr|CVS|\.DS_Store|\._[^/]+|Thumbs\.db|desktop\.ini|\.idea|\.vscode|\.#[^/]*|#[^/]*#|[^/]*~|\.[^/]*\.sw[op]|[^/]*\.rej)(\/|$)/;
const MODULE_EXT = /\.(py|pyi|so|pyd)$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isStrayPath(path: string): boolean {
  return STRAY.test(path);
}

export function isUnsafePath(path: string): boolean {
  return unsafePathReason(path) !== undefined;
}

/** Library path of a member: purelib/platlib contents, `<dist>.data/(purelib|platlib)/` unwrapped. */
export function libraryPath(path: string): string | undefined {
  const [top = '', second = '', ...rest] = path.split('/');
  if (top.endsWith('.dist-info')) return undefined;
  if (top.endsWith('.data')) return second === 'purelib' || second === 'platlib' ? rest.join('/') : undefined;
  return path;
}

/**
 * Top-level entries that are not import packages by design, so not W004/W008/W009 material: auditwheel's
 * `<dist>.libs/` (shared libraries grafted in by `auditwheel repair`), PEP 561 stub-only `<pkg>-stubs/`,
 * and mypyc's shared runtime module `<hex>__mypyc.*.so`.
 */
function isAuxiliaryTop(name: string): boolean {
  return name.endsWith('.libs') || name.endsWith('-stubs') || /^[0-9a-f]+__mypyc$/.test(name);
}

const topOf = (path: string) => (path.split('/')[0] ?? '').replace(/\..*$/, (suffix) => (path.includes('/') ? suffix : ''));

function isModule(path: string): boolean {
  return MODULE_EXT.test(path);
}

/** check-wheel-contents' "importable path": every folder and the module stem are identifiers. */
function isImportable(path: string): boolean {
  const parts = path.split('/');
  const file = parts.pop() ?? '';
  const stem = file.split('.')[0] ?? '';
  return parts.every((part) => IDENTIFIER.test(part)) && IDENTIFIER.test(stem);
}

export interface WheelRuleOptions {
  /** Top-level packages/modules the wheel must ship (W201) and the only ones it may ship (W202). */
  expectedTopLevel?: readonly string[];
}

export function checkWheel(contents: WheelContents, filename: ArtefactFilename, options: WheelRuleOptions = {}): Finding[] {
  const file = filename.filename;
  const findings: Finding[] = [];
  const add = (rule: string, severity: Finding['severity'], message: string, paths?: string[]) =>
    findings.push({ rule, severity, file, message, ...(paths?.length ? { paths } : {}) });
  const files = contents.members.filter((member) => member.type !== 'directory');

  // Archive hygiene: names, duplicates, links, special members, control characters (archive-rules.ts).
  findings.push(...checkArchiveMembers(contents.members, file, { kind: 'wheel' }));
  const stray = files.filter((member) => isStrayPath(member.path)).map((member) => printableName(member.path));
  if (stray.length) add('X001', 'soft', 'stray files (editor, VCS or OS droppings)', stray);

  const expectedDistInfo = `${filename.distribution}-${filename.rawVersion}.dist-info`;
  if (contents.distInfoDirs.length !== 1) {
    add('X004', 'error', `expected exactly one .dist-info folder, found ${contents.distInfoDirs.length}`, contents.distInfoDirs);
  } else if (contents.distInfoDirs[0]?.toLowerCase() !== expectedDistInfo.toLowerCase()) {
    add('X004', 'error', `.dist-info folder '${contents.distInfoDirs[0]}' does not match the filename (expected ${expectedDistInfo})`);
  }
  const distInfo = contents.distInfoDirs[0] ?? expectedDistInfo;

  checkRecord(contents, distInfo, files, add);
  checkWheelFile(contents, distInfo, filename, add);

  // check-wheel-contents.
  const library = files
    .map((member) => ({ member, path: libraryPath(member.path) }))
    .filter((item): item is { member: ArtefactMember; path: string } => item.path !== undefined && item.path !== '');
  const bytecode = files.filter((member) => /\.py[co]$/.test(member.path) || member.path.split('/').includes('__pycache__'));
  if (bytecode.length)
    add(
      'W001',
      'error',
      'wheel contains .pyc/.pyo files or __pycache__ (built from a dirty tree?)',
      bytecode.map((member) => member.path),
    );
  const byDigest = new Map<string, string[]>();
  for (const { member } of library) {
    if (!member.digest || ALLOWED_DUPLICATES.has(member.digest)) continue;
    byDigest.set(member.digest, [...(byDigest.get(member.digest) ?? []), member.path]);
  }
  for (const paths of byDigest.values()) if (paths.length > 1) add('W002', 'soft', 'wheel contains duplicate files', paths);
  const topFiles = library.filter((item) => !item.path.includes('/'));
  const nonModules = topFiles.filter((item) => !isModule(item.path) && !item.path.endsWith('.pth')).map((item) => item.member.path);
  if (nonModules.length) add('W003', 'soft', 'wheel contains non-module at library toplevel', nonModules);
  const notImportable = library
    .filter((item) => isModule(item.path) && !isImportable(item.path) && !isAuxiliaryTop(topOf(item.path)))
    .map((item) => item.member.path);
  if (notImportable.length) add('W004', 'soft', 'module is not located at importable path', notImportable);
  const topDirs = [...new Set(library.filter((item) => item.path.includes('/')).map((item) => item.path.split('/')[0] ?? ''))].sort();
  const testDirs = topDirs.filter((dir) => COMMON_DIRS_ERROR.includes(dir));
  if (testDirs.length)
    add(
      'W005',
      'error',
      'wheel contains common toplevel directory in library (a test suite installed as a top-level package)',
      testDirs.map((dir) => `${dir}/`),
    );
  const commonDirs = topDirs.filter((dir) => COMMON_DIRS_SOFT.includes(dir));
  if (commonDirs.length)
    add(
      'W005',
      'soft',
      'wheel contains common toplevel directory in library',
      commonDirs.map((dir) => `${dir}/`),
    );
  if (topFiles.some((item) => item.path === '__init__.py')) add('W006', 'soft', '__init__.py at top level of library', ['__init__.py']);
  if (library.length === 0) add('W007', 'soft', 'wheel library is empty');
  const topLevel = [...topDirs, ...topFiles.filter((item) => isModule(item.path)).map((item) => item.path.replace(/\..*$/, ''))].filter(
    (name, index, all) => all.indexOf(name) === index,
  );
  const visible = topLevel.filter((name) => !name.startsWith('_') && !isAuxiliaryTop(name));
  if (visible.length > 1) add('W008', 'soft', 'wheel contains multiple toplevel library entries', visible);
  const noModules = topDirs.filter(
    (dir) => !isAuxiliaryTop(dir) && !library.some((item) => item.path.startsWith(`${dir}/`) && isModule(item.path)),
  );
  if (noModules.length)
    add(
      'W009',
      'soft',
      'toplevel library directory contains no modules',
      noModules.map((dir) => `${dir}/`),
    );
  if (options.expectedTopLevel) {
    const missing = options.expectedTopLevel.filter((name) => !topLevel.includes(name));
    if (missing.length) add('W201', 'error', 'wheel library is missing a top-level package of the source tree', missing);
    const undeclared = topLevel.filter((name) => !options.expectedTopLevel?.includes(name));
    if (undeclared.length) add('W202', 'soft', 'wheel library has a top-level entry that is not in the source tree', undeclared);
  }
  return findings;
}

type Add = (rule: string, severity: Finding['severity'], message: string, paths?: string[]) => void;

function checkRecord(contents: WheelContents, distInfo: string, files: ArtefactMember[], add: Add): void {
  const recordPath = `${distInfo}/RECORD`;
  if (contents.record === undefined) {
    add('R001', 'error', `${recordPath} is missing (PEP 427: every wheel lists its files with hashes)`);
    return;
  }
  const rows = parseRecord(contents.record);
  const listed = new Map(rows.map((row) => [row.path, row]));
  const wrong: string[] = [];
  const unhashed: string[] = [];
  for (const member of files) {
    const row = listed.get(member.path);
    if (!row || member.path === recordPath) continue;
    if (row.hash === '') {
      unhashed.push(member.path);
      continue;
    }
    const [algorithm] = row.hash.split('=');
    if (algorithm !== 'sha256' && algorithm !== 'sha384' && algorithm !== 'sha512') {
      // PEP 427: md5 and sha1 are not allowed.
      wrong.push(`${member.path} (hash algorithm ${algorithm})`);
    } else if (algorithm === 'sha256' && row.hash !== member.hash) {
      // PEP 376: urlsafe base64 without padding. A hex digest of the right bytes is a RECORD writer's
      // encoding mistake, not tampering; say which.
      const hex = row.hash.slice('sha256='.length).toLowerCase() === member.digest;
      wrong.push(
        hex
          ? `${member.path} (hash written in hex, PEP 376 wants urlsafe base64)`
          : `${member.path} (hash ${row.hash}, archive has ${member.hash})`,
      );
    } else if (row.size !== '' && Number(row.size) !== member.size) {
      wrong.push(`${member.path} (size ${row.size}, archive has ${member.size})`);
    }
  }
  if (wrong.length)
    add(
      'R002',
      'error',
      wrong.every((item) => item.endsWith('(hash written in hex, PEP 376 wants urlsafe base64)'))
        ? 'RECORD hashes are not in the PEP 376 form (installers that verify RECORD refuse the wheel)'
        : 'RECORD hash or size does not match the file (tampered or post-processed wheel)',
      wrong,
    );
  if (unhashed.length) add('R005', 'error', 'RECORD lists files without a hash', unhashed);
  const signatures = [`${distInfo}/RECORD.jws`, `${distInfo}/RECORD.p7s`, recordPath];
  const unlisted = files.filter((member) => !listed.has(member.path) && !signatures.includes(member.path)).map((member) => member.path);
  if (unlisted.length) add('R003', 'error', 'files missing from RECORD', unlisted);
  const present = new Set(files.map((member) => member.path));
  const ghosts = rows.filter((row) => !present.has(row.path)).map((row) => row.path);
  if (ghosts.length) add('R004', 'error', 'RECORD lists files that are not in the wheel', ghosts);
}

function expandTag(tag: string): string[] {
  const [python = '', abi = '', platform = ''] = tag.split('-');
  const out: string[] = [];
  for (const p of python.split('.')) for (const a of abi.split('.')) for (const pl of platform.split('.')) out.push(`${p}-${a}-${pl}`);
  return out;
}

function checkWheelFile(contents: WheelContents, distInfo: string, filename: ArtefactFilename, add: Add): void {
  if (contents.wheelFile === undefined) {
    add('K001', 'error', `${distInfo}/WHEEL is missing`);
    return;
  }
  const fields = parseWheelFile(contents.wheelFile);
  const wheelVersion = fields['Wheel-Version']?.[0];
  if (!wheelVersion || !/^1\.\d+$/.test(wheelVersion))
    add('K002', 'error', `WHEEL: Wheel-Version is '${wheelVersion ?? ''}', installers only accept 1.x`);
  const purelib = fields['Root-Is-Purelib']?.[0]?.toLowerCase();
  if (purelib !== 'true' && purelib !== 'false') add('K003', 'error', 'WHEEL: Root-Is-Purelib must be true or false');
  // PEP 425 compressed tag sets (`cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64`, as maturin
  // writes them) name the same tags as one line per tag.
  const declared = new Set((fields.Tag ?? []).flatMap(expandTag));
  const expected = new Set<string>();
  for (const python of filename.pythonTags ?? [])
    for (const abi of filename.abiTags ?? [])
      for (const platform of filename.platformTags ?? []) expected.add(`${python}-${abi}-${platform}`);
  const foreign = [...declared].filter((tag) => !expected.has(tag));
  const unlisted = [...expected].filter((tag) => !declared.has(tag));
  if (foreign.length || declared.size === 0)
    add(
      'K004',
      'error',
      `WHEEL: Tag lines (${[...declared].join(', ') || 'none'}) do not match the filename's tags (${[...expected].join(', ')}): renamed after the build, or built wrongly`,
    );
  else if (unlisted.length) add('K004', 'soft', `WHEEL: the filename claims tags the Tag lines do not list (${unlisted.join(', ')})`);
  if (purelib === 'true' && (filename.platformTags ?? []).some((tag) => tag !== 'any'))
    add('K005', 'soft', 'WHEEL: Root-Is-Purelib is true but the filename has a platform tag');
}
