/**
 * Stores behind HTTP: any server with the legacy upload API (pypiserver, Nexus, Artifactory, GitLab …),
 * PyPI/TestPyPI, and devpi. Facts in ../../../../shared/PROTOCOLS.md: upload fields as twine sends them,
 * conflicts answered 400 or 409 (or 200 "identical" by devpi) so an upload's outcome is always settled by
 * reading the index back and comparing sha256; reading via PEP 691 JSON where offered, PEP 503 HTML
 * otherwise, relative links resolved against the page.
 */
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { StoreError } from '../errors/index';
import { download, type HttpResponse, multipartBody, type RequestOptions, request } from '../http/index';
import { redactSecrets, redactUrl } from '../http/redact';
import type { Logger } from '../log/index';
import { hashingStream, metadataField, metadataList } from './hashing';
import { localPart, normalizeProjectName, sameVersion, splitArtefactFilename } from './names';
import { parseSimpleLinks, splitHashFragment } from './simple-html';
import type { IndexedFile, LocalArtefact, PushResult, Store, StoreCapabilities, StoreKind, StoreSpec, UploadOutcome } from './store';

const PEP691_ACCEPT = 'application/vnd.pypi.simple.v1+json, text/html;q=0.1';

/** Core metadata field → upload API form field, as twine (4.x, 6.x) names them. */
const SINGLE_FIELDS: readonly (readonly [string, string])[] = [
  ['Metadata-Version', 'metadata_version'],
  ['Summary', 'summary'],
  ['Home-page', 'home_page'],
  ['Author', 'author'],
  ['Author-email', 'author_email'],
  ['Maintainer', 'maintainer'],
  ['Maintainer-email', 'maintainer_email'],
  ['License', 'license'],
  ['License-Expression', 'license_expression'],
  ['Description', 'description'],
  ['Keywords', 'keywords'],
  ['Download-URL', 'download_url'],
  ['Description-Content-Type', 'description_content_type'],
  ['Requires-Python', 'requires_python'],
];
const LIST_FIELDS: readonly (readonly [string, string])[] = [
  ['Classifier', 'classifiers'],
  ['Platform', 'platform'],
  ['Supported-Platform', 'supported_platform'],
  ['Requires-Dist', 'requires_dist'],
  ['Provides-Dist', 'provides_dist'],
  ['Obsoletes-Dist', 'obsoletes_dist'],
  ['Requires-External', 'requires_external'],
  ['Project-URL', 'project_urls'],
  ['Provides-Extra', 'provides_extra'],
  ['License-File', 'license_file'],
  ['Dynamic', 'dynamic'],
];

/** The form fields of one upload, text fields in twine's order (the file follows as `content`). */
export function uploadFields(artefact: LocalArtefact): [string, string][] {
  const parts = splitArtefactFilename(artefact.filename);
  const meta = artefact.metadata;
  const fields: [string, string][] = [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    // devpi answers 500 without name/version; pypiserver reads the filename instead (PROTOCOLS.md).
    ['name', metadataField(meta, 'Name') ?? parts?.project ?? ''],
    ['version', metadataField(meta, 'Version') ?? parts?.version ?? ''],
    ['filetype', parts?.kind === 'wheel' ? 'bdist_wheel' : 'sdist'],
    ['pyversion', parts?.kind === 'wheel' ? (parts.pythonTag ?? '') : 'source'],
  ];
  for (const [field, form] of SINGLE_FIELDS) {
    const value = metadataField(meta, field);
    if (value !== undefined) fields.push([form, value]);
  }
  for (const [field, form] of LIST_FIELDS) for (const value of metadataList(meta, field)) fields.push([form, value]);
  fields.push(['sha256_digest', artefact.sha256]);
  return fields;
}

/** The first line of what a server said: reason phrase, plus the body's text when it is short. */
function serverMessage(response: HttpResponse): string {
  const body = response
    .text()
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const reason =
    response.reason && !/^(OK|Bad Request|Conflict|Forbidden|Unauthorized|Not Found|Internal Server Error)$/i.test(response.reason)
      ? response.reason
      : '';
  const text = [reason, body.length > 0 && body.length < 300 ? body : ''].filter(Boolean).join(': ');
  return `HTTP ${response.status}${text ? ` ${text}` : ` ${response.reason}`}`.trim();
}

const PYPI_HOSTS: Record<string, { index: string; upload: string }> = {
  'pypi.org': { index: 'https://pypi.org/simple/', upload: 'https://upload.pypi.org/legacy/' },
  'upload.pypi.org': { index: 'https://pypi.org/simple/', upload: 'https://upload.pypi.org/legacy/' },
  'test.pypi.org': { index: 'https://test.pypi.org/simple/', upload: 'https://test.pypi.org/legacy/' },
};

interface Connection {
  auth?: { username: string; password: string };
  timeoutMs?: number;
  retries?: number;
  logger: Logger;
}

class UploadApiStore implements Store {
  readonly capabilities: StoreCapabilities;

  constructor(
    readonly kind: StoreKind,
    readonly name: string,
    readonly indexUrl: string,
    readonly uploadUrl: string,
    protected readonly connection: Connection,
    capabilities: Partial<StoreCapabilities> = {},
  ) {
    this.capabilities = {
      delete: false,
      localVersions: kind !== 'pypi',
      push: false,
      reuseFilenames: kind !== 'pypi',
      ...capabilities,
    };
  }

  protected get secrets(): string[] {
    return this.connection.auth ? [this.connection.auth.password] : [];
  }

  protected headers(): Record<string, string> {
    return {};
  }

  protected options(extra: RequestOptions = {}): RequestOptions {
    const options: RequestOptions = {
      secrets: this.secrets,
      onRetry: (info) =>
        this.connection.logger.info(`  ${info.reason}; retrying in ${Math.round(info.delayMs)} ms (attempt ${info.attempt + 1})`),
      ...extra,
      headers: { ...this.headers(), ...extra.headers },
    };
    if (this.connection.auth && !options.headers?.['X-Devpi-Auth']) options.auth = this.connection.auth;
    if (this.connection.timeoutMs !== undefined) options.timeoutMs = this.connection.timeoutMs;
    if (this.connection.retries !== undefined) options.retries = this.connection.retries;
    return options;
  }

  protected failure(what: string, response: HttpResponse): StoreError {
    const message = redactSecrets(`${what}: ${serverMessage(response)}`, this.secrets);
    if (response.status === 401 || response.status === 403) {
      return new StoreError(message, {
        code: 'auth',
        status: response.status,
        hint: this.connection.auth
          ? 'the store refused these credentials: check username/password (use __token__ with an API token) and the permissions on this index'
          : 'the store needs credentials: set username and password (an API token with username __token__)',
      });
    }
    return new StoreError(message, { status: response.status });
  }

  async listFiles(project: string): Promise<IndexedFile[]> {
    const pageUrl = `${this.indexUrl}${encodeURIComponent(normalizeProjectName(project))}/`;
    const response = await request(pageUrl, this.options({ headers: { Accept: PEP691_ACCEPT }, label: `reading ${redactUrl(pageUrl)}` }));
    if (response.status === 404) return [];
    if (response.status !== 200) throw this.failure(`reading ${redactUrl(pageUrl)} failed`, response);
    return parseProjectPage(response, project);
  }

  async listProjects(): Promise<string[]> {
    const response = await request(this.indexUrl, this.options({ headers: { Accept: PEP691_ACCEPT } }));
    if (response.status !== 200) throw this.failure(`reading ${redactUrl(this.indexUrl)} failed`, response);
    if (String(response.headers['content-type'] ?? '').includes('json')) {
      return (response.json<{ projects?: { name: string }[] }>().projects ?? []).map((p) => normalizeProjectName(p.name));
    }
    return parseSimpleLinks(response.text()).map((link) => normalizeProjectName(link.text));
  }

  protected refuseUnsupported(artefact: LocalArtefact): void {
    const version = splitArtefactFilename(artefact.filename)?.version ?? '';
    if (!this.capabilities.localVersions && localPart(version) !== undefined) {
      throw new StoreError(`'${artefact.filename}' has the local version ${version}, which ${redactUrl(this.uploadUrl)} rejects`, {
        code: 'policy',
        hint: "PyPI and TestPyPI refuse local versions (+…): build with setuptools_scm's `local-scheme: no-local-version` (pep440-version input) or publish to another store",
      });
    }
  }

  async upload(artefact: LocalArtefact): Promise<UploadOutcome> {
    this.refuseUnsupported(artefact);
    // Look first: devpi answers 200 to an identical re-upload, PyPI 400, pypiserver 409 — only the index tells.
    const project = splitArtefactFilename(artefact.filename)?.project ?? '';
    const before = (await this.listFiles(project)).find((f) => f.filename === artefact.filename);
    if (before) {
      if (before.sha256 === artefact.sha256) return 'skipped';
      throw conflictError(artefact, before, this.indexUrl);
    }
    const body = multipartBody(uploadFields(artefact), {
      field: 'content',
      filename: artefact.filename,
      path: artefact.path,
      size: artefact.size,
    });
    const response = await request(
      this.uploadUrl,
      this.options({
        method: 'POST',
        body,
        followRedirects: false,
        label: `upload of ${artefact.filename} to ${redactUrl(this.uploadUrl)}`,
      }),
    );
    if (response.status === 200 || response.status === 201) return 'uploaded';
    if (response.status >= 300 && response.status < 400) {
      throw new StoreError(`${redactUrl(this.uploadUrl)} redirected the upload of ${artefact.filename} (HTTP ${response.status})`, {
        hint: 'give the exact upload endpoint as upload-url (PyPI: https://upload.pypi.org/legacy/; pypiserver: the server root)',
      });
    }
    if (response.status === 400 || response.status === 409) {
      // "Already exists" is 400 or 409 depending on the server, and never trusted alone: read the index.
      const listed = (await this.listFiles(project)).find((f) => f.filename === artefact.filename);
      // Identical after a retried attempt: our first attempt got through before the connection dropped.
      if (listed?.sha256 === artefact.sha256) return response.attempts > 1 ? 'uploaded' : 'skipped';
      if (listed) throw conflictError(artefact, listed, this.indexUrl);
      if (!this.capabilities.reuseFilenames && /already exists|reuse/i.test(response.text() + response.reason)) {
        throw new StoreError(`${redactUrl(this.uploadUrl)} refuses '${artefact.filename}': ${serverMessage(response)}`, {
          code: 'conflict',
          status: response.status,
          hint: 'PyPI never accepts a filename twice, even after deletion: publish a new version',
        });
      }
    }
    if (response.status === 404 || response.status === 405) {
      throw new StoreError(`${redactUrl(this.uploadUrl)} is not an upload endpoint (${serverMessage(response)})`, {
        status: response.status,
        hint: 'check the store URL, or give the upload endpoint as upload-url',
      });
    }
    throw this.failure(`upload of ${artefact.filename} to ${redactUrl(this.uploadUrl)} failed`, response);
  }

  async download(file: IndexedFile, destination: string): Promise<void> {
    let hasher = hashingStream();
    const response = await download(
      file.url,
      destination,
      this.options({
        label: `download of ${file.filename}`,
        through: () => {
          hasher = hashingStream();
          return hasher;
        },
      } as RequestOptions),
    );
    if (response.status !== 200) throw this.failure(`download of ${file.filename} from ${redactUrl(file.url)} failed`, response);
    if (hasher.digest() !== file.sha256) {
      await rm(destination, { force: true });
      throw new StoreError(
        `'${file.filename}' from ${redactUrl(this.indexUrl)} does not match its listed hash (sha256 ${hasher.digest()}, index says ${file.sha256})`,
        { code: 'conflict', hint: 'the file changed on the server after it was published; do not promote or install it' },
      );
    }
  }

  async deleteRelease(project: string, version: string): Promise<void> {
    if (!this.capabilities.delete) {
      throw new StoreError(`${redactUrl(this.indexUrl)} does not support deleting files through its API`, {
        code: 'policy',
        hint: "use mode 'copy', or delete the release in the server's own interface",
      });
    }
    // pypiserver: `remove_pkg` with the name spelled as in the filename (PROTOCOLS.md), once per spelling.
    const files = (await this.listFiles(project)).filter((f) => sameVersion(f.version, version));
    const spellings = new Map<string, string>();
    for (const f of files) {
      const parts = splitArtefactFilename(f.filename);
      if (parts) spellings.set(`${parts.project}\0${parts.version}`, parts.project);
    }
    for (const [key, name] of spellings) {
      const fileVersion = key.split('\0')[1] ?? version;
      const fields: [string, string][] = [
        [':action', 'remove_pkg'],
        ['name', name],
        ['version', fileVersion],
      ];
      const response = await request(this.uploadUrl, this.options({ method: 'POST', body: formBody(fields), followRedirects: false }));
      if (response.status !== 200) throw this.failure(`removing ${name} ${fileVersion} from ${redactUrl(this.uploadUrl)} failed`, response);
    }
  }

  pipIndexArgs(options: { credentials?: boolean } = {}): string[] {
    if (!options.credentials || !this.connection.auth) return ['--index-url', this.indexUrl];
    const url = new URL(this.indexUrl);
    url.username = this.connection.auth.username;
    url.password = this.connection.auth.password;
    return ['--index-url', url.href];
  }
}

function conflictError(artefact: LocalArtefact, existing: IndexedFile, indexUrl: string): StoreError {
  return new StoreError(
    `'${artefact.filename}' already exists in ${redactUrl(indexUrl)} with different content (sha256 ${existing.sha256} there, ${artefact.sha256} here)`,
    {
      code: 'conflict',
      hint: 'a published file is never overwritten: bump the version (or rebuild from the tagged commit) and publish again',
    },
  );
}

/** A multipart body of text fields only (pypiserver's remove_pkg is a form post). */
function formBody(fields: readonly (readonly [string, string])[]) {
  const boundary = `----wheelwright${Math.random().toString(16).slice(2)}`;
  let text = '';
  for (const [name, value] of fields) text += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  text += `--${boundary}--\r\n`;
  const bytes = Buffer.from(text, 'utf8');
  return () => ({ stream: Readable.from([bytes]), length: bytes.length, contentType: `multipart/form-data; boundary=${boundary}` });
}

/** Files of a PEP 691 JSON or PEP 503 HTML project page, links resolved against the page's URL. */
export function parseProjectPage(response: HttpResponse, project: string): IndexedFile[] {
  const wanted = normalizeProjectName(project);
  const files: IndexedFile[] = [];
  const add = (
    filename: string,
    href: string,
    sha256: string | undefined,
    requiresPython: string | undefined,
    extra: Partial<IndexedFile>,
  ) => {
    const parts = splitArtefactFilename(filename);
    if (!parts || normalizeProjectName(parts.project) !== wanted) return;
    const file: IndexedFile = {
      filename,
      url: new URL(href, response.url).href,
      sha256: sha256?.toLowerCase() ?? '',
      version: parts.version,
      ...extra,
    };
    if (requiresPython) file.requiresPython = requiresPython;
    files.push(file);
  };
  if (String(response.headers['content-type'] ?? '').includes('json')) {
    const data = response.json<{
      files?: {
        filename: string;
        url: string;
        hashes?: Record<string, string>;
        'requires-python'?: string;
        yanked?: unknown;
        'core-metadata'?: unknown;
      }[];
    }>();
    for (const f of data.files ?? []) {
      add(f.filename, f.url, f.hashes?.sha256, f['requires-python'], {
        ...(f.yanked ? { yanked: true } : {}),
        ...(f['core-metadata'] ? { hasMetadata: true } : {}),
      });
    }
    return files;
  }
  for (const link of parseSimpleLinks(response.text())) {
    const { url, sha256 } = splitHashFragment(link.href);
    const filename = decodeURIComponent(new URL(url, response.url).pathname.split('/').pop() ?? link.text);
    add(filename, url, sha256, link.attributes['data-requires-python'], {
      ...(link.attributes['data-yanked'] !== undefined ? { yanked: true } : {}),
      ...(link.attributes['data-core-metadata'] || link.attributes['data-dist-info-metadata'] ? { hasMetadata: true } : {}),
    });
  }
  return files;
}

/** devpi: JSON views, login tokens, deletion on volatile indexes, server-side push. */
class DevpiStore extends UploadApiStore {
  private token: string | undefined;

  constructor(
    name: string,
    /** `http://host/user/index/` */
    readonly devpiIndexUrl: string,
    readonly serverRoot: string,
    connection: Connection,
    volatile: boolean,
  ) {
    super('devpi', name, `${devpiIndexUrl}+simple/`, devpiIndexUrl, connection, { delete: volatile, push: true });
  }

  /** `user/index` of this store. */
  get indexPath(): string {
    return this.devpiIndexUrl.slice(this.serverRoot.length).replace(/\/$/, '');
  }

  protected override get secrets(): string[] {
    return [...super.secrets, ...(this.token ? [this.token] : [])];
  }

  protected override headers(): Record<string, string> {
    if (!this.token || !this.connection.auth) return {};
    return { 'X-Devpi-Auth': Buffer.from(`${this.connection.auth.username}:${this.token}`, 'utf8').toString('base64') };
  }

  /** devpi's JSON login (POST /+login); the token then goes in X-Devpi-Auth. */
  async login(): Promise<void> {
    if (!this.connection.auth) return;
    const body = Buffer.from(JSON.stringify({ user: this.connection.auth.username, password: this.connection.auth.password }));
    // The password travels in the JSON body only, not also in a Basic header.
    const { auth: _basic, ...options } = this.options({
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      label: 'devpi login',
    });
    const response = await request(`${this.serverRoot}+login`, {
      ...options,
      body: () => ({ stream: Readable.from([body]), length: body.length }),
    });
    if (response.status !== 200) throw this.failure(`devpi login at ${redactUrl(this.serverRoot)} failed`, response);
    this.token = response.json<{ result?: { password?: string } }>().result?.password;
  }

  /** The files this index itself holds (`?ignore_bases`), from devpi's JSON project view. */
  private async ownFiles(indexUrl: string, project: string): Promise<IndexedFile[]> {
    const url = `${indexUrl}${encodeURIComponent(normalizeProjectName(project))}?ignore_bases`;
    const response = await request(url, this.options({ headers: { Accept: 'application/json' }, label: `reading ${redactUrl(url)}` }));
    if (response.status === 404) return [];
    if (response.status !== 200) throw this.failure(`reading ${redactUrl(url)} failed`, response);
    const result =
      response.json<{
        result?: Record<
          string,
          { '+links'?: { rel?: string; href: string; hashes?: Record<string, string>; hash_spec?: string; requires_python?: string }[] }
        >;
      }>().result ?? {};
    const files: IndexedFile[] = [];
    for (const release of Object.values(result)) {
      for (const link of release['+links'] ?? []) {
        if (link.rel !== undefined && link.rel !== 'releasefile') continue;
        const absolute = new URL(link.href, response.url).href;
        const filename = decodeURIComponent(new URL(absolute).pathname.split('/').pop() ?? '');
        const parts = splitArtefactFilename(filename);
        if (!parts) continue;
        const sha256 = link.hashes?.sha256 ?? /^sha256=([0-9a-f]{64})$/.exec(link.hash_spec ?? '')?.[1] ?? '';
        const file: IndexedFile = { filename, url: absolute, sha256, version: parts.version };
        if (link.requires_python) file.requiresPython = link.requires_python;
        files.push(file);
      }
    }
    return files.sort((a, b) => a.filename.localeCompare(b.filename));
  }

  override listFiles(project: string): Promise<IndexedFile[]> {
    return this.ownFiles(this.devpiIndexUrl, project);
  }

  override async deleteRelease(project: string, version: string): Promise<void> {
    const versions = new Set((await this.listFiles(project)).filter((f) => sameVersion(f.version, version)).map((f) => f.version));
    for (const v of versions) {
      const url = `${this.devpiIndexUrl}${encodeURIComponent(normalizeProjectName(project))}/${encodeURIComponent(v)}`;
      const response = await request(url, this.options({ method: 'DELETE', headers: { Accept: 'application/json' } }));
      if (response.status === 403 && !this.capabilities.delete) {
        throw new StoreError(
          `devpi refuses to delete ${project} ${v} from the non-volatile index ${this.indexPath} (${serverMessage(response)})`,
          {
            code: 'policy',
            status: 403,
            hint: "non-volatile devpi indexes keep every release: use mode 'copy'",
          },
        );
      }
      if (response.status !== 200 && response.status !== 404)
        throw this.failure(`deleting ${project} ${v} from ${this.indexPath} failed`, response);
    }
  }

  /** devpi's documentation upload: what `devpi upload --with-docs` posts (`:action=doc_upload`, the zip as content). */
  async uploadDocs(
    project: string,
    version: string,
    archive: { path: string; filename: string; sha256: string; size: number },
  ): Promise<{ outcome: UploadOutcome; url: string }> {
    const { devpiDocsUpload } = await import('../docs/devpi-docs');
    return devpiDocsUpload(
      this.devpiIndexUrl,
      project,
      version,
      archive,
      (url, extra) => request(url, this.options(extra)),
      (what, response) => this.failure(what, response),
    );
  }

  async pushRelease(project: string, version: string, targetIndex: string): Promise<PushResult> {
    const target = targetIndex.startsWith(this.serverRoot) ? targetIndex.slice(this.serverRoot.length) : targetIndex;
    const targetPath = target.replace(/^\/+|\/+$/g, '').replace(/\/\+simple$/, '');
    if (!/^[^/]+\/[^/]+$/.test(targetPath)) {
      throw new StoreError(`devpi push target '${redactUrl(targetIndex)}' is not a user/index on ${redactUrl(this.serverRoot)}`, {
        hint: 'name the target index as user/index, on the same devpi server',
      });
    }
    const source = (await this.listFiles(project)).filter((f) => sameVersion(f.version, version));
    if (source.length === 0) {
      throw new StoreError(`${project} ${version} is not on ${this.indexPath} (only its own files can be pushed)`, {
        hint: 'publish it there first',
      });
    }
    // devpi's push is not idempotent (409 on any file already on a non-volatile target): look first.
    const there = await this.ownFiles(`${this.serverRoot}${targetPath}/`, project);
    const skipped: string[] = [];
    const missing: string[] = [];
    for (const file of source) {
      const existing = there.find((t) => t.filename === file.filename);
      if (existing && existing.sha256 !== file.sha256) {
        throw new StoreError(
          `'${file.filename}' already exists in ${targetPath} with different content (sha256 ${existing.sha256} there, ${file.sha256} here)`,
          {
            code: 'conflict',
            hint: 'a published file is never overwritten: bump the version',
          },
        );
      }
      (existing ? skipped : missing).push(file.filename);
    }
    if (missing.length === 0) return { pushed: [], skipped };
    if (skipped.length > 0) {
      throw new StoreError(
        `${targetPath} already holds part of ${project} ${version} (${skipped.join(', ')}) but not ${missing.join(', ')}; devpi's push copies whole releases only`,
        { code: 'conflict', hint: 'upload the missing files to the target directly (promote falls back to download + upload)' },
      );
    }
    const payload = Buffer.from(JSON.stringify({ name: project, version: source[0]?.version ?? version, targetindex: targetPath }));
    const response = await request(this.devpiIndexUrl, {
      ...this.options({
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        followRedirects: false,
        label: `devpi push to ${targetPath}`,
      }),
      body: () => ({ stream: Readable.from([payload]), length: payload.length }),
    });
    if (response.status !== 200)
      throw this.failure(`devpi push of ${project} ${version} from ${this.indexPath} to ${targetPath} failed`, response);
    return { pushed: missing, skipped };
  }
}

function credentialsOf(spec: StoreSpec, url: URL): { username: string; password: string } | undefined {
  const username = spec.username || decodeURIComponent(url.username);
  const password = spec.password || decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  return username || password ? { username: username || '__token__', password } : undefined;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export async function openHttpStore(spec: StoreSpec, logger: Logger): Promise<Store> {
  let url: URL;
  try {
    url = new URL(spec.url);
  } catch {
    throw new StoreError(`store '${redactUrl(spec.url)}' is not a valid URL`, { code: 'input' });
  }
  let auth = credentialsOf(spec, url);
  url.search = '';
  url.hash = '';
  let uploadUrl: string | undefined;
  if (spec.uploadUrl) {
    let upload: URL;
    try {
      upload = new URL(spec.uploadUrl);
    } catch {
      throw new StoreError(`upload-url '${redactUrl(spec.uploadUrl)}' is not a valid URL`, {
        code: 'input',
        hint: 'give the full endpoint, e.g. https://upload.pypi.org/legacy/',
      });
    }
    // Credentials may sit in the upload URL instead (PyPI: the index is public, uploads are not).
    auth ??= credentialsOf({ url: spec.uploadUrl }, upload);
    upload.username = '';
    upload.password = '';
    uploadUrl = upload.href;
  }
  const connection: Connection = { logger, ...(auth ? { auth } : {}) };
  if (spec.timeoutMs !== undefined) connection.timeoutMs = spec.timeoutMs;
  if (spec.retries !== undefined) connection.retries = spec.retries;
  const href = withSlash(url.href);
  const segments = url.pathname.split('/').filter(Boolean);

  const pypi = PYPI_HOSTS[url.hostname];
  if (spec.kind === 'pypi' || (pypi && spec.kind === undefined)) {
    const index =
      pypi && url.hostname === 'upload.pypi.org' ? pypi.index : /\/simple\/$/.test(href) ? href : (pypi?.index ?? `${href}simple/`);
    return new UploadApiStore(
      'pypi',
      spec.name ?? (url.hostname === 'test.pypi.org' ? 'testpypi' : 'pypi'),
      index,
      uploadUrl ?? pypi?.upload ?? `${href.replace(/simple\/$/, '')}legacy/`,
      connection,
    );
  }

  const plusSimple = segments.indexOf('+simple');
  let devpiIndex: string | undefined;
  let devpiConfig: { volatile?: boolean } | undefined;
  if (plusSimple >= 2) {
    devpiIndex = `${url.origin}/${segments.slice(0, plusSimple).join('/')}/`;
  } else if (spec.kind === 'devpi' || (spec.kind === undefined && !/\/simple\/$/.test(href))) {
    // Recognise devpi by its header on a JSON view of the URL (PROTOCOLS.md: X-Devpi-Api-Version on every answer).
    const probe = await request(href, {
      headers: { Accept: 'application/json' },
      secrets: [auth?.password],
      ...(connection.retries !== undefined ? { retries: connection.retries } : {}),
    });
    if (probe.headers['x-devpi-api-version'] !== undefined || spec.kind === 'devpi') {
      devpiIndex = href;
      try {
        devpiConfig = probe.status === 200 ? probe.json<{ result?: { volatile?: boolean } }>().result : undefined;
      } catch {
        devpiConfig = undefined;
      }
      if (probe.status === 404) {
        throw new StoreError(`devpi index ${redactUrl(href)} does not exist (${serverMessage(probe)})`, {
          status: 404,
          hint: 'check user/index in the store URL',
        });
      }
    }
  }
  if (devpiIndex) {
    const path = new URL(devpiIndex).pathname.split('/').filter(Boolean);
    const root = `${new URL(devpiIndex).origin}/${path.slice(0, -2).join('/')}${path.length > 2 ? '/' : ''}`;
    if (!devpiConfig) {
      const config = await request(devpiIndex, { headers: { Accept: 'application/json' } });
      devpiConfig = config.status === 200 ? config.json<{ result?: { volatile?: boolean } }>().result : undefined;
    }
    const store = new DevpiStore(
      spec.name ?? path[path.length - 1] ?? 'devpi',
      devpiIndex,
      root,
      connection,
      devpiConfig?.volatile ?? false,
    );
    await store.login();
    logger.debug(`store: devpi index ${redactUrl(devpiIndex)}`);
    return store;
  }

  // Generic upload API: `…/simple/` is read, its parent takes uploads (pypiserver's `/`, Nexus's
  // `…/repository/<name>/`, Artifactory's `…/api/pypi/<repo>/`, GitLab's `…/packages/pypi/`).
  const indexUrl = /\/simple\/$/.test(href) ? href : `${href}simple/`;
  const base = indexUrl.replace(/simple\/$/, '');
  // pypiserver announces itself on its root page; it is the upload-API server known to delete (remove_pkg).
  let deletable = false;
  if (!uploadUrl || uploadUrl === base) {
    const root = await request(base, { ...(auth ? { auth } : {}), secrets: [auth?.password], retries: connection.retries ?? 2 }).catch(
      () => undefined,
    );
    deletable = root?.status === 200 && /pypiserver/i.test(root.text());
  }
  const name = spec.name ?? segments.filter((s) => s !== 'simple').pop() ?? url.hostname;
  logger.debug(`store: upload API at ${redactUrl(uploadUrl ?? base)}, index ${redactUrl(indexUrl)}`);
  return new UploadApiStore('upload-api', name, indexUrl, uploadUrl ?? base, connection, { delete: deletable });
}
