/**
 * What an index server said, in the words a user can act on: the first line of an error answer, a JSON
 * view that answered something else, a file that is already there with other bytes.
 */
import { StoreError } from '../errors/index';
import type { HttpResponse } from '../http/index';
import { redactUrl } from '../http/redact';

/** The first line of what a server said: reason phrase, plus the body's text when it is short. */
export function serverMessage(response: HttpResponse): string {
  const body = response
    .text()
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const reason =
    response.reason && !/^(OK|Bad Request|Conflict|Forbidden|Unauthorized|Not Found|Internal Server Error)$/i.test(response.reason)
      ? response.reason
      : '';
  const text = [reason, body.length > 0 && body.length < 300 ? body : ''].filter(Boolean).join(': ');
  return `HTTP ${response.status}${text ? ` ${text}` : ` ${response.reason}`}`.trim();
}

/**
 * The body of an answer that must be JSON (devpi's views, PEP 691 pages). Anything else — a login page,
 * a proxy's HTML error, a truncated body — is the store's fault, named with its URL and what came back.
 */
export function jsonAnswer<T>(response: HttpResponse): T {
  const type = String(response.headers['content-type'] ?? 'no content type');
  const fail = (why: string) => {
    const start = response
      .text()
      .slice(0, 80)
      .replace(/[^\x20-\x7e]+/g, ' ')
      .trim();
    return new StoreError(
      `${redactUrl(response.url)} answered ${why} where JSON was expected (${type}${start ? `: "${start}…"` : ', empty'})`,
      {
        status: response.status,
        hint: 'check that the store URL points at the index itself, not at a login page or a proxy in front of it',
      },
    );
  };
  if (!/json/i.test(type)) throw fail('something else');
  try {
    return JSON.parse(response.text()) as T;
  } catch {
    throw fail('invalid JSON');
  }
}

export function conflictError(filename: string, where: string, existing: string, ours: string): StoreError {
  return new StoreError(
    `'${filename}' already exists in ${redactUrl(where)} with different content (sha256 ${existing} there, ${ours} here)`,
    {
      code: 'conflict',
      hint: 'a published file is never overwritten: bump the version (or rebuild from the tagged commit) and publish again',
    },
  );
}
