/**
 * The one HTTP client (DESIGN.md: "one HTTP client with retries"): node:http/https directly, so bodies
 * stream both ways with constant memory and nothing heavy is bundled. Every request has an idle time-out;
 * transient failures (connection reset, 502/503/504, 429 honouring Retry-After) are retried with capped
 * exponential backoff and jitter, re-opening the body for each attempt. Redirects are followed for reads
 * only: an upload answered with a 3xx is an error, as twine treats it (PROTOCOLS.md).
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StoreError } from '../errors/index';
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
  auth?: { username: string; password: string };
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
  body: Buffer;
  text(): string;
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

function basicAuth(auth: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64')}`;
}

interface Attempt {
  response: IncomingMessage;
  url: string;
}

/** One attempt: sends the request (streaming the body) and resolves with the answer's head. */
function attempt(url: URL, options: RequestOptions, method: string): Promise<Attempt> {
  return new Promise((resolve, reject) => {
    let transport = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string> = { 'User-Agent': 'wheelwright', ...options.headers };
    if (options.auth) headers.Authorization = basicAuth(options.auth);
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
      resolve({ response, url: url.href });
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
    return makeResponse(head, attempts, body);
  });
}

function makeResponse(head: Attempt, attempts: number, body: Buffer): HttpResponse {
  return {
    status: head.response.statusCode ?? 0,
    reason: head.response.statusMessage ?? '',
    headers: head.response.headers,
    url: head.url,
    attempts,
    body,
    text: () => body.toString('utf8'),
    json: <T>() => JSON.parse(body.toString('utf8')) as T,
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
      if (status !== 200) return makeResponse(head, attempts, await readBody(head.response, 1024 * 1024));
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

async function send(
  target: string | URL,
  options: RequestOptions,
  consume: (head: Attempt, attempts: number) => Promise<HttpResponse>,
): Promise<HttpResponse> {
  const method = (options.method ?? 'GET').toUpperCase();
  const follow = options.followRedirects ?? (method === 'GET' || method === 'HEAD');
  const retries = options.retries ?? 4;
  const label = options.label ?? `${method} ${redactUrl(String(target))}`;
  let url = new URL(String(target));
  let auth = options.auth;
  // Credentials in the URL are moved into the Authorization header (and never appear in messages).
  if (url.username || url.password) {
    auth ??= { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
    url.username = '';
    url.password = '';
  }
  const secrets = [...(options.secrets ?? []), auth?.password];
  let redirects = 0;
  for (let attemptNo = 1; ; attemptNo++) {
    let failure: TransientError;
    try {
      const head = await attempt(url, { ...options, ...(auth ? { auth } : {}) }, method);
      const status = head.response.statusCode ?? 0;
      if (follow && status >= 300 && status < 400 && head.response.headers.location && redirects < 5) {
        head.response.resume();
        const next = new URL(head.response.headers.location, url);
        // Never carry credentials to another origin (what browsers, requests and pip do).
        if (next.origin !== url.origin) auth = undefined;
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
