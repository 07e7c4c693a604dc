/**
 * devpi: an upload-API store with JSON views, login tokens (`X-Devpi-Auth`), deletion on volatile
 * indexes and a server-side `push` between indexes of one server.
 */
import { Readable } from 'node:stream';
import { StoreError } from '../errors/index';
import { type Credentials, headerCredentials, request } from '../http/index';
import { redactUrl } from '../http/redact';
import { normalizeProjectName, sameVersion, splitArtefactFilename } from './names';
import { linkFilename } from './project-page';
import { serverMessage } from './server-answers';
import type { IndexedFile, PushResult, UploadOutcome } from './store';
import { type Connection, UploadApiStore } from './upload-api-store';

interface DevpiLink {
  rel?: string;
  href?: unknown;
  hashes?: Record<string, unknown>;
  hash_spec?: unknown;
  requires_python?: unknown;
}

export class DevpiStore extends UploadApiStore {
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

  /** After login, devpi's token (X-Devpi-Auth) instead of Basic, bound to the devpi server's origin. */
  protected override credentials(): Credentials | undefined {
    if (!this.token || !this.connection.auth) return super.credentials();
    const value = Buffer.from(`${this.connection.auth.username}:${this.token}`, 'utf8').toString('base64');
    return headerCredentials(this.serverRoot, { 'X-Devpi-Auth': value }, [this.token]);
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
    const token = response.json<{ result?: { password?: unknown } }>().result?.password;
    this.token = typeof token === 'string' ? token : undefined;
  }

  /** The files this index itself holds (`?ignore_bases`), from devpi's JSON project view. */
  private async ownFiles(indexUrl: string, project: string): Promise<IndexedFile[]> {
    const url = `${indexUrl}${encodeURIComponent(normalizeProjectName(project))}?ignore_bases`;
    const response = await request(url, this.options({ headers: { Accept: 'application/json' }, label: `reading ${redactUrl(url)}` }));
    if (response.status === 404) return [];
    if (response.status !== 200) throw this.failure(`reading ${redactUrl(url)} failed`, response);
    const result = response.json<{ result?: Record<string, { '+links'?: DevpiLink[] } | null> }>().result ?? {};
    const wanted = normalizeProjectName(project);
    const files: IndexedFile[] = [];
    for (const release of Object.values(result)) {
      for (const link of release?.['+links'] ?? []) {
        if ((link.rel !== undefined && link.rel !== 'releasefile') || typeof link.href !== 'string') continue;
        const filename = linkFilename(link.href, response.url);
        const parts = filename === undefined ? undefined : splitArtefactFilename(filename);
        if (filename === undefined || !parts || normalizeProjectName(parts.project) !== wanted) continue;
        const hashes: Record<string, string> = {};
        for (const [name, value] of Object.entries(link.hashes ?? {})) if (typeof value === 'string') hashes[name] = value.toLowerCase();
        const spec = typeof link.hash_spec === 'string' ? /^([a-z0-9]+)=([0-9a-f]+)$/i.exec(link.hash_spec) : null;
        if (spec?.[1] && spec[2]) hashes[spec[1].toLowerCase()] ??= spec[2].toLowerCase();
        const sha256 = /^[0-9a-f]{64}$/.test(hashes.sha256 ?? '') ? (hashes.sha256 as string) : '';
        const file: IndexedFile = { filename, url: new URL(link.href, response.url).href, sha256, hashes, version: parts.version };
        if (typeof link.requires_python === 'string' && link.requires_python) file.requiresPython = link.requires_python;
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
            hint: "non-volatile devpi indexes keep every release: set 'mode: copy'",
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

  /**
   * The source files against what the target holds: which are there already (same sha256), which are
   * missing; a file there with other bytes is a conflict.
   */
  private async compareTarget(targetPath: string, project: string, source: IndexedFile[]) {
    const there = await this.ownFiles(`${this.serverRoot}${targetPath}/`, project);
    const skipped: string[] = [];
    const missing: string[] = [];
    for (const file of source) {
      const existing = there.find((t) => t.filename === file.filename);
      if (existing && existing.sha256 !== file.sha256) {
        throw new StoreError(
          `'${file.filename}' already exists in ${targetPath} with different content (sha256 ${existing.sha256} there, ${file.sha256} here)`,
          { code: 'conflict', hint: 'a published file is never overwritten: bump the version' },
        );
      }
      (existing ? skipped : missing).push(file.filename);
    }
    return { skipped, missing };
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
    const { skipped, missing } = await this.compareTarget(targetPath, project, source);
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
    if (response.status === 200) return { pushed: missing, skipped };
    // Another promotion of the same release may have pushed between our look and our push (devpi then
    // answers 409): when the target now holds exactly these bytes, the release is where it should be.
    const after = await this.compareTarget(targetPath, project, source).catch((error: unknown) => {
      if (error instanceof StoreError && error.code === 'conflict') throw error;
      return undefined;
    });
    if (after && after.missing.length === 0) return { pushed: [], skipped: after.skipped };
    throw this.failure(`devpi push of ${project} ${version} from ${this.indexPath} to ${targetPath} failed`, response);
  }
}
