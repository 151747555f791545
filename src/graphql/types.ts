// Shared GraphQL types: scalars, the typed errors every mutation can return, and the types
// several modules use (SortDirection).
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { Prisma } from '../generated/prisma/client.js';
import { builder } from './builder.js';
import { DATE_YEARS, isRealDate } from '../shared/dates.js';
import { type AppError, ConflictError, ERROR_CODES, ForbiddenError, NotFoundError, ValidationError, type ValidationIssue } from '../errors.js';

const YEARS = `${DATE_YEARS.min}–${DATE_YEARS.max}`;

/** A literal the scalar refuses, reported at the literal (graphql-js drops the location otherwise). */
function atLiteral<T>(ast: ValueNode, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw e instanceof GraphQLError ? new GraphQLError(e.message, { nodes: ast }) : e;
  }
}

// Longer than any ISO 8601 text (2026-11-22T08:30:00.000+01:00 is 29 characters).
const MAX_DATETIME_LENGTH = 40;
function parseDateTime(v: unknown): Date {
  const d = typeof v === 'string' && v.length <= MAX_DATETIME_LENGTH ? new Date(v) : null;
  if (!d || Number.isNaN(d.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string');
  const year = d.getUTCFullYear();
  if (year < DATE_YEARS.min || year > DATE_YEARS.max) throw new GraphQLError(`DateTime must be in the years ${YEARS}`);
  return d;
}
builder.scalarType('DateTime', {
  description: `A point in time, ISO 8601 with time zone (e.g. 2026-11-22T08:30:00.000Z), in the years ${YEARS}.`,
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(v as string).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => atLiteral(ast, () => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined)),
});

function parseDate(v: unknown): string {
  if (typeof v !== 'string' || !isRealDate(v)) {
    throw new GraphQLError(`Date must be a real calendar date written YYYY-MM-DD, in the years ${YEARS}`);
  }
  return v;
}
builder.scalarType('Date', {
  description: `A calendar date, YYYY-MM-DD, in the years ${YEARS}.`,
  serialize: (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: parseDate,
  parseLiteral: (ast) => atLiteral(ast, () => parseDate(ast.kind === Kind.STRING ? ast.value : undefined)),
});

const DECIMAL_RE = /^-?\d{1,18}(\.\d{1,8})?$/;
function parseDecimal(v: unknown, maxDecimals: number, maxIntegerDigits: number, what: string): Prisma.Decimal {
  // Exact only: decimal strings, or whole numbers (a JSON fraction may already be inexact).
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : null;
  if (s === null || !DECIMAL_RE.test(s)) {
    throw new GraphQLError(`${what} must be a decimal number written as a string, e.g. "1234.50"`);
  }
  const d = new Prisma.Decimal(s);
  if (d.decimalPlaces() > maxDecimals) throw new GraphQLError(`${what} has at most ${maxDecimals} decimals`);
  if (d.abs().greaterThanOrEqualTo(new Prisma.Decimal(10).pow(maxIntegerDigits))) {
    throw new GraphQLError(`${what} has at most ${maxIntegerDigits} digits before the decimal point`);
  }
  return d;
}

// Every Money column is numeric(14,2): 12 digits before the point. The Decimal scalar serves
// columns of several sizes; it admits the widest (quantities, numeric(14,4): 10 digits) and each
// service checks its own field's range (percentages, VAT rates, hours) naming the field.
const MONEY_INTEGER_DIGITS = 12;
const DECIMAL_INTEGER_DIGITS = 10;
const toDecimal = (v: Prisma.Decimal | string | number) => (v instanceof Prisma.Decimal ? v : new Prisma.Decimal(v));

// Decimal text as PostgreSQL writes numeric values (compiled reads get them as text): formatted
// without building a Decimal, with exactly the result Decimal's toFixed gives.
const PLAIN_DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const TWO_DECIMALS = /^-?(0|[1-9]\d*)\.\d\d$/;
const NEGATIVE_ZERO = /^-0(\.0*)?$/;

/** A Decimal scalar's output: the shortest exact form ("25", "12.5"). */
export function formatDecimal(v: Prisma.Decimal | string | number): string {
  if (typeof v === 'string' && PLAIN_DECIMAL.test(v) && !NEGATIVE_ZERO.test(v)) {
    return v.includes('.') ? v.replace(/\.?0+$/, '') : v;
  }
  return toDecimal(v).toFixed();
}

/** A Money scalar's output: exactly two decimals ("1234.50"). */
export function formatMoney(v: Prisma.Decimal | string | number): string {
  return typeof v === 'string' && TWO_DECIMALS.test(v) && !NEGATIVE_ZERO.test(v) ? v : toDecimal(v).toFixed(2);
}

builder.scalarType('Decimal', {
  description: 'An exact decimal number, serialised as a string ("25", "12.5").',
  serialize: formatDecimal,
  parseValue: (v) => parseDecimal(v, 8, DECIMAL_INTEGER_DIGITS, 'Decimal'),
  parseLiteral: (ast) =>
    atLiteral(ast, () =>
      parseDecimal(ast.kind === Kind.STRING ? ast.value : ast.kind === Kind.INT ? Number(ast.value) : undefined, 8, DECIMAL_INTEGER_DIGITS, 'Decimal'),
    ),
});

builder.scalarType('Money', {
  description: 'An amount in SEK (or the document’s currency), exact, serialised as a string with two decimals ("1234.50").',
  serialize: formatMoney,
  parseValue: (v) => parseDecimal(v, 2, MONEY_INTEGER_DIGITS, 'Money'),
  parseLiteral: (ast) =>
    atLiteral(ast, () =>
      parseDecimal(ast.kind === Kind.STRING ? ast.value : ast.kind === Kind.INT ? Number(ast.value) : undefined, 2, MONEY_INTEGER_DIGITS, 'Money'),
    ),
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

/** The direction of every list's ordering; modules' order inputs take it with default ASC. */
export const SortDirection = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });
