/**
 * What an index server said, in the words a user can act on: the first line of an error answer, a file
 * that is already there with other bytes. (A JSON view that answers anything else is the HTTP client's
 * `json()` error, naming the URL and what came back.)
 */
import { StoreError } from '../errors/index';
import type { HttpResponse } from '../http/index';
import { redactSecrets, redactUrl } from '../http/redact';

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
  // A server may echo what it was sent (a Basic pair, a token): never into a message.
  return redactSecrets(`HTTP ${response.status}${text ? ` ${text}` : ` ${response.reason}`}`.trim(), response.secrets);
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
