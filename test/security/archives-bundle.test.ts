/**
 * A hostile sdist through build-wheel's bundle, as the runner runs it: a project whose in-tree PEP 517
 * backend (setuptools underneath) appends links, devices, escaping names, a setuid file and a name that
 * tries to forge a workflow command to the sdist it builds. Before, that sdist passed (exit 0) and
 * shipped; now the build fails, every rule is annotated, the forged line never starts a line of output,
 * and nothing reaches the output folder.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-harness';
import { PYTHON } from '../support/python';
import { writeProject } from '../support/python-project';

const BACKEND = `import io
import json
import os
import tarfile

from setuptools import build_meta as _orig
from setuptools.build_meta import *  # noqa: F401,F403

TYPES = {"file": tarfile.REGTYPE, "symlink": tarfile.SYMTYPE, "hardlink": tarfile.LNKTYPE,
         "fifo": tarfile.FIFOTYPE, "chr": tarfile.CHRTYPE}


def build_sdist(sdist_directory, config_settings=None):
    name = _orig.build_sdist(sdist_directory, config_settings)
    path = os.path.join(sdist_directory, name)
    top = name[: -len(".tar.gz")]
    with tarfile.open(path) as t:
        kept = [(m, t.extractfile(m).read() if m.isfile() else None) for m in t.getmembers()]
    with open(os.path.join(os.path.dirname(__file__), "hostile.json")) as f:
        extra = json.load(f)
    with tarfile.open(path, "w:gz", format=tarfile.PAX_FORMAT) as t:
        for member, data in kept:
            t.addfile(member, io.BytesIO(data) if data is not None else None)
        for spec in extra:
            info = tarfile.TarInfo(spec["name"].replace("{top}", top))
            info.type = TYPES[spec["type"]]
            info.linkname = spec.get("link", "")
            info.mode = spec.get("mode", 0o644)
            data = spec.get("data", "").encode()
            info.size = len(data) if info.type == tarfile.REGTYPE else 0
            t.addfile(info, io.BytesIO(data) if info.size else None)
    return name
`;

const HOSTILE = [
  { name: '{top}/passwd', type: 'symlink', link: '../../../../etc/passwd' },
  { name: '{top}/shadow', type: 'hardlink', link: '/etc/shadow' },
  { name: '{top}/pipe', type: 'fifo' },
  { name: '{top}/null', type: 'chr' },
  { name: '{top}/../../escaped.py', type: 'file', data: 'print("outside")\n' },
  { name: '/tmp/absolute.py', type: 'file', data: 'x\n' },
  { name: '{top}/run.sh', type: 'file', mode: 0o4755, data: '#!/bin/sh\n' },
  { name: '{top}/a\n::error::forged by an archive member.py', type: 'file', data: '' },
];

describe('build-wheel refuses an sdist its backend made hostile', () => {
  let dir: string;
  let run: ActionRun;
  beforeAll(async () => {
    const project = writeProject(mkdtempSync(join(tmpdir(), 'ww-hostile-backend-')), {
      kind: 'static-version',
      name: 'wwhostile',
      files: {
        'pyproject.toml': `[build-system]
requires = ["setuptools>=61"]
build-backend = "hostile_backend"
backend-path = ["_build"]

[project]
name = "wwhostile"
version = "1.0.0"
description = "x"
readme = "README.md"
`,
        '_build/hostile_backend.py': BACKEND,
        '_build/hostile.json': JSON.stringify(HOSTILE),
      },
    });
    dir = project.dir;
    // A name without separators: Debian's setuptools 66 and newer ones spell the sdist's top folder alike.
    // sdist only: pypa/build would otherwise extract this very sdist to build the wheel from it.
    run = await runAction('build-wheel', {
      workspace: dir,
      inputs: { python: PYTHON, isolation: false, wheel: false, docs: false },
      env: { PIP_CONFIG_FILE: '/dev/null', SOURCE_DATE_EPOCH: undefined },
      timeoutMs: 240_000,
    });
  }, 240_000);

  it('fails, with a hard finding for every kind of hostile member', () => {
    expect(run.exitCode).toBe(1);
    const text = run.errors.join('\n');
    for (const rule of ['X002', 'X005', 'X006', 'X007', 'X008']) expect(text).toContain(` ${rule} `);
    expect(text).toContain('wwhostile-1.0.0/passwd -> ../../../../etc/passwd (symlink, target outside the archive)');
    expect(text).toContain('wwhostile-1.0.0/shadow -> /etc/shadow (hardlink, absolute target)');
    expect(text).toContain('wwhostile-1.0.0/pipe (fifo)');
    expect(text).toContain('wwhostile-1.0.0/null (character-device)');
    expect(text).toContain('/tmp/absolute.py (absolute)');
    expect(text).toContain('wwhostile-1.0.0/run.sh (mode 4755)');
  });

  it('shows the forging name escaped, and no line of output is the forged command', () => {
    expect(run.errors.join('\n')).toContain('"wwhostile-1.0.0/a\\u000a::error::forged by an archive member.py"');
    expect(run.summary).toContain('\\u000a::error::forged');
    const lines = `${run.stdout}\n${run.stderr}\n${run.summary}`.split(/\r?\n/);
    expect(lines.filter((line) => line.startsWith('::error::forged'))).toEqual([]);
    expect(run.errors.filter((message) => message.startsWith('forged'))).toEqual([]);
  });

  it('leaves nothing in the output folder', () => {
    expect(existsSync(join(dir, 'dist')) ? readdirSync(join(dir, 'dist')) : []).toEqual([]);
  });
});

/** build_wheel appends zip entries: a `..` name, a backslash name, a symlink, a duplicate, a forging name. */
const WHEEL_BACKEND = `import os
import zipfile

from setuptools import build_meta as _orig
from setuptools.build_meta import *  # noqa: F401,F403


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    name = _orig.build_wheel(wheel_directory, config_settings, metadata_directory)
    path = os.path.join(wheel_directory, name)
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("../../escaped.py", "print('outside')\\n")
        z.writestr("wwzip\\\\..\\\\..\\\\evil.py", "x")
        link = zipfile.ZipInfo("wwzip/passwd")
        link.create_system = 3
        link.external_attr = 0o120777 << 16
        z.writestr(link, "../../../etc/passwd")
        z.writestr("wwzip/__init__.py", "import os  # a second copy")
        z.writestr("wwzip/b\\n::error::forged by a wheel member.py", "")
    return name
`;

describe('build-wheel refuses a wheel its backend made hostile', () => {
  let dir: string;
  let run: ActionRun;
  beforeAll(async () => {
    const project = writeProject(mkdtempSync(join(tmpdir(), 'ww-hostile-wheel-')), {
      kind: 'static-version',
      name: 'wwzip',
      files: {
        'pyproject.toml': `[build-system]
requires = ["setuptools>=61"]
build-backend = "hostile_wheel"
backend-path = ["_build"]

[project]
name = "wwzip"
version = "1.0.0"
description = "x"
readme = "README.md"

[tool.setuptools.packages.find]
where = ["src"]
`,
        'src/wwzip/__init__.py': '',
        '_build/hostile_wheel.py': WHEEL_BACKEND,
      },
    });
    dir = project.dir;
    run = await runAction('build-wheel', {
      workspace: dir,
      inputs: { python: PYTHON, isolation: false, sdist: false, docs: false },
      env: { PIP_CONFIG_FILE: '/dev/null', SOURCE_DATE_EPOCH: undefined },
      timeoutMs: 240_000,
    });
  }, 240_000);

  it('fails with X002, X003, X005 and X008, names escaped, nothing written', () => {
    expect(run.exitCode).toBe(1);
    const text = run.errors.join('\n');
    for (const rule of ['X002', 'X003', 'X005', 'X008']) expect(text).toContain(` ${rule} `);
    expect(text).toContain('../../escaped.py (escapes with ..)');
    expect(text).toContain('wwzip\\..\\..\\evil.py (backslash)');
    expect(text).toContain('"wwzip/b\\u000a::error::forged by a wheel member.py"');
    const lines = `${run.stdout}\n${run.stderr}\n${run.summary}`.split(/\r?\n/);
    expect(lines.filter((line) => line.startsWith('::error::forged'))).toEqual([]);
    expect(existsSync(join(dir, 'dist')) ? readdirSync(join(dir, 'dist')) : []).toEqual([]);
  });
});
