// Compiled reads, the execution side: a query whose root fields are all registered lists (or
// `node`/`nodes`) and whose selection the compiler covers is answered with ONE SQL statement per
// root field that builds the result as JSON in PostgreSQL, instead of field-by-field execution
// (5+ statements and tens of thousands of resolver calls for a page of invoices with their lines).
// Everything else — mutations, fields computed from other tables, missing permissions, unsupported
// arguments — runs normally, and the normal path stays the reference: tests compare the two on
// the same data.
import {
  getOperationAST,
  Kind,
  locatedError,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type OperationDefinitionNode,
} from 'graphql';
import { getNamedType } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { cursorId, rootFieldInputIssue } from '../input.js';
import { DocumentCache, plainVariablesKey } from '../document-cache.js';
import { decodeSyncCursor, encodeSyncCursor } from '../sync-cursor.js';
import { tenantReadJson } from '../../db/tenant.js';
import { BuildFallback, buildConnection, connectionSelection, type CompileContext, type ConnectionPlan, type ScopeMap } from './compile.js';
import { ARGUMENT_ERRORS, authScopesOf, coerceVariables, fieldArguments, idCursor, InternalsChanged, pageTake, rootFields, selfCheck } from './internals.js';
import { compileNodeField, isNodeField } from './node.js';
import { afterIdSql, orderTerms, pageRows, Params, tenantFrom, Unsupported, whereSql } from './sql.js';
import { scopesPass } from './scopes.js';
import type { CompiledList, CompiledReadsOptions } from './index.js';

const lists = new Map<string, CompiledList>();

export function registerList(field: string, spec: CompiledList): void {
  lists.set(field, spec);
}

/** One root field's statement and how to shape its JSON into the field's value. */
export interface RootPlan {
  key: string;
  field: string;
  nodes: readonly FieldNode[];
  sql: string;
  params: unknown[];
  build(json: unknown, ctx: Context, pending: Promise<unknown>[]): unknown;
}

/** What an operation compiles to, for one set of variable values; null: it executes normally. */
type OperationPlan = { plans: (RootPlan | { key: string; value: unknown })[]; scopes: ScopeMap[]; cacheable: boolean } | { fallback: string };

/**
 * Plans per parsed document (yoga hands out the same DocumentNode for the same query text) and
 * operation + variables + the user's visibility (lists' `viewer`). Plans depend only on those —
 * arguments map to SQL parameters, and the user's scopes are checked on every request — so a list
 * screen compiles once. `node`/`nodes` plans (their lookups may depend on the user) are not kept.
 * At most 2,000 plans in all (src/graphql/document-cache.ts): new variables without end cannot grow memory.
 */
const planCache = new DocumentCache<OperationPlan | null>(2000);

export function useCompiledReadsPlugin(options: CompiledReadsOptions): Plugin<Context> {
  if (options.enabled === false) return {};
  let checked: boolean | undefined;
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (checked === undefined) {
        const problems = selfCheck(args.schema);
        checked = problems.length === 0;
        if (!checked) (options.onInternalsChanged ?? ((p) => console.error(`compiled reads are off: ${p.join('; ')}`)))(problems);
      }
      if (!checked) return;
      setExecuteFn(async (a: ExecutionArgs) => {
        const compiled = await tryCompiled(a, options.onFallback);
        if (!compiled) return executeFn(a);
        options.onCompiled?.(compiled.fields);
        return compiled.result;
      });
    },
  };
}

function viewerKey(ctx: Context): string {
  const parts: unknown[] = [];
  for (const spec of lists.values()) if (spec.viewer) parts.push(spec.viewer(ctx));
  return JSON.stringify(parts);
}

async function tryCompiled(args: ExecutionArgs, onFallback?: (reason: string) => void): Promise<{ fields: string[]; result: ExecutionResult } | null> {
  const ctx = args.contextValue as Context;
  // Customer users are answered by the resolvers only (their root-field gate, src/graphql/builder.ts).
  if (!ctx?.auth || ctx.auth.customer || lists.size === 0) return null;
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'query') return null;
  // Variables that are not plain JSON (or too long to be a key) are planned every time.
  const variablesKey = plainVariablesKey(args.variableValues);
  const key = variablesKey === null ? null : `${args.operationName ?? ''}\u0000${variablesKey}\u0000${viewerKey(ctx)}`;
  let plan = key === null ? undefined : planCache.get(args.document, key);
  if (plan === undefined) {
    plan = await planOperation(args, operation, ctx);
    if (key !== null && (plan === null || 'fallback' in plan || plan.cacheable)) planCache.set(args.document, key, plan);
  }
  if (plan === null) return null;
  if ('fallback' in plan) {
    onFallback?.(plan.fallback);
    return null;
  }
  if (!scopesPass(ctx, plan.scopes)) {
    onFallback?.('a scope does not pass');
    return null;
  }
  const { plans } = plan;
  const fields = plans.filter((p): p is RootPlan => 'sql' in p).map((p) => p.field);
  const data: Record<string, unknown> = {};
  const rows = await Promise.allSettled(plans.map((p) => ('sql' in p ? tenantReadJson(ctx.db, p.sql, p.params) : null)));
  for (const [i, row] of rows.entries()) {
    const p = plans[i]!;
    if (row.status === 'rejected') {
      // As a failing resolver of a non-null root field: no data, the error at its path (masked).
      return { fields, result: { data: null, errors: [locatedError(row.reason, (p as RootPlan).nodes, [p.key])] } };
    }
  }
  try {
    const pending: Promise<unknown>[] = [];
    plans.forEach((p, i) => {
      data[p.key] = 'sql' in p ? p.build((rows[i] as PromiseFulfilledResult<unknown>).value, ctx, pending) : p.value;
    });
    await Promise.all(pending);
  } catch (err) {
    // A computed field's resolver failed or gave what the compiled path cannot shape: normal
    // execution reports it where graphql-js would.
    onFallback?.(`${err instanceof BuildFallback ? '' : 'a computed field failed: '}${(err as Error)?.message}`);
    return null;
  }
  return { fields, result: { data } };
}

/** null: not a query of registered root fields only (nothing to report). */
async function planOperation(args: ExecutionArgs, operation: OperationDefinitionNode, ctx: Context): Promise<OperationPlan | null> {
  const queryType = args.schema.getQueryType();
  if (!queryType) return null;
  const variables = coerceVariables(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>);
  if (!variables) return null;
  const fragments = fragmentsOf(args.document);
  const roots = rootFields(args.schema, fragments, variables, queryType, operation.selectionSet);
  // Input the resolvers' argument guard refuses (a cursor this API did not issue, text PostgreSQL
  // cannot store): normal execution reports it, naming the argument.
  for (const nodes of roots.values()) {
    if (rootFieldInputIssue(nodes, fragments, variables)) return { fallback: 'input the argument guard refuses' };
  }

  const plans: (RootPlan | { key: string; value: unknown })[] = [];
  const scopes: ScopeMap[] = [];
  let cacheable = true;
  try {
    for (const [key, nodes] of roots) {
      const name = nodes[0]!.name.value;
      if (name === '__typename') {
        plans.push({ key, value: queryType.name });
        continue;
      }
      const spec = lists.get(name);
      const def = queryType.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
      const nodeField = !spec && isNodeField(name);
      if ((!spec && !nodeField) || !def) return null;
      const fieldArgs = await fieldArguments(def, nodes, ctx, {
        schema: args.schema,
        fragments,
        variables,
        parentType: queryType,
        rootValue: args.rootValue,
        operation,
        key,
      });
      if (!fieldArgs) return null;
      const cc: CompileContext = { schema: args.schema, fragments, variables, params: new Params(), scopes, ctx, rootValue: args.rootValue, operation };
      if (nodeField) {
        cacheable = false;
        plans.push(await compileNodeField(cc, key, name, def, fieldArgs, nodes));
      } else {
        plans.push(await compileList(cc, key, name, def, spec!, fieldArgs, nodes, ctx));
      }
    }
  } catch (err) {
    // Unsupported selections and argument errors (which normal execution reports) fall back.
    if (err instanceof Unsupported || ARGUMENT_ERRORS.has((err as Error)?.name)) return { fallback: (err as Error).message };
    if (err instanceof InternalsChanged) return { fallback: `internals changed: ${err.message}` };
    throw err;
  }
  return plans.some((p) => 'sql' in p) ? { plans, scopes, cacheable } : null;
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const out: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) out[d.name.value] = d;
  return out;
}

async function compileList(
  cc: CompileContext,
  key: string,
  field: string,
  def: GraphQLField<unknown, unknown>,
  spec: CompiledList,
  args: Record<string, unknown>,
  nodes: readonly FieldNode[],
  ctx: Context,
): Promise<RootPlan> {
  const rootScopes = authScopesOf(def);
  if (rootScopes === undefined || typeof rootScopes !== 'object' || rootScopes === null) throw new Unsupported('root scopes');
  cc.scopes.push(rootScopes as ScopeMap);

  const { after, last, before } = args as { after?: string | null; last?: number | null; before?: string | null };
  if (last != null || before != null) throw new Unsupported('backward pagination');
  const take = pageTake(args as { first?: number | null }, spec.defaultSize, spec.maxSize); // a negative page size: normal execution reports it
  // With modifiedSince the list reads the rows changed since, in (updatedAt, id) order, paged by
  // a value cursor (src/graphql/sync-cursor.ts), as the resolver does.
  const since = (args as { modifiedSince?: Date | null }).modifiedSince ?? (spec.changedOrder ? new Date(0) : null);
  const syncAfter = since && after != null ? decodeSyncCursor(after) : null;
  if (since && after != null && !syncAfter) throw new Unsupported('cursor of another order with modifiedSince');
  const listed = spec.query(args, spec.viewer?.(ctx));
  const where = since ? { AND: [listed.where, { updatedAt: { gte: since } }] } : listed.where;
  const orderBy = since ? [{ updatedAt: 'asc' }, { id: 'asc' }] : listed.orderBy;

  const p = cc.params;
  const root = p.alias();
  const t = tenantFrom(spec.model, root);
  const terms = orderTerms(spec.model, orderBy);
  let filter = `${t.scope} AND ${whereSql(p, spec.model, root, where)}`;
  const countFilter = filter;
  if (syncAfter) {
    filter += ` AND ${whereSql(p, spec.model, root, { OR: [{ updatedAt: { gt: syncAfter.updatedAt } }, { updatedAt: syncAfter.updatedAt, id: { gt: syncAfter.id } }] })}`;
  } else if (after != null) {
    const id = cursorId(after);
    if (id === null) throw new Unsupported('cursor');
    filter += ` AND ${afterIdSql(p, spec.model, terms, root, id)}`;
  }

  const connType = getNamedType(def.type) as GraphQLObjectType;
  const { plan, wantsCount } = await connectionSelection(cc, connType, nodes, spec.model, root, {
    totalCount: spec.totalCount,
    take,
    hasPrevious: after != null,
    cursor: since ? (r) => encodeSyncCursor({ updatedAt: new Date(r[1] as string), id: r[0] as string }) : (r) => idCursor(r[0]),
  });
  // The row's id and, for value cursors only, its updatedAt lead each row (the cursor's parts).
  const page = pageRows(spec.model, root, filter, terms, take, [`${root}."id"`, since ? `${root}."updatedAt"` : 'NULL', ...plan.node.items]);
  const count = wantsCount ? `(SELECT count(*) FROM ${t.from} WHERE ${countFilter})` : 'NULL';
  const sql = `SELECT json_build_array(${page}, ${count})::text AS "result"`;
  const connection: ConnectionPlan = plan;
  return {
    key,
    field,
    nodes,
    sql,
    params: p.values,
    build(json, c, pending) {
      const [rows, total] = json as [unknown[][], number | null];
      return buildConnection(connection, rows, total, c, pending);
    },
  };
}
