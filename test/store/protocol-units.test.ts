/** Table-driven checks of the small protocol pieces, with cases from the PEPs and the real servers' pages. */
import { backoffDelay, redactSecrets, redactUrl } from '@wheelwright/core/http';
import { normalizeProjectName, sameVersion, splitArtefactFilename } from '@wheelwright/core/store';
import { describe, expect, it } from 'vitest';
import { parseSimpleLinks, renderProjectPage, splitHashFragment } from '../../packages/core/src/store/simple-html';
import { uploadFields } from '../../packages/core/src/store/upload-fields';

describe('PEP 503 pages', () => {
  it.each([
    // pypiserver 2.x writes relative links with the hash fragment
    [
      '<a href="../../packages/a-1.0.tar.gz#sha256=' + 'a'.repeat(64) + '">a-1.0.tar.gz</a><br>',
      '../../packages/a-1.0.tar.gz',
      'a'.repeat(64),
      {},
    ],
    // PyPI: attributes in single quotes, entities, data-requires-python escaped
    [
      `<a href='https://files/x.whl#sha256=${'B'.repeat(64)}' data-requires-python='&gt;=3.8' >x.whl</a>`,
      'https://files/x.whl',
      'b'.repeat(64),
      { 'data-requires-python': '>=3.8' },
    ],
    // pypiserver --hash-algo md5, devpi's old pages: md5 only → no sha256, the md5 kept to check a download by
    ['<a href="../../+f/abc/def/p-1.zip#md5=0123">p-1.zip</a>', '../../+f/abc/def/p-1.zip', undefined, {}],
  ])('%s', (html, url, sha256, attributes) => {
    const [link] = parseSimpleLinks(html);
    const split = splitHashFragment(link?.href ?? '');
    expect(split.url).toBe(url);
    expect(split.sha256).toBe(sha256);
    if (sha256) expect(split.hashes).toEqual({ sha256 });
    else expect(split.hashes).toEqual({ md5: '0123' });
    expect(link?.attributes).toMatchObject(attributes);
  });

  it('writes what it reads back, including PEP 714 attributes and escaped names', () => {
    const html = renderProjectPage('a-b', [
      { filename: 'a_b-1.0-py3-none-any.whl', sha256: 'c'.repeat(64), requiresPython: '<4,>=3.8', metadataSha256: 'd'.repeat(64) },
    ]);
    const [link] = parseSimpleLinks(html);
    expect(link?.attributes['data-requires-python']).toBe('<4,>=3.8');
    expect(link?.attributes['data-core-metadata']).toBe(`sha256=${'d'.repeat(64)}`);
    expect(link?.attributes['data-dist-info-metadata']).toBe(`sha256=${'d'.repeat(64)}`);
    expect(html).toContain('<meta name="pypi:repository-version" content="1.1">');
  });
});

describe('names and versions', () => {
  it.each([
    ['Friendly-Bard', 'friendly-bard'],
    ['FRIENDLY_BARD', 'friendly-bard'],
    ['friendly.bard', 'friendly-bard'],
    ['Friendly-._.-Bard', 'friendly-bard'],
  ])('PEP 503 normalizes %s to %s', (name, normal) => expect(normalizeProjectName(name)).toBe(normal));

  it.each([
    ['skai-1.2.1rc1-py3-none-any.whl', { project: 'skai', version: '1.2.1rc1', kind: 'wheel', pythonTag: 'py3' }],
    ['skai-1.0-1-py2.py3-none-any.whl', { project: 'skai', version: '1.0', kind: 'wheel', pythonTag: 'py2.py3' }],
    ['skai-1.0.dev3+g1234.tar.gz', { project: 'skai', version: '1.0.dev3+g1234', kind: 'sdist' }],
    ['README.md', undefined],
  ])('%s', (filename, parts) => expect(splitArtefactFilename(filename)).toEqual(parts));

  it.each([
    ['1.0rc1', '1.0.0-RC1', true],
    ['1.0+g1', '1.0+G1', true],
    ['1.0+g1', '1.0', false],
    ['1.0.post1', '1.0-1', true],
  ])('%s = %s: %s', (a, b, same) => expect(sameVersion(a, b)).toBe(same));
});

describe('secrets and retries', () => {
  it.each([
    ['https://__token__:pypi-Ag123@upload.pypi.org/legacy/', 'https://***@upload.pypi.org/legacy/'],
    ['http://alice@127.0.0.1:8080/simple/', 'http://***@127.0.0.1:8080/simple/'],
    ['/srv/index', '/srv/index'],
  ])('redacts %s', (url, redacted) => expect(redactUrl(url)).toBe(redacted));

  it('scrubs secrets out of server messages', () => {
    expect(redactSecrets('bad token pypi-Ag123 for http://u:p@h/', ['pypi-Ag123'])).toBe('bad token *** for http://***@h/');
  });

  it('backs off exponentially, capped, and honours Retry-After (seconds or HTTP date)', () => {
    process.env.WHEELWRIGHT_HTTP_RETRY_BASE_MS = '1000';
    expect(backoffDelay(1)).toBeGreaterThanOrEqual(1000);
    expect(backoffDelay(3)).toBeGreaterThanOrEqual(4000);
    expect(backoffDelay(20)).toBe(30_000);
    expect(backoffDelay(1, '2')).toBe(2000);
    expect(backoffDelay(1, '3600')).toBe(30_000);
    expect(backoffDelay(1, new Date(Date.now() - 1000).toUTCString())).toBe(0);
    delete process.env.WHEELWRIGHT_HTTP_RETRY_BASE_MS;
  });
});

describe('upload form fields (as twine sends them)', () => {
  it('maps core metadata to the legacy API fields, lists repeated, the digest last', () => {
    const fields = uploadFields({
      path: '/x',
      filename: 'skai-1.0-py3-none-any.whl',
      sha256: 'e'.repeat(64),
      size: 1,
      metadata: {
        'Metadata-Version': '2.4',
        Name: 'skai',
        Version: '1.0',
        Summary: 'S',
        'Requires-Python': '>=3.9',
        Classifier: ['A', 'B'],
        'Project-URL': ['Home, https://x'],
        'License-Expression': 'MIT',
      },
    });
    expect(fields.slice(0, 6)).toEqual([
      [':action', 'file_upload'],
      ['protocol_version', '1'],
      ['name', 'skai'],
      ['version', '1.0'],
      ['filetype', 'bdist_wheel'],
      ['pyversion', 'py3'],
    ]);
    expect(fields).toContainEqual(['metadata_version', '2.4']);
    expect(fields).toContainEqual(['requires_python', '>=3.9']);
    expect(fields).toContainEqual(['license_expression', 'MIT']);
    expect(fields.filter(([k]) => k === 'classifiers')).toEqual([
      ['classifiers', 'A'],
      ['classifiers', 'B'],
    ]);
    expect(fields).toContainEqual(['project_urls', 'Home, https://x']);
    expect(fields.at(-1)).toEqual(['sha256_digest', 'e'.repeat(64)]);
  });
});
