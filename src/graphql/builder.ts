// The Pothos schema builder. Plugin order matters: errors wraps scope-auth so that a missing
// permission on a mutation becomes a typed ForbiddenError result (pothos issue #464).
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import type { PrismaClient } from '../generated/prisma/client.js';
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
    Date: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
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
    unauthorizedError: (_parent, ctx, _info, result) =>
      ctx.auth === null
        ? new UnauthenticatedError('Send a valid API token as `Authorization: Bearer <token>`.')
        : new ForbiddenError(result.message === 'Unauthorized' ? 'You do not have the permission this requires.' : result.message),
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
  },
  errors: {
    // Fields declared with `errors: {}` (all mutations) return these as union members.
    defaultTypes: [ValidationError, ForbiddenError, NotFoundError, ConflictError],
  },
});

builder.queryType({});
builder.mutationType({});
