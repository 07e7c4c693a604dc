/**
 * publish and promote read a wheel's METADATA up to a cap (8 MiB, the archive reader's member limit) and
 * fail with one clear line beyond it — whether the zip declares the size honestly or lies about it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-harness';
import { type IndexServer, startIndexServer } from '../support/index-server';
import { makeHostileWheel, rawUpload, workspaceWith } from './stores-support';

const HUGE = 64 * 1024 * 1024;

describe('a METADATA too large to read', () => {
  let index: IndexServer;
  beforeAll(async () => {
    index = await startIndexServer({ flavour: 'pypiserver', users: { alice: 'secret' } });
  });
  afterAll(async () => {
    await index.stop();
  });

  it.each([
    ['declared honestly', undefined, /is larger than the 8 MiB read limit \(declares \d+ bytes\)/],
    ['with a zip header that says 60 bytes', 60, /METADATA (is larger than the 8 MiB read limit|cannot be read)/],
  ])('%s: publish refuses it in one line, nothing stored', async (_what, declaredSize, message) => {
    const wheel = makeHostileWheel({
      filename: 'bloated-1.0-py3-none-any.whl',
      name: 'bloated',
      version: '1.0',
      metadataBytes: HUGE,
      ...(declaredSize === undefined ? {} : { declaredSize }),
    });
    expect(wheel.size).toBeLessThan(1024 * 1024);
    const store = join(mkdtempSync(join(tmpdir(), 'ww-sec-cap-')), 'unstable');
    const run = await runAction('publish', { workspace: workspaceWith([wheel]), inputs: { store } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(message);
    expect(run.errors[0]).toContain('bloated-1.0-py3-none-any.whl');
  });

  it('promote refuses it when it comes from a store', async () => {
    const wheel = makeHostileWheel({ filename: 'bloated-2.0-py3-none-any.whl', name: 'bloated', version: '2.0', metadataBytes: HUGE });
    expect(await rawUpload(index.uploadUrl, wheel.path, wheel.filename)).toBe(200);
    const target = join(mkdtempSync(join(tmpdir(), 'ww-sec-cap-')), 'testing');
    const run = await runAction('promote', {
      inputs: { package: 'bloated', version: '2.0', from: index.url, to: target, 'to-channel': 'testing' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toMatch(/METADATA is larger than the 8 MiB read limit/);
  });
});
