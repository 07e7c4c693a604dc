/**
 * What travels with a release besides its files — the docs and, in the embedded file store, the release
 * record and the release board. publish and promote call `prepareReleaseExtras` before they write (a
 * missing or altered docs zip refuses the run up front) and `shipReleaseExtras` after their files are in.
 */
import { type DocsArchive, type DocsPublication, docsArchiveOf, publishDocs } from '../docs/store-docs';
import { isWheelwrightError } from '../errors/index';
import type { Logger } from '../log/index';
import type { ReleaseManifest } from '../manifest/index';
import { FileIndexStore } from '../store/file-index';
import type { Store } from '../store/store';
import { regenerateBoard } from './release-board';
import { writeReleaseRecord } from './release-record';

export * from './flow-diagram';
export * from './github-release';
export * from './release-board';
export * from './release-record';
export * from './render-board';

export interface ReleaseExtras {
  docs?: DocsArchive;
}

export interface ShippedExtras {
  docs?: DocsPublication;
  /** The release board that was regenerated (embedded file store). */
  board?: string;
}

export async function prepareReleaseExtras(
  manifest: ReleaseManifest | undefined,
  manifestPath: string | undefined,
): Promise<ReleaseExtras> {
  if (!manifest || !manifestPath) return {};
  const docs = await docsArchiveOf(manifest, manifestPath);
  return docs ? { docs } : {};
}

/**
 * Docs into `store` (a conflict with docs already fixed on a non-volatile index is a warning: the files
 * are what a release is), then the record and board of a file store. `refresh` are further stores whose
 * boards changed too (the source of a promote).
 */
export async function shipReleaseExtras(
  store: Store,
  manifest: ReleaseManifest | undefined,
  extras: ReleaseExtras,
  logger: Logger,
  refresh: readonly Store[] = [],
): Promise<ShippedExtras> {
  const shipped: ShippedExtras = {};
  if (manifest) {
    try {
      shipped.docs = await publishDocs(store, manifest, extras.docs, logger);
    } catch (error) {
      if (!isWheelwrightError(error) || error.code !== 'conflict') throw error;
      logger.warning(error.message);
      shipped.docs = { outcome: 'skipped', message: error.message };
    }
    if (store instanceof FileIndexStore) await writeReleaseRecord(store.root, manifest);
  }
  const roots = new Set<string>();
  for (const each of [store, ...refresh]) if (each instanceof FileIndexStore) roots.add(each.root);
  for (const root of roots) {
    const board = await regenerateBoard(root);
    if (board && !shipped.board) {
      shipped.board = board;
      logger.info(`release board: ${board}`);
    }
  }
  return shipped;
}
