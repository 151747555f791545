// A seeded generator of GraphQL queries over the built schema, for differential tests of the
// compiled reads: for a root list field it picks random subsets of the node type's fields down to
// a depth (leaves, enums, object relations, lists, nested connections with a random `first` and
// edges/node/cursor/pageInfo/totalCount), with aliases, named and inline fragments and
// `__typename` now and then. Fields whose required arguments it cannot fill are skipped; optional
// arguments are left out except `first` (random) and booleans (random or omitted). The same seed
// gives the same queries.
import { getNamedType, isAbstractType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

/** A small, fast, seeded PRNG (mulberry32): numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedQuery {
  query: string;
  /** `Type.field` of every field selected on an object type (connection plumbing included). */
  fields: Set<string>;
}

export interface GenerateOptions {
  /** Operation name. */
  name: string;
  /** How deep object relations go below the list's node (the node's own fields are depth 1). */
  depth?: number;
  /** Argument texts for the root field to choose from (e.g. `orderBy: {…}`); `first` is added at random. */
  rootArgs?: readonly string[];
  /** Values of the root field's `first` to choose from (undefined: the argument is left out). */
  rootFirst?: readonly (number | undefined)[];
  /** `Type.field`s picked only now and then (one in ten of the times another field would be). */
  rare?: ReadonlySet<string>;
}

interface State {
  rng: () => number;
  schema: GraphQLSchema;
  fields: Set<string>;
  fragments: string[];
  alias: number;
  fragment: number;
  rare: ReadonlySet<string>;
}

const chance = (s: State, p: number) => s.rng() < p;
const pickOne = <T>(s: State, xs: readonly T[]): T => xs[Math.floor(s.rng() * xs.length)]!;

/** A connection type as Pothos builds them: `edges { cursor node }`, `pageInfo`, maybe `totalCount`. */
function isConnection(type: GraphQLObjectType): boolean {
  const f = type.getFields();
  return 'edges' in f && 'pageInfo' in f;
}

function requiredArgsMissing(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
}

/** Optional arguments filled at random: `first` with a small page size, booleans true/false/omitted. */
function argumentText(s: State, field: GraphQLField<unknown, unknown>): string {
  const parts: string[] = [];
  for (const a of field.args) {
    const named = getNamedType(a.type);
    if (a.name === 'first') {
      const first = pickOne(s, [0, 1, 2, 5, 10, undefined]);
      if (first !== undefined) parts.push(`first: ${first}`);
    } else if (named.name === 'Boolean' && a.name !== 'topLevel' && chance(s, 0.5)) {
      parts.push(`${a.name}: ${chance(s, 0.5)}`);
    }
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

function shuffle<T>(s: State, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(s.rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** The selection set (without braces) of an object type at `depth` (1 = the list's node). */
function selection(s: State, type: GraphQLObjectType, depth: number, maxDepth: number): string {
  if (isConnection(type)) return connectionSelection(s, type, depth, maxDepth);
  const items: string[] = [];
  for (const field of shuffle(s, Object.values(type.getFields()))) {
    if (requiredArgsMissing(field)) continue;
    if (s.rare.has(`${type.name}.${field.name}`) && !chance(s, 0.1)) continue;
    const named = getNamedType(field.type);
    let text: string;
    if (isLeafType(named)) {
      if (!chance(s, 0.45)) continue;
      text = field.name;
    } else if (isObjectType(named)) {
      const nested = isConnection(named);
      // Relations: fewer the deeper they are; never beyond the depth.
      if (depth >= maxDepth || !chance(s, nested ? 0.3 : 0.35 / depth)) continue;
      text = `${field.name}${argumentText(s, field)} { ${selection(s, named, depth + 1, maxDepth)} }`;
    } else if (isAbstractType(named)) {
      if (depth >= maxDepth || !chance(s, 0.2)) continue;
      const inline = s.schema
        .getPossibleTypes(named)
        .map((t) => `... on ${t.name} { ${'id' in t.getFields() ? 'id' : '__typename'} }`)
        .join(' ');
      text = `${field.name}${argumentText(s, field)} { __typename ${inline} }`;
    } else continue;
    s.fields.add(`${type.name}.${field.name}`);
    if (chance(s, 0.12)) text = `a${++s.alias}: ${text}`;
    items.push(text);
  }
  if (items.length === 0) {
    // At least one field: a leaf if there is one, else __typename.
    const leaf = Object.values(type.getFields()).find((f) => isLeafType(getNamedType(f.type)) && !requiredArgsMissing(f));
    if (leaf) {
      s.fields.add(`${type.name}.${leaf.name}`);
      items.push(leaf.name);
    } else items.push('__typename');
  }
  if (chance(s, 0.15)) items.splice(Math.floor(s.rng() * (items.length + 1)), 0, '__typename');
  // Now and then part of the selection moves into a named fragment or an inline fragment.
  if (items.length > 1 && chance(s, 0.25)) {
    const cut = 1 + Math.floor(s.rng() * (items.length - 1));
    const moved = items.splice(cut);
    const r = s.rng();
    if (r < 0.5) {
      const name = `F${++s.fragment}`;
      s.fragments.push(`fragment ${name} on ${type.name} { ${moved.join(' ')} }`);
      items.push(`...${name}`);
    } else if (r < 0.8) items.push(`... on ${type.name} { ${moved.join(' ')} }`);
    else items.push(`... { ${moved.join(' ')} }`);
  }
  return items.join(' ');
}

function connectionSelection(s: State, type: GraphQLObjectType, depth: number, maxDepth: number): string {
  const f = type.getFields();
  const items: string[] = [];
  if ('totalCount' in f && chance(s, 0.5)) {
    s.fields.add(`${type.name}.totalCount`);
    items.push('totalCount');
  }
  if (chance(s, 0.4)) {
    s.fields.add(`${type.name}.pageInfo`);
    const page = shuffle(s, ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']).slice(0, 1 + Math.floor(s.rng() * 4));
    items.push(`pageInfo { ${page.join(' ')} }`);
  }
  if (items.length === 0 || chance(s, 0.85)) {
    s.fields.add(`${type.name}.edges`);
    const edge = getNamedType(f.edges!.type) as GraphQLObjectType;
    const node = getNamedType(edge.getFields().node!.type) as GraphQLObjectType;
    const parts: string[] = [];
    if (chance(s, 0.4)) parts.push('cursor');
    if (chance(s, 0.1)) parts.push('__typename');
    parts.push(`node { ${selection(s, node, depth, maxDepth)} }`);
    items.push(`edges { ${shuffle(s, parts).join(' ')} }`);
  }
  if (chance(s, 0.1)) items.push('__typename');
  return items.join(' ');
}

/** A query of the root list field `rootField` with a random selection of its nodes. */
export function generateListQuery(schema: GraphQLSchema, rootField: string, rng: () => number, opts: GenerateOptions): GeneratedQuery {
  const s: State = { rng, schema, fields: new Set(), fragments: [], alias: 0, fragment: 0, rare: opts.rare ?? new Set() };
  const field = schema.getQueryType()!.getFields()[rootField];
  if (!field) throw new Error(`No root field ${rootField}`);
  const type = getNamedType(field.type) as GraphQLObjectType;
  const args: string[] = [];
  const first = pickOne(s, opts.rootFirst ?? [undefined, 1, 3, 7, 50]);
  if (first !== undefined) args.push(`first: ${first}`);
  if (opts.rootArgs?.length && chance(s, 0.6)) args.push(pickOne(s, opts.rootArgs));
  const alias = chance(s, 0.2) ? 'list: ' : '';
  const body = connectionSelection(s, type, 1, opts.depth ?? 3);
  const query = `query ${opts.name} { ${alias}${rootField}${args.length ? `(${args.join(', ')})` : ''} { ${body} } }${s.fragments.map((f) => `\n${f}`).join('')}`;
  return { query, fields: s.fields };
}
