/**
 * clean-env-test's behaviour: the release from the store, a fresh venv, the tests copied out of the
 * checkout, pytest's JUnit results, annotations data, the manifest record. The action and the CLI call
 * `testRelease` and these helpers; nothing else.
 */
export { closeNames } from './close-names';
export { failureLine, formatCounts, type JunitReport, parseJunitXml, readJunitXml, type TestCaseResult, type TestCounts } from './junit';
export { guardFailure } from './leak';
export { findReleaseFile, wheelTags } from './release-file';
export { cleanEnvSummaryMarkdown, cleanEnvTestOutputs } from './summary';
export * from './test-dependencies';
export { assertTestsPassed, reportTestRun, type TestsFrom, testRelease } from './test-release';
export { checkTestTarget } from './test-target';
export { type CopiedTests, copyTests } from './tests-copy';
export type * from './types';
