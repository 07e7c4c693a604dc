import type { InstallerKind } from '../venv/index';
import type { TestCounts } from './junit';

/** The action's inputs, camelCase; the CLI passes the same. */
export interface CleanEnvTestOptions {
  /** Release manifest path (from build-wheel/publish); names package, version and store, and receives the results. */
  manifest?: string;
  package?: string;
  /** The exact version to test (a pin, not a range). */
  version?: string;
  /** The store: folder, file:// or simple index URL. Empty: the manifest's last store. */
  indexUrl?: string;
  /** Indexes for dependencies (never for the package under test); the first is pip's --index-url. Empty: no index. */
  extraIndexUrl: readonly string[];
  /** Folders or URLs of wheels for dependencies. */
  findLinks: readonly string[];
  /** Extras to install besides those the test dependencies name. */
  extras?: readonly string[];
  /**
   * Where the test dependencies come from: `auto` (default: the first of a `test`/`tests`/`testing`
   * dependency group, a test extra, a test requirements file, tox deps, a `dev` group), `none`,
   * `group:<name>`, `extra:<name>`, `requirements:<path>`, `tox`.
   */
  testDependencies?: string;
  /**
   * `checkout` (default): pytest runs in the checkout, as its developers run it, with the checkout kept
   * off sys.path; `copy`: the tests folder is copied out of the checkout first.
   */
  testsFrom?: 'checkout' | 'copy';
  /** Where the JUnit XML and the freeze are written (they are outputs and outlive the run); default tempDir. */
  resultsDir?: string;
  /** Keep the work folder (venv, downloads, pytest's temporary files) for debugging; its path is logged. */
  keepTemp?: boolean;
  /** A requirements file (relative to the checkout) with further test dependencies. */
  testRequirements?: string;
  /**
   * The tests folder, relative to the checkout; empty or unset: pytest's configured testpaths (pytest.toml,
   * pytest.ini, pyproject.toml, tox.ini, setup.cfg), else a `tests` or `test` folder.
   */
  tests?: string;
  /** Interpreter command or path; empty: python3/python from PATH. */
  python?: string;
  pytestArgs: readonly string[];
  installer: InstallerKind;
  /** The checkout (GITHUB_WORKSPACE). */
  workspace: string;
  /** Where the work folder goes (RUNNER_TEMP); it is removed at the end, passed or failed. */
  tempDir: string;
  /** For the manifest's test record (RUNNER_OS). */
  os?: string;
  /** The environment the step runs in (default process.env); pip/uv settings in it are ignored. */
  env?: NodeJS.ProcessEnv;
  /** Time-out of the pytest run (default 60 min). */
  pytestTimeoutMs?: number;
}

export interface TestFailure {
  id: string;
  outcome: 'failed' | 'error';
  /** The test file in the checkout, relative to its root, `/`-separated. */
  file: string | undefined;
  line: number | undefined;
  title: string;
  /** The failure's message (the assertion, the exception). */
  message: string;
  /** pytest's traceback text, paths of the temporary copy shown relative to the checkout. */
  details: string;
}

export interface InstalledDistribution {
  name: string;
  version: string;
}

export interface CleanEnvTestResult {
  name: string;
  version: string;
  /** The store's name and its index URL (no credentials). */
  store: { name: string; url: string };
  /** The file installed: from the store, hash-checked against its index. */
  file: { filename: string; sha256: string };
  extras: string[];
  /** The source of the test dependencies (`dependency group 'test' (pyproject.toml)`) and its requirements. */
  testDependencies: { source: string; requirements: string[] };
  /** The paths pytest ran and where they came from (the tests input, the configured testpaths, a default folder). */
  tests: { paths: string[]; source: string };
  testsFrom: 'checkout' | 'copy';
  python: { version: string; executable: string };
  installer: string;
  /** `passed` only when every collected test passed or was skipped and at least one passed. */
  outcome: 'passed' | 'failed' | 'no-tests';
  /** One line for the step's result: what ran and the counts. */
  message: string;
  pytestExitCode: number;
  counts: TestCounts;
  failures: TestFailure[];
  installed: InstalledDistribution[];
  junitXml: string;
  freeze: string;
  /** The updated manifest's path, when one was given. */
  manifest: string | undefined;
  durationMs: number;
}
