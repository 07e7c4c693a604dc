/**
 * Store selection from one URL (DESIGN.md, "Stores"): a folder or file:// URL is the embedded file index;
 * anything http(s) is a PyPI-compatible server, recognised further as PyPI/TestPyPI (by host) or devpi (by
 * URL shape or its X-Devpi-* headers). Credentials may come inside the URL; they are taken out of it at
 * once, so no URL a store exposes carries them.
 */
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors/index';
import { redactUrl } from '../http/redact';
import type { Logger } from '../log/index';
import { silentLogger } from '../log/index';
import { openHttpStore } from './detect-store';
import { FileIndexStore } from './file-index';
import type { Store, StoreSpec } from './store';

function isRemote(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function lastSegment(path: string): string {
  const segments = path.split('/').filter((s) => s !== '' && s !== 'simple' && s !== '+simple');
  return segments.pop() ?? '';
}

export async function openStore(spec: StoreSpec, logger: Logger = silentLogger): Promise<Store> {
  const url = spec.url.trim();
  if (url === '') throw new InputError('the store is empty', { hint: 'give a folder, a file:// URL or an index URL' });
  if (isRemote(url)) {
    return openHttpStore({ ...spec, url }, logger);
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(url) && !/^file:/i.test(url)) {
    throw new InputError(`store '${redactUrl(url)}' has an unsupported scheme`, {
      hint: 'use a folder, a file:// URL, or an http(s):// index URL',
    });
  }
  const root = /^file:/i.test(url) ? fileURLToPath(url) : resolve(url);
  const name = spec.name ?? (lastSegment(root.replace(/\\/g, '/')) || basename(root));
  logger.debug(`store: file index at ${root}`);
  return new FileIndexStore(root.replace(/[\\/]+$/, '') || root, name);
}
