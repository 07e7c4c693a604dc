import { urlCredentials } from '../http/credentials';

/** What a front end knows about where it runs, beyond the options: the same fields on the runner and in the CLI. */
export interface FrontEndContext {
  /** The job's working folder (GITHUB_WORKSPACE on the runner, the current folder in the CLI). */
  workspace: string;
  /** Where temporary folders go (RUNNER_TEMP on the runner, the system's temp folder in the CLI). */
  tempDir: string;
  env: NodeJS.ProcessEnv;
  /** The ref that triggered the run (`refs/tags/v1.0` for a tag build), '' when none. */
  ref: string;
  /** The runner's OS name (RUNNER_OS), for the manifest's test record. */
  os?: string;
  /** Where results that outlive the step go (the JUnit XML, the freeze); default: the temp folder. */
  resultsDir?: string;
  /** Keep temporary folders and say where (step debug logging, WHEELWRIGHT_KEEP_TEMP). */
  keepTemp?: boolean;
}

/** Every form of the credentials inside a URL (raw, decoded, `user:password`, Basic), to mask at once. */
export function urlSecrets(text: string): string[] {
  return urlCredentials(text)?.secrets ?? [];
}

/** Whether a store location is an index server (credentials apply) rather than a folder or file:// URL. */
export function isServerLocation(location: string): boolean {
  return /^https?:\/\//i.test(location.trim());
}
