/**
 * The docs zip is written reproducibly and read as hostile input: archives crafted with Python's zipfile
 * (which writes any member name, symlinks and lying sizes) must be refused whole, leaving nothing behind.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docsZipName, unpackDocsZip, unsafeMemberReason, writeDocsZip } from '@wheelwright/core/docs';
import { describe, expect, it } from 'vitest';
import { PYTHON } from '../support/python';

const work = mkdtempSync(join(tmpdir(), 'ww-docs-zip-'));

/** A zip made by Python: members as [name, text] (or [name, text, 'symlink']). */
function craft(name: string, members: [string, string, ('symlink' | 'big')?][]): string {
  const path = join(work, name);
  const script = `
import json, sys, zipfile
members = json.loads(sys.argv[2])
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name, text, kind in members:
        info = zipfile.ZipInfo(name)
        if kind == "symlink":
            info.external_attr = (0o120777 << 16)
        data = text.encode() * (1024 * 1024 if kind == "big" else 1)
        z.writestr(info, data)
`;
  execFileSync(PYTHON, ['-c', script, path, JSON.stringify(members.map(([n, t, k]) => [n, t, k ?? '']))]);
  return path;
}

describe('the docs zip', () => {
  it('is named like devpi-client names docs archives', () => {
    expect(docsZipName('Docs.Demo', '1.0.0rc1')).toBe('docs_demo-1.0.0rc1.doc.zip');
  });

  it('is reproducible: the same HTML gives the same bytes, and build bookkeeping stays out', async () => {
    const html = join(work, 'html');
    mkdirSync(join(html, '_static'), { recursive: true });
    mkdirSync(join(html, '.doctrees'), { recursive: true });
    writeFileSync(join(html, 'index.html'), '<p>hello</p>');
    writeFileSync(join(html, '_static', 'style.css'), 'p{}');
    writeFileSync(join(html, '.buildinfo'), 'config: 1');
    writeFileSync(join(html, '.doctrees', 'index.doctree'), 'pickle');
    const a = join(work, 'a.doc.zip');
    const b = join(work, 'b.doc.zip');
    expect(await writeDocsZip(html, a, 1_700_000_000)).toBe(2);
    await new Promise((done) => setTimeout(done, 1100));
    writeFileSync(join(html, 'index.html'), '<p>hello</p>'); // a newer mtime on disk changes nothing
    await writeDocsZip(html, b, 1_700_000_000);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const out = join(work, 'out-a');
    expect(await unpackDocsZip(a, out)).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['_static', 'index.html']);
  });

  it('refuses HTML without an index.html at its root', async () => {
    const html = join(work, 'noindex');
    mkdirSync(html);
    writeFileSync(join(html, 'page.html'), 'x');
    await expect(writeDocsZip(html, join(work, 'noindex.zip'))).rejects.toThrow(/no index\.html/);
    const crafted = craft('noindex.doc.zip', [['sub/index.html', 'x']]);
    await expect(unpackDocsZip(crafted, join(work, 'out-noindex'))).rejects.toThrow(/no index\.html at its root/);
    expect(existsSync(join(work, 'out-noindex'))).toBe(false);
  });

  it.each([
    [
      'a parent-folder member',
      [
        ['index.html', 'ok'],
        ['../escaped.html', 'x'],
      ],
      /'\.\.' part/,
    ],
    [
      'a nested parent-folder member',
      [
        ['index.html', 'ok'],
        ['a/../../escaped.html', 'x'],
      ],
      /'\.\.' part/,
    ],
    [
      'an absolute member',
      [
        ['index.html', 'ok'],
        ['/tmp/ww-abs.html', 'x'],
      ],
      /absolute path/,
    ],
    [
      'a drive-letter member',
      [
        ['index.html', 'ok'],
        ['C:/x.html', 'x'],
      ],
      /absolute path/,
    ],
    [
      'a backslash member',
      [
        ['index.html', 'ok'],
        ['..\\escaped.html', 'x'],
      ],
      /backslash/,
    ],
    [
      'a control character',
      [
        ['index.html', 'ok'],
        ['a\nb.html', 'x'],
      ],
      /control character/,
    ],
    [
      'a symlink member',
      [
        ['index.html', 'ok'],
        ['link', '/etc/passwd', 'symlink'],
      ],
      /symlink, not a file/,
    ],
    [
      'a member stored twice',
      [
        ['index.html', 'ok'],
        ['index.html', 'again'],
      ],
      /stored twice/,
    ],
  ] as [string, [string, string, ('symlink' | 'big')?][], RegExp][])(
    'refuses %s and leaves nothing behind',
    async (label, members, reason) => {
      const zip = craft(`${label.replace(/\W+/g, '-')}.doc.zip`, members);
      const target = join(work, `out-${label.replace(/\W+/g, '-')}`);
      await expect(unpackDocsZip(zip, target)).rejects.toThrow(reason);
      expect(existsSync(target)).toBe(false);
      expect(existsSync(join(work, 'escaped.html'))).toBe(false);
      expect(existsSync('/tmp/ww-abs.html')).toBe(false);
    },
  );

  it('caps the number of members and the unpacked size', async () => {
    const many = craft('many.doc.zip', [
      ['index.html', 'ok'],
      ...Array.from({ length: 30 }, (_, i): [string, string] => [`p${i}.html`, 'x']),
    ]);
    await expect(unpackDocsZip(many, join(work, 'out-many'), { maxFiles: 10 })).rejects.toThrow(/more than 10 members/);
    const big = craft('big.doc.zip', [
      ['index.html', 'ok'],
      ['big.html', 'x', 'big'],
    ]);
    await expect(unpackDocsZip(big, join(work, 'out-big'), { maxBytes: 512 * 1024 })).rejects.toThrow(/more than 524288 bytes/);
    expect(existsSync(join(work, 'out-many'))).toBe(false);
    expect(existsSync(join(work, 'out-big'))).toBe(false);
  });

  it.each([
    ['index.html', undefined],
    ['_static/a b.css', undefined],
    ['./x', 'an empty or "." part'],
    ['a//b', 'an empty or "." part'],
    ['', 'an empty name'],
  ])('member name %j: %s', (name, reason) => {
    expect(unsafeMemberReason(name)).toBe(reason);
  });
});
