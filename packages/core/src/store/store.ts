/**
 * The one interface publish, clean-env-test and promote use to talk to an artefact store. Callers choose
 * behaviour by capability, never by kind (DESIGN.md, "Stores"). Implementations: the embedded file index,
 * the legacy upload API (+ PEP 691/503 reading), devpi, PyPI. The store issue owns this file; extend it,
 * do not break it.
 */

export type StoreKind = 'file' | 'upload-api' | 'devpi' | 'pypi';

/** A file of a project as the index lists it. */
export interface IndexedFile {
  filename: string;
  /** Absolute URL (file:// for the file index) to download it from. */
  url: string;
  /** Lower-case hex sha256 as the index states it (`#sha256=` or PEP 691 `hashes.sha256`). */
  sha256: string;
  /** The version parsed from the filename (normalized). */
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
}

export type UploadOutcome = 'uploaded' | 'skipped';

export interface StoreCapabilities {
  /** Files or releases can be deleted (promote's `move`, rollback of a partial release). */
  delete: boolean;
  /** Local versions (`+g…`) are accepted. */
  localVersions: boolean;
}

export interface Store {
  readonly kind: StoreKind;
  /** The index's name: `unstable`, `testing`, `stable` or its last path segment. */
  readonly name: string;
  /** The PEP 503 simple index URL pip installs from (no credentials in it). */
  readonly indexUrl: string;
  readonly capabilities: StoreCapabilities;
  /** Every file of a project in this index (not inherited ones); [] when the project is absent. */
  listFiles(project: string): Promise<IndexedFile[]>;
  /** Project names in the index, for "did you mean" suggestions. */
  listProjects(): Promise<string[]>;
  /** Uploads one file; an identical file already there is `skipped`, a different one a conflict error. */
  upload(artefact: LocalArtefact): Promise<UploadOutcome>;
  /** Streams a listed file to `destination` and checks its sha256 against the index. */
  download(file: IndexedFile, destination: string): Promise<void>;
  /** Removes every file of a release; throws when the store cannot delete. */
  deleteRelease(project: string, version: string): Promise<void>;
  /** pip arguments that install from this index and nowhere else. */
  pipIndexArgs(): string[];
}
