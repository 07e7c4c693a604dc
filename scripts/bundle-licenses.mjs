#!/usr/bin/env node
// The licences of every third-party package in a bundle, from the webpack stats ncc writes (--stats-out):
// each module of every chunk (the entry and the import() chunks alike) that comes from node_modules names
// its package; the package's name, version, licence id (package.json) and licence files go into
// licenses.txt beside the bundle.
//
// Why not ncc's own --license: its license-webpack-plugin writes one file per chunk under the one name
// given, so the chunks overwrite each other and licenses.txt held the packages of the import() chunks
// only; whatever sat in index.js (@actions/core, shell-quote in the CLI…) was missing.
//
// Usage: node scripts/bundle-licenses.mjs STATS.json OUT_DIR   (writes OUT_DIR/licenses.txt)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The files a package ships its licence in (LICENSE, LICENCE.md, LICENSE-MIT, LICENSE.APACHE, COPYING, NOTICE).
const LICENSE_FILE = /^(licen[cs]e|copying|notice)([.\-_].*)?$/i;

/** The package folder of a module path under node_modules (the last node_modules/<name> or <@scope/name>). */
export function packageDirOf(modulePath) {
  const parts = modulePath.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const length = parts[at + 1].startsWith('@') ? 2 : 1;
  if (at + length >= parts.length) return undefined;
  return parts.slice(0, at + 1 + length).join('/');
}

/**
 * The path of every module that is in a chunk of the bundle, with the modules concatenated into one.
 * The stats also list modules the build dropped (`orphan`, in no chunk: tree-shaken side-effect-free
 * imports); those are not in the bundle.
 */
export function bundledModulePaths(stats) {
  const paths = new Set();
  const visit = (module) => {
    if (typeof module.name === 'string') paths.add(module.name.replace(/ \+ \d+ modules?$/, ''));
    for (const inner of module.modules ?? []) visit(inner);
  };
  for (const module of stats.modules ?? []) if ((module.chunks ?? []).length > 0) visit(module);
  for (const chunk of stats.chunks ?? []) for (const module of chunk.modules ?? []) visit(module);
  return paths;
}

function licenseId(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((entry) => entry?.type ?? entry).join(' OR ');
  return '';
}

/** The third-party packages in a bundle: name, version, licence id and licence text, sorted by name. */
export function bundledPackages(stats, root) {
  const found = new Map();
  for (const path of bundledModulePaths(stats)) {
    const dir = packageDirOf(path);
    if (!dir) continue;
    const full = resolve(root, dir);
    const manifest = join(full, 'package.json');
    if (!existsSync(manifest)) throw new Error(`bundled module ${path} has no package.json at ${dir}`);
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    const key = `${pkg.name}@${pkg.version}`;
    if (found.has(key)) continue;
    const files = readdirSync(full)
      .filter((file) => LICENSE_FILE.test(file))
      .sort();
    const text = files.map((file) => readFileSync(join(full, file), 'utf8').trim()).join('\n\n');
    found.set(key, { name: pkg.name, version: pkg.version, license: licenseId(pkg), text, files });
  }
  return [...found.values()].sort((a, b) => (a.name === b.name ? (a.version < b.version ? -1 : 1) : a.name < b.name ? -1 : 1));
}

/** licenses.txt: per package `name@version`, its licence id, then its licence files' text. */
export function renderLicenses(packages) {
  return `${packages
    .map((p) => {
      const text = p.text || `(the package ships no licence file; its package.json declares ${p.license || 'no licence'})`;
      return `${p.name}@${p.version}\n${p.license || 'UNKNOWN'}\n${text}`;
    })
    .join('\n\n')}\n`;
}

/** Reads ncc's stats and writes `<outDir>/licenses.txt`; returns the packages written. */
export function writeBundleLicenses(statsPath, outDir, root) {
  const packages = bundledPackages(JSON.parse(readFileSync(statsPath, 'utf8')), root);
  writeFileSync(join(outDir, 'licenses.txt'), renderLicenses(packages));
  return packages;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [stats, outDir] = process.argv.slice(2);
  if (!stats || !outDir) {
    process.stderr.write('usage: node scripts/bundle-licenses.mjs STATS.json OUT_DIR\n');
    process.exit(2);
  }
  const root = resolve(fileURLToPath(import.meta.url), '..', '..');
  writeBundleLicenses(resolve(stats), resolve(outDir), root);
}
