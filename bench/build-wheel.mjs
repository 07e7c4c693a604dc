#!/usr/bin/env node
// build-wheel benchmarks, each printed with its reference in the same run:
//  1. Inspection of a generated 200 MB wheel (+ a 200 MB sdist): wall time and peak RSS of a node process
//     running only `inspectRelease` (core bundled on the fly with ncc), vs `sha256sum` of the same files
//     (the floor: every byte has to be read and hashed once) and Python's zipfile RECORD check.
//     Goal: memory flat (independent of the wheel's size).
//  2. The whole action (through its bundle, non-isolated) vs plain `python -m build -n` on the same
//     setuptools_scm project: the overhead ratio. Goal < 1.1×.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize } from './stats.mjs';

const median = (samples) => summarize(samples).median;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PYTHON = process.env.WHEELWRIGHT_TEST_PYTHON ?? '/usr/bin/python3';
const work = mkdtempSync(join(tmpdir(), 'ww-bench-build-'));
const MB = 1024 * 1024;
const SIZE_MB = Number(process.env.BENCH_WHEEL_MB ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// NODE_EXTRA_CA_CERTS and NODE_OPTIONS are left out as a runner leaves them out: a machine-wide CA bundle
// (this one has one) costs every node start ~50 ms of certificate parsing, which is the machine's, not the action's.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(PIP_|SETUPTOOLS_SCM_|SOURCE_DATE_EPOCH$|NODE_EXTRA_CA_CERTS$|NODE_OPTIONS$)/.test(key)),
);
cleanEnv.PIP_CONFIG_FILE = '/dev/null';

/** Runs a command under /usr/bin/time: wall ms and max RSS in MB. */
function measure(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M', command, ...args], { encoding: 'utf8', maxBuffer: 64 * MB, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.slice(-2000)}`);
  const rss = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  return { ms, rss, stdout: result.stdout };
}

// --- 1. inspection of a 200 MB wheel -------------------------------------------------------------
// Incompressible content (os.urandom), stored: 20 files of SIZE/20 MB plus modules, a real RECORD.
const MAKE = String.raw`
import base64, hashlib, io, os, sys, tarfile, zipfile
out, size_mb = sys.argv[1], int(sys.argv[2])
name, version = "big_pkg", "1.0.0"
di = "%s-%s.dist-info" % (name, version)
meta = ("Metadata-Version: 2.4\nName: big-pkg\nVersion: %s\nSummary: inspection benchmark\n"
        "Requires-Python: >=3.9\nRequires-Dist: packaging>=20; python_version >= '3.8'\n"
        "Description-Content-Type: text/markdown\n\n# big\n") % version
record = []
def add(z, path, data):
    z.writestr(zipfile.ZipInfo(path, (2020, 1, 1, 0, 0, 0)), data)
    record.append("%s,sha256=%s,%d" % (path, base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode(), len(data)))
wheel = os.path.join(out, "%s-%s-py3-none-any.whl" % (name, version))
with zipfile.ZipFile(wheel, "w", zipfile.ZIP_STORED) as z:
    add(z, name + "/__init__.py", b"VERSION = '1.0.0'\n")
    for i in range(20):
        add(z, "%s/data/blob%02d.bin" % (name, i), os.urandom(size_mb * (1 << 20) // 20))
    add(z, di + "/METADATA", meta.encode())
    add(z, di + "/WHEEL", b"Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
    z.writestr(di + "/RECORD", "\n".join(record + [di + "/RECORD,,"]) + "\n")
base = "%s-%s" % (name, version)
with tarfile.open(os.path.join(out, base + ".tar.gz"), "w:gz", compresslevel=1) as t:
    for p, data in ((base + "/PKG-INFO", meta.encode()), (base + "/pyproject.toml", b"[build-system]\nrequires = []\n"),
                    (base + "/src/big_pkg/__init__.py", b"VERSION = '1.0.0'\n")):
        info = tarfile.TarInfo(p); info.size = len(data); t.addfile(info, io.BytesIO(data))
    for i in range(20):
        data = os.urandom(size_mb * (1 << 20) // 20)
        info = tarfile.TarInfo("%s/src/big_pkg/data/blob%02d.bin" % (base, i)); info.size = len(data); t.addfile(info, io.BytesIO(data))
print(wheel)
`;

// The inspection alone, bundled from the TypeScript core with ncc (a tsconfig that checks only this entry).
function bundleInspector() {
  const dir = join(work, 'inspector');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'entry.ts'),
    `import { inspectRelease } from '${join(root, 'packages/core/src/dist/index.ts').replace(/\.ts$/, '')}';
const [sdist = '', wheel = ''] = process.argv.slice(2);
const started = performance.now();
const report = await inspectRelease(sdist ? { sdist, wheel } : { wheel });
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, findings: report.findings.map((f) => f.rule + ' ' + f.message), rss: process.resourceUsage().maxRSS / 1024 }));
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(root, 'tsconfig.base.json'),
      compilerOptions: { noEmit: true, rootDir: '/', typeRoots: [join(root, 'node_modules/@types')] },
      include: ['entry.ts'],
    }),
  );
  const built = spawnSync(join(root, 'node_modules/.bin/ncc'), ['build', join(dir, 'entry.ts'), '-o', join(dir, 'out'), '-q'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`ncc failed: ${built.stdout}${built.stderr}`);
  return join(dir, 'out', 'index.js');
}

const PY_RECORD_CHECK = String.raw`
import base64, csv, hashlib, io, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
record = next(n for n in z.namelist() if n.endswith(".dist-info/RECORD"))
bad = 0
for path, digest, size in csv.reader(io.TextIOWrapper(z.open(record), "utf-8")):
    if not digest: continue
    h = hashlib.sha256()
    with z.open(path) as f:
        for chunk in iter(lambda: f.read(1 << 20), b""): h.update(chunk)
    bad += "sha256=" + base64.urlsafe_b64encode(h.digest()).rstrip(b"=").decode() != digest
print(bad)
`;

console.log(`build-wheel bench (${RUNS} runs each, median)`);
const artefacts = join(work, 'artefacts');
mkdirSync(artefacts);
const started = Date.now();
const wheel = execFileSync(PYTHON, ['-c', MAKE, artefacts, String(SIZE_MB)], { encoding: 'utf8' }).trim();
const sdist = join(artefacts, 'big_pkg-1.0.0.tar.gz');
console.log(`generated ${SIZE_MB} MB wheel + ${SIZE_MB} MB sdist (random, incompressible) in ${Date.now() - started} ms`);
const inspector = bundleInspector();

const inspections = [];
const wheelInspections = [];
const sums = [];
const pyRecords = [];
for (let i = 0; i < RUNS; i++) {
  const run = measure(process.execPath, [inspector, sdist, wheel]);
  const report = JSON.parse(run.stdout);
  if (report.findings.some((finding) => /^(R|X|K)/.test(finding))) throw new Error(`unexpected findings: ${report.findings.join('; ')}`);
  inspections.push({ wall: run.ms, inspect: report.ms, rss: run.rss });
  const wheelOnly = measure(process.execPath, [inspector, '', wheel]);
  wheelInspections.push({ wall: wheelOnly.ms, inspect: JSON.parse(wheelOnly.stdout).ms, rss: wheelOnly.rss });
  sums.push(measure('sha256sum', [sdist, wheel]));
  pyRecords.push(measure(PYTHON, ['-c', PY_RECORD_CHECK, wheel]));
}
const wallInspect = median(inspections.map((run) => run.wall));
const wallSum = median(sums.map((run) => run.ms));
console.log(
  `inspection of sdist + wheel (${2 * SIZE_MB} MB read): ${wallInspect.toFixed(0)} ms wall ` +
    `(inspectRelease itself ${median(inspections.map((run) => run.inspect)).toFixed(0)} ms), peak RSS ${Math.max(...inspections.map((run) => run.rss)).toFixed(0)} MB`,
);
console.log(
  `  sha256sum of the same two files: ${wallSum.toFixed(0)} ms, peak RSS ${Math.max(...sums.map((run) => run.rss)).toFixed(0)} MB → ratio ${(wallInspect / wallSum).toFixed(2)}×`,
);
console.log(
  `inspection of the ${SIZE_MB} MB wheel alone: ${median(wheelInspections.map((run) => run.wall)).toFixed(0)} ms wall ` +
    `(inspectRelease itself ${median(wheelInspections.map((run) => run.inspect)).toFixed(0)} ms), peak RSS ${Math.max(...wheelInspections.map((run) => run.rss)).toFixed(0)} MB`,
);
console.log(
  `  python zipfile RECORD check of the wheel alone: ${median(pyRecords.map((run) => run.ms)).toFixed(0)} ms, peak RSS ${Math.max(...pyRecords.map((run) => run.rss)).toFixed(0)} MB`,
);
rmSync(artefacts, { recursive: true, force: true });

// --- 2. build overhead vs plain python -m build -----------------------------------------------------
const project = join(work, 'project');
const files = {
  'pyproject.toml':
    '[build-system]\nrequires = ["setuptools>=64", "setuptools_scm>=7"]\nbuild-backend = "setuptools.build_meta"\n\n' +
    '[project]\nname = "bench-sample"\ndynamic = ["version"]\ndescription = "bench"\nreadme = "README.md"\nrequires-python = ">=3.9"\n' +
    'classifiers = ["Programming Language :: Python :: 3.11"]\n\n[tool.setuptools_scm]\n',
  'README.md': '# bench-sample\n\nBenchmark project.\n',
  '.gitignore': 'dist/\nbuild/\n*.egg-info/\nplain/\n',
  'src/bench_sample/__init__.py': '',
  'src/bench_sample/data/defaults.json': '{"a": 1}\n',
};
for (const [path, content] of Object.entries(files)) {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  writeFileSync(join(project, path), content);
}
const git = (...args) =>
  execFileSync('git', args, {
    cwd: project,
    stdio: 'pipe',
    env: { ...process.env, GIT_AUTHOR_DATE: '1700000000 +0000', GIT_COMMITTER_DATE: '1700000000 +0000' },
  });
git('init', '-q', '-b', 'main');
git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'add', '-A');
git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '-m', 'bench');
git('tag', '1.0.0');

const bundle = join(root, 'dist', 'build-wheel', 'index.js');
function actionEnv(outputDir) {
  const runnerFiles = mkdtempSync(join(work, 'runner-'));
  const env = {
    ...cleanEnv,
    RUNNER_DEBUG: '1', // the action's `timings:` debug lines split its own work from the build's
    GITHUB_OUTPUT: join(runnerFiles, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerFiles, 'summary'),
    GITHUB_ENV: join(runnerFiles, 'env'),
  };
  for (const [name, value] of Object.entries({
    path: '.',
    python: PYTHON,
    'output-dir': outputDir,
    sdist: 'true',
    wheel: 'true',
    isolation: 'false',
    'skip-dependency-check': 'false',
    'index-url': '',
    'config-settings': '',
    version: '',
    'source-date-epoch': '',
    strict: 'true',
  }))
    env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}
const plain = [];
const action = [];
// Interleaved, with one warm-up of each, so page cache and CPU contention hit both alike; the order
// alternates each round (ABBA), and the 400 MB written above is flushed first so its writeback does not
// fall on the timed builds.
execFileSync('sync');
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 15);
for (let i = -1; i < BUILD_RUNS; i++) {
  rmSync(join(project, 'plain'), { recursive: true, force: true });
  rmSync(join(project, 'dist'), { recursive: true, force: true });
  const runPlain = () =>
    measure(PYTHON, ['-m', 'build', '-n', '--outdir', join(project, 'plain'), project], {
      cwd: project,
      env: { ...cleanEnv, SOURCE_DATE_EPOCH: '1700000000' },
    });
  const runAction = () => measure(process.execPath, [bundle], { cwd: project, env: actionEnv('dist') });
  let a;
  let b;
  if (i % 2 === 0) {
    a = runPlain();
    b = runAction();
  } else {
    b = runAction();
    a = runPlain();
  }
  if (i >= 0) {
    plain.push(a);
    action.push(b);
  }
}
const plainMs = median(plain.map((run) => run.ms));
const actionMs = median(action.map((run) => run.ms));
// Paired: each round's action minus its plain build (same moment, same load), less noisy than the
// difference of the two medians when the build itself varies by hundreds of ms.
const pairedMs = median(action.map((run, i) => run.ms - (plain[i]?.ms ?? 0)));
console.log(`python -m build -n (sdist + wheel from sdist): ${plainMs.toFixed(0)} ms`);
console.log(
  `build-wheel action (same build + inspection, manifest, summary): ${actionMs.toFixed(0)} ms, node peak RSS ${Math.max(...action.map((run) => run.rss)).toFixed(0)} MB`,
);
console.log(
  `overhead: ${(actionMs - plainMs).toFixed(0)} ms, ratio ${(actionMs / plainMs).toFixed(3)}× (goal < 1.1×; median of ${BUILD_RUNS} interleaved runs)`,
);
console.log(
  `overhead, paired: ${pairedMs.toFixed(0)} ms (median of the per-round differences), ratio ${((plainMs + pairedMs) / plainMs).toFixed(3)}×`,
);
// The action's own work, from its debug timings: what it adds around the build it runs, free of the
// build's own run-to-run noise (±150 ms here) that dominates both estimates above.
const own = action.map((run) => {
  const phases = /timings: setup (\d+) ms, python -m build (\d+) ms, sdist and inspection (\d+) ms/.exec(run.stdout);
  const total = /timings: total (\d+) ms/.exec(run.stdout);
  if (!phases || !total) throw new Error(`no timings in the action's log:\n${run.stdout.slice(-2000)}`);
  const build = Number(phases[2]);
  return { setup: Number(phases[1]), after: Number(phases[3]), outside: run.ms - Number(total[1]), added: run.ms - build, build };
});
const ownMedian = (key) => median(own.map((run) => run[key]));
console.log(
  `the action's own work: ${ownMedian('added').toFixed(0)} ms around its build (before it ${ownMedian('setup').toFixed(0)} ms, after it ${ownMedian('after').toFixed(0)} ms, node start + outputs + exit ${ownMedian('outside').toFixed(0)} ms), ratio ${median(own.map((run) => (run.build + run.added) / run.build)).toFixed(3)}× over the build it wrapped`,
);
if (process.env.NODE_EXTRA_CA_CERTS) {
  const bare = (env) => median(Array.from({ length: 9 }, () => measure(process.execPath, ['-e', '0'], { env }).ms));
  console.log(
    `context: node -e 0 takes ${bare(cleanEnv).toFixed(0)} ms here, ${bare({ ...cleanEnv, NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS }).toFixed(0)} ms with this machine's NODE_EXTRA_CA_CERTS (left out above, as on a runner)`,
  );
}
rmSync(work, { recursive: true, force: true });
