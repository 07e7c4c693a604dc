import type { ShippedExtras } from '../board/index';
import type { ReleaseTrigger } from '../channels/index';
import type { ReleaseManifest } from '../manifest/index';
import type { Store, StoreSpec } from '../store/index';
import type { Channel } from './policy';

export type PromoteMode = 'copy' | 'move';

/**
 * How the files travel, best available per pair of stores: devpi's server-side `push` between indexes
 * of one server; a file copy (no download) between file indexes; otherwise download, check, upload.
 */
export type PromoteMechanism = 'push' | 'file-copy' | 'transfer';

/** Mirrors the promote action's inputs (camelCase); the CLI fills the same object. */
export interface PromoteOptions {
  /** Release manifest path (from clean-env-test); or `package` + `version`. */
  manifest?: string;
  /** Files or folders (searched for *.json) of the test legs' manifests, merged into `manifest` first. */
  tested?: readonly string[];
  package?: string;
  version?: string;
  from: string;
  to: string;
  fromUploadUrl?: string;
  toUploadUrl?: string;
  fromUsername?: string;
  fromPassword?: string;
  toUsername?: string;
  toPassword?: string;
  /** `stable`, `testing`, `unstable`; default: the target index's name. */
  toChannel?: Channel | '';
  /** Default `copy`. */
  mode?: PromoteMode;
  /** Refuse a manifest whose recorded tests did not pass (default true). */
  requireTests?: boolean;
  requireSignedTag?: boolean;
  /** SSH allowed_signers file or OpenPGP public key file (path or content). */
  allowedSigners?: string;
  /** The release tag; default the manifest's `source.tag`. */
  tag?: string;
  /** The git work tree holding the tag (default: the current directory). */
  repository?: string;
  dryRun?: boolean;
  /**
   * Promote only as far as this run may release (`releaseTarget`): to stable only a final version built at
   * its tag, in a run triggered by that tag. Otherwise nothing happens and the result says why (`heldBack`).
   */
  releaseOnly?: boolean;
  /** What started the run (the event's ref); default: local. */
  trigger?: ReleaseTrigger;
  /** Where downloads are staged (default RUNNER_TEMP or the OS temp folder). */
  workDir?: string;
  /** Opens a store; tests and the bench pass their own. Default: the store layer's `openStore`. */
  openStore?: (spec: StoreSpec) => Promise<Store>;
  /** Receives every form of every credential (passwords, credentials inside the URLs) before anything runs, to mask it. */
  onSecret?: (value: string) => void;
}

export type FileOutcome = 'promoted' | 'skipped' | 'planned';

export interface PromotedFile {
  filename: string;
  sha256: string;
  outcome: FileOutcome;
}

export interface PromoteResult {
  project: string;
  version: string;
  from: { name: string; indexUrl: string; kind: string };
  to: { name: string; indexUrl: string; kind: string };
  channel: Channel;
  mode: PromoteMode;
  mechanism: PromoteMechanism;
  dryRun: boolean;
  files: PromotedFile[];
  /** Why nothing was promoted (release-only and this run may not reach the target channel). */
  heldBack?: string;
  /** Filenames copied to the target by this run. */
  promoted: string[];
  /** Filenames already on the target with the same sha256. */
  skipped: string[];
  /** True when `move` removed the release from the source. */
  removedFromSource: boolean;
  /** The tag check, when required. */
  signedTag?: { tag: string; commit: string; signer: string };
  /** Updated manifest (absent when none was given or on a dry run). */
  manifestPath?: string;
  manifest?: ReleaseManifest;
  /** The docs on the target (or the notice that it takes none) and the file store's board. */
  extras?: ShippedExtras;
}
