/**
 * The launcher form `py -3.11` (what the pipeline passes for a version on Windows): spawned as the
 * program `py` with the switch `-3.11`, never as one program name, and every later spawn uses the
 * interpreter it selected, by path. A stand-in `py` on PATH records its arguments and runs the test Python.
 */
import { chmodSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { findPythonCommand, launcherSpec, resolvePython } from '@wheelwright/core/python';
import { afterEach, describe, expect, it } from 'vitest';
import { PYTHON } from '../support/python';

const originalPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = originalPath;
});

describe('the py launcher', () => {
  it.each([
    ['py -3.11', { program: 'py', args: ['-3.11'] }],
    ['py.exe -3.12-64', { program: 'py.exe', args: ['-3.12-64'] }],
    ['py -3', { program: 'py', args: ['-3'] }],
    ['python3.11', undefined],
    ['py -3.11; rm -rf /', undefined],
    ['/opt/py -3.11', undefined],
  ])('%s', (requested, expected) => {
    expect(launcherSpec(requested)).toEqual(expected);
  });

  it('runs `py` with `-3.11` as its own argument and resolves to the interpreter it chose', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'ww-py-launcher-'));
    writeFileSync(join(bin, 'py'), `#!/bin/sh\necho "$1" > "${join(bin, 'args')}"\nshift\nexec ${PYTHON} "$@"\n`);
    chmodSync(join(bin, 'py'), 0o755);
    process.env.PATH = [bin, originalPath].join(delimiter);
    expect(findPythonCommand('py -3.11')).toBeUndefined();
    const python = await resolvePython('py -3.11');
    expect(readFileSync(join(bin, 'args'), 'utf8').trim()).toBe('-3.11');
    expect(realpathSync(python.command)).toBe(realpathSync(PYTHON));
    expect(python.command).toBe(python.executable);
    expect(python.version).toMatch(/^3\.\d+\.\d+/);
  });

  it('a launcher that is not there: the one-line error names what was asked for', async () => {
    process.env.PATH = mkdtempSync(join(tmpdir(), 'ww-empty-path-'));
    await expect(resolvePython('py -3.11')).rejects.toThrow("python interpreter 'py -3.11' was not found or does not run");
  });
});
