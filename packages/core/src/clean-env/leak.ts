/**
 * Turns the import guard's report into the one line a user needs: which module would come from where,
 * and the cause (PYTHONPATH, a sys.path change made by a conftest.py or test module, the package inside
 * the tests folder), or the package's own import failure, or a version that is not the pin.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WheelwrightError } from '../errors/index';
import { compareVersions, isValidVersion } from '../pep440/index';
import type { GuardReport } from '../venv/index';
import type { CopiedTests } from './tests-copy';

export function pathIn(path: string, root: string): string | undefined {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)) ? rel.split(sep).join('/') : undefined;
}

/** One line explaining why the package under test would not come from the test environment. */
export function guardFailure(
  report: GuardReport,
  context: { name: string; version: string; archive: string; copied: CopiedTests; workspace: string },
): WheelwrightError | undefined {
  const { name, version } = context;
  const where = (path: string) => {
    const inCheckout = pathIn(path, context.workspace);
    if (inCheckout !== undefined) return `the checkout (${inCheckout || '.'})`;
    const inCopy = pathIn(path, context.copied.root);
    if (inCopy !== undefined) return `the copied tests folder (${inCopy})`;
    return path;
  };
  for (const problem of report.problems) {
    if (problem.kind === 'not-installed') {
      return new WheelwrightError('python', `'${name}' is not installed in the test environment after the install step`, {
        hint: 'the file installed under another name; check the wheel metadata Name field',
      });
    }
    if (problem.kind !== 'location' && problem.kind !== 'metadata') continue;
    const location = problem.location ?? '';
    const entry = problem.entry ?? '';
    let cause: string;
    const holder = context.copied.testsPaths.find((path) => pathIn(location, resolve(context.copied.root, path)) !== undefined);
    if (holder !== undefined) {
      cause = `the tests folder '${holder}' contains the package itself`;
    } else if (entry && report.pythonPath.includes(entry)) {
      cause = `PYTHONPATH names ${where(entry)}`;
    } else if (problem.added) {
      cause = `a conftest.py or test module put ${where(entry)} on sys.path`;
    } else {
      cause = entry ? `sys.path holds ${where(entry)}` : 'it is not on sys.path at all';
    }
    const what = problem.kind === 'metadata' ? `the metadata of '${name}'` : `'${problem.module}'`;
    return new WheelwrightError(
      'tests',
      `checkout-import leak: ${what} would be imported from ${where(location)}, not from the installed ${name} ${version}, because ${cause} (found ${report.stage === 'before' ? 'before running pytest' : 'after pytest collected the tests'})`,
      {
        hint: 'tests must import the installed package: remove the sys.path change or PYTHONPATH entry, and keep the package out of the tests folder',
      },
    );
  }
  if (report.stage === 'before') {
    const broken = report.problems.find((problem) => problem.kind === 'import');
    if (broken) {
      return new WheelwrightError(
        'tests',
        `'${name}' ${version} does not import in the clean environment: '${broken.module}' raises ${broken.error}`,
        {
          hint: 'a module the package imports is missing from its dependencies (Requires-Dist) or the files of its wheel',
        },
      );
    }
  }
  if (report.version !== undefined && (!isValidVersion(report.version) || compareVersions(report.version, version) !== 0)) {
    return new WheelwrightError('tests', `the test environment has '${name}' ${report.version}, not the pinned ${version}`, {
      hint: 'the wheel’s metadata version differs from its filename; rebuild it',
    });
  }
  const url = report.directUrl?.url;
  if (url?.startsWith('file:')) {
    let installedFrom: string | undefined;
    try {
      installedFrom = fileURLToPath(url);
    } catch {
      installedFrom = undefined;
    }
    if (installedFrom !== undefined && resolve(installedFrom) !== resolve(context.archive)) {
      return new WheelwrightError('tests', `'${name}' was installed from ${installedFrom}, not from the store's file`, {
        hint: 'this is a bug in Wheelwright: the install must use the downloaded file',
      });
    }
  }
  return undefined;
}
