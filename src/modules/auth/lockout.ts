// Login attempts counted with rate-limiter-flexible (the limiters are made in src/http/guard.ts,
// on the same store as the request limits). Each check spends its point in the same atomic
// operation that reads the count, so concurrent attempts can never all slip under the limit:
// an attempt spends a point before its password or code is checked, and a success deletes the
// account's counter.
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { TooManyAttemptsError } from './errors.js';

export interface LoginLimiters {
  /** Attempts (passwords and second-factor codes) per account: the lockout. */
  account: RateLimiterAbstract;
  /** Login, reset and invite attempts per client address. */
  address: RateLimiterAbstract;
  /** Password-reset e-mails per address asked for. */
  resetEmail: RateLimiterAbstract;
}

/** Spends one point of `key`; TooManyAttemptsError (with the wait) when none is left. */
export async function spend(limiter: RateLimiterAbstract, key: string, message: string, path: string | null = null): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw new TooManyAttemptsError(message, e.msBeforeNext, path);
    throw e;
  }
}

/** Forgets the attempts of `key` (a successful login). */
export async function forgive(limiter: RateLimiterAbstract, key: string): Promise<void> {
  await limiter.delete(key);
}

/** The account key of the lockout: the e-mail address, whichever companies it has accounts in. */
export const accountKey = (email: string) => `login:${email}`;
