/**
 * The one HTTP client (DESIGN.md: "one HTTP client with retries"): node:http/https directly, so bodies
 * stream both ways with constant memory and nothing heavy is bundled. Every request has an idle time-out;
 * transient failures (connection reset, 502/503/504, 429 honouring Retry-After) are retried with capped
 * exponential backoff and jitter, re-opening the body for each attempt. Redirects are followed for reads
 * only: an upload answered with a 3xx is an error, as twine treats it.
 *
 * Credentials are attached here and nowhere else: `auth` carries the origins it was given for, its
 * headers go only to those origins, a redirect that leaves them drops the credentials for the rest of
 * the chain (coming back does not restore them, as in requests and pip), an https page never redirects
 * to http, and a credential header passed in `headers` is refused as a bug.
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StoreError } from '../errors/index';
import { basicCredentials, belongsToOrigin, type Credentials } from './credentials';
import { proxyAuthorization, proxyFor, tunnelAgent } from './proxy';
import { redactSecrets, redactUrl } from './redact';

export interface RequestBody {
  stream: Readable;
  /** Sent as Content-Length (servers such as pypiserver's bottle need it; chunked uploads are refused by some). */
  length: number;
  contentType?: string;
}

export interface RetryInfo {
  attempt: number;
  delayMs: number;
  reason: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Called once per attempt, so a retried upload re-reads the file from the start. */
  body?: () => RequestBody;
  /** Credentials and the origins they belong to (basicCredentials, headerCredentials …). */
  auth?: Credentials | undefined;
  /** Milliseconds of silence on the socket before the attempt is abandoned (default 60 s). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 4). */
  retries?: number;
  /** Default: true for GET and HEAD. */
  followRedirects?: boolean;
  /** Values to scrub from any message built from the answer (passwords, tokens). */
  secrets?: readonly (string | undefined)[];
  /** What the request is for, in error messages ("upload of x.whl"). */
  label?: string;
  onRetry?: (info: RetryInfo) => void;
  /** Largest body `request` buffers (default 64 MiB); downloads stream instead. */
  maxBodyBytes?: number;
}

export interface HttpResponse {
  status: number;
  /** The reason phrase (devpi puts its error messages there). */
  reason: string;
  headers: IncomingHttpHeaders;
  /** The URL that answered (after redirects). */
  url: string;
  /** How many attempts it took (1 = no retry). */
  attempts: number;
  /** A redirect left the credentials' origin, so this answer came without them. */
  credentialsDropped: boolean;
  /** The request's secrets (passwords, tokens, in every form): scrub them from any message built from this answer. */
  secrets: readonly string[];
  body: Buffer;
  text(): string;
  /** The body parsed as a JSON object; anything else is a StoreError naming the URL and what came back. */
  json<T = unknown>(): T;
}

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 8 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 8 }),
};

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const RETRY_ERRORS = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'ESOCKETTIMEDOUT', 'ENETRESET']);
const MAX_DELAY_MS = 30_000;

/** Backoff base; a test or a slow network can change it through the environment. */
function baseDelayMs(): number {
  const configured = Number(process.env.WHEELWRIGHT_HTTP_RETRY_BASE_MS);
  return Number.isFinite(configured) && configured >= 0 && process.env.WHEELWRIGHT_HTTP_RETRY_BASE_MS !== '' ? configured : 1000;
}

export function backoffDelay(attempt: number, retryAfter?: string): number {
  if (retryAfter !== undefined) {
    // RFC 9110 §10.2.3: delay-seconds or an HTTP-date.
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), MAX_DELAY_MS);
  }
  const base = baseDelayMs() * 2 ** (attempt - 1);
  return Math.min(base + Math.random() * base * 0.25, MAX_DELAY_MS);
}

class TransientError extends Error {
  constructor(
    message: string,
    readonly retryAfter?: string,
  ) {
    super(message);
  }
}

/** Header names that carry credentials: only `auth` may set them, bound to its origins. */
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie)$|auth|token|api-?key|secret|password|session/i;

function refuseCredentialHeaders(headers: Record<string, string> | undefined): void {
  for (const name of Object.keys(headers ?? {})) {
    if (CREDENTIAL_HEADER.test(name)) {
      throw new Error(`the credential header ${name} was passed outside 'auth': credentials must be bound to their origin`);
    }
  }
}

interface Attempt {
  response: IncomingMessage;
  url: string;
  credentialsDropped: boolean;
}

/** One attempt: sends the request (streaming the body) and resolves with the answer's head. */
function attempt(url: URL, options: RequestOptions, method: string, credentials: Credentials | undefined): Promise<Attempt> {
  return new Promise((resolve, reject) => {
    let transport = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string> = { 'User-Agent': 'wheelwright', ...options.headers };
    // The one place credentials are attached, and only for their own origin.
    if (credentials && belongsToOrigin(credentials, url)) Object.assign(headers, credentials.headers);
    let target: URL = url;
    let agent: http.Agent = url.protocol === 'https:' ? agents.https : agents.http;
    let path: string | undefined;
    const proxy = proxyFor(url);
    if (proxy && url.protocol === 'https:') {
      agent = tunnelAgent(proxy);
    } else if (proxy) {
      // A forward proxy gets the absolute URL as the request target (RFC 9112 §3.2.2).
      transport = proxy.protocol === 'https:' ? https : http;
      agent = proxy.protocol === 'https:' ? agents.https : agents.http;
      target = proxy;
      path = url.href;
      headers.Host = url.host;
      const authorization = proxyAuthorization(proxy);
      if (authorization) headers['Proxy-Authorization'] = authorization;
    }
    const body = options.body?.();
    if (body) {
      headers['Content-Length'] = String(body.length);
      if (body.contentType) headers['Content-Type'] = body.contentType;
    }
    let settled = false;
    const request = transport.request(target, { method, headers, agent, ...(path ? { path } : {}) }, (response) => {
      settled = true;
      // The server may answer before reading everything (401 on a large upload): stop sending, and
      // close the half-sent request once the answer is read, or its socket keeps the process alive.
      if (body && !request.writableFinished) {
        body.stream.unpipe(request);
        const close = () => request.destroy();
        response.once('end', close);
        response.once('close', close);
      }
      body?.stream.destroy();
      resolve({ response, url: url.href, credentialsDropped: false });
    });
    request.setTimeout(options.timeoutMs ?? 60_000, () => {
      request.destroy(Object.assign(new Error(`no answer within ${options.timeoutMs ?? 60_000} ms`), { code: 'ETIMEDOUT' }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      body?.stream.destroy();
      if (settled) return;
      settled = true;
      reject(error);
    });
    if (body) {
      body.stream.on('error', (error) => {
        if (settled) return;
        settled = true;
        request.destroy();
        // A local read failure is not the network's fault: never retried.
        reject(Object.assign(error, { local: true }));
      });
      body.stream.pipe(request);
    } else {
      request.end();
    }
  });
}

function describeNetworkError(error: NodeJS.ErrnoException): string {
  return error.code ? `${error.code}${error.message && !error.message.includes(error.code) ? ` (${error.message})` : ''}` : error.message;
}

async function readBody(response: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      response.destroy();
      throw new Error(`answer larger than ${limit} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Sends a request with retries and returns the answer with its body buffered. Any HTTP status is
 * returned (callers judge 4xx/5xx); only network failures and retry exhaustion throw StoreError.
 */
export async function request(target: string | URL, options: RequestOptions = {}): Promise<HttpResponse> {
  return send(target, options, async (head, attempts) => {
    const body = await readBody(head.response, options.maxBodyBytes ?? 64 * 1024 * 1024);
    return makeResponse(head, attempts, body, secretsOf(options));
  });
}

/** What came back, for an error: its content type and first bytes, one printable line. */
export function describeAnswer(headers: IncomingHttpHeaders, body: Buffer): string {
  const type = String(headers['content-type'] ?? '').trim() || 'no content type';
  const start = body
    .subarray(0, 120)
    .toString('utf8')
    // One line of printable text: no control characters, no workflow command at a line start.
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffd]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/::/g, ': :')
    .trim();
  return body.length === 0 ? `${type}, an empty body` : `${type}, starting ${JSON.stringify(start)}${body.length > 120 ? '…' : ''}`;
}

function makeResponse(head: Attempt, attempts: number, body: Buffer, secrets: readonly (string | undefined)[] = []): HttpResponse {
  const status = head.response.statusCode ?? 0;
  return {
    status,
    reason: head.response.statusMessage ?? '',
    headers: head.response.headers,
    url: head.url,
    attempts,
    credentialsDropped: head.credentialsDropped,
    secrets: secrets.filter((secret): secret is string => Boolean(secret)),
    body,
    text: () => body.toString('utf8'),
    json: <T>() => {
      const fail = (what: string, expected: string) =>
        new StoreError(redactSecrets(`${redactUrl(head.url)} answered ${what} (HTTP ${status}) where ${expected} was expected`, secrets), {
          status,
          hint: 'the URL does not lead to the index API: check the store URL (a login page or proxy may be answering instead)',
        });
      let value: unknown;
      try {
        value = JSON.parse(body.toString('utf8'));
      } catch {
        throw fail(describeAnswer(head.response.headers, body), 'JSON');
      }
      // Every index and token API answers an object; anything else would fail later as a bug
      // (`null.result`), so it is refused here with the URL.
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw fail(`JSON ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`, 'a JSON object');
      return value as T;
    },
  };
}

/**
 * Streams a GET answer to `destination` through `sink` transforms (a hasher); a non-200 answer or a
 * failure removes the partial file. Retries like `request`, restarting the download.
 */
export async function download(
  target: string | URL,
  destination: string,
  options: RequestOptions & { through?: () => NodeJS.ReadWriteStream } = {},
): Promise<HttpResponse> {
  try {
    return await send(target, options, async (head, attempts) => {
      const status = head.response.statusCode ?? 0;
      if (status !== 200) return makeResponse(head, attempts, await readBody(head.response, 1024 * 1024), secretsOf(options));
      const stages: (NodeJS.ReadableStream | NodeJS.WritableStream | NodeJS.ReadWriteStream)[] = [head.response];
      if (options.through) stages.push(options.through());
      stages.push(createWriteStream(destination));
      try {
        await (pipeline as (...streams: unknown[]) => Promise<void>)(...stages);
      } catch (error) {
        // A connection dropped mid-download is transient: start again.
        throw new TransientError(describeNetworkError(error as NodeJS.ErrnoException));
      }
      return makeResponse(head, attempts, Buffer.alloc(0));
    });
  } catch (error) {
    await rm(destination, { force: true });
    throw error;
  }
}

function secretsOf(options: RequestOptions): (string | undefined)[] {
  return [...(options.secrets ?? []), ...(options.auth?.secrets ?? [])];
}

/**
 * Where a redirect may go: http(s) only, never from https down to http, and never with userinfo of its
 * own (a server does not get to choose the credentials we send).
 */
export function redirectTarget(from: URL, location: string, label: string): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new StoreError(`${label}: the server redirected to an invalid URL`, { hint: 'the server is misconfigured or hostile' });
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new StoreError(`${label}: the server redirected to a ${next.protocol} URL; only http(s) redirects are followed`, {
      hint: 'the server is misconfigured or hostile',
    });
  }
  if (from.protocol === 'https:' && next.protocol === 'http:') {
    next.username = '';
    next.password = '';
    throw new StoreError(
      `${label}: ${redactUrl(from.href)} redirected from https to ${redactUrl(next.href)}; refused, plain http would expose the request`,
      {
        code: 'auth',
        hint: 'give the store its https URL, and fix the server or proxy that downgrades it',
      },
    );
  }
  next.username = '';
  next.password = '';
  return next;
}

async function send(
  target: string | URL,
  options: RequestOptions,
  consume: (head: Attempt, attempts: number) => Promise<HttpResponse>,
): Promise<HttpResponse> {
  refuseCredentialHeaders(options.headers);
  const method = (options.method ?? 'GET').toUpperCase();
  const follow = options.followRedirects ?? (method === 'GET' || method === 'HEAD');
  const retries = options.retries ?? 4;
  const label = options.label ? redactSecrets(options.label, []) : `${method} ${redactUrl(String(target))}`;
  let url: URL;
  try {
    url = new URL(String(target));
  } catch {
    throw new StoreError(`${label}: '${redactUrl(String(target))}' is not a valid URL`, {
      code: 'input',
      hint: 'percent-encode reserved characters of a password in a URL (/ as %2F, @ as %40, : as %3A), or give it as the password',
    });
  }
  let auth = options.auth;
  // Credentials in the URL belong to that URL's origin; they are sent as a header, never in the request line.
  if (url.username || url.password) {
    auth ??= basicCredentials(url, decodeURIComponent(url.username), decodeURIComponent(url.password));
    url.username = '';
    url.password = '';
  }
  const secrets = [...secretsOf(options), ...(auth?.secrets ?? [])];
  let credentialsDropped = false;
  let redirects = 0;
  for (let attemptNo = 1; ; attemptNo++) {
    let failure: TransientError;
    try {
      const head = await attempt(url, options, method, credentialsDropped ? undefined : auth);
      head.credentialsDropped = credentialsDropped;
      const status = head.response.statusCode ?? 0;
      if (follow && status >= 300 && status < 400 && head.response.headers.location && redirects < 5) {
        head.response.resume();
        const next = redirectTarget(url, head.response.headers.location, label);
        // Once a redirect leaves the credentials' origins they stay dropped for the whole chain, even if
        // it comes back: a server elsewhere chose where we go next.
        if (auth && !belongsToOrigin(auth, next)) credentialsDropped = true;
        url = next;
        redirects++;
        attemptNo--;
        continue;
      }
      if (RETRY_STATUSES.has(status)) {
        head.response.resume();
        const retryAfter = head.response.headers['retry-after'];
        failure = new TransientError(
          `HTTP ${status} ${head.response.statusMessage ?? ''}`.trim(),
          status === 429 || status === 503 ? retryAfter : undefined,
        );
      } else {
        return await consume(head, attemptNo);
      }
    } catch (error) {
      if (error instanceof StoreError) throw error;
      if (error instanceof TransientError) failure = error;
      else {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        const local = (error as { local?: boolean }).local === true;
        const reason = describeNetworkError(error as NodeJS.ErrnoException);
        if (local || !(RETRY_ERRORS.has(code) || /socket hang up/i.test(reason))) {
          throw new StoreError(redactSecrets(`${label} failed: ${reason}`, secrets), {
            hint: code === 'ECONNREFUSED' || code === 'ENOTFOUND' ? 'check the store URL and that the server is running' : undefined,
            cause: error,
          } as { hint?: string; cause: unknown });
        }
        failure = new TransientError(reason);
      }
    }
    if (attemptNo > retries) {
      throw new StoreError(redactSecrets(`${label} failed after ${attemptNo} attempts: ${failure.message}`, secrets), {
        hint: 'the server kept failing; try again later or check its health',
      });
    }
    const delayMs = backoffDelay(attemptNo, failure.retryAfter);
    options.onRetry?.({ attempt: attemptNo, delayMs, reason: redactSecrets(failure.message, secrets) });
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}
