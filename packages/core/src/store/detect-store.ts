/**
 * Which kind of HTTP store a URL is: PyPI/TestPyPI by host, devpi by its `+simple` URL shape or the
 * `X-Devpi-Api-Version` header on a JSON view of the URL, anything else the generic upload API.
 * Credentials in the URL are taken out of it at once, so no URL a store exposes carries them.
 */
import { StoreError } from '../errors/index';
import { basicCredentials, request } from '../http/index';
import { redactUrl } from '../http/redact';
import type { Logger } from '../log/index';
import { DevpiStore } from './devpi-store';
import { PYPI_HOSTS, pypiEndpoints } from './pypi';
import { serverMessage } from './server-answers';
import type { Store, StoreSpec } from './store';
import { type Connection, UploadApiStore } from './upload-api-store';

function credentialsOf(spec: StoreSpec, url: URL): { username: string; password: string } | undefined {
  const username = spec.username || decodeURIComponent(url.username);
  const password = spec.password || decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  return username || password ? { username: username || '__token__', password } : undefined;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export async function openHttpStore(spec: StoreSpec, logger: Logger): Promise<Store> {
  let url: URL;
  try {
    url = new URL(spec.url);
  } catch {
    throw new StoreError(`store '${redactUrl(spec.url)}' is not a valid URL`, { code: 'input' });
  }
  let auth = credentialsOf(spec, url);
  url.search = '';
  url.hash = '';
  let uploadUrl: string | undefined;
  if (spec.uploadUrl) {
    let upload: URL;
    try {
      upload = new URL(spec.uploadUrl);
    } catch {
      throw new StoreError(`input 'upload-url' '${redactUrl(spec.uploadUrl)}' is not a valid URL`, {
        code: 'input',
        hint: 'give the full endpoint, e.g. https://upload.pypi.org/legacy/',
      });
    }
    // Credentials may sit in the upload URL instead (PyPI: the index is public, uploads are not).
    auth ??= credentialsOf({ url: spec.uploadUrl }, upload);
    upload.username = '';
    upload.password = '';
    uploadUrl = upload.href;
  }
  const connection: Connection = { logger, ...(auth ? { auth } : {}) };
  if (spec.timeoutMs !== undefined) connection.timeoutMs = spec.timeoutMs;
  if (spec.retries !== undefined) connection.retries = spec.retries;
  const href = withSlash(url.href);
  const segments = url.pathname.split('/').filter(Boolean);

  if (spec.kind === 'pypi' || (Object.hasOwn(PYPI_HOSTS, url.hostname) && spec.kind === undefined)) {
    const { index, upload } = pypiEndpoints(url, href, uploadUrl);
    return new UploadApiStore('pypi', spec.name ?? (url.hostname === 'test.pypi.org' ? 'testpypi' : 'pypi'), index, upload, connection);
  }

  const plusSimple = segments.indexOf('+simple');
  let devpiIndex: string | undefined;
  let devpiConfig: { volatile?: unknown } | undefined;
  if (plusSimple >= 2) {
    devpiIndex = `${url.origin}/${segments.slice(0, plusSimple).join('/')}/`;
  } else if (spec.kind === 'devpi' || (spec.kind === undefined && !/\/simple\/$/.test(href))) {
    // Recognise devpi by its header on a JSON view of the URL (devpi sends X-Devpi-Api-Version on every answer).
    const probe = await request(href, {
      headers: { Accept: 'application/json' },
      secrets: [auth?.password],
      ...(connection.retries !== undefined ? { retries: connection.retries } : {}),
    });
    if (probe.headers['x-devpi-api-version'] !== undefined || spec.kind === 'devpi') {
      devpiIndex = href;
      if (probe.status === 404) {
        throw new StoreError(`devpi index ${redactUrl(href)} does not exist (${serverMessage(probe)})`, {
          status: 404,
          hint: 'check user/index in the store URL',
        });
      }
      if (probe.status === 200) devpiConfig = probe.json<{ result?: { volatile?: unknown } }>().result ?? {};
    }
  }
  if (devpiIndex) {
    const path = new URL(devpiIndex).pathname.split('/').filter(Boolean);
    const root = `${new URL(devpiIndex).origin}/${path.slice(0, -2).join('/')}${path.length > 2 ? '/' : ''}`;
    if (!devpiConfig) {
      const config = await request(devpiIndex, { headers: { Accept: 'application/json' }, secrets: [auth?.password] });
      if (config.status === 200) devpiConfig = config.json<{ result?: { volatile?: unknown } }>().result ?? {};
    }
    const store = new DevpiStore(
      spec.name ?? path[path.length - 1] ?? 'devpi',
      devpiIndex,
      root,
      connection,
      devpiConfig?.volatile === true,
    );
    await store.login();
    logger.debug(`store: devpi index ${redactUrl(devpiIndex)}`);
    return store;
  }

  // Generic upload API: `…/simple/` is read, its parent takes uploads (pypiserver's `/`, Nexus's
  // `…/repository/<name>/`, Artifactory's `…/api/pypi/<repo>/`, GitLab's `…/packages/pypi/`).
  const indexUrl = /\/simple\/$/.test(href) ? href : `${href}simple/`;
  const base = indexUrl.replace(/simple\/$/, '');
  // pypiserver announces itself on its root page; it is the upload-API server known to delete (remove_pkg).
  let deletable = false;
  if (!uploadUrl || uploadUrl === base) {
    const credentials = auth ? basicCredentials([base, uploadUrl], auth.username, auth.password) : undefined;
    const root = await request(base, { ...(credentials ? { auth: credentials } : {}), retries: connection.retries ?? 2 }).catch(
      () => undefined,
    );
    deletable = root?.status === 200 && /pypiserver/i.test(root.text());
  }
  const name = spec.name ?? segments.filter((s) => s !== 'simple').pop() ?? url.hostname;
  logger.debug(`store: upload API at ${redactUrl(uploadUrl ?? base)}, index ${redactUrl(indexUrl)}`);
  // The same root page tells its naming rule: pypiserver reads the project from the filename.
  return new UploadApiStore('upload-api', name, indexUrl, uploadUrl ?? base, connection, {
    delete: deletable,
    ...(deletable ? { namesFromFilename: 'pypiserver' as const } : {}),
  });
}
