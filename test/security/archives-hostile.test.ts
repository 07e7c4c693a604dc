/**
 * Hostile archives at the core level: every member an attacker (or a broken backend) can put in an
 * sdist or a wheel, each with its variants, written by Python's own tarfile and zipfile, must be a hard
 * finding of the inspection. The sdist rules follow Python's tarfile "data" filter; the same archives are
 * extracted with that filter (where this Python has it) to show the refusals agree.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clampSdistTimes } from '@wheelwright/core/build';
import { type Finding, formatFinding, inspectRelease, printableName } from '@wheelwright/core/distribution';
import { afterAll, describe, expect, it } from 'vitest';
import { run, runOk } from '../support/processes';
import { PYTHON } from '../support/python';

const dir = mkdtempSync(join(tmpdir(), 'ww-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sdistOf = (name: string) => join(dir, name, 'hostile-1.0.tar.gz');

interface Member {
  name: string;
  type?: 'file' | 'dir' | 'symlink' | 'hardlink' | 'chr' | 'blk' | 'fifo' | 'unknown';
  link?: string;
  mode?: number;
  data?: string;
}

/** Writes `<dir>/<case>/hostile-1.0.tar.gz`: a valid PKG-INFO and pyproject.toml under `hostile-1.0/`, then `members`. */
const WRITE_SDISTS = String.raw`
import io, json, os, sys, tarfile
out = sys.argv[1]
TYPES = {"file": tarfile.REGTYPE, "dir": tarfile.DIRTYPE, "symlink": tarfile.SYMTYPE, "hardlink": tarfile.LNKTYPE,
         "chr": tarfile.CHRTYPE, "blk": tarfile.BLKTYPE, "fifo": tarfile.FIFOTYPE, "unknown": b"Q"}
for case, members in json.loads(sys.stdin.read()).items():
    fmt = tarfile.GNU_FORMAT if case.startswith("gnu-") else tarfile.PAX_FORMAT
    os.makedirs(os.path.join(out, case))
    with tarfile.open(os.path.join(out, case, "hostile-1.0.tar.gz"), "w:gz", format=fmt) as t:
        base = [{"name": "hostile-1.0/PKG-INFO", "data": "Metadata-Version: 2.1\nName: hostile\nVersion: 1.0\nDescription-Content-Type: text/plain\n\nx\n"},
                {"name": "hostile-1.0/pyproject.toml", "data": ""}]
        for m in base + members:
            info = tarfile.TarInfo(m["name"])
            info.type = TYPES[m.get("type", "file")]
            info.mode = m.get("mode", 0o644)
            info.linkname = m.get("link", "")
            data = m.get("data", "x").encode() if info.type == tarfile.REGTYPE else b""
            info.size = len(data)
            t.addfile(info, io.BytesIO(data) if data else None)
`;

/** What Python's tarfile "data" filter says about each sdist: "ok" or the error class it raises. */
const DATA_FILTER = `
import json, sys, tarfile, tempfile
result = {}
for path in sys.argv[1:]:
    if not hasattr(tarfile, "data_filter"):
        result[path] = "unavailable"
        continue
    with tarfile.open(path) as t, tempfile.TemporaryDirectory() as dest:
        verdict = "ok"
        for member in t.getmembers():
            try:
                tarfile.data_filter(member, dest)
            except tarfile.FilterError as error:
                verdict = type(error).__name__
                break
        result[path] = verdict
print(json.dumps(result))
`;

const sdistCases: Record<string, { members: Member[]; rules: string[] }> = {
  clean: { members: [{ name: 'hostile-1.0/src/hostile/__init__.py', mode: 0o664 }], rules: [] },
  'absolute-name': { members: [{ name: '/tmp/evil.py' }], rules: ['X002'] },
  'absolute-double-slash': { members: [{ name: '//tmp/evil.py' }], rules: ['X002'] },
  'dotdot-top': { members: [{ name: '../evil.py' }], rules: ['X002'] },
  'dotdot-dot-slash': { members: [{ name: './../evil.py' }], rules: ['X002'] },
  'dotdot-nested': { members: [{ name: 'hostile-1.0/a/../../../evil.py' }], rules: ['X002'] },
  'dotdot-inside': { members: [{ name: 'hostile-1.0/a/../b.py' }], rules: ['X002'] },
  'dotdot-pax-unicode': { members: [{ name: 'hostile-1.0/../../évil.py' }], rules: ['X002'] },
  'gnu-dotdot-long-name': { members: [{ name: `hostile-1.0/../../${'a'.repeat(120)}.py` }], rules: ['X002'] },
  'drive-letter': { members: [{ name: 'C:/evil.py' }, { name: 'C:evil.py' }], rules: ['X002'] },
  backslash: { members: [{ name: 'hostile-1.0\\..\\..\\evil.py' }], rules: ['X002'] },
  'symlink-inside': { members: [{ name: 'hostile-1.0/link', type: 'symlink', link: 'pyproject.toml' }], rules: ['X005'] },
  'symlink-escaping': { members: [{ name: 'hostile-1.0/link', type: 'symlink', link: '../../etc/passwd' }], rules: ['X005'] },
  'symlink-absolute': { members: [{ name: 'hostile-1.0/link', type: 'symlink', link: '/etc/passwd' }], rules: ['X005'] },
  'symlink-then-write-through': {
    members: [{ name: 'hostile-1.0/up', type: 'symlink', link: '..' }, { name: 'hostile-1.0/up/evil.py' }],
    rules: ['X005'],
  },
  'hardlink-inside': { members: [{ name: 'hostile-1.0/copy', type: 'hardlink', link: 'hostile-1.0/pyproject.toml' }], rules: ['X005'] },
  'hardlink-absolute': { members: [{ name: 'hostile-1.0/passwd', type: 'hardlink', link: '/etc/passwd' }], rules: ['X005'] },
  'hardlink-escaping': { members: [{ name: 'hostile-1.0/passwd', type: 'hardlink', link: '../etc/passwd' }], rules: ['X005'] },
  'character-device': { members: [{ name: 'hostile-1.0/null', type: 'chr' }], rules: ['X006'] },
  'block-device': { members: [{ name: 'hostile-1.0/sda', type: 'blk' }], rules: ['X006'] },
  fifo: { members: [{ name: 'hostile-1.0/pipe', type: 'fifo' }], rules: ['X006'] },
  'unknown-type-flag': { members: [{ name: 'hostile-1.0/odd', type: 'unknown' }], rules: ['X006'] },
  setuid: { members: [{ name: 'hostile-1.0/run.sh', mode: 0o4755 }], rules: ['X007'] },
  setgid: { members: [{ name: 'hostile-1.0/run.sh', mode: 0o2755 }], rules: ['X007'] },
  'sticky-file': { members: [{ name: 'hostile-1.0/tmp', mode: 0o1644 }], rules: ['X007'] },
  // Directory modes are ignored, as the data filter does: a checkout in a setgid folder has them.
  'setgid-directory': { members: [{ name: 'hostile-1.0/src', type: 'dir', mode: 0o2775 }], rules: [] },
  'newline-name': { members: [{ name: 'hostile-1.0/a\n::error::forged.py' }], rules: ['X008'] },
  'escape-sequence-name': { members: [{ name: 'hostile-1.0/\u001b[31mred.py' }], rules: ['X008'] },
  'control-in-link-target': { members: [{ name: 'hostile-1.0/l', type: 'symlink', link: 'a\rb' }], rules: ['X005', 'X008'] },
  'duplicate-pkg-info': {
    members: [{ name: 'hostile-1.0/PKG-INFO', data: 'Metadata-Version: 2.1\nName: other\nVersion: 9.9\n\nx\n' }],
    rules: ['X003'],
  },
};

const wheelCases: Record<string, { members: Member[]; rules: string[] }> = {
  clean: { members: [{ name: 'hostile/__init__.py' }], rules: [] },
  'absolute-name': { members: [{ name: '/hostile/evil.py' }], rules: ['X002'] },
  'dotdot-top': { members: [{ name: '../evil.py' }], rules: ['X002'] },
  'dotdot-dot-slash': { members: [{ name: './../evil.py' }], rules: ['X002'] },
  'dotdot-nested': { members: [{ name: 'hostile/../../evil.py' }], rules: ['X002'] },
  backslash: { members: [{ name: 'hostile\\..\\..\\evil.py' }], rules: ['X002'] },
  'drive-letter': { members: [{ name: 'C:/evil.py' }, { name: 'c:evil.py' }], rules: ['X002'] },
  symlink: { members: [{ name: 'hostile/link.py', type: 'symlink', data: '../../../etc/passwd' }], rules: ['X005'] },
  fifo: { members: [{ name: 'hostile/pipe', type: 'fifo' }], rules: ['X006'] },
  'character-device': { members: [{ name: 'hostile/null', type: 'chr' }], rules: ['X006'] },
  setuid: { members: [{ name: 'hostile/run', mode: 0o4755 }], rules: ['X007'] },
  duplicate: { members: [{ name: 'hostile/__init__.py' }, { name: 'hostile/__init__.py', data: 'import os' }], rules: ['X003'] },
  'newline-name': { members: [{ name: 'hostile/a\n::error::forged.py' }], rules: ['X008'] },
  'c1-control-name': { members: [{ name: 'hostile/\u009bx.py' }], rules: ['X008'] },
};

/** Wheels: METADATA, WHEEL, the members (unix modes in the external attributes), and a RECORD of them all. */
const WRITE_WHEELS = String.raw`
import base64, hashlib, json, sys, warnings, zipfile
warnings.simplefilter("ignore")
out = sys.argv[1]
KIND = {"file": 0o100000, "symlink": 0o120000, "fifo": 0o010000, "chr": 0o020000}
for case, members in json.loads(sys.stdin.read()).items():
    dist = "hostile_" + case.replace("-", "_")
    di = dist + "-1.0.dist-info"
    base = [{"name": di + "/METADATA", "data": "Metadata-Version: 2.1\nName: " + dist + "\nVersion: 1.0\nDescription-Content-Type: text/plain\n\nx\n"},
            {"name": di + "/WHEEL", "data": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n"}]
    rows = []
    with zipfile.ZipFile("%s/%s-1.0-py3-none-any.whl" % (out, dist), "w") as z:
        for m in base + members:
            data = m.get("data", "x").encode()
            info = zipfile.ZipInfo(m["name"])
            info.create_system = 3
            info.external_attr = (KIND[m.get("type", "file")] | m.get("mode", 0o644)) << 16
            z.writestr(info, data)
            rows.append('"%s",sha256=%s,%d' % (m["name"].replace('"', '""'), base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode(), len(data)))
        rows.append(di + "/RECORD,,")
        z.writestr(di + "/RECORD", "\n".join(rows) + "\n")
`;

execFileSync(PYTHON, ['-c', WRITE_SDISTS, dir], {
  input: JSON.stringify(Object.fromEntries(Object.entries(sdistCases).map(([name, item]) => [name, item.members]))),
});
execFileSync(PYTHON, ['-c', WRITE_WHEELS, dir], {
  input: JSON.stringify(Object.fromEntries(Object.entries(wheelCases).map(([name, item]) => [name, item.members]))),
});

const archiveRules = (findings: Finding[]) =>
  [
    ...new Set(findings.filter((finding) => /^X00[2-8]$/.test(finding.rule)).map((finding) => `${finding.rule}:${finding.severity}`)),
  ].sort();

describe('hostile sdists are a hard error (tarfile "data" filter rules)', () => {
  it.each(Object.entries(sdistCases))('%s', async (name, { rules }) => {
    const report = await inspectRelease({ sdist: sdistOf(name) });
    expect(archiveRules(report.findings)).toEqual(rules.map((rule) => `${rule}:error`));
    // Every line a finding renders to is one line with no raw control character.
    for (const finding of report.findings) expect(formatFinding(finding)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('names where each link points and whether it escapes', async () => {
    const escaping = await inspectRelease({ sdist: sdistOf('symlink-escaping') });
    expect(escaping.findings.find((finding) => finding.rule === 'X005')?.paths).toEqual([
      'hostile-1.0/link -> ../../etc/passwd (symlink, target outside the archive)',
    ]);
    const absolute = await inspectRelease({ sdist: sdistOf('hardlink-absolute') });
    expect(absolute.findings.find((finding) => finding.rule === 'X005')?.paths).toEqual([
      'hostile-1.0/passwd -> /etc/passwd (hardlink, absolute target)',
    ]);
  });

  it('reports a control-character name escaped, as one quoted value', async () => {
    const report = await inspectRelease({ sdist: sdistOf('newline-name') });
    const x008 = report.findings.find((finding) => finding.rule === 'X008');
    expect(x008?.paths).toEqual(['"hostile-1.0/a\\u000a::error::forged.py"']);
    expect(formatFinding(x008 as Finding).split('\n')).toHaveLength(1);
    expect(printableName('plain/name.py')).toBe('plain/name.py');
  });

  it("refuses everything Python's data filter refuses (and more: links inside the archive, `..` that stays inside, setuid)", async () => {
    const paths = Object.keys(sdistCases).map(sdistOf);
    // The filter strips a leading / instead of refusing it; we refuse (another extractor would write there).
    // Any interpreter that has the filter will do (Python >= 3.12, and 3.8-3.11 security releases since 2023).
    let python: string | undefined;
    for (const candidate of [PYTHON, 'python3', 'python3.13', 'python3.12']) {
      if ((await run(candidate, ['-c', 'import tarfile; tarfile.data_filter'])).code === 0) {
        python = candidate;
        break;
      }
    }
    expect(python, 'no Python with tarfile.data_filter on this machine').toBeDefined();
    const verdicts = JSON.parse(await runOk(python as string, ['-c', DATA_FILTER, ...paths])) as Record<string, string>;
    const refusedByPython = Object.keys(sdistCases).filter((name) => verdicts[sdistOf(name)] !== 'ok');
    expect(refusedByPython).toEqual(
      expect.arrayContaining(['dotdot-nested', 'dotdot-top', 'symlink-escaping', 'hardlink-absolute', 'fifo']),
    );
    for (const name of refusedByPython) expect(sdistCases[name]?.rules.length, name).toBeGreaterThan(0);
    expect(verdicts[sdistOf('clean')]).toBe('ok');
  });
});

describe('the sdist clamp never launders a member type it cannot write back', () => {
  it('leaves an sdist with an unknown type flag byte for byte as built, and rewrites an ordinary one', async () => {
    const odd = join(dir, 'clamp-odd-1.0.tar.gz');
    const plain = join(dir, 'clamp-plain-1.0.tar.gz');
    copyFileSync(sdistOf('unknown-type-flag'), odd);
    copyFileSync(sdistOf('clean'), plain);
    const before = readFileSync(odd);
    expect(await clampSdistTimes(odd, 1_700_000_000)).toBe(0);
    expect(readFileSync(odd).equals(before)).toBe(true);
    const report = await inspectRelease({ sdist: odd });
    expect(report.findings.find((finding) => finding.rule === 'X006')?.paths).toEqual(['hostile-1.0/odd (other)']);
    const plainBefore = readFileSync(plain);
    await clampSdistTimes(plain, 1_700_000_000);
    expect(readFileSync(plain).equals(plainBefore)).toBe(false);
  });
});

describe('hostile wheels are a hard error', () => {
  it.each(Object.entries(wheelCases))('%s', async (name, { rules }) => {
    const report = await inspectRelease({ wheel: join(dir, `hostile_${name.replace(/-/g, '_')}-1.0-py3-none-any.whl`) });
    expect(archiveRules(report.findings)).toEqual(rules.map((rule) => `${rule}:error`));
    for (const finding of report.findings) expect(formatFinding(finding)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
