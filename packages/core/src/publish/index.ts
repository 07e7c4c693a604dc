/**
 * publish: puts a release's files into a store, idempotently. Every file is checked against
 * the index before anything is sent — same sha256 is skipped, a different one is an error and nothing is
 * uploaded — then uploaded one by one, and the index is read back to confirm each file with its hash. A
 * failure half-way removes what this run uploaded of a release where the store can delete, and says
 * exactly what is where where it cannot. The action and the CLI both call `publishRelease`.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { prepareReleaseExtras, type ShippedExtras, shipReleaseExtras } from '../board/index';
import { printableName } from '../distribution/printable-name';
import { InputError, StoreError, WheelwrightError } from '../errors/index';
import { credentialSecrets } from '../http/credentials';
import { redactUrl } from '../http/redact';
import type { Logger } from '../log/index';
import { markdownCell as cell } from '../log/index';
import { type ManifestFile, type ReleaseManifest, readManifest, writeManifest } from '../manifest/index';
import {
  type IndexedFile,
  type LocalArtefact,
  localPart,
  normalizeProjectName,
  openStore,
  readLocalArtefact,
  refuseMisfiled,
  type Store,
  sameVersion,
  sha256Of,
  splitArtefactFilename,
} from '../store/index';
import { filePatterns, noArtefactsError } from './local-files';
import { indexBaseOf, mintUploadToken } from './trusted-publishing';

export { checkFilePatterns } from './local-files';

export interface PublishOptions {
  /** Folder, file:// URL or index URL (credentials in it are accepted). */
  store: string;
  uploadUrl?: string;
  username?: string;
  password?: string;
  /** The release manifest from build-wheel; its files are published and it records the store. */
  manifest?: string;
  /** Globs (relative to `workspace`) used when no manifest is given. */
  files?: readonly string[];
  skipExisting?: boolean;
  verify?: boolean;
  dryRun?: boolean;
  /** Base folder for relative paths and globs (default: the current directory). */
  workspace?: string;
  /**
   * PyPI trusted publishing: trade the job's OIDC token for a short-lived upload token instead of a
   * stored password (PyPI, TestPyPI).
   */
  trustedPublishing?: boolean;
  /**
   * Receives every form of every credential the moment core sees it (the password, credentials inside
   * store/upload-url, the OIDC ID token and the minted token of trusted publishing), to mask it.
   */
  onSecret?: (value: string) => void;
  /** The front end's way to the job's OIDC token for an audience (the toolkit's, on the runner). */
  idToken?: (audience: string) => Promise<string>;
  /** The index's name in the manifest (default: the store's own). */
  indexName?: string;
}

export type FileOutcome = 'uploaded' | 'skipped' | 'would-upload' | 'would-skip';

export interface PublishedFile {
  filename: string;
  sha256: string;
  size: number;
  outcome: FileOutcome;
  /** Where the index lists it (after verification). */
  url?: string;
}

export interface PublishResult {
  store: { kind: string; name: string; indexUrl: string; uploadUrl: string };
  files: PublishedFile[];
  uploaded: string[];
  skipped: string[];
  /** What pip should use (`--index-url`). */
  indexUrl: string;
  /** The updated manifest, when one was given. */
  manifestPath?: string;
  dryRun: boolean;
  verified: boolean;
  /** Project and version when all files are of one release. */
  project?: string;
  version?: string;
  /** The release's docs in the store (or the notice that it takes none) and the file store's board. */
  extras?: ShippedExtras;
}

const ARTEFACT = /\.(whl|tar\.gz|zip)$/i;

interface Resolved {
  paths: string[];
  manifest?: ReleaseManifest;
  /** The manifest entry each path was found for (same order as `paths`). */
  entries?: ManifestFile[];
}

/**
 * The manifest's files on disk. Each entry is bound to its bytes: the file found must carry the entry's
 * filename (an entry's `path` naming another file is refused, not followed), and the bytes read later must
 * have the entry's size and sha256 (`checkEntry`).
 */
async function resolveFiles(options: PublishOptions, workspace: string): Promise<Resolved> {
  if (options.manifest) {
    const manifestPath = resolve(workspace, options.manifest);
    const manifest = await readManifest(manifestPath);
    if (manifest.files.length === 0)
      throw new InputError(`manifest '${options.manifest}' lists no files`, { hint: 'run build-wheel first' });
    const paths = manifest.files.map((file) => {
      let parts: ReturnType<typeof splitArtefactFilename>;
      try {
        parts = splitArtefactFilename(file.filename);
      } catch {
        parts = undefined;
      }
      if (
        !parts ||
        normalizeProjectName(parts.project) !== normalizeProjectName(manifest.name) ||
        !sameVersion(parts.version, manifest.version)
      ) {
        throw new InputError(
          `manifest '${options.manifest}' lists '${printableName(file.filename)}', which is not a wheel or sdist of ${manifest.name} ${manifest.version}`,
          { hint: 'the manifest is written by build-wheel; pass the one the build produced, unedited' },
        );
      }
      if (file.path !== undefined && basename(file.path) !== file.filename) {
        throw new InputError(
          `manifest '${options.manifest}': the entry for '${file.filename}' points at another file (path '${printableName(file.path)}')`,
          { hint: 'an entry is bound to its own file: the path must end in the entry filename; pass the manifest build-wheel wrote' },
        );
      }
      const candidates = [
        ...(file.path
          ? [isAbsolute(file.path) ? file.path : resolve(workspace, file.path), resolve(dirname(manifestPath), file.path)]
          : []),
        join(dirname(manifestPath), file.filename),
        join(workspace, 'dist', file.filename),
      ];
      const found = candidates.find((candidate) => existsSync(candidate));
      if (!found) {
        throw new InputError(`'${file.filename}' from manifest '${options.manifest}' is not on disk (looked in ${candidates.join(', ')})`, {
          hint: 'download the build artefacts into this job (actions/download-artifact) before publishing',
        });
      }
      return found;
    });
    return { paths, manifest, entries: manifest.files };
  }
  const patterns = filePatterns(options.files);
  const matched = await glob([...patterns], { cwd: workspace, absolute: true, onlyFiles: true });
  const paths = matched.filter((p) => ARTEFACT.test(p)).sort();
  if (paths.length === 0) throw noArtefactsError(patterns, workspace);
  return { paths };
}

/** The bytes read for a manifest entry must be the ones it records. */
function checkEntry(artefact: LocalArtefact, entry: ManifestFile): void {
  if (artefact.filename !== entry.filename || artefact.sha256 !== entry.sha256.toLowerCase() || artefact.size !== entry.size) {
    throw new InputError(
      `'${artefact.path}' is not the file the manifest records for '${entry.filename}' (sha256 ${artefact.sha256}, ${artefact.size} bytes; manifest says ${entry.sha256}, ${entry.size} bytes)`,
      { hint: 'publish the files the build produced; rebuild and republish if they had to change' },
    );
  }
}

function releaseKey(filename: string): string {
  const parts = splitArtefactFilename(filename);
  return parts ? `${normalizeProjectName(parts.project)} ${parts.version}` : filename;
}

export async function publishRelease(options: PublishOptions, logger: Logger): Promise<PublishResult> {
  for (const secret of credentialSecrets([options.store, options.uploadUrl], options.username, options.password))
    options.onSecret?.(secret);
  const workspace = resolve(options.workspace ?? process.cwd());
  const skipExisting = options.skipExisting ?? true;
  const verify = options.verify ?? true;
  const dryRun = options.dryRun ?? false;
  const { paths, manifest, entries } = await resolveFiles(options, workspace);
  const extras = await prepareReleaseExtras(manifest, options.manifest ? resolve(workspace, options.manifest) : undefined);

  const artefacts: LocalArtefact[] = [];
  for (const [i, path] of paths.entries()) {
    const artefact = await readLocalArtefact(path);
    const entry = entries?.[i];
    if (entry) checkEntry(artefact, entry);
    artefacts.push(artefact);
  }
  const seen = new Set<string>();
  for (const artefact of artefacts) {
    if (seen.has(artefact.filename)) {
      throw new InputError(`'${artefact.filename}' is given twice`, { hint: 'publish each file once (check the files globs)' });
    }
    seen.add(artefact.filename);
  }

  const storeUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(options.store) ? options.store : resolve(workspace, options.store);
  let username = options.username;
  let password = options.password;
  if (options.trustedPublishing && !dryRun) {
    if (password) {
      throw new InputError("input 'trusted-publishing' and input 'password' were both given", {
        hint: 'drop the password: trusted publishing mints its own token',
      });
    }
    if (!/^https?:/i.test(storeUrl)) {
      throw new InputError("input 'trusted-publishing' needs an index URL (PyPI or TestPyPI) as input 'store'", {
        hint: 'e.g. store: https://pypi.org/simple/',
      });
    }
    const indexBase = indexBaseOf(storeUrl);
    password = await mintUploadToken({
      indexBase,
      ...(options.onSecret ? { onSecret: options.onSecret } : {}),
      ...(options.idToken ? { idToken: options.idToken } : {}),
    });
    for (const secret of credentialSecrets([], '__token__', password)) options.onSecret?.(secret);
    username = '__token__';
    logger.info(`Trusted publishing: minted a short-lived upload token at ${redactUrl(indexBase)}`);
  }
  const store = await openStore(
    {
      url: storeUrl,
      ...(options.uploadUrl ? { uploadUrl: options.uploadUrl } : {}),
      ...(username ? { username } : {}),
      ...(password ? { password } : {}),
      ...(options.indexName ? { name: options.indexName } : {}),
    },
    logger,
  );
  logger.info(`Store: ${store.name} (${store.kind}) ${redactUrl(store.indexUrl)}`);

  // Refuse up front what the store will refuse (PyPI: local versions), before anything is sent.
  if (!store.capabilities.localVersions) {
    const local = artefacts.filter((a) => localPart(splitArtefactFilename(a.filename)?.version ?? '') !== undefined);
    if (local.length > 0) {
      throw new StoreError(`${store.name} rejects local versions, and ${local.map((a) => a.filename).join(', ')} carry one`, {
        code: 'policy',
        hint: "build with setuptools_scm's local scheme no-local-version (pep440-version's 'local-scheme: no-local-version') for PyPI and TestPyPI",
      });
    }
  }

  // pypiserver files an upload under the name its filename spells: a file it would misfile is refused here,
  // before any file of the release is sent.
  if (store.capabilities.namesFromFilename === 'pypiserver') for (const artefact of artefacts) refuseMisfiled(artefact, store.indexUrl);

  // What the index holds already, per project: decides skip / conflict for every file before any upload.
  const listed = new Map<string, IndexedFile[]>();
  const listing = async (filename: string) => {
    const project = normalizeProjectName(splitArtefactFilename(filename)?.project ?? filename);
    if (!listed.has(project)) listed.set(project, await store.listFiles(project));
    return listed.get(project) ?? [];
  };
  const files: PublishedFile[] = [];
  const toUpload: LocalArtefact[] = [];
  for (const artefact of artefacts) {
    const existing = (await listing(artefact.filename)).find((f) => f.filename === artefact.filename);
    // An index without sha256 links (md5 only) is compared by the bytes it serves.
    const existingSha256 = existing ? await sha256Of(store, existing) : undefined;
    const file: PublishedFile = {
      filename: artefact.filename,
      sha256: artefact.sha256,
      size: artefact.size,
      outcome: dryRun ? 'would-upload' : 'uploaded',
    };
    if (existing) {
      if (existingSha256 !== artefact.sha256) {
        throw new StoreError(
          `'${artefact.filename}' already exists in ${store.name} (${redactUrl(store.indexUrl)}) with different content (sha256 ${existingSha256} there, ${artefact.sha256} here); nothing was uploaded`,
          { code: 'conflict', hint: 'a published file is never overwritten: bump the version (a new commit or tag) and publish again' },
        );
      }
      if (!skipExisting) {
        throw new StoreError(
          `'${artefact.filename}' is already in ${store.name} (same sha256) and input 'skip-existing' is false; nothing was uploaded`,
          {
            code: 'conflict',
            hint: "set 'skip-existing: true' to make re-runs succeed",
          },
        );
      }
      file.outcome = dryRun ? 'would-skip' : 'skipped';
      file.url = existing.url;
    } else {
      toUpload.push(artefact);
    }
    files.push(file);
  }

  const result: PublishResult = {
    store: { kind: store.kind, name: store.name, indexUrl: store.indexUrl, uploadUrl: redactUrl(store.uploadUrl) },
    files,
    uploaded: [],
    skipped: files.filter((f) => f.outcome === 'skipped').map((f) => f.filename),
    indexUrl: store.indexUrl,
    dryRun,
    verified: false,
  };
  const releases = new Set(artefacts.map((a) => releaseKey(a.filename)));
  if (releases.size === 1) {
    const parts = splitArtefactFilename(artefacts[0]?.filename ?? '');
    if (parts) {
      result.project = manifest?.name ?? parts.project;
      result.version = manifest?.version ?? parts.version;
    }
  }
  for (const file of files)
    if (file.outcome === 'skipped' || file.outcome === 'would-skip')
      logger.info(`  ${file.filename}: already there (same sha256), skipped`);

  if (dryRun) {
    for (const a of toUpload) logger.info(`  ${a.filename}: would upload (${a.size} bytes, sha256 ${a.sha256})`);
    return result;
  }

  await logger.group(`Uploading ${toUpload.length} file(s) to ${store.name}`, async () => {
    const done: LocalArtefact[] = [];
    for (const artefact of toUpload) {
      try {
        const outcome = await store.upload(artefact);
        logger.info(`  ${artefact.filename}: ${outcome} (${artefact.size} bytes, sha256 ${artefact.sha256})`);
        const file = files.find((f) => f.filename === artefact.filename);
        if (file && outcome === 'skipped') file.outcome = 'skipped';
        if (outcome === 'uploaded') done.push(artefact);
      } catch (error) {
        throw await rollBack(store, done, artefact, error, logger);
      }
    }
  });
  result.uploaded = files.filter((f) => f.outcome === 'uploaded').map((f) => f.filename);
  result.skipped = files.filter((f) => f.outcome === 'skipped').map((f) => f.filename);

  if (verify) {
    // Read back after the last upload: on an index that allows overwriting, another publisher may have
    // replaced a file since; this run then says so instead of reporting bytes the index no longer serves.
    listed.clear();
    for (const file of files) {
      const found = (await listing(file.filename)).find((f) => f.filename === file.filename);
      const there = found ? await sha256Of(store, found) : undefined;
      if (!found || there !== file.sha256) {
        const replaced = file.outcome === 'uploaded' && store.capabilities.reuseFilenames;
        throw new StoreError(
          found
            ? `verification failed: ${store.name} now serves '${file.filename}' with sha256 ${there}, not the ${file.sha256} this run ${file.outcome === 'uploaded' ? 'uploaded' : 'found'}${replaced ? ' (another publisher replaced it: the index allows overwriting)' : ''}`
            : `verification failed: ${store.name} does not list '${file.filename}' after the upload (${redactUrl(store.indexUrl)})`,
          {
            code: found ? 'conflict' : 'store',
            hint: found
              ? 'two builds were published under one version; later steps refuse bytes that differ from the manifest, so publish a new version'
              : 'the server accepted the upload but does not serve it; check its logs, caches (CDN) and the index URL',
          },
        );
      }
      file.url = found.url;
    }
    result.verified = true;
    logger.info(`Verified ${files.length} file(s) in ${redactUrl(store.indexUrl)} by sha256`);
  }

  if (manifest && options.manifest) {
    const manifestPath = resolve(workspace, options.manifest);
    const entry = { index: store.name, url: store.indexUrl, by: 'publish' as const, at: new Date().toISOString() };
    manifest.stores = [...manifest.stores.filter((s) => !(s.url === entry.url && s.by === 'publish')), entry];
    await writeManifest(manifestPath, manifest);
    result.manifestPath = manifestPath;
  }
  result.extras = await shipReleaseExtras(store, manifest, extras, logger);
  return result;
}

/**
 * After a failed upload: removes the releases this run put into the store, where it can delete and the
 * store holds nothing else of that version (another job's wheels are never touched); otherwise says what
 * is where. Returns the error to throw.
 */
async function rollBack(
  store: Store,
  done: readonly LocalArtefact[],
  failed: LocalArtefact,
  error: unknown,
  logger: Logger,
): Promise<WheelwrightError> {
  const cause =
    error instanceof WheelwrightError ? error : new StoreError(`upload of ${failed.filename} failed: ${String(error)}`, { cause: error });
  if (done.length === 0) return cause;
  const removed: string[] = [];
  const left: string[] = [];
  for (const key of new Set(done.map((a) => releaseKey(a.filename)))) {
    const ours = done.filter((a) => releaseKey(a.filename) === key);
    const parts = splitArtefactFilename(ours[0]?.filename ?? '');
    if (store.capabilities.delete && parts) {
      try {
        const there = (await store.listFiles(parts.project)).filter((f) => sameVersion(f.version, parts.version));
        if (there.every((f) => ours.some((a) => a.filename === f.filename))) {
          await store.deleteRelease(parts.project, parts.version);
          removed.push(...ours.map((a) => a.filename));
          continue;
        }
      } catch (rollbackError) {
        logger.warning(`could not remove ${key} after the failure: ${(rollbackError as Error).message}`);
      }
    }
    left.push(...ours.map((a) => a.filename));
  }
  const detail = left.length
    ? `; already uploaded and still in ${store.name}: ${left.join(', ')} (re-running publish skips them and uploads the rest)`
    : `; removed again what this run had uploaded (${removed.join(', ')}), so ${store.name} holds no partial release`;
  return new StoreError(`${cause.message}${detail}`, { code: cause.code, ...(cause.hint ? { hint: cause.hint } : {}), cause });
}

export { indexBaseOf, mintUploadToken } from './trusted-publishing';

/** The action's outputs (names as in action.yml). */
/** The one log line after a publish: what was uploaded or skipped, and where to install from. */
export function publishedLine(result: PublishResult): string {
  const uploaded = result.dryRun ? result.files.filter((f) => f.outcome === 'would-upload').length : result.uploaded.length;
  const skipped = result.dryRun ? result.files.filter((f) => f.outcome === 'would-skip').length : result.skipped.length;
  return `${result.dryRun ? 'Dry run: would upload' : 'Uploaded'} ${uploaded}, skipped ${skipped}; install with --index-url ${result.indexUrl}`;
}

export function publishOutputs(result: PublishResult): Record<string, string> {
  return {
    uploaded: JSON.stringify(result.uploaded),
    skipped: JSON.stringify(result.skipped),
    'index-url': result.indexUrl,
    manifest: result.manifestPath ?? '',
    'docs-url': result.extras?.docs?.url ?? '',
  };
}

/** The job summary: the files, their hashes and outcome, and how to install from the index. */
export function summaryMarkdown(result: PublishResult): string {
  const title = result.dryRun ? 'publish (dry run)' : 'publish';
  const lines = [
    `### ${title}: ${result.project && result.version ? `${result.project} ${result.version} → ` : ''}${result.store.name}`,
    '',
    `Store: **${result.store.name}** (${result.store.kind}), index <${result.indexUrl}>${result.verified ? ', verified by sha256 after upload' : ''}.`,
    '',
    '| file | size | sha256 | outcome |',
    '| --- | ---: | --- | --- |',
    ...result.files.map(
      (f) =>
        `| ${f.url && /^https?:/.test(f.url) ? `[${cell(f.filename)}](${f.url})` : cell(f.filename)} | ${f.size} | \`${f.sha256}\` | ${f.outcome} |`,
    ),
    '',
  ];
  if (result.extras?.docs)
    lines.push(result.extras.docs.url ? `Docs: <${result.extras.docs.url}>` : `Docs: ${cell(result.extras.docs.message)}`, '');
  if (result.extras?.board) lines.push(`Release board: \`${cell(result.extras.board)}\``, '');
  if (result.project && result.version) {
    lines.push('```', `pip install --index-url ${result.indexUrl} ${result.project}==${result.version}`, '```', '');
  }
  return `${lines.join('\n')}\n`;
}
