/**
 * pytest's JUnit XML, read for counts and for annotations. We ask pytest for the xunit1 family
 * (`-o junit_family=xunit1`), the one that keeps the `file` and `line` attributes of each testcase
 * (xunit2, pytest's default since 6.0, drops them); `line` is 0-based there (pytest's node location).
 */
import { readFile } from 'node:fs/promises';
import { XMLParser } from 'fast-xml-parser';
import { WheelwrightError } from '../errors/index';

export interface TestCounts {
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  total: number;
}

export type TestOutcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface TestCaseResult {
  /** `tests/test_x.py::test_y` (pytest's node id as far as the XML tells it). */
  id: string;
  outcome: TestOutcome;
  /** The test file, relative to pytest's rootdir, `/`-separated. */
  file: string | undefined;
  /** 1-based line of the test function (from xunit1's 0-based `line`). */
  line: number | undefined;
  /** failure/error/skip message attribute. */
  message: string;
  /** The traceback text pytest put in the element. */
  details: string;
}

export interface JunitReport {
  counts: TestCounts;
  cases: TestCaseResult[];
}

type XmlNode = Record<string, unknown>;

function asArray(value: unknown): XmlNode[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as XmlNode[];
}

function text(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object') return String((node as XmlNode)['#text'] ?? '');
  return '';
}

function attribute(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const value = (node as XmlNode)[`@_${name}`];
  return value === undefined ? undefined : String(value);
}

function caseId(testcase: XmlNode, file: string | undefined): string {
  const name = attribute(testcase, 'name') ?? '';
  const classname = attribute(testcase, 'classname') ?? '';
  if (classname === '') return file ?? name; // a collection error names the module
  if (file) {
    // classname is the dotted module path plus classes; keep the classes after the module's part.
    const modulePath = file.replace(/\.py$/, '').replace(/\//g, '.');
    const classes = classname.startsWith(modulePath) ? classname.slice(modulePath.length).replace(/^\./, '') : '';
    return [file, ...(classes ? classes.split('.') : []), name].join('::');
  }
  return `${classname}::${name}`;
}

export function parseJunitXml(xml: string): JunitReport {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    // pytest writes newlines in attributes as &#10;; numeric character references need this switch.
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
  });
  const root = parser.parse(xml) as XmlNode;
  const suites = root.testsuites ? asArray((root.testsuites as XmlNode).testsuite) : asArray(root.testsuite);
  const cases: TestCaseResult[] = [];
  for (const suite of suites) {
    for (const testcase of asArray(suite.testcase)) {
      const failures = asArray(testcase.failure);
      const errors = asArray(testcase.error);
      const skips = asArray(testcase.skipped);
      // A test that failed and then errored in teardown counts once, as failed (pytest counts both).
      const [outcome, element]: [TestOutcome, XmlNode | undefined] =
        failures.length > 0
          ? ['failed', failures[0]]
          : errors.length > 0
            ? ['error', errors[0]]
            : skips.length > 0
              ? ['skipped', skips[0]]
              : ['passed', undefined];
      const file = attribute(testcase, 'file')?.replace(/\\/g, '/');
      const line = attribute(testcase, 'line');
      cases.push({
        id: caseId(testcase, file),
        outcome,
        file,
        line: line !== undefined && /^\d+$/.test(line) ? Number(line) + 1 : undefined,
        message: attribute(element, 'message') ?? '',
        details: text(element),
      });
    }
  }
  const count = (outcome: TestOutcome) => cases.filter((c) => c.outcome === outcome).length;
  return {
    counts: { passed: count('passed'), failed: count('failed'), errors: count('error'), skipped: count('skipped'), total: cases.length },
    cases,
  };
}

export async function readJunitXml(path: string): Promise<JunitReport> {
  let xml: string;
  try {
    xml = await readFile(path, 'utf8');
  } catch (error) {
    throw new WheelwrightError('tests', `pytest wrote no JUnit XML report at ${path}`, {
      hint: 'pytest stopped before writing its report; its output is in the log above',
      cause: error,
    });
  }
  return parseJunitXml(xml);
}

/**
 * The line a failure points at in its test file: the innermost traceback entry in that file
 * (`tests/test_x.py:12: AssertionError`), else the test function's own line.
 */
export function failureLine(testcase: TestCaseResult): number | undefined {
  if (testcase.file) {
    // pytest writes the OS's separator in tracebacks (Windows: `tests\\test_x.py:12:`).
    const escaped = testcase.file
      .split(/[\\/]/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\\\/]');
    const pattern = new RegExp(`(?:^|[\\s/\\\\'"])${escaped}:(\\d+)(?::|$)`, 'gm');
    let last: number | undefined;
    for (const match of testcase.details.matchAll(pattern)) last = Number(match[1]);
    if (last !== undefined) return last;
  }
  return testcase.line;
}

export function formatCounts(counts: TestCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.errors} errors, ${counts.skipped} skipped`;
}
