// Errors of logging in. A wrong password, an unknown e-mail, an inactive user and a spent or
// unknown token all answer InvalidCredentialsError (nothing tells them apart); too many attempts
// answer TooManyAttemptsError with when to try again.
import { AppError } from '../../errors.js';

export class InvalidCredentialsError extends AppError {
  readonly code = 'INVALID_CREDENTIALS' as const;
}

export class TooManyAttemptsError extends AppError {
  readonly code = 'RATE_LIMITED' as const;
  readonly retryAfterSeconds: number;
  readonly retryAt: Date;
  constructor(message: string, retryAfterMs: number, path: string | null = null, now = new Date()) {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    super(`${message} Try again in ${seconds} s.`, path);
    this.retryAfterSeconds = seconds;
    this.retryAt = new Date(now.getTime() + seconds * 1000);
  }
}
