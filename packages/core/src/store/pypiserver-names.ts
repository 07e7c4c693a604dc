/**
 * How pypiserver names an upload. It files each upload under the project and version its filename spells,
 * by its own reading of the filename rather than the metadata; a filename it misreads would be listed under
 * another project, where pip never looks, so such a file is refused before anything is sent.
 */
import { StoreError } from '../errors/index';
import { redactUrl } from '../http/redact';
import { normalizeProjectName, splitArtefactFilename } from './names';
import type { LocalArtefact } from './store';

/**
 * pypiserver (2.x) takes an upload's project and version from its filename, not its metadata: a wheel's
 * name ends before the first `-<digit>`; an sdist's (suffix removed) is all before its one `-`, or, with
 * several, before the first `-` followed by digits and then a letter, `.`, `_`, `!` or `+`. So a
 * legacy sdist `foo-2d-1.0.tar.gz` lands under project `foo`, version `2d-1.0`, where pip never looks.
 */
export function pypiserverFiling(filename: string): { project: string; version: string } | undefined {
  if (filename.endsWith('.whl')) {
    const wheel = /^(.+?)-(\d.*?)(?:-(\d.*?))?-(.+?)-(.+?)-(.+?)\.whl$/.exec(filename);
    return wheel ? { project: wheel[1] ?? '', version: wheel[3] ? `${wheel[2]}-${wheel[3]}` : (wheel[2] ?? '') } : undefined;
  }
  const suffix = /(\.zip|\.tar\.gz|\.tgz|\.tar\.bz2|\.tar\.xz|-py[23]\.\d-.*|\.win-amd64-py[23]\.\d\..*|\.win32-py[23]\.\d\..*|\.egg)$/i;
  if (!suffix.test(filename)) return undefined;
  const stem = filename.replace(suffix, '');
  const dashes = stem.split('-').length - 1;
  if (dashes === 0) return { project: stem, version: '' };
  if (dashes === 1 || !stem.includes('.')) {
    const at = dashes === 1 ? stem.indexOf('-') : stem.lastIndexOf('-');
    return { project: stem.slice(0, at), version: stem.slice(at + 1) };
  }
  const project = stem.split(/-\d+[a-z_.!+]/i)[0] ?? stem;
  const rest = stem.slice(project.length + 1);
  return { project, version: rest.split(/[.-](?=cp\d|py\d|macosx|linux|sunos|solaris|irix|aix|cygwin|win)/i)[0] ?? rest };
}

/** Refuses a file pypiserver would list under another project than the one it belongs to. */
export function refuseMisfiled(artefact: LocalArtefact, indexUrl: string): void {
  const name = typeof artefact.metadata.Name === 'string' ? artefact.metadata.Name : splitArtefactFilename(artefact.filename)?.project;
  const filed = pypiserverFiling(artefact.filename);
  if (!name || !filed || normalizeProjectName(filed.project) === normalizeProjectName(name)) return;
  const version =
    splitArtefactFilename(artefact.filename)?.version ?? (typeof artefact.metadata.Version === 'string' ? artefact.metadata.Version : '');
  const suffix = /\.(tar\.gz|zip|tar\.bz2|tar\.xz|tgz)$/.exec(artefact.filename)?.[0] ?? '.tar.gz';
  throw new StoreError(
    `pypiserver at ${redactUrl(indexUrl)} would file '${artefact.filename}' under project '${filed.project}' (version '${filed.version}'), not '${name}': it reads the project name from the filename, up to the first '-' followed by a digit; nothing was uploaded`,
    {
      code: 'policy',
      hint: `build the sdist with a backend that writes the normalized filename of PEP 625 (${normalizeProjectName(name).replace(/-/g, '_')}-${version}${suffix}; setuptools 69.3 or newer does), or publish to a store that reads the metadata`,
    },
  );
}
