/**
 * Release policy that is not about one version's bytes: where the three indexes (unstable → testing →
 * stable) are, whether this run publishes at all, and how far this run may promote. The reusable workflow
 * (through pep440-version's and promote's inputs and outputs) and `wheelwright pipeline` both use these
 * rules, so a workflow file never re-states them in shell or expressions.
 *
 * Kept free of stores, HTTP and the runner: pep440-version loads it on its fast path.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { InputError } from '../errors/index';

export const RELEASE_CHANNELS = ['unstable', 'testing', 'stable'] as const;
export type ReleaseChannel = (typeof RELEASE_CHANNELS)[number];

/** What started the run, from CI hints (only hints: the flow runs anywhere). */
export interface ReleaseTrigger {
  kind: 'tag' | 'branch' | 'local';
  /** The tag name for `tag`, the branch for `branch`. */
  ref?: string;
}

/**
 * The trigger of a run from its git ref as GitHub names it (`refs/tags/v1.0`, `refs/heads/main`,
 * `refs/pull/7/merge`); no ref (a laptop) is `local`.
 */
export function triggerOfRef(ref: string): ReleaseTrigger {
  if (ref === '') return { kind: 'local' };
  if (ref.startsWith('refs/tags/')) return { kind: 'tag', ref: ref.slice('refs/tags/'.length) };
  return { kind: 'branch', ref: ref.replace(/^refs\/(heads|pull)\//, '') };
}

/**
 * GitHub (`GITHUB_REF`), GitLab (`CI_COMMIT_TAG`, `CI_COMMIT_BRANCH`), Jenkins (`TAG_NAME`, `BRANCH_NAME`):
 * a tag build is a release of that tag; a branch build is not, even on a tagged commit. Without hints (a
 * laptop) the trigger is `local`, and the version's own tag decides.
 */
export function releaseTrigger(env: NodeJS.ProcessEnv = process.env): ReleaseTrigger {
  const githubRef = env.GITHUB_ACTIONS === 'true' ? env.GITHUB_REF : undefined;
  if (githubRef?.startsWith('refs/')) return triggerOfRef(githubRef);
  if (env.CI_COMMIT_TAG) return { kind: 'tag', ref: env.CI_COMMIT_TAG };
  if (env.CI_COMMIT_BRANCH || env.CI_MERGE_REQUEST_IID) return { kind: 'branch', ref: env.CI_COMMIT_BRANCH ?? '' };
  if (env.TAG_NAME) return { kind: 'tag', ref: env.TAG_NAME };
  if (env.BRANCH_NAME) return { kind: 'branch', ref: env.BRANCH_NAME };
  return { kind: 'local' };
}

export interface VersionFacts {
  /** pep440-version's `channel`: stable for a final release, testing otherwise. */
  channel: string;
  tag: string;
  distance: number;
  dirty: boolean;
}

/**
 * The highest index this run may promote to. `stable` needs a final version (its channel) that is the
 * release of a tag: the trigger's tag (CI), or on a laptop a clean checkout exactly at the tag.
 */
export function releaseTarget(version: VersionFacts, trigger: ReleaseTrigger): 'testing' | 'stable' {
  if (version.channel !== 'stable') return 'testing';
  const atTag = version.tag !== '' && version.distance === 0 && !version.dirty;
  if (trigger.kind === 'tag' || trigger.kind === 'local') return atTag ? 'stable' : 'testing';
  return 'testing';
}

/** Why this run may not promote to `channel` (undefined: it may), in words a notice can print. */
export function promotionHeldBack(channel: ReleaseChannel, version: VersionFacts, trigger: ReleaseTrigger): string | undefined {
  if (channel !== 'stable' || releaseTarget(version, trigger) === 'stable') return undefined;
  if (version.channel !== 'stable') return 'the version is not a final release, so it stays in testing';
  if (trigger.kind === 'branch')
    return `the run was triggered by ${trigger.ref ? `'${trigger.ref}'` : 'a branch'}, not a release tag; a final version reaches stable only from its tag`;
  if (version.tag === '') return 'the build was made at no tag; a final version reaches stable only from its release tag';
  return `the build was made ${version.dirty ? 'from a modified checkout' : `${version.distance} commits after`} tag ${version.tag}, not at it`;
}

/**
 * Whether this run is the release of the tag that triggered it, so that its GitHub Release is due: the run
 * publishes, was triggered by a tag, and the version was built exactly at that tag from a clean checkout
 * (pre-releases included: an rc tag gets its Release too). A branch push on a tagged commit, a tag whose
 * build described another tag, and a laptop run (no trigger tag) are not.
 */
export function isTagRelease(version: Omit<VersionFacts, 'channel'>, trigger: ReleaseTrigger, publishes: boolean): boolean {
  if (!publishes || trigger.kind !== 'tag' || !trigger.ref) return false;
  return version.tag === trigger.ref && version.distance === 0 && !version.dirty;
}

/** pep440-version's `tag-release` output: the workflow's GitHub Release job waits on it instead of reading the ref. */
export function tagReleaseOutputs(
  version: Omit<VersionFacts, 'channel'>,
  trigger: ReleaseTrigger,
  publishes: boolean,
): Record<string, string> {
  return { 'tag-release': String(isTagRelease(version, trigger, publishes)) };
}

/** Where the three indexes are: one store with named indexes, and/or one URL per index. */
export interface IndexSettings {
  /** One store holding the three indexes as `<store>/<name>` (a server's base URL or a folder). */
  store: string;
  names: Record<ReleaseChannel, string>;
  /** Explicit index URLs; one given wins over `<store>/<name>`. */
  urls: Record<ReleaseChannel, string>;
  /** false: nothing is published or promoted (the indexes are the temporary store). */
  publish: boolean;
  /** The run builds a pull request: it never publishes to the real indexes. */
  pullRequest?: boolean;
}

/** The front end's own folders for a file store. */
export interface IndexPlaces {
  /** The store when none is named (the workflow: the runner's temp folder; the CLI: `<project>/.wheelwright`). */
  defaultStore: string;
  /** The store of a run that publishes nothing. */
  temporaryStore: string;
}

export interface ReleaseIndexes extends Record<ReleaseChannel, string> {
  /** True when the indexes are the run's own file store (the default or the temporary one), not a named store. */
  embedded: boolean;
  /** Whether this run publishes and promotes (false for `publish: false` and pull requests). */
  publishes: boolean;
}

export const DEFAULT_INDEX_NAMES: Readonly<Record<ReleaseChannel, string>> = { unstable: 'unstable', testing: 'testing', stable: 'stable' };

function joinIndex(store: string, name: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(store)) return `${store.replace(/\/+$/, '')}/${name}`;
  return join(isAbsolute(store) ? store : resolve(store), name);
}

/**
 * The three indexes: an explicit URL wins over `<store>/<name>`; with neither store nor URL the default
 * file store; a run that publishes nothing (publish false, a pull request) always the temporary one.
 * A channel with neither a URL nor a store to join is an error naming both options.
 */
export function resolveIndexes(settings: IndexSettings, places: IndexPlaces): ReleaseIndexes {
  const names = Object.fromEntries(
    RELEASE_CHANNELS.map((channel) => [channel, settings.names[channel].trim() || DEFAULT_INDEX_NAMES[channel]]),
  ) as Record<ReleaseChannel, string>;
  const publishes = settings.publish && settings.pullRequest !== true;
  if (!publishes) {
    return {
      unstable: joinIndex(places.temporaryStore, names.unstable),
      testing: joinIndex(places.temporaryStore, names.testing),
      stable: joinIndex(places.temporaryStore, names.stable),
      embedded: true,
      publishes,
    };
  }
  const urls = settings.urls;
  const anyUrl = RELEASE_CHANNELS.some((channel) => urls[channel].trim() !== '');
  const named = settings.store.trim();
  const store = named || (anyUrl ? '' : places.defaultStore);
  const pick = (channel: ReleaseChannel): string => {
    const url = urls[channel].trim();
    if (url !== '') return url;
    if (store === '')
      throw new InputError(`no ${channel} index: set input 'store' or input '${channel}-url'`, {
        hint: 'give one store holding the three indexes, or all three index URLs',
        options: [{ name: 'store' }, { name: `${channel}-url` }],
      });
    return joinIndex(store, names[channel]);
  };
  return {
    unstable: pick('unstable'),
    testing: pick('testing'),
    stable: pick('stable'),
    embedded: named === '' && !anyUrl,
    publishes,
  };
}

/** pep440-version's index outputs, by name. */
export function indexOutputs(indexes: ReleaseIndexes): Record<string, string> {
  return {
    'unstable-store': indexes.unstable,
    'testing-store': indexes.testing,
    'stable-store': indexes.stable,
    'embedded-store': String(indexes.embedded),
    publishes: String(indexes.publishes),
  };
}
