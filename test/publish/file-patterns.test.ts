/**
 * publish's early answer for files nothing can match (the action gives it before loading the stores and the
 * glob engine): it must say exactly what the glob would say, and never refuse what the glob could match.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFilePatterns, publishRelease } from '@wheelwright/core/publish';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let workspace = '';
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'ww-file-patterns-'));
  mkdirSync(join(workspace, 'dist'));
  mkdirSync(join(workspace, 'sub', 'out'), { recursive: true });
  writeFileSync(join(workspace, 'dist', 'notes.txt'), 'not an artefact\n');
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const quiet = { info() {}, debug() {}, warning() {}, group: <T>(_title: string, fn: () => Promise<T>) => fn() };

describe('checkFilePatterns', () => {
  it.each([[['build/*']], [['build/*.whl', 'wheelhouse/**/*.tar.gz']], [['missing/pkg-1.0-py3-none-any.whl']]])(
    'refuses %j when no literal folder exists, with the glob’s own answer',
    async (files) => {
      const early = (() => {
        try {
          checkFilePatterns({ files, workspace });
        } catch (error) {
          return error as Error;
        }
        return undefined;
      })();
      expect(early?.message).toBe(`no wheel or sdist matches files '${files.join(', ')}' in ${workspace}`);
      // The full path (stores, glob) answers the same.
      await expect(publishRelease({ store: join(workspace, 'store'), files, workspace }, quiet)).rejects.toThrow(early?.message as string);
    },
  );

  it.each([
    [['dist/*']], // the folder exists: the glob decides (here: nothing publishable in it)
    [['*.whl']], // the workspace itself
    [['sub/out/*', 'build/*']], // one pattern's folder exists
    [['!dist/skip.whl']], // a negation: left to the glob
    [['{build,dist}/*']], // a brace set in the first segment: no literal folder
    [['dist\\*.whl']], // an escape: left to the glob
  ])('leaves %j to the glob', (files) => {
    expect(() => checkFilePatterns({ files, workspace })).not.toThrow();
  });

  it('has nothing to say when a manifest is given', () => {
    expect(() => checkFilePatterns({ manifest: 'missing.json', files: ['build/*'], workspace })).not.toThrow();
  });
});
