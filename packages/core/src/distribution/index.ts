/**
 * Artefacts: wheel and sdist filenames, streamed archive reading, core metadata, hashes, and the
 * inspection rules build-wheel applies before anything is published.
 */
export * from './archive';
export * from './archive-rules';
export * from './artefact-contents';
export * from './artefact-filename';
export * from './core-metadata';
export * from './finding';
export * from './inspect-release';
export * from './metadata-rules';
export * from './pep508';
export * from './printable-name';
export * from './sha256-file';
export { classifyVersion, normalizeVersion, sameVersion } from './version-bridge';
export * from './wheel-rules';
