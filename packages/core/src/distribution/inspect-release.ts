/**
 * Inspects a built release (sdist and/or wheel) before anything is published: filenames against the
 * metadata, the metadata rules, the wheel's RECORD/WHEEL/contents, and the seed's failure — files the
 * repository tracks that never reach the sdist, or sdist package data that never reaches the wheel.
 */
import { run } from '../process/index';
import { checkArchiveMembers } from './archive-rules';
import { readSdistContents, readWheelContents, type SdistContents, type WheelContents } from './artefact-contents';
import { type ArtefactFilename, artefactStem, parseArtefactFilename } from './artefact-filename';
import type { CoreMetadata } from './core-metadata';
import type { Finding } from './finding';
import { checkMetadata, needsRestRendering, parseContentType } from './metadata-rules';
import { printableName } from './printable-name';
import { normalizeProjectName } from './project-name';
import { sameVersion } from './version-bridge';
import { checkWheel, isStrayPath, libraryPath } from './wheel-rules';

export interface InspectOptions {
  sdist?: string;
  wheel?: string;
  /** The version the artefacts must carry (V001). */
  expectedVersion?: string;
  /** Files git tracks, relative to the project folder (the one holding pyproject.toml); enables S001. */
  trackedFiles?: readonly string[];
  /** An interpreter to render reST descriptions with readme_renderer, as twine check does. */
  python?: string;
  /** The contents of `sdist`, when the caller has already read them (build-wheel reads the sdist while the wheel builds). */
  sdistContents?: SdistContents;
}

export interface InspectedArtefact {
  path: string;
  filename: ArtefactFilename;
  metadata?: CoreMetadata;
}

export interface InspectionReport {
  findings: Finding[];
  /** What could not be checked and why (e.g. readme_renderer missing). */
  notes: string[];
  sdist?: InspectedArtefact & { contents: SdistContents };
  wheel?: InspectedArtefact & { contents: WheelContents };
  /** Name and version of the release (the wheel's metadata, else the sdist's). */
  name: string;
  version: string;
  metadata?: CoreMetadata;
}

const IGNORED_SOURCE = (path: string) => isStrayPath(path) || /\.py[co]$/.test(path) || path.split('/').includes('__pycache__');

export async function inspectRelease(options: InspectOptions): Promise<InspectionReport> {
  const findings: Finding[] = [];
  const notes: string[] = [];
  const report: InspectionReport = { findings, notes, name: '', version: '' };

  if (options.sdist) {
    const filename = parseArtefactFilename(options.sdist);
    const contents = options.sdistContents ?? (await readSdistContents(options.sdist));
    report.sdist = { path: options.sdist, filename, contents, ...(contents.metadata ? { metadata: contents.metadata } : {}) };
    // Hostile until proven otherwise: links, devices, escaping names (archive-rules.ts) are hard errors.
    findings.push(...checkArchiveMembers(contents.members, filename.filename, { kind: 'sdist' }));
    if (!contents.metadata)
      findings.push({ rule: 'S004', severity: 'error', file: filename.filename, message: 'sdist has no <top>/PKG-INFO' });
    const expectedTop = filename.filename.slice(0, -filename.extension.length);
    if (contents.top !== expectedTop)
      findings.push({
        rule: 'S003',
        severity: 'soft',
        file: filename.filename,
        message: `sdist members should sit in one top folder '${expectedTop}/' (PEP 625), found ${contents.top ? `'${printableName(contents.top)}/'` : 'several'}`,
      });
  }
  if (options.wheel) {
    const filename = parseArtefactFilename(options.wheel);
    const contents = await readWheelContents(options.wheel);
    report.wheel = { path: options.wheel, filename, contents, ...(contents.metadata ? { metadata: contents.metadata } : {}) };
    if (!contents.metadata)
      findings.push({ rule: 'M001', severity: 'error', file: filename.filename, message: 'wheel has no .dist-info/METADATA' });
  }

  const artefacts: InspectedArtefact[] = [];
  if (report.sdist) artefacts.push(report.sdist);
  if (report.wheel) artefacts.push(report.wheel);
  for (const artefact of artefacts) {
    const file = artefact.filename.filename;
    if (!artefact.filename.normalized)
      findings.push({
        rule: 'N002',
        // Legacy names (`my-pkg-1.0.tar.gz`, setuptools < 69) still install; PyPI only warns about them.
        severity: 'warning',
        file,
        message: `filename is not normalized (expected ${artefact.metadata ? artefactStem(artefact.metadata.name, artefact.metadata.version) : '{name}-{version}'}${artefact.filename.kind === 'wheel' ? '-…whl' : '.tar.gz'}, PEP 427/625)`,
      });
    if (!artefact.metadata) continue;
    findings.push(...checkMetadata(artefact.metadata, file));
    const metadataName = normalizeProjectName(artefact.metadata.name);
    if (artefact.metadata.name && metadataName !== artefact.filename.name)
      findings.push({
        rule: 'N003',
        severity: 'error',
        file,
        message: `filename names '${artefact.filename.name}' but the metadata says '${artefact.metadata.name}'`,
      });
    if (artefact.metadata.version && !sameVersion(artefact.metadata.version, artefact.filename.rawVersion))
      findings.push({
        rule: 'N003',
        severity: 'error',
        file,
        message: `filename has version ${artefact.filename.rawVersion} but the metadata says ${artefact.metadata.version}`,
      });
    if (options.expectedVersion && artefact.metadata.version && !sameVersion(artefact.metadata.version, options.expectedVersion))
      findings.push({
        rule: 'V001',
        severity: 'error',
        file,
        message: `version is ${artefact.metadata.version}, expected ${options.expectedVersion} (input 'version')`,
      });
  }
  if (report.sdist?.metadata && report.wheel?.metadata) {
    const { name: sdistName, version: sdistVersion } = report.sdist.metadata;
    const { name: wheelName, version: wheelVersion } = report.wheel.metadata;
    if (normalizeProjectName(sdistName) !== normalizeProjectName(wheelName) || !sameVersion(sdistVersion, wheelVersion))
      findings.push({
        rule: 'N004',
        severity: 'error',
        file: report.wheel.filename.filename,
        message: `wheel is ${wheelName} ${wheelVersion} but the sdist is ${sdistName} ${sdistVersion}`,
      });
  }

  const sourceRoot = findSourceRoot(report.sdist?.contents, options.trackedFiles);
  if (report.wheel) {
    const expectedTopLevel = report.sdist ? expectedTopLevelFromSdist(report.sdist.contents) : undefined;
    findings.push(...checkWheel(report.wheel.contents, report.wheel.filename, expectedTopLevel ? { expectedTopLevel } : {}));
  }
  findings.push(...checkSources(report, sourceRoot, options.trackedFiles, notes));

  const main = report.wheel?.metadata ?? report.sdist?.metadata;
  if (main) {
    report.metadata = main;
    report.name = main.name;
    report.version = main.version;
    if (options.python && needsRestRendering(main)) {
      const file = (report.wheel ?? report.sdist)?.filename.filename ?? '';
      const outcome = await renderRest(options.python, main.description ?? '', main.fields['Description-Content-Type']);
      if (outcome.unavailable) notes.push(`reST long description not rendered: ${outcome.unavailable}`);
      else if (outcome.error)
        findings.push({
          rule: 'M009',
          severity: 'error',
          file,
          message: `long description has syntax errors in markup and would not be rendered on PyPI (${outcome.error})`,
        });
    }
  }
  return report;
}

/** `src/` when the project uses the src layout (in the sdist or the tracked files), else the root. */
function findSourceRoot(sdist: SdistContents | undefined, tracked: readonly string[] | undefined): string {
  const paths = sdist ? sdist.files.map((file) => file.path) : (tracked ?? []);
  return paths.some((path) => path.startsWith('src/') && path.endsWith('.py')) ? 'src/' : '';
}

/** Top-level packages of a src layout: folders under src/ that hold modules, and src/*.py. */
function expectedTopLevelFromSdist(sdist: SdistContents): string[] | undefined {
  const under = sdist.files.map((file) => file.path).filter((path) => path.startsWith('src/') && /\.(py|pyi)$/.test(path));
  if (under.length === 0) return undefined;
  const names = under.map((path) => {
    const rest = path.slice(4);
    return rest.includes('/') ? (rest.split('/')[0] ?? '') : rest.replace(/\..*$/, '');
  });
  return [...new Set(names)].filter((name) => !name.endsWith('.egg-info') && !IGNORED_SOURCE(name)).sort();
}

function checkSources(report: InspectionReport, root: string, tracked: readonly string[] | undefined, notes: string[]): Finding[] {
  const findings: Finding[] = [];
  const wheelLibrary = report.wheel
    ? new Set(report.wheel.contents.members.map((member) => libraryPath(member.path)).filter((path): path is string => path !== undefined))
    : undefined;
  // The package folders: the wheel's top-level entries, else (sdist only) the src/ packages.
  let tops: string[];
  if (wheelLibrary) {
    tops = [...new Set([...wheelLibrary].map((path) => (path.includes('/') ? (path.split('/')[0] ?? '') : path)))].filter(
      (top) => top !== '' && !top.endsWith('.pth'),
    );
  } else {
    tops = report.sdist ? (expectedTopLevelFromSdist(report.sdist.contents) ?? []) : [];
  }
  const inPackages = (path: string) =>
    path.startsWith(root) &&
    tops.some((top) => {
      const rest = path.slice(root.length);
      return rest === top || rest.startsWith(`${top}/`) || rest.replace(/\.(py|pyi)$/, '') === top;
    }) &&
    !IGNORED_SOURCE(path);

  if (tracked === undefined) {
    notes.push('not a git work tree: tracked files not compared with the sdist (S001 skipped)');
  } else {
    const wanted = tracked.filter(inPackages);
    if (report.sdist) {
      const inSdist = new Set(report.sdist.contents.files.map((file) => file.path));
      const missing = wanted.filter((path) => !inSdist.has(path));
      if (missing.length)
        findings.push({
          rule: 'S001',
          severity: 'error',
          file: report.sdist.filename.filename,
          message: `files git tracks in the package folders are missing from the sdist (so from the wheel built from it); include them with package-data, MANIFEST.in or setuptools_scm`,
          paths: missing,
        });
    } else if (report.wheel && wheelLibrary) {
      const missing = wanted.filter((path) => !wheelLibrary.has(path.slice(root.length)));
      if (missing.length)
        findings.push({
          rule: 'S001',
          severity: 'error',
          file: report.wheel.filename.filename,
          message: 'files git tracks in the package folders are missing from the wheel',
          paths: missing,
        });
    }
  }
  if (report.sdist && report.wheel && wheelLibrary) {
    const lost = report.sdist.contents.files
      .map((file) => file.path)
      .filter(inPackages)
      .filter((path) => !wheelLibrary.has(path.slice(root.length)));
    if (lost.length)
      findings.push({
        rule: 'S002',
        severity: 'error',
        file: report.wheel.filename.filename,
        message: 'package files in the sdist do not reach the wheel (package data not declared?)',
        paths: lost,
      });
  }
  return findings;
}

const REST_SCRIPT = `
import io, sys
text = sys.stdin.read()
try:
    import readme_renderer.rst as rst
except ImportError:
    print("UNAVAILABLE")
    sys.exit(0)
stream = io.StringIO()
params = dict(p.split("=", 1) for p in sys.argv[1:])
print("OK" if rst.render(text, stream=stream, **params) is not None else "FAIL")
print(stream.getvalue().strip().splitlines()[0] if stream.getvalue().strip() else "")
`;

/** Renders reST with readme_renderer (what twine check and PyPI use); nothing to compare with in JS. */
async function renderRest(
  python: string,
  description: string,
  contentType: string | string[] | undefined,
): Promise<{ error?: string; unavailable?: string }> {
  const params = typeof contentType === 'string' ? parseContentType(contentType).params : {};
  const args = Object.entries(params).map(([key, value]) => `${key}=${value}`);
  try {
    const result = await run(python, ['-c', REST_SCRIPT, ...args], { input: description, timeoutMs: 60_000, label: 'readme_renderer' });
    const [status = '', detail = ''] = result.stdout.split(/\r?\n/);
    if (status === 'UNAVAILABLE') return { unavailable: `readme_renderer is not installed in ${python}` };
    return status === 'OK' ? {} : { error: detail.trim() || 'rendering failed' };
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
}
