// Compiles a GraphQL selection over Pothos prisma types into SQL expressions that build the whole
// result as JSON in PostgreSQL (the way PostGraphile does), plus a plan that turns that JSON into
// the GraphQL result with the schema's own serializers and resolvers. What it reads of the schema
// (through ./internals.ts): exposed columns, relations (ordered by their `query.orderBy`), related
// connections (their page query), node ids, `__typename`, fields computed from their row's columns
// or from to-one relations' columns (`select` + resolver, or the whole row), plain objects such
// fields return, and lookups a field declares (`extensions.compiledRead`). Anything else makes it
// give up (`Unsupported`), and the caller executes the query normally, so the result is the same
// either way (tests/graphql/sql-reads.test.ts and compiled-lists.test.ts compare the two).
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
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { Prisma } from '../../generated/prisma/client.js';
import {
  authScopesOf,
  compiledReadOf,
  encodeGlobalID,
  fieldArguments,
  fieldShape,
  idCursor,
  nodeIdIsIdColumn,
  plainFieldResolver,
  type Resolver,
  type Selection,
  subfields,
  typeModel,
  typeSelect,
} from './internals.js';
import {
  afterIdSql,
  columnValue,
  type Join,
  jsonRows,
  lookupJoin,
  modelField,
  orderSql,
  orderTerms,
  pageRows,
  type Params,
  relationJoin,
  scalarColumns,
  tenantFrom,
  Unsupported,
  whereSql,
} from './sql.js';

/** Scope maps (Pothos scope-auth) the result depends on; all must pass or the query runs normally. */
export type ScopeMap = Record<string, unknown>;

export interface CompileContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  params: Params;
  scopes: ScopeMap[];
  /** The request's context: nested connections' arguments are mapped (and validated) with it. */
  ctx: unknown;
  rootValue: unknown;
  operation: unknown;
}

/** How a computed field's parent value is rebuilt from the JSON row. */
type ParentPart = { name: string; slot: number; value: (v: unknown) => unknown } | { name: string; slot: number; parts: ParentPart[] };

/** How one response key is produced from the JSON row (an array; `slot` indexes it). */
export type Out =
  | { kind: 'const'; key: string; value: unknown }
  | { kind: 'leaf'; key: string; slot: number; type: GraphQLLeafType; list: boolean }
  | { kind: 'globalId'; key: string; slot: number; typename: string }
  | {
      kind: 'computed';
      key: string;
      columns: ParentPart[];
      resolve: Resolver;
      type: GraphQLLeafType;
      list: boolean;
      nonNull?: boolean;
    }
  | { kind: 'plain'; key: string; columns: ParentPart[]; resolve: Resolver; outs: PlainOut[]; list: boolean; nonNull: boolean }
  | { kind: 'object'; key: string; slot: number; outs: Out[] }
  | { kind: 'list'; key: string; slot: number; outs: Out[] }
  | { kind: 'connection'; key: string; slot: number; connection: ConnectionPlan };

/** A field of a plain (non-prisma) object a computed field returned. */
export type PlainOut =
  | { kind: 'const'; key: string; value: unknown }
  | { kind: 'leaf'; key: string; resolve: Resolver; type: GraphQLLeafType; list: boolean; nonNull: boolean }
  | { kind: 'plain'; key: string; resolve: Resolver; outs: PlainOut[]; list: boolean; nonNull: boolean };

/** Thrown while building a result the compiled path cannot give exactly (a resolver's null for a non-null field): the query runs normally. */
export class BuildFallback extends Error {}

function addScopes(cc: CompileContext, scopes: unknown): void {
  if (scopes === undefined) return;
  if (!scopes || typeof scopes !== 'object') throw new Unsupported('scopes given as a function');
  cc.scopes.push(scopes as ScopeMap);
}

/** A type's own scope map (type-level `authScopes`). */
export function typeScopes(cc: CompileContext, type: GraphQLObjectType): void {
  addScopes(cc, authScopesOf(type));
}

const isList = (t: GraphQLOutputType) => isListType(isNonNullType(t) ? t.ofType : t);

/**
 * The selection of `fieldNodes` on an object of `type` (a prisma object of `model`, rows aliased
 * `alias`): SQL expressions for a `json_build_array` and how to read them back.
 */
export async function compileObject(
  cc: CompileContext,
  type: GraphQLObjectType,
  model: string,
  alias: string,
  fieldNodes: readonly FieldNode[],
): Promise<{ items: string[]; outs: Out[] }> {
  typeScopes(cc, type);
  if (typeModel(type) !== model) throw new Unsupported(`${type.name} is not the prisma object of ${model}`);
  const items: string[] = [];
  const outs: Out[] = [];
  for (const [key, nodes] of subfields(cc.schema, cc.fragments, cc.variables, type, fieldNodes)) {
    const name = nodes[0]!.name.value;
    if (name === '__typename') {
      outs.push({ kind: 'const', key, value: type.name });
      continue;
    }
    const def = type.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
    if (!def) throw new Unsupported(`${type.name}.${name}`);
    addScopes(cc, authScopesOf(def));
    const slot = items.length;
    const named = getNamedType(def.type);
    const shape = fieldShape(def);
    const declared = compiledReadOf(def) as { lookup?: { model: string; on: Record<string, string> } } | undefined;

    if (name === 'id' && String(named) === 'ID' && nodeIdIsIdColumn(type)) {
      items.push(columnValue(alias, model, 'id'));
      outs.push({ kind: 'globalId', key, slot, typename: type.name });
    } else if (declared?.lookup && isObjectType(named)) {
      const join = lookupJoin(model, declared.lookup.model, declared.lookup.on);
      const one = await singleRow(cc, named, join, alias, nodes);
      items.push(one.sql);
      outs.push({ kind: 'object', key, slot, outs: one.outs });
    } else if (shape.kind === 'column' && isLeafType(named)) {
      items.push(columnValue(alias, model, shape.column));
      outs.push({ kind: 'leaf', key, slot, type: named, list: isList(def.type) });
    } else if (shape.kind === 'relation' && isObjectType(named)) {
      const join = relationJoin(model, shape.relation);
      if (join.list) {
        const sub = cc.params.alias();
        const inner = await compileObject(cc, named, join.model, sub, nodes);
        const t = tenantFrom(join.model, sub);
        const terms = [...orderTerms(join.model, shape.orderBy), { expr: (a: string) => `${a}."id"`, desc: false, nullsFirst: false }];
        items.push(
          jsonRows(
            `SELECT json_build_array(${inner.items.join(', ')}) AS j FROM ${t.from} WHERE ${t.scope} AND ${join.on(alias, sub)} ORDER BY ${orderSql(terms, sub)}`,
          ),
        );
        outs.push({ kind: 'list', key, slot, outs: inner.outs });
      } else {
        if (shape.orderBy !== undefined) throw new Unsupported(`${type.name}.${name} orders a single row`);
        const one = await singleRow(cc, named, join, alias, nodes);
        items.push(one.sql);
        outs.push({ kind: 'object', key, slot, outs: one.outs });
      }
    } else if (shape.kind === 'connection' && isObjectType(named)) {
      const args = await fieldArguments(def, nodes, cc.ctx, {
        schema: cc.schema,
        fragments: cc.fragments,
        variables: cc.variables,
        parentType: type,
        rootValue: cc.rootValue,
        operation: cc.operation,
        key,
      });
      if (!args) throw new Unsupported(`${type.name}.${name}: arguments`);
      const query = shape.query(args, cc.ctx);
      const plan = await compileNestedConnection(cc, named, model, alias, shape.relation, query, args, nodes);
      items.push(plan.sql);
      outs.push({ kind: 'connection', key, slot, connection: plan.connection });
    } else if (shape.kind === 'computed' && (isLeafType(named) || (isObjectType(named) && typeModel(named) === undefined))) {
      const parent = await parentColumns(cc, type, model, alias, shape.select, items);
      const nonNull = isNonNullType(def.type);
      if (isLeafType(named)) {
        outs.push({ kind: 'computed', key, columns: parent, resolve: shape.resolve, type: named, list: isList(def.type), nonNull });
      } else {
        outs.push({
          kind: 'plain',
          key,
          columns: parent,
          resolve: shape.resolve,
          outs: plainOuts(cc, named as GraphQLObjectType, nodes),
          list: isList(def.type),
          nonNull,
        });
      }
    } else {
      throw new Unsupported(`${type.name}.${name} is ${shape.kind === 'other' ? shape.why : `not compiled (${shape.kind})`}`);
    }
    if (items.length > 90) throw new Unsupported('too many fields for one json_build_array');
  }
  return { items, outs };
}

async function singleRow(
  cc: CompileContext,
  type: GraphQLObjectType,
  join: Join,
  alias: string,
  nodes: readonly FieldNode[],
): Promise<{ sql: string; outs: Out[] }> {
  const sub = cc.params.alias();
  const inner = await compileObject(cc, type, join.model, sub, nodes);
  const t = tenantFrom(join.model, sub);
  const sql = `(SELECT json_build_array(${inner.items.join(', ')}) FROM ${t.from} WHERE ${t.scope} AND ${join.on(alias, sub)})`;
  return { sql, outs: inner.outs };
}

/**
 * The parent value a computed field's resolver receives, as columns added to `items`: its
 * `select` (columns, and to-one relations' columns), with the type's own select in select mode;
 * without a `select` in include mode, every column of the row (what Prisma loads).
 */
async function parentColumns(
  cc: CompileContext,
  type: GraphQLObjectType,
  model: string,
  alias: string,
  select: Selection | undefined,
  items: string[],
): Promise<ParentPart[]> {
  const base = typeSelect(type);
  let wanted: Selection;
  if (select) wanted = base ? { ...base, ...select } : select;
  else if (base) wanted = base;
  else {
    wanted = {};
    for (const f of scalarColumns(model)) {
      if (f.type === 'Bytes') throw new Unsupported(`${type.name}: a resolver reading the whole row, which has binary columns`);
      wanted[f.name] = true;
    }
  }
  return selectionParts(cc, model, alias, wanted, items);
}

function selectionParts(cc: CompileContext, model: string, alias: string, select: Selection, items: string[]): ParentPart[] {
  const parts: ParentPart[] = [];
  for (const [name, v] of Object.entries(select)) {
    if (v === false || v === undefined) continue;
    const f = modelField(model, name);
    if (f.kind === 'object') {
      const nested = v === true ? null : (v as { select?: Selection }).select;
      if (!nested || typeof nested !== 'object' || Object.keys(v as object).some((k) => k !== 'select')) {
        throw new Unsupported(`${model}.${name}: a relation selected other than by { select }`);
      }
      const join = relationJoin(model, name);
      if (join.list) throw new Unsupported(`${model}.${name}: a list relation in a select`);
      const sub = cc.params.alias();
      const innerItems: string[] = [];
      const inner = selectionParts(cc, join.model, sub, nested, innerItems);
      const t = tenantFrom(join.model, sub);
      parts.push({ name, slot: items.length, parts: inner });
      items.push(`(SELECT json_build_array(${innerItems.join(', ')}) FROM ${t.from} WHERE ${t.scope} AND ${join.on(alias, sub)})`);
    } else {
      if (v !== true) throw new Unsupported(`${model}.${name}: selected as ${JSON.stringify(v)}`);
      // A column the row already carries (another field's) is read from its slot.
      const expr = columnValue(alias, model, name);
      const seen = items.indexOf(expr);
      parts.push({ name, slot: seen >= 0 ? seen : items.length, value: runtimeValue(model, name) });
      if (seen < 0) items.push(expr);
    }
  }
  return parts;
}

function plainOuts(cc: CompileContext, type: GraphQLObjectType, nodes: readonly FieldNode[]): PlainOut[] {
  typeScopes(cc, type);
  const outs: PlainOut[] = [];
  for (const [key, fns] of subfields(cc.schema, cc.fragments, cc.variables, type, nodes)) {
    const name = fns[0]!.name.value;
    if (name === '__typename') {
      outs.push({ kind: 'const', key, value: type.name });
      continue;
    }
    const def = type.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
    if (!def) throw new Unsupported(`${type.name}.${name}`);
    addScopes(cc, authScopesOf(def));
    const resolve = plainFieldResolver(def);
    if (!resolve) throw new Unsupported(`${type.name}.${name} reads info or takes arguments`);
    const named = getNamedType(def.type);
    const nonNull = isNonNullType(def.type);
    if (isLeafType(named)) outs.push({ kind: 'leaf', key, resolve, type: named, list: isList(def.type), nonNull });
    else if (isObjectType(named) && typeModel(named) === undefined) {
      outs.push({ kind: 'plain', key, resolve, outs: plainOuts(cc, named, fns), list: isList(def.type), nonNull });
    } else throw new Unsupported(`${type.name}.${name}: a prisma object under a plain object`);
  }
  return outs;
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

// ---------------------------------------------------------------------------------------------
// Connections (root lists and related connections): edges { cursor node }, pageInfo, totalCount

interface ConnectionField {
  key: string;
  name: string;
  sub: { key: string; name: string }[];
}

export interface ConnectionPlan {
  typeName: string;
  edgeTypeName: string;
  pageInfoTypeName: string;
  fields: ConnectionField[];
  node: { items: string[]; outs: Out[] };
  take: number;
  hasPrevious: boolean;
  /** The edge cursor of a row (`[id, updatedAt, …node items]`). */
  cursor: (row: unknown[]) => string;
}

/**
 * The connection's own fields (read once: `build` runs on every request) and its node's selection
 * compiled over `model` rows aliased `alias`.
 */
export async function connectionSelection(
  cc: CompileContext,
  connType: GraphQLObjectType,
  nodes: readonly FieldNode[],
  model: string,
  alias: string,
  opts: { totalCount: boolean; take: number; hasPrevious: boolean; cursor: ConnectionPlan['cursor'] },
): Promise<{ plan: ConnectionPlan; wantsCount: boolean }> {
  const edgeType = getNamedType(connType.getFields().edges!.type) as GraphQLObjectType;
  const pageInfoType = getNamedType(connType.getFields().pageInfo!.type) as GraphQLObjectType;
  const keysOf = (type: GraphQLObjectType, fns: readonly FieldNode[]) =>
    [...subfields(cc.schema, cc.fragments, cc.variables, type, fns)].map(([k, f]) => ({ key: k, name: f[0]!.name.value, nodes: f }));
  typeScopes(cc, connType);
  let node: { items: string[]; outs: Out[] } | null = null;
  let wantsCount = false;
  const fields: ConnectionField[] = [];
  for (const f of keysOf(connType, nodes)) {
    if (f.name === 'totalCount') {
      if (!opts.totalCount) throw new Unsupported('totalCount');
      wantsCount = true;
      fields.push({ key: f.key, name: f.name, sub: [] });
    } else if (f.name === 'edges') {
      typeScopes(cc, edgeType);
      const sub = keysOf(edgeType, f.nodes);
      for (const e of sub) {
        if (e.name === 'node') {
          if (node) throw new Unsupported('node selected under two keys');
          node = await compileObject(cc, getNamedType(edgeType.getFields().node!.type) as GraphQLObjectType, model, alias, e.nodes);
        } else if (e.name !== 'cursor' && e.name !== '__typename') throw new Unsupported(`edge field ${e.name}`);
      }
      fields.push({ key: f.key, name: f.name, sub });
    } else if (f.name === 'pageInfo') {
      typeScopes(cc, pageInfoType);
      const sub = keysOf(pageInfoType, f.nodes);
      for (const e of sub) {
        if (!['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor', '__typename'].includes(e.name)) throw new Unsupported(`pageInfo ${e.name}`);
      }
      fields.push({ key: f.key, name: f.name, sub });
    } else if (f.name === '__typename') {
      fields.push({ key: f.key, name: f.name, sub: [] });
    } else {
      throw new Unsupported(`connection field ${f.name}`);
    }
  }
  return {
    wantsCount,
    plan: {
      typeName: connType.name,
      edgeTypeName: edgeType.name,
      pageInfoTypeName: pageInfoType.name,
      fields,
      node: node ?? { items: [], outs: [] },
      take: opts.take,
      hasPrevious: opts.hasPrevious,
      cursor: opts.cursor,
    },
  };
}

/** The connection's result from its rows (`[id, updatedAt, …node items]`, one more than the page when another follows) and count. */
export function buildConnection(plan: ConnectionPlan, rows: unknown[][], total: unknown, ctx: unknown, pending: Promise<unknown>[]): Record<string, unknown> {
  const full = rows.length === plan.take;
  const pageRows = full ? rows.slice(0, -1) : rows;
  const edges = pageRows.map((r) => ({ cursor: plan.cursor(r), node: r.slice(2) }));
  const pageInfo = {
    hasNextPage: full,
    hasPreviousPage: plan.hasPrevious,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  const out: Record<string, unknown> = {};
  for (const f of plan.fields) {
    if (f.name === '__typename') out[f.key] = plan.typeName;
    else if (f.name === 'totalCount') out[f.key] = Number(total);
    else if (f.name === 'pageInfo') {
      const pi: Record<string, unknown> = {};
      for (const e of f.sub) pi[e.key] = e.name === '__typename' ? plan.pageInfoTypeName : pageInfo[e.name as keyof typeof pageInfo];
      out[f.key] = pi;
    } else if (f.name === 'edges') {
      out[f.key] = edges.map((edge) => {
        const eo: Record<string, unknown> = {};
        for (const e of f.sub) {
          eo[e.key] = e.name === '__typename' ? plan.edgeTypeName : e.name === 'cursor' ? edge.cursor : buildObject(edge.node, plan.node.outs, ctx, pending);
        }
        return eo;
      });
    }
  }
  return out;
}

/** A related connection (`t.relatedConnection`) under rows of `model` aliased `alias`, forward pages only. */
async function compileNestedConnection(
  cc: CompileContext,
  connType: GraphQLObjectType,
  model: string,
  alias: string,
  relation: string,
  query: { where?: unknown; orderBy?: unknown; take: number; skip: number; cursor?: { id: string } },
  args: Record<string, unknown>,
  nodes: readonly FieldNode[],
): Promise<{ sql: string; connection: ConnectionPlan }> {
  if (query.take < 0 || args.last != null || args.before != null) throw new Unsupported('backward pagination');
  const join = relationJoin(model, relation);
  if (!join.list) throw new Unsupported(`${model}.${relation} is not a list`);
  const p = cc.params;
  const sub = p.alias();
  const t = tenantFrom(join.model, sub);
  const terms = [...orderTerms(join.model, query.orderBy), { expr: (a: string) => `${a}."id"`, desc: false, nullsFirst: false }];
  const where = whereSql(p, join.model, sub, query.where);
  let filter = `${t.scope} AND ${join.on(alias, sub)} AND ${where}`;
  if (query.cursor) filter += ` AND ${afterIdSql(p, join.model, terms, sub, query.cursor.id)}`;
  const { plan, wantsCount } = await connectionSelection(cc, connType, nodes, join.model, sub, {
    totalCount: 'totalCount' in connType.getFields(),
    take: query.take,
    hasPrevious: args.after != null,
    cursor: (r) => idCursor(r[0]),
  });
  const page = pageRows(join.model, sub, filter, terms, query.take, [`${sub}."id"`, 'NULL', ...plan.node.items]);
  // The count (as Pothos counts a related connection: its filter, not its page), only when asked:
  // parameters of an unused filter would be left without a type.
  let count = 'NULL';
  if (wantsCount) {
    const countAlias = p.alias();
    const ct = tenantFrom(join.model, countAlias);
    count = `(SELECT count(*) FROM ${ct.from} WHERE ${ct.scope} AND ${join.on(alias, countAlias)} AND ${whereSql(p, join.model, countAlias, query.where)})`;
  }
  const sql = `json_build_array(${page}, ${count})`;
  return { sql, connection: plan };
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
        const v = o.resolve(parentOf(row, o.columns), {}, ctx);
        if (v !== null && typeof v === 'object' && typeof (v as Promise<unknown>).then === 'function') {
          obj[o.key] = null;
          pending.push((v as Promise<unknown>).then((x) => (obj[o.key] = serialize(o.type, o.list, nonNullCheck(x, o.nonNull)))));
        } else {
          obj[o.key] = serialize(o.type, o.list, nonNullCheck(v, o.nonNull));
        }
        break;
      }
      case 'plain': {
        const v = o.resolve(parentOf(row, o.columns), {}, ctx);
        if (v !== null && typeof v === 'object' && typeof (v as Promise<unknown>).then === 'function') {
          obj[o.key] = null;
          pending.push((v as Promise<unknown>).then((x) => (obj[o.key] = buildPlain(nonNullCheck(x, o.nonNull), o.outs, o.list, ctx))));
        } else {
          obj[o.key] = buildPlain(nonNullCheck(v, o.nonNull), o.outs, o.list, ctx);
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
      case 'connection': {
        const [rows, total] = row[o.slot] as [unknown[][], unknown];
        obj[o.key] = buildConnection(o.connection, rows, total, ctx, pending);
        break;
      }
    }
  }
  return obj;
}

function parentOf(row: unknown[], parts: ParentPart[]): Record<string, unknown> {
  const parent: Record<string, unknown> = {};
  for (const c of parts) {
    if ('parts' in c) {
      const v = row[c.slot] as unknown[] | null;
      parent[c.name] = v === null ? null : parentOf(v, c.parts);
    } else parent[c.name] = c.value(row[c.slot]);
  }
  return parent;
}

function buildPlain(v: unknown, outs: PlainOut[], list: boolean, ctx: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (list) return (v as unknown[]).map((x) => buildPlain(x, outs, false, ctx));
  const parent = v as Record<string, unknown>;
  const obj: Record<string, unknown> = {};
  for (const o of outs) {
    if (o.kind === 'const') {
      obj[o.key] = o.value;
      continue;
    }
    const x = nonNullCheck(o.resolve(parent, {}, ctx), o.nonNull);
    if (x !== null && typeof x === 'object' && typeof (x as Promise<unknown>).then === 'function') throw new BuildFallback('an asynchronous object field');
    obj[o.key] = o.kind === 'leaf' ? serialize(o.type, o.list, x) : buildPlain(x, o.outs, o.list, ctx);
  }
  return obj;
}

function nonNullCheck(v: unknown, nonNull: boolean | undefined): unknown {
  if (nonNull && (v === null || v === undefined)) throw new BuildFallback('null for a non-null field');
  return v;
}

function serialize(type: GraphQLLeafType, list: boolean, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  return list ? (v as unknown[]).map((x) => (x === null || x === undefined ? null : type.serialize(x))) : type.serialize(v);
}
