// Compiled reads: a query whose root fields are all registered list connections (e.g.
// `invoices`) and whose selection the compiler covers is answered with ONE SQL statement that
// builds the result as JSON in PostgreSQL, instead of field-by-field execution (5+ statements and
// tens of thousands of resolver calls for a page of invoices with their lines). Everything else —
// mutations, fields computed from relations, missing permissions, unsupported arguments — runs normally, and
// the normal path stays the reference: tests compare the two on the same data.
import {
  getNamedType,
  getOperationAST,
  locatedError,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type OperationDefinitionNode,
} from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields.js';
import { getVariableValues } from 'graphql/execution/values.js';
import { getConnectionPageSize, getMappedArgumentValues, validateConnectionArguments } from '@pothos/core';
import { formatPrismaCursor } from '@pothos/plugin-prisma';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { cursorId, rootFieldInputIssue } from '../input.js';
import { decodeSyncCursor, encodeSyncCursor } from '../sync-cursor.js';
import { tenantReadJson } from '../../db/tenant.js';
import { buildObject, compileObject, typeScopes, type CompileContext, type Out, type ScopeMap } from './compile.js';
import { afterCursorSql, orderSql, orderTerms, Params, tenantFrom, Unsupported, whereSql } from './sql.js';
import { scopesPass } from './scopes.js';

export interface SqlConnection {
  /** The Prisma model listed; the connection's cursor is its `id`. */
  model: string;
  defaultSize: number;
  maxSize: number;
  /** The connection has `totalCount`: the number of rows matching `where`. */
  totalCount: boolean;
  /**
   * The resolver's own Prisma arguments for these (mapped) field arguments: a pure function of
   * the arguments (compiled statements are cached per query and variables).
   */
  query(args: Record<string, unknown>): { where: unknown; orderBy: unknown };
}

const connections = new Map<string, SqlConnection>();

/** Lets the compiled path answer root field `field` (a prismaConnection with `cursor: 'id'`). */
export function registerSqlConnection(field: string, spec: SqlConnection): void {
  connections.set(field, spec);
}

export interface SqlReadsOptions {
  /** Off: every query executes field by field (tests compare both paths). */
  enabled?: boolean;
  /** Called with the root fields each time a query was answered by a compiled statement. */
  onCompiled?: (fields: string[]) => void;
  /** Called with the reason each time a query with a registered root field executed normally. */
  onFallback?: (reason: string) => void;
}

export function useSqlReads(options: SqlReadsOptions = {}): Plugin<Context> {
  if (options.enabled === false) return {};
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: ExecutionArgs) => {
        const compiled = await tryCompiled(args, options.onFallback);
        if (!compiled) return executeFn(args);
        options.onCompiled?.(compiled.fields);
        return compiled.result;
      });
    },
  };
}

interface Compiled {
  fields: string[];
  result: ExecutionResult;
}

interface RootPlan {
  key: string;
  field: string;
  nodes: readonly FieldNode[];
  sql: string;
  params: unknown[];
  build(json: unknown, ctx: Context, pending: Promise<unknown>[]): unknown;
}

/** What an operation compiles to, for one set of variable values; null: it executes normally. */
type OperationPlan = { plans: (RootPlan | { key: string; value: unknown })[]; scopes: ScopeMap[] } | { fallback: string };

/**
 * Plans per parsed document (yoga hands out the same DocumentNode for the same query text) and
 * operation + variables. Plans depend only on those — arguments map to SQL parameters, and the
 * user's scopes are checked on every request — so a list screen compiles once.
 */
const planCache = new WeakMap<DocumentNode, Map<string, OperationPlan | null>>();
const PLANS_PER_DOCUMENT = 200;

async function tryCompiled(args: ExecutionArgs, onFallback?: (reason: string) => void): Promise<Compiled | null> {
  const ctx = args.contextValue as Context;
  if (!ctx?.auth || connections.size === 0) return null;
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'query') return null;
  let byDocument = planCache.get(args.document);
  if (!byDocument) {
    byDocument = new Map();
    planCache.set(args.document, byDocument);
  }
  const key = `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}`;
  let plan = byDocument.get(key);
  if (plan === undefined) {
    plan = await planOperation(args, operation, ctx);
    if (byDocument.size >= PLANS_PER_DOCUMENT) byDocument.clear();
    byDocument.set(key, plan);
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
    // A computed field's resolver failed: normal execution reports it where graphql-js would.
    onFallback?.(`a computed field failed: ${(err as Error)?.message}`);
    return null;
  }
  return { fields, result: { data } };
}

/** null: not a query of registered root fields only (nothing to report). */
async function planOperation(args: ExecutionArgs, operation: OperationDefinitionNode, ctx: Context): Promise<OperationPlan | null> {
  const queryType = args.schema.getQueryType();
  if (!queryType) return null;
  const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>);
  if (coerced.errors) return null;
  const fragments = fragmentsOf(args.document);
  const roots = collectFields(args.schema, fragments, coerced.coerced, queryType, operation.selectionSet);
  // Input the resolvers' argument guard refuses (a cursor this API did not issue, text PostgreSQL
  // cannot store): normal execution reports it, naming the argument.
  for (const nodes of roots.values()) {
    if (rootFieldInputIssue(nodes, fragments, coerced.coerced)) return { fallback: 'input the argument guard refuses' };
  }

  const plans: (RootPlan | { key: string; value: unknown })[] = [];
  const scopes: ScopeMap[] = [];
  try {
    for (const [key, nodes] of roots) {
      const name = nodes[0]!.name.value;
      if (name === '__typename') {
        plans.push({ key, value: queryType.name });
        continue;
      }
      const spec = connections.get(name);
      const def = queryType.getFields()[name];
      if (!spec || !def) return null;
      const fieldArgs = await getMappedArgumentValues(def as GraphQLField<unknown, unknown>, nodes[0]!, ctx, {
        fieldName: name,
        fieldNodes: nodes,
        parentType: queryType,
        returnType: def.type,
        path: { prev: undefined, key, typename: queryType.name },
        schema: args.schema,
        fragments,
        rootValue: args.rootValue,
        operation,
        variableValues: coerced.coerced,
        // Pothos asks for a full GraphQLResolveInfo; this is every part of it the argument mapping reads.
      } as never);
      if (!fieldArgs) return null;
      const cc: CompileContext = { schema: args.schema, fragments, variables: coerced.coerced, params: new Params(), scopes };
      plans.push(compileConnection(cc, key, name, def as GraphQLField<unknown, unknown>, spec, fieldArgs, nodes));
    }
  } catch (err) {
    // Unsupported selections and argument errors (which normal execution reports) fall back.
    if (err instanceof Unsupported || (err as Error)?.name === 'PothosValidationError' || (err as Error)?.name === 'ZodError') {
      return { fallback: (err as Error).message };
    }
    throw err;
  }
  return plans.some((p) => 'sql' in p) ? { plans, scopes } : null;
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const out: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) out[d.name.value] = d;
  return out;
}

function compileConnection(
  cc: CompileContext,
  key: string,
  field: string,
  def: GraphQLField<unknown, unknown>,
  spec: SqlConnection,
  args: Record<string, unknown>,
  nodes: readonly FieldNode[],
): RootPlan {
  const ext = def.extensions as { pothosOptions?: { authScopes?: unknown } };
  const rootScopes = ext.pothosOptions?.authScopes;
  if (rootScopes === undefined || typeof rootScopes !== 'object' || rootScopes === null) throw new Unsupported('root scopes');
  cc.scopes.push(rootScopes as ScopeMap);

  const { first, after, last, before } = args as { first?: number | null; after?: string | null; last?: number | null; before?: string | null };
  if (last != null || before != null) throw new Unsupported('backward pagination');
  validateConnectionArguments({ first, last }); // a negative page size: normal execution reports it
  const take = getConnectionPageSize({ args: { first, last }, defaultSize: spec.defaultSize, maxSize: spec.maxSize }).limit;
  // With modifiedSince the list reads the rows changed since, in (updatedAt, id) order, paged by
  // a value cursor (src/graphql/sync-cursor.ts), as the resolver does.
  const since = (args as { modifiedSince?: Date | null }).modifiedSince ?? null;
  const syncAfter = since && after != null ? decodeSyncCursor(after) : null;
  if (since && after != null && !syncAfter) throw new Unsupported('cursor of another order with modifiedSince');
  const listed = spec.query(args);
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
    const idParam = p.add(id);
    filter += ` AND ${afterCursorSql(terms, root, (c) => `${tenantFrom(spec.model, c).from} WHERE ${c}."companyId" = $1 AND ${c}."id" = ${idParam}`)}`;
  }

  // The connection's own fields (edges { cursor node }, pageInfo, totalCount, __typename), read
  // here once: `build` runs on every request.
  let nodePlan: { items: string[]; outs: Out[] } | null = null;
  let wantsCount = false;
  const connType = getNamedType(def.type) as GraphQLObjectType;
  const edgeType = getNamedType(connType.getFields().edges!.type) as GraphQLObjectType;
  const pageInfoType = getNamedType(connType.getFields().pageInfo!.type) as GraphQLObjectType;
  const keysOf = (type: GraphQLObjectType, fns: readonly FieldNode[]) =>
    [...collectSubfields(cc.schema, cc.fragments, cc.variables, type, fns)].map(([k, f]) => ({ key: k, name: f[0]!.name.value, nodes: f }));
  typeScopes(cc, connType);
  const connFields = keysOf(connType, nodes).map((f) => {
    if (f.name === 'totalCount') {
      if (!spec.totalCount) throw new Unsupported('totalCount');
      wantsCount = true;
    } else if (f.name === 'edges') {
      typeScopes(cc, edgeType);
      const sub = keysOf(edgeType, f.nodes);
      for (const e of sub) {
        if (e.name === 'node') {
          if (nodePlan) throw new Unsupported('node selected under two keys');
          nodePlan = compileObject(cc, getNamedType(edgeType.getFields().node!.type) as GraphQLObjectType, spec.model, root, e.nodes);
        } else if (e.name !== 'cursor' && e.name !== '__typename') throw new Unsupported(`edge field ${e.name}`);
      }
      return { ...f, sub };
    } else if (f.name === 'pageInfo') {
      typeScopes(cc, pageInfoType);
      const sub = keysOf(pageInfoType, f.nodes);
      for (const e of sub) {
        if (!['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor', '__typename'].includes(e.name)) throw new Unsupported(`pageInfo ${e.name}`);
      }
      return { ...f, sub };
    } else if (f.name !== '__typename') {
      throw new Unsupported(`connection field ${f.name}`);
    }
    return { ...f, sub: [] };
  });
  const node: { items: string[]; outs: Out[] } = nodePlan ?? { items: [], outs: [] };

  const order = orderSql(terms, root);
  const rowItems = [`${root}."id"`, `${root}."updatedAt"`, ...node.items];
  const page = `SELECT * FROM ${t.from} WHERE ${filter} ORDER BY ${order} LIMIT ${p.add(take)}`;
  const count = wantsCount ? `(SELECT count(*) FROM ${t.from} WHERE ${countFilter})` : 'NULL';
  const sql =
    `SELECT json_build_array(` +
    `(SELECT coalesce(json_agg(json_build_array(${rowItems.join(', ')}) ORDER BY ${order}), '[]'::json) FROM (${page}) ${root}), ` +
    `${count})::text AS "result"`;

  return {
    key,
    field,
    nodes,
    sql,
    params: p.values,
    build(json, ctx, pending) {
      const [rows, total] = json as [unknown[][], number | null];
      const full = rows.length === take;
      const pageRows = full ? rows.slice(0, -1) : rows;
      const edges = pageRows.map((r) => ({
        cursor: since ? encodeSyncCursor({ updatedAt: new Date(r[1] as string), id: r[0] as string }) : formatPrismaCursor({ id: r[0] }, 'id'),
        node: r.slice(2),
      }));
      const pageInfo = {
        hasNextPage: full,
        hasPreviousPage: after != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      };
      const out: Record<string, unknown> = {};
      for (const f of connFields) {
        if (f.name === '__typename') out[f.key] = connType.name;
        else if (f.name === 'totalCount') out[f.key] = Number(total);
        else if (f.name === 'pageInfo') {
          const pi: Record<string, unknown> = {};
          for (const e of f.sub) pi[e.key] = e.name === '__typename' ? pageInfoType.name : pageInfo[e.name as keyof typeof pageInfo];
          out[f.key] = pi;
        } else if (f.name === 'edges') {
          out[f.key] = edges.map((edge) => {
            const eo: Record<string, unknown> = {};
            for (const e of f.sub) {
              eo[e.key] = e.name === '__typename' ? edgeType.name : e.name === 'cursor' ? edge.cursor : buildObject(edge.node, node.outs, ctx, pending);
            }
            return eo;
          });
        }
      }
      return out;
    },
  };
}
