/**
 * Secrets out of every message. A URL's userinfo is replaced up to the last `@` of the URL as written (not
 * as a parser reads it): `https://ci:pa/ss@host/` is no valid URL, and `https://ci:p@ss@host/` holds one
 * password, yet both must print as `https://***@host/`. An `@` in a path is redacted too; losing a few
 * characters of a path in a message is the price of never printing a password.
 */

const USERINFO_AT_START = /^(\s*[a-z][a-z0-9+.-]*:\/\/)\S*@/i;
const USERINFO_ANYWHERE = /([a-z][a-z0-9+.-]*:\/\/)[^\s'"<>`]*@/gi;

/** `https://user:secret@host/` becomes `https://***@host/`, whatever the password holds. */
export function redactUrl(url: string): string {
  return url.replace(USERINFO_AT_START, '$1***@');
}

/**
 * Replaces every secret (raw and URL-encoded, of any length, longest first) and every URL's userinfo in
 * a text, for messages built from servers' answers.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text.replace(USERINFO_ANYWHERE, '$1***@');
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
  }
  for (const form of [...forms].sort((a, b) => b.length - a.length)) result = result.split(form).join('***');
  return result;
}
