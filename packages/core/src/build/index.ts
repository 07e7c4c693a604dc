/**
 * build-wheel's core: pypa/build with a reproducible, pinned environment, then the inspection of
 * `@wheelwright/core/distribution`, the release manifest, outputs and summary. The action and the CLI call this.
 */
export * from './build-environment';
export * from './build-frontend';
export * from './build-release';
export * from './build-request';
export * from './build-summary';
export * from './pypa-build';
export * from './reproducible-sdist';
export * from './tools-cache';
