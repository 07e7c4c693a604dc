import { setSecret } from '@actions/core';

/**
 * The job's OIDC ID token for an audience (trusted publishing), masked by the toolkit the moment it
 * arrives. The toolkit's OIDC client (and its HTTP stack) is loaded only here.
 */
export async function idTokenFor(audience: string): Promise<string> {
  const { OidcClient } = await import('@actions/core/lib/oidc-utils.js');
  const token = await OidcClient.getIDToken(audience);
  setSecret(token);
  return token;
}
