/**
 * Where does the package under test import from? A small Python module, written into the test venv's
 * site-packages, answers that twice: once before the run (`python -c`, with the working directory and
 * sys.path the test run will have), and once as a pytest plugin after collection, when every conftest.py
 * and test module has run its module-level code — the moment a `sys.path.insert(0, <checkout>)` has
 * happened. Both write the same JSON report; the plugin stops the session when the package (or its
 * metadata) comes from outside the venv's site-packages.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { run } from '../process/index';
import type { Virtualenv } from './virtualenv';

export const GUARD_MODULE = '_wheelwright_clean_env_guard';
export const GUARD_CONFIG_VARIABLE = 'WHEELWRIGHT_CLEAN_ENV_GUARD';
/** pytest's exit status when the plugin stops the session (pytest.exit with an explicit code). */
export const GUARD_EXIT_CODE = 14;

const GUARD_SOURCE = `"""Wheelwright clean-env guard: does the package under test import from this environment?"""
import importlib
import json
import os
import sys
import sysconfig

_CONFIG = json.loads(os.environ.get("${GUARD_CONFIG_VARIABLE}") or "{}")


def _real(path):
    return os.path.normcase(os.path.realpath(path or os.getcwd()))


# sys.path as the interpreter (or pytest's -p plugin loading) set it up, before any conftest ran.
_START_PATH = [_real(entry) for entry in sys.path]


def _inside(path, root):
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _site_dirs():
    paths = sysconfig.get_paths()
    return sorted({_real(paths["purelib"]), _real(paths["platlib"])})


def _entry_for(location):
    best = None
    for entry in sys.path:
        real = _real(entry)
        if _inside(location, real) and (best is None or len(real) > len(best)):
            best = real
    return best


def _top_level(dist):
    names = set()
    for file in dist.files or []:
        parts = file.parts
        if not parts:
            continue
        first = parts[0]
        if first in ("..", "__pycache__") or first.endswith((".dist-info", ".data", ".egg-info", ".pth")):
            continue
        if len(parts) == 1:
            if first.endswith(".py"):
                names.add(first[:-3])
            elif first.endswith((".so", ".pyd")):
                names.add(first.split(".")[0])
        else:
            names.add(first)
    if not names:
        try:
            names = set((dist.read_text("top_level.txt") or "").split())
        except Exception:
            pass
    return sorted(name for name in names if name.isidentifier() and name != "${GUARD_MODULE}")


def inspect():
    import importlib.metadata as metadata

    site = _site_dirs()
    report = {
        "python": "%d.%d.%d" % sys.version_info[:3],
        "sitePackages": site,
        "pythonPath": [_real(p) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p],
        "cwd": _real(os.getcwd()),
        "modules": [],
        "problems": [],
    }
    try:
        dist = metadata.distribution(_CONFIG["distribution"])
    except metadata.PackageNotFoundError:
        report["problems"].append({"kind": "not-installed"})
        return report
    report["version"] = dist.version
    where = getattr(dist, "_path", None)
    if where is not None:
        report["metadataPath"] = _real(str(where))
        if not any(_inside(report["metadataPath"], root) for root in site):
            entry = _entry_for(report["metadataPath"])
            report["problems"].append(
                {"kind": "metadata", "location": report["metadataPath"], "entry": entry, "added": entry is not None and entry not in _START_PATH}
            )
    try:
        report["directUrl"] = json.loads(dist.read_text("direct_url.json") or "null")
    except Exception:
        report["directUrl"] = None
    for top in _top_level(dist):
        try:
            module = sys.modules.get(top) or importlib.import_module(top)
        except BaseException as error:  # the package's own import-time failure, reported as such
            report["problems"].append({"kind": "import", "module": top, "error": "%s: %s" % (type(error).__name__, error)})
            continue
        file = getattr(module, "__file__", None)
        locations = [_real(file)] if file else [_real(p) for p in getattr(module, "__path__", [])]
        report["modules"].append({"name": top, "locations": locations})
        for location in locations:
            if not any(_inside(location, root) for root in site):
                entry = _entry_for(location)
                report["problems"].append(
                    {"kind": "location", "module": top, "location": location, "entry": entry, "added": entry is not None and entry not in _START_PATH}
                )
    return report


def write_report(path, stage):
    report = inspect()
    report["stage"] = stage
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(report, handle)
    return report


def pytest_collection_finish(session):
    path = _CONFIG.get("report")
    if not path:
        return
    report = write_report(path, "collection")
    if any(problem["kind"] in ("location", "metadata") for problem in report["problems"]):
        import pytest

        pytest.exit("wheelwright: the package under test is not imported from the test environment", returncode=${GUARD_EXIT_CODE})
`;

export interface GuardProblem {
  kind: 'not-installed' | 'metadata' | 'import' | 'location';
  module?: string;
  location?: string;
  /** The sys.path entry the module (or metadata) was found through. */
  entry?: string | null;
  /** True when that entry was not on sys.path when Python (or pytest) started: a conftest or test module added it. */
  added?: boolean;
  error?: string;
}

export interface GuardReport {
  stage: 'before' | 'collection';
  python: string;
  sitePackages: string[];
  pythonPath: string[];
  cwd: string;
  version?: string;
  metadataPath?: string;
  directUrl?: { url?: string } | null;
  modules: { name: string; locations: string[] }[];
  problems: GuardProblem[];
}

/** Writes the guard module into the venv's site-packages; returns its folder. */
export async function installImportGuard(venv: Virtualenv): Promise<string> {
  const { stdout } = await run(venv.python, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], {
    env: venv.env,
    timeoutMs: 60_000,
    label: 'python sysconfig',
  });
  const purelib = stdout.trim();
  await writeFile(join(purelib, `${GUARD_MODULE}.py`), GUARD_SOURCE, 'utf8');
  return purelib;
}

/** The environment variable that configures the guard (module report path, distribution name). */
export function guardEnvironment(distribution: string, reportPath: string): Record<string, string> {
  return { [GUARD_CONFIG_VARIABLE]: JSON.stringify({ distribution, report: reportPath }) };
}

/**
 * Runs the guard once before the tests, as `python -c` in `cwd` (so sys.path[0] is the working
 * directory, as under `python -m pytest`) or, with `safePath`, as a script whose sys.path[0] is its own
 * folder; with the test run's environment.
 */
export async function inspectInstalledPackage(
  venv: Virtualenv,
  distribution: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; reportPath: string; safePath?: boolean },
): Promise<GuardReport> {
  const code = `import ${GUARD_MODULE} as guard; guard.write_report(${JSON.stringify(options.reportPath)}, "before")`;
  let args = ['-c', code];
  if (options.safePath) {
    // As a script in a folder of its own, sys.path[0] is that folder, not the working directory: the
    // way pytest starts in the checkout (python -P, or the console script before 3.11).
    const folder = join(dirname(options.reportPath), 'import-check');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'check.py'), `${code}\n`, 'utf8');
    args = [join(folder, 'check.py')];
  }
  await run(venv.python, args, {
    cwd: options.cwd,
    env: { ...options.env, ...guardEnvironment(distribution, options.reportPath) },
    timeoutMs: 300_000,
    label: 'python import check',
  });
  return readGuardReport(options.reportPath) as Promise<GuardReport>;
}

export async function readGuardReport(path: string): Promise<GuardReport | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as GuardReport;
  } catch {
    return undefined;
  }
}
