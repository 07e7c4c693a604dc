/**
 * @wheelwright/core/pep440 against packaging 26.x (the newest in the mirror) on a generated corpus of valid
 * and invalid strings: same validity, same normal form, same order. One Python process for the whole corpus.
 */
import { join } from 'node:path';
import {
  classifyVersion,
  compareVersions,
  isValidVersion,
  normalizeVersion,
  parseVersion,
  sortVersions,
  tryParseVersion,
} from '@wheelwright/core/pep440';
import { describe, expect, it } from 'vitest';
import { runOk } from '../support/processes';
import { cleanPythonEnv, referenceVenv, venvPython } from '../support/python';

const PACKAGING = 'packaging==26.3';

/** A small deterministic PRNG (mulberry32) so the corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HANDWRITTEN = [
  '1.0',
  '1.0.0',
  '1',
  'v1.2',
  'V1.2',
  '1.0-RC1',
  '1.0RC1',
  '1.0.rc.1',
  '1.0c1',
  '1.0pre1',
  '1.0preview',
  '1.0alpha',
  '1.0-beta.2',
  '1.0.0-1',
  '1.0-r',
  '1.0rev3',
  '1.0.post',
  '1.0-dev',
  '1.0dev',
  '1.0.dev',
  '01.02',
  'v01.02.0003',
  '1!2.0',
  '0!1.0',
  '1.0+Ubuntu-1',
  '1.0+local.7',
  '1.0+01',
  '1.0+1e5',
  '1.0+0x1',
  '1.0+Infinity',
  '1.0+abc..1',
  '1.0+',
  '+1',
  '',
  '.',
  '1.',
  '.1',
  '1..2',
  ' 1.0 ',
  '\t1.0\n',
  '\u30001.0',
  '\ufeff1.0',
  '\x1c1.0',
  '\x851.0',
  '1.0\u00a0',
  '1.2.99999999999999999999',
  '99999999999999999999999.1',
  '1.0a99999999999999999999',
  '1.0.post99999999999999999998',
  '1.0.dev123456789012345678901234567890',
  '1.0+99999999999999999999.x',
  'vv1.0',
  '1.0.0-alpha',
  '17.33.0-rc',
  '2.0.0-rc.1',
  '1.0.0-beta.2+exp.sha.5114f85',
  '1.0b1.post2',
  '1.0a1.post1.dev3',
  '1.0a1-1',
  '1.0-1-dev',
  '1.0.POST1',
  '1.0.DEV1',
  '1.0\u212a',
  '1.0+\u212a',
  '1.0+\u017f',
  '\u0661.0',
  '1.0_post_1',
  '1.0-post-1',
  '1.0--1',
  '1.0a.1',
  '1.0-a-1',
  'a1.0',
  '1.0.a1',
  '1.0.0.0.0.0',
  '2023.01.20',
  'deploy-42',
  'release/1.2.3',
];

const SEPARATORS = ['', '.', '-', '_', '', '', '..', ' '];
const PRE = ['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview', 'RC', 'Alpha', 'x', 'aa'];
const POST = ['post', 'rev', 'r', 'POST', 'Post', 'p', 'posts'];
const LOCAL_CHARS = 'abcxyzABC0123456789';

function generated(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const number = (): string => {
    const roll = next();
    if (roll < 0.05) return '';
    if (roll < 0.1) return `0${Math.floor(next() * 10)}`;
    if (roll < 0.13) return '123456789012345678901234';
    return String(Math.floor(next() * (roll < 0.8 ? 4 : 30)));
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    if (next() < 0.05) text += pick(['v', 'V', 'vv', ' ', 'x']);
    if (next() < 0.1) text += `${number()}!`;
    const parts = 1 + Math.floor(next() * 4);
    text += Array.from({ length: parts }, number).join('.');
    if (next() < 0.4) text += `${pick(SEPARATORS)}${pick(PRE)}${pick(SEPARATORS)}${next() < 0.8 ? number() : ''}`;
    if (next() < 0.3) text += next() < 0.3 ? `-${number()}` : `${pick(SEPARATORS)}${pick(POST)}${pick(SEPARATORS)}${number()}`;
    if (next() < 0.3) text += `${pick(SEPARATORS)}${pick(['dev', 'DEV', 'Dev', 'devel'])}${pick(SEPARATORS)}${number()}`;
    if (next() < 0.25) {
      const segments = 1 + Math.floor(next() * 3);
      const local = Array.from({ length: segments }, () =>
        Array.from({ length: Math.floor(next() * 4) }, () => pick([...LOCAL_CHARS])).join(''),
      ).join(pick(['.', '-', '_', '.', '+']));
      text += `+${local}`;
    }
    if (next() < 0.03) text += pick([' ', '\n', '.', '-', '+', '!']);
    out.push(text);
  }
  return out;
}

interface Verdict {
  normal: string;
  rank: number;
  public: string;
  base: string;
  pre: boolean;
  dev: boolean;
  post: boolean;
  local: boolean;
}

async function packagingVerdicts(texts: string[]): Promise<{ packaging: string; results: (Verdict | null)[] }> {
  const python = venvPython(await referenceVenv([PACKAGING]));
  const output = await runOk(python, [join(import.meta.dirname, 'reference', 'packaging_driver.py')], {
    input: JSON.stringify(texts),
    env: cleanPythonEnv(),
    timeoutMs: 300_000,
  });
  return JSON.parse(output);
}

// Module-level setup (top-level await, before the tests are collected): packaging's verdicts on the corpus.
const corpus = [...new Set([...HANDWRITTEN, ...generated(6000, 440)])];
const reference = await packagingVerdicts(corpus);

describe('PEP 440 against packaging 26.x', () => {
  it('runs the newest packaging', () => {
    expect(reference.packaging).toBe('26.3');
    expect(corpus.length).toBeGreaterThan(5000);
  });

  it('agrees on validity and normal form for every string', () => {
    const mismatches: string[] = [];
    corpus.forEach((text, i) => {
      const expected = reference.results[i] ?? null;
      const ours = tryParseVersion(text);
      if ((expected === null) !== (ours === undefined)) {
        mismatches.push(`${JSON.stringify(text)}: packaging ${expected ? 'valid' : 'invalid'}`);
      } else if (expected !== null && normalizeVersion(text) !== expected.normal) {
        mismatches.push(`${JSON.stringify(text)}: packaging ${expected.normal}, ours ${normalizeVersion(text)}`);
      }
    });
    expect(mismatches).toEqual([]);
    // The corpus must exercise both sides.
    const valid = corpus.filter(isValidVersion).length;
    expect(valid).toBeGreaterThan(1000);
    expect(corpus.length - valid).toBeGreaterThan(1000);
  });

  it('agrees on public and base version and on pre/dev/post/local for every valid version', () => {
    const mismatches: string[] = [];
    corpus.forEach((text, i) => {
      const expected = reference.results[i];
      if (!expected) return;
      const c = classifyVersion(text);
      const ours = { public: c.public, base: c.base, pre: c.isPrerelease, dev: c.isDevrelease, post: c.isPostrelease, local: c.hasLocal };
      const theirs = {
        public: expected.public,
        base: expected.base,
        pre: expected.pre,
        dev: expected.dev,
        post: expected.post,
        local: expected.local,
      };
      if (JSON.stringify(ours) !== JSON.stringify(theirs))
        mismatches.push(`${JSON.stringify(text)}: ${JSON.stringify(theirs)} vs ${JSON.stringify(ours)}`);
    });
    expect(mismatches).toEqual([]);
  });

  it('agrees on the order of every valid version', () => {
    const valid = corpus.map((text, i) => ({ text, rank: reference.results[i]?.rank })).filter((e) => e.rank !== undefined);
    const sorted = [...valid].sort((x, y) => compareVersions(x.text, y.text));
    // Neighbours in our order must have the same relation in packaging's ranks.
    const wrong: string[] = [];
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1] as (typeof sorted)[number];
      const b = sorted[i] as (typeof sorted)[number];
      const ours = compareVersions(a.text, b.text);
      const theirs = Math.sign((a.rank as number) - (b.rank as number));
      if (ours !== theirs) wrong.push(`${a.text} vs ${b.text}: ours ${ours}, packaging ${theirs}`);
    }
    expect(wrong).toEqual([]);
    // and the sort is a total order consistent with packaging's (ranks non-decreasing).
    const ranks = sorted.map((e) => e.rank as number);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });
});

describe('PEP 440 API', () => {
  it.each([
    ['1.0-RC1', '1.0rc1'],
    ['v1.2', '1.2'],
    ['v01.02', '1.2'],
    ['1!2.0', '1!2.0'],
    ['1.0+Ubuntu-1', '1.0+ubuntu.1'],
    ['1.2.99999999999999999999', '1.2.99999999999999999999'],
  ])('normalizes %s to %s', (text, normal) => {
    expect(normalizeVersion(text)).toBe(normal);
  });

  it('throws a one-line error naming the text', () => {
    expect(() => parseVersion('not-a-version')).toThrow("version 'not-a-version' is not a valid PEP 440 version");
  });

  it('sorts big numbers without losing precision', () => {
    expect(sortVersions(['1.0.99999999999999999999', '1.0.99999999999999999998', '1.0'])).toEqual([
      '1.0',
      '1.0.99999999999999999998',
      '1.0.99999999999999999999',
    ]);
  });

  it.each([
    ['1.2.3', 'final', true, 'stable'],
    ['1.2.3.post1', 'post', true, 'stable'],
    ['1.2.3rc1', 'pre', false, 'testing'],
    ['1.2.3rc1.post1', 'pre', false, 'testing'],
    ['1.2.4.dev3', 'dev', false, 'testing'],
    ['1.2.4.dev3+g1234', 'local', false, 'testing'],
    ['1.2.3+local', 'local', false, 'testing'],
  ])('classifies %s as %s', (text, kind, isFinal, channel) => {
    const c = classifyVersion(text);
    expect([c.kind, c.isFinal, c.channel]).toEqual([kind, isFinal, channel]);
  });

  it('gives public and base versions', () => {
    expect(classifyVersion('1!2.0rc1.post2.dev3+abc')).toMatchObject({
      public: '1!2.0rc1.post2.dev3',
      base: '1!2.0',
      isPrerelease: true,
      isDevrelease: true,
      isPostrelease: true,
      hasLocal: true,
    });
  });
});
