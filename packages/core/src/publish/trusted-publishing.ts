/**
 * PyPI trusted publishing: the job's OIDC token, requested from the
 * runner for the audience the index names at `<index>/_/oidc/audience`, is exchanged at
 * `<index>/_/oidc/mint-token` for a short-lived upload token (username `__token__`). No stored secret.
 * https://docs.pypi.org/trusted-publishers/using-a-publisher/
 */
import { Readable } from 'node:stream';
import { InputError, StoreError } from '../errors/index';
import { bearerCredentials, request } from '../http/index';
import { redactUrl } from '../http/redact';

export interface TrustedPublishingOptions {
  /** The index's base URL (`https://pypi.org/`, `https://test.pypi.org/`), where `_/oidc/…` lives. */
  indexBase: string;
  env?: NodeJS.ProcessEnv;
  /** Called with the job's OIDC ID token and the minted token the moment each arrives, to mask them. */
  onSecret?: (value: string) => void;
  /**
   * The job's OIDC token for an audience, from the front end (the toolkit's client on the runner, which
   * masks it); default: asked from the runner's token endpoint directly (the CLI inside a GitHub job).
   */
  idToken?: (audience: string) => Promise<string>;
}

function jsonBody(data: unknown) {
  const bytes = Buffer.from(JSON.stringify(data));
  return () => ({ stream: Readable.from([bytes]), length: bytes.length, contentType: 'application/json' });
}

/** The index base for a store: `https://upload.pypi.org/legacy/` and `https://pypi.org/simple/` → `https://pypi.org/`. */
export function indexBaseOf(indexUrl: string): string {
  const url = new URL(indexUrl);
  if (url.hostname === 'upload.pypi.org') return 'https://pypi.org/';
  return new URL(url.pathname.replace(/(\+?simple|legacy)\/?$/, ''), url.origin).href;
}

/** The job's OIDC token, asked from the runner's endpoint directly. */
async function runnerIdToken(requestUrl: string, requestToken: string, audience: string): Promise<string> {
  const tokenUrl = new URL(requestUrl);
  tokenUrl.searchParams.set('audience', audience);
  const oidc = await request(tokenUrl, {
    headers: { Accept: 'application/json' },
    auth: bearerCredentials(tokenUrl, requestToken),
    label: 'requesting the job OIDC token',
  });
  const idToken = oidc.status === 200 ? oidc.json<{ value?: string }>().value : undefined;
  if (!idToken) {
    throw new StoreError(`the runner did not issue an OIDC token (HTTP ${oidc.status})`, {
      code: 'auth',
      hint: 'check `permissions: id-token: write` on the job',
    });
  }
  return idToken;
}

/** Mints an upload token; the caller masks it at once. */
export async function mintUploadToken(options: TrustedPublishingOptions): Promise<string> {
  const env = options.env ?? process.env;
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !requestToken) {
    throw new InputError("input 'trusted-publishing' needs the job to be allowed an OIDC token, and it is not", {
      hint: 'add `permissions: id-token: write` to the job (and register this workflow as a trusted publisher on the index)',
    });
  }
  // The request token lets anyone holding it ask the runner for ID tokens: masked like them.
  options.onSecret?.(requestToken);
  const base = options.indexBase.endsWith('/') ? options.indexBase : `${options.indexBase}/`;
  const audienceAnswer = await request(`${base}_/oidc/audience`, {
    headers: { Accept: 'application/json' },
    label: 'reading the OIDC audience',
  });
  if (audienceAnswer.status !== 200) {
    throw new StoreError(`${redactUrl(base)} does not offer trusted publishing (HTTP ${audienceAnswer.status} from _/oidc/audience)`, {
      status: audienceAnswer.status,
      hint: 'trusted publishing works with PyPI and TestPyPI; use username/password elsewhere',
    });
  }
  const audience = audienceAnswer.json<{ audience?: string }>().audience ?? '';
  const idToken = options.idToken ? await options.idToken(audience) : await runnerIdToken(requestUrl, requestToken, audience);
  // The ID token proves the job's identity to any index that trusts it: masked before anything else runs.
  if (idToken) options.onSecret?.(idToken);
  if (!idToken) {
    throw new StoreError('the runner did not issue an OIDC token', {
      code: 'auth',
      hint: 'check `permissions: id-token: write` on the job',
    });
  }
  const minted = await request(`${base}_/oidc/mint-token`, {
    method: 'POST',
    headers: { Accept: 'application/json' },
    body: jsonBody({ token: idToken }),
    secrets: [idToken],
    followRedirects: false,
    label: 'exchanging the OIDC token',
  });
  const answer = (() => {
    try {
      return minted.json<{ token?: string; message?: string; errors?: { code?: string; description?: string }[] }>();
    } catch {
      return {};
    }
  })();
  if (typeof answer.token === 'string' && answer.token) options.onSecret?.(answer.token);
  if (minted.status !== 200 || !answer.token) {
    const reasons = (answer.errors ?? []).map((e) => `${e.code ?? ''}: ${e.description ?? ''}`).join('; ');
    throw new StoreError(`${redactUrl(base)} refused to mint an upload token (HTTP ${minted.status}${reasons ? `: ${reasons}` : ''})`, {
      code: 'auth',
      status: minted.status,
      hint: 'invalid-publisher: the trusted publisher registered on the index must name this repository, workflow file and environment; from a reusable workflow, PyPI matches the caller workflow',
    });
  }
  return answer.token;
}
