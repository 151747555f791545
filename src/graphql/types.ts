// Shared GraphQL types: scalars and the typed errors every mutation can return.
import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.js';
import {
  AppError,
  ConflictError,
  ERROR_CODES,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type ValidationIssue,
} from '../errors.js';

builder.scalarType('DateTime', {
  description: 'A point in time, ISO 8601 with time zone (e.g. 2026-11-22T08:30:00.000Z).',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(v as string).toISOString()),
  parseValue: (v) => {
    const d = new Date(String(v));
    if (typeof v !== 'string' || Number.isNaN(d.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return d;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(new Date(ast.value).getTime())) {
      throw new GraphQLError('DateTime must be an ISO 8601 string');
    }
    return new Date(ast.value);
  },
});

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
function parseDate(v: unknown): string {
  if (typeof v !== 'string' || !DATE_RE.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
    throw new GraphQLError('Date must be a real calendar date written YYYY-MM-DD');
  }
  return v;
}
builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('JSON', {
  description: 'Any JSON value.',
  serialize: (v) => v,
  parseValue: (v) => v,
});

export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  values: ERROR_CODES,
  description: 'What kind of error a mutation returned.',
});

export const ErrorInterface = builder.interfaceRef<AppError>('Error').implement({
  description: 'An error the user can act on. `path` names the input field it is about, dotted (contacts.0.name).',
  fields: (t) => ({
    code: t.field({ type: ErrorCodeEnum, resolve: (e) => e.code }),
    message: t.exposeString('message'),
    path: t.string({ nullable: true, resolve: (e) => e.path }),
  }),
});

const ValidationIssueRef = builder.objectRef<ValidationIssue>('ValidationIssue').implement({
  description: 'One invalid input field.',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Dotted input path, e.g. contacts.0.personalIdentityNumber.' }),
    code: t.exposeString('code', { description: 'Machine-readable reason: required, too_long, invalid_format, check_digit, …' }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (e: unknown) => e instanceof ValidationError,
  fields: (t) => ({
    issues: t.field({ type: [ValidationIssueRef], resolve: (e) => e.issues }),
  }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  interfaces: [ErrorInterface],
  isTypeOf: (e: unknown) => e instanceof ForbiddenError,
  fields: (t) => ({
    permission: t.string({ nullable: true, resolve: (e) => e.permission }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: (e: unknown) => e instanceof NotFoundError,
  fields: (t) => ({
    entity: t.exposeString('entity'),
  }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'The change conflicts with existing data: a number is taken, a record is in use or inactive.',
  interfaces: [ErrorInterface],
  isTypeOf: (e: unknown) => e instanceof ConflictError,
  fields: () => ({}),
});
