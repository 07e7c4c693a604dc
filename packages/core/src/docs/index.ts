/** The release's docs: the Sphinx build against the built wheel, the docs zip, and its safe unpacking. */
export * from './docs-options';
export * from './docs-zip';
export * from './release-docs';
export * from './sphinx-build';
