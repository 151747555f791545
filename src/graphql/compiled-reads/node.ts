// `node(id)` and `nodes(ids)` (Relay's lookups by global id) for the node types registered with
// compiled reads: one statement with one subquery per id, each through the type's own lookup (its
// prismaNode `findUnique`, which may narrow what the user sees) and bound to the company, so an id
// of another company, of a row the user may not see, or of a deleted row answers null as the
// resolver path does.
import { isObjectType, type FieldNode, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { buildObject, compileObject, type CompileContext, type Out, type ScopeMap } from './compile.js';
import { authScopesOf, nodeWhere, typeModel } from './internals.js';
import { tenantFrom, Unsupported, whereSql } from './sql.js';
import type { RootPlan } from './execute.js';

const nodeTypes = new Set<string>();
/** At most this many ids in one `nodes` are compiled (more execute normally). */
const MAX_IDS = 100;

export function registerNodeType(typename: string): void {
  nodeTypes.add(typename);
}

export const isNodeField = (name: string): boolean => (name === 'node' || name === 'nodes') && nodeTypes.size > 0;

type GlobalId = { typename: string; id: string };

export async function compileNodeField(
  cc: CompileContext,
  key: string,
  field: string,
  def: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  nodes: readonly FieldNode[],
): Promise<RootPlan> {
  const scopes = authScopesOf(def);
  if (scopes !== undefined) {
    if (!scopes || typeof scopes !== 'object') throw new Unsupported('node scopes given as a function');
    cc.scopes.push(scopes as ScopeMap);
  }
  const single = field === 'node';
  const ids = (single ? [args.id] : args.ids) as GlobalId[] | undefined;
  if (!Array.isArray(ids) || ids.some((g) => !g || typeof g.typename !== 'string' || typeof g.id !== 'string')) throw new Unsupported('node ids');
  if (ids.length > MAX_IDS) throw new Unsupported(`more than ${MAX_IDS} ids`);

  const compiledTypes = new Map<string, { items: string[]; outs: Out[]; alias: string; model: string }>();
  const parts: string[] = [];
  const outsOf: Out[][] = [];
  for (const g of ids) {
    if (!nodeTypes.has(g.typename)) throw new Unsupported(`node of type ${g.typename}`);
    const type = cc.schema.getType(g.typename);
    if (!isObjectType(type)) throw new Unsupported(`${g.typename} is not an object type`);
    const model = typeModel(type as GraphQLObjectType);
    if (!model) throw new Unsupported(`${g.typename} is not a prisma node`);
    let compiled = compiledTypes.get(g.typename);
    if (!compiled) {
      // The selection of one type is compiled once; each id reads it through its own alias.
      const alias = cc.params.alias();
      compiled = { ...(await compileObject(cc, type as GraphQLObjectType, model, alias, nodes)), alias, model };
      compiledTypes.set(g.typename, compiled);
    }
    const t = tenantFrom(model, compiled.alias);
    const where = whereSql(cc.params, model, compiled.alias, nodeWhere(type as GraphQLObjectType, g.id, cc.ctx as object));
    parts.push(`(SELECT json_build_array(${compiled.items.join(', ')}) FROM ${t.from} WHERE ${t.scope} AND ${where})`);
    outsOf.push(compiled.outs);
  }
  const sql = `SELECT json_build_array(${parts.join(', ')})::text AS "result"`;
  return {
    key,
    field,
    nodes,
    sql,
    params: cc.params.values,
    build(json, ctx, pending) {
      const rows = (json as (unknown[] | null)[]).map((r, i) => (r === null ? null : buildObject(r, outsOf[i]!, ctx, pending)));
      return single ? rows[0] : rows;
    },
  };
}
