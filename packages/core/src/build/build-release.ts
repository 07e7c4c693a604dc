/**
 * build-wheel's whole behaviour: validate the request, build with pypa/build into a private temporary
 * folder, inspect the artefacts, and only then move them (and the release manifest) into the output
 * folder — a failed or rejected build leaves nothing behind there.
 */
import { copyFile, mkdir, mkdtemp, readdir, rename, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { SdistContents } from '../distribution/artefact-contents';
import { type Finding, formatFinding } from '../distribution/finding';
import type { InspectionReport } from '../distribution/inspect-release';
import { classifyVersion } from '../distribution/version-bridge';
import type { DocsOptions, DocsOutcome } from '../docs/index';
import { locateReleaseDocs, type ReleaseDocs, startReleaseDocs } from '../docs/release-docs';
import { WheelwrightError } from '../errors/index';
import type { Logger } from '../log/index';
import { type ReleaseManifest, writeManifest } from '../manifest/index';
import { readPyproject, table } from '../pyproject/index';
import { findPythonCommand, launcherSpec, type PythonInterpreter, resolvePython } from '../python/index';
import { toolBuild } from '../version/build-version';
import { versionOrigin } from '../version/source';
import {
  chooseSourceDateEpoch,
  pretendVersionVariables,
  readCommitState,
  readSourceRefs,
  redactUrl,
  type SourceInfo,
  versionNeedsPretending,
} from './build-environment';
import { ensureBuildFrontend, type ToolsEnv } from './build-frontend';
import { checkBuildRequest } from './build-request';
import { BuildFrontendMissingError, runPypaBuild } from './pypa-build';
import { defaultToolsCacheDir, FolderToolsCache, type ToolsCache } from './tools-cache';

export const MANIFEST_FILENAME = 'wheelwright-manifest.json';

/** The action's inputs, camelCased; every field optional with the action's default. */
export interface BuildOptions {
  /** Project folder holding pyproject.toml (default `.`). */
  path?: string;
  /** Interpreter running `python -m build` (default python3/python from PATH). */
  python?: string;
  /** Output folder, relative to `path` (default `dist`). */
  outputDir?: string;
  sdist?: boolean;
  wheel?: boolean;
  /** pypa/build's isolated environment (default true). */
  isolation?: boolean;
  /** pypa/build `--skip-dependency-check` (non-isolated builds against distro packages). */
  skipDependencyCheck?: boolean;
  /** `KEY=VALUE` backend settings (`--config-setting`). */
  configSettings?: readonly string[];
  /** Version the artefacts must carry; pretended to setuptools_scm unless git gives exactly it at a release tag. */
  version?: string;
  sourceDateEpoch?: string;
  /** Soft findings fail the build (default true). */
  strict?: boolean;
  /** Index pip uses to fill the isolated build environment (PIP_INDEX_URL); empty: pip's own configuration. */
  indexUrl?: string;
  /**
   * The folder keeping the tools environment with pypa/build for interpreters that lack it (default
   * `$XDG_CACHE_HOME/wheelwright/tools`); `toolsCache` (the action's runner tool cache) is used instead when set.
   */
  toolsCacheDir?: string;
  /** Where the tools environment is kept, when not in the `toolsCacheDir` folder (the action: the runner's tool cache). */
  toolsCache?: ToolsCache;
  /** Parent of the private build folder (default the OS temp folder; RUNNER_TEMP in Actions). */
  tempDir?: string;
  /** The Sphinx docs built against the wheel (`mode`, `path`, `onFailure`); default: when docs/conf.py exists. */
  docs?: Omit<DocsOptions, 'indexUrl'>;
  /** Base environment (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Resolved against this folder (default process.cwd()). */
  cwd?: string;
}

export interface BuiltArtefact {
  kind: 'sdist' | 'wheel';
  filename: string;
  path: string;
  size: number;
  sha256: string;
}

export interface BuildResult {
  name: string;
  version: string;
  kind: ReleaseManifest['kind'];
  requiresPython: string;
  pythonVersions: string[];
  sdist?: BuiltArtefact;
  wheel?: BuiltArtefact;
  files: BuiltArtefact[];
  manifestPath: string;
  manifest: ReleaseManifest;
  /** Findings that did not fail the build (warnings, and soft ones when not strict). */
  findings: Finding[];
  notes: string[];
  sourceDateEpoch: string | undefined;
  source: SourceInfo;
  /** Member paths of the wheel, for the summary's file tree. */
  wheelFiles: string[];
  python: PythonInterpreter;
  /** The tools environment whose pypa/build ran the build, when the interpreter had none. */
  toolsEnv: ToolsEnv | undefined;
  /** The docs zip (built), the recorded failure (docs-failure: warning), or undefined without docs. */
  docs?: DocsOutcome;
  timings: { buildMs: number; inspectMs: number; docsMs?: number };
}

/** The inspection rejected the artefacts; carries every finding so adapters can annotate each. */
export class InspectionError extends WheelwrightError {
  readonly findings: Finding[];
  constructor(findings: Finding[]) {
    const [first] = findings;
    const more = findings.length > 1 ? ` (and ${findings.length - 1} more)` : '';
    super('inspect', `inspection failed: ${first ? formatFinding(first, 3) : 'no findings'}${more}`, {
      hint: "each finding names the artefact, the rule and the paths; set 'strict: false' to turn the soft ones into warnings",
    });
    this.findings = findings;
  }
}

/** Trove classifiers `Programming Language :: Python :: 3.11` → `3.11`, sorted numerically. */
export function pythonVersionsFromClassifiers(classifiers: readonly string[]): string[] {
  const versions = classifiers
    .map((classifier) => /^Programming Language :: Python :: (\d+\.\d+)$/.exec(classifier.trim())?.[1])
    .filter((version): version is string => version !== undefined);
  return [...new Set(versions)].sort((a, b) => {
    const [a1 = 0, a2 = 0] = a.split('.').map(Number);
    const [b1 = 0, b2 = 0] = b.split('.').map(Number);
    return a1 - b1 || a2 - b2;
  });
}

/** Work started now whose failure only matters once awaited: no unhandled rejection meanwhile. */
function background<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

async function moveInto(source: string, target: string): Promise<void> {
  try {
    await rename(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    // Another filesystem (tmpfs /tmp vs the workspace): copy beside the target, then rename into place.
    const partial = `${target}.partial`;
    try {
      await copyFile(source, partial);
      await rename(partial, target);
    } catch (copyError) {
      await unlink(partial).catch(() => {});
      throw copyError;
    }
  }
}

export async function buildRelease(options: BuildOptions, logger: Logger): Promise<BuildResult> {
  const started = Date.now();
  const cwd = options.cwd ?? process.cwd();
  const projectDir = checkBuildRequest(options);
  const pyproject = await readPyproject(projectDir);
  const outputDir = isAbsolute(options.outputDir ?? '') ? (options.outputDir as string) : join(projectDir, options.outputDir || 'dist');
  const projectName = pyproject ? (table(pyproject.data, 'project', pyproject.path)?.name as string | undefined) : undefined;

  const baseEnv = { ...(options.env ?? process.env) };
  // Only what the build's environment needs is read before it starts (one pair of git processes); the
  // interpreter's version and the rest of git's answers are read while it runs.
  const [state, pretend] = await Promise.all([
    readCommitState(projectDir),
    options.version ? versionNeedsPretending(projectDir, options.version, baseEnv) : false,
  ]);

  const env: NodeJS.ProcessEnv = { ...baseEnv };
  const sourceDateEpoch = chooseSourceDateEpoch(options.sourceDateEpoch, baseEnv, state);
  if (sourceDateEpoch !== undefined) env.SOURCE_DATE_EPOCH = sourceDateEpoch;
  if (options.version && pretend) Object.assign(env, pretendVersionVariables(options.version, projectName));
  if (options.indexUrl) env.PIP_INDEX_URL = options.indexUrl;
  const wantSdist = options.sdist ?? true;
  const wantWheel = options.wheel ?? true;
  const docsDir = locateReleaseDocs(projectDir, options.docs ?? {});

  const tempRoot = options.tempDir || tmpdir();
  await mkdir(tempRoot, { recursive: true });
  const work = await mkdtemp(join(tempRoot, 'wheelwright-build-'));
  // poetry-dynamic-versioning / pdm-backend take the version from their own variable; the plugin mode of
  // poetry-dynamic-versioning builds from a staged copy with the placeholder replaced.
  const tool = await toolBuild(projectDir, options.version || undefined, tempRoot, baseEnv).catch(async (error: unknown) => {
    await rm(work, { recursive: true, force: true });
    throw error;
  });
  if (tool) {
    Object.assign(env, tool.variables);
    logger.info(`Version for the build: ${tool.note}`);
  }
  const buildDir = tool?.staged?.dir ?? projectDir;
  // The inspection's modules are evaluated while the build runs (see inspection-stack.ts).
  const stack = background(import('./inspection-stack'));
  let early: Promise<SdistStage | undefined> | undefined;
  let docs: ReleaseDocs | undefined;
  try {
    const buildStart = Date.now();
    const setupMs = buildStart - started;
    const what = wantSdist && wantWheel ? 'sdist and wheel (from the sdist)' : wantSdist ? 'sdist' : 'wheel';
    // The sdist is final once pypa/build starts the wheel from it: clamp, read and hash it while the wheel
    // builds. The clamp writes a new file and renames it over the old one, never touching pypa/build's copy.
    const onSdistBuilt = () => {
      early ??= background(prepareSdist(work, sourceDateEpoch, stack));
    };
    const build = (command: string) =>
      logger.group('python -m build', () =>
        runPypaBuild(
          {
            python: command,
            projectDir: buildDir,
            outDir: work,
            sdist: wantSdist,
            wheel: wantWheel,
            isolation: options.isolation ?? true,
            skipDependencyCheck: options.skipDependencyCheck ?? false,
            configSettings: options.configSettings ?? [],
            env,
            onSdistBuilt,
          },
          logger,
        ),
      );
    const command = findPythonCommand(options.python || undefined, cwd, baseEnv);
    logger.info(
      `Building the ${what} of ${projectDir} with ${command ?? 'python'}, ` +
        `${options.isolation === false ? 'without isolation' : `isolated${options.indexUrl ? `, build requirements from ${redactUrl(options.indexUrl)}` : ''}`}` +
        `${sourceDateEpoch ? `, SOURCE_DATE_EPOCH=${sourceDateEpoch}` : ''}${options.version ? `, version ${options.version}` : ''}`,
    );
    // The build starts first: every process started costs the main thread a few ms (fork).
    const probe = background(resolvePython(options.python || undefined, cwd));
    // The launcher form (`py -3.11`) names no program to build with: the interpreter it selects, by path.
    const launched = options.python && launcherSpec(options.python) ? probe.then((python) => python.command) : undefined;
    const building = background(
      command !== undefined
        ? build(command)
        : launched
          ? launched.then(build)
          : Promise.reject(new WheelwrightError('python', 'no Python interpreter on PATH')),
    );
    const refs = background(readSourceRefs(projectDir, state.commit, options.version));
    // The docs environment (venv + Sphinx) fills while the wheel builds.
    if (docsDir)
      docs = startReleaseDocs({
        projectDir,
        docsDir,
        options: { ...options.docs, ...(options.indexUrl ? { indexUrl: options.indexUrl } : {}) },
        python: probe,
        work,
        env: baseEnv,
        sourceDateEpoch,
        logger,
      });
    let python: PythonInterpreter;
    let toolsEnv: ToolsEnv | undefined;
    const rebuild = async (builder: string) => {
      await early?.catch(() => undefined);
      early = undefined;
      await rm(work, { recursive: true, force: true });
      await mkdir(work, { recursive: true });
      await build(builder);
    };
    // An interpreter without pypa/build gets it in a cached tools environment of its own, then builds again.
    const withFrontend = async (error: unknown, interpreter: PythonInterpreter) => {
      if (!(error instanceof BuildFrontendMissingError)) throw error;
      toolsEnv = await ensureBuildFrontend({
        python: interpreter,
        cache: options.toolsCache ?? new FolderToolsCache(options.toolsCacheDir || defaultToolsCacheDir(baseEnv)),
        env,
        logger,
      });
      await rebuild(toolsEnv.python);
    };
    try {
      await building;
      python = await probe;
    } catch (buildError) {
      // The probe explains a build that could not start (no interpreter, or one that does not run). When
      // python3 is on PATH but does not run and python does, the build runs again with python.
      python = await probe;
      if (python.command === command) await withFrontend(buildError, python);
      else await rebuild(python.command).catch((error: unknown) => withFrontend(error, python));
    }
    logger.info(`Built with ${python.executable} (Python ${python.version})`);
    const buildMs = Date.now() - buildStart;
    const source: SourceInfo = { ...state, ...(await refs) };
    const { inspectRelease, sha256File } = await stack;

    const produced = await readdir(work);
    const sdistName = produced.find(isSdistName);
    const wheelName = produced.find((file) => file.endsWith('.whl'));
    if ((wantSdist && !sdistName) || (wantWheel && !wheelName))
      throw new WheelwrightError('build', `python -m build succeeded but left ${produced.join(', ') || 'nothing'} (expected ${what})`);
    const prepared = await early;
    const sdist = prepared?.name === sdistName ? prepared : sdistName ? await prepareSdist(work, sourceDateEpoch, stack) : undefined;
    if (sdist?.clamped)
      logger.info(
        `Made the sdist reproducible: ${sdist.clamped} member times clamped to SOURCE_DATE_EPOCH, gzip header time 0 (the backend ignores SOURCE_DATE_EPOCH for sdists)`,
      );

    const inspectStart = Date.now();
    const report: InspectionReport = await inspectRelease({
      ...(sdistName ? { sdist: join(work, sdistName) } : {}),
      ...(sdist ? { sdistContents: sdist.contents } : {}),
      ...(wheelName ? { wheel: join(work, wheelName) } : {}),
      ...(options.version ? { expectedVersion: options.version } : {}),
      ...(source.trackedFiles ? { trackedFiles: source.trackedFiles } : {}),
      python: python.command,
    });
    const inspectMs = Date.now() - inspectStart;
    logger.debug(
      `timings: setup ${setupMs} ms, python -m build ${buildMs} ms, sdist and inspection ${Date.now() - buildStart - buildMs} ms`,
    );
    const strict = options.strict ?? true;
    const failing = report.findings.filter((finding) => finding.severity === 'error' || (strict && finding.severity === 'soft'));
    if (failing.length) throw new InspectionError(failing);
    const kept = report.findings.filter((finding) => !failing.includes(finding));
    for (const finding of kept) logger.warning(formatFinding(finding));
    for (const note of report.notes) logger.info(`note: ${note}`);
    const docsOutcome = await docs?.finish(wheelName ? join(work, wheelName) : undefined, report.name, report.version);

    await mkdir(outputDir, { recursive: true });
    const files: BuiltArtefact[] = [];
    for (const [kind, name] of [
      ['sdist', sdistName],
      ['wheel', wheelName],
    ] as const) {
      if (!name) continue;
      const { sha256, size } = kind === 'sdist' && sdist ? sdist.hash : await sha256File(join(work, name));
      files.push({ kind, filename: name, path: join(outputDir, name), size, sha256 });
    }
    const moved: string[] = [];
    try {
      for (const file of files) {
        await moveInto(join(work, file.filename), file.path);
        moved.push(file.path);
      }
      if (docsOutcome?.zipPath && docsOutcome.record.filename) {
        docsOutcome.record.path = join(outputDir, docsOutcome.record.filename);
        await moveInto(docsOutcome.zipPath, docsOutcome.record.path);
        moved.push(docsOutcome.record.path);
      }
      const metadata = report.metadata;
      const origin = versionOrigin(projectDir);
      const manifest: ReleaseManifest = {
        schema: 1,
        name: report.name,
        version: report.version,
        kind: classifyVersion(report.version),
        ...(metadata?.fields['Requires-Python'] ? { requiresPython: String(metadata.fields['Requires-Python']) } : {}),
        ...(source.commit || origin
          ? {
              source: {
                ...(source.commit ? { commit: source.commit } : {}),
                ...(source.tag ? { tag: source.tag } : {}),
                ...(source.distance !== undefined ? { distance: source.distance } : {}),
                ...(source.dirty !== undefined ? { dirty: source.dirty } : {}),
                ...origin,
              },
            }
          : {}),
        files: files.map((file) => ({ filename: file.filename, size: file.size, sha256: file.sha256, path: file.path })),
        ...(docsOutcome ? { docs: docsOutcome.record } : {}),
        ...(kept.length > 0
          ? { inspection: { findings: kept.map(({ rule, severity, file, message }) => ({ rule, severity, file, message })) } }
          : {}),
        stores: [],
        tests: [],
        promotions: [],
      };
      const manifestPath = join(outputDir, MANIFEST_FILENAME);
      await writeManifest(manifestPath, manifest);
      logger.debug(`timings: total ${Date.now() - started} ms`);
      const classifiers = metadata?.fields.Classifier;
      return {
        name: report.name,
        version: report.version,
        kind: manifest.kind,
        requiresPython: manifest.requiresPython ?? '',
        pythonVersions: pythonVersionsFromClassifiers(Array.isArray(classifiers) ? classifiers : classifiers ? [classifiers] : []),
        ...(files.find((file) => file.kind === 'sdist') ? { sdist: files.find((file) => file.kind === 'sdist') as BuiltArtefact } : {}),
        ...(files.find((file) => file.kind === 'wheel') ? { wheel: files.find((file) => file.kind === 'wheel') as BuiltArtefact } : {}),
        files,
        manifestPath,
        manifest,
        findings: kept,
        notes: report.notes,
        sourceDateEpoch,
        source,
        wheelFiles: report.wheel ? report.wheel.contents.members.filter((m) => m.type !== 'directory').map((m) => m.path) : [],
        python,
        toolsEnv,
        ...(docsOutcome ? { docs: docsOutcome } : {}),
        timings: { buildMs, inspectMs, ...(docsOutcome ? { docsMs: docsOutcome.record.ms } : {}) },
      };
    } catch (error) {
      // All-or-nothing: take back what was moved before the failure.
      await Promise.all(moved.map((path) => unlink(path).catch(() => {})));
      throw error;
    }
  } finally {
    // A failed wheel build can leave the sdist stage running: let it end before the folder goes.
    await early?.catch(() => undefined);
    await docs?.settle();
    await rm(work, { recursive: true, force: true });
    await tool?.staged?.remove();
  }
}

const isSdistName = (file: string) => file.endsWith('.tar.gz') || file.endsWith('.zip');

interface SdistStage {
  name: string;
  /** Member times clamped to SOURCE_DATE_EPOCH (0: already reproducible, or no epoch). */
  clamped: number;
  contents: SdistContents;
  hash: { sha256: string; size: number };
}

/** Makes the sdist in `work` reproducible, then reads and hashes it; undefined when there is none yet. */
async function prepareSdist(
  work: string,
  sourceDateEpoch: string | undefined,
  stack: Promise<typeof import('./inspection-stack')>,
): Promise<SdistStage | undefined> {
  const name = (await readdir(work)).find(isSdistName);
  if (!name) return undefined;
  const { clampSdistTimes, readSdistContents, sdistNeedsClamping, sha256File } = await stack;
  const path = join(work, name);
  const epoch = sourceDateEpoch === undefined ? undefined : Number(sourceDateEpoch);
  const clamped = epoch !== undefined && (await sdistNeedsClamping(path, epoch)) ? await clampSdistTimes(path, epoch) : 0;
  const [contents, hash] = await Promise.all([readSdistContents(path), sha256File(path)]);
  return { name, clamped, contents, hash };
}
