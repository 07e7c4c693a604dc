/**
 * The releases clean-env-test's tests install: real projects (test/support/python-project.ts) built
 * once by setuptools and published into one file-index store, then tested against checkouts that
 * differ only in their tests folder — the wheels are shared by every case.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openStore, readLocalArtefact } from '@wheelwright/core/store';
import { cleanPythonEnv, PYTHON } from '../support/python';
import { writeProject } from '../support/python-project';

const execFileAsync = promisify(execFile);

export interface PublishedRelease {
  name: string;
  version: string;
  /** The built wheel (also in the store). */
  wheel: string;
  /** The project's source tree (its own tests folder included). */
  source: string;
}

/** Static-version setuptools project with optional `testing` extra and a console script. */
function setuptoolsProject(name: string, extra = ''): string {
  const module = name.replace(/-/g, '_');
  return `[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "${name}"
version = "1.0.0"
requires-python = ">=3.9"
dependencies = ["packaging>=20"]

[project.optional-dependencies]
testing = ["iniconfig"]

[project.scripts]
${name} = "${module}.cli:main"
${extra}`;
}

export const GOOD_TESTS: Record<string, string> = {
  'tests/conftest.py': 'import pytest\n\n\n@pytest.fixture\ndef answer():\n    return 42\n',
  'tests/data/expected.txt': 'forty-two\n',
  'tests/test_good.py': `import subprocess
from pathlib import Path

import pytest

import ww_good


def test_value(answer):
    assert ww_good.VALUE == answer


def test_data_copied_with_the_tests():
    assert (Path(__file__).parent / "data" / "expected.txt").read_text().strip() == "forty-two"


def test_console_script_on_path():
    assert subprocess.run(["ww-good"], capture_output=True, text=True, check=True).stdout.strip() == "42"


@pytest.mark.skip(reason="shows up as skipped")
def test_skipped():
    pass
`,
};

/** A failing test at a known line (line 6: the assert), plus a passing one. */
export const FAILING_TESTS: Record<string, string> = {
  'tests/test_fail.py':
    'import ww_good\n\n\ndef test_wrong_answer():\n    expected = 41\n    assert ww_good.VALUE == expected\n\n\ndef test_right():\n    assert ww_good.VALUE == 42\n',
};

export type ReleaseKey = 'good' | 'data' | 'undeclared';

/** Builds and publishes the releases (all, or `only` some), in parallel. */
export async function buildReleases(
  only?: readonly ReleaseKey[],
): Promise<{ store: string; releases: Record<ReleaseKey, PublishedRelease> }> {
  const root = mkdtempSync(join(tmpdir(), 'ww-clean-env-releases-'));
  const store = join(root, 'store', 'unstable');
  mkdirSync(store, { recursive: true });
  const projects = {
    good: writeProject(join(root, 'good'), {
      kind: 'static-version',
      name: 'ww-good',
      git: false,
      files: {
        'pyproject.toml': setuptoolsProject('ww-good'),
        'src/ww_good/__init__.py': 'VALUE = 42\n',
        'src/ww_good/cli.py': 'from ww_good import VALUE\n\n\ndef main():\n    print(VALUE)\n',
        ...GOOD_TESTS,
      },
    }),
    // setuptools without setuptools_scm or MANIFEST.in: the JSON beside the module never reaches the wheel.
    data: writeProject(join(root, 'data'), {
      kind: 'data-not-in-sdist',
      name: 'ww-data',
      git: false,
      files: {
        'src/ww_data/settings.py':
          'import json\nfrom importlib.resources import files\n\n\ndef defaults():\n    return json.loads(files(__package__).joinpath("data/defaults.json").read_text())\n',
        'tests/test_data.py':
          'from ww_data.settings import defaults\n\n\ndef test_defaults():\n    assert defaults() == {"colour": "blue"}\n',
      },
    }),
    // Imports six without declaring it: fine in a developer's venv that happens to have six.
    undeclared: writeProject(join(root, 'undeclared'), {
      kind: 'static-version',
      name: 'ww-undeclared',
      git: false,
      files: {
        'pyproject.toml': setuptoolsProject('ww-undeclared'),
        'src/ww_undeclared/__init__.py': 'import six\n\nVALUE = six.text_type("x")\n',
        'src/ww_undeclared/cli.py': 'def main():\n    pass\n',
        'tests/test_undeclared.py': 'import ww_undeclared\n\n\ndef test_value():\n    assert ww_undeclared.VALUE == "x"\n',
      },
    }),
  };
  const opened = await openStore({ url: store, name: 'unstable' });
  const releases = {} as Record<ReleaseKey, PublishedRelease>;
  await Promise.all(
    Object.entries(projects)
      .filter(([key]) => only === undefined || only.includes(key as ReleaseKey))
      .map(async ([key, project]) => {
        const out = join(project.dir, 'dist');
        await execFileAsync(PYTHON, ['-m', 'build', '--wheel', '--no-isolation', '--outdir', out, project.dir], {
          env: cleanPythonEnv(),
          timeout: 120_000,
        });
        const wheel = join(out, readdirSync(out).find((f) => f.endsWith('.whl')) ?? '');
        await opened.upload(await readLocalArtefact(wheel));
        releases[key as keyof typeof releases] = { name: project.name, version: '1.0.0', wheel, source: project.dir };
      }),
  );
  return { store, releases };
}

/** A checkout holding only the given files (a tests folder, a conftest, a src copy…). */
export function writeCheckout(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ww-clean-env-checkout-'));
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}
