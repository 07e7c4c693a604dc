/**
 * The template language of scaffold's files: `{{name}}` and `{{name|filter}}` substitutions and
 * `{{#if name}}…{{else}}…{{/if}}` / `{{#unless name}}…{{/unless}}` sections. A section tag alone on its
 * line takes the whole line with it (Mustache's "standalone" rule), so templates stay readable.
 * `${{ … }}` (GitHub expressions) is left alone. An unknown name is a bug in a template: it throws.
 */

export type TemplateValue = string | boolean;
export type TemplateVariables = Readonly<Record<string, TemplateValue>>;

const FILTERS: Record<string, (value: string) => string> = {
  // A TOML basic string: JSON's escapes are a subset of TOML's.
  toml: (value) => JSON.stringify(value),
  // A Python string literal: JSON's escapes are valid in Python too.
  py: (value) => JSON.stringify(value),
  // reStructuredText title adornment as long as the title.
  underline: (value) => '='.repeat(Math.max(value.length, 3)),
  overline: (value) => '='.repeat(Math.max(value.length, 3)),
  raw: (value) => value,
};

const STANDALONE = /^[ \t]*(\{\{(?:#if|#unless) [a-z_]+\}\}|\{\{else\}\}|\{\{\/(?:if|unless)\}\})[ \t]*\r?\n/gm;
const TOKEN = /\{\{(#if|#unless) ([a-z_]+)\}\}|\{\{else\}\}|\{\{\/(if|unless)\}\}|(?<!\$)\{\{\s*([a-z_]+)\s*(?:\|\s*([a-z]+)\s*)?\}\}/g;

export function renderTemplate(text: string, variables: TemplateVariables, source = 'template'): string {
  const lookup = (name: string): TemplateValue => {
    const value = variables[name];
    if (value === undefined) throw new Error(`${source}: unknown template variable '${name}'`);
    return value;
  };
  const input = text.replace(STANDALONE, '$1');
  // Each open section: whether its current branch is shown, and whether its parent is.
  const stack: { kind: string; test: boolean; parentVisible: boolean; inElse: boolean }[] = [];
  let visible = true;
  let out = '';
  let last = 0;
  for (const match of input.matchAll(TOKEN)) {
    if (visible) out += input.slice(last, match.index);
    last = match.index + match[0].length;
    const [whole, open, openName, close, name, filter] = match;
    if (open && openName) {
      const value = lookup(openName);
      const truthy = value !== false && value !== '';
      const test = open === '#if' ? truthy : !truthy;
      stack.push({ kind: open.slice(1), test, parentVisible: visible, inElse: false });
      visible = visible && test;
    } else if (whole === '{{else}}') {
      const top = stack.at(-1);
      if (!top || top.inElse) throw new Error(`${source}: {{else}} outside a section`);
      top.inElse = true;
      visible = top.parentVisible && !top.test;
    } else if (close) {
      const top = stack.pop();
      if (!top || top.kind !== close) throw new Error(`${source}: {{/${close}}} does not close an open section`);
      visible = top.parentVisible;
    } else if (name && visible) {
      const value = lookup(name);
      const text = typeof value === 'boolean' ? String(value) : value;
      const apply = FILTERS[filter ?? 'raw'];
      if (!apply) throw new Error(`${source}: unknown template filter '${filter}'`);
      out += apply(text);
    } else if (name) {
      lookup(name);
    }
  }
  if (stack.length > 0) throw new Error(`${source}: {{#${stack.at(-1)?.kind}}} is never closed`);
  if (visible) out += input.slice(last);
  return out;
}
