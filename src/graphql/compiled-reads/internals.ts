// Every place compiled reads depend on how graphql-js, Pothos and its Prisma plugin work inside,
// rather than on their documented APIs: collecting a selection the way execution does, mapping
// arguments the way Pothos does, and reading what a Pothos field is (an exposed column, a
// relation, a related connection, a field computed from its row) from the extensions Pothos
// leaves on the built schema. Nothing else in src/graphql/compiled-reads reads those.
//
// An upgrade that changes any of them would make the compiler misread the schema. `selfCheck`
// (run when the app is created, and by tests/unit/compiled-reads-internals.test.ts) probes each
// one against the real schema and names what no longer holds; the app then serves every query
// field by field and logs the problem, rather than answer differently.
import type { FieldNode, FragmentDefinitionNode, GraphQLField, GraphQLObjectType, GraphQLSchema, SelectionSetNode, VariableDefinitionNode } from 'graphql';
import { getNamedType, isObjectType } from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields.js';
import { getVariableValues } from 'graphql/execution/values.js';
import { getConnectionPageSize, getMappedArgumentValues, validateConnectionArguments } from '@pothos/core';
import { formatPrismaCursor } from '@pothos/plugin-prisma';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.js';

type Extensions = Record<string, unknown> & { pothosOptions?: Record<string, unknown> };
export type Fields = Map<string, readonly FieldNode[]>;
/** A resolver that needs neither `info` nor arguments. */
export type Resolver = (parent: Record<string, unknown>, args: Record<string, never>, ctx: unknown) => unknown;
/** A Prisma `select` as Pothos fields declare it: `{ column: true, relation: { select: {…} } }`. */
export type Selection = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// graphql-js: the selection as execution sees it (fragments, @skip/@include, type conditions)

export function rootFields(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  type: GraphQLObjectType,
  set: SelectionSetNode,
): Fields {
  return collectFields(schema, fragments, variables, type, set);
}

export function subfields(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
): Fields {
  return collectSubfields(schema, fragments, variables, type, nodes);
}

/** The operation's variables coerced as execution coerces them; null when execution would refuse them. */
export function coerceVariables(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  inputs: Record<string, unknown>,
): Record<string, unknown> | null {
  const coerced = getVariableValues(schema, definitions, inputs);
  return coerced.errors ? null : coerced.coerced;
}

// ---------------------------------------------------------------------------------------------
// Pothos: arguments, connections, global ids

export interface ArgumentSite {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  parentType: GraphQLObjectType;
  rootValue: unknown;
  operation: unknown;
  key: string;
}

/**
 * A field's arguments as its resolver receives them (global ids decoded, input mapped, validated);
 * throws what the resolver path would report. Pothos asks for a full GraphQLResolveInfo; this is
 * every part of it the argument mapping reads.
 */
export async function fieldArguments(
  def: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  ctx: unknown,
  site: ArgumentSite,
): Promise<Record<string, unknown>> {
  let args: unknown;
  try {
    args = await getMappedArgumentValues(
      def,
      nodes[0]!,
      ctx as object,
      {
        fieldName: def.name,
        fieldNodes: nodes,
        parentType: site.parentType,
        returnType: def.type,
        path: { prev: undefined, key: site.key, typename: site.parentType.name },
        schema: site.schema,
        fragments: site.fragments,
        rootValue: site.rootValue,
        operation: site.operation,
        variableValues: site.variables,
      } as never,
    );
  } catch (err) {
    // Normal execution reports it, naming the argument.
    throw new ArgumentsRefused(`${def.name}: ${(err as Error)?.message}`);
  }
  if (!args || typeof args !== 'object') throw new ArgumentsRefused(`${def.name}: no arguments`);
  return args as Record<string, unknown>;
}

/** A field's arguments that the resolver path refuses (and reports). */
export class ArgumentsRefused extends Error {
  override name = 'ArgumentsRefused';
}

/** Rows to read for a forward page (one more than the page, to tell whether another follows). */
export function pageTake(args: { first?: number | null; last?: number | null }, defaultSize: number, maxSize: number): number {
  validateConnectionArguments(args);
  return getConnectionPageSize({ args, defaultSize, maxSize }).limit;
}

/** A connection cursor over the `id` column, as Pothos' prisma connections write it. */
export const idCursor = (id: unknown): string => formatPrismaCursor({ id }, 'id');
export { decodeGlobalID, encodeGlobalID };

/** Names of errors Pothos throws for arguments the resolver path reports to the client. */
export const ARGUMENT_ERRORS = new Set(['PothosValidationError', 'ZodError', 'ArgumentsRefused']);

// ---------------------------------------------------------------------------------------------
// Pothos prisma: what a type and a field are

const ext = (x: { extensions?: unknown }) => (x.extensions ?? {}) as Extensions;

/** The Prisma model of a prismaObject/prismaNode type, else undefined. */
export const typeModel = (type: GraphQLObjectType): string | undefined => {
  const model = ext(type).pothosPrismaModel;
  return typeof model === 'string' ? model : undefined;
};

/** The type's own `select` (select mode): the columns every field resolver may rely on; undefined in include mode (all columns). */
export function typeSelect(type: GraphQLObjectType): Selection | undefined {
  const e = ext(type);
  if (e.pothosPrismaInclude !== undefined) throw new InternalsChanged(`${type.name} includes relations for every field`);
  const select = e.pothosPrismaSelect;
  if (select === undefined) return undefined;
  if (!select || typeof select !== 'object') throw new InternalsChanged(`${type.name}'s select is not an object`);
  return select as Selection;
}

/** The scope map (Pothos scope-auth `authScopes`) of a type or field; undefined when none. */
export const authScopesOf = (x: GraphQLObjectType | GraphQLField<unknown, unknown>): unknown => ext(x).pothosOptions?.authScopes;

/** Custom description a field gives the compiler (`extensions: { compiledRead: … }`), see index.ts. */
export const compiledReadOf = (def: GraphQLField<unknown, unknown>): unknown => ext(def).compiledRead;

export type FieldShape =
  | { kind: 'column'; column: string }
  | { kind: 'relation'; relation: string; orderBy: unknown }
  | { kind: 'connection'; relation: string; query: (args: Record<string, unknown>, ctx: unknown) => ConnectionQuery }
  | { kind: 'computed'; select: Selection | undefined; resolve: Resolver }
  | { kind: 'other'; why: string };

/** A related connection's Prisma query for given arguments: the field's own query merged with the page. */
export interface ConnectionQuery {
  where?: unknown;
  orderBy?: unknown;
  take: number;
  skip: number;
  cursor?: { id: string };
}

const probe = new WeakMap<GraphQLField<unknown, unknown>, FieldShape>();

/** What a field of a prisma type is, read from what Pothos left on it. */
export function fieldShape(def: GraphQLField<unknown, unknown>): FieldShape {
  let shape = probe.get(def);
  if (!shape) {
    shape = readShape(def);
    probe.set(def, shape);
  }
  return shape;
}

function readShape(def: GraphQLField<unknown, unknown>): FieldShape {
  const e = ext(def);
  if (typeof e.pothosExposedField === 'string') {
    // Exposed columns select nothing in include mode, and only themselves in select mode.
    const column = e.pothosExposedField;
    const select = e.pothosPrismaSelect as Selection | false | undefined;
    if (select === false || (select && Object.keys(select).length === 1 && select[column] === true)) return { kind: 'column', column };
  }
  const relationField = e.pothosPrismaRelationField as { name?: string } | undefined;
  if (relationField?.name) {
    if (e.pothosPrismaFallback) return { kind: 'other', why: 'relation with its own resolver' };
    const select = e.pothosPrismaSelect as ((...a: unknown[]) => unknown) | undefined;
    if (typeof select !== 'function') throw new InternalsChanged(`${def.name}: a relation without a select function`);
    const isConnection = isObjectType(getNamedType(def.type)) && 'edges' in (getNamedType(def.type) as GraphQLObjectType).getFields();
    if (isConnection) {
      // The select callback of `t.relatedConnection` hands the merged page query to `nestedQuery`.
      return {
        kind: 'connection',
        relation: relationField.name,
        query: (args, ctx) => {
          let query: unknown;
          const out = select(
            args,
            ctx,
            (q: unknown) => {
              query = q;
              return {};
            },
            () => new Set<string>(),
          );
          if (out && typeof (out as Promise<unknown>).then === 'function') throw new InternalsChanged(`${def.name}: an async connection query`);
          if (!query || typeof query !== 'object' || typeof (query as ConnectionQuery).take !== 'number') {
            throw new InternalsChanged(`${def.name}: the connection's query was not handed over`);
          }
          return query as ConnectionQuery;
        },
      };
    }
    // `t.relation` keeps its fixed `query` in the select callback, handed to `nestedQuery`.
    let query: unknown;
    select({}, {}, (q: unknown) => {
      query = q;
      return {};
    });
    if (typeof query !== 'object' || query === null) return { kind: 'other', why: 'relation query is a function' };
    if (Object.keys(query).some((k) => k !== 'orderBy')) return { kind: 'other', why: 'relation query filters' };
    return { kind: 'relation', relation: relationField.name, orderBy: (query as { orderBy?: unknown }).orderBy };
  }
  const resolve = e.pothosOriginalResolve;
  if (typeof resolve !== 'function') return { kind: 'other', why: 'no resolver' };
  if (resolve.length > 3) return { kind: 'other', why: 'resolver reads info' };
  if (def.args.length > 0) return { kind: 'other', why: 'takes arguments' };
  const select = e.pothosPrismaSelect;
  if (select !== undefined && (select === null || typeof select !== 'object')) return { kind: 'other', why: 'select is a function' };
  return { kind: 'computed', select: select as Selection | undefined, resolve: resolve as Resolver };
}

/** A plain (non-prisma) object type's field: a property read, or a resolver on the parent value. */
export function plainFieldResolver(def: GraphQLField<unknown, unknown>): Resolver | null {
  const e = ext(def);
  if (def.args.length > 0) return null;
  if (typeof e.pothosExposedField === 'string') {
    const key = e.pothosExposedField;
    return (parent) => parent[key];
  }
  const resolve = e.pothosOriginalResolve;
  if (typeof resolve !== 'function' || resolve.length > 3) return null;
  return resolve as Resolver;
}

const nodeIdColumn = new WeakMap<GraphQLObjectType, boolean>();

/**
 * Whether a prismaNode's global id encodes its `id` column (`id: { field: 'id' }`): Pothos keeps
 * only the id's resolver, so ask it.
 */
export function nodeIdIsIdColumn(type: GraphQLObjectType): boolean {
  let known = nodeIdColumn.get(type);
  if (known === undefined) {
    const resolve = (ext(type).pothosOptions?.id as { resolve?: (parent: unknown, ctx: unknown) => unknown } | undefined)?.resolve;
    known = typeof resolve === 'function' && resolve({ id: 'probe' }, {}) === 'probe';
    nodeIdColumn.set(type, known);
  }
  return known;
}

/**
 * The `where` a prismaNode loads one row by (its `findUnique` option, which may narrow what the
 * user sees), or `{ id }` without one.
 */
export function nodeWhere(type: GraphQLObjectType, id: string, ctx: object): unknown {
  // prismaNode hands its `findUnique` option to the type's model loader (one per request context),
  // wrapped as (parent, ctx): the parent's id goes to the option; without one, `{ id }`.
  const loaderFor = ext(type).pothosPrismaLoader;
  if (typeof loaderFor !== 'function') throw new InternalsChanged(`${type.name} has no model loader`);
  const findUnique = (loaderFor(ctx) as { findUnique?: unknown } | undefined)?.findUnique;
  if (typeof findUnique !== 'function') throw new InternalsChanged(`${type.name}'s model loader has no findUnique`);
  const where = (findUnique as (parent: unknown, ctx: unknown) => unknown)({ id }, ctx);
  if (!where || typeof where !== 'object' || typeof (where as Promise<unknown>).then === 'function') {
    throw new InternalsChanged(`${type.name}'s findUnique did not give a where`);
  }
  return where;
}

// ---------------------------------------------------------------------------------------------
// Pothos scope-auth: the builder's scope initializer

type Scopes = Record<string, boolean | ((param: unknown) => unknown)>;

export function scopeInitializer(): (ctx: unknown) => Scopes {
  // Pothos types the initializer's scopes by their parameters; here they are looked up by a name read at run time.
  const options = builder.options as unknown as { scopeAuth?: { authScopes?: (ctx: unknown) => Scopes } };
  const init = options.scopeAuth?.authScopes;
  if (typeof init !== 'function') throw new InternalsChanged('the builder has no scopeAuth.authScopes initializer');
  return init;
}

// ---------------------------------------------------------------------------------------------
// Self-check

/** Thrown when a library no longer works the way this file reads it. */
export class InternalsChanged extends Error {
  override name = 'InternalsChanged';
}

/**
 * Probes every internal above against `schema` (probe types and fields the schema has: see the
 * list below) and returns what no longer holds, empty when all do.
 */
export function selfCheck(schema: GraphQLSchema, probes: SelfCheckProbes = DEFAULT_PROBES): string[] {
  const problems: string[] = [];
  const check = (what: string, fn: () => boolean) => {
    try {
      if (!fn()) problems.push(what);
    } catch (err) {
      problems.push(`${what}: ${(err as Error).message}`);
    }
  };
  const type = (name: string) => {
    const t = schema.getType(name);
    if (!isObjectType(t)) throw new Error(`no object type ${name}`);
    return t;
  };
  const field = ([t, f]: readonly [string, string]) => {
    const d = type(t).getFields()[f];
    if (!d) throw new Error(`no field ${t}.${f}`);
    return d as GraphQLField<unknown, unknown>;
  };
  check(`${probes.model[0]} is the prisma object of ${probes.model[1]}`, () => typeModel(type(probes.model[0])) === probes.model[1]);
  // Read afresh (not through fieldShape's memo), so a check sees the schema as it is now.
  check(`${probes.column.join('.')} reads as an exposed column`, () => readShape(field(probes.column)).kind === 'column');
  check(`${probes.relation.join('.')} reads as a relation`, () => readShape(field(probes.relation)).kind === 'relation');
  check(`${probes.connection.join('.')} reads as a related connection with its page query`, () => {
    const s = readShape(field(probes.connection));
    return s.kind === 'connection' && s.query({ first: 3 }, {}).take === 4;
  });
  check(`${probes.computed.join('.')} reads as computed from selected columns`, () => {
    const s = readShape(field(probes.computed));
    return s.kind === 'computed' && !!s.select;
  });
  check(`${probes.plain.join('.')} reads as a property of a plain object`, () => {
    const resolve = plainFieldResolver(field(probes.plain));
    return !!resolve && resolve({ [probes.plain[1]]: 'probe' }, {}, {}) === 'probe';
  });
  check(`${probes.model[0]}'s node lookup is its id`, () => {
    const id = '00000000-0000-4000-8000-000000000000';
    return JSON.stringify(nodeWhere(type(probes.model[0]), id, {})) === JSON.stringify({ id });
  });
  check(`${probes.narrowedNode[0]}'s node lookup is its own findUnique (narrowed for a user who sees nothing)`, () => {
    const id = '00000000-0000-4000-8000-000000000000';
    return JSON.stringify(nodeWhere(type(probes.narrowedNode[0]), id, probes.narrowedNode[1])) !== JSON.stringify({ id });
  });
  check(`${probes.model[0]}'s node id is its id column`, () => nodeIdIsIdColumn(type(probes.model[0])));
  check(`${probes.column.join('.')} has its scope map`, () => authScopesOf(type(probes.column[0])) !== undefined);
  check('the scope initializer is readable', () => typeof scopeInitializer() === 'function');
  check('connection cursors are written as before', () => idCursor('x') === Buffer.from('GPC:S:x').toString('base64'));
  check('global ids round-trip', () => decodeGlobalID(encodeGlobalID('T', 'x')).id === 'x');
  return problems;
}

export interface SelfCheckProbes {
  model: readonly [string, string];
  column: readonly [string, string];
  relation: readonly [string, string];
  connection: readonly [string, string];
  computed: readonly [string, string];
  plain: readonly [string, string];
  /** A node type whose findUnique narrows by the user, and a context of a user who may see none of its rows. */
  narrowedNode: readonly [string, object];
}

const DEFAULT_PROBES: SelfCheckProbes = {
  model: ['Project', 'Project'],
  column: ['Customer', 'name'],
  relation: ['Project', 'customer'],
  connection: ['Customer', 'contacts'],
  computed: ['Project', 'phase'],
  plain: ['Address', 'city'],
  narrowedNode: ['Customer', { permissions: new Set() }],
};
