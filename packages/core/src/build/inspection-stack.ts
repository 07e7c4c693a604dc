/**
 * What build-wheel needs only once `python -m build` is done: the streamed zip and tar readers (zlib,
 * tar-stream, yauzl), the inspection rules and the sdist clamp. buildRelease imports this module
 * dynamically right after starting the build, so the bundle evaluates it while Python works instead of
 * before the build starts (bench/build-wheel.mjs measures the overhead this keeps down).
 */
export { readSdistContents } from '../distribution/artefact-contents';
export { inspectRelease } from '../distribution/inspect-release';
export { sha256File } from '../distribution/sha256-file';
export { clampSdistTimes, sdistNeedsClamping } from './reproducible-sdist';
