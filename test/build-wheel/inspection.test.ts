/**
 * The inspection rules on crafted archives (written by Python's zipfile, so the reader meets the
 * encoder pip and setuptools use), table-driven, and checked against the reference tools: packaging's
 * Requirement parser for PEP 508 and Debian's twine 4.0.2 for `twine check`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRequirement, type Finding, inspectRelease } from '@wheelwright/core/distribution';
import { describe, expect, it } from 'vitest';
import { run as runProcess } from '../support/processes';
import { cleanPythonEnv, PYTHON } from '../support/python';

const dir = mkdtempSync(join(tmpdir(), 'ww-inspect-'));

/**
 * Writes wheels from a JSON spec: members (path → text), a RECORD computed from them unless `record`
 * is given, and an optional list of extra raw entries (duplicates).
 */
const WRITE_WHEELS = String.raw`
import base64, hashlib, json, sys, warnings, zipfile
warnings.simplefilter("ignore")
out = sys.argv[1]
for spec in json.loads(sys.stdin.read()):
    name = spec["filename"]
    di = spec.get("distInfo", name.split("-")[0] + "-" + name.split("-")[1] + ".dist-info")
    members = dict(spec["members"])
    members.setdefault(di + "/METADATA", spec.get("metadata", "Metadata-Version: 2.1\nName: %s\nVersion: %s\nDescription-Content-Type: text/markdown\n\n# x\n" % (name.split("-")[0], name.split("-")[1])))
    members.setdefault(di + "/WHEEL", "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
    rows = []
    for path, text in members.items():
        data = text.encode()
        rows.append("%s,sha256=%s,%d" % (path, base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode(), len(data)))
    rows.append(di + "/RECORD,,")
    record = spec.get("record", "\n".join(rows) + "\n")
    with zipfile.ZipFile(out + "/" + name, "w") as z:
        for path, text in members.items():
            z.writestr(path, text)
        for path, text in spec.get("extra", []):
            z.writestr(path, text)
        if record is not None:
            z.writestr(di + "/RECORD", record)
`;

interface WheelSpec {
  filename: string;
  members: Record<string, string>;
  metadata?: string;
  record?: string | null;
  extra?: [string, string][];
  distInfo?: string;
}

function writeWheels(specs: WheelSpec[]): void {
  execFileSync(PYTHON, ['-c', WRITE_WHEELS, dir], { input: JSON.stringify(specs) });
}

async function rules(filename: string): Promise<string[]> {
  const report = await inspectRelease({ wheel: join(dir, filename) });
  return [...new Set(report.findings.map((finding: Finding) => `${finding.rule}:${finding.severity}`))].sort();
}

describe('PEP 508 Requires-Dist, checked against packaging.requirements', () => {
  const cases = [
    'requests',
    'requests[security,socks]>=2.8.1,==2.8.*; python_version < "2.7"',
    'name@ http://foo.com',
    'name [fred,bar] @ http://foo.com ; python_version=="2.7"',
    'pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee9982d4bbb3c72346a6de940a148ea686',
    'foo (>=1.0)',
    'foo; os_name=="a" or (os_name=="b" and extra == "x")',
    "packaging>=20; python_version >= '3.8'",
    'foo>=1.0,<2; sys_platform in "linux darwin"',
    'foo >= ',
    'foo; bogus_var == "1"',
    'foo bar',
    '[x]',
    'foo; python_version',
    'foo==1.0.0rc1',
    'foo~=1',
  ];
  const reference = JSON.parse(
    execFileSync(
      PYTHON,
      [
        '-c',
        'import json,sys\nfrom packaging.requirements import Requirement\nout=[]\nfor s in json.load(sys.stdin):\n    try:\n        Requirement(s); out.append(True)\n    except Exception:\n        out.append(False)\nprint(json.dumps(out))',
      ],
      { input: JSON.stringify(cases), encoding: 'utf8' },
    ),
  ) as boolean[];
  it.each(cases.map((text, index) => [text, reference[index]] as const))('%s → valid: %s', (text, valid) => {
    expect(checkRequirement(text) === undefined).toBe(valid);
  });
});

describe('wheel rules on crafted wheels', () => {
  const specs: WheelSpec[] = [
    { filename: 'good-1.0-py3-none-any.whl', members: { 'good/__init__.py': '', 'good/data/x.json': '{}' } },
    { filename: 'pyc-1.0-py3-none-any.whl', members: { 'pyc/__init__.py': '', 'pyc/__pycache__/__init__.cpython-311.pyc': 'x' } },
    { filename: 'unsafe-1.0-py3-none-any.whl', members: { 'unsafe/__init__.py': '', '../evil.py': 'x', '/abs.py': 'y' } },
    { filename: 'dup-1.0-py3-none-any.whl', members: { 'dup/__init__.py': '' }, extra: [['dup/__init__.py', 'again']] },
    {
      filename: 'tags-1.0-py3-none-any.whl',
      members: {
        'tags/__init__.py': '',
        'tags-1.0.dist-info/WHEEL': 'Wheel-Version: 2.0\nRoot-Is-Purelib: maybe\nTag: cp311-cp311-linux_x86_64\n',
      },
    },
    { filename: 'norecord-1.0-py3-none-any.whl', members: { 'norecord/__init__.py': '' }, record: null },
    { filename: 'unlisted-1.0-py3-none-any.whl', members: { 'unlisted/__init__.py': '' }, extra: [['unlisted/extra.py', 'x = 1']] },
    {
      filename: 'tampered-1.0-py3-none-any.whl',
      members: { 'tampered/__init__.py': 'A = 1\n' },
      record: 'tampered/__init__.py,sha256=AAAA,6\ntampered/gone.py,sha256=AAAA,1\ntampered-1.0.dist-info/METADATA,,\n',
    },
    { filename: 'stray-1.0-py3-none-any.whl', members: { 'stray/__init__.py': '', 'stray/.DS_Store': 'x', 'stray/mod.py~': 'y' } },
    {
      filename: 'layout-1.0-py3-none-any.whl',
      members: { '__init__.py': '', 'README.txt': 'x', 'my-pkg/mod.py': '', 'tests/test_x.py': '' },
    },
    { filename: 'wrongdir-1.0-py3-none-any.whl', members: { 'wrongdir/__init__.py': '' }, distInfo: 'other-2.0.dist-info' },
    // Files real projects ship on purpose (setuptools-scm ships .git_archival.txt; dash .gitkeep; jupyterlab
    // package.json.orig; typed packages py.typed, .pyi and licenses in .dist-info/licenses/).
    {
      filename: 'onpurpose-1.0-py3-none-any.whl',
      members: {
        'onpurpose/__init__.py': '',
        'onpurpose/.git_archival.txt': 'node: $Format:%H$\n',
        'onpurpose/.gitignore': '*.tmp\n',
        'onpurpose/static/.gitkeep': '',
        'onpurpose/schemas/package.json.orig': '{}',
        'onpurpose/py.typed': 'partial\n',
        'onpurpose/__init__.pyi': 'x: int\n',
        'onpurpose-1.0.dist-info/licenses/LICENSE': 'MIT\n',
      },
    },
    // Droppings: VCS folders, AppleDouble, swap files, rejected hunks.
    {
      filename: 'droppings-1.0-py3-none-any.whl',
      members: {
        'droppings/__init__.py': '',
        'droppings/.git/HEAD': 'ref',
        'droppings/._icon.png': 'x',
        'droppings/.mod.py.swp': 'y',
        'droppings/mod.py.rej': 'z',
      },
    },
    // maturin writes one compressed Tag line; auditwheel's .libs, stub packages and mypyc's runtime module.
    {
      filename: 'maturin-1.0-cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      members: {
        'maturin/__init__.py': '',
        'maturin-1.0.dist-info/WHEEL':
          'Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64\n',
        'maturin.libs/libz-1234.so.1': 'elf',
        'maturin-stubs/__init__.pyi': '',
        '0123abcd__mypyc.cpython-311-x86_64-linux-gnu.so': 'elf runtime',
      },
    },
    {
      filename: 'renamed-1.0-cp311-cp311-manylinux2014_x86_64.whl',
      members: {
        'renamed/__init__.py': '',
        'renamed-1.0.dist-info/WHEEL': 'Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: cp311-cp311-linux_x86_64\n',
      },
    },
    {
      filename: 'fewertags-1.0-py2.py3-none-any.whl',
      members: {
        'fewertags/__init__.py': '',
        'fewertags-1.0.dist-info/WHEEL': 'Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
      },
    },
  ];
  writeWheels(specs);

  it.each([
    ['good-1.0-py3-none-any.whl', []],
    ['pyc-1.0-py3-none-any.whl', ['W001:error']],
    ['unsafe-1.0-py3-none-any.whl', ['W004:soft', 'W008:soft', 'X002:error']],
    ['dup-1.0-py3-none-any.whl', ['R002:error', 'X003:error']],
    ['tags-1.0-py3-none-any.whl', ['K002:error', 'K003:error', 'K004:error']],
    ['norecord-1.0-py3-none-any.whl', ['R001:error']],
    ['unlisted-1.0-py3-none-any.whl', ['R003:error']],
    // WHEEL is not in the hand-written RECORD either (R003).
    ['tampered-1.0-py3-none-any.whl', ['R002:error', 'R003:error', 'R004:error', 'R005:error']],
    ['stray-1.0-py3-none-any.whl', ['X001:soft']],
    ['layout-1.0-py3-none-any.whl', ['W003:soft', 'W004:soft', 'W005:error', 'W006:soft', 'W008:soft']],
    ['wrongdir-1.0-py3-none-any.whl', ['X004:error']],
    ['onpurpose-1.0-py3-none-any.whl', []],
    ['droppings-1.0-py3-none-any.whl', ['X001:soft']],
    ['maturin-1.0-cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', []],
    ['renamed-1.0-cp311-cp311-manylinux2014_x86_64.whl', ['K004:error']],
    ['fewertags-1.0-py2.py3-none-any.whl', ['K004:soft']],
  ])('%s → %j', async (filename, expected) => {
    expect(await rules(filename)).toEqual(expected);
  });

  it('X001 names every dropping and nothing shipped on purpose', async () => {
    const report = await inspectRelease({ wheel: join(dir, 'droppings-1.0-py3-none-any.whl') });
    expect(report.findings.find((finding) => finding.rule === 'X001')?.paths?.sort()).toEqual(
      ['droppings/.git/HEAD', 'droppings/._icon.png', 'droppings/.mod.py.swp', 'droppings/mod.py.rej'].sort(),
    );
  });

  it('R002 tells a hex-encoded RECORD from a tampered file', async () => {
    writeWheels([
      {
        filename: 'hexrecord-1.0-py3-none-any.whl',
        members: { 'hexrecord/__init__.py': 'A = 1\n' },
        record:
          'hexrecord/__init__.py,sha256=' +
          createHash('sha256').update('A = 1\n').digest('hex') +
          ',6\nhexrecord-1.0.dist-info/METADATA,,\nhexrecord-1.0.dist-info/WHEEL,,\nhexrecord-1.0.dist-info/RECORD,,\n',
      },
    ]);
    const report = await inspectRelease({ wheel: join(dir, 'hexrecord-1.0-py3-none-any.whl') });
    const r002 = report.findings.find((finding) => finding.rule === 'R002');
    expect(r002?.message).toMatch(/not in the PEP 376 form/);
    expect(r002?.paths).toEqual(['hexrecord/__init__.py (hash written in hex, PEP 376 wants urlsafe base64)']);
  });

  it('names the paths and the rule in the message', async () => {
    const report = await inspectRelease({ wheel: join(dir, 'tampered-1.0-py3-none-any.whl') });
    const record = report.findings.find((finding) => finding.rule === 'R002');
    expect(record?.paths?.[0]).toMatch(/^tampered\/__init__\.py \(hash sha256=AAAA, archive has sha256=/);
  });
});

describe('metadata rules agree with twine check 4.0.2, except where that twine is wrong', () => {
  const meta = (version: string, extra: string, body = '# Title\n\nText.\n') =>
    `Metadata-Version: ${version}\nName: meta\nVersion: 1.0\n${extra}${extra.endsWith('\n') || extra === '' ? '' : '\n'}\n${body}`;
  const cases: [string, string, boolean, string[]][] = [
    // [label, METADATA, twine passes, our failing rules (errors, plus soft under strict)]
    ['markdown 2.1', meta('2.1', 'Description-Content-Type: text/markdown'), true, []],
    ['valid reST 2.1', meta('2.1', 'Description-Content-Type: text/x-rst', 'Title\n=====\n\nText.\n'), true, []],
    [
      'broken reST',
      meta('2.1', 'Description-Content-Type: text/x-rst', 'Title\n===\n\n.. bogus-directive::\n\n`unclosed\n'),
      false,
      ['M009'],
    ],
    ['no content type (twine warns)', meta('2.1', '', 'Plain text.\n'), true, ['M010']],
    ['missing Name', 'Metadata-Version: 2.1\nVersion: 1.0\nDescription-Content-Type: text/plain\n\nx\n', false, ['M001']],
    [
      'metadata 2.4 with License-Expression (twine 4.0.2 is wrong)',
      meta('2.4', 'Description-Content-Type: text/markdown\nLicense-Expression: MIT\nLicense-File: LICENSE'),
      false,
      [],
    ],
    ['License-Expression under 2.1', meta('2.1', 'Description-Content-Type: text/markdown\nLicense-Expression: MIT'), true, ['M005']],
    ['bad Requires-Python', meta('2.1', 'Description-Content-Type: text/markdown\nRequires-Python: >=3.9,<<4'), true, ['M006']],
    ['bad Requires-Dist', meta('2.1', 'Description-Content-Type: text/markdown\nRequires-Dist: foo; bogus == "1"'), true, ['M007']],
  ];
  writeWheels(
    cases.map(([, metadata], index) => ({
      filename: `meta-1.0-py3-none-any.whl`.replace('meta-1.0', `meta${index}-1.0`),
      members: { [`meta${index}/__init__.py`]: '' },
      metadata: metadata.replace('Name: meta', `Name: meta${index}`),
    })),
  );

  it.each(cases.map((item, index) => [item[0], index, item[2], item[3]] as const))(
    '%s',
    async (_label, index, twinePasses, ourRules) => {
      const file = join(dir, `meta${index}-1.0-py3-none-any.whl`);
      const twine = await runProcess(PYTHON, ['-m', 'twine', 'check', file], { env: cleanPythonEnv({ NO_COLOR: '1' }) });
      expect(twine.code === 0).toBe(twinePasses);
      const report = await inspectRelease({ wheel: file, python: PYTHON });
      const failing = report.findings
        .filter((finding) => finding.severity !== 'warning' && /^M/.test(finding.rule))
        .map((finding) => finding.rule);
      expect([...new Set(failing)].sort()).toEqual(ourRules);
    },
    120_000,
  );
});

describe('sdist against the repository and the wheel', () => {
  // An sdist that has the data file (the repository tracks it) and a wheel that lost it on the way.
  execFileSync(PYTHON, [
    '-c',
    String.raw`
import io, sys, tarfile
with tarfile.open(sys.argv[1] + "/lost-1.0.tar.gz", "w:gz") as t:
    for name, text in [("PKG-INFO", "Metadata-Version: 2.1\nName: lost\nVersion: 1.0\nDescription-Content-Type: text/plain\n\nx\n"),
                       ("pyproject.toml", ""), ("src/lost/__init__.py", ""), ("src/lost/data/table.csv", "a,b\n")]:
        data = text.encode(); info = tarfile.TarInfo("lost-1.0/" + name); info.size = len(data); t.addfile(info, io.BytesIO(data))
`,
    dir,
  ]);
  writeWheels([{ filename: 'lost-1.0-py3-none-any.whl', members: { 'lost/__init__.py': '' } }]);
  const sdist = join(dir, 'lost-1.0.tar.gz');
  const wheel = join(dir, 'lost-1.0-py3-none-any.whl');

  it('S002: package data in the sdist that the wheel does not carry', async () => {
    const report = await inspectRelease({
      sdist,
      wheel,
      trackedFiles: ['pyproject.toml', 'src/lost/__init__.py', 'src/lost/data/table.csv'],
    });
    expect(report.findings.map((finding) => [finding.rule, finding.paths])).toEqual([['S002', ['src/lost/data/table.csv']]]);
  });

  it('S001: a tracked file in the package folder that the sdist does not carry; files outside the packages do not count', async () => {
    const report = await inspectRelease({
      sdist,
      wheel,
      trackedFiles: ['docs/index.md', 'src/lost/__init__.py', 'src/lost/data/table.csv', 'src/lost/data/extra.json', 'src/lost/.DS_Store'],
    });
    const s001 = report.findings.find((finding) => finding.rule === 'S001');
    expect(s001?.paths).toEqual(['src/lost/data/extra.json']);
  });

  it('S001 compares with the wheel when no sdist is built; no git means a note, not a failure', async () => {
    const withGit = await inspectRelease({ wheel, trackedFiles: ['src/lost/__init__.py', 'src/lost/data/table.csv'] });
    expect(withGit.findings.map((finding) => [finding.rule, finding.paths])).toEqual([['S001', ['src/lost/data/table.csv']]]);
    const withoutGit = await inspectRelease({ wheel });
    expect(withoutGit.findings).toEqual([]);
    expect(withoutGit.notes).toEqual(['not a git work tree: tracked files not compared with the sdist (S001 skipped)']);
  });
});
