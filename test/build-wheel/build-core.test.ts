/** Small pure parts of the build core: pypa/build arguments, pretend variables, classifiers, failure lines. */
import {
  backendReason,
  buildArguments,
  buildFailure,
  chooseSourceDateEpoch,
  fileTree,
  pretendVersionVariables,
  pythonVersionsFromClassifiers,
  redactUrl,
} from '@wheelwright/core/build';
import { describe, expect, it } from 'vitest';

const base = {
  python: 'python3',
  projectDir: '/p',
  outDir: '/o',
  isolation: true,
  skipDependencyCheck: false,
  configSettings: [] as string[],
  env: {},
};

describe('buildArguments', () => {
  it.each([
    // Neither flag: pypa/build builds the sdist, then the wheel from it; both flags would build both from the tree.
    [{ sdist: true, wheel: true }, ['-m', 'build', '--outdir', '/o', '/p']],
    [{ sdist: true, wheel: false }, ['-m', 'build', '--sdist', '--outdir', '/o', '/p']],
    [{ sdist: false, wheel: true }, ['-m', 'build', '--wheel', '--outdir', '/o', '/p']],
    [
      {
        sdist: true,
        wheel: true,
        isolation: false,
        skipDependencyCheck: true,
        configSettings: ['--build-option=--quiet', 'editable_mode=compat'],
      },
      [
        '-m',
        'build',
        '--no-isolation',
        '--skip-dependency-check',
        '--config-setting=--build-option=--quiet',
        '--config-setting=editable_mode=compat',
        '--outdir',
        '/o',
        '/p',
      ],
    ],
  ])('%j', (options, expected) => {
    expect(buildArguments({ ...base, ...options })).toEqual(expected);
  });
});

describe('pretendVersionVariables (setuptools_scm 8+ canonical name, 7.1 upper-cased name)', () => {
  it.each([
    ['ww-sample', { SETUPTOOLS_SCM_PRETEND_VERSION_FOR_WW_SAMPLE: '1.0', 'SETUPTOOLS_SCM_PRETEND_VERSION_FOR_WW-SAMPLE': '1.0' }],
    ['My.Pkg-Name', { SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_PKG_NAME: '1.0', 'SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY.PKG-NAME': '1.0' }],
    ['simple', { SETUPTOOLS_SCM_PRETEND_VERSION_FOR_SIMPLE: '1.0' }],
    [undefined, { SETUPTOOLS_SCM_PRETEND_VERSION: '1.0' }],
  ])('%s', (name, expected) => {
    expect(pretendVersionVariables('1.0', name)).toEqual(expected);
  });
});

describe('chooseSourceDateEpoch', () => {
  it('prefers the input, then the environment, then the last commit', () => {
    expect(chooseSourceDateEpoch('1700000000', { SOURCE_DATE_EPOCH: '1' }, { commitTime: '2' })).toBe('1700000000');
    expect(chooseSourceDateEpoch('', { SOURCE_DATE_EPOCH: '1600000000' }, { commitTime: '2' })).toBe('1600000000');
    expect(chooseSourceDateEpoch(undefined, {}, { commitTime: '1650000000' })).toBe('1650000000');
    expect(chooseSourceDateEpoch(undefined, {}, {})).toBeUndefined();
  });
  it('rejects times zip cannot store', () => {
    expect(() => chooseSourceDateEpoch('100', {}, {})).toThrow(
      "input 'source-date-epoch' 100 is before 1980-01-01, which zip files cannot store",
    );
  });
});

describe('small helpers', () => {
  it('reads Python versions from trove classifiers, numerically sorted', () => {
    expect(
      pythonVersionsFromClassifiers([
        'Programming Language :: Python :: 3.10',
        'Programming Language :: Python :: 3',
        'Programming Language :: Python :: 3.9',
        'Programming Language :: Python :: 3 :: Only',
        'Programming Language :: Python :: 3.13',
      ]),
    ).toEqual(['3.9', '3.10', '3.13']);
  });

  it('redacts credentials in URLs', () => {
    expect(redactUrl('https://user:secret@pypi.example/simple')).toBe('https://***@pypi.example/simple');
    expect(redactUrl('file:///opt/pypi/simple')).toBe('file:///opt/pypi/simple');
  });

  it("picks the backend's exception over pypa/build's generic line", () => {
    expect(
      backendReason([
        '* Getting build dependencies for sdist...',
        'Traceback (most recent call last):',
        'ValueError: the backend broke',
        '',
        'ERROR Backend subprocess exited when trying to invoke get_requires_for_build_sdist',
      ]),
    ).toBe('ValueError: the backend broke');
    expect(backendReason(['ERROR Missing dependencies:', '\thatchling', '\teditables>=0.3'])).toBe(
      'Missing dependencies: hatchling, editables>=0.3',
    );
  });

  it.each([
    [
      'pypa/build 1.x (pip output prefixed with `< `)',
      [
        '* Installing packages in isolated environment:',
        '  - setuptools-git>=0.3',
        '< ERROR: Could not find a version that satisfies the requirement setuptools-git>=0.3 (from versions: none)',
        '< ERROR: No matching distribution found for setuptools-git>=0.3',
        'Traceback (most recent call last):',
        "subprocess.CalledProcessError: Command '['/t/bin/python', '-m', 'pip', 'install', '-r', '/tmp/build-requirements-x.txt']' returned non-zero exit status 1.",
        "ERROR Command '['/t/bin/python', '-m', 'pip', 'install', '-r', '/tmp/build-requirements-x.txt']' returned non-zero exit status 1.",
      ],
      { kind: 'requirements', line: 'No matching distribution found for setuptools-git>=0.3' },
    ],
    [
      'pypa/build 0.9 (pip output as is)',
      [
        'ERROR: Could not find a version that satisfies the requirement setuptools-git>=0.3 (from versions: none)',
        'ERROR: No matching distribution found for setuptools-git>=0.3',
        "subprocess.CalledProcessError: Command '['/t/bin/python', '-Im', 'pip', 'install']' returned non-zero exit status 1.",
        "ERROR Command '['/t/bin/python', '-Im', 'pip', 'install']' returned non-zero exit status 1.",
      ],
      { kind: 'requirements', line: 'No matching distribution found for setuptools-git>=0.3' },
    ],
    [
      'a resolver conflict: the line naming the clash, not ResolutionImpossible',
      [
        '< ERROR: Cannot install a==1 and b==2 because these package versions have conflicting dependencies.',
        '< ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/',
        "subprocess.CalledProcessError: Command '['/t/bin/python', '-m', 'pip']' returned non-zero exit status 1.",
      ],
      { kind: 'requirements', line: 'Cannot install a==1 and b==2 because these package versions have conflicting dependencies.' },
    ],
    [
      "the backend's exception, pypa/build's TIP and generic lines skipped",
      [
        '* Getting build dependencies for sdist...',
        'RuntimeError: the backend cannot find VERSION file',
        'TIP pass --env-dir and --sdist-extract-dir to keep the build environment',
        'ERROR Backend subprocess exited when trying to invoke get_requires_for_build_sdist',
      ],
      { kind: 'backend', line: 'RuntimeError: the backend cannot find VERSION file' },
    ],
  ])('finds the root cause of a failed build: %s', (_name, output, expected) => {
    expect(buildFailure(output)).toEqual(expected);
  });

  it('draws a file tree, folders first', () => {
    expect(fileTree(['b/z.py', 'b/a/x.py', 'top.py', 'a-1.0.dist-info/RECORD'])).toBe(
      'a-1.0.dist-info/\n  RECORD\nb/\n  a/\n    x.py\n  z.py\ntop.py',
    );
  });
});
