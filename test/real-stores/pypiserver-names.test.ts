/**
 * pypiserver files an upload under the project its filename spells, read by its own rule (the name ends at
 * the first `-<digit>`…), not by the metadata: a legacy sdist `foo-2d-1.0.tar.gz` lands under project
 * `foo`, version `2d-1.0`, where pip never finds it, and the server answers 200. Our reading of that rule
 * is compared with pypiserver's own function (the servers' venv), and publish refuses such a file before
 * any file of the release is sent, with a line saying why and what to do.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pypiserverFiling } from '../../packages/core/src/store/pypiserver-names';
import { runAction } from '../support/action-harness';
import { makeSdist, makeWheel } from '../support/index-server/artefacts';
import { runOk } from '../support/processes';
import { realStores, STORES_START_TIMEOUT_MS, startRealStores } from '../support/real-stores';
import { listedByServer } from './servers';

beforeAll(startRealStores, STORES_START_TIMEOUT_MS);

/** A project name of letters only (uniqueProject's names hold `-<digit>` parts themselves), ending in `-2d`. */
function digitName(label: string): string {
  const letters = `${process.pid.toString(36)}${Date.now().toString(36)}`.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)] ?? 'x');
  return `ww${label}-${letters}-2d`;
}

const FILENAMES = [
  'foo-2d-1.0.tar.gz',
  'foo_2d-1.0.tar.gz',
  'foo-2-1.0.tar.gz',
  'foo-bar-1.0.zip',
  'foo-1.0.tar.gz',
  'foo-2d-1.0.dev3+g1a2b3c4.tar.gz',
  'foo_2d-1.0-py3-none-any.whl',
  'foo_2d-1.0-1-py3-none-any.whl',
  'py-3d-2.0.tar.bz2',
  'foo-2d-1.0-py3.11-linux.egg',
  'nodash.tar.gz',
  'foo-2d-x.tar.gz',
];

describe("pypiserver's filing rule", () => {
  it('matches pypiserver 2.4 itself on every filename', async () => {
    const python = join(dirname(realStores().devpi.client), 'python');
    const script =
      'import json, sys\nfrom pypiserver.pkg_helpers import guess_pkgname_and_version\nprint(json.dumps([guess_pkgname_and_version(f) for f in json.loads(sys.argv[1])]))';
    const theirs = JSON.parse(await runOk(python, ['-c', script, JSON.stringify(FILENAMES)])) as ([string, string] | null)[];
    const ours = FILENAMES.map((filename) => {
      const filed = pypiserverFiling(filename);
      return filed ? [filed.project, filed.version] : null;
    });
    expect(ours).toEqual(theirs);
    // The case this is about: the project part is cut at `-2d`.
    expect(pypiserverFiling('foo-2d-1.0.tar.gz')).toEqual({ project: 'foo', version: '2d-1.0' });
  });
});

describe('publish to the real pypiserver', () => {
  it('refuses a legacy sdist it would file under another project, uploading nothing; normalized names go through', async () => {
    const stores = realStores().pypiserver;
    const name = digitName('pps');
    const workspace = mkdtempSync(join(tmpdir(), 'ww-pps-names-'));
    mkdirSync(join(workspace, 'dist'));
    const wheel = await makeWheel({ name, version: '1.0' }, join(workspace, 'dist'));
    // An sdist named as setuptools before 69.3 named it: the project's hyphens kept.
    const legacy = `${name}-1.0.tar.gz`;
    copyFileSync((await makeSdist({ name, version: '1.0' })).path, join(workspace, 'dist', legacy));
    const inputs = { store: stores.unstable, username: stores.user, password: stores.password, 'index-name': 'unstable' };

    const refused = await runAction('publish', { workspace, inputs, timeoutMs: 180_000 });
    expect(refused.exitCode).toBe(1);
    const cut = name.slice(0, -'-2d'.length);
    expect(refused.errors).toEqual([
      `pypiserver at ${stores.unstable}/simple/ would file '${legacy}' under project '${cut}' (version '2d-1.0'), not '${name}': it reads the project name from the filename, up to the first '-' followed by a digit; nothing was uploaded`,
    ]);
    expect(refused.stdout).toContain(
      `hint: build the sdist with a backend that writes the normalized filename of PEP 625 (${name.replace(/-/g, '_')}-1.0.tar.gz; setuptools 69.3 or newer does)`,
    );
    // All or nothing: the wheel, which pypiserver would file right, was not sent either.
    expect(await listedByServer(`${stores.unstable}/simple/`, name)).toEqual({});
    expect(await listedByServer(`${stores.unstable}/simple/`, cut)).toEqual({});

    // The same release with the sdist named as PEP 625 writes it: listed under its own name.
    const normalized = await makeSdist({ name, version: '1.0' }, mkdtempSync(join(tmpdir(), 'ww-pps-sdist-')));
    const good = mkdtempSync(join(tmpdir(), 'ww-pps-good-'));
    mkdirSync(join(good, 'dist'));
    copyFileSync(wheel.path, join(good, 'dist', wheel.filename));
    copyFileSync(normalized.path, join(good, 'dist', normalized.filename));
    const published = await runAction('publish', { workspace: good, inputs, timeoutMs: 180_000 });
    expect(published.errors).toEqual([]);
    expect(Object.keys(await listedByServer(`${stores.unstable}/simple/`, name)).sort()).toEqual(
      [normalized.filename, wheel.filename].sort(),
    );
  }, 300_000);
});
