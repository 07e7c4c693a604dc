/**
 * What build-wheel needs only once `python -m build` is done: the streamed zip and tar readers (zlib,
 * tar-stream, yauzl), the inspection rules and the sdist clamp. buildRelease imports this module
 * dynamically right after starting the build, so the bundle evaluates it while Python works instead of
 * before the build starts (bench/build-wheel.mjs measures the overhead this keeps down).
 */
export { readSdistContents } from '../dist/artefact-contents';
export { inspectRelease } from '../dist/inspect-release';
export { sha256File } from '../dist/sha256-file';
export { clampSdistTimes, sdistNeedsClamping } from './reproducible-sdist';
