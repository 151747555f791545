// The Pothos schema builder. Plugin order matters: errors wraps scope-auth so that a missing
// permission on a mutation becomes a typed ForbiddenError result (pothos issue #464).
import SchemaBuilder, { BasePlugin, PothosValidationError, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import ErrorsPlugin from '@pothos/plugin-errors';
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from '@pothos/plugin-scope-auth';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ComplexityPlugin from '@pothos/plugin-complexity';
import { fieldCost, type CostContext } from './limits.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Permission } from '../generated/prisma/enums.js';
import type { Context } from './context.js';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../errors.js';
import { excerpt, InputError, issueField, rootFieldInputIssue } from './input.js';

/**
 * Checks every root field's input before it resolves (src/graphql/input.ts: text PostgreSQL can
 * store, cursors this API issued), in one place for every field. A mutation with typed errors
 * returns a ValidationError naming the input path; anything else fails with BAD_USER_INPUT naming
 * the argument. Placed after the errors and scope-auth plugins: permissions are checked first, and
 * a thrown ValidationError becomes the mutation's typed result.
 */
class InputGuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (fieldConfig.parentType !== 'Query' && fieldConfig.parentType !== 'Mutation') return resolver;
    const typedErrors = (fieldConfig.pothosOptions as { errors?: unknown }).errors != null;
    return (parent, args, context, info) => {
      const issue = rootFieldInputIssue(info.fieldNodes, info.fragments, info.variableValues);
      if (issue) {
        if (typedErrors && issue.own) {
          // Mutation inputs are reported relative to `input`, like the services' own issues.
          const path = (issue.path[0] === 'input' ? issue.path.slice(1) : issue.path).join('.');
          throw ValidationError.single(path, issue.code, issue.message);
        }
        const field = issueField(issue);
        throw new InputError(`${field}: ${issue.message}`, field);
      }
      return resolver(parent, args, context, info);
    };
  }
}

/**
 * The root fields a customer user (a person at a customer, not staff: AuthenticatedUser.customer)
 * may use: their own portal, their own account and session, and the fields that take no token.
 * Every other root field (present or future) answers them FORBIDDEN, as it answers a user without
 * permissions; the compiled reads never answer them (src/graphql/compiled-reads/execute.ts).
 */
export const CUSTOMER_USER_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'Query.customerPortal',
  'Query.me',
  'Query.mySessions',
  'Mutation.logout',
  'Mutation.logoutEverywhere',
  'Mutation.revokeSession',
  'Mutation.changePassword',
  'Mutation.enrolTotp',
  'Mutation.confirmTotp',
  'Mutation.disableTotp',
  'Mutation.login',
  'Mutation.completeLogin',
  'Mutation.refreshSession',
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
  'Mutation.acceptInvite',
]);

const customerUserRefusal = () => new ForbiddenError('Customer users may use only customerPortal and their own account.');

/** Refuses customer users every root field outside CUSTOMER_USER_ROOT_FIELDS (placed after scope-auth, inside errors: a mutation answers a typed ForbiddenError). */
class CustomerUserGatePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const { parentType, name } = fieldConfig;
    if (parentType !== 'Query' && parentType !== 'Mutation') return resolver;
    if (CUSTOMER_USER_ROOT_FIELDS.has(`${parentType}.${name}`)) return resolver;
    return (parent, args, context, info) => {
      if ((context as Context).auth?.customer) throw customerUserRefusal();
      return resolver(parent, args, context, info);
    };
  }

  override wrapSubscribe(
    subscribe: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> | undefined {
    if (!subscribe) return subscribe;
    return (parent, args, context, info) => {
      if ((context as Context).auth?.customer) throw customerUserRefusal();
      return subscribe(parent, args, context, info);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputGuard: InputGuardPlugin<Types>;
      customerUserGate: CustomerUserGatePlugin<Types>;
    }
  }
}
SchemaBuilder.registerPlugin('inputGuard', InputGuardPlugin);
SchemaBuilder.registerPlugin('customerUserGate', CustomerUserGatePlugin);

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
  plugins: [ErrorsPlugin, ScopeAuthPlugin, 'customerUserGate', 'inputGuard', PrismaPlugin, RelayPlugin, ValidationPlugin, DataloaderPlugin, ComplexityPlugin],
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
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    decodeGlobalID: decodeGlobalId,
  },
  complexity: {
    // Only the cost model: the limits are checked before execution by useQueryLimits
    // (src/graphql/limits.ts), which also covers operations answered by compiled reads.
    disabled: true,
    // useQueryLimits runs the rule with its CostContext, not the request context Pothos types `ctx` as.
    fieldComplexity: (args, ctx, field) => fieldCost(args, ctx as unknown as CostContext, field),
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

/** Longer than any id this API issues (base64 of the longest type name, `:` and a UUID). */
const MAX_GLOBAL_ID_LENGTH = 120;

/**
 * Global ids are base64 of `Type:uuid`; anything else is a clear input error, not a database
 * error. The message quotes at most a short excerpt of the input (an id may be megabytes long).
 */
function decodeGlobalId(globalID: string): { typename: string; id: string } {
  const invalid = () => new PothosValidationError(`${JSON.stringify(excerpt(globalID))} is not a valid ID.`);
  if (globalID.length > MAX_GLOBAL_ID_LENGTH) throw invalid();
  const decoded = Buffer.from(globalID, 'base64').toString('utf8');
  const sep = decoded.indexOf(':');
  const typename = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (sep < 1 || !UUID_RE.test(id) || !/^[A-Za-z]\w*$/.test(typename)) throw invalid();
  return { typename, id: id.toLowerCase() };
}

builder.queryType({});
builder.mutationType({});
