/**
 * PEP 503 simple index pages: written by the file index, read back from any server that answers HTML
 * (pypiserver always does). The reader only needs the anchors, their href and data-* attributes, so it is
 * a small tokenizer over `<a …>…</a>` rather than a full HTML parser.
 */

export interface SimpleLink {
  /** The href as written (may be relative, may carry a `#sha256=` fragment). */
  href: string;
  /** The anchor text: the filename on a project page, the project name on the root page. */
  text: string;
  attributes: Record<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[entity.toLowerCase()] ?? all;
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Every anchor of a page, attributes decoded (names lower-cased). */
export function parseSimpleLinks(html: string): SimpleLink[] {
  const links: SimpleLink[] = [];
  const anchor = /<a\s([^>]*)>([\s\S]*?)<\/a\s*>/gi;
  const attribute = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (const match of html.matchAll(anchor)) {
    const attributes: Record<string, string> = {};
    for (const a of (match[1] ?? '').matchAll(attribute)) {
      attributes[(a[1] ?? '').toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    if (attributes.href === undefined) continue;
    links.push({ href: attributes.href, text: decodeEntities((match[2] ?? '').replace(/<[^>]*>/g, '').trim()), attributes });
  }
  return links;
}

export interface PageFile {
  filename: string;
  sha256: string;
  requiresPython?: string;
  /** sha256 of the PEP 658 metadata file served at `<filename>.metadata`. */
  metadataSha256?: string;
}

function page(title: string, body: string): string {
  // PEP 629: the repository version meta tag; 1.1 because PEP 700/714 attributes may appear.
  return `<!DOCTYPE html>
<html>
  <head>
    <meta name="pypi:repository-version" content="1.1">
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <h1>${escapeHtml(title)}</h1>
${body}  </body>
</html>
`;
}

/** A project page: one link per file, relative to the page, with the hash and PEP 503/658/714 attributes. */
export function renderProjectPage(project: string, files: readonly PageFile[]): string {
  const lines = [...files]
    .sort((a, b) => a.filename.localeCompare(b.filename))
    .map((file) => {
      let attributes = `href="${escapeHtml(encodeURIComponent(file.filename))}#sha256=${file.sha256}"`;
      if (file.requiresPython) attributes += ` data-requires-python="${escapeHtml(file.requiresPython)}"`;
      // PEP 714 renamed data-dist-info-metadata to data-core-metadata; pip before 23.3 reads only the old name.
      if (file.metadataSha256)
        attributes += ` data-dist-info-metadata="sha256=${file.metadataSha256}" data-core-metadata="sha256=${file.metadataSha256}"`;
      return `    <a ${attributes}>${escapeHtml(file.filename)}</a><br>\n`;
    })
    .join('');
  return page(`Links for ${project}`, lines);
}

/** The root page: one link per project, to its normalized folder. */
export function renderRootPage(projects: readonly string[]): string {
  const lines = [...projects]
    .sort()
    .map((name) => `    <a href="${escapeHtml(encodeURIComponent(name))}/">${escapeHtml(name)}</a><br>\n`)
    .join('');
  return page('Simple index', lines);
}

// PEP 503: the fragment names a hashlib algorithm guaranteed everywhere; these are the ones Node has too.
const LINK_HASHES = new Set(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']);

/**
 * Splits `…#<algorithm>=<hex>` into the URL without fragment and the hash: `sha256` when the index gives
 * one, and every recognised hash in `hashes` (pypiserver `--hash-algo md5`, Nexus: md5 or sha1 only).
 */
export function splitHashFragment(href: string): { url: string; sha256?: string; hashes?: Record<string, string> } {
  const at = href.indexOf('#');
  if (at < 0) return { url: href };
  const url = href.slice(0, at);
  const match = /^([a-z0-9]+)=([0-9a-fA-F]+)$/.exec(href.slice(at + 1));
  const algorithm = match?.[1];
  if (!match || algorithm === undefined || !LINK_HASHES.has(algorithm)) return { url };
  const hex = (match[2] ?? '').toLowerCase();
  if (algorithm === 'sha256') return hex.length === 64 ? { url, sha256: hex, hashes: { sha256: hex } } : { url };
  return { url, hashes: { [algorithm]: hex } };
}
