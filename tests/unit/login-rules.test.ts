import { describe, expect, it } from 'vitest';
import {
  credentialKind,
  initialsOf,
  loginOutcome,
  loginPruneCutoffs,
  normaliseRecoveryCode,
  type MatchedAccount,
  passwordHashable,
  passwordIssue,
  plausibleCredential,
  type RefreshState,
  refreshDecision,
  resetTokenClearable,
  sessionExpiries,
  sessionPrunable,
  signatureCandidates,
  spentCredentialPrunable,
  totpCodeShape,
} from '../../src/modules/auth/login-rules.js';
import { hashPassword, needsRehash, verifyPassword } from '../../src/modules/auth/passwords.js';
import { hashRecoveryCode, newRecoveryCodes } from '../../src/modules/auth/totp.js';

describe('passwordIssue', () => {
  it.each([
    ['', 'a@b.se', 'required'],
    ['short', 'a@b.se', 'too_short'],
    ['123456789', 'a@b.se', 'too_short'],
    ['1234567890', 'a@b.se', null],
    ['x'.repeat(128), 'a@b.se', null],
    ['x'.repeat(129), 'a@b.se', 'too_long'],
    // 100 characters of 4 bytes each: within the characters, beyond the bytes.
    ['😀'.repeat(100), 'a@b.se', 'too_long'],
    ['Anna@Example.com', 'anna@example.com', 'same_as_email'],
    [' anna@example.com ', 'anna@example.com', 'same_as_email'],
    ['anna@example.com1', 'anna@example.com', null],
    ['a long passphrase', null, null],
  ])('%j with e-mail %j → %s', (password, email, code) => {
    expect(passwordIssue(password, email)?.code ?? null).toBe(code);
  });
});

describe('passwordHashable', () => {
  it.each([
    ['', false],
    ['x', true],
    ['x'.repeat(256), true],
    ['x'.repeat(257), false],
    ['x'.repeat(1_000_000), false],
  ])('%#', (password, ok) => expect(passwordHashable(password)).toBe(ok));
});

describe('credentialKind and plausibleCredential', () => {
  it.each([
    ['npi_abc', 'apiToken'],
    ['npa_abc', 'access'],
    ['npr_abc', 'refresh'],
    ['npc_abc', 'challenge'],
    ['npw_abc', 'reset'],
    ['npv_abc', 'invite'],
    ['abc', null],
    ['NPA_abc', null],
  ])('%s → %s', (token, kind) => expect(credentialKind(token)).toBe(kind));

  it('refuses another kind and overlong strings before any lookup', () => {
    expect(plausibleCredential('npr_x', 'refresh')).toBe(true);
    expect(plausibleCredential('npa_x', 'refresh')).toBe(false);
    expect(plausibleCredential(`npr_${'x'.repeat(200)}`, 'refresh')).toBe(false);
  });
});

describe('refreshDecision', () => {
  const live: RefreshState = { known: true, rotated: false, sessionRevoked: false, sessionExpired: false, userActive: true };
  it.each<[string, Partial<RefreshState>, string]>([
    ['a current token of a live session', {}, 'rotate'],
    ['an unknown token', { known: false }, 'refuse'],
    ['a rotated token of a live session (theft)', { rotated: true }, 'revoke_session'],
    ['a rotated token of an ended session', { rotated: true, sessionRevoked: true }, 'refuse'],
    ['a current token of a revoked session', { sessionRevoked: true }, 'refuse'],
    ['a current token of an expired session', { sessionExpired: true }, 'refuse'],
    ['a current token of an inactive user', { userActive: false }, 'refuse'],
  ])('%s → %s', (_what, s, decision) => expect(refreshDecision({ ...live, ...s })).toBe(decision));
});

describe('loginOutcome', () => {
  const a: MatchedAccount = { companyId: 'c1', userId: 'u1', totp: false };
  const b: MatchedAccount = { companyId: 'c2', userId: 'u2', totp: true };
  it.each<[string, MatchedAccount[], unknown]>([
    ['no match', [], { kind: 'invalid' }],
    ['one without TOTP', [a], { kind: 'session', account: a }],
    ['one with TOTP', [b], { kind: 'challenge', account: b }],
    ['several: only the matching companies are named', [a, b], { kind: 'choose_company', companyIds: ['c1', 'c2'] }],
  ])('%s', (_what, matched, outcome) => expect(loginOutcome(matched)).toEqual(outcome));
});

describe('sessionExpiries', () => {
  it('adds the lifetimes', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    expect(sessionExpiries(now, { accessSeconds: 900, refreshSeconds: 30 * 86400 })).toEqual({
      accessExpiresAt: new Date('2026-12-06T12:15:00Z'),
      refreshExpiresAt: new Date('2027-01-05T12:00:00Z'),
    });
  });
});

describe('signatures from names', () => {
  it.each([
    ['Anna Svensson', 'AS'],
    ['Anna-Karin Svensson', 'AKS'],
    ['Örjan Ek', 'ÖE'],
    ['  ', 'U'],
    ['a b c d e f g h', 'ABCDEF'],
  ])('%j → %s', (name, initials) => expect(initialsOf(name)).toBe(initials));

  it('numbers the initials after the first, within 10 characters', () => {
    const c = signatureCandidates('Anna Svensson', 12);
    expect(c.slice(0, 3)).toEqual(['AS', 'AS2', 'AS3']);
    expect(c.every((s) => s.length <= 10)).toBe(true);
    expect(new Set(c).size).toBe(c.length);
  });
});

describe('codes', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['12345', null],
    ['1234567', null],
    ['abcdef', null],
  ])('TOTP shape %j → %s', (code, shaped) => expect(totpCodeShape(code)).toBe(shaped));

  it('recovery codes: ten distinct, 80 bits each, compared without dashes or case', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
    expect(normaliseRecoveryCode('abcd-efgh ijkl')).toBe('ABCDEFGHIJKL');
    expect(hashRecoveryCode(codes[0]!.toLowerCase().replace(/-/g, ' '))).toBe(hashRecoveryCode(codes[0]!));
  });
});

describe('password hashes', () => {
  it('argon2id with the stated parameters; a wrong password, a missing hash and an overlong password verify false', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'wrong horse battery')).toBe(false);
    expect(await verifyPassword(null, 'correct horse battery')).toBe(false);
    expect(await verifyPassword(hash, 'x'.repeat(100_000))).toBe(false);
  });
});

describe('what the daily prune deletes', () => {
  const now = new Date('2026-12-06T03:00:00Z');
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  const c = loginPruneCutoffs(now, 30);

  it('cutoffs: the session retention, a day for spent credentials, now for reset tokens', () => {
    expect(c).toEqual({ sessionsEndedBefore: daysAgo(30), spentBefore: daysAgo(1), resetExpiredBefore: now });
    expect(loginPruneCutoffs(now, 7).sessionsEndedBefore).toEqual(daysAgo(7));
  });

  it.each([
    // [what, revokedAt (days ago), refreshExpiresAt (days ago; negative: in the future), deleted]
    ['live session', null, -20, false],
    ['expired yesterday', null, 1, false],
    ['expired 29 days ago', null, 29, false],
    ['expired exactly 30 days ago', null, 30, false],
    ['expired 31 days ago', null, 31, true],
    ['revoked yesterday, still unexpired', 1, -20, false],
    ['revoked 29 days ago, expired long ago', 29, 45, false],
    ['revoked 31 days ago, refresh token would still be valid', 31, -1, true],
    ['revoked 31 days ago and expired', 31, 31, true],
    ['revoked exactly 30 days ago', 30, 10, false],
  ] as const)('session %s → deleted %s', (_what, revokedDaysAgo, expiredDaysAgo, deleted) => {
    const s = { revokedAt: revokedDaysAgo === null ? null : daysAgo(revokedDaysAgo), refreshExpiresAt: daysAgo(expiredDaysAgo) };
    expect(sessionPrunable(s, c)).toBe(deleted);
  });

  it.each([
    // [what, expiresAt (hours ago; negative: in the future), usedAt (hours ago), deleted]
    ['open', -1, null, false],
    ['expired an hour ago', 1, null, false],
    ['expired 25 hours ago', 25, null, true],
    ['used an hour ago, not yet expired', -1, 1, false],
    ['used 25 hours ago, expiry still ahead (an invitation)', -100, 25, true],
    ['used 23 hours ago, expired 23 hours ago', 23, 23, false],
  ] as const)('challenge or invitation %s → deleted %s', (_what, expiredHoursAgo, usedHoursAgo, deleted) => {
    const h = (x: number) => new Date(now.getTime() - x * 3_600_000);
    expect(spentCredentialPrunable({ expiresAt: h(expiredHoursAgo), usedAt: usedHoursAgo === null ? null : h(usedHoursAgo) }, c)).toBe(deleted);
  });

  it.each([
    [null, false],
    [new Date(now.getTime() + 60_000), false],
    [now, false],
    [new Date(now.getTime() - 1), true],
  ] as const)('reset token expiring %s → cleared %s', (expiresAt, cleared) => {
    expect(resetTokenClearable(expiresAt, c)).toBe(cleared);
  });
});
