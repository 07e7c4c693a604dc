#!/usr/bin/env node
// publish vs `twine upload` of the same 200 MB wheel to the same kind of local server (the test index
// server, pypiserver flavour, run in this process; each client runs in its own process, so its peak RSS
// is its own, measured with /usr/bin/time). One run each, as the issue asks: wall time, peak memory, ratio.
// Goal: faster than twine, and publish's peak memory under 100 MB. `BENCH_PUBLISH_MB` changes the size.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'publish', 'index.js');
const PYTHON = process.env.WHEELWRIGHT_TEST_PYTHON ?? '/usr/bin/python3';
const SIZE_MB = Number(process.env.BENCH_PUBLISH_MB ?? 200);
const work = mkdtempSync(join(tmpdir(), 'ww-bench-publish-'));

// One wheel, incompressible padding stored uncompressed, so the file is SIZE_MB on disk.
const MAKE = String.raw`
import os, sys, zipfile
out, mb = sys.argv[1], int(sys.argv[2])
name, version = "bench_publish", "1.0.0"
di = "%s-%s.dist-info" % (name, version)
path = os.path.join(out, "%s-%s-py3-none-any.whl" % (name, version))
with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
    z.writestr(di + "/METADATA", "Metadata-Version: 2.1\nName: bench-publish\nVersion: %s\nSummary: publish benchmark\n" % version)
    z.writestr(di + "/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
    z.writestr(name + "/__init__.py", "VERSION = %r\n" % version)
    with z.open(name + "/padding.bin", "w", force_zip64=True) as f:
        for _ in range(mb): f.write(os.urandom(1 << 20))
    z.writestr(di + "/RECORD", "")
print(path)
`;

/** Runs a command under /usr/bin/time without blocking this process (the server lives here). */
function measure(command, args, env) {
  return new Promise((resolve, reject) => {
    const timeFile = join(work, `time-${Math.random().toString(16).slice(2)}`);
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => {
      output += c;
    });
    child.stderr.on('data', (c) => {
      output += c;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) {
        reject(new Error(`${command} failed (exit ${code}):\n${output.slice(-2000)}`));
        return;
      }
      resolve({ ms, peakMb: Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024, output });
    });
  });
}

const cleanEnv = () => {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(PIP_|TWINE_|INPUT_|GITHUB_)/.test(key)) env[key] = value;
  return env;
};

const wheel = execFileSync(PYTHON, ['-c', MAKE, work, String(SIZE_MB)], { encoding: 'utf8' }).trim();
console.log(
  `publish benchmark: one ${SIZE_MB} MB wheel, each client uploading to its own fresh test server (pypiserver flavour) on 127.0.0.1`,
);

const built = join(work, 'server');
// -t: transpile only (the typecheck is the test suite's job); the server is TypeScript under test/support.
execFileSync(
  join(root, 'node_modules', '.bin', 'ncc'),
  ['build', join(root, 'test', 'support', 'index-server', 'index.ts'), '-o', built, '-t', '-q'],
  {
    cwd: root,
    stdio: 'ignore',
  },
);
const { startIndexServer } = await import(join(built, 'index.js'));
const forPublish = await startIndexServer({ flavour: 'pypiserver', users: { bench: 'bench-password' } });
const forTwine = await startIndexServer({ flavour: 'pypiserver', users: { bench: 'bench-password' } });
try {
  const twine = await measure(
    PYTHON,
    [
      '-m',
      'twine',
      'upload',
      '--disable-progress-bar',
      '--non-interactive',
      '--repository-url',
      forTwine.uploadUrl,
      '-u',
      'bench',
      '-p',
      'bench-password',
      wheel,
    ],
    { ...cleanEnv(), PIP_CONFIG_FILE: '/dev/null' },
  );
  const outputs = join(work, 'github-output');
  const publish = await measure(process.execPath, [bundle], {
    ...cleanEnv(),
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
    INPUT_STORE: forPublish.url,
    INPUT_USERNAME: 'bench',
    INPUT_PASSWORD: 'bench-password',
    INPUT_FILES: wheel,
    'INPUT_SKIP-EXISTING': 'true',
    INPUT_VERIFY: 'true',
    'INPUT_DRY-RUN': 'false',
  });
  if (forPublish.files().length !== 1 || forTwine.files().length !== 1) throw new Error('an upload did not land');
  if (forPublish.files()[0].sha256 !== forTwine.files()[0].sha256) throw new Error('the servers hold different bytes');
  const row = (label, r) => `${label.padEnd(44)} ${(r.ms / 1000).toFixed(2).padStart(7)} s   peak ${r.peakMb.toFixed(0).padStart(4)} MB`;
  console.log(row('publish (bundle, hash + upload + verify)', publish));
  console.log(row('twine upload 4.0.2 (Debian)', twine));
  console.log(`ratio publish/twine wall time: ${(publish.ms / twine.ms).toFixed(2)}  (goal < 1)`);
  console.log(`publish peak memory: ${publish.peakMb.toFixed(0)} MB (goal < 100 MB); sha256 ${forPublish.files()[0].sha256}`);
} finally {
  await forPublish.stop();
  await forTwine.stop();
  rmSync(work, { recursive: true, force: true });
}
