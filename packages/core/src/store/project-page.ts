/**
 * A project's files as an upload-API index lists them: PEP 691 JSON where the server negotiates it,
 * PEP 503 HTML otherwise, links resolved against the page's URL. Every filename is checked against the
 * wheel/sdist grammar before it is used: a link whose name is not one (a `../` name, a control
 * character, another project's file) is not a file of this project and is left out.
 */
import type { HttpResponse } from '../http/index';
import { normalizeProjectName, splitArtefactFilename } from './names';
import { parseSimpleLinks, splitHashFragment } from './simple-html';
import type { IndexedFile } from './store';

export const PEP691_ACCEPT = 'application/vnd.pypi.simple.v1+json, text/html;q=0.1';

interface Pep691Page {
  files?: {
    filename: string;
    url: string;
    hashes?: Record<string, string>;
    'requires-python'?: string;
    yanked?: unknown;
    'core-metadata'?: unknown;
  }[];
}

/** The last path segment of a link, percent-decoded; undefined when it does not decode. */
export function linkFilename(href: string, base: string): string | undefined {
  try {
    return decodeURIComponent(new URL(href, base).pathname.split('/').pop() ?? '');
  } catch {
    return undefined;
  }
}

function lowerHex(hashes: Record<string, unknown> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(hashes ?? {})) {
    if (typeof value === 'string' && /^[0-9a-f]+$/i.test(value)) result[name.toLowerCase()] = value.toLowerCase();
  }
  return result;
}

export function parseProjectPage(response: HttpResponse, project: string): IndexedFile[] {
  const wanted = normalizeProjectName(project);
  const files: IndexedFile[] = [];
  const add = (filename: string | undefined, href: string, hashes: Record<string, string>, extra: Partial<IndexedFile>) => {
    const parts = filename === undefined ? undefined : splitArtefactFilename(filename);
    if (filename === undefined || !parts || normalizeProjectName(parts.project) !== wanted) return;
    // The link's own last segment must be the name it is listed under: the name is what becomes a path.
    if (linkFilename(href, response.url) !== filename) return;
    const sha256 = hashes.sha256 !== undefined && /^[0-9a-f]{64}$/.test(hashes.sha256) ? hashes.sha256 : '';
    files.push({ filename, url: new URL(href, response.url).href, sha256, hashes, version: parts.version, ...extra });
  };
  if (/json/i.test(String(response.headers['content-type'] ?? ''))) {
    for (const f of response.json<Pep691Page>().files ?? []) {
      if (typeof f?.filename !== 'string' || typeof f.url !== 'string') continue;
      add(f.filename, f.url, lowerHex(f.hashes), {
        ...(typeof f['requires-python'] === 'string' && f['requires-python'] ? { requiresPython: f['requires-python'] } : {}),
        ...(f.yanked ? { yanked: true } : {}),
        ...(f['core-metadata'] ? { hasMetadata: true } : {}),
      });
    }
    return files;
  }
  for (const link of parseSimpleLinks(response.text())) {
    const { url, hashes } = splitHashFragment(link.href);
    add(linkFilename(url, response.url), url, hashes ?? {}, {
      ...(link.attributes['data-requires-python'] ? { requiresPython: link.attributes['data-requires-python'] } : {}),
      ...(link.attributes['data-yanked'] !== undefined ? { yanked: true } : {}),
      ...(link.attributes['data-core-metadata'] || link.attributes['data-dist-info-metadata'] ? { hasMetadata: true } : {}),
    });
  }
  return files;
}
