/**
 * The test store: a small PyPI-compatible server on 127.0.0.1, faithful to
 * what pypiserver 2.4, devpi-server 6.19 and PyPI's upload API were measured to do, for three flavours,
 * with switches to inject faults.
 *
 * - `pypiserver`: one index; HTML only (`/simple/`), files under `/packages/`, relative links; upload and
 *   `remove_pkg` at the root `/`; 401 without credentials, 403 with wrong ones, 409 on an existing filename
 *   (400 when the User-Agent is twine and the bytes differ), overwrite when started with `overwrite`.
 * - `devpi`: `user/index` indexes with `bases` and `volatile`; `POST /+login` tokens and `X-Devpi-Auth`;
 *   `X-Devpi-Api-Version` on every answer; JSON views (`?ignore_bases`); `+simple/` in HTML or PEP 691 JSON;
 *   upload to the index URL (500 without name/version, 400 when they disagree with the filename, 200 for an
 *   identical file, 409 for different bytes on a non-volatile index); `push` that is not idempotent; delete
 *   refused (403) on non-volatile indexes; messages in the reason phrase.
 * - `pypi`: `/simple/` with PEP 691 negotiation, upload at `/legacy/`, 403 for any auth failure, local
 *   versions rejected, a filename never reusable (even after deletion), digests checked.
 *
 * Real clients are run against it in tests (twine uploads, pip installs), so it cannot drift from them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, createReadStream, createWriteStream, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import busboy from 'busboy';

export type Flavour = 'pypiserver' | 'devpi' | 'pypi';

export interface DevpiIndexConfig {
  /** `user/index` */
  name: string;
  bases?: string[];
  volatile?: boolean;
}

export interface IndexServerOptions {
  flavour?: Flavour;
  /** Accounts: user → password (default alice/secret; PyPI flavour: __token__/pypi-token). */
  users?: Record<string, string>;
  /** devpi only (default: alice/stable non-volatile, alice/testing bases stable, alice/unstable volatile bases testing). */
  indexes?: DevpiIndexConfig[];
  /** pypiserver `-o`: an existing filename is replaced. */
  overwrite?: boolean;
  /** pypiserver `-a .`: reads need no auth (default); set to require auth for reads too. */
  authenticatedReads?: boolean;
  /**
   * pypi only: trusted publishing. The server also plays the runner's OIDC endpoint at `/_oidc/token`
   * (bearer `requestToken`, answers `idToken` for the right audience); `/_/oidc/mint-token` trades that
   * `idToken` for a fresh upload token accepted as `__token__`'s password.
   */
  oidc?: { requestToken: string; idToken: string; audience?: string };
}

export interface StoredFile {
  index: string;
  filename: string;
  project: string;
  version: string;
  sha256: string;
  size: number;
  path: string;
  requiresPython?: string;
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  userAgent: string;
  /** How the request authenticated: devpi's X-Devpi-Auth token, HTTP Basic, or not at all. */
  auth: 'devpi-token' | 'basic' | 'none';
}

export interface FaultSwitches {
  /** Answer the next N requests (any route) with `status` (default 503), and `Retry-After` when given. */
  failNext(count: number, status?: number, retryAfter?: string): void;
  /** Answer every request with `status` until cleared (a permanent fault); 0 clears. */
  failAlways(status: number): void;
  /** Cut the connection half-way through the next N uploads (nothing stored). */
  dropNextUploads(count: number): void;
  /** Delay every answer by this many ms. */
  slowMs: number;
  /** Refuse every credential (as after a revoked token). */
  rejectAuth: boolean;
  /** Fail uploads only, with this status, for the next N uploads. */
  failNextUploads(count: number, status?: number): void;
  /** Let `successes` more uploads through, then fail every upload with `status` (a fault mid-release); -1 clears. */
  failUploadsAfter(successes: number, status?: number): void;
}

export interface IndexServer {
  flavour: Flavour;
  /** What a user gives as the store: pypiserver/pypi `…/simple/`; devpi the first index URL `…/alice/unstable/`. */
  url: string;
  /** The upload endpoint (pypiserver `/`, devpi the index URL, pypi `/legacy/`). */
  uploadUrl: string;
  /** Root URL `http://127.0.0.1:port/`. */
  origin: string;
  /** The devpi index URL of `name` (`alice/stable`); the simple URL for other flavours. */
  indexUrl(name?: string): string;
  /** What pip uses. */
  simpleUrl(name?: string): string;
  faults: FaultSwitches;
  requests: RequestRecord[];
  /** Files stored on an index (devpi: own files only). */
  files(index?: string): StoredFile[];
  /** devpi login tokens and minted PyPI upload tokens handed out so far (secrets that must never be printed). */
  issuedTokens(): string[];
  /** Makes a file look changed behind the server's back (tamper tests): its bytes change, the listed hash stays. */
  tamper(filename: string, index?: string): void;
  stop(): Promise<void>;
}

const DEFAULT_INDEX = 'root/pypi';

function normalize(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

function splitFilename(filename: string): { project: string; version: string } | undefined {
  if (filename.endsWith('.whl')) {
    const parts = filename.slice(0, -4).split('-');
    if (parts.length < 5) return undefined;
    return { project: parts[0] ?? '', version: parts[1] ?? '' };
  }
  const m = /^(.+)-([^-]+)\.(tar\.gz|zip|tar\.bz2|tgz)$/.exec(filename);
  return m ? { project: m[1] ?? '', version: m[2] ?? '' } : undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** PEP 691 content negotiation: the media type with the highest q the client accepts. */
function wantsJson(accept: string | undefined): boolean {
  if (!accept) return false;
  let json = -1;
  let html = -1;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.trim().split(';');
    const q = Number(
      params
        .map((p) => p.trim())
        .find((p) => p.startsWith('q='))
        ?.slice(2) ?? '1',
    );
    const t = type.trim().toLowerCase();
    if (t === 'application/vnd.pypi.simple.v1+json' || t === 'application/vnd.pypi.simple.latest+json') json = Math.max(json, q);
    if (t === 'text/html' || t === 'application/vnd.pypi.simple.v1+html' || t === '*/*') html = Math.max(html, q);
  }
  return json > 0 && json >= html;
}

interface UploadForm {
  fields: Map<string, string[]>;
  file?: { filename: string; path: string; sha256: string; size: number };
}

export async function startIndexServer(options: IndexServerOptions = {}): Promise<IndexServer> {
  const flavour = options.flavour ?? 'pypiserver';
  const users = options.users ?? (flavour === 'pypi' ? { __token__: 'pypi-token' } : { alice: 'secret' });
  const storage = mkdtempSync(join(tmpdir(), `ww-index-server-${flavour}-`));
  const indexes = new Map<string, { bases: string[]; volatile: boolean; owner: string }>();
  if (flavour === 'devpi') {
    const configs = options.indexes ?? [
      { name: 'alice/stable', volatile: false },
      { name: 'alice/testing', bases: ['alice/stable'], volatile: false },
      { name: 'alice/unstable', bases: ['alice/testing'], volatile: true },
    ];
    for (const c of configs)
      indexes.set(c.name, { bases: c.bases ?? [], volatile: c.volatile ?? false, owner: c.name.split('/')[0] ?? '' });
  } else {
    indexes.set(DEFAULT_INDEX, { bases: [], volatile: options.overwrite ?? false, owner: '' });
  }
  const files = new Map<string, StoredFile>(); // key: index + '\0' + filename
  const everUploaded = new Set<string>(); // pypi: filenames are never reusable
  const tokens = new Map<string, string>(); // devpi token → user
  const minted = new Set<string>(); // pypi: upload tokens minted by trusted publishing
  const requests: RequestRecord[] = [];
  const failQueue: { status: number; retryAfter?: string }[] = [];
  let failAlwaysStatus = 0;
  let dropUploads = 0;
  let failUploads: { count: number; status: number } = { count: 0, status: 503 };
  let uploadBudget: { left: number; status: number } | undefined;
  const faults: FaultSwitches = {
    failNext(count, status = 503, retryAfter) {
      for (let i = 0; i < count; i++) failQueue.push(retryAfter === undefined ? { status } : { status, retryAfter });
    },
    failAlways(status) {
      failAlwaysStatus = status;
    },
    dropNextUploads(count) {
      dropUploads = count;
    },
    failNextUploads(count, status = 503) {
      failUploads = { count, status };
    },
    failUploadsAfter(successes, status = 500) {
      uploadBudget = successes < 0 ? undefined : { left: successes, status };
    },
    slowMs: 0,
    rejectAuth: false,
  };

  const key = (index: string, filename: string) => `${index}\0${filename}`;
  const own = (index: string) => [...files.values()].filter((f) => f.index === index);
  /** devpi: an index's files plus its bases' (depth first, own first), as its +simple page shows them. */
  const visible = (index: string, seen = new Set<string>()): StoredFile[] => {
    if (seen.has(index)) return [];
    seen.add(index);
    const result = own(index);
    for (const base of indexes.get(index)?.bases ?? []) {
      for (const f of visible(base, seen)) if (!result.some((r) => r.filename === f.filename)) result.push(f);
    }
    return result;
  };
  const fileUrlPath = (f: StoredFile) =>
    flavour === 'devpi'
      ? `/${f.index}/+f/${f.sha256.slice(0, 3)}/${f.sha256.slice(3, 16)}/${encodeURIComponent(f.filename)}`
      : `/packages/${encodeURIComponent(f.filename)}`;

  function send(res: ServerResponse, status: number, reason: string, body: string | Buffer = '', headers: Record<string, string> = {}) {
    if (flavour === 'devpi') {
      res.setHeader('X-Devpi-Api-Version', '2');
      res.setHeader('X-Devpi-Server-Version', '6.19.0');
    }
    const payload = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, reason, { 'Content-Length': String(payload.length), ...headers });
    res.end(payload);
  }
  const sendJson = (res: ServerResponse, status: number, reason: string, data: unknown, type = 'application/json') =>
    send(res, status, reason, JSON.stringify(data), { 'Content-Type': type });

  /** The authenticated user, `undefined` when no credentials were sent, `null` when they are wrong. */
  function authenticate(req: IncomingMessage): string | undefined | null {
    const devpiAuth = req.headers['x-devpi-auth'];
    if (flavour === 'devpi' && typeof devpiAuth === 'string') {
      const [user = '', token = ''] = Buffer.from(devpiAuth, 'base64').toString('utf8').split(/:(.*)/s);
      return !faults.rejectAuth && tokens.get(token) === user ? user : null;
    }
    const header = req.headers.authorization;
    if (!header?.startsWith('Basic ')) return undefined;
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const at = decoded.indexOf(':');
    const user = decoded.slice(0, at);
    const password = decoded.slice(at + 1);
    const valid = users[user] === password || (user === '__token__' && minted.has(password));
    return !faults.rejectAuth && at >= 0 && valid ? user : null;
  }

  /** Streams a multipart upload to a temp file, hashing it; honours the drop-connection fault. */
  function readForm(req: IncomingMessage): Promise<UploadForm> {
    return new Promise((resolve, reject) => {
      const form: UploadForm = { fields: new Map() };
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers: req.headers, limits: { fieldSize: 10 * 1024 * 1024 } });
      } catch (error) {
        reject(error);
        return;
      }
      const writes: Promise<void>[] = [];
      parser.on('field', (name, value) => {
        const list = form.fields.get(name) ?? [];
        list.push(value);
        form.fields.set(name, list);
      });
      parser.on('file', (name, stream, info) => {
        if (name !== 'content') {
          stream.resume();
          return;
        }
        const path = join(storage, `.upload-${randomBytes(6).toString('hex')}`);
        const hash = createHash('sha256');
        let size = 0;
        const out = createWriteStream(path);
        stream.on('data', (chunk: Buffer) => {
          hash.update(chunk);
          size += chunk.length;
        });
        writes.push(
          new Promise((done, fail) => {
            out.on('finish', () => {
              form.file = { filename: info.filename ?? '', path, sha256: hash.digest('hex'), size };
              done();
            });
            out.on('error', fail);
            stream.on('error', fail);
          }),
        );
        stream.pipe(out);
      });
      parser.on('error', reject);
      parser.on('close', () => {
        Promise.all(writes).then(() => resolve(form), reject);
      });
      req.pipe(parser);
    });
  }

  function field(form: UploadForm, name: string): string | undefined {
    return form.fields.get(name)?.[0];
  }

  function store(index: string, form: UploadForm, project: string, version: string): StoredFile {
    const upload = form.file;
    if (!upload) throw new Error('no file');
    const path = join(storage, `${index.replace('/', '_')}__${upload.filename}`);
    rmSync(path, { force: true });
    renameSync(upload.path, path);
    const stored: StoredFile = { index, filename: upload.filename, project, version, sha256: upload.sha256, size: upload.size, path };
    const requiresPython = field(form, 'requires_python');
    if (requiresPython) stored.requiresPython = requiresPython;
    files.set(key(index, upload.filename), stored);
    everUploaded.add(upload.filename);
    return stored;
  }

  async function handleUpload(req: IncomingMessage, res: ServerResponse, index: string): Promise<void> {
    const user = authenticate(req);
    const config = indexes.get(index);
    if (flavour === 'pypi') {
      if (!user) return send(res, 403, 'Invalid or non-existent authentication information.');
    } else if (user === undefined) {
      return send(res, 401, 'Unauthorized', '', { 'WWW-Authenticate': 'Basic realm="pypi"' });
    } else if (user === null) {
      return flavour === 'pypiserver' ? send(res, 403, 'Forbidden', 'Authorization failed') : send(res, 401, 'could not authenticate');
    }
    if (!config) return send(res, 404, `no such index: ${index}`);
    if (flavour === 'devpi' && config.owner !== user) return send(res, 403, `user ${user} has no upload permission on ${index}`);
    const length = Number(req.headers['content-length'] ?? 0);
    if (dropUploads > 0) {
      dropUploads--;
      // Cut the connection after about half the body: the client sees a reset mid-upload, nothing is stored.
      let received = 0;
      req.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received >= length / 2) req.socket.destroy();
      });
      return;
    }
    if (failUploads.count > 0) {
      failUploads.count--;
      req.resume();
      return send(res, failUploads.status, 'Service Unavailable');
    }

    const form = await readForm(req);
    const cleanup = async () => {
      if (form.file) await unlink(form.file.path).catch(() => undefined);
    };
    const action = field(form, ':action');
    if (flavour === 'pypiserver' && action === 'remove_pkg') {
      const name = field(form, 'name') ?? '';
      const version = field(form, 'version') ?? '';
      const matching = own(index).filter((f) => f.project === name && f.version === version);
      if (matching.length === 0) return send(res, 404, 'Not Found', `${name} (${version}) not found`);
      for (const f of matching) {
        files.delete(key(index, f.filename));
        rmSync(f.path, { force: true });
      }
      return send(res, 200, 'OK');
    }
    if (uploadBudget && action === 'file_upload') {
      if (uploadBudget.left <= 0) {
        await cleanup();
        return send(res, uploadBudget.status, 'Internal Server Error', 'injected fault');
      }
      uploadBudget.left--;
    }
    if (action !== 'file_upload') {
      await cleanup();
      return send(res, 400, `Unsupported ':action' field: ${action ?? ''}`);
    }
    if (!form.file) return send(res, 400, 'Missing content');
    const filename = form.file.filename;
    const parts = splitFilename(filename);
    if (!parts) {
      await cleanup();
      return send(res, 400, `Invalid distribution filename: ${filename}`);
    }
    const name = field(form, 'name');
    const version = field(form, 'version');
    if (flavour !== 'pypiserver') {
      if (!name || !version) {
        await cleanup();
        // devpi answers 500 without name/version; warehouse validates the form (400).
        return flavour === 'devpi' ? send(res, 500, 'Internal Server Error') : send(res, 400, "'name' and 'version' are required");
      }
      if (normalize(name) !== normalize(parts.project) || version.toLowerCase() !== parts.version.toLowerCase()) {
        await cleanup();
        return send(res, 400, `filename ${filename} does not match name=${name} version=${version}`);
      }
    }
    if (flavour === 'pypi') {
      if (field(form, 'protocol_version') !== '1') {
        await cleanup();
        return send(res, 400, 'Unknown protocol version.');
      }
      const digest = field(form, 'sha256_digest');
      if (digest && digest.toLowerCase() !== form.file.sha256) {
        await cleanup();
        return send(res, 400, 'The digest supplied does not match a digest calculated from the uploaded file.');
      }
      if (parts.version.includes('+')) {
        await cleanup();
        return send(
          res,
          400,
          "The use of local versions in <Version('" +
            parts.version +
            "')> is not allowed. See https://packaging.python.org/specifications/core-metadata for more information.",
        );
      }
      if (everUploaded.has(filename)) {
        await cleanup();
        return send(res, 400, 'File already exists. See https://pypi.org/help/#file-name-reuse for more information.');
      }
    }
    const existing = files.get(key(index, filename));
    if (existing && !config.volatile) {
      const identical = existing.sha256 === form.file.sha256;
      await cleanup();
      if (flavour === 'devpi') {
        return identical
          ? send(res, 200, 'OK', JSON.stringify({ type: 'actionlog', result: [[200, 'identical file', filename]] }))
          : send(res, 409, `${filename} already exists in non-volatile index`);
      }
      const twine = /twine/i.test(req.headers['user-agent'] ?? '');
      return !identical && twine
        ? send(res, 400, 'Bad Request', `Package ${filename} already exists.`)
        : send(res, 409, 'Conflict', `Package ${filename} already exists.`);
    }
    store(index, form, parts.project, parts.version);
    return send(
      res,
      200,
      'OK',
      flavour === 'devpi' ? JSON.stringify({ type: 'actionlog', result: [[200, 'store_releasefile', filename]] }) : '',
    );
  }

  function simpleRoot(res: ServerResponse, list: StoredFile[], json: boolean) {
    const projects = [...new Set(list.map((f) => normalize(f.project)))].sort();
    if (json) {
      return sendJson(
        res,
        200,
        'OK',
        { meta: { 'api-version': '1.1' }, projects: projects.map((name) => ({ name })) },
        'application/vnd.pypi.simple.v1+json',
      );
    }
    const links = projects.map((p) => `<a href="${p}/">${p}</a><br>`).join('\n');
    return send(res, 200, 'OK', `<!DOCTYPE html><html><body>\n${links}\n</body></html>`, { 'Content-Type': 'text/html' });
  }

  function simpleProject(res: ServerResponse, project: string, list: StoredFile[], json: boolean, pageDepth: number) {
    const matching = list.filter((f) => normalize(f.project) === project).sort((a, b) => a.filename.localeCompare(b.filename));
    if (matching.length === 0) return send(res, 404, 'Not Found', 'not found');
    // Relative links, as devpi and pypiserver write them: resolve against the page URL.
    const rel = (f: StoredFile) => `${'../'.repeat(pageDepth)}${fileUrlPath(f).slice(1)}`;
    if (json) {
      return sendJson(
        res,
        200,
        'OK',
        {
          meta: { 'api-version': '1.1' },
          name: project,
          files: matching.map((f) => ({
            filename: f.filename,
            url: rel(f),
            hashes: { sha256: f.sha256 },
            ...(f.requiresPython ? { 'requires-python': f.requiresPython } : {}),
            size: f.size,
          })),
          versions: [...new Set(matching.map((f) => f.version))],
        },
        'application/vnd.pypi.simple.v1+json',
      );
    }
    const links = matching
      .map((f) => {
        const rp = f.requiresPython ? ` data-requires-python="${escapeHtml(f.requiresPython)}"` : '';
        return `<a href="${rel(f)}#sha256=${f.sha256}"${rp}>${escapeHtml(f.filename)}</a><br>`;
      })
      .join('\n');
    return send(res, 200, 'OK', `<!DOCTYPE html><html><head><title>Links for ${project}</title></head><body>\n${links}\n</body></html>`, {
      'Content-Type': 'text/html',
    });
  }

  function serveFile(res: ServerResponse, f: StoredFile | undefined) {
    if (!f) return send(res, 404, 'Not Found');
    if (flavour === 'devpi') {
      res.setHeader('X-Devpi-Api-Version', '2');
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(f.size) });
    createReadStream(f.path).pipe(res);
  }

  function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
        } catch {
          resolve({});
        }
      });
    });
  }

  async function handleDevpi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (url.pathname === '/+login' && method === 'POST') {
      const body = await readJson(req);
      const user = String(body.user ?? '');
      if (faults.rejectAuth || users[user] === undefined || users[user] !== body.password) return send(res, 401, 'could not authenticate');
      const token = `${user}.${randomBytes(16).toString('hex')}`;
      tokens.set(token, user);
      return sendJson(res, 200, 'OK', { type: 'proxyauth', result: { password: token, expiration: 36000 } });
    }
    const index = segments.slice(0, 2).join('/');
    const config = indexes.get(index);
    if (segments.length < 2 || !config) return send(res, 404, `no such index: ${index}`);
    const rest = segments.slice(2);
    const json = (req.headers.accept ?? '').includes('application/json');
    if (rest[0] === '+f') {
      return serveFile(res, files.get(key(index, rest[rest.length - 1] ?? '')));
    }
    if (rest[0] === '+simple') {
      const list = visible(index);
      const pep691 = wantsJson(req.headers.accept);
      if (rest.length === 1) return simpleRoot(res, list, pep691);
      const project = rest[1] ?? '';
      if (project !== normalize(project)) return send(res, 302, 'Found', '', { Location: `/${index}/+simple/${normalize(project)}/` });
      return simpleProject(res, project, list, pep691, 4);
    }
    if (rest.length === 0) {
      if (method === 'GET') {
        const projects = [...new Set(own(index).map((f) => normalize(f.project)))];
        return sendJson(res, 200, 'OK', {
          type: 'indexconfig',
          result: { type: 'stage', bases: config.bases, volatile: config.volatile, projects },
        });
      }
      if (method === 'POST' || method === 'PUSH') {
        const type = req.headers['content-type'] ?? '';
        if (type.startsWith('multipart/form-data')) return handleUpload(req, res, index);
        return handlePush(req, res, index);
      }
      return send(res, 405, 'Method Not Allowed');
    }
    const project = normalize(rest[0] ?? '');
    if (method === 'DELETE' && rest.length === 2) {
      const user = authenticate(req);
      if (!user) return send(res, 403, 'not authorized to delete');
      if (!config.volatile && !url.searchParams.has('force')) return send(res, 403, `cannot delete on non-volatile index ${index}`);
      const version = rest[1] ?? '';
      const matching = own(index).filter((f) => normalize(f.project) === project && f.version === version);
      if (matching.length === 0) return send(res, 404, `project ${project} has no version ${version}`);
      for (const f of matching) {
        files.delete(key(index, f.filename));
        rmSync(f.path, { force: true });
      }
      return sendJson(res, 200, 'OK', { type: 'actionlog', result: [] });
    }
    if (method === 'GET' && rest.length === 1 && json) {
      const list = (url.searchParams.has('ignore_bases') ? own(index) : visible(index)).filter((f) => normalize(f.project) === project);
      if (list.length === 0) return send(res, 404, `project ${project} does not exist`);
      const result: Record<string, unknown> = {};
      for (const f of list) {
        if (!result[f.version]) result[f.version] = { name: f.project, version: f.version, '+links': [] };
        const entry = result[f.version] as { '+links': unknown[] };
        entry['+links'].push({
          rel: 'releasefile',
          href: `${origin}${fileUrlPath(f).slice(1)}`,
          hashes: { sha256: f.sha256 },
          hash_spec: `sha256=${f.sha256}`,
          ...(f.requiresPython ? { requires_python: f.requiresPython } : {}),
        });
      }
      return sendJson(res, 200, 'OK', { type: 'projectconfig', result });
    }
    return send(res, 404, 'Not Found');
  }

  async function handlePush(req: IncomingMessage, res: ServerResponse, index: string): Promise<void> {
    const user = authenticate(req);
    const body = await readJson(req);
    if (!user) return send(res, user === undefined ? 401 : 401, 'could not authenticate');
    if (typeof body.name !== 'string' || typeof body.version !== 'string') return send(res, 500, 'Internal Server Error');
    const targetName = String(body.targetindex ?? '');
    const target = indexes.get(targetName);
    if (!target) return send(res, 404, `target index ${targetName} does not exist`);
    if (target.owner !== user) return send(res, 403, `user ${user} cannot upload to ${targetName}`);
    const project = normalize(body.name);
    const matching = own(index).filter((f) => normalize(f.project) === project && f.version === body.version);
    if (matching.length === 0) return send(res, 404, `no release ${body.name} ${body.version} on ${index}`);
    for (const f of matching) {
      // devpi's push is not idempotent: an existing file on a non-volatile target is a conflict even when identical.
      if (files.has(key(targetName, f.filename)) && !target.volatile) {
        return send(res, 409, `${f.filename} already exists in non-volatile index ${targetName}`);
      }
    }
    const log: unknown[] = [];
    for (const f of matching) {
      const path = join(storage, `${targetName.replace('/', '_')}__${f.filename}`);
      rmSync(path, { force: true });
      copyFileSync(f.path, path);
      files.set(key(targetName, f.filename), { ...f, index: targetName, path });
      log.push([200, 'store_releasefile', `${targetName}/+f/${f.sha256.slice(0, 3)}/${f.sha256.slice(3, 16)}/${f.filename}`]);
    }
    return sendJson(res, 200, 'OK', { type: 'actionlog', result: log });
  }

  async function handleFlat(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const uploadPath = flavour === 'pypi' ? '/legacy/' : '/';
    if (method === 'POST' && path === uploadPath) return handleUpload(req, res, DEFAULT_INDEX);
    if (flavour === 'pypi' && options.oidc) {
      const oidc = options.oidc;
      const audience = oidc.audience ?? 'pypi';
      if (method === 'GET' && path === '/_/oidc/audience') return sendJson(res, 200, 'OK', { audience });
      if (method === 'GET' && path === '/_oidc/token') {
        // RFC 9110 §11.1: the auth scheme is case-insensitive.
        if (req.headers.authorization?.replace(/^bearer /i, 'bearer ') !== `bearer ${oidc.requestToken}`)
          return send(res, 401, 'Unauthorized');
        if (url.searchParams.get('audience') !== audience) return send(res, 400, 'wrong audience');
        return sendJson(res, 200, 'OK', { count: 1, value: oidc.idToken });
      }
      if (method === 'POST' && path === '/_/oidc/mint-token') {
        const body = await readJson(req);
        if (body.token !== oidc.idToken) {
          return sendJson(res, 422, 'Unprocessable Entity', {
            message: 'Token request failed',
            errors: [{ code: 'invalid-publisher', description: 'valid token, but no corresponding publisher' }],
          });
        }
        const token = `pypi-minted-${randomBytes(12).toString('hex')}`;
        minted.add(token);
        return sendJson(res, 200, 'OK', { success: true, token, expires: 900 });
      }
    }
    if (method === 'POST') return send(res, 405, 'Method Not Allowed');
    if (options.authenticatedReads && !authenticate(req))
      return send(res, 401, 'Unauthorized', '', { 'WWW-Authenticate': 'Basic realm="pypi"' });
    const list = own(DEFAULT_INDEX);
    if (path.startsWith('/packages/')) {
      return serveFile(res, files.get(key(DEFAULT_INDEX, decodeURIComponent(path.slice('/packages/'.length)))));
    }
    if (path === '/simple' || path === '/simple/') return simpleRoot(res, list, flavour === 'pypi' && wantsJson(req.headers.accept));
    const m = /^\/simple\/([^/]+)\/?$/.exec(path);
    if (m) {
      const project = decodeURIComponent(m[1] ?? '');
      if (project !== normalize(project) || !path.endsWith('/')) {
        return send(res, 301, 'Moved Permanently', '', { Location: `/simple/${normalize(project)}/` });
      }
      return simpleProject(res, project, list, flavour === 'pypi' && wantsJson(req.headers.accept), 2);
    }
    if (path === '/')
      return send(
        res,
        200,
        'OK',
        `<html><body><h1>Welcome to ${flavour === 'pypiserver' ? 'pypiserver!' : 'the test index'}</h1></body></html>`,
        { 'Content-Type': 'text/html' },
      );
    return send(res, 404, 'Not Found');
  }

  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: RequestRecord = {
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      status: 0,
      userAgent: req.headers['user-agent'] ?? '',
      auth: req.headers['x-devpi-auth'] ? 'devpi-token' : req.headers.authorization ? 'basic' : 'none',
    };
    requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });
    const handle = async () => {
      if (faults.slowMs > 0) await new Promise((r) => setTimeout(r, faults.slowMs));
      const fault = failAlwaysStatus > 0 ? { status: failAlwaysStatus } : failQueue.shift();
      if (fault) {
        req.resume();
        return send(
          res,
          fault.status,
          fault.status === 503 ? 'Service Unavailable' : 'Internal Server Error',
          'injected fault',
          fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {},
        );
      }
      return flavour === 'devpi' ? handleDevpi(req, res, url) : handleFlat(req, res, url);
    };
    handle().catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error', String(error));
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}/`;
  const firstIndex = [...indexes.keys()].find((n) => n.endsWith('/unstable')) ?? [...indexes.keys()][0] ?? DEFAULT_INDEX;

  return {
    flavour,
    origin,
    url: flavour === 'devpi' ? `${origin}${firstIndex}/` : `${origin}simple/`,
    uploadUrl: flavour === 'devpi' ? `${origin}${firstIndex}/` : flavour === 'pypi' ? `${origin}legacy/` : origin,
    indexUrl: (name) => (flavour === 'devpi' ? `${origin}${name ?? firstIndex}/` : `${origin}simple/`),
    simpleUrl: (name) => (flavour === 'devpi' ? `${origin}${name ?? firstIndex}/+simple/` : `${origin}simple/`),
    faults,
    requests,
    files: (index) => own(index ?? (flavour === 'devpi' ? firstIndex : DEFAULT_INDEX)),
    issuedTokens: () => [...tokens.keys(), ...minted],
    tamper(filename, index) {
      const f = files.get(key(index ?? (flavour === 'devpi' ? firstIndex : DEFAULT_INDEX), filename));
      if (!f) throw new Error(`no ${filename}`);
      writeFileSync(f.path, 'tampered');
      f.size = 8;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          rmSync(storage, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
