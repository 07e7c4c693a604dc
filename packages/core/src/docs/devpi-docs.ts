/**
 * devpi's documentation upload, as devpi-client's `devpi upload --with-docs` sends it: a multipart POST
 * to the index URL with `:action=doc_upload`, `protocol_version=1`, `name`, `version` and the zip as the
 * `content` file. devpi stores the zip for that version and serves it unpacked at
 * `<index>/<project>/<version>/+doc/index.html`. A non-volatile index answers 200 to the same zip again
 * and 409 to different bytes; that 409 keeps the docs already there (documentation is not the release:
 * the published files are untouched) and is reported, not hidden.
 */

import { normalizeProjectName } from '../distribution/project-name';
import { StoreError } from '../errors/index';
import type { HttpResponse, RequestOptions } from '../http/index';
import { multipartBody } from '../http/multipart';

export function devpiDocsUrl(devpiIndexUrl: string, project: string, version: string): string {
  return `${devpiIndexUrl}${encodeURIComponent(normalizeProjectName(project))}/${encodeURIComponent(version)}/+doc/index.html`;
}

export async function devpiDocsUpload(
  devpiIndexUrl: string,
  project: string,
  version: string,
  archive: { path: string; filename: string; sha256: string; size: number },
  send: (url: string, options: RequestOptions) => Promise<HttpResponse>,
  failure: (what: string, response: HttpResponse) => StoreError,
): Promise<{ outcome: 'uploaded' | 'skipped'; url: string }> {
  const body = multipartBody(
    [
      [':action', 'doc_upload'],
      ['protocol_version', '1'],
      ['name', project],
      ['version', version],
    ],
    { field: 'content', filename: archive.filename, path: archive.path, size: archive.size, contentType: 'application/zip' },
  );
  const what = `docs upload of ${archive.filename} to ${devpiIndexUrl}`;
  const response = await send(devpiIndexUrl, { method: 'POST', body, followRedirects: false, label: what });
  const url = devpiDocsUrl(devpiIndexUrl, project, version);
  if (response.status === 200) return { outcome: /identical/i.test(response.reason + response.text()) ? 'skipped' : 'uploaded', url };
  if (response.status === 409)
    throw new StoreError(`${what}: the index already holds other docs for ${project} ${version} and never replaces them (non-volatile)`, {
      code: 'conflict',
      status: 409,
      hint: 'docs of a release are fixed once on a non-volatile devpi index; publish a new version to change them',
    });
  throw failure(`${what} failed`, response);
}
