import { setSecret } from '@actions/core';
import { StoreError } from '@wheelwright/core/errors';

/**
 * The job's OIDC ID token for an audience (trusted publishing), masked the moment it arrives. The toolkit's
 * OIDC client (and its HTTP stack) is loaded only here; its failures become one line naming the fix.
 */
export async function idTokenFor(audience: string): Promise<string> {
  const { OidcClient } = await import('@actions/core/lib/oidc-utils.js');
  let token: string;
  try {
    token = await OidcClient.getIDToken(audience);
  } catch (caught) {
    const status = /Error Code : (\d+)/.exec(caught instanceof Error ? caught.message : '')?.[1];
    throw new StoreError(`the runner did not issue an OIDC token${status ? ` (HTTP ${status})` : ''}`, {
      code: 'auth',
      ...(status ? { status: Number(status) } : {}),
      hint: 'check `permissions: id-token: write` on the job',
    });
  }
  setSecret(token);
  return token;
}
