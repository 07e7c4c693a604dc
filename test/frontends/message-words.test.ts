/**
 * Core writes every mention of an option in the runner's words (`input 'name'`, `set 'name: value'`,
 * `'name: value'`, `the name input`) and every pointer to a step's output as `the 'title' log group` / `the
 * log above`, the forms `renderOptionReferences` rewrites for the CLI and the pipeline. This test reads the
 * message texts of core and the CLI and fails on a mention of an action input in any other form, which
 * would reach a CLI user in the runner's words (or in neither's).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderOptionReferences, runnerWords } from '../../packages/core/src/errors/index';
import { readActionManifest, repoRoot } from '../support/action-harness';

const actions = readdirSync(join(repoRoot, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const inputs = [...new Set(actions.flatMap((action) => Object.keys(readActionManifest(action).inputs ?? {})))];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** String literals of a TypeScript file with their line, comments removed (a message is a literal with a space). */
function literals(path: string): { line: number; text: string }[] {
  const code = readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (_all, before: string) => before);
  const found: { line: number; text: string }[] = [];
  // One line each: a message is one line, and a template with a nested template is not read across lines.
  for (const match of code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\\n]|\\.)*`/g)) {
    // The text as it prints: escaped quotes unescaped (the formatter picks whichever quote needs fewer).
    const text = match[0].slice(1, -1).replace(/\\(['"`])/g, '$1');
    if (text.includes(' ')) found.push({ line: code.slice(0, match.index).split('\n').length, text });
  }
  return found;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a message names an input outside the runner's forms: the input, quoted bare or followed by "input"/":". */
function strayMentions(text: string): string[] {
  const stray: string[] = [];
  for (const name of inputs) {
    const n = escapeRegExp(name);
    // The canonical forms, removed before looking for any other mention.
    const rest = text
      .replace(new RegExp(`set '${n}: [^']*'|'${n}: [^']*'|input '${n}'|the ${n} input`, 'g'), '')
      .replace(/\$\{[^}]*\}/g, '');
    const hyphenated = name.includes('-') && new RegExp(`(?<![\\w.-])${n}(?![\\w-])`).test(rest);
    // A bare quoted name, a name with a value in YAML's form, or "set name …" (pyproject's `strict = …` is not ours).
    const spelled = new RegExp(`(?<![\\w-])(?:'${n}'|${n}: (?:true|false)\\b|(?:use|set) ${n} (?!=)|\\bas ${n}(?=[,;)]|$| \\())`).test(
      rest,
    );
    if (hyphenated || spelled) stray.push(name);
  }
  if (/log group(?<!' log group)|output is above|log is above|full log is in the log\b/.test(text)) stray.push('(log place)');
  return stray;
}

/**
 * Literals that hold an input's name without speaking to the user about it: output and record keys,
 * the help's own flag texts, a step's name in the flow diagram.
 */
const NOT_MESSAGES: RegExp[] = [
  /^\$\{JSON\.stringify\(/, // the CLI's JSON result (keys are outputs)
  /declares no input '\$\{name\}'/, // a bug check of the CLI's own tables, not user input
  /group named 'version'/, // a regular expression's group, as setuptools_scm names it
];

describe('every input a core or CLI message names is in the runner’s words, which each front end rewrites', () => {
  const files = [...sources(join(repoRoot, 'packages', 'core', 'src')), ...sources(join(repoRoot, 'packages', 'cli', 'src'))].filter(
    // The help and the board speak about flags and releases, not in messages core throws.
    (path) => !/[\\/](help|args)\.ts$|[\\/]board[\\/]/.test(path),
  );

  it('finds the inputs and the sources', () => {
    expect(inputs).toEqual(expect.arrayContaining(['docs-failure', 'strict', 'index-url', 'require-tests', 'pretend-version', 'tests']));
    expect(files.length).toBeGreaterThan(100);
  });

  it('no message names an input in another form', () => {
    const offenders: string[] = [];
    for (const path of files)
      for (const { line, text } of literals(path)) {
        if (NOT_MESSAGES.some((pattern) => pattern.test(text))) continue;
        const stray = strayMentions(text);
        if (stray.length > 0) offenders.push(`${relative(repoRoot, path)}:${line} ${stray.join(', ')}: ${text.slice(0, 140)}`);
      }
    expect(offenders).toEqual([]);
  });

  it('the detector sees the forms it refuses', () => {
    expect(strayMentions('or set docs-failure: warning to release without them')).toEqual(['docs-failure']);
    expect(strayMentions('`strict: false` turns the soft ones into warnings')).toEqual(['strict']);
    expect(strayMentions("check 'tests' and go")).toEqual(['tests']);
    expect(strayMentions('set name (and path for a folder)')).toEqual(['name']);
    expect(strayMentions('pass its manifest output as manifest')).toEqual(['manifest']);
    expect(strayMentions("pass the version with 'pretend-version'")).toEqual(['pretend-version']);
    expect(strayMentions('the full log is above')).toEqual(['(log place)']);
    expect(strayMentions("set 'docs-failure: warning' or input 'index-url', the 'python -m build' log group")).toEqual([]);
  });

  it('the canonical forms are what the renderer rewrites, for every input', () => {
    const wording = { option: (n: string) => `--${n}`, setting: (n: string, v: string) => `--${n}=${v}`, log: () => 'LOG' };
    for (const name of inputs) {
      const text = [
        runnerWords.option(name),
        runnerWords.set(name, 'v'),
        runnerWords.setting(name, 'w'),
        runnerWords.log('g'),
        runnerWords.log(),
      ].join(' | ');
      expect(renderOptionReferences(text, [{ name }], wording)).toBe(`--${name} | pass --${name}=v | --${name}=w | LOG | LOG`);
    }
  });
});
