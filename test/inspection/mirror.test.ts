/**
 * The inspection over real wheels published by real projects: every wheel of the offline mirror up to
 * 512 KiB (about 600 of its 887; `scripts/inspect-mirror.mjs` runs all of them). Each hard finding must
 * be a true defect of that wheel, listed below with the reason; any other hard finding is a false alarm
 * and fails the test, and so does a listed defect that is no longer found.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspectRelease } from '@wheelwright/core/distribution';
import { describe, expect, it } from 'vitest';
import { UPSTREAM_INDEX } from '../support/python';

/** Hard findings of real wheels that are true defects, by wheel; the whole mirror's list. */
const TRUE_DEFECTS: Record<string, { rules: string[]; why: string }> = {
  'argparse-1.4.0-py2.py3-none-any.whl': {
    rules: ['M002'],
    why: 'Metadata-Version 2.0 (withdrawn PEP 426): packaging and twine 6 refuse it',
  },
  'colour-0.1.5-py2.py3-none-any.whl': { rules: ['M002'], why: 'Metadata-Version 2.0' },
  'pyserial-3.5-py2.py3-none-any.whl': { rules: ['M002'], why: 'Metadata-Version 2.0' },
  'text_unidecode-1.3-py2.py3-none-any.whl': { rules: ['M002'], why: 'Metadata-Version 2.0' },
  'ply-3.11-py2.py3-none-any.whl': { rules: ['M002', 'M008'], why: "Metadata-Version 2.0 and Description-Content-Type 'UNKNOWN'" },
  'cmeel_octomap-1.10.0-4-py3-none-manylinux_2_28_x86_64.whl': { rules: ['M005'], why: 'License-Expression under Metadata-Version 2.1' },
  'harfile-0.3.0-py3-none-any.whl': { rules: ['M005'], why: 'License-Expression under Metadata-Version 2.3' },
  'hypothesis_graphql-0.11.1-py3-none-any.whl': { rules: ['M005'], why: 'License-Expression under Metadata-Version 2.3' },
  'opt_einsum-3.4.0-py3-none-any.whl': { rules: ['M005'], why: 'License-Expression under Metadata-Version 2.3' },
  'einx-0.4.3-py3-none-any.whl': { rules: ['W005'], why: "installs a top-level 'test' package over the standard library's" },
  'gmsh-4.15.2-py2.py3-none-manylinux_2_24_x86_64.whl': { rules: ['R002'], why: 'RECORD hashes in hex, not PEP 376 urlsafe base64' },
  'mysql_connector_python-26.7.0-cp311-cp311-manylinux_2_28_x86_64.whl': {
    rules: ['K004'],
    why: 'WHEEL says linux_x86_64, the filename manylinux_2_28: renamed without retagging',
  },
  'ray-2.58.0-cp311-cp311-manylinux2014_x86_64.whl': { rules: ['K004'], why: 'WHEEL says linux_x86_64, the filename manylinux2014' },
  'playwright-1.63.0-py3-none-manylinux1_x86_64.whl': { rules: ['K004'], why: 'WHEEL says py3-none-any, the filename a platform' },
  'numpy-1.26.4-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl': { rules: ['W001'], why: 'ships a CPython 3.11 .pyc' },
  'numpy-2.0.2-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl': { rules: ['W001'], why: 'ships a .pyc' },
  'numpy-2.2.6-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl': { rules: ['W001'], why: 'ships a .pyc' },
  'numpy-2.3.5-cp311-cp311-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl': { rules: ['W001'], why: 'ships a .pyc' },
  'pyside6_essentials-6.11.2-cp310-abi3-manylinux_2_34_x86_64.whl': { rules: ['W001'], why: 'ships .pyc files' },
};

/**
 * Stray files (X001, soft: it fails a strict build) in real wheels: only true droppings. setuptools-scm's
 * `.git_archival.txt`, `.gitignore`/`.gitkeep` in package data and JupyterLab's `package.json.orig` are
 * shipped on purpose.
 */
const TRUE_STRAYS: Record<string, string[]> = {
  'scikit_fem-12.0.2-py3-none-any.whl': [
    'skfem/assembly/basis/composite_basis.py~',
    'skfem/assembly/basis/edge_basis.py~',
    'skfem/element/element_hexagon_1.py~',
    'skfem/element/element_matrix.py~',
  ],
};

const MAX_BYTES = 512 * 1024;

/** The wheels the PEP 503 index links, up to MAX_BYTES each. */
function mirrorWheels(simple: string): string[] {
  const wheels = new Set<string>();
  for (const project of readdirSync(simple)) {
    const page = join(simple, project, 'index.html');
    let html: string;
    try {
      html = readFileSync(page, 'utf8');
    } catch {
      continue;
    }
    for (const match of html.matchAll(/href="([^"#]+\.whl)(#[^"]*)?"/g)) {
      const file = fileURLToPath(new URL(match[1] ?? '', pathToFileURL(page)));
      if ((statSync(file, { throwIfNoEntry: false })?.size ?? Number.POSITIVE_INFINITY) <= MAX_BYTES) wheels.add(file);
    }
  }
  return [...wheels].sort();
}

describe('the inspection over the mirror’s real wheels', () => {
  // A local PEP 503 mirror is what this test reads; against PyPI there is no list of files to walk.
  it.runIf(UPSTREAM_INDEX.startsWith('file://'))(
    'every hard finding is a listed true defect, every listed defect under 512 KiB is found, strays are true droppings',
    async () => {
      const wheels = mirrorWheels(fileURLToPath(UPSTREAM_INDEX));
      expect(wheels.length).toBeGreaterThan(500);
      const hard: Record<string, string[]> = {};
      const strays: Record<string, string[]> = {};
      let next = 0;
      const worker = async () => {
        while (next < wheels.length) {
          const wheel = wheels[next++] as string;
          const report = await inspectRelease({ wheel });
          const rules = [...new Set(report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule))];
          if (rules.length) hard[wheel.split('/').pop() as string] = rules.sort();
          const x001 = report.findings.find((finding) => finding.rule === 'X001');
          if (x001) strays[wheel.split('/').pop() as string] = (x001.paths ?? []).slice(0, 4);
        }
      };
      await Promise.all([worker(), worker()]);
      const inspected = new Set(wheels.map((wheel) => wheel.split('/').pop() as string));
      const expected = Object.fromEntries(
        Object.entries(TRUE_DEFECTS)
          .filter(([wheel]) => inspected.has(wheel))
          .map(([wheel, defect]) => [wheel, defect.rules]),
      );
      expect(hard).toEqual(expected);
      expect(inspected.has('setuptools_scm-10.3.4-py3-none-any.whl')).toBe(true);
      expect(strays).toEqual(Object.fromEntries(Object.entries(TRUE_STRAYS).filter(([wheel]) => inspected.has(wheel))));
    },
    120_000,
  );
});
