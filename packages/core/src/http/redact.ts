/** Credentials never leave in a URL we print: `https://user:secret@host/` becomes `https://***@host/`. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1***@');
}

/** Replaces every secret (and every credential-bearing URL) in a text, for error messages from servers. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1***@');
  for (const secret of secrets) {
    if (secret && secret.length >= 3) result = result.split(secret).join('***');
  }
  return result;
}
