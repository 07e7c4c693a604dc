/**
 * Names checked before anything is written: the project (distribution) name by PEP 508, the import
 * package and namespace parts as Python identifiers that are neither keywords nor standard-library
 * modules. Each failure is one line naming the rule, with a suggested fix as the hint.
 */
import { normalizeProjectName } from '../distribution/project-name';
import { InputError } from '../errors/index';

// PEP 508 "Names": ^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$, case-insensitive.
const PROJECT_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
// ASCII identifiers only: PEP 3131 allows more, but such import names break tools and file systems.
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

// keyword.kwlist of Python 3.9–3.13 (the soft keywords match/case/type/_ are valid module names).
const KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);

export { normalizeProjectName };

export function validateProjectName(name: string): void {
  if (PROJECT_NAME.test(name)) return;
  const suggestion = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[._-]+|[._-]+$/g, '');
  throw new InputError(
    `input 'name' '${name}' is not a valid project name: PEP 508 allows letters, digits, '.', '_' and '-', starting and ending with a letter or digit`,
    { hint: suggestion ? `use '${suggestion}'` : 'choose a name made of letters and digits' },
  );
}

/** The import name a project name suggests, as putup derives it: lower case, other characters as '_'. */
export function derivePackageName(project: string): string {
  let name = project
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (/^[0-9]/.test(name)) name = `_${name}`;
  return name;
}

/**
 * Checks one identifier (a package or a namespace part). `input` names what the user set ('package',
 * 'namespace'), `stdlib` holds the standard library's top-level names.
 */
export function validateIdentifier(value: string, input: string, stdlib: ReadonlySet<string>, topLevel: boolean): void {
  if (!IDENTIFIER.test(value)) {
    const fixed = derivePackageName(value) || 'my_package';
    throw new InputError(
      `input '${input}' '${value}' is not a Python identifier: use ASCII letters, digits and '_', not starting with a digit`,
      {
        hint: `use '${fixed}'`,
      },
    );
  }
  if (KEYWORDS.has(value)) {
    throw new InputError(`input '${input}' '${value}' is a Python keyword and cannot be imported`, {
      hint: `use '${value}_' or another name`,
    });
  }
  // Only a top-level name shadows the standard library (acme.json is fine, json is not).
  if (topLevel && stdlib.has(value)) {
    throw new InputError(`input '${input}' '${value}' is the name of a standard-library module and would shadow it`, {
      hint: `use a distinct name such as 'py${value}' or '${value}_tools'`,
    });
  }
}

/** The namespace (PEP 420), dotted: each part an identifier, the first not a standard-library name. */
export function validateNamespace(namespace: string, stdlib: ReadonlySet<string>): string[] {
  const parts = namespace.split('.');
  if (parts.some((p) => p === '')) {
    throw new InputError(`input 'namespace' '${namespace}' has an empty part: write dotted identifiers like 'acme' or 'acme.tools'`, {
      hint: `use '${parts.filter((p) => p !== '').join('.') || 'acme'}'`,
    });
  }
  parts.forEach((part, index) => {
    validateIdentifier(part, 'namespace', stdlib, index === 0);
  });
  return parts;
}

/** Parses the stdlib data file: one name per line, '#' comments. */
export function parseStdlibList(text: string): Set<string> {
  return new Set(
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}
