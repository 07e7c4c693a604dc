/**
 * Secrets in every form: URL credentials read with the WHATWG parser (a password holding `@`, `:`, `%`,
 * or `/` that makes the text no URL at all), every form to mask (as written, encoded, decoded, the
 * `user:password` pair and its base64), redaction of URLs and of secrets of any length in messages, and
 * StoreErrors that never echo userinfo.
 */
import { credentialSecrets, redactSecrets, redactUrl, request, secretForms, urlCredentials } from '@wheelwright/core/http';
import { openStore } from '@wheelwright/core/store';
import { describe, expect, it } from 'vitest';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('urlCredentials', () => {
  it.each([
    // [text, username, password, forms that must be among the secrets]
    ['http://ci:p@ssw0rd@host/simple/', 'ci', 'p@ssw0rd', ['p@ssw0rd', 'p%40ssw0rd', 'ci:p@ssw0rd', b64('ci:p@ssw0rd')]],
    ['https://ci:pa/ss@host/simple/', 'ci', 'pa/ss', ['pa/ss', 'pa%2Fss', 'ci:pa/ss', b64('ci:pa/ss')]],
    ['https://ci:12/34@host/simple/', 'ci', '12/34', ['12/34', '12%2F34']],
    ['https://ci:p%2Fss%40x@host/', 'ci', 'p/ss@x', ['p/ss@x', 'p%2Fss%40x', b64('ci:p/ss@x')]],
    ['https://ci:a%25b@host/', 'ci', 'a%b', ['a%b', 'a%25b']],
    ['https://ci:p:w@host/', 'ci', 'p:w', ['p:w', 'p%3Aw', 'ci:p:w']],
    ['https://ci:x@host/', 'ci', 'x', ['x', 'ci:x', b64('ci:x')]],
    ['https://ci:xy@host/', 'ci', 'xy', ['xy', b64('ci:xy')]],
    ['https://ci:%D0%96@host/', 'ci', 'Ж', ['Ж', '%D0%96']],
    ['https://ci:pa#ss@host/', 'ci', 'pa#ss', ['pa#ss']],
    ['https://ci:pa?ss@host/', 'ci', 'pa?ss', ['pa?ss']],
    ['https://TOKEN123@host/simple/', 'TOKEN123', '', ['TOKEN123']],
    ['  https://ci:secret@host/  ', 'ci', 'secret', ['secret']],
  ])('%s → %s / %s', (text, username, password, forms) => {
    const found = urlCredentials(text);
    expect(found?.username).toBe(username);
    expect(found?.password).toBe(password);
    for (const form of forms) expect(found?.secrets).toContain(form);
    if (found?.url) expect(found.url).not.toContain('@');
  });

  it.each([['https://host/simple/'], ['file:///tmp/store'], ['.wheelwright/unstable'], ['https://host/a@b'], ['']])(
    '%s holds no credentials',
    (text) => {
      expect(urlCredentials(text)).toBeUndefined();
    },
  );

  it('gives the URL without userinfo when it is one', () => {
    expect(urlCredentials('http://ci:p@ssw0rd@host:8080/simple/')?.url).toBe('http://host:8080/simple/');
    expect(urlCredentials('https://ci:pa/ss@host/')?.url).toBeUndefined();
  });

  it('credentialSecrets: passwords of inputs and of every URL, in every form', () => {
    const secrets = credentialSecrets(['https://u:a%2Fb@x/', 'https://y/', undefined], 'ci', 'Z9');
    for (const form of ['a/b', 'a%2Fb', 'Z9', 'ci:Z9', b64('ci:Z9'), b64('__token__:Z9')]) expect(secrets).toContain(form);
    // A username input alone is no secret; a URL's lone userinfo is (a token).
    expect(credentialSecrets([], 'ci', '')).toEqual([]);
    expect(secretForms('TOKEN', '')).toContain('TOKEN');
  });
});

describe('redaction', () => {
  it.each([
    ['http://ci:p@ssw0rd@host/simple/', 'http://***@host/simple/'],
    ['https://ci:pa/ss@host/simple/', 'https://***@host/simple/'],
    ['https://ci:12/34@host/', 'https://***@host/'],
    ['https://TOKEN@host/', 'https://***@host/'],
    ['https://host/simple/', 'https://host/simple/'],
  ])('redactUrl(%s) = %s', (url, redacted) => {
    expect(redactUrl(url)).toBe(redacted);
  });

  it.each([['x'], ['xy'], ['Ж'], ['p@ss/w:rd%'], ['a%b']])('redactSecrets removes %s raw and encoded, whatever its length', (secret) => {
    const message = `HTTP 403 rejected ${secret} (sent ${encodeURIComponent(secret)}) from https://ci:${secret}@host/`;
    const redacted = redactSecrets(message, [secret]);
    expect(redacted).not.toContain(secret);
    expect(redacted).not.toContain(encodeURIComponent(secret));
    expect(redacted).toContain('https://***@host/');
  });

  it('replaces the longest secret first, so a short one never cuts a long one in half', () => {
    expect(redactSecrets('token abcdef', ['ab', 'abcdef'])).toBe('token ***');
  });
});

describe('errors never echo userinfo', () => {
  it.each([
    ['https://ci:pa/ss@127.0.0.1:9/simple/', ['pa/ss', 'pa%2Fss']],
    ['http://ci:p@ss/w0rd@127.0.0.1:9/', ['p@ss/w0rd', 'p%40ss']],
    ['http://ci:12/34@127.0.0.1:9/', ['12/34']],
  ])('opening the store %s', async (url, secrets) => {
    const error = await openStore({ url, retries: 0 }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    const text = `${error?.message} ${(error as { hint?: string }).hint ?? ''}`;
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(error?.constructor.name).not.toBe('TypeError');
  });

  it('a request to a URL the parser refuses', async () => {
    await expect(request('https://ci:pa/ss@host/', { retries: 0 })).rejects.toThrow(/'https:\/\/\*\*\*@host\/' is not a valid URL/);
  });

  it('a label carrying a URL with userinfo', async () => {
    const error = await request('http://127.0.0.1:9/', { retries: 0, label: 'reading http://ci:hunter2@127.0.0.1:9/' }).catch(
      (e: Error) => e,
    );
    expect(String(error)).not.toContain('hunter2');
  });
});
