// Authentication providers: static API keys, a bearer token, and OAuth2 with single-flight
// refresh and refresh-token rotation (Fortnox invalidates a refresh token once used, so the
// rotated one is persisted before anything uses the new access token).
import { EgressRefusedError, guardedFetch, type EgressPolicy } from './egress.js';
import { causeMessage, extractRemoteMessage, HttpError } from './errors.js';

export interface AuthProvider {
  /** Headers for the next request (may refresh a token first). */
  headers(): Promise<Record<string, string>>;
  /**
   * Called after a 401. Returns true when the request should be retried once with fresh
   * headers. The client passes the auth headers the rejected request carried, so a provider
   * can tell a token that another caller already replaced from one that needs refreshing.
   */
  onUnauthorized?(usedHeaders?: Record<string, string>): Promise<boolean>;
}

export function apiKeyAuth(headers: Record<string, string>): AuthProvider {
  const copy = { ...headers };
  return { headers: async () => ({ ...copy }) };
}

export function bearerAuth(token: string): AuthProvider {
  return { headers: async () => ({ Authorization: `Bearer ${token}` }) };
}

export interface OAuth2Tokens {
  accessToken: string;
  refreshToken?: string;
  /** ISO timestamp. */
  expiresAt?: string;
}

export interface TokenStore {
  load(): Promise<OAuth2Tokens | null>;
  save(tokens: OAuth2Tokens): Promise<void>;
}

export type ClientAuthMethod = 'basic' | 'body';

export interface OAuth2AuthOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  grant: 'authorization_code' | 'client_credentials';
  scope?: string;
  store: TokenStore;
  /** How the client authenticates to the token endpoint. Default 'basic' (Fortnox, Visma). */
  clientAuth?: ClientAuthMethod;
  /** Refresh this long before `expiresAt`. Default 60 000 ms. */
  refreshSkewMs?: number;
  /** Extra headers on token requests, e.g. Fortnox service accounts' `TenantId`. */
  tokenHeaders?: Record<string, string>;
  /** Per token request. Default 30 000 ms. */
  timeoutMs?: number;
  /** Where the token endpoint may be (see HttpClientOptions.egress); the client secret and refresh token go there. */
  egress?: EgressPolicy;
  fetch?: typeof fetch;
  now?: () => number;
}

export type OAuth2AuthProvider = AuthProvider & {
  /** Get new tokens now (shared with any refresh already under way), saved before returned. */
  refresh(): Promise<OAuth2Tokens>;
};

const DEFAULT_SKEW_MS = 60_000;
const DEFAULT_TOKEN_TIMEOUT_MS = 30_000;

export function oauth2Auth(opts: OAuth2AuthOptions): OAuth2AuthProvider {
  const now = opts.now ?? Date.now;
  const skew = opts.refreshSkewMs ?? DEFAULT_SKEW_MS;
  let current: OAuth2Tokens | null = null;
  /** When this provider obtained `current` (undefined when it came from the store). */
  let obtainedAt: number | undefined;
  let loading: Promise<OAuth2Tokens | null> | null = null;
  let inflight: Promise<OAuth2Tokens> | null = null;

  async function loaded(): Promise<OAuth2Tokens | null> {
    if (current) return current;
    if (!loading) {
      loading = opts.store.load().then(
        (t) => {
          // A refresh may have finished while the store was being read; it wins.
          if (!current && t) current = t;
          // Nothing stored yet: read again next time (the authorization flow may save tokens).
          if (!current) loading = null;
          return current;
        },
        (err: unknown) => {
          loading = null;
          throw err;
        },
      );
    }
    return loading;
  }

  function needsRefresh(t: OAuth2Tokens): boolean {
    if (!t.expiresAt) return false;
    const expiresAt = Date.parse(t.expiresAt);
    if (Number.isNaN(expiresAt)) return true;
    // A token that lives shorter than the skew would otherwise be refreshed on every call.
    const effectiveSkew = obtainedAt !== undefined && t === current ? Math.min(skew, (expiresAt - obtainedAt) / 2) : skew;
    return expiresAt - effectiveSkew <= now();
  }

  async function doRefresh(): Promise<OAuth2Tokens> {
    const old = await loaded();
    const params: Record<string, string> = {};
    if (opts.grant === 'client_credentials') {
      params.grant_type = 'client_credentials';
      if (opts.scope) params.scope = opts.scope;
    } else {
      if (!old?.refreshToken) {
        throw new Error(`OAuth2: no ${old ? 'refresh token' : 'tokens'} stored for ${opts.tokenUrl}; the connection must be authorized again`);
      }
      params.grant_type = 'refresh_token';
      params.refresh_token = old.refreshToken;
    }
    const requestedAt = now();
    const tokens = await tokenRequest(
      {
        tokenUrl: opts.tokenUrl,
        clientId: opts.clientId,
        clientSecret: opts.clientSecret,
        clientAuth: opts.clientAuth,
        headers: opts.tokenHeaders,
        timeoutMs: opts.timeoutMs,
        egress: opts.egress,
        fetch: opts.fetch,
        now,
      },
      params,
    );
    // Without a new refresh token the old one stays valid (non-rotating servers).
    const next: OAuth2Tokens = tokens.refreshToken || !old?.refreshToken ? tokens : { ...tokens, refreshToken: old.refreshToken };
    // Persist first: if this throws, nobody gets (or keeps in memory) the new tokens.
    await opts.store.save(next);
    current = next;
    obtainedAt = requestedAt;
    return next;
  }

  function refresh(): Promise<OAuth2Tokens> {
    if (!inflight) {
      inflight = doRefresh().finally(() => {
        inflight = null;
      });
    }
    return inflight;
  }

  async function validTokens(): Promise<OAuth2Tokens> {
    if (inflight) return inflight;
    const t = await loaded();
    if (!t || needsRefresh(t)) return refresh();
    return t;
  }

  return {
    refresh,
    async headers() {
      const t = await validTokens();
      return { Authorization: `Bearer ${t.accessToken}` };
    },
    async onUnauthorized(usedHeaders) {
      if (inflight) {
        await inflight;
        return true;
      }
      const used = usedHeaders && Object.entries(usedHeaders).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
      // Someone already replaced the rejected token: retry with the current one.
      if (used && current && used !== `Bearer ${current.accessToken}`) return true;
      await refresh();
      return true;
    },
  };
}

export interface ExchangeAuthorizationCodeOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  code: string;
  redirectUri: string;
  clientAuth?: ClientAuthMethod;
  tokenHeaders?: Record<string, string>;
  timeoutMs?: number;
  egress?: EgressPolicy;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Trades the authorization code from the redirect for tokens; the caller stores them. */
export function exchangeAuthorizationCode(opts: ExchangeAuthorizationCodeOptions): Promise<OAuth2Tokens> {
  return tokenRequest(
    {
      tokenUrl: opts.tokenUrl,
      clientId: opts.clientId,
      clientSecret: opts.clientSecret,
      clientAuth: opts.clientAuth,
      headers: opts.tokenHeaders,
      timeoutMs: opts.timeoutMs,
      egress: opts.egress,
      fetch: opts.fetch,
      now: opts.now ?? Date.now,
    },
    { grant_type: 'authorization_code', code: opts.code, redirect_uri: opts.redirectUri },
  );
}

interface TokenEndpoint {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  clientAuth: ClientAuthMethod | undefined;
  headers: Record<string, string> | undefined;
  timeoutMs: number | undefined;
  egress: EgressPolicy | undefined;
  fetch: typeof fetch | undefined;
  now: () => number;
}

/**
 * One POST to the token endpoint. Not retried: a refresh token is single-use at Fortnox, so
 * repeating a refresh whose response was lost could only fail with invalid_grant.
 */
async function tokenRequest(ep: TokenEndpoint, params: Record<string, string>): Promise<OAuth2Tokens> {
  const fetchImpl = ep.fetch ?? globalThis.fetch;
  const form = new URLSearchParams(params);
  const headers: Record<string, string> = {
    ...ep.headers,
    Accept: 'application/json',
    'Content-Type': 'application/x-www-form-urlencoded',
  };
  if ((ep.clientAuth ?? 'basic') === 'basic') {
    headers.Authorization = `Basic ${Buffer.from(`${ep.clientId}:${ep.clientSecret}`).toString('base64')}`;
  } else {
    form.set('client_id', ep.clientId);
    form.set('client_secret', ep.clientSecret);
  }
  const fail = (init: { status: number; body?: unknown; remoteMessage: string; retryable: boolean; headers?: Headers; cause?: unknown }) =>
    new HttpError({ method: 'POST', url: ep.tokenUrl, attempts: 1, fromTokenEndpoint: true, ...init });

  let res: Response;
  let text: string;
  try {
    const init: RequestInit = { method: 'POST', headers, body: form, signal: AbortSignal.timeout(ep.timeoutMs ?? DEFAULT_TOKEN_TIMEOUT_MS) };
    res = ep.egress ? await guardedFetch(ep.tokenUrl, init, ep.egress, ep.fetch) : await fetchImpl(ep.tokenUrl, init);
    text = await res.text();
  } catch (err) {
    // Refused before anything was sent: the secret never left.
    if (err instanceof EgressRefusedError) throw err;
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    throw fail({ status: 0, remoteMessage: timedOut ? 'token request timed out' : `token request failed: ${causeMessage(err)}`, retryable: true, cause: err });
  }
  let body: unknown = text;
  try {
    body = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    // keep the text
  }
  if (!res.ok) {
    const retryable = res.status === 429 || res.status >= 500;
    throw fail({ status: res.status, body, remoteMessage: extractRemoteMessage(body, res.status), retryable, headers: res.headers });
  }
  const o = (body ?? {}) as Record<string, unknown>;
  if (typeof o.access_token !== 'string' || o.access_token === '') {
    throw fail({ status: res.status, body, remoteMessage: 'token response has no access_token', retryable: false, headers: res.headers });
  }
  const tokens: OAuth2Tokens = { accessToken: o.access_token };
  if (typeof o.refresh_token === 'string' && o.refresh_token !== '') tokens.refreshToken = o.refresh_token;
  const expiresIn = typeof o.expires_in === 'string' ? Number(o.expires_in) : o.expires_in;
  if (typeof expiresIn === 'number' && Number.isFinite(expiresIn)) tokens.expiresAt = new Date(ep.now() + expiresIn * 1000).toISOString();
  return tokens;
}
