/**
 * PyPI and TestPyPI: recognised by host; the simple index and the upload endpoint differ, local versions
 * are refused and a filename can never be used twice (capabilities set by the upload-API store for kind
 * `pypi`).
 */
export const PYPI_HOSTS: Readonly<Record<string, { index: string; upload: string }>> = {
  'pypi.org': { index: 'https://pypi.org/simple/', upload: 'https://upload.pypi.org/legacy/' },
  'upload.pypi.org': { index: 'https://pypi.org/simple/', upload: 'https://upload.pypi.org/legacy/' },
  'test.pypi.org': { index: 'https://test.pypi.org/simple/', upload: 'https://test.pypi.org/legacy/' },
};

/** The simple index and upload endpoint of a PyPI-like URL (`href` ends in `/`). */
export function pypiEndpoints(url: URL, href: string, uploadUrl: string | undefined): { index: string; upload: string } {
  const known = Object.hasOwn(PYPI_HOSTS, url.hostname) ? PYPI_HOSTS[url.hostname] : undefined;
  const index =
    known && url.hostname === 'upload.pypi.org' ? known.index : /\/simple\/$/.test(href) ? href : (known?.index ?? `${href}simple/`);
  return { index, upload: uploadUrl ?? known?.upload ?? `${href.replace(/simple\/$/, '')}legacy/` };
}
