import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArtefactFilename, parseCoreMetadata, readCoreMetadata, sha256File } from '@wheelwright/core/distribution';
import { describe, expect, it } from 'vitest';
import { PYTHON } from '../support/python';

describe('parseArtefactFilename', () => {
  it.each([
    // PEP 427 examples and what current setuptools/hatchling write
    ['distribution-1.0-1-py27-none-any.whl', 'wheel', 'distribution', '1.0', '1', true],
    ['skai-1.2.1rc1-py3-none-any.whl', 'wheel', 'skai', '1.2.1rc1', undefined, true],
    ['my_package-0.1.dev3+g1234567-py3-none-any.whl', 'wheel', 'my-package', '0.1.dev3+g1234567', undefined, true],
    ['My.Package-1.0.0RC1-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', 'wheel', 'my-package', '1.0.0rc1', undefined, false],
    // PEP 625 and legacy sdists (packaging.utils splits at the last dash)
    ['my_package-1.0.tar.gz', 'sdist', 'my-package', '1.0', undefined, true],
    ['my-package-1.0.tar.gz', 'sdist', 'my-package', '1.0', undefined, false],
    ['Django-4.2.zip', 'sdist', 'django', '4.2', undefined, false],
    ['foo-1.0-1.tar.gz', 'sdist', 'foo-1-0', '1', undefined, false],
  ])('%s', (filename, kind, name, version, buildTag, normalized) => {
    const parsed = parseArtefactFilename(filename);
    expect(parsed.kind).toBe(kind);
    expect(parsed.name).toBe(name);
    expect(parsed.version).toBe(version);
    expect(parsed.buildTag).toBe(buildTag);
    expect(parsed.normalized).toBe(normalized);
  });

  it('splits compressed tag sets', () => {
    const parsed = parseArtefactFilename('/some/dir/pkg-1.0-py2.py3-none-any.whl');
    expect(parsed.pythonTags).toEqual(['py2', 'py3']);
    expect(parsed.filename).toBe('pkg-1.0-py2.py3-none-any.whl');
  });

  it.each([
    ['pkg-1.0-any.whl', /5 or 6 dash-separated parts/],
    ['pkg-1.0-x1-py3-none-any.whl', /must start with a digit/],
    ['pkg-1.0.tar.bz3', /not a wheel/],
    ['-1.0.tar.gz', /is not \{name\}-\{version\}/],
  ])('rejects %s', (filename, message) => {
    expect(() => parseArtefactFilename(filename)).toThrow(message);
  });
});

describe('parseCoreMetadata', () => {
  it('reads headers like email.parser: folds continuations, collects multiple-use fields, body is the description', () => {
    const metadata = parseCoreMetadata(
      [
        'Metadata-Version: 2.4',
        'Name: skai',
        'version: 1.0',
        'Summary: A thing',
        'License: Line one',
        '        line two',
        'Classifier: Programming Language :: Python :: 3.11',
        'Classifier: Programming Language :: Python :: 3.12',
        'Requires-Dist: requests>=2; extra == "http"',
        'License-File: LICENSE',
        'Description-Content-Type: text/markdown',
        '',
        '# Skai',
        '',
        'Body text.',
        '',
      ].join('\n'),
    );
    expect(metadata).toMatchObject({ metadataVersion: '2.4', name: 'skai', version: '1.0', description: '# Skai\n\nBody text.\n' });
    expect(metadata.fields.License).toBe('Line one\nline two');
    expect(metadata.fields.Classifier).toEqual(['Programming Language :: Python :: 3.11', 'Programming Language :: Python :: 3.12']);
    expect(metadata.fields['Requires-Dist']).toEqual(['requests>=2; extra == "http"']);
    expect(metadata.fields['License-File']).toEqual(['LICENSE']);
    expect(metadata.fields.Version).toBe('1.0');
  });

  it('takes the legacy Description header (metadata 1.x) and strips the 7 spaces + pipe escape', () => {
    const metadata = parseCoreMetadata(
      'Metadata-Version: 1.1\nName: a\nVersion: 1\nDescription: first\n       |second\n       |\n       |  third\n',
    );
    expect(metadata.description).toBe('first\nsecond\n\n  third');
  });

  it('reports repeated single-use fields and a header block broken by a non-header line', () => {
    const metadata = parseCoreMetadata('Metadata-Version: 2.1\nName: a\nName: b\nVersion: 1\nnot a header\nrest\n');
    expect(metadata.name).toBe('a');
    expect(metadata.repeated).toEqual(['Name']);
    expect(metadata.malformedLines).toEqual(['not a header']);
    expect(metadata.description).toBe('not a header\nrest\n');
  });

  it('agrees with Python email.parser (compat32) on a metadata file', () => {
    const text = 'Metadata-Version: 2.1\nName: x\nVersion: 2\nKeywords: a,b\nClassifier: A\nClassifier: B\n\nHello\n';
    const python = JSON.parse(
      execFileSync(
        PYTHON,
        [
          '-c',
          'import email.parser,email.policy,json,sys;m=email.parser.Parser(policy=email.policy.compat32).parsestr(sys.stdin.read());print(json.dumps({"items":m.items(),"body":m.get_payload()}))',
        ],
        { input: text, encoding: 'utf8' },
      ),
    ) as { items: [string, string][]; body: string };
    const ours = parseCoreMetadata(text);
    expect(python.body).toBe(ours.description);
    expect(python.items.filter(([k]) => k === 'Classifier').map(([, v]) => v)).toEqual(ours.fields.Classifier);
    expect(python.items.find(([k]) => k === 'Keywords')?.[1]).toBe(ours.fields.Keywords);
  }, 120_000);
});

describe('readCoreMetadata and sha256File on real archives', () => {
  // A tiny wheel and sdist written by Python's own zipfile/tarfile, so the reader meets real encoders.
  const dir = mkdtempSync(join(tmpdir(), 'ww-dist-'));
  execFileSync(PYTHON, [
    '-c',
    `
import io, tarfile, zipfile, sys
d = sys.argv[1]
meta = "Metadata-Version: 2.1\\nName: tiny-pkg\\nVersion: 0.1\\n\\nlong text\\n"
with zipfile.ZipFile(d + "/tiny_pkg-0.1-py3-none-any.whl", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("tiny_pkg/__init__.py", "")
    z.writestr("other-9.dist-info/METADATA", "Metadata-Version: 2.1\\nName: other\\nVersion: 9\\n")
    z.writestr("tiny_pkg-0.1.dist-info/METADATA", meta)
with tarfile.open(d + "/tiny_pkg-0.1.tar.gz", "w:gz") as t:
    for name, text in [("tiny_pkg-0.1/src/tiny_pkg.egg-info/PKG-INFO", "Metadata-Version: 2.1\\nName: wrong\\nVersion: 0\\n"), ("tiny_pkg-0.1/PKG-INFO", meta)]:
        data = text.encode()
        info = tarfile.TarInfo(name); info.size = len(data)
        t.addfile(info, io.BytesIO(data))
`,
    dir,
  ]);

  it.each(['tiny_pkg-0.1-py3-none-any.whl', 'tiny_pkg-0.1.tar.gz'])('reads %s', async (file) => {
    const metadata = await readCoreMetadata(join(dir, file));
    expect(metadata).toMatchObject({ name: 'tiny-pkg', version: '0.1', description: 'long text\n' });
  });

  it('hashes like sha256sum', async () => {
    const file = join(dir, 'tiny_pkg-0.1.tar.gz');
    const expected = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(await sha256File(file)).toEqual({ sha256: expected, size: readFileSync(file).length });
  });

  it('names the file when the metadata is missing', async () => {
    await expect(readCoreMetadata(join(dir, 'missing.whl'))).rejects.toThrow(/missing\.whl/);
  });
});
