// Compiles a GraphQL selection over Pothos prisma types into one SQL statement that builds the
// whole result as JSON in PostgreSQL (the way PostGraphile does), plus a plan that turns that JSON
// into the GraphQL result with the schema's own serializers. It reads the schema Pothos built:
// exposed columns (`t.expose…`), relations (`t.relation`, ordered by their `query.orderBy`), node
// ids, `__typename`, and fields computed from their own row's columns (`select` + resolver).
// Anything else in the selection (fields computed from relations, arguments) makes it give up
// (`Unsupported`), and the caller executes the query normally, so the result is the same either
// way (tests/graphql/sql-reads.test.ts compares the two).
import {
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { Prisma } from '../../generated/prisma/client.js';
import { columnValue, modelField, orderSql, orderTerms, type Params, relationJoin, tenantFrom, Unsupported } from './sql.js';

/** Scope maps (Pothos scope-auth) the result depends on; all must pass or the query runs normally. */
export type ScopeMap = Record<string, unknown>;

export interface CompileContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  params: Params;
  scopes: ScopeMap[];
}

/** How one response key is produced from the JSON row (an array; `slot` indexes it). */
export type Out =
  | { kind: 'const'; key: string; value: unknown }
  | { kind: 'leaf'; key: string; slot: number; type: GraphQLLeafType; list: boolean }
  | { kind: 'globalId'; key: string; slot: number; typename: string }
  | {
      kind: 'computed';
      key: string;
      columns: { name: string; slot: number; value: (v: unknown) => unknown }[];
      resolve: Resolver;
      type: GraphQLLeafType;
      list: boolean;
    }
  | { kind: 'object'; key: string; slot: number; outs: Out[] }
  | { kind: 'list'; key: string; slot: number; outs: Out[] };

type Extensions = Record<string, unknown> & { pothosOptions?: Record<string, unknown> };
type Resolver = (parent: Record<string, unknown>, args: Record<string, never>, ctx: unknown) => unknown;

function addScopes(cc: CompileContext, scopes: unknown): void {
  if (scopes === undefined) return;
  if (!scopes || typeof scopes !== 'object') throw new Unsupported('scopes given as a function');
  cc.scopes.push(scopes as ScopeMap);
}

/** A type's own scope map (type-level `authScopes`). */
export function typeScopes(cc: CompileContext, type: GraphQLObjectType): void {
  addScopes(cc, (type.extensions as Extensions).pothosOptions?.authScopes);
}

/**
 * The selection of `fieldNodes` on an object of `type` (a prisma object of `model`, rows aliased
 * `alias`): SQL expressions for a `json_build_array` and how to read them back.
 */
export function compileObject(
  cc: CompileContext,
  type: GraphQLObjectType,
  model: string,
  alias: string,
  fieldNodes: readonly FieldNode[],
): { items: string[]; outs: Out[] } {
  typeScopes(cc, type);
  const typeExt = type.extensions as Extensions;
  if (typeExt.pothosPrismaModel !== model) throw new Unsupported(`${type.name} is not the prisma object of ${model}`);
  const items: string[] = [];
  const outs: Out[] = [];
  const fields = collectSubfields(cc.schema, cc.fragments, cc.variables, type, fieldNodes);
  for (const [key, nodes] of fields) {
    const name = nodes[0]!.name.value;
    if (name === '__typename') {
      outs.push({ kind: 'const', key, value: type.name });
      continue;
    }
    const def = type.getFields()[name];
    if (!def) throw new Unsupported(`${type.name}.${name}`);
    if (def.args.length > 0) throw new Unsupported(`${type.name}.${name} takes arguments`);
    const ext = def.extensions as Extensions;
    addScopes(cc, ext.pothosOptions?.authScopes);
    const slot = items.length;
    const named = getNamedType(def.type);

    if (name === 'id' && String(named) === 'ID' && nodeIdIsIdColumn(type)) {
      items.push(columnValue(alias, model, 'id'));
      outs.push({ kind: 'globalId', key, slot, typename: type.name });
    } else if (typeof ext.pothosExposedField === 'string' && ext.pothosPrismaSelect === false && isLeafType(named)) {
      items.push(columnValue(alias, model, ext.pothosExposedField));
      outs.push({ kind: 'leaf', key, slot, type: named, list: isList(def) });
    } else if (isLeafType(named) && computedFromColumns(ext, model)) {
      // A field computed from its row's columns (`select: { a: true, … }` + resolver): the
      // columns come with the row and the field's own resolver runs on them.
      const columns = Object.keys(ext.pothosPrismaSelect as object).map((column, i) => ({
        name: column,
        slot: slot + i,
        value: runtimeValue(model, column),
      }));
      for (const c of columns) items.push(columnValue(alias, model, c.name));
      outs.push({ kind: 'computed', key, columns, resolve: ext.pothosOriginalResolve as Resolver, type: named, list: isList(def) });
    } else if (ext.pothosPrismaRelationField && isObjectType(named)) {
      const relation = (ext.pothosPrismaRelationField as { name: string }).name;
      const query = relationQuery(ext);
      const join = relationJoin(model, relation);
      const sub = cc.params.alias();
      const inner = compileObject(cc, named, join.model, sub, nodes);
      const t = tenantFrom(join.model, sub);
      const row = `json_build_array(${inner.items.join(', ')})`;
      if (join.list) {
        const terms = [...orderTerms(join.model, query), { expr: (a: string) => `${a}."id"`, desc: false, nullsFirst: false }];
        items.push(
          `(SELECT coalesce(json_agg(${row} ORDER BY ${orderSql(terms, sub)}), '[]'::json) FROM ${t.from} WHERE ${t.scope} AND ${join.on(alias, sub)})`,
        );
        outs.push({ kind: 'list', key, slot, outs: inner.outs });
      } else {
        if (query !== undefined) throw new Unsupported(`${type.name}.${name} orders a single row`);
        items.push(`(SELECT ${row} FROM ${t.from} WHERE ${t.scope} AND ${join.on(alias, sub)})`);
        outs.push({ kind: 'object', key, slot, outs: inner.outs });
      }
    } else {
      throw new Unsupported(`${type.name}.${name} is computed`);
    }
    if (items.length > 90) throw new Unsupported('too many fields for one json_build_array');
  }
  return { items, outs };
}

const nodeIdColumn = new WeakMap<GraphQLObjectType, boolean>();

/**
 * Whether a prismaNode's global id encodes its `id` column (`id: { field: 'id' }`): Pothos keeps
 * only the id's resolver, so ask it.
 */
function nodeIdIsIdColumn(type: GraphQLObjectType): boolean {
  let known = nodeIdColumn.get(type);
  if (known === undefined) {
    const resolve = ((type.extensions as Extensions).pothosOptions?.id as { resolve?: (parent: unknown, ctx: unknown) => unknown } | undefined)?.resolve;
    known = typeof resolve === 'function' && resolve({ id: 'probe' }, {}) === 'probe';
    nodeIdColumn.set(type, known);
  }
  return known;
}

/** A resolver that needs only some columns of its row (and not `info`). */
function computedFromColumns(ext: Extensions, model: string): boolean {
  const select = ext.pothosPrismaSelect;
  const resolve = ext.pothosOriginalResolve;
  if (typeof resolve !== 'function' || resolve.length > 3) return false;
  if (!select || typeof select !== 'object' || Object.keys(select).length === 0) return false;
  return Object.entries(select).every(([column, v]) => {
    if (v !== true) return false;
    const f = modelField(model, column);
    return f.kind === 'scalar' || f.kind === 'enum';
  });
}

/** Column values as Prisma hands them to resolvers: Decimal, BigInt and Date objects. */
function runtimeValue(model: string, column: string): (v: unknown) => unknown {
  const f = modelField(model, column);
  const one =
    f.type === 'Decimal'
      ? (v: unknown) => new Prisma.Decimal(v as string)
      : f.type === 'BigInt'
        ? (v: unknown) => BigInt(v as string)
        : f.type === 'DateTime'
          ? (v: unknown) => new Date(v as string)
          : (v: unknown) => v;
  return (v) => (v === null || v === undefined ? null : f.isList ? (v as unknown[]).map((x) => (x === null ? null : one(x))) : one(v));
}

const isList = (def: GraphQLField<unknown, unknown>) => {
  const t = isNonNullType(def.type) ? def.type.ofType : def.type;
  return isListType(t);
};

/**
 * A relation's fixed `query` (only `{ orderBy }` is compiled); returns the orderBy. Pothos keeps
 * the query in the relation's select callback, so ask it.
 */
function relationQuery(ext: Extensions): unknown {
  if (ext.pothosPrismaFallback) throw new Unsupported('relation with its own resolver');
  let query: unknown;
  const select = ext.pothosPrismaSelect as (args: unknown, ctx: unknown, nested: (q: unknown) => unknown) => unknown;
  select({}, {}, (q) => {
    query = q;
    return {};
  });
  if (typeof query !== 'object' || query === null) throw new Unsupported('relation query is a function');
  if (Object.keys(query).some((k) => k !== 'orderBy')) throw new Unsupported('relation query filters');
  return (query as { orderBy?: unknown }).orderBy;
}

/**
 * The value of one object row (a JSON array) as the GraphQL result object. Resolvers of computed
 * fields that return promises add them to `pending` (the caller awaits them).
 */
export function buildObject(row: unknown[], outs: Out[], ctx: unknown, pending: Promise<unknown>[]): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const o of outs) {
    switch (o.kind) {
      case 'const':
        obj[o.key] = o.value;
        break;
      case 'leaf':
        obj[o.key] = serialize(o.type, o.list, row[o.slot]);
        break;
      case 'computed': {
        const parent: Record<string, unknown> = {};
        for (const c of o.columns) parent[c.name] = c.value(row[c.slot]);
        const v = o.resolve(parent, {}, ctx);
        if (v !== null && typeof v === 'object' && typeof (v as Promise<unknown>).then === 'function') {
          obj[o.key] = null;
          pending.push((v as Promise<unknown>).then((x) => (obj[o.key] = serialize(o.type, o.list, x))));
        } else {
          obj[o.key] = serialize(o.type, o.list, v);
        }
        break;
      }
      case 'globalId':
        obj[o.key] = encodeGlobalID(o.typename, String(row[o.slot]));
        break;
      case 'object': {
        const v = row[o.slot] as unknown[] | null;
        obj[o.key] = v === null ? null : buildObject(v, o.outs, ctx, pending);
        break;
      }
      case 'list':
        obj[o.key] = (row[o.slot] as unknown[][]).map((r) => buildObject(r, o.outs, ctx, pending));
        break;
    }
  }
  return obj;
}

function serialize(type: GraphQLLeafType, list: boolean, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  return list ? (v as unknown[]).map((x) => (x === null || x === undefined ? null : type.serialize(x))) : type.serialize(v);
}
