/**
 * Artefact filenames: wheels per the binary distribution format (PEP 427, PEP 491) and sdists per the
 * source distribution format (PEP 625), plus the legacy sdist names pip still installs
 * (`My.Package-1.0.tar.gz`, `.zip`), split the way packaging.utils does.
 */
import { InputError } from '../errors/index';
import { printableName } from './printable-name';
import { escapeName, isValidName, normalizeProjectName } from './project-name';
import { normalizeVersion } from './version-bridge';

export { escapeName, isValidName, normalizeProjectName } from './project-name';

export type ArtefactKind = 'wheel' | 'sdist';

export interface ArtefactFilename {
  kind: ArtefactKind;
  filename: string;
  /** The distribution component as written in the filename. */
  distribution: string;
  /** PEP 503 normalized name (`my-package`), the form stores and pip compare. */
  name: string;
  /** The version component as written. */
  rawVersion: string;
  /** PEP 440 normal form of the version (the raw text when it does not parse). */
  version: string;
  /** True when the version component parses as PEP 440. */
  validVersion: boolean;
  /** Wheels only: the optional build tag (starts with a digit). */
  buildTag?: string;
  /** Wheels only: compressed tag sets, each split on `.` (`py2.py3` → [`py2`, `py3`]). */
  pythonTags?: string[];
  abiTags?: string[];
  platformTags?: string[];
  /** `.whl`, `.tar.gz`, `.zip` … */
  extension: string;
  /**
   * The filename is exactly what a current tool writes: escaped, lower-case distribution
   * (`re.sub("[-_.]+", "_", name).lower()`) and a normalized version; PEP 625 `.tar.gz` for sdists.
   */
  normalized: boolean;
}

const SDIST_EXTENSIONS = ['.tar.gz', '.zip', '.tar.bz2', '.tar.xz', '.tgz', '.tar'] as const;

/** The expected wheel/sdist filename prefix `{escaped name}-{normalized version}`. */
export function artefactStem(name: string, version: string): string {
  return `${escapeName(name)}-${normalizeVersion(version) ?? version}`;
}

// Every character a wheel or sdist filename can hold: names are ASCII letters, digits, `._-`; PEP 440
// versions add `+!` (and nothing else once normalized); tags are letters, digits, `_` and `.`.
const FILENAME_CHARACTERS = /^[A-Za-z0-9._+!-]+$/;

/**
 * Parses a wheel or sdist filename; InputError naming the file when it is neither. A directory part is
 * ignored (callers pass paths of local files), but the name itself must consist of the characters a
 * distribution filename can hold: a separator, control character or space is never part of one.
 */
export function parseArtefactFilename(filename: string): ArtefactFilename {
  const base = filename.replace(/^.*[\\/]/, '');
  if (!FILENAME_CHARACTERS.test(base)) {
    throw new InputError(`'${printableName(base)}' is not a distribution filename: it holds characters no wheel or sdist name has`, {
      hint: 'names are ASCII letters, digits and . _ - (versions add + and !); rebuild with a PEP 517 backend',
    });
  }
  if (base.endsWith('.whl')) return parseWheelFilename(base);
  const extension = SDIST_EXTENSIONS.find((ext) => base.toLowerCase().endsWith(ext));
  if (extension) return parseSdistFilename(base, extension);
  throw new InputError(`'${base}' is not a wheel (.whl) or sdist (.tar.gz, .zip) filename`, {
    hint: 'artefacts are named {name}-{version}-{python}-{abi}-{platform}.whl or {name}-{version}.tar.gz',
  });
}

// PEP 425 tags: each compressed set is dot-separated parts of letters, digits and `_`.
const TAG_SET = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

/**
 * A filename that came from outside and is about to become a path, a URL segment or a log line: a bare
 * name (no directory part) that follows the wheel (PEP 427) or sdist (PEP 625, or the legacy `.zip`)
 * grammar in full, with a valid project name, a PEP 440 version and well-formed tags.
 */
export function parseDistributionFilename(filename: string): ArtefactFilename {
  if (/[\\/]/.test(filename) || filename === '' || filename !== filename.trim()) {
    throw new InputError(`'${printableName(filename)}' is not a distribution filename (it has a directory part or surrounding space)`);
  }
  const parsed = parseArtefactFilename(filename);
  if (!parsed.validVersion) {
    throw new InputError(`'${filename}' does not carry a PEP 440 version ('${parsed.rawVersion}')`, {
      hint: 'build with a version such as 1.2.3, 1.2.3rc1 or 1.2.3.dev4',
    });
  }
  if (parsed.kind === 'wheel') {
    const sets = filename.slice(0, -'.whl'.length).split('-').slice(-3);
    if (!sets.every((set) => TAG_SET.test(set)) || (parsed.buildTag !== undefined && !/^\d[A-Za-z0-9_.]*$/.test(parsed.buildTag))) {
      throw new InputError(`wheel filename '${filename}' has malformed tags (PEP 425: python-abi-platform, parts joined by .)`);
    }
  } else if (parsed.extension !== '.tar.gz' && parsed.extension !== '.zip') {
    throw new InputError(`sdist filename '${filename}' must end in .tar.gz (PEP 625) or the legacy .zip`);
  }
  return parsed;
}

function parseWheelFilename(filename: string): ArtefactFilename {
  const parts = filename.slice(0, -'.whl'.length).split('-');
  // PEP 427: {distribution}-{version}(-{build tag})?-{python tag}-{abi tag}-{platform tag}.whl
  if (parts.length !== 5 && parts.length !== 6) {
    throw new InputError(`wheel filename '${filename}' does not have 5 or 6 dash-separated parts`, {
      hint: 'PEP 427: {distribution}-{version}(-{build tag})?-{python tag}-{abi tag}-{platform tag}.whl; a dash in the name must be written as _',
    });
  }
  const [distribution = '', rawVersion = ''] = parts;
  const buildTag = parts.length === 6 ? parts[2] : undefined;
  const [pythonTag = '', abiTag = '', platformTag = ''] = parts.slice(-3);
  if (buildTag !== undefined && !/^\d/.test(buildTag)) {
    throw new InputError(`wheel filename '${filename}' has build tag '${buildTag}', which must start with a digit (PEP 427)`);
  }
  if (!isValidName(distribution)) {
    throw new InputError(`wheel filename '${filename}' has an invalid distribution name '${distribution}'`);
  }
  if (!pythonTag || !abiTag || !platformTag) throw new InputError(`wheel filename '${filename}' has an empty compatibility tag`);
  const normal = normalizeVersion(rawVersion);
  return {
    kind: 'wheel',
    filename,
    distribution,
    name: normalizeProjectName(distribution),
    rawVersion,
    version: normal ?? rawVersion,
    validVersion: normal !== undefined,
    ...(buildTag === undefined ? {} : { buildTag }),
    pythonTags: pythonTag.split('.'),
    abiTags: abiTag.split('.'),
    platformTags: platformTag.split('.'),
    extension: '.whl',
    normalized: distribution === escapeName(distribution) && rawVersion === normal,
  };
}

function parseSdistFilename(filename: string, extension: string): ArtefactFilename {
  const stem = filename.slice(0, -extension.length);
  // packaging.utils.parse_sdist_filename: the version is after the last dash (legacy names keep dashes).
  const dash = stem.lastIndexOf('-');
  if (dash <= 0 || dash === stem.length - 1) {
    throw new InputError(`sdist filename '${filename}' is not {name}-{version}${extension}`, {
      hint: 'PEP 625: {name with _ for runs of -_.}-{normalized version}.tar.gz',
    });
  }
  const distribution = stem.slice(0, dash);
  const rawVersion = stem.slice(dash + 1);
  if (!isValidName(distribution)) throw new InputError(`sdist filename '${filename}' has an invalid distribution name '${distribution}'`);
  const normal = normalizeVersion(rawVersion);
  return {
    kind: 'sdist',
    filename,
    distribution,
    name: normalizeProjectName(distribution),
    rawVersion,
    version: normal ?? rawVersion,
    validVersion: normal !== undefined,
    extension,
    normalized: extension === '.tar.gz' && distribution === escapeName(distribution) && rawVersion === normal,
  };
}
