// The Pothos schema builder. Plugin order matters: errors wraps scope-auth so that a missing
// permission on a mutation becomes a typed ForbiddenError result (pothos issue #464).
import SchemaBuilder, { PothosValidationError } from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from '@pothos/plugin-scope-auth';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Permission } from '../generated/prisma/enums.js';
import type { Context } from './context.js';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../errors.js';

export interface JsonValue {
  [key: string]: unknown;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    authenticated: boolean;
    permission: Permission;
    anyPermission: Permission[];
  };
  AuthContexts: { authenticated: Context };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    File: { Input: File; Output: never };
    Decimal: { Input: Prisma.Decimal; Output: Prisma.Decimal | string | number };
    Money: { Input: Prisma.Decimal; Output: Prisma.Decimal | string | number };
  };
}>({
  plugins: [ErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    // Every field is denied unless a scope grants it; root fields name their scope explicitly.
    authScopes: (ctx) => ({
      authenticated: ctx.auth !== null,
      permission: (p) => ctx.permissions.has(p),
      anyPermission: (ps) => ps.some((p) => ctx.permissions.has(p)),
    }),
    unauthorizedError: (_parent, ctx, _info, result) => {
      if (ctx.auth === null) return new UnauthenticatedError('Send a valid API token as `Authorization: Bearer <token>`.');
      const missing = missingPermissions(result.failure);
      return new ForbiddenError(
        missing.length ? `You need the permission ${missing.join(' or ')}.` : 'You do not have the permission this requires.',
        missing[0] ?? null,
      );
    },
    treatErrorsAsUnauthorized: true,
  },
  prisma: {
    client: (ctx) => ctx.db as unknown as PrismaClient,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    decodeGlobalID: decodeGlobalId,
  },
  errors: {
    // Fields declared with `errors: {}` (all mutations) return these as union members.
    defaultTypes: [ValidationError, ForbiddenError, NotFoundError, ConflictError],
  },
});

/** The permissions a failed scope check asked for (scope `permission` or `anyPermission`). */
function missingPermissions(failure: AuthFailure): string[] {
  if (failure.kind === AuthScopeFailureType.AuthScope) {
    if (failure.scope === 'permission') return [String(failure.parameter)];
    if (failure.scope === 'anyPermission') return (failure.parameter as string[]).map(String);
    return [];
  }
  if (failure.kind === AuthScopeFailureType.AnyAuthScopes || failure.kind === AuthScopeFailureType.AllAuthScopes) {
    return failure.failures.flatMap(missingPermissions);
  }
  return [];
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Global ids are base64 of `Type:uuid`; anything else is a clear input error, not a database error. */
function decodeGlobalId(globalID: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalID, 'base64').toString('utf8');
  const sep = decoded.indexOf(':');
  const typename = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (sep < 1 || !UUID_RE.test(id) || !/^[A-Za-z]\w*$/.test(typename)) {
    throw new PothosValidationError(`"${globalID}" is not a valid ID.`);
  }
  return { typename, id: id.toLowerCase() };
}

builder.queryType({});
builder.mutationType({});
