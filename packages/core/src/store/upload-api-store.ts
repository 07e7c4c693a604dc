/**
 * Any server with the legacy upload API (pypiserver, Nexus, Artifactory, GitLab …) and PyPI/TestPyPI:
 * uploads are the form twine sends; an upload's outcome is always settled by reading the index back and
 * comparing sha256, because servers answer a conflict with 400 or 409 (or 200 "identical", devpi); reading
 * is PEP 691 JSON where offered, PEP 503 HTML otherwise.
 */
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { StoreError } from '../errors/index';
import {
  basicCredentials,
  type Credentials,
  download,
  type HttpResponse,
  multipartBody,
  type RequestOptions,
  request,
} from '../http/index';
import { redactSecrets, redactUrl } from '../http/redact';
import type { Logger } from '../log/index';
import { hashingStream, strongestHash } from './hashing';
import { sha256Of } from './listed-hash';
import { localPart, normalizeProjectName, sameVersion, splitArtefactFilename } from './names';
import { PEP691_ACCEPT, parseProjectPage } from './project-page';
import { refuseMisfiled } from './pypiserver-names';
import { conflictError, serverMessage } from './server-answers';
import { parseSimpleLinks } from './simple-html';
import type { IndexedFile, LocalArtefact, Store, StoreCapabilities, StoreKind, UploadOutcome } from './store';
import { uploadFields } from './upload-fields';

export interface Connection {
  auth?: { username: string; password: string };
  timeoutMs?: number;
  retries?: number;
  logger: Logger;
}

export class UploadApiStore implements Store {
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

  private basic: Credentials | undefined;

  /** The store's credentials, bound to the origins the user gave (index and upload URL), sent nowhere else. */
  protected credentials(): Credentials | undefined {
    const auth = this.connection.auth;
    if (!auth) return undefined;
    this.basic ??= basicCredentials([this.indexUrl, this.uploadUrl], auth.username, auth.password);
    return this.basic;
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
    const credentials = this.credentials();
    if (credentials) options.auth = credentials;
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
        hint: response.credentialsDropped
          ? `the store redirected to ${redactUrl(response.url)}, another origin, and credentials never follow a redirect there: give that URL as the store`
          : this.connection.auth
            ? 'the store refused these credentials: check username/password (use __token__ with an API token) and the permissions on this index'
            : 'the store needs credentials: give a username and password (an API token with username __token__)',
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
    if (/json/i.test(String(response.headers['content-type'] ?? ''))) {
      const projects = response.json<{ projects?: { name?: unknown }[] }>().projects ?? [];
      return projects.flatMap((p) => (typeof p?.name === 'string' ? [normalizeProjectName(p.name)] : []));
    }
    return parseSimpleLinks(response.text()).map((link) => normalizeProjectName(link.text));
  }

  protected refuseUnsupported(artefact: LocalArtefact): void {
    if (this.capabilities.namesFromFilename === 'pypiserver') refuseMisfiled(artefact, this.indexUrl);
    const version = splitArtefactFilename(artefact.filename)?.version ?? '';
    if (!this.capabilities.localVersions && localPart(version) !== undefined) {
      throw new StoreError(`'${artefact.filename}' has the local version ${version}, which ${redactUrl(this.uploadUrl)} rejects`, {
        code: 'policy',
        hint: "PyPI and TestPyPI refuse local versions (+…): build with pep440-version's 'local-scheme: no-local-version', or publish to another store",
      });
    }
  }

  /** The file of this name the index lists now, with its sha256 (hashed from the bytes when the index has none). */
  private async listed(project: string, filename: string): Promise<{ file: IndexedFile; sha256: string } | undefined> {
    const file = (await this.listFiles(project)).find((f) => f.filename === filename);
    return file ? { file, sha256: await sha256Of(this, file) } : undefined;
  }

  async upload(artefact: LocalArtefact): Promise<UploadOutcome> {
    this.refuseUnsupported(artefact);
    // Look first: devpi answers 200 to an identical re-upload, PyPI 400, pypiserver 409 — only the index tells.
    const project = splitArtefactFilename(artefact.filename)?.project ?? '';
    const before = await this.listed(project, artefact.filename);
    if (before) {
      if (before.sha256 === artefact.sha256) return 'skipped';
      throw conflictError(artefact.filename, this.indexUrl, before.sha256, artefact.sha256);
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
        hint: "give the exact upload endpoint as input 'upload-url' (PyPI: https://upload.pypi.org/legacy/; pypiserver: the server root)",
      });
    }
    if (response.status === 400 || response.status === 409) {
      // "Already exists" is 400 or 409 depending on the server, and never trusted alone: read the index.
      const listed = await this.listed(project, artefact.filename);
      // Identical after a retried attempt: our first attempt got through before the connection dropped.
      if (listed?.sha256 === artefact.sha256) return response.attempts > 1 ? 'uploaded' : 'skipped';
      if (listed) throw conflictError(artefact.filename, this.indexUrl, listed.sha256, artefact.sha256);
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
        hint: "check the store URL, or give the upload endpoint as input 'upload-url'",
      });
    }
    throw this.failure(`upload of ${artefact.filename} to ${redactUrl(this.uploadUrl)} failed`, response);
  }

  async download(file: IndexedFile, destination: string): Promise<string> {
    const offered = file.sha256 ? { algorithm: 'sha256', hex: file.sha256 } : strongestHash(file.hashes);
    let hasher = hashingStream(offered ? [offered.algorithm] : []);
    const response = await download(
      file.url,
      destination,
      this.options({
        label: `download of ${file.filename}`,
        through: () => {
          hasher = hashingStream(offered ? [offered.algorithm] : []);
          return hasher;
        },
      } as RequestOptions),
    );
    if (response.status !== 200) throw this.failure(`download of ${file.filename} from ${redactUrl(file.url)} failed`, response);
    if (offered && hasher.digest(offered.algorithm) !== offered.hex) {
      await rm(destination, { force: true });
      throw new StoreError(
        `'${file.filename}' from ${redactUrl(this.indexUrl)} does not match its listed hash (${offered.algorithm} ${hasher.digest(offered.algorithm)}, index says ${offered.hex})`,
        { code: 'conflict', hint: 'the file changed on the server after it was published; do not promote or install it' },
      );
    }
    return hasher.digest();
  }

  async deleteRelease(project: string, version: string): Promise<void> {
    if (!this.capabilities.delete) {
      throw new StoreError(`${redactUrl(this.indexUrl)} does not support deleting files through its API`, {
        code: 'policy',
        hint: "set 'mode: copy', or delete the release in the server's own interface",
      });
    }
    // pypiserver's `remove_pkg` takes the name and version as spelled in the filename, once per spelling.
    const files = (await this.listFiles(project)).filter((f) => sameVersion(f.version, version));
    const spellings = new Map<string, { name: string; version: string }>();
    for (const f of files) {
      const parts = splitArtefactFilename(f.filename);
      if (parts) spellings.set(`${parts.project}\0${parts.version}`, { name: parts.project, version: parts.version });
    }
    for (const { name, version: fileVersion } of spellings.values()) {
      const form = Buffer.from(new URLSearchParams({ ':action': 'remove_pkg', name, version: fileVersion }).toString(), 'utf8');
      const response = await request(
        this.uploadUrl,
        this.options({
          method: 'POST',
          body: () => ({ stream: Readable.from([form]), length: form.length, contentType: 'application/x-www-form-urlencoded' }),
          followRedirects: false,
        }),
      );
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
