/**
 * Core metadata rules: what `twine check` rejects (its long-description rendering) and what
 * packaging.metadata (newer twine, PyPI's upload validation) rejects: required fields, a known
 * Metadata-Version that allows every field present, valid name, version, Requires-Python, Requires-Dist.
 * Unlike Debian's twine 4.0.2 (pkginfo 1.8 knows Metadata-Version ≤ 2.2 and reports 2.3/2.4 files as
 * "missing required fields: Name, Version"), metadata 2.3 and 2.4 (License-Expression, License-File) pass.
 */
import { isValidName } from './artefact-filename';
import { type CoreMetadata, fieldValue, fieldValues } from './core-metadata';
import type { Finding } from './finding';
import { checkRequirement, checkSpecifierSet } from './pep508';
import { normalizeVersion } from './version-bridge';

/** Metadata versions and the fields each introduced (core metadata spec, "History"). */
const KNOWN_METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];
const FIELD_SINCE: Record<string, string> = {
  'Supported-Platform': '1.1',
  Classifier: '1.1',
  'Download-URL': '1.1',
  Maintainer: '1.2',
  'Maintainer-email': '1.2',
  'Requires-Dist': '1.2',
  'Requires-Python': '1.2',
  'Requires-External': '1.2',
  'Project-URL': '1.2',
  'Provides-Dist': '1.2',
  'Obsoletes-Dist': '1.2',
  'Description-Content-Type': '2.1',
  'Provides-Extra': '2.1',
  Dynamic: '2.2',
  'License-Expression': '2.4',
  'License-File': '2.4',
  'Import-Name': '2.5',
  'Import-Namespace': '2.5',
};

// PyPI (warehouse) accepts exactly these long-description types; twine renders the rest as reST.
const CONTENT_TYPES = ['text/plain', 'text/x-rst', 'text/markdown'];
const MARKDOWN_VARIANTS = ['gfm', 'commonmark'];

function versionTuple(text: string): number[] {
  return text.split('.').map((part) => Number.parseInt(part, 10));
}

function atLeast(version: string, minimum: string): boolean {
  const [a = 0, b = 0] = versionTuple(version);
  const [c = 0, d = 0] = versionTuple(minimum);
  return a > c || (a === c && b >= d);
}

/** Content type and its parameters, as `cgi.parse_header` splits them (twine 4.0.2). */
export function parseContentType(value: string): { type: string; params: Record<string, string> } {
  const [type = '', ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const part of rest) {
    const equals = part.indexOf('=');
    if (equals > 0)
      params[part.slice(0, equals).trim().toLowerCase()] = part
        .slice(equals + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
  }
  return { type: type.trim().toLowerCase(), params };
}

/** Does the long description need reST rendering (twine's default when the type is missing or unknown)? */
export function needsRestRendering(metadata: CoreMetadata): boolean {
  const description = metadata.description;
  if (description === undefined || description.trim() === '' || description.trimEnd() === 'UNKNOWN') return false;
  const contentType = fieldValue(metadata, 'Description-Content-Type');
  if (contentType === undefined) return true;
  const type = parseContentType(contentType).type;
  return type === 'text/x-rst' || !CONTENT_TYPES.includes(type);
}

export function checkMetadata(metadata: CoreMetadata, file: string): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: string, severity: Finding['severity'], message: string) => findings.push({ rule, severity, file, message });
  const version = metadata.metadataVersion;

  const missing = ['Metadata-Version', 'Name', 'Version'].filter((field) => !fieldValue(metadata, field));
  if (missing.length) add('M001', 'error', `metadata is missing required fields: ${missing.join(', ')}`);
  if (version && !KNOWN_METADATA_VERSIONS.includes(version))
    add(
      'M002',
      'error',
      // 2.0 (PEP 426) was withdrawn and never standard; old bdist_wheel wrote it, packaging refuses it.
      `Metadata-Version ${version} is not one of ${KNOWN_METADATA_VERSIONS.join(', ')}${version === '2.0' ? ' (2.0 was never a standard; packaging, twine 6 and PyPI refuse it)' : ''}`,
    );
  if (metadata.name && !isValidName(metadata.name)) add('M003', 'error', `Name '${metadata.name}' is not a valid project name`);
  if (metadata.version && normalizeVersion(metadata.version) === undefined)
    add('M004', 'error', `Version '${metadata.version}' is not a PEP 440 version`);
  if (version && KNOWN_METADATA_VERSIONS.includes(version)) {
    for (const [field, since] of Object.entries(FIELD_SINCE)) {
      if (metadata.fields[field] === undefined || atLeast(version, since)) continue;
      // setuptools < 77 wrote License-File under 2.1/2.2 for years and PyPI accepts it; packaging ≥ 24
      // (twine 6.1) rejects it, so say so without failing the build.
      if (field === 'License-File')
        add(
          'M005',
          'warning',
          `field ${field} needs Metadata-Version ${since} or later, the file declares ${version} (old setuptools; newer twine rejects it)`,
        );
      else add('M005', 'error', `field ${field} needs Metadata-Version ${since} or later, the file declares ${version}`);
    }
  }
  const requiresPython = fieldValue(metadata, 'Requires-Python');
  if (requiresPython !== undefined) {
    const problem = checkSpecifierSet(requiresPython);
    if (problem) add('M006', 'error', `Requires-Python: ${problem}`);
  }
  for (const requirement of fieldValues(metadata, 'Requires-Dist')) {
    const problem = checkRequirement(requirement);
    if (problem) add('M007', 'error', `Requires-Dist '${requirement}' ${problem} (PEP 508)`);
  }
  const contentType = fieldValue(metadata, 'Description-Content-Type');
  if (contentType === undefined) {
    add('M010', 'soft', '`long_description_content_type` missing, defaulting to text/x-rst (twine check warns)');
  } else {
    const { type, params } = parseContentType(contentType);
    if (!CONTENT_TYPES.includes(type))
      add('M008', 'error', `Description-Content-Type '${contentType}' is not one of ${CONTENT_TYPES.join(', ')} (PyPI rejects it)`);
    else if (type === 'text/markdown' && params.variant !== undefined && !MARKDOWN_VARIANTS.includes(params.variant.toLowerCase()))
      add('M008', 'error', `Description-Content-Type markdown variant '${params.variant}' is not GFM or CommonMark`);
  }
  if (metadata.description === undefined || metadata.description.trim() === '' || metadata.description.trimEnd() === 'UNKNOWN')
    add('M011', 'soft', '`long_description` missing (twine check warns)');
  for (const field of metadata.repeated) add('M012', 'error', `single-use field ${field} appears more than once`);
  if (metadata.malformedLines.length)
    add('M013', 'error', `header line '${metadata.malformedLines[0]}' is not 'Field: value' (the rest is read as the description)`);
  for (const field of fieldValues(metadata, 'Dynamic')) {
    if (['name', 'version', 'metadata-version'].includes(field.toLowerCase()))
      add('M014', 'error', `Dynamic must not list ${field} (PEP 643)`);
  }
  return findings;
}
