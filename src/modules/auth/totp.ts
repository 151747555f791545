// TOTP second factor (RFC 6238: SHA-1, 6 digits, 30-second steps), with one step of clock drift
// accepted either side. A code is accepted once: its time step must be later than the last one
// accepted for the user (the service claims it in one conditional UPDATE).
import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { normaliseRecoveryCode, totpCodeShape } from './login-rules.js';

export const TOTP_PERIOD_SECONDS = 30;
/** Seconds of clock drift accepted either side (one step). */
export const TOTP_TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(issuer: string, label: string, secret: string): string {
  return generateURI({ issuer, label, secret });
}

/** The time step of a valid code, or null. */
export async function totpStep(secret: string, code: string, now = new Date()): Promise<number | null> {
  const token = totpCodeShape(code);
  if (!token) return null;
  const r = await verify({ secret, token, epochTolerance: TOTP_TOLERANCE_SECONDS, epoch: Math.floor(now.getTime() / 1000) });
  return r.valid && 'timeStep' in r ? (r.timeStep as number) : null;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Recovery codes: 16 characters of a 32-letter alphabet (80 bits), shown as XXXX-XXXX-XXXX-XXXX. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(16);
    const chars = Array.from(bytes, (b) => ALPHABET[b & 31]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(code), 'utf8').digest('hex');
}
