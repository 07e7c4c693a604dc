/**
 * The one interface publish, clean-env-test and promote use to talk to an artefact store. Callers choose
 * behaviour by capability, never by kind (DESIGN.md, "Stores"). Implementations: the embedded file index,
 * the legacy upload API (+ PEP 691/503 reading), devpi, PyPI.
 */

export type StoreKind = 'file' | 'upload-api' | 'devpi' | 'pypi';

/** What `openStore` needs: one URL (or folder), plus the upload endpoint where it differs (PyPI). */
export interface StoreSpec {
  /** A folder or file:// URL (file index), a simple index URL, a devpi index URL; credentials in it are accepted. */
  url: string;
  /** The legacy upload endpoint when it is not derivable from `url` (PyPI: https://upload.pypi.org/legacy/). */
  uploadUrl?: string;
  username?: string;
  password?: string;
  /** The index's name in reports and the manifest (`unstable`, …); default: derived from the URL. */
  name?: string;
  /**
   * Forces the kind instead of recognising it (e.g. `pypi` for a self-hosted warehouse, so local versions
   * are refused up front). Default: recognised from the URL and the server's answers.
   */
  kind?: StoreKind;
  /** Per-request time-out of the HTTP stores (ms of silence on the socket). */
  timeoutMs?: number;
  /** Retries of transient HTTP failures (connection reset, 502/503/504, 429). */
  retries?: number;
}

/** A file of a project as the index lists it. */
export interface IndexedFile {
  filename: string;
  /** Absolute URL (file:// for the file index) to download it from. */
  url: string;
  /**
   * Lower-case hex sha256 as the index states it (`#sha256=` or PEP 691 `hashes.sha256`); '' when the
   * index offers none (pypiserver `--hash-algo md5`, Nexus): `sha256Of` then hashes the downloaded bytes.
   */
  sha256: string;
  /** Every hash the index lists, by hashlib name (`md5`, `sha256`, …), lower-case hex. */
  hashes?: Record<string, string>;
  /** The version parsed from the filename (as spelled in the filename). */
  version: string;
  requiresPython?: string;
  /** True when a PEP 658 core-metadata file is served beside it. */
  hasMetadata?: boolean;
  yanked?: boolean;
}

/** A built artefact on the local disk, with the core metadata the upload API needs. */
export interface LocalArtefact {
  path: string;
  filename: string;
  sha256: string;
  size: number;
  /** Core metadata fields (METADATA / PKG-INFO), multi-valued fields as arrays. */
  metadata: Record<string, string | string[]>;
  /** The METADATA / PKG-INFO file as it is in the archive (the file index serves it as the PEP 658 file). */
  metadataText?: string;
}

export type UploadOutcome = 'uploaded' | 'skipped';

export interface StoreCapabilities {
  /** Files or releases can be deleted (promote's `move`, rollback of a partial release). */
  delete: boolean;
  /** Local versions (`+g…`) are accepted. */
  localVersions: boolean;
  /** A server-side copy of a release to another index of the same server (devpi `push`). */
  push: boolean;
  /** A filename can be uploaded again after it was deleted (false on PyPI). */
  reuseFilenames: boolean;
  /**
   * The server files an upload under the project its filename spells, read by its own rule rather than
   * from the metadata (pypiserver: the name ends at the first `-<digit>…`), so a filename it misreads is
   * refused before the upload.
   */
  namesFromFilename?: 'pypiserver';
}

/** What `pushRelease` did: files copied and files that were already on the target with the same sha256. */
export interface PushResult {
  pushed: string[];
  skipped: string[];
}

export interface Store {
  readonly kind: StoreKind;
  /** The index's name: `unstable`, `testing`, `stable` or its last path segment. */
  readonly name: string;
  /** The PEP 503 simple index URL pip installs from (no credentials in it). */
  readonly indexUrl: string;
  /** Where uploads go (no credentials); equals the folder URL for the file index. */
  readonly uploadUrl: string;
  readonly capabilities: StoreCapabilities;
  /** Every file of a project in this index (not inherited ones); [] when the project is absent. */
  listFiles(project: string): Promise<IndexedFile[]>;
  /** Project names in the index, for "did you mean" suggestions. */
  listProjects(): Promise<string[]>;
  /**
   * Uploads one file; an identical file already there is `skipped`, a different one a StoreError with
   * code `conflict` ("already exists with different content"). Never overwrites.
   */
  upload(artefact: LocalArtefact): Promise<UploadOutcome>;
  /**
   * Streams a listed file to `destination`, checks it against the strongest hash the index lists, and
   * returns the sha256 of the bytes written (the caller compares it when the index lists no sha256).
   */
  download(file: IndexedFile, destination: string): Promise<string>;
  /** Removes every file of a release; throws when the store cannot delete. */
  deleteRelease(project: string, version: string): Promise<void>;
  /**
   * pip arguments that install from this index and nowhere else. Without credentials unless asked: a
   * caller that passes `{ credentials: true }` must keep the result out of every log (redactUrl).
   */
  pipIndexArgs(options?: { credentials?: boolean }): string[];
  /**
   * Server-side copy of a release into another index of the same server (capability `push`: devpi).
   * `targetIndex` is the target's `user/index` (or its URL on the same server). Files already on the
   * target with the same sha256 are skipped; a different sha256 there is a `conflict` error.
   */
  pushRelease?(project: string, version: string, targetIndex: string): Promise<PushResult>;
  /**
   * Puts a release's docs zip (`<name>-<version>.doc.zip`, index.html at its root) where the store serves
   * it, and says where that is (devpi: `<index>/<project>/<version>/+doc/index.html`). Absent: the store
   * hosts no docs (pypiserver, PyPI).
   */
  uploadDocs?(
    project: string,
    version: string,
    archive: { path: string; filename: string; sha256: string; size: number },
  ): Promise<{ outcome: UploadOutcome; url: string }>;
}
