/**
 * promoteRelease: moves one tested release between indexes (unstable → testing → stable) all-or-nothing,
 * proving by sha256 that the target holds exactly the bytes the source index lists.
 *
 * Order matters: everything that can refuse (inputs, manifest tests, channel policy, signed tag, source
 * listing and hashes, target conflicts, `move` capability) is checked before the first write, so a
 * refusal changes nothing. Writes are tracked; a failure after the first write rolls the target back
 * where the store can delete, and otherwise the error says exactly which files are where.
 */

import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareReleaseExtras, shipReleaseExtras } from '../board/index';
import { promotionHeldBack } from '../channels/index';
import { InputError, isWheelwrightError, StoreError, WheelwrightError } from '../errors/index';
import { credentialSecrets } from '../http/credentials';
import type { Logger } from '../log/index';
import { mergeTestRuns, type ReleaseManifest, readManifest, testsPassed, writeManifest } from '../manifest/index';
import { classifyVersion, compareVersions, isValidVersion } from '../pep440/index';
import {
  type IndexedFile,
  normalizeProjectName,
  openStore,
  readLocalArtefact,
  resolveInside,
  type Store,
  type StoreSpec,
  sameVersion,
  sha256Of,
  withSha256,
} from '../store/index';
import { ownerGone } from '../store/lock';
import { type Channel, checkChannelPolicy, PolicyError, targetChannel } from './policy';
import { verifySignedTag } from './signed-tag';
import type { PromotedFile, PromoteMechanism, PromoteMode, PromoteOptions, PromoteResult } from './types';

interface Release {
  project: string;
  version: string;
  manifest?: ReleaseManifest;
  manifestPath?: string;
}

export async function promoteRelease(options: PromoteOptions, logger: Logger): Promise<PromoteResult> {
  for (const secret of [
    ...credentialSecrets([options.from, options.fromUploadUrl], options.fromUsername, options.fromPassword),
    ...credentialSecrets([options.to, options.toUploadUrl], options.toUsername, options.toPassword),
  ])
    options.onSecret?.(secret);
  const mode = readMode(options.mode);
  const release = await resolveRelease(options);
  const { project, version } = release;
  // A given to-channel names the target (reports, the manifest): a server that serves one index at its
  // root (pypiserver) has no index name in its URL, only a host name.
  const givenChannel = options.toChannel?.trim() ? targetChannel(options.toChannel, '') : undefined;
  // This run may not reach the channel: decided before any store is opened, so nothing is read or written.
  const heldBack = givenChannel && options.releaseOnly ? releaseHeldBack(options, release, givenChannel) : undefined;
  if (heldBack) return heldBackResult(options, release, givenChannel as Channel, mode, heldBack);
  // The docs zip the manifest names is checked now: a missing or altered one refuses before any write.
  const extras = await prepareReleaseExtras(release.manifest, release.manifestPath);

  // Tests first: a release whose recorded tests failed goes nowhere, whatever the stores say.
  if (release.manifest && options.requireTests !== false && !testsPassed(release.manifest)) {
    throw new PolicyError(
      'tested-release',
      describeTests(release.manifest),
      "fix the failures, or set 'require-tests: false' to promote anyway",
    );
  }

  const open = options.openStore ?? openStore;
  const source = await open(storeSpec(options.from, options.fromUploadUrl, options.fromUsername, options.fromPassword));
  const target = await open(storeSpec(options.to, options.toUploadUrl, options.toUsername, options.toPassword, givenChannel));
  if (source.indexUrl === target.indexUrl) {
    throw new InputError(`input 'from' and input 'to' are the same index (${source.indexUrl})`, {
      hint: 'promote between two different indexes',
    });
  }
  // The source goes by the name the manifest recorded for its URL (publish's index-name, an earlier to-channel).
  const sourceName = release.manifest?.stores.find((entry) => entry.url === source.indexUrl)?.index || source.name;
  const channel = targetChannel(options.toChannel, target.name);
  const heldBackByName = !givenChannel && options.releaseOnly ? releaseHeldBack(options, release, channel) : undefined;
  if (heldBackByName) return heldBackResult(options, release, channel, mode, heldBackByName);
  checkChannelPolicy(project, version, channel);
  if (version.includes('+') && !target.capabilities.localVersions) {
    throw new PolicyError(
      'local-version',
      `${target.name} (${target.indexUrl}) does not accept local versions like ${version}`,
      "build with 'local-scheme: no-local-version'",
    );
  }
  if (mode === 'move' && !source.capabilities.delete) {
    throw new PolicyError(
      'move',
      `${source.name} (${source.indexUrl}) cannot delete releases, so ${project} ${version} cannot be moved out of it`,
      'use mode: copy',
    );
  }

  let signedTag: PromoteResult['signedTag'];
  if (options.requireSignedTag) {
    const tag = options.tag || release.manifest?.source?.tag;
    if (!tag) {
      throw new PolicyError(
        'signed-tag',
        `${project} ${version} has no release tag to verify`,
        "pass input 'tag', or promote a build of a tagged commit",
      );
    }
    const commit = release.manifest?.source?.commit;
    const verified = await verifySignedTag({
      repository: options.repository ?? process.cwd(),
      tag,
      allowedSigners: options.allowedSigners ?? '',
      ...(commit ? { commit } : {}),
    });
    signedTag = { tag: verified.tag, commit: verified.commit, signer: verified.signer };
    // The tag regex is the project's (setuptools_scm `tag_regex`), so a tag that does not read as this
    // version is worth a warning, not a refusal: the commit check above is the binding one.
    const tagVersion = tag.replace(/^[^0-9]*?[-_]?[vV]?(?=\d)/, '');
    if (!sameVersion(tagVersion, version))
      logger.warning(`tag ${tag} does not name version ${version}; it was verified on the release's commit`);
    logger.info(`tag ${tag}: ${verified.signer}`);
  }

  // What the source holds, checked against the manifest: a file rebuilt or altered since it was tested fails here.
  const sourceFiles = await withSha256(source, await releaseFiles(source, project, version));
  if (release.manifest) {
    checkAgainstManifest(release.manifest, sourceFiles, source);
    // A release is every file of the version in the source (other jobs may have added platform wheels).
    const unrecorded = sourceFiles.filter((file) => !release.manifest?.files.some((f) => f.filename === file.filename));
    if (unrecorded.length > 0)
      logger.info(
        `${source.name} also holds ${unrecorded.map((f) => f.filename).join(', ')} of ${project} ${version} (not in this manifest); promoted with the release`,
      );
  }

  // What the target holds: the same bytes are skipped, anything else under this version is a conflict.
  const targetFiles = await withSha256(
    target,
    (await target.listFiles(project)).filter((file) => sameVersion(file.version, version)),
  );
  const skipped: IndexedFile[] = [];
  const pending: IndexedFile[] = [];
  for (const file of sourceFiles) {
    const there = targetFiles.find((other) => other.filename === file.filename);
    if (!there) pending.push(file);
    else if (there.sha256 === file.sha256) skipped.push(file);
    else {
      throw new StoreError(
        `${file.filename} is already in ${target.name} (${target.indexUrl}) with different content (sha256 ${there.sha256.slice(0, 12)}…, source ${file.sha256.slice(0, 12)}…); it is never overwritten`,
        { code: 'conflict', hint: 'a different build of this version was promoted before; bump the version instead of rebuilding it' },
      );
    }
  }
  const strangers = targetFiles.filter((file) => !sourceFiles.some((mine) => mine.filename === file.filename));
  if (strangers.length > 0) {
    throw new StoreError(
      `${target.name} already holds ${project} ${version} with files the source does not have (${strangers.map((f) => f.filename).join(', ')}); a release is never mixed from two builds`,
      { code: 'conflict', hint: 'remove the stray files from the target, or promote the build that produced them' },
    );
  }

  const mechanism = chooseMechanism(source, target);
  const result: PromoteResult = {
    project,
    version,
    from: describeStore(source, sourceName),
    to: describeStore(target),
    channel,
    mode,
    mechanism,
    dryRun: options.dryRun === true,
    files: [
      ...pending.map(
        (file): PromotedFile => ({ filename: file.filename, sha256: file.sha256, outcome: options.dryRun ? 'planned' : 'promoted' }),
      ),
      ...skipped.map((file): PromotedFile => ({ filename: file.filename, sha256: file.sha256, outcome: 'skipped' })),
    ],
    promoted: [],
    skipped: skipped.map((file) => file.filename),
    removedFromSource: false,
    ...(signedTag ? { signedTag } : {}),
  };
  for (const file of skipped) logger.info(`${file.filename}: already in ${target.name} with the same sha256, skipped`);
  if (options.dryRun) {
    for (const file of pending)
      logger.info(`would ${mode} ${file.filename} (sha256 ${file.sha256}) ${source.name} → ${target.name} by ${mechanism}`);
    if (mode === 'move') logger.info(`would remove ${project} ${version} from ${source.name}`);
    return result;
  }

  const added: string[] = [];
  try {
    if (pending.length > 0) {
      await logger.group(`${mode} ${project} ${version}: ${source.name} → ${target.name} (${mechanism})`, async () => {
        if (mechanism === 'push') await pushFiles(source, target, project, version, pending, added, logger);
        else await copyFiles(source, target, pending, mechanism, options.workDir, added, logger);
      });
      await verifyTarget(target, project, version, sourceFiles);
    }
    // The docs (and the file store's record and board) join the files before the source lets go of them.
    result.extras = await shipReleaseExtras(target, release.manifest, extras, logger);
    if (mode === 'move') {
      await source.deleteRelease(project, version);
      result.removedFromSource = true;
      logger.info(`removed ${project} ${version} from ${source.name}`);
      await shipReleaseExtras(source, undefined, {}, logger);
    }
  } catch (error) {
    throw await rollBack(error, { source, target, project, version, added, pending, skipped });
  }
  result.promoted = added;
  for (const file of result.files) if (file.outcome === 'promoted' && !added.includes(file.filename)) file.outcome = 'skipped';
  result.skipped = result.files.filter((file) => file.outcome === 'skipped').map((file) => file.filename);

  if (release.manifest && release.manifestPath) {
    const changed = added.length > 0 || result.removedFromSource;
    result.manifest = recordPromotion(release.manifest, result.from, target, mode, changed);
    await writeManifest(release.manifestPath, result.manifest);
    result.manifestPath = release.manifestPath;
  }
  return result;
}

/** Why this run may not promote the release to `channel` under release-only (undefined: it may). */
function releaseHeldBack(options: PromoteOptions, release: Release, channel: Channel): string | undefined {
  // Only stable waits for a release; testing and unstable take any tested build.
  if (channel !== 'stable') return undefined;
  if (!release.manifest)
    throw new InputError("input 'release-only' needs input 'manifest': the build's record of the tag it was made at", {
      hint: "pass build-wheel's manifest output, or drop input 'release-only'",
      options: [{ name: 'release-only' }, { name: 'manifest' }],
    });
  const source = release.manifest.source ?? {};
  const facts = {
    channel: classifyVersion(release.version).channel,
    tag: source.tag ?? '',
    distance: source.distance ?? -1,
    dirty: source.dirty ?? false,
  };
  return promotionHeldBack(channel, facts, options.trigger ?? { kind: 'local' });
}

/** The result of a promotion this run may not make: nothing opened, nothing changed. */
function heldBackResult(options: PromoteOptions, release: Release, channel: Channel, mode: PromoteMode, reason: string): PromoteResult {
  const nowhere = (location: string) => ({ name: location, indexUrl: '', kind: '' });
  return {
    project: release.project,
    version: release.version,
    from: nowhere(options.from),
    to: { ...nowhere(options.to), name: channel },
    channel,
    mode,
    mechanism: 'transfer',
    dryRun: options.dryRun === true,
    files: [],
    promoted: [],
    skipped: [],
    removedFromSource: false,
    heldBack: `${release.project} ${release.version} was not promoted to ${channel}: ${reason}`,
  };
}

function readMode(mode: string | undefined): PromoteMode {
  const value = (mode ?? '').trim() || 'copy';
  if (value !== 'copy' && value !== 'move') throw new InputError(`input 'mode' must be copy or move, got '${mode}'`);
  return value;
}

async function resolveRelease(options: PromoteOptions): Promise<Release> {
  const pkg = options.package?.trim() ?? '';
  const version = options.version?.trim() ?? '';
  if (!options.from?.trim()) throw new InputError("input 'from' is required: the store or index the release is in");
  if (!options.to?.trim()) throw new InputError("input 'to' is required: the store or index to promote the release to");
  if (options.manifest?.trim()) {
    const manifest = await readManifest(options.manifest.trim());
    if (pkg && normalizeProjectName(pkg) !== normalizeProjectName(manifest.name)) {
      throw new InputError(`input 'package' (${pkg}) does not match the manifest's name (${manifest.name})`, {
        hint: "give either input 'manifest' or input 'package' and input 'version'",
      });
    }
    if (version && !sameVersion(version, manifest.version)) {
      throw new InputError(`input 'version' (${version}) does not match the manifest's version (${manifest.version})`, {
        hint: "give either input 'manifest' or input 'package' and input 'version'",
      });
    }
    const merged = await mergeTestedManifests(manifest, options.manifest.trim(), options.tested ?? []);
    return { project: manifest.name, version: manifest.version, manifest: merged, manifestPath: options.manifest.trim() };
  }
  if (!pkg || !version) {
    throw new InputError("give input 'manifest', or both input 'package' and input 'version'", {
      hint: 'the manifest is an output of build-wheel, publish and clean-env-test',
    });
  }
  return { project: pkg, version };
}

/** The test legs' manifests (files, or folders searched for *.json) merged into the manifest, which is rewritten. */
async function mergeTestedManifests(manifest: ReleaseManifest, manifestPath: string, tested: readonly string[]): Promise<ReleaseManifest> {
  if (tested.length === 0) return manifest;
  const paths: string[] = [];
  for (const entry of tested) {
    const found = await stat(entry).catch(() => undefined);
    if (!found)
      throw new InputError(`input 'tested' names ${entry}, which does not exist`, { hint: "download the test jobs' manifests first" });
    if (found.isDirectory())
      paths.push(...(await readdir(entry, { recursive: true })).filter((name) => name.endsWith('.json')).map((name) => join(entry, name)));
    else paths.push(entry);
  }
  const legs = [];
  for (const path of paths.sort()) legs.push({ path, manifest: await readManifest(path) });
  const merged = mergeTestRuns(manifest, legs);
  await writeManifest(manifestPath, merged);
  return merged;
}

function storeSpec(url: string, uploadUrl?: string, username?: string, password?: string, name?: string): StoreSpec {
  return {
    url: url.trim(),
    ...(name ? { name } : {}),
    ...(uploadUrl?.trim() ? { uploadUrl: uploadUrl.trim() } : {}),
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
  };
}

function describeTests(manifest: ReleaseManifest): string {
  if (manifest.tests.length === 0) return `the manifest of ${manifest.name} ${manifest.version} records no test run`;
  const failed = manifest.tests.filter((run) => run.failed > 0 || run.errors > 0 || run.passed === 0);
  const where = failed.map((run) => `Python ${run.python} on ${run.os}: ${run.failed} failed, ${run.errors} errors, ${run.passed} passed`);
  return `the recorded tests of ${manifest.name} ${manifest.version} did not pass (${where.join('; ')})`;
}

async function releaseFiles(source: Store, project: string, version: string): Promise<IndexedFile[]> {
  const all = await source.listFiles(project);
  const files = all.filter((file) => sameVersion(file.version, version));
  if (files.length > 0) return files;
  if (all.length === 0) {
    const projects = await source.listProjects().catch(() => [] as string[]);
    const like = projects.filter((name) => normalizeProjectName(name).includes(normalizeProjectName(project).slice(0, 4)));
    throw new InputError(
      `${project} is not in ${source.name} (${source.indexUrl})${like.length > 0 ? `; it holds ${like.slice(0, 10).join(', ')}` : projects.length === 0 ? '; the index is empty' : ''}`,
      { hint: "check input 'package' and input 'from'; publish the release there first" },
    );
  }
  const versions = [...new Set(all.map((file) => file.version))].sort((a, b) =>
    isValidVersion(a) && isValidVersion(b) ? compareVersions(a, b) : a.localeCompare(b),
  );
  throw new InputError(`${project} ${version} is not in ${source.name} (${source.indexUrl}); versions there: ${versions.join(', ')}`, {
    hint: "check input 'version' (or the manifest) and input 'from'",
  });
}

function checkAgainstManifest(manifest: ReleaseManifest, files: IndexedFile[], source: Store): void {
  for (const recorded of manifest.files) {
    const listed = files.find((file) => file.filename === recorded.filename);
    if (!listed) {
      throw new StoreError(
        `${recorded.filename} from the manifest is not in ${source.name} (${source.indexUrl}); it holds ${files.map((f) => f.filename).join(', ')}`,
        {
          hint: 'publish the whole release to the source index before promoting it',
        },
      );
    }
    if (listed.sha256 !== recorded.sha256.toLowerCase()) {
      throw new StoreError(
        `${recorded.filename} in ${source.name} has sha256 ${listed.sha256} but the manifest recorded ${recorded.sha256}: it changed since it was built and tested`,
        { code: 'conflict', hint: 'never promote a file that was replaced after testing; rebuild, publish and test again' },
      );
    }
  }
}

/** DESIGN.md, "Stores": choose by capability, not by type. */
export function chooseMechanism(source: Store, target: Store): PromoteMechanism {
  if (source.capabilities.push && source.pushRelease && target.capabilities.push && sameServer(source, target)) return 'push';
  if (source.kind === 'file' && target.kind === 'file') return 'file-copy';
  return 'transfer';
}

function sameServer(a: Store, b: Store): boolean {
  try {
    return new URL(a.indexUrl).origin === new URL(b.indexUrl).origin;
  } catch {
    return false;
  }
}

async function pushFiles(
  source: Store,
  target: Store,
  project: string,
  version: string,
  pending: IndexedFile[],
  added: string[],
  logger: Logger,
): Promise<void> {
  // devpi's push is not idempotent (409 for a file already on a non-volatile target), so the target was
  // listed first; pushRelease skips what is there with the same sha256.
  const pushed = await (source.pushRelease as NonNullable<Store['pushRelease']>)(project, version, target.uploadUrl);
  for (const filename of pushed.pushed) {
    added.push(filename);
    const file = pending.find((f) => f.filename === filename);
    logger.info(`${filename}: pushed to ${target.name}${file ? ` (sha256 ${file.sha256})` : ''}`);
  }
}

async function copyFiles(
  source: Store,
  target: Store,
  pending: IndexedFile[],
  mechanism: PromoteMechanism,
  workDir: string | undefined,
  added: string[],
  logger: Logger,
): Promise<void> {
  const parent = workDir ?? process.env.RUNNER_TEMP ?? tmpdir();
  await removeAbandonedStaging(parent);
  const staging = await mkdtemp(join(parent, `${STAGING_PREFIX}${process.pid}-`));
  try {
    for (const file of pending) {
      // Between file indexes the file is read in place; otherwise the store streams the download into the
      // staging folder and checks it against the source index as it goes. The name comes from an index:
      // it is joined only if it stays inside the staging folder.
      const path = mechanism === 'file-copy' ? fileURLToPath(file.url) : resolveInside(staging, file.filename);
      if (mechanism !== 'file-copy') await source.download(file, path);
      // The metadata sent to the target is read from the file itself, never from the source index; the
      // hash of the bytes about to be uploaded is checked against the source index once more.
      const artefact = await readLocalArtefact(path);
      if (artefact.sha256 !== file.sha256) {
        throw new StoreError(
          `${file.filename} in ${source.name} has sha256 ${artefact.sha256} but its index lists ${file.sha256}: the file was altered`,
          { code: 'conflict', hint: 'restore the file or rebuild and republish the release; a changed file is never promoted' },
        );
      }
      const outcome = await target.upload(artefact);
      if (outcome === 'uploaded') added.push(file.filename);
      logger.info(`${file.filename}: ${outcome === 'uploaded' ? 'copied' : 'already there'} to ${target.name} (sha256 ${file.sha256})`);
      if (mechanism !== 'file-copy') await rm(path, { force: true });
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

const STAGING_PREFIX = 'ww-promote-';

/** Staging folders of promotions whose process is gone (killed mid-copy): `ww-promote-<pid>-<random>`. */
async function removeAbandonedStaging(parent: string): Promise<void> {
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(/^ww-promote-(\d+)-[A-Za-z0-9]+$/.exec(name)?.[1]);
    if (Number.isInteger(pid) && ownerGone(pid, hostname())) await rm(join(parent, name), { recursive: true, force: true });
  }
}

/** Reads the target back: every file of the release listed with the source's sha256. */
async function verifyTarget(target: Store, project: string, version: string, files: IndexedFile[]): Promise<void> {
  const listed = (await target.listFiles(project)).filter((file) => sameVersion(file.version, version));
  for (const file of files) {
    const there = listed.find((other) => other.filename === file.filename);
    if (!there) throw new StoreError(`${file.filename} is not listed by ${target.name} (${target.indexUrl}) after the upload`);
    const sha256 = await sha256Of(target, there);
    if (sha256 !== file.sha256) {
      throw new StoreError(`${file.filename} in ${target.name} has sha256 ${sha256} after the upload, expected ${file.sha256}`, {
        code: 'conflict',
      });
    }
  }
}

interface RollbackContext {
  source: Store;
  target: Store;
  project: string;
  version: string;
  added: string[];
  pending: IndexedFile[];
  skipped: IndexedFile[];
}

/**
 * After a failure: leave the target as it was. Deleting the release is only right when it held none of
 * it before (otherwise files we did not add would go too); in every other case say what is where.
 */
async function rollBack(error: unknown, context: RollbackContext): Promise<WheelwrightError | unknown> {
  const { source, target, project, version, skipped } = context;
  // A push that failed midway may have stored files it did not report; read what is there now.
  const now = await target
    .listFiles(project)
    .then((files) => files.filter((file) => sameVersion(file.version, version)).map((file) => file.filename))
    .catch(() => undefined);
  const added = now ? now.filter((filename) => !skipped.some((file) => file.filename === filename)) : context.added;
  const base = isWheelwrightError(error) ? error : undefined;
  const message = base?.message ?? (error instanceof Error ? error.message : String(error));
  const wrap = (suffix: string) =>
    new WheelwrightError(base?.code ?? 'store', `${message}; ${suffix}`, { ...(base?.hint ? { hint: base.hint } : {}), cause: error });
  if (added.length === 0) {
    return base
      ? wrap(
          `nothing was changed: ${target.name} holds ${skipped.length > 0 ? `only ${skipped.map((f) => f.filename).join(', ')} (there before)` : `no file of ${project} ${version}`}, ${source.name} is unchanged`,
        )
      : error;
  }
  if (target.capabilities.delete && skipped.length === 0) {
    try {
      await target.deleteRelease(project, version);
      return wrap(
        `rolled back: removed ${added.join(', ')} from ${target.name}, so it holds no file of ${project} ${version}; ${source.name} is unchanged`,
      );
    } catch (rollbackError) {
      const why = rollbackError instanceof Error ? rollbackError.message : String(rollbackError);
      return wrap(
        `rollback failed (${why}): ${target.name} holds ${added.join(', ')} of ${project} ${version}; ${source.name} is unchanged`,
      );
    }
  }
  const missing = [...context.pending, ...skipped]
    .map((f) => f.filename)
    .filter((filename) => !added.includes(filename) && !skipped.some((f) => f.filename === filename));
  return wrap(
    `${target.name} cannot ${target.capabilities.delete ? 'roll back only part of a release' : 'delete'}: it now holds ${[...skipped.map((f) => f.filename), ...added].join(', ')} of ${project} ${version}` +
      `${missing.length > 0 ? ` and lacks ${missing.join(', ')}` : ''}; ${source.name} still holds the whole release; re-run the promotion to complete it`,
  );
}

function describeStore(store: Store, name = store.name): PromoteResult['from'] {
  return { name, indexUrl: store.indexUrl, kind: store.kind };
}

function recordPromotion(
  manifest: ReleaseManifest,
  source: PromoteResult['from'],
  target: Store,
  mode: PromoteMode,
  changed: boolean,
): ReleaseManifest {
  const at = new Date().toISOString();
  // A re-run that found everything in place records nothing new (the promotion is already there).
  const known = manifest.promotions.some((p) => p.from === source.name && p.to === target.name);
  if (!changed && known && manifest.stores.some((entry) => entry.url === target.indexUrl)) return manifest;
  const stores = manifest.stores.filter((entry) => entry.url !== target.indexUrl && !(mode === 'move' && entry.url === source.indexUrl));
  stores.push({ index: target.name, url: target.indexUrl, by: 'promote', at });
  return { ...manifest, stores, promotions: [...manifest.promotions, { from: source.name, to: target.name, mode, at }] };
}
