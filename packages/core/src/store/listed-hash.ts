/**
 * The sha256 of a file an index lists, whatever the index offers: its own `sha256` when it states one,
 * otherwise the hash of the bytes it serves (downloaded, checked against the md5/sha1 it does list).
 * Indexes without sha256 links (pypiserver `--hash-algo md5`, many Nexus setups) are thereby compared
 * by content, never reported as "different" for lack of a hash.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveInside } from './inside';
import type { IndexedFile, Store } from './store';

export async function sha256Of(store: Store, file: IndexedFile): Promise<string> {
  if (file.sha256) return file.sha256;
  const folder = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'ww-hash-'));
  try {
    return await store.download(file, resolveInside(folder, file.filename));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The files with `sha256` filled in (downloads only those the index lists without one). */
export async function withSha256(store: Store, files: readonly IndexedFile[]): Promise<IndexedFile[]> {
  const complete: IndexedFile[] = [];
  for (const file of files) complete.push(file.sha256 ? file : { ...file, sha256: await sha256Of(store, file) });
  return complete;
}
