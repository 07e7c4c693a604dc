#!/usr/bin/env node
// Promote a release of 3 files totalling 200 MB between two local stores, through the promote bundle as
// the runner runs it: wall time and peak memory (max RSS of the whole node process, from /usr/bin/time).
// Goal: memory flat (independent of the release size), under 100 MB.
//   file index → file index   vs `cp` of the same files (the floor for a local copy)
//   test store → test store   vs `pip download` + `twine upload` (the manual promotion)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'promote', 'index.js');
const PYTHON = process.env.WHEELWRIGHT_TEST_PYTHON ?? '/usr/bin/python3';
const work = mkdtempSync(join(tmpdir(), 'ww-bench-promote-'));
const MB = 1024 * 1024;

// Three artefacts of one release, incompressible padding, stored uncompressed: 90 + 70 + 40 MB.
const MAKE = String.raw`
import hashlib, io, os, sys, tarfile, zipfile
out = sys.argv[1]; name = "bench_pkg"; version = "1.0.0"
meta = "Metadata-Version: 2.1\nName: bench-pkg\nVersion: %s\nSummary: promote benchmark\n" % version
di = "%s-%s.dist-info" % (name, version)
scale = float(sys.argv[2])
for tag, size in (("py3-none-any", int(90 * scale)), ("py3-none-manylinux_2_17_x86_64", int(70 * scale))):
    with zipfile.ZipFile(os.path.join(out, "%s-%s-%s.whl" % (name, version, tag)), "w", zipfile.ZIP_STORED) as z:
        z.writestr(di + "/METADATA", meta)
        z.writestr(di + "/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: %s\n" % tag)
        z.writestr(name + "/__init__.py", "VERSION = %r\n" % version)
        with z.open(name + "/padding.bin", "w", force_zip64=True) as f:
            for _ in range(size): f.write(os.urandom(1 << 20))
        z.writestr(di + "/RECORD", "")
base = "%s-%s" % (name, version)
with tarfile.open(os.path.join(out, base + ".tar.gz"), "w:gz", compresslevel=1) as t:
    for p, data in ((base + "/PKG-INFO", meta.encode()), (base + "/pyproject.toml", b"[build-system]\nrequires = []\n")):
        info = tarfile.TarInfo(p); info.size = len(data); t.addfile(info, io.BytesIO(data))
    info = tarfile.TarInfo(base + "/padding.bin"); info.size = int(40 * scale) << 20
    t.addfile(info, io.BytesIO(os.urandom(info.size)))
for f in sorted(os.listdir(out)):
    h = hashlib.sha256()
    with open(os.path.join(out, f), "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""): h.update(chunk)
    print(f, h.hexdigest())
`;

/** A PEP 503 file index by hand (what the file store writes): root page, project page with #sha256=. */
function fileIndex(dir, files) {
  mkdirSync(join(dir, 'bench-pkg'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><html><body><a href="bench-pkg/">bench-pkg</a></body></html>\n');
  const links = files.map(({ filename, sha256 }) => `<a href="${filename}#sha256=${sha256}">${filename}</a><br>`).join('\n');
  writeFileSync(join(dir, 'bench-pkg', 'index.html'), `<!DOCTYPE html><html><body>\n${links}\n</body></html>\n`);
  return join(dir, 'bench-pkg');
}

/** Runs a command under /usr/bin/time: wall ms and max RSS in MB. */
function measure(command, args, env = process.env) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M', command, ...args], { env, encoding: 'utf8', maxBuffer: 64 * MB });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1] ?? 'NaN') / 1024;
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stdout}\n${result.stderr}`);
  return { ms, rss, stdout: result.stdout };
}

function promoteEnv(inputs) {
  const out = join(work, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(out, '');
  const env = { ...process.env, GITHUB_OUTPUT: out, RUNNER_TEMP: work };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  for (const name of [
    'manifest',
    'package',
    'version',
    'to-channel',
    'mode',
    'from-username',
    'from-password',
    'to-username',
    'to-password',
    'require-tests',
    'require-signed-tag',
    'allowed-signers',
    'dry-run',
    'from-upload-url',
    'to-upload-url',
    'tag',
    'repository',
  ]) {
    env[`INPUT_${name.toUpperCase()}`] ??=
      { mode: 'copy', 'require-tests': 'true', 'require-signed-tag': 'false', 'dry-run': 'false' }[name] ?? '';
  }
  return env;
}

function runPromote(inputs) {
  const result = measure(process.execPath, [bundle], promoteEnv(inputs));
  if (/::error::/.test(result.stdout)) throw new Error(result.stdout);
  return result;
}

/** Like measure(), without blocking this process's event loop (the test servers run in it). */
function measureAsync(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', 'MAXRSS %M', command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`${command} failed: ${stdout}\n${stderr}`));
      resolve({ ms, rss: Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? 'NaN') / 1024, stdout });
    });
  });
}

const run = (command, args, env) => measureAsync(command, args, env);

async function runPromoteAsync(inputs) {
  const result = await measureAsync(process.execPath, [bundle], promoteEnv(inputs));
  if (/::error::/.test(result.stdout)) throw new Error(result.stdout);
  return result;
}

const row = (label, r) => `${label.padEnd(46)} ${(r.ms / 1000).toFixed(2).padStart(7)} s  ${r.rss.toFixed(0).padStart(5)} MB peak RSS`;

const artefacts = join(work, 'artefacts');
mkdirSync(artefacts);
const SCALE = Number(process.env.BENCH_SCALE ?? '1');
const files = execFileSync(PYTHON, ['-c', MAKE, artefacts, String(SCALE)], { encoding: 'utf8' })
  .trim()
  .split('\n')
  .map((line) => {
    const [filename, sha256] = line.split(' ');
    return { filename, sha256 };
  });
const total = files.reduce((sum, f) => sum + statSync(join(artefacts, f.filename)).size, 0);
console.log(`release: ${files.length} files, ${(total / MB).toFixed(0)} MB (${files.map((f) => f.filename).join(', ')})`);

// file index → file index
const unstable = join(work, 'unstable');
const project = fileIndex(unstable, files);
for (const f of files) execFileSync('cp', [join(artefacts, f.filename), join(project, f.filename)]);
const testing = join(work, 'testing');
const promoted = runPromote({ package: 'bench-pkg', version: '1.0.0', from: unstable, to: testing });
const copyDir = join(work, 'cp-target');
mkdirSync(copyDir);
const cp = measure('cp', [...files.map((f) => join(project, f.filename)), copyDir]);
console.log(row('promote file → file (bundle)', promoted));
console.log(row('cp of the same files (floor)', cp));
console.log(`ratio promote / cp: ${(promoted.ms / cp.ms).toFixed(2)}× time`);
const again = runPromote({ package: 'bench-pkg', version: '1.0.0', from: unstable, to: testing });
console.log(row('promote file → file again (no-op, hashes)', again));
rmSync(testing, { recursive: true, force: true });
rmSync(copyDir, { recursive: true, force: true });

// test store → test store: the test index server (pypiserver flavour), bundled with ncc and run in this process;
// the promote bundle runs in its own process, so its peak RSS is its own.
const serverSource = join(root, 'test', 'support', 'index-server', 'index.ts');
if (!existsSync(serverSource)) {
  console.log('test store → test store: skipped (test/support/index-server/index.ts not present)');
} else {
  const built = join(work, 'server');
  // -t: transpile only (the project-wide typecheck is the test suite's job, not the benchmark's).
  execFileSync(join(root, 'node_modules', '.bin', 'ncc'), ['build', serverSource, '-o', built, '-t', '-q'], { cwd: root, stdio: 'ignore' });
  const { startIndexServer } = await import(join(built, 'index.js'));
  const servers = [];
  const start = async () => {
    const server = await startIndexServer({ flavour: 'pypiserver', users: { bench: 'bench' } });
    servers.push(server);
    return server;
  };
  try {
    const source = await start();
    const target = await start();
    const reference = await start();
    const env = { ...process.env, PIP_CONFIG_FILE: '/dev/null' };
    for (const key of Object.keys(env)) if (key.startsWith('PIP_') && key !== 'PIP_CONFIG_FILE') delete env[key];
    const twine = (server) => [
      '-m',
      'twine',
      'upload',
      '--disable-progress-bar',
      '--non-interactive',
      '--repository-url',
      server.uploadUrl,
      '-u',
      'bench',
      '-p',
      'bench',
    ];
    await run(PYTHON, [...twine(source), ...files.map((f) => join(artefacts, f.filename))], env);
    const viaServer = await runPromoteAsync({
      package: 'bench-pkg',
      version: '1.0.0',
      from: source.url,
      to: target.url,
      'to-upload-url': target.uploadUrl,
      'to-channel': 'testing',
      'to-username': 'bench',
      'to-password': 'bench',
    });
    if (target.files().length !== files.length) throw new Error('the target does not hold the release');
    // The manual promotion: fetch each file of the release, then twine upload them.
    const downloads = join(work, 'downloads');
    mkdirSync(downloads);
    const pip = await measureAsync(
      PYTHON,
      ['-m', 'pip', 'download', '-q', '--no-deps', '--no-build-isolation', '--index-url', source.url, '-d', downloads, 'bench-pkg==1.0.0'],
      env,
    );
    const fetched = readdirSync(downloads);
    for (const f of files)
      if (!fetched.includes(f.filename))
        await run('curl', ['-sf', '-o', join(downloads, f.filename), new URL(`packages/${f.filename}`, source.origin).href], env);
    const up = await measureAsync(PYTHON, [...twine(reference), ...readdirSync(downloads).map((f) => join(downloads, f))], env);
    console.log(row('promote test store → test store (bundle)', viaServer));
    console.log(row('pip download + twine upload (reference)', { ms: pip.ms + up.ms, rss: Math.max(pip.rss, up.rss) }));
    console.log(`ratio promote / (pip download + twine upload): ${(viaServer.ms / (pip.ms + up.ms)).toFixed(2)}× time`);
  } finally {
    for (const server of servers) await server.stop();
  }
}
rmSync(work, { recursive: true, force: true });
