// API tokens: 32 random bytes, shown once, stored only as a SHA-256 hash (tokens are
// high-entropy, so a fast hash is the right tool; a lookup is one indexed equality).
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'npi_';

export interface NewToken {
  token: string;
  hash: string;
  /** Shown in lists so a user can tell tokens apart; not enough to use one. */
  displayPrefix: string;
}

export function generateApiToken(): NewToken {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashApiToken(token), displayPrefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

/** A random secret with a prefix naming its kind (login-rules.ts CREDENTIAL_PREFIXES) and its SHA-256, the only form stored. */
export function generateSecret(prefix: string): { token: string; hash: string } {
  const token = prefix + randomBytes(32).toString('base64url');
  return { token, hash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token from an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m?.[1] ?? null;
}

/** lastUsedAt is written at most once a minute per token, not on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;
export function shouldTouchLastUsed(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}
