// Errors a user can act on. Services throw these; GraphQL mutations return them as typed
// results (union members) and queries report them with `extensions.code`. Anything else is a
// bug and is masked as "Unexpected error." by the server.

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'NUMBER_TAKEN',
  'ALREADY_EXISTS',
  'IN_USE',
  'INACTIVE',
  'INVALID_STATE',
  'LOCKED',
  'ALREADY_CREDITED',
  'BASE_FLOW',
  'RUN_IN_PROGRESS',
  'BUSY',
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'STREAM_ENDED',
  'RESYNC_REQUIRED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ValidationIssue {
  /** Dotted path of the input field, e.g. `contacts.0.personalIdentityNumber`. */
  path: string;
  /** Machine-readable reason, e.g. `required`, `too_long`, `check_digit`. */
  code: string;
  message: string;
}

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  /** Dotted input path of the field the error is about, when there is one. */
  readonly path: string | null;
  constructor(message: string, path: string | null = null) {
    super(message);
    this.name = new.target.name;
    this.path = path;
  }
}

export class ValidationError extends AppError {
  readonly code = 'VALIDATION_FAILED' as const;
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    const first = issues[0];
    super(
      issues.length === 1 && first ? `${first.path}: ${first.message}` : `${issues.length} fields are invalid: ${issues.map((i) => i.path).join(', ')}`,
      first?.path ?? null,
    );
    this.issues = issues;
  }
  static single(path: string, code: string, message: string): ValidationError {
    return new ValidationError([{ path, code, message }]);
  }
}

export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED' as const;
}

export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN' as const;
  /** The permission that is missing, when one permission would have allowed it. */
  readonly permission: string | null;
  constructor(message: string, permission: string | null = null) {
    super(message);
    this.permission = permission;
  }
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND' as const;
  readonly entity: string;
  constructor(entity: string, message = `${entity} not found.`, path: string | null = null) {
    super(message, path);
    this.entity = entity;
  }
}

export class ConflictError extends AppError {
  readonly code:
    | 'NUMBER_TAKEN'
    | 'ALREADY_EXISTS'
    | 'IN_USE'
    | 'INACTIVE'
    | 'INVALID_STATE'
    | 'LOCKED'
    | 'ALREADY_CREDITED'
    | 'BASE_FLOW'
    | 'RUN_IN_PROGRESS'
    | 'BUSY';
  constructor(code: ConflictError['code'], message: string, path: string | null = null) {
    super(message, path);
    this.code = code;
  }
}

/** A subscription's stream was ended by the server (shutdown, a consumer too far behind): subscribe again, resuming with `after`. */
export class StreamEndedError extends AppError {
  readonly code = 'STREAM_ENDED' as const;
}

/** Collects issues while validating an input, then throws them all at once. */
export class IssueCollector {
  readonly issues: ValidationIssue[] = [];
  add(path: string, code: string, message: string): void {
    this.issues.push({ path, code, message });
  }
  get ok(): boolean {
    return this.issues.length === 0;
  }
  throwIfAny(): void {
    if (this.issues.length) throw new ValidationError(this.issues);
  }
}
