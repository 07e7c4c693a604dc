/**
 * Runs pypa/build (`python -m build`) the way its CLI documents: with neither `--sdist` nor `--wheel`
 * it builds the sdist and then the wheel *from the sdist*, which is what catches files missing from it;
 * `--sdist --wheel` together would build both from the tree, so we never pass both.
 */
import { WheelwrightError } from '../errors/index';
import type { Logger } from '../log/index';
import { run } from '../process/index';

export interface PypaBuildOptions {
  python: string;
  projectDir: string;
  outDir: string;
  sdist: boolean;
  wheel: boolean;
  isolation: boolean;
  skipDependencyCheck: boolean;
  configSettings: readonly string[];
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /**
   * Called once when pypa/build starts building the wheel from the sdist: the sdist in `outDir` is final
   * then (pypa/build 0.9 and 1.x both log `Building wheel from sdist` after extracting it).
   */
  onSdistBuilt?: () => void;
}

const MISSING_BUILD_HINT =
  'install pypa/build into that interpreter: `python -m pip install build` (Debian/Ubuntu: `apt install python3-build`)';

/**
 * `python -m build` without pypa/build installed: runpy's one line (`…: No module named build`, or
 * `build.__main__` for a stray `build` package). Detected from the failure instead of probing first, which
 * would cost another interpreter start on every build.
 */
export function isBuildMissing(output: string): boolean {
  return /No module named build(\.__main__)?\b|No module named 'build'|'build' is a package and cannot be directly executed/.test(output);
}

/** The interpreter has no pypa/build; buildRelease answers it with the tools environment. */
export class BuildFrontendMissingError extends WheelwrightError {
  constructor(python: string, cause: unknown) {
    super('build', `\`${python} -m build\` is not available: the build module (pypa/build) is not installed`, {
      hint: MISSING_BUILD_HINT,
      cause,
    });
  }
}

// pypa/build's `* Building wheel from sdist` step line (0.9 and 1.x), with or without colour codes.
const FROM_SDIST = /^(?:\x1b\[[0-9;]*m)*\* Building .+ from sdist(?:\x1b\[[0-9;]*m)*$/;

export function buildArguments(options: PypaBuildOptions): string[] {
  const args = ['-m', 'build'];
  if (options.sdist && !options.wheel) args.push('--sdist');
  if (options.wheel && !options.sdist) args.push('--wheel');
  if (!options.isolation) args.push('--no-isolation');
  if (options.skipDependencyCheck) args.push('--skip-dependency-check');
  for (const setting of options.configSettings) args.push(`--config-setting=${setting}`);
  args.push('--outdir', options.outDir, options.projectDir);
  return args;
}

/** Streams the build's output into the logger line by line (inside the caller's log group). */
export async function runPypaBuild(options: PypaBuildOptions, logger: Logger): Promise<void> {
  let sdistBuilt = false;
  const lines = lineSplitter((line) => {
    logger.info(line);
    if (!sdistBuilt && options.onSdistBuilt && FROM_SDIST.test(line)) {
      sdistBuilt = true;
      options.onSdistBuilt();
    }
  });
  const args = buildArguments(options);
  logger.info(`$ ${[options.python, ...args].join(' ')}`);
  try {
    await run(options.python, args, {
      cwd: options.projectDir,
      env: options.env,
      timeoutMs: options.timeoutMs ?? 30 * 60 * 1000,
      label: 'python -m build',
      onStdout: lines.stdout,
      onStderr: lines.stderr,
    });
  } catch (error) {
    const output = `${(error as { stderr?: string }).stderr ?? ''}`;
    if (isBuildMissing(output) || isBuildMissing(lines.all().join('\n'))) throw new BuildFrontendMissingError(options.python, error);
    const reason = buildFailure(lines.all(), output);
    throw new WheelwrightError(
      'build',
      reason.kind === 'requirements'
        ? `python -m build could not install the build requirements of ${options.projectDir}: ${reason.line}`
        : `python -m build failed in ${options.projectDir}: ${reason.line}`,
      {
        hint:
          reason.kind === 'requirements'
            ? "the build requirements come from input 'index-url' (else pip's configuration); pip's full output is in the 'python -m build' log group"
            : "the backend's full output is in the 'python -m build' log group",
        cause: error,
      },
    );
  } finally {
    lines.flush();
  }
}

export interface BuildFailure {
  /** `requirements`: pip could not fill the isolated environment; `backend`: everything else. */
  kind: 'requirements' | 'backend';
  line: string;
}

// pypa/build 1.x prefixes the output of the pip it runs with `< `; 0.9 prints it as is.
const PIP_ERROR = /^(?:<\s*)?ERROR: (.+)$/;
// The wrapper pypa/build raises around a failed pip; the reason is in pip's own lines before it.
const WRAPPER = /^(?:<\s*)?(?:subprocess\.)?CalledProcessError:/;

/**
 * The root cause of a failed build, as one line. When pip could not install the build requirements
 * (pypa/build then raises `subprocess.CalledProcessError` naming pip's command line), pip's own reason:
 * `No matching distribution found for …`, else its first `ERROR:` line (a conflict says which
 * requirements clash; the closing `ResolutionImpossible` line only points at the docs). Otherwise the
 * backend's exception (`ValueError: …`, `error: …`), else pypa/build's own `ERROR …` line, else the last line.
 */
export function buildFailure(output: readonly string[], stderr = ''): BuildFailure {
  const lines = [...output, ...stderr.split(/\r?\n/)].map((line) => line.trim()).filter(Boolean);
  const pipErrors = lines.map((line) => PIP_ERROR.exec(line)?.[1]?.trim()).filter((line): line is string => !!line);
  if (pipErrors.length > 0 && lines.some((line) => WRAPPER.test(line) || /^ERROR Command '.*pip/.test(line))) {
    const notFound = pipErrors.find((line) => line.startsWith('No matching distribution found'));
    const first = pipErrors.find((line) => !line.startsWith('ResolutionImpossible'));
    return { kind: 'requirements', line: notFound ?? first ?? pipErrors[0] ?? '' };
  }
  return { kind: 'backend', line: backendReason(lines) };
}

/**
 * The most telling line of a failed backend: its exception (`ValueError: …`, `error: …`), else
 * pypa/build's own `ERROR …` line, else the last line.
 */
export function backendReason(output: readonly string[], stderr = ''): string {
  const lines = [...output, ...stderr.split(/\r?\n/)].map((line) => line.trim()).filter(Boolean);
  const generic = /^ERROR Backend subprocess exited|^ERROR Backend operation failed|^\*|^TIP /;
  const exception = [...lines]
    .reverse()
    .find((line) => !WRAPPER.test(line) && /^([A-Za-z_][\w.]*(Error|Exception)|error|distutils\.errors\.\w+):/.test(line));
  if (exception) return exception;
  const errorAt = lines.findLastIndex((line) => line.startsWith('ERROR') && !generic.test(line));
  if (errorAt >= 0) {
    const line = (lines[errorAt] ?? '').replace(/^ERROR\s+/, '');
    // `ERROR Missing dependencies:` is followed by the list, one per line.
    const details = line.endsWith(':') ? lines.slice(errorAt + 1).filter((next) => !next.startsWith('ERROR') && !next.startsWith('*')) : [];
    return details.length ? `${line} ${details.join(', ')}` : line;
  }
  return lines.filter((line) => !generic.test(line)).pop() ?? lines.pop() ?? 'no output';
}

function lineSplitter(emit: (line: string) => void) {
  const all: string[] = [];
  const buffers = { stdout: '', stderr: '' };
  const feed = (key: 'stdout' | 'stderr') => (chunk: string) => {
    buffers[key] += chunk;
    const parts = buffers[key].split(/\r?\n/);
    buffers[key] = parts.pop() ?? '';
    for (const line of parts) {
      all.push(line);
      emit(line);
    }
  };
  return {
    stdout: feed('stdout'),
    stderr: feed('stderr'),
    all: () => [...all, buffers.stdout, buffers.stderr],
    flush: () => {
      for (const key of ['stdout', 'stderr'] as const) {
        if (buffers[key] !== '') {
          all.push(buffers[key]);
          emit(buffers[key]);
          buffers[key] = '';
        }
      }
    },
  };
}
