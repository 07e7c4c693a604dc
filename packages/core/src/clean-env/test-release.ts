/**
 * clean-env-test: install the published release from the store into a fresh virtualenv and run the
 * repository's tests against that installed copy (devpi's `devpi test`, `tox --installpkg`). It catches
 * what source-tree testing hides: files missing from the wheel, undeclared dependencies, entry points.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fieldValues, normalizeProjectName, readCoreMetadata } from '../distribution/index';
import { ConfigError, InputError, WheelwrightError } from '../errors/index';
import type { Logger } from '../log/index';
import { type ReleaseManifest, readManifest, writeManifest } from '../manifest/index';
import { classifyVersion, isValidVersion } from '../pep440/index';
import { run } from '../process/index';
import { type PythonInterpreter, resolvePython } from '../python/index';
import { openStore, redactUrl } from '../store/index';
import {
  createVirtualenv,
  freezeVirtualenv,
  GUARD_EXIT_CODE,
  GUARD_MODULE,
  guardEnvironment,
  inspectInstalledPackage,
  installImportGuard,
  installIntoVirtualenv,
  isolatedPythonEnv,
  readGuardReport,
  type Virtualenv,
  venvScript,
} from '../venv/index';
import { failureLine, formatCounts, type JunitReport, readJunitXml, type TestCaseResult } from './junit';
import { guardFailure, pathIn } from './leak';
import { downloadReleaseFile, findReleaseFile, sameProject } from './release-file';
import {
  findTestDependencies,
  parseTestDependencyChoice,
  requirementsFileInCheckout,
  type TestDependencyChoice,
} from './test-dependencies';
import { resolveTestPaths } from './test-paths';
import { noPackageError } from './test-target';
import { type CopiedTests, copyTests, findPytestConfig } from './tests-copy';
import type { CleanEnvTestOptions, CleanEnvTestResult, InstalledDistribution, TestFailure } from './types';

/** PEP 685: extras compare like project names. */
function normalizeExtra(extra: string): string {
  return normalizeProjectName(extra.trim());
}

/** Streams a child's output to the logger line by line. */
function lineLogger(logger: Logger): { write: (chunk: string) => void; flush: () => void } {
  let pending = '';
  return {
    write(chunk) {
      pending += chunk;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) logger.info(line);
    },
    flush() {
      if (pending !== '') logger.info(pending);
      pending = '';
    },
  };
}

interface Release {
  name: string;
  version: string;
  indexUrl: string;
  storeName: string | undefined;
  manifest: ReleaseManifest | undefined;
  manifestPath: string | undefined;
}

async function resolveRelease(options: CleanEnvTestOptions): Promise<Release> {
  const manifestPath = options.manifest ? resolve(options.workspace, options.manifest) : undefined;
  const manifest = manifestPath ? await readManifest(manifestPath) : undefined;
  const name = options.package || manifest?.name;
  const version = options.version || manifest?.version;
  if (!name) throw noPackageError();
  if (!version)
    throw new InputError(`input 'version' is empty for package '${name}'`, { hint: 'give the exact version to test (publish prints it)' });
  if (manifest && !sameProject(name, manifest.name)) {
    throw new InputError(`input 'package' is '${name}' but the manifest is for '${manifest.name}'`, {
      hint: 'leave package empty when a manifest is given',
    });
  }
  if (!isValidVersion(version)) {
    throw new InputError(`input 'version' '${version}' is not a PEP 440 version`, {
      hint: 'give the exact version publish uploaded, e.g. 1.2.1rc1',
    });
  }
  const lastStore = manifest?.stores[manifest.stores.length - 1];
  const indexUrl = options.indexUrl || lastStore?.url;
  if (!indexUrl) {
    throw new InputError("input 'index-url' is empty and the manifest records no store", {
      hint: "set input 'index-url' to the index publish uploaded to (its output of that name), or pass its manifest, so the package is installed from the store",
    });
  }
  return {
    name,
    version,
    indexUrl,
    storeName: lastStore && lastStore.url === indexUrl ? lastStore.index : undefined,
    manifest,
    manifestPath,
  };
}

function toFailure(testcase: TestCaseResult, copied: CopiedTests, workspace: string, source: string): TestFailure {
  const copyPrefix = `${copied.root}${sep}`;
  const clean = (text: string) => text.split(copyPrefix).join('');
  // The copy keeps the checkout's relative layout; a tests folder outside the checkout maps back by its path.
  const testsInCheckout = pathIn(source, workspace);
  const file =
    testcase.file === undefined || testsInCheckout !== undefined
      ? testcase.file
      : join(source, relative(copied.testsPaths[0] ?? '.', testcase.file))
          .split(sep)
          .join('/');
  const outcome = testcase.outcome === 'error' ? 'error' : 'failed';
  const firstError = /^E\s+(.+)$/m.exec(testcase.details)?.[1]?.trim();
  return {
    id: testcase.id,
    outcome,
    file,
    line: failureLine(testcase),
    title: `${testcase.id} ${outcome === 'error' ? 'errored' : 'failed'} in the clean environment`,
    // A collection error's message is only "collection failure"; the exception line says what broke.
    message: clean(
      testcase.message === 'collection failure' && firstError
        ? `collection failed: ${firstError}`
        : testcase.message || firstError || outcome,
    ),
    details: clean(testcase.details),
  };
}

/** The freeze with the package under test pinned by version and its source (uv's line names a temporary file). */
function pinnedFreeze(freeze: string, name: string, version: string, source: string): string {
  const lines = freeze.split(/\r?\n/).filter((line) => line.trim() !== '');
  const out = lines.map((line) => {
    const at = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:@|==)/.exec(line);
    return at?.[1] && sameProject(at[1], name) ? `${name}==${version}  # from ${source}` : line;
  });
  return `${out.join('\n')}\n`;
}

function parseFreeze(freeze: string): InstalledDistribution[] {
  const installed: InstalledDistribution[] = [];
  for (const line of freeze.split(/\r?\n/)) {
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s#;]+)/.exec(line.trim());
    if (match?.[1] && match[2]) installed.push({ name: match[1], version: match[2] });
  }
  return installed;
}

function testEnvironment(venv: Virtualenv, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = isolatedPythonEnv(base, { keepPythonPath: true });
  const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  // Tests that start `python` or the package's console scripts must get the venv's.
  env[pathKey] = [dirname(venv.python), env[pathKey]].filter(Boolean).join(delimiter);
  env.VIRTUAL_ENV = venv.dir;
  // Keep the installed package's folder exactly as the wheel left it.
  env.PYTHONDONTWRITEBYTECODE = '1';
  return env;
}

/** Where the tests run: `checkout` (in the repository, as its developers run them) or `copy` (a copy of the tests folder). */
export type TestsFrom = 'checkout' | 'copy';

/** A name or version made safe as part of a file name (both are validated before; this is belt and braces). */
function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._+-]/g, '_');
}

function atLeastPython(version: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  return a > major || (a === major && b >= minor);
}

/** The environment for children that may write temporary files: all of them land in our work folder. */
function withTempDir(env: NodeJS.ProcessEnv, dir: string): NodeJS.ProcessEnv {
  return { ...env, TMPDIR: dir, TEMP: dir, TMP: dir };
}

export async function testRelease(options: CleanEnvTestOptions, logger: Logger): Promise<CleanEnvTestResult> {
  const started = performance.now();
  const workspace = resolve(options.workspace);
  const baseEnv = options.env ?? process.env;
  const release = await resolveRelease(options);
  const choice = parseTestDependencyChoice(options.testDependencies ?? 'auto');
  const testsFrom: TestsFrom = options.testsFrom ?? 'checkout';

  // Cheap local checks first: the interpreter and the tests folder.
  const python = await resolvePython(options.python || undefined, workspace);
  await mkdir(options.tempDir, { recursive: true });
  const work = await mkdtemp(join(options.tempDir, 'wheelwright-clean-env-'));
  // pytest's basetemp is where pytest's own default puts it, in the system temp folder (TMPDIR), under a
  // short name, not inside the work folder: tests bind Unix sockets under tmp_path (gpg-agent for a signed
  // commit, ssh-agent, servers), and a socket path longer than ~107 bytes cannot be bound.
  let pytestTemp: string | undefined;
  try {
    pytestTemp = await mkdtemp(join(baseEnv.TMPDIR || tmpdir(), 'pytest-'));
    return await testInWorkFolder(options, logger, {
      started,
      workspace,
      baseEnv,
      release,
      choice,
      testsFrom,
      python,
      work,
      pytestTemp,
    });
  } finally {
    if (options.keepTemp) {
      logger.info(`Kept the clean environment's work folder (debug): ${work}`);
      if (pytestTemp) logger.info(`Kept pytest's temporary folder (debug): ${pytestTemp}`);
    } else {
      await rm(work, { recursive: true, force: true, maxRetries: 3 });
      if (pytestTemp) await rm(pytestTemp, { recursive: true, force: true, maxRetries: 3 });
    }
  }
}

interface RunContext {
  started: number;
  workspace: string;
  baseEnv: NodeJS.ProcessEnv;
  release: Release;
  choice: TestDependencyChoice;
  testsFrom: TestsFrom;
  python: PythonInterpreter;
  work: string;
  /** pytest's --basetemp: a short path, beside the work folder. */
  pytestTemp: string;
}

async function testInWorkFolder(options: CleanEnvTestOptions, logger: Logger, context: RunContext): Promise<CleanEnvTestResult> {
  const { started, workspace, baseEnv, release, choice, testsFrom, python, work, pytestTemp } = context;
  const { name, version } = release;
  const childTemp = await mkdirp(join(work, 'tmp'));
  // The tests input, else pytest's configured testpaths, else tests/ or test/: said in the log and the summary.
  const testPaths = await resolveTestPaths(workspace, options.tests ?? '');
  logger.info(`tests: ${testPaths.paths.join(' ')} (${testPaths.source})`);
  const tests: CopiedTests =
    testsFrom === 'copy'
      ? await copyTests(workspace, testPaths.paths, join(work, 'copied-tests'))
      : await locateTests(workspace, testPaths.paths);
  const testRequirements = options.testRequirements
    ? await requirementsFileInCheckout(workspace, options.testRequirements, "input 'test-requirements'")
    : undefined;

  const installEnv = withTempDir(isolatedPythonEnv(baseEnv), childTemp);
  const store = await openStore({ url: release.indexUrl, ...(release.storeName ? { name: release.storeName } : {}) }, logger);
  const storeUrl = redactUrl(store.indexUrl);
  const file = await findReleaseFile(store, name, version, python, installEnv);
  const expected = release.manifest?.files.find((entry) => entry.filename === file.filename)?.sha256;
  const archive = await downloadReleaseFile(store, file, await mkdirp(join(work, 'dist')), expected);
  logger.info(`${name} ${version}: ${file.filename} from ${storeUrl} (sha256 ${file.sha256})`);

  const declared = fieldValues(await readCoreMetadata(archive), 'Provides-Extra').map(normalizeExtra);
  const explicitExtras = (options.extras ?? []).map(normalizeExtra).filter((e) => e !== '');
  const unknown = explicitExtras.filter((extra) => !declared.includes(extra));
  if (unknown.length > 0) {
    throw new InputError(
      `extras ${unknown.map((e) => `'${e}'`).join(', ')} are not declared by ${name} ${version} (it declares ${declared.length > 0 ? declared.join(', ') : 'none'})`,
      { hint: "fix input 'extras', or add the extra to the project’s optional-dependencies" },
    );
  }
  const dependencies = await findTestDependencies({ workspace, choice, declaredExtras: declared });
  const undeclaredToxExtras = dependencies.extras.filter((extra) => !declared.includes(extra));
  if (undeclaredToxExtras.length > 0)
    throw new ConfigError(
      `${dependencies.source} asks for extras ${undeclaredToxExtras.map((e) => `'${e}'`).join(', ')} that ${name} ${version} does not declare`,
    );
  logger.info(
    `Test dependencies: ${dependencies.source}${dependencies.requirements.length ? `: ${dependencies.requirements.join(', ')}` : ''}`,
  );
  for (const line of dependencies.skipped) logger.warning(`${dependencies.source}: left out '${line}' (needs tox itself to evaluate)`);
  const extras = [...new Set([...explicitExtras, ...dependencies.extras])];

  const venv = await createVirtualenv({ base: python, dir: join(work, 'venv'), installer: options.installer, env: installEnv, logger });
  // PEP 508 direct reference to the downloaded file: pip (and uv) take exactly this file, and refuse it
  // when the wheel's metadata names another project.
  const requirement = `${name}${extras.length > 0 ? `[${extras.join(',')}]` : ''} @ ${pathToFileURL(archive).href}`;
  const pre = classifyVersion(version).isPrerelease;
  // pip ≥ 25.1 reads a dependency group itself (`--group`); older pips and uv get our resolution of it,
  // the same validated strings either way.
  const pipGroup =
    dependencies.group && venv.installer === 'pip' && pipSupportsGroups(venv.installerVersion) ? dependencies.group : undefined;
  if (pipGroup) logger.info(`pip --group reads dependency group '${pipGroup.name}' from ${pipGroup.pyproject}`);
  const output = lineLogger(logger);
  await logger.group(
    `Installing ${name} ${version}${extras.length ? `[${extras.join(',')}]` : ''}, pytest and the test dependencies (${venv.installerVersion})`,
    async () => {
      try {
        await installIntoVirtualenv(venv, {
          requirements: [requirement, 'pytest', ...(pipGroup ? [] : dependencies.requirements)],
          requirementFiles: [...dependencies.requirementFiles, ...(testRequirements ? [testRequirements] : [])],
          ...(pipGroup ? { groups: [`${pipGroup.pyproject}:${pipGroup.name}`] } : {}),
          sources: { indexUrls: options.extraIndexUrl, findLinks: options.findLinks, pre },
          what: `${name} ${version} with its dependencies, pytest and the test dependencies from ${dependencies.source}`,
          onOutput: output.write,
        });
      } finally {
        output.flush();
      }
    },
  );
  // The results are written in the work folder and copied out only when the run ends with a result: a
  // run that stops on an error leaves no report behind for a later step to mistake for this one.
  const resultsDir = options.resultsDir ?? options.tempDir;
  const stem = `${fileSafe(normalizeExtra(name))}-${fileSafe(version)}-py${fileSafe(python.version.split('.').slice(0, 2).join('.'))}`;
  const freezePath = join(work, `freeze-${stem}.txt`);
  const freeze = pinnedFreeze(await freezeVirtualenv(venv), name, version, `${storeUrl} (${file.filename})`);
  await writeFile(freezePath, freeze, 'utf8');
  const installed = parseFreeze(freeze);
  await installImportGuard(venv);
  const runEnv = withTempDir(testEnvironment(venv, baseEnv), childTemp);
  const leakContext = { name, version, archive, copied: tests, workspace };
  const before = await inspectInstalledPackage(venv, name, {
    cwd: tests.root,
    env: runEnv,
    reportPath: join(work, 'import-check.json'),
    // In the checkout, the check starts as pytest will: without the working directory on sys.path.
    safePath: testsFrom === 'checkout',
  });
  const beforeProblem = guardFailure(before, leakContext);
  if (beforeProblem) throw beforeProblem;
  logger.info(
    `${name} ${before.version ?? version} imports from ${before.modules.flatMap((m) => m.locations).join(', ') || before.sitePackages.join(', ')}`,
  );

  const junitXml = join(work, `junit-${stem}.xml`);
  const collectedReport = join(work, 'import-check-collected.json');
  const pythonVersion = before.python || python.version;
  const pytestArgs = [
    ...tests.testsPaths,
    `--junitxml=${junitXml}`,
    '-o',
    'junit_family=xunit1',
    '-p',
    GUARD_MODULE,
    '-p',
    'no:cacheprovider',
    '--rootdir',
    tests.root,
    // pytest empties basetemp and makes it anew: a folder of its own, nothing else in it.
    `--basetemp=${pytestTemp}`,
    '--continue-on-collection-errors',
  ];
  let command: string;
  let argv: string[];
  const env = { ...runEnv, ...guardEnvironment(name, collectedReport) };
  if (testsFrom === 'checkout') {
    // The checkout must never be importable: pytest's importlib mode leaves sys.path alone (no rootdir or
    // test folder inserted), and the working directory stays off sys.path — `python -P` and
    // PYTHONSAFEPATH (for the tests' own child Pythons) on 3.11+, and before 3.11 the pytest console script,
    // whose sys.path[0] is the venv's scripts folder, not the working directory.
    pytestArgs.push('--import-mode=importlib');
    if (!tests.configFile) {
      // No pytest configuration in the checkout: an empty one, so none is picked up from its parents.
      const empty = join(work, 'pytest.ini');
      await writeFile(empty, '[pytest]\n');
      pytestArgs.push('-c', empty);
    }
    if (atLeastPython(pythonVersion, 3, 11)) {
      env.PYTHONSAFEPATH = '1';
      [command, argv] = [venv.python, ['-P', '-m', 'pytest', ...pytestArgs]];
    } else {
      [command, argv] = [venvScript(venv, 'pytest'), pytestArgs];
    }
  } else {
    [command, argv] = [venv.python, ['-m', 'pytest', ...pytestArgs]];
  }
  argv.push(...options.pytestArgs);
  const pytestOutput = lineLogger(logger);
  const pytest = await logger.group(
    `pytest ${tests.testsPaths.join(' ')} (Python ${before.python}, in the ${testsFrom === 'checkout' ? 'checkout' : 'copy of the tests'})`,
    async () => {
      try {
        return await run(command, argv, {
          cwd: tests.root,
          env,
          timeoutMs: options.pytestTimeoutMs ?? 60 * 60_000,
          okCodes: Array.from({ length: 256 }, (_, i) => i),
          label: 'pytest',
          onStdout: pytestOutput.write,
          onStderr: pytestOutput.write,
        });
      } finally {
        pytestOutput.flush();
      }
    },
  );
  const collected = await readGuardReport(collectedReport);
  if (collected) {
    const leak = guardFailure(collected, leakContext);
    if (leak) throw leak;
  }
  if (pytest.code === GUARD_EXIT_CODE || (![0, 1, 5].includes(pytest.code) && !existsSync(junitXml))) {
    const last =
      `${pytest.stdout}\n${pytest.stderr}`
        .trim()
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .slice(-1)[0] ?? '';
    throw new WheelwrightError('tests', `pytest could not run the tests (exit ${pytest.code}): ${last.trim()}`, {
      hint: pytest.code === 4 ? "check input 'pytest-args' and the pytest configuration" : 'pytest’s output is in the log above',
    });
  }
  const report: JunitReport = existsSync(junitXml)
    ? await readJunitXml(junitXml)
    : { counts: { passed: 0, failed: 0, errors: 0, skipped: 0, total: 0 }, cases: [] };
  const counts = report.counts;
  const source = resolve(workspace, testPaths.paths[0] ?? '.');
  const failures = report.cases
    .filter((c) => c.outcome === 'failed' || c.outcome === 'error')
    .map((c) => toFailure(c, tests, workspace, source));
  let outcome: CleanEnvTestResult['outcome'];
  let message: string;
  if (pytest.code === 5 || counts.passed + counts.failed + counts.errors === 0) {
    outcome = 'no-tests';
    message = `no tests ran for ${name} ${version} from '${tests.testsPaths.join(' ')}' (pytest exit ${pytest.code}): ${formatCounts(counts)}`;
  } else if (pytest.code !== 0 || counts.failed > 0 || counts.errors > 0) {
    outcome = 'failed';
    message = `tests of ${name} ${version} failed in the clean environment: ${formatCounts(counts)} (pytest exit ${pytest.code})`;
  } else {
    outcome = 'passed';
    message = `tests of ${name} ${version} passed in the clean environment: ${formatCounts(counts)}`;
  }
  if (release.manifest && release.manifestPath) {
    const [major = '', minor = ''] = pythonVersion.split('.');
    release.manifest.tests.push({
      python: `${major}.${minor}`,
      os: options.os ?? process.platform,
      passed: counts.passed,
      failed: counts.failed,
      errors: counts.errors,
      skipped: counts.skipped,
      index: store.name,
      at: new Date().toISOString(),
      testDependencies: dependencies.source,
      testsFrom,
    });
    await writeManifest(release.manifestPath, release.manifest);
  }
  await mkdir(resultsDir, { recursive: true });
  const results = { junitXml: join(resultsDir, basename(junitXml)), freeze: join(resultsDir, basename(freezePath)) };
  await rm(results.junitXml, { force: true });
  if (existsSync(junitXml)) await copyFile(junitXml, results.junitXml);
  await copyFile(freezePath, results.freeze);
  return {
    name,
    version,
    store: { name: store.name, url: storeUrl },
    file: { filename: file.filename, sha256: file.sha256 },
    extras,
    testDependencies: { source: dependencies.source, requirements: dependencies.requirements },
    tests: testPaths,
    testsFrom,
    python: { version: pythonVersion, executable: python.executable },
    installer: venv.installerVersion,
    outcome,
    message,
    pytestExitCode: pytest.code,
    counts,
    failures,
    installed,
    junitXml: results.junitXml,
    freeze: results.freeze,
    manifest: release.manifestPath,
    durationMs: performance.now() - started,
  };
}

/** pip 25.1 added `pip install --group`. */
function pipSupportsGroups(installerVersion: string): boolean {
  const match = /^pip (\d+)\.(\d+)/.exec(installerVersion);
  if (!match) return false;
  const major = Number(match[1]);
  return major > 25 || (major === 25 && Number(match[2]) >= 1);
}

/** The checkout's own tests folders, where pytest runs in `checkout` mode (nothing copied). */
async function locateTests(workspace: string, tests: readonly string[]): Promise<CopiedTests> {
  const testsPaths: string[] = [];
  for (const test of tests) {
    const inside = pathIn(resolve(workspace, test), workspace);
    if (inside === undefined)
      throw new InputError(`tests folder '${test}' is outside the checkout ${workspace}`, {
        hint: "give the tests folder relative to the checkout, or set 'tests-from: copy'",
      });
    if (!(await stat(resolve(workspace, test)).catch(() => undefined)))
      throw new InputError(`tests folder '${test}' does not exist in ${workspace}`, {
        hint: "set input 'tests' to the folder holding the test suite, relative to the checkout",
      });
    testsPaths.push(inside || '.');
  }
  return { root: workspace, testsPaths, configFile: await findPytestConfig(workspace) };
}

async function mkdirp(path: string): Promise<string> {
  await mkdir(path, { recursive: true });
  return path;
}

/** A run as the CLI and the pipeline report it: each failing test a warning on its file and line, then assertTestsPassed. */
export function reportTestRun(result: CleanEnvTestResult, logger: Logger): void {
  for (const failure of result.failures)
    logger.warning(`${failure.title}: ${failure.message}`, {
      ...(failure.file ? { file: failure.file } : {}),
      ...(failure.line ? { line: failure.line } : {}),
    });
  assertTestsPassed(result);
}

/** Fails (throws) unless the run passed: the step's failure, with the counts in its one line. */
export function assertTestsPassed(result: CleanEnvTestResult): void {
  if (result.outcome === 'passed') return;
  throw new WheelwrightError('tests', result.message, {
    options: [{ name: 'tests' }, { name: 'pytest-args' }],
    hint:
      result.outcome === 'no-tests'
        ? "pytest collected nothing: check input 'tests' and input 'pytest-args'"
        : 'the installed package fails its own tests: each failure is reported with its file and line',
  });
}
