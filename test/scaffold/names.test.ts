import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '@wheelwright/core/errors';
import {
  derivePackageName,
  normalizeProjectName,
  parseStdlibList,
  renderTemplate,
  validateIdentifier,
  validateNamespace,
  validateProjectName,
} from '@wheelwright/core/scaffold';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/action-harness';

const stdlib = parseStdlibList(readFileSync(join(repoRoot, 'packages/core/src/scaffold/templates/stdlib-modules.txt'), 'utf8'));

function failure(fn: () => void): { message: string; hint: string | undefined } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return { message: (error as InputError).message, hint: (error as InputError).hint };
  }
  throw new Error('expected an InputError');
}

describe('project names (PEP 508 / PEP 503)', () => {
  it.each(['Scikit-AI', 'a', 'A1', 'zope.interface', 'my_project', 'x-y.z_0'])('accepts %s', (name) => {
    expect(() => validateProjectName(name)).not.toThrow();
  });

  it.each([
    ['-leading', 'leading'],
    ['trailing.', 'trailing'],
    ['has space', 'has-space'],
    ['ünïcode', 'n-code'],
    ['a/b', 'a-b'],
  ])('rejects %s and suggests %s', (name, suggestion) => {
    const { message, hint } = failure(() => validateProjectName(name));
    expect(message).toMatch(/PEP 508/);
    expect(message.split('\n')).toHaveLength(1);
    expect(hint).toBe(`use '${suggestion}'`);
  });

  it.each([
    ['Scikit-AI', 'scikit-ai'],
    ['Foo__Bar..baz', 'foo-bar-baz'],
    ['a-_-.b', 'a-b'],
  ])('normalizes %s to %s (PEP 503)', (name, normalized) => {
    expect(normalizeProjectName(name)).toBe(normalized);
  });
});

describe('package names', () => {
  it.each([
    ['Scikit-AI', 'scikit_ai'],
    ['zope.interface', 'zope_interface'],
    ['3d-tools', '_3d_tools'],
    ['My Project!', 'my_project'],
  ])('derives %s → %s', (project, pkg) => {
    expect(derivePackageName(project)).toBe(pkg);
  });

  it.each(['skai', '_private', 'match', 'type', 'Camel2'])('accepts %s', (name) => {
    expect(() => validateIdentifier(name, 'package', stdlib, true)).not.toThrow();
  });

  it.each([
    ['1abc', /not a Python identifier/, "use '_1abc'"],
    ['my-pkg', /not a Python identifier/, "use 'my_pkg'"],
    ['class', /Python keyword/, "use 'class_' or another name"],
    ['None', /Python keyword/, "use 'None_' or another name"],
    ['json', /standard-library module/, "use a distinct name such as 'pyjson' or 'json_tools'"],
    ['test', /standard-library module/, undefined],
    ['asyncore', /standard-library module/, undefined], // removed in 3.12: still shadows on 3.9–3.11
    ['tomllib', /standard-library module/, undefined], // new in 3.11
    ['parser', /standard-library module/, undefined], // only in 3.9
  ])('rejects %s', (name, rule, hint) => {
    const error = failure(() => validateIdentifier(name, 'package', stdlib, true));
    expect(error.message).toMatch(rule);
    expect(error.message).toContain(`input 'package' '${name}'`);
    if (hint) expect(error.hint).toBe(hint);
  });

  it('lets a package inside a namespace reuse a standard-library name (acme.json)', () => {
    expect(() => validateIdentifier('json', 'package', stdlib, false)).not.toThrow();
  });

  it('checks each namespace part', () => {
    expect(validateNamespace('acme.tools', stdlib)).toEqual(['acme', 'tools']);
    expect(failure(() => validateNamespace('os.tools', stdlib)).message).toMatch(
      /input 'namespace' 'os' is the name of a standard-library module/,
    );
    expect(failure(() => validateNamespace('acme..tools', stdlib)).hint).toBe("use 'acme.tools'");
    expect(failure(() => validateNamespace('acme.for', stdlib)).message).toMatch(/keyword/);
  });
});

describe('templates', () => {
  const vars = { name: 'Demo "Q"', yes: true, no: false, empty: '', list: 'a\nb' };

  it.each([
    ['{{name}}', 'Demo "Q"'],
    ['{{ name | toml }}', '"Demo \\"Q\\""'],
    ['{{name|underline}}', '========'],
    ['x{{#if yes}}1{{else}}2{{/if}}y', 'x1y'],
    ['x{{#if no}}1{{else}}2{{/if}}y', 'x2y'],
    ['x{{#if empty}}1{{/if}}y', 'xy'],
    ['x{{#unless no}}1{{/unless}}y', 'x1y'],
    ['a\n{{#if no}}\nhidden\n{{/if}}\nb\n', 'a\nb\n'],
    ['a\n  {{#if yes}}\nshown\n  {{else}}\nnot\n{{/if}}\nb\n', 'a\nshown\nb\n'],
    ['{{#if yes}}{{#if no}}n{{else}}y{{/if}}{{/if}}', 'y'],
    ['{{#if no}}{{#if yes}}n{{else}}y{{/if}}{{/if}}', ''],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, which templates must leave alone
    ['run: ${{ github.sha }} ${{ secrets.x }}', 'run: ${{ github.sha }} ${{ secrets.x }}'],
  ])('renders %j', (template, expected) => {
    expect(renderTemplate(template, vars)).toBe(expected);
  });

  it.each([
    ['{{missing}}', /unknown template variable 'missing'/],
    ['{{name|nope}}', /unknown template filter 'nope'/],
    ['{{#if yes}}open', /never closed/],
    ['{{/if}}', /does not close/],
  ])('refuses %j (a template bug)', (template, error) => {
    expect(() => renderTemplate(template, vars)).toThrow(error);
  });
});
