// Logging in: the pure rules (no I/O). Password policy, which credential a bearer string is, how
// long things live, what a presented refresh token means, and how a person with accounts in
// several companies is answered.

/** Shortest password accepted. */
export const PASSWORD_MIN_LENGTH = 10;
/** Longest password accepted, in characters; with the byte bound below it bounds hashing time. */
export const PASSWORD_MAX_LENGTH = 128;
/** Longest password in UTF-8 bytes (a 128-character password of 4-byte characters is refused). */
export const PASSWORD_MAX_BYTES = 256;
/** Longest e-mail address looked up at login (longer ones cannot exist: users are validated). */
export const EMAIL_MAX_LENGTH = 254;
/** Most accounts one e-mail address is checked against when no company is named. */
export const MAX_ACCOUNTS_PER_EMAIL = 10;

export interface PasswordIssue {
  code: 'too_short' | 'too_long' | 'same_as_email' | 'required';
  message: string;
}

/** What is wrong with a new password, or null when it is acceptable. */
export function passwordIssue(password: string, email: string | null): PasswordIssue | null {
  if (password.length === 0) return { code: 'required', message: 'A password is required.' };
  const chars = Array.from(password).length;
  if (chars < PASSWORD_MIN_LENGTH) return { code: 'too_short', message: `At least ${PASSWORD_MIN_LENGTH} characters.` };
  if (chars > PASSWORD_MAX_LENGTH || Buffer.byteLength(password, 'utf8') > PASSWORD_MAX_BYTES) {
    return { code: 'too_long', message: `At most ${PASSWORD_MAX_LENGTH} characters.` };
  }
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return { code: 'same_as_email', message: 'The password may not be the e-mail address.' };
  }
  return null;
}

/**
 * Whether a presented password is short enough to be hashed at all (a login with a longer one is
 * refused like a wrong password, without hashing it).
 */
export function passwordHashable(password: string): boolean {
  return password.length > 0 && password.length <= PASSWORD_MAX_LENGTH * 2 && Buffer.byteLength(password, 'utf8') <= PASSWORD_MAX_BYTES;
}

/** E-mail addresses are compared trimmed and in lower case (as users are stored). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Prefixes tell the kinds of bearer strings apart before any lookup. */
export const CREDENTIAL_PREFIXES = {
  apiToken: 'npi_',
  access: 'npa_',
  refresh: 'npr_',
  challenge: 'npc_',
  reset: 'npw_',
  invite: 'npv_',
} as const;
export type CredentialKind = keyof typeof CREDENTIAL_PREFIXES;

/** Which kind of credential a string is, by its prefix; null for none of them. */
export function credentialKind(token: string): CredentialKind | null {
  for (const [kind, prefix] of Object.entries(CREDENTIAL_PREFIXES) as [CredentialKind, string][]) {
    if (token.startsWith(prefix)) return kind;
  }
  return null;
}

/** Whether a string may be a credential of `kind` (prefix and length) before it is hashed and looked up. */
export function plausibleCredential(token: string, kind: CredentialKind): boolean {
  return token.startsWith(CREDENTIAL_PREFIXES[kind]) && token.length <= 100;
}

export interface SessionLifetimes {
  accessSeconds: number;
  refreshSeconds: number;
}

export function sessionExpiries(now: Date, l: SessionLifetimes): { accessExpiresAt: Date; refreshExpiresAt: Date } {
  return { accessExpiresAt: new Date(now.getTime() + l.accessSeconds * 1000), refreshExpiresAt: new Date(now.getTime() + l.refreshSeconds * 1000) };
}

/** A presented refresh token as found in the database. */
export interface RefreshState {
  /** The token is unknown. */
  known: boolean;
  /** It was already exchanged for a newer one. */
  rotated: boolean;
  sessionRevoked: boolean;
  sessionExpired: boolean;
  userActive: boolean;
}

export type RefreshDecision = 'rotate' | 'refuse' | 'revoke_session';

/**
 * What a refresh does: a current token of a live session rotates; a token already rotated means
 * two parties hold the session's tokens (one of them stole it), so the whole session is revoked;
 * anything else is refused.
 */
export function refreshDecision(s: RefreshState): RefreshDecision {
  if (!s.known) return 'refuse';
  if (s.rotated) return s.sessionRevoked ? 'refuse' : 'revoke_session';
  if (s.sessionRevoked || s.sessionExpired || !s.userActive) return 'refuse';
  return 'rotate';
}

/** An account a login's password matched. */
export interface MatchedAccount {
  companyId: string;
  userId: string;
  totp: boolean;
}

export type LoginOutcome =
  | { kind: 'invalid' }
  | { kind: 'session'; account: MatchedAccount }
  | { kind: 'challenge'; account: MatchedAccount }
  | { kind: 'choose_company'; companyIds: string[] };

/**
 * The answer to a login from the accounts whose password matched (inactive accounts are never
 * among them). Several: the caller has proven the password for each, so they may learn which
 * companies those are and log in again naming one; companies where the password did not match
 * are never named.
 */
export function loginOutcome(matched: readonly MatchedAccount[]): LoginOutcome {
  if (matched.length === 0) return { kind: 'invalid' };
  if (matched.length > 1) return { kind: 'choose_company', companyIds: matched.map((m) => m.companyId) };
  const account = matched[0]!;
  return account.totp ? { kind: 'challenge', account } : { kind: 'session', account };
}

/** Initials from a name for a new user's signature: "Anna-Karin Svensson" → "AKS"; at most 6, "U" when none. */
export function initialsOf(name: string): string {
  const letters = name
    .split(/[\s-]+/u)
    .map((w) => Array.from(w)[0] ?? '')
    .filter((c) => /\p{L}/u.test(c))
    .join('')
    .toUpperCase();
  return letters.slice(0, 6) || 'U';
}

/** Signature candidates for a new user: the initials, then the initials with 2, 3, … (at most 10 characters). */
export function signatureCandidates(name: string, count = 20): string[] {
  const base = initialsOf(name);
  return [base, ...Array.from({ length: count - 1 }, (_, i) => `${base.slice(0, 10 - String(i + 2).length)}${i + 2}`)];
}

/** Recovery codes are compared without dashes, spaces or case. */
export function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** A TOTP code: six digits (spaces allowed when typed). */
export function totpCodeShape(code: string): string | null {
  const c = code.replace(/\s/g, '');
  return /^\d{6}$/.test(c) ? c : null;
}

/** The invitation e-mail of a customer user, in Swedish (a customer whose language is SV) or English. */
export function customerInviteMail(
  language: 'sv' | 'en',
  v: { company: string; customer: string; link: string; expiresAt: Date },
): { subject: string; text: string } {
  const until = `${v.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  if (language === 'sv') {
    return {
      subject: `Inbjudan från ${v.company}`,
      text: [
        `${v.company} bjuder in dig att logga in och se uppgifter om ${v.customer}.`,
        '',
        `Välj namn och lösenord här (länken fungerar en gång, till ${until}):`,
        v.link,
      ].join('\n'),
    };
  }
  return {
    subject: `Invitation from ${v.company}`,
    text: [
      `${v.company} invites you to log in and see the records of ${v.customer}.`,
      '',
      `Choose your name and password here (the link works once, until ${until}):`,
      v.link,
    ].join('\n'),
  };
}

/** How long a used or expired login challenge or invitation is kept before the daily prune deletes it. */
export const SPENT_CREDENTIAL_GRACE_MS = 86_400_000;

/** The moments before which the daily prune deletes (or clears) the login data. */
export interface LoginPruneCutoffs {
  /** A session that stopped being usable (revoked, or its refresh token expired) before this goes. */
  sessionsEndedBefore: Date;
  /** A challenge or invitation that expired or was used before this goes. */
  spentBefore: Date;
  /** A password-reset token that expired before this is cleared. */
  resetExpiredBefore: Date;
}

/**
 * What is old enough to delete, from `now` and the session retention (days). A session is kept
 * `sessionRetentionDays` after it ended, so "revoked because …" and the re-use detection of its
 * rotated refresh tokens keep working that long; challenges and invitations a day after they
 * expired or were used; a reset token is cleared once expired.
 */
export function loginPruneCutoffs(now: Date, sessionRetentionDays: number): LoginPruneCutoffs {
  return {
    sessionsEndedBefore: new Date(now.getTime() - sessionRetentionDays * 86_400_000),
    spentBefore: new Date(now.getTime() - SPENT_CREDENTIAL_GRACE_MS),
    resetExpiredBefore: now,
  };
}

/**
 * Whether a session may be deleted: a revoked one when it was revoked before the cutoff (whatever
 * its expiry), one not revoked when its refresh token expired before the cutoff. A session whose
 * refresh token can still be used is never deleted.
 */
export function sessionPrunable(s: { revokedAt: Date | null; refreshExpiresAt: Date }, c: LoginPruneCutoffs): boolean {
  if (s.revokedAt) return s.revokedAt < c.sessionsEndedBefore;
  return s.refreshExpiresAt < c.sessionsEndedBefore;
}

/** Whether a login challenge or an invitation may be deleted: expired or used before the cutoff. */
export function spentCredentialPrunable(s: { expiresAt: Date; usedAt: Date | null }, c: LoginPruneCutoffs): boolean {
  return s.expiresAt < c.spentBefore || (s.usedAt !== null && s.usedAt < c.spentBefore);
}

/** Whether a user's password-reset token is cleared: it has expired. */
export function resetTokenClearable(resetExpiresAt: Date | null, c: LoginPruneCutoffs): boolean {
  return resetExpiresAt !== null && resetExpiresAt < c.resetExpiredBefore;
}
