/**
 * A hostile index: a recording front for any index server (the test double in ./index-server, or a real
 * devpi-server/pypiserver), forwarding every request to it and turning its answers against the client in
 * the ways a real server cannot be made to. Every instance records every request it receives with all
 * headers, so a test can prove what a client sent where.
 *
 * Switches (`server.switches`, changeable between requests):
 * - `redirects`: answer matching requests with a 3xx to another place (another origin, http from https,
 *   a Location with userinfo, a chain that leaves the origin and comes back), each rule `times` times.
 * - `linkFilesTo`: project pages (PEP 503 HTML, PEP 691 JSON, devpi JSON views) link every file on another
 *   hostile instance (typically `startSecondOrigin`), which serves the same bytes.
 * - `renameLinks`: each file link's filename is replaced (traversal names: `f => '../../' + f`); the link
 *   path still resolves to the file, on this front and on `linkFilesTo`.
 * - `hashes`: `'md5-only'` lists md5 instead of sha256 (pypiserver `--hash-algo md5`, many Nexus setups),
 *   `'none'` lists no hash at all.
 * - `htmlWhereJson`: requests asking for `application/json` (devpi's JSON views, OIDC endpoints) matching
 *   this path get a 200 HTML page (a login wall, a proxy's error page).
 * - `cutAfterStoring`: the next N uploads reach the upstream and are stored, then the connection is cut
 *   before the client hears the answer.
 * - `afterUpload`: awaited after the upstream answered an upload and before that answer is relayed (an
 *   overwrite race: upload other bytes under the same filename from here).
 * - `echoCredentials`: every error answer (4xx/5xx) repeats the credentials it was sent (the decoded
 *   Basic pair, X-Devpi-Auth decoded) in its reason phrase and body, as careless servers do.
 * - `rewrite`: last say over any buffered page body.
 *
 * `tls: true` serves https with a throwaway certificate for 127.0.0.1, 127.0.0.2, localhost and
 * `store.test`; bundles trust it through `NODE_EXTRA_CA_CERTS=<caFile>`.
 *
 * `startSecondOrigin` is the same front on 127.0.0.2 (Linux answers on all of 127/8): a different origin
 * on the same machine. `credentialLeaks(requests, secrets)` lists every credential a set of requests
 * carried (any auth, token, cookie or key header, userinfo, secrets in the URL or any header, raw or in
 * base64); a test asserts it is empty.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A path prefix (string) or a pattern tested on path + query. */
export type PathMatch = string | RegExp;

export interface RedirectRule {
  match: PathMatch;
  /** Absolute or relative Location; a function gets the requested URL (on this front). */
  location: string | ((requested: URL) => string);
  status?: number;
  /** How many times the rule fires (default: always). */
  times?: number;
}

export interface HostileSwitches {
  redirects: RedirectRule[];
  linkFilesTo?: HostileServer | undefined;
  renameLinks?: ((filename: string) => string) | undefined;
  hashes?: 'sha256' | 'md5-only' | 'none' | undefined;
  htmlWhereJson?: PathMatch | undefined;
  cutAfterStoring: number;
  afterUpload?: ((filename: string) => Promise<void>) | undefined;
  echoCredentials?: boolean | undefined;
  rewrite?: ((path: string, body: string, contentType: string) => string) | undefined;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The raw header list (names as sent), to see duplicates. */
  rawHeaders: string[];
}

export interface HostileServer {
  /** `http(s)://host:port/` */
  origin: string;
  /** The same path on this front: `url('/simple/')`. */
  url(path: string): string;
  switches: HostileSwitches;
  requests: RecordedRequest[];
  /** For NODE_EXTRA_CA_CERTS (tls only). */
  caFile?: string;
  /** Serves `alias` (a path) as `original` (a path upstream): renamed links stay downloadable. */
  alias(alias: string, original: string): void;
  stop(): Promise<void>;
}

export interface HostileServerOptions {
  /** The index server behind the front: `http://127.0.0.1:port/`. */
  upstream: string;
  host?: string;
  tls?: boolean;
}

let certificate: { key: string; cert: string; caFile: string } | undefined;

/** A self-signed certificate for the loopback names the tests use (one per test process). */
export function testCertificate(): { key: string; cert: string; caFile: string } {
  if (certificate && existsSync(certificate.caFile)) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'ww-hostile-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,IP:127.0.0.2,DNS:localhost,DNS:store.test',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  certificate = {
    key: readFileSync(join(dir, 'key.pem'), 'utf8'),
    cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    caFile: join(dir, 'cert.pem'),
  };
  return certificate;
}

function matches(match: PathMatch, pathAndQuery: string): boolean {
  return typeof match === 'string' ? pathAndQuery.startsWith(match) : match.test(pathAndQuery);
}

const DISTRIBUTION = /\.(whl|tar\.gz|zip|tar\.bz2|tgz)$/i;

function lastSegment(path: string): string {
  return decodeURIComponent(path.split('/').pop() ?? '');
}

function withLastSegment(path: string, filename: string): string {
  return `${path.split('/').slice(0, -1).join('/')}/${encodeURIComponent(filename)}`;
}

export async function startHostileServer(options: HostileServerOptions): Promise<HostileServer> {
  const upstream = new URL(options.upstream);
  const upstreamOrigin = `${upstream.origin}/`;
  const host = options.host ?? '127.0.0.1';
  const switches: HostileSwitches = { redirects: [], cutAfterStoring: 0 };
  const requests: RecordedRequest[] = [];
  const aliases = new Map<string, string>();
  const fired = new Map<RedirectRule, number>();
  let origin = '';

  /** GET from the upstream, whole (pages and the small files tests use). */
  function fetchUpstream(
    path: string,
    headers: IncomingHttpHeaders = {},
  ): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const request = httpRequest(new URL(path, upstream), { method: 'GET', headers: { ...headers, host: upstream.host } }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }));
        answer.on('error', reject);
      });
      request.on('error', reject);
      request.end();
    });
  }

  async function md5Of(path: string): Promise<string> {
    const file = await fetchUpstream(aliases.get(path) ?? path);
    return createHash('md5').update(file.body).digest('hex');
  }

  /**
   * One file link rewritten by the switches: another origin, another name, other hashes. `href` is
   * resolved against the page URL on this front; the answer is the new absolute href and filename.
   */
  async function rewriteLink(href: string, pageUrl: URL): Promise<{ href: string; filename: string; md5?: string }> {
    const resolved = new URL(href, pageUrl);
    let path = resolved.pathname;
    let filename = lastSegment(path);
    const original = aliases.get(path) ?? path;
    if (switches.renameLinks) {
      filename = switches.renameLinks(filename);
      const renamed = withLastSegment(path, filename);
      aliases.set(renamed, original);
      path = renamed;
    }
    const target = switches.linkFilesTo;
    if (target) target.alias(path, original);
    const base = target ? target.origin : origin;
    const result: { href: string; filename: string; md5?: string } = { href: `${base.replace(/\/$/, '')}${path}`, filename };
    if (switches.hashes === 'md5-only') result.md5 = await md5Of(original);
    return result;
  }

  async function rewriteHtml(body: string, pageUrl: URL): Promise<string> {
    const links = [...body.matchAll(/<a\s+([^>]*?)href="([^"]*)"([^>]*)>([^<]*)<\/a>/gi)];
    let out = body;
    for (const link of links) {
      const [whole, before = '', href = '', after = ''] = link;
      const [bare = '', fragment = ''] = href.replace(/&amp;/g, '&').split('#');
      if (!DISTRIBUTION.test(new URL(bare, pageUrl).pathname)) continue;
      const rewritten = await rewriteLink(bare, pageUrl);
      let hash = fragment;
      if (switches.hashes === 'md5-only') hash = `md5=${rewritten.md5}`;
      else if (switches.hashes === 'none') hash = '';
      const text = rewritten.filename.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      out = out.replace(whole, `<a ${before}href="${rewritten.href}${hash ? `#${hash}` : ''}"${after}>${text}</a>`);
    }
    return out;
  }

  async function rewriteJson(body: string, pageUrl: URL): Promise<string> {
    const data = JSON.parse(body) as Record<string, unknown>;
    const files = data.files as { filename: string; url: string; hashes?: Record<string, string> }[] | undefined;
    for (const file of files ?? []) {
      const rewritten = await rewriteLink(file.url, pageUrl);
      file.url = rewritten.href;
      file.filename = rewritten.filename;
      if (switches.hashes === 'md5-only') file.hashes = { md5: rewritten.md5 ?? '' };
      else if (switches.hashes === 'none') file.hashes = {};
    }
    // devpi's JSON project view: result → version → +links.
    const result = data.result as
      | Record<string, { '+links'?: { href: string; hashes?: Record<string, string>; hash_spec?: string }[] }>
      | undefined;
    if (result && typeof result === 'object') {
      for (const release of Object.values(result)) {
        for (const link of (release && typeof release === 'object' && Array.isArray(release['+links']) ? release['+links'] : []) ?? []) {
          const rewritten = await rewriteLink(link.href, pageUrl);
          link.href = rewritten.href;
          if (switches.hashes === 'md5-only') {
            link.hashes = { md5: rewritten.md5 ?? '' };
            link.hash_spec = `md5=${rewritten.md5}`;
          } else if (switches.hashes === 'none') {
            link.hashes = {};
            delete link.hash_spec;
          }
        }
      }
    }
    return JSON.stringify(data);
  }

  function record(req: IncomingMessage): RecordedRequest {
    const entry: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: { ...req.headers },
      rawHeaders: [...req.rawHeaders],
    };
    requests.push(entry);
    return entry;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    record(req);
    const requested = new URL(req.url ?? '/', origin);
    const pathAndQuery = requested.pathname + requested.search;
    for (const rule of switches.redirects) {
      const count = fired.get(rule) ?? 0;
      if (!matches(rule.match, pathAndQuery) || (rule.times !== undefined && count >= rule.times)) continue;
      fired.set(rule, count + 1);
      req.resume();
      const location = typeof rule.location === 'function' ? rule.location(requested) : rule.location;
      res.writeHead(rule.status ?? 302, { Location: location, 'Content-Length': '0' });
      res.end();
      return;
    }
    const method = req.method ?? 'GET';
    const accept = String(req.headers.accept ?? '');
    if (switches.htmlWhereJson !== undefined && accept.includes('application/json') && matches(switches.htmlWhereJson, pathAndQuery)) {
      req.resume();
      const page =
        '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><form action="/login">Sign in to continue</form></body></html>';
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(Buffer.byteLength(page)) });
      res.end(page);
      return;
    }
    const upstreamPath = aliases.get(requested.pathname) ?? requested.pathname;
    const forwardHeaders: IncomingHttpHeaders = { ...req.headers, host: upstream.host };
    const isUpload = method === 'POST' && String(req.headers['content-type'] ?? '').startsWith('multipart/form-data');
    const cut = isUpload && switches.cutAfterStoring > 0;
    if (cut) switches.cutAfterStoring--;
    // The upload's filename, from the head of the multipart body as it streams past.
    let head = '';
    if (isUpload) {
      req.on('data', (chunk: Buffer) => {
        if (head.length < 256 * 1024) head += chunk.toString('latin1');
      });
    }
    await new Promise<void>((resolve, reject) => {
      const forward = httpRequest(new URL(upstreamPath + requested.search, upstream), { method, headers: forwardHeaders }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('error', reject);
        answer.on('end', () => {
          void (async () => {
            let body = Buffer.concat(chunks);
            const type = String(answer.headers['content-type'] ?? '');
            const headers = { ...answer.headers };
            if (typeof headers.location === 'string' && headers.location.startsWith(upstreamOrigin)) {
              headers.location = origin + headers.location.slice(upstreamOrigin.length);
            }
            if (isUpload) {
              const filename = /name="content"; filename="([^"]*)"/.exec(head)?.[1] ?? '';
              if (switches.afterUpload) await switches.afterUpload(filename);
              if (cut) {
                req.socket.destroy();
                resolve();
                return;
              }
            }
            if (method === 'GET' && /html|json/.test(type)) {
              let text = body.toString('utf8').split(upstreamOrigin).join(origin);
              if (/json/.test(type)) {
                try {
                  text = await rewriteJson(text, requested);
                } catch {
                  // not a page we know: relayed as it is
                }
              } else {
                text = await rewriteHtml(text, requested);
              }
              if (switches.rewrite) text = switches.rewrite(pathAndQuery, text, type);
              body = Buffer.from(text);
            }
            let reason = answer.statusMessage;
            if (switches.echoCredentials && (answer.statusCode ?? 502) >= 400) {
              const sent = [req.headers.authorization, req.headers['x-devpi-auth']]
                .filter((value): value is string => typeof value === 'string')
                .map((value) => Buffer.from(value.replace(/^basic\s+/i, ''), 'base64').toString('utf8'));
              const echo = ` (credentials received: ${sent.join(', ') || 'none'})`;
              // A reason phrase is latin-1 only; the body carries the exact bytes.
              reason = `${reason ?? ''}${echo}`.replace(/[^\t\x20-\x7e]/g, '?');
              body = Buffer.concat([body, Buffer.from(echo)]);
            }
            delete headers['transfer-encoding'];
            headers['content-length'] = String(body.length);
            res.writeHead(answer.statusCode ?? 502, reason, headers);
            res.end(body);
            resolve();
          })().catch(reject);
        });
      });
      forward.on('error', reject);
      req.pipe(forward);
    });
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(502, { 'Content-Type': 'text/plain' });
        res.end(String(error));
      } else res.destroy();
    });
  };
  let caFile: string | undefined;
  let server: Server;
  if (options.tls) {
    const tls = testCertificate();
    caFile = tls.caFile;
    server = createTlsServer({ key: tls.key, cert: tls.cert }, listener) as unknown as Server;
  } else {
    server = createServer(listener);
  }
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  origin = `${options.tls ? 'https' : 'http'}://${host}:${(server.address() as AddressInfo).port}/`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    switches,
    requests,
    ...(caFile ? { caFile } : {}),
    alias: (alias, original) => aliases.set(alias, original),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Another origin on the same machine (127.0.0.2), forwarding to `upstream` and recording every request. */
export function startSecondOrigin(upstream: string, options: { tls?: boolean } = {}): Promise<HostileServer> {
  return startHostileServer({ upstream, host: '127.0.0.2', ...options });
}

const CREDENTIAL_HEADER = /auth|token|cookie|key|secret|password|session|credential/i;

/**
 * Every credential the requests carried: any header whose name says auth/token/cookie/key, userinfo or a
 * secret in the URL, a secret (raw, URL-encoded or inside base64 `user:secret`) in any header value.
 */
export function credentialLeaks(requests: readonly RecordedRequest[], secrets: readonly string[] = []): string[] {
  const forms = new Set<string>();
  for (const secret of secrets.filter(Boolean)) {
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(Buffer.from(secret, 'utf8').toString('base64'));
  }
  const leaks: string[] = [];
  for (const request of requests) {
    const where = `${request.method} ${request.url}`;
    for (const [name, value] of Object.entries(request.headers)) {
      const text = Array.isArray(value) ? value.join(', ') : String(value ?? '');
      if (CREDENTIAL_HEADER.test(name)) leaks.push(`${where}: header ${name}`);
      const decoded = /^\s*basic\s+(\S+)/i.exec(text)?.[1];
      const plain = decoded ? `${text} ${Buffer.from(decoded, 'base64').toString('utf8')}` : text;
      for (const form of forms) if (plain.includes(form)) leaks.push(`${where}: a secret in header ${name}`);
    }
    if (/[?&](token|access_token|password|auth|key)=/i.test(request.url)) leaks.push(`${where}: a credential parameter in the URL`);
    if (/^[a-z]+:\/\/[^/]*@/i.test(request.url)) leaks.push(`${where}: userinfo in the request target`);
    for (const form of forms) if (request.url.includes(form)) leaks.push(`${where}: a secret in the URL`);
  }
  return leaks;
}
