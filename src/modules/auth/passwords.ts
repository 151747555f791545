// Password hashes: argon2id with the parameters below (OWASP's recommended minimum for argon2id:
// 19 MiB of memory, 2 passes, 1 lane). A hash records its parameters, so stronger ones apply to
// new passwords without invalidating old hashes; `needsRehash` tells when a login should re-hash.
import argon2 from 'argon2';
import { passwordHashable } from './login-rules.js';

export const ARGON2_PARAMETERS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_PARAMETERS);
}

let dummy: Promise<string> | null = null;
/** A hash of a random password, verified when there is no account so a miss costs what a wrong password does. */
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(`dummy-${Math.random()}-${Date.now()}`);
  return dummy;
}

/**
 * Whether `password` matches `hash`. A null hash (no account, no password set) verifies against a
 * dummy hash and answers false, taking the same time. A password too long to hash is refused
 * without hashing.
 */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!passwordHashable(password)) return false;
  if (!hash) {
    await argon2.verify(await dummyHash(), password).catch(() => false);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Whether a stored hash was made with other parameters than today's. */
export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, ARGON2_PARAMETERS);
}
