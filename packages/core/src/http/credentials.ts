/**
 * Credentials bound to the origins they were given for. The HTTP client attaches a `Credentials`' headers
 * only to a request whose origin (scheme, host, port) is one of `origins`, and refuses credential headers
 * passed any other way, so no caller can send a password or token to a host an index page or a redirect
 * names (what browsers, requests and pip do for Basic auth; here for every kind of credential).
 */

export interface Credentials {
  /** Origins (`https://host:port`, as `URL.origin` spells them) the credentials may be sent to. */
  readonly origins: readonly string[];
  /** The headers that carry them (Authorization, X-Devpi-Auth, …). */
  readonly headers: Readonly<Record<string, string>>;
  /** Every form of the secret, to scrub from messages and mask in logs. */
  readonly secrets: readonly string[];
}

type Origins = string | URL | readonly (string | URL | undefined)[];

/** `URL.origin` of each place (lower-case host, default port left out), without duplicates. */
export function originsOf(places: Origins): string[] {
  const list = typeof places === 'string' || places instanceof URL ? [places] : places;
  const origins = new Set<string>();
  for (const place of list) {
    if (place === undefined) continue;
    const origin = new URL(String(place)).origin;
    // Opaque origins ("null": file:, data:) name no server; credentials are never bound to them.
    if (origin !== 'null') origins.add(origin);
  }
  return [...origins];
}

/** True when `url` is on one of the credentials' origins. */
export function belongsToOrigin(credentials: Credentials, url: URL): boolean {
  return credentials.origins.includes(url.origin);
}

/** The forms a `user:password` pair can leak in: the password raw and URL-encoded, the Basic pair and its base64. */
export function secretForms(username: string, password: string): string[] {
  const forms: string[] = [];
  if (password) {
    const pair = `${username}:${password}`;
    forms.push(password, encodeURIComponent(password), pair, Buffer.from(pair, 'utf8').toString('base64'));
  } else if (username) {
    // A token given as the user name alone (`https://TOKEN@host/`).
    forms.push(username, encodeURIComponent(username), Buffer.from(`${username}:`, 'utf8').toString('base64'));
  }
  return [...new Set(forms.filter((form) => form !== ''))];
}

export function basicCredentials(origins: Origins, username: string, password: string): Credentials {
  const pair = `${username}:${password}`;
  return {
    origins: originsOf(origins),
    headers: { Authorization: `Basic ${Buffer.from(pair, 'utf8').toString('base64')}` },
    secrets: secretForms(username, password),
  };
}

export function bearerCredentials(origins: Origins, token: string): Credentials {
  return { origins: originsOf(origins), headers: { Authorization: `Bearer ${token}` }, secrets: [token] };
}

/** Any other credential header (devpi's `X-Devpi-Auth`); `secrets` are the values to scrub. */
export function headerCredentials(origins: Origins, headers: Record<string, string>, secrets: readonly string[]): Credentials {
  return { origins: originsOf(origins), headers: { ...headers }, secrets: [...Object.values(headers), ...secrets].filter(Boolean) };
}

export interface UrlCredentials {
  /** Decoded, as sent in a Basic header. */
  username: string;
  password: string;
  /** The URL without userinfo; undefined when the text is not a valid URL. */
  url?: string;
  /** Every form to mask: as written, percent-encoded, decoded, the `user:password` pair and its base64. */
  secrets: string[];
}

const SCHEME = /^\s*[a-z][a-z0-9+.-]*:\/\//i;

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The credentials in a URL (`https://user:password@host/…`), read with the WHATWG URL parser, so a
 * password holding `@` or `:` is read whole. A password holding `/`, `?` or `#` unencoded makes the text
 * no URL at all (or another URL: `https://ci:12/34@host/` is host `ci`, port 12); then the userinfo as
 * written, up to the last `@`, is still returned so that every form of it can be masked.
 */
export function urlCredentials(text: string): UrlCredentials | undefined {
  if (!SCHEME.test(text)) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(text.trim());
  } catch {
    parsed = undefined;
  }
  let written: string | undefined;
  let username: string;
  let password: string;
  if (parsed && (parsed.username || parsed.password)) {
    written = /^\s*[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)@/i.exec(text)?.[1];
    username = decode(parsed.username);
    password = decode(parsed.password);
  } else {
    // Not a URL, or a URL that only parsed by reading part of the password as a port and a path.
    written = /^\s*[a-z][a-z0-9+.-]*:\/\/(\S*)@/i.exec(text)?.[1];
    if (written === undefined || (parsed && !written.includes(':'))) return undefined;
    const colon = written.indexOf(':');
    username = decode(colon < 0 ? written : written.slice(0, colon));
    password = decode(colon < 0 ? '' : written.slice(colon + 1));
    parsed = undefined;
  }
  const secrets = secretForms(username, password);
  if (written !== undefined) {
    const colon = written.indexOf(':');
    const writtenPassword = colon < 0 ? '' : written.slice(colon + 1);
    if (writtenPassword) secrets.push(writtenPassword);
    if (parsed?.password) secrets.push(parsed.password);
    if (!password && written) secrets.push(written);
  }
  const result: UrlCredentials = { username, password, secrets: [...new Set(secrets.filter(Boolean))] };
  if (parsed) {
    parsed.username = '';
    parsed.password = '';
    result.url = parsed.href;
  }
  return result;
}

/**
 * Every form to mask of the credentials a front end was given: the password (raw, encoded, the Basic
 * pair and its base64 with the username) and the credentials inside each URL. Core entry points report
 * these through `onSecret` before doing anything, so every adapter masks the same set.
 */
export function credentialSecrets(urls: readonly (string | undefined)[], username?: string, password?: string): string[] {
  const secrets: string[] = [];
  if (password) secrets.push(...secretForms(username ?? '', password), ...secretForms('__token__', password));
  for (const url of urls) if (url) secrets.push(...(urlCredentials(url)?.secrets ?? []));
  return [...new Set(secrets)];
}
