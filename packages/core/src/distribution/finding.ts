import { escapeControlCharacters } from './printable-name';

/**
 * One inspection result. `error` always fails the step; `soft` fails it under `strict` and is a warning
 * otherwise; `warning` never fails (tolerated legacy output, e.g. Debian's setuptools 66 names). Rule codes: W0xx/W1xx/W2xx are check-wheel-contents' own codes (same meaning); the others
 * are Wheelwright's: N filenames, V version, M metadata, R RECORD, K WHEEL file, X archive hygiene,
 * S sdist against the repository and the wheel.
 */
export interface Finding {
  rule: string;
  severity: 'error' | 'soft' | 'warning';
  /** The artefact (file name) the finding is about. */
  file: string;
  message: string;
  /** Member paths involved, when there are several (shown after the message, first few only). */
  paths?: string[];
}

/**
 * The one-line text of a finding: `file: RULE message (paths…)`. Member names and metadata values come
 * from the archive: the rules quote names holding control characters (printableName), and any control
 * character left is escaped here, so a finding is always exactly one line.
 */
export function formatFinding(finding: Finding, maxPaths = 5): string {
  const paths = finding.paths ?? [];
  const shown = paths.slice(0, maxPaths).join(', ');
  const more = paths.length > maxPaths ? ` and ${paths.length - maxPaths} more` : '';
  return escapeControlCharacters(`${finding.file}: ${finding.rule} ${finding.message}${paths.length ? `: ${shown}${more}` : ''}`);
}
